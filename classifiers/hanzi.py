"""Traditional characters (繁體) folded to simplified ones before anything cuts or matches the text.

Why: every structural cue, the policy's terms and the model's vocabulary are written in simplified characters,
so a 繁體 page from a document-share site (辦法、發文字號、帳號密碼) would match none of them. The conversion is
OpenCC's t2s table (opencc-python-reimplemented, Apache-2.0; zhconv's MediaWiki tables are GPL), phrases first.
It runs only on a text that shows several characters found in traditional writing alone: a simplified text is
returned as it is (a set look-up, ~0.05 ms per 2,000 characters), so a 著名 or 乾隆 in it is never touched.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from functools import lru_cache
from typing import Any

from classifiers.blocks import TextBlock

# Distinct traditional-only characters that make a text 繁體: the real corpus's simplified documents show at most
# three (a name such as 崑、禕, or a quoted 倉頡), a traditional page dozens.
TRADITIONAL_AT = 4
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _converter() -> tuple[Any, frozenset[str]]:
    """OpenCC's t2s converter and the characters only traditional writing uses (loaded on first need)."""
    from pathlib import Path

    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def table(name: str) -> dict[str, list[str]]:
        rows = (line.rstrip("\n").split("\t") for line in (folder / name).open(encoding="utf-8"))
        return {row[0]: row[1].split() for row in rows if len(row) == 2}

    to_simple, to_traditional = table("TSCharacters.txt"), table("STCharacters.txt")
    simplified = set(to_traditional) | {char for targets in to_simple.values() for char in targets}
    traditional_only = frozenset(char for char, targets in to_simple.items()
                                 if len(char) == 1 and char not in simplified and char not in targets)
    return opencc.OpenCC("t2s"), traditional_only


def is_traditional(text: str) -> bool:
    """The text is written in traditional characters (not a simplified text quoting a name or two)."""
    _, traditional_only = _converter()
    return len(traditional_only.intersection(text)) >= TRADITIONAL_AT


@lru_cache(maxsize=16)
def _convert(text: str) -> str:
    converter, _ = _converter()
    with _lock:  # OpenCC's converter keeps state while it segments
        return str(converter.convert(text))


def to_simplified(text: str) -> str:
    """`text` in simplified characters when it is a 繁體 text; otherwise `text` itself."""
    return _convert(text) if is_traditional(text) else text


def simplified_blocks(blocks: tuple[TextBlock, ...]) -> tuple[TextBlock, ...]:
    """The blocks in simplified characters when the document as a whole is 繁體 (decided on the text the model
    reads, so the rules and the model see the same characters and jieba cuts the text once)."""
    if not is_traditional("\n".join(block.text for block in blocks)):
        return blocks
    return tuple(replace(block, text=_convert(block.text)) for block in blocks)
