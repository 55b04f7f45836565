"""Evidence shown as a reviewer reads it: the matched words marked inside the sentence or excerpt.

The template escapes every piece; only the split into (text, matched) pieces is made here, so no
document text ever becomes markup."""

from __future__ import annotations

import re
from collections.abc import Iterable

Piece = tuple[str, bool]


def pieces(text: str, terms: Iterable[str]) -> list[Piece]:
    """`text` cut into pieces, each either matched by one of `terms` or not (longest terms first)."""
    wanted = sorted({t for t in terms if t and t.strip()}, key=len, reverse=True)
    if not wanted or not text:
        return [(text, False)] if text else []
    pattern = re.compile("|".join(re.escape(t) for t in wanted))
    found: list[Piece] = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() > last:
            found.append((text[last:match.start()], False))
        found.append((match.group(0), True))
        last = match.end()
    if last < len(text):
        found.append((text[last:], False))
    return found


def excerpt(text: str, terms: Iterable[str], *, width: int = 1200) -> str:
    """About `width` characters of the text, starting a little before the first matched word."""
    terms = [t for t in terms if t]
    positions = [text.find(t) for t in terms if text.find(t) >= 0]
    start = max(0, min(positions) - 200) if positions else 0
    cut = text[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(text) else "")
