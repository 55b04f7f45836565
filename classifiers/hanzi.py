"""Traditional characters (繁體) folded to simplified ones before anything cuts or matches the text.

Why: every structural cue, the policy's terms and the model's vocabulary are written in simplified characters,
so a 繁體 page from a document-share site (辦法、發文字號、帳號密碼) would match none of them. The conversion is
OpenCC's t2s table (opencc-python-reimplemented, Apache-2.0; zhconv's MediaWiki tables are GPL), phrases first.
It runs only on a text written in traditional characters (several characters found in traditional writing alone,
and a share of its Han characters): a simplified text naming a 臺北 party keeps its 乾 and 著. In any other text
only the traditional-only characters are replaced, one by one (they never occur in simplified writing), so a
short 帳號密碼 line still reads 账号密码 (a set look-up and a `str.translate`, ~0.1 ms per 2,000 characters).
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from functools import lru_cache
from typing import Any

from classifiers.blocks import TextBlock

# Distinct traditional-only characters that make a text 繁體: the real corpus's simplified documents show at most
# three (a name such as 崑、禕, or a quoted 倉頡), a traditional page dozens.
TRADITIONAL_AT = 4
TRADITIONAL_SHARE = 0.05  # of the Han characters: a traditional page has 20-30% traditional-only characters
_HAN = re.compile(r"[\u4e00-\u9fff]")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _converter() -> tuple[Any, frozenset[str], dict[int, str]]:
    """OpenCC's t2s converter, the characters only traditional writing uses, and each one's simplified
    character (loaded on first need)."""
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
    single = {ord(char): to_simple[char][0] for char in traditional_only}
    return opencc.OpenCC("t2s"), traditional_only, single


def is_traditional(text: str) -> bool:
    """The text is written in traditional characters (not a simplified text quoting a name or two)."""
    _, traditional_only, _ = _converter()
    if len(traditional_only.intersection(text)) < TRADITIONAL_AT:
        return False
    found = sum(1 for char in text if char in traditional_only)
    return found >= TRADITIONAL_SHARE * len(_HAN.findall(text))


def _fold_characters(text: str) -> str:
    """Only the traditional-only characters replaced (a simplified text quoting a 繁體 word or two)."""
    _, traditional_only, single = _converter()
    return text.translate(single) if not traditional_only.isdisjoint(text) else text


@lru_cache(maxsize=16)
def _convert(text: str) -> str:
    converter, _, _ = _converter()
    with _lock:  # OpenCC's converter keeps state while it segments
        return str(converter.convert(text))


def to_simplified(text: str) -> str:
    """`text` in simplified characters when it is a 繁體 text; otherwise `text` itself."""
    return _convert(text) if is_traditional(text) else _fold_characters(text)


def simplified_blocks(blocks: tuple[TextBlock, ...]) -> tuple[TextBlock, ...]:
    """The blocks in simplified characters when the document as a whole is 繁體 (decided on the text the model
    reads, so the rules and the model see the same characters and jieba cuts the text once)."""
    fold = _convert if is_traditional("\n".join(block.text for block in blocks)) else _fold_characters
    return tuple(replace(block, text=folded) if (folded := fold(block.text)) != block.text else block
                 for block in blocks)
