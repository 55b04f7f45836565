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
from dataclasses import replace
from functools import lru_cache

from classifiers.blocks import TextBlock

# Distinct traditional-only characters that make a text 繁體: the real corpus's simplified documents show at most
# three (a name such as 崑、禕, or a quoted 倉頡), a traditional page dozens.
TRADITIONAL_AT = 4
TRADITIONAL_SHARE = 0.05  # of the Han characters: a traditional page has 20-30% traditional-only characters
_HAN = re.compile(r"[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _converter() -> tuple[re.Pattern[str], dict[str, str], dict[int, str], frozenset[str], dict[int, str]]:
    """OpenCC's t2s dictionaries made cheap (loaded on first need): its phrases as one regex and their
    conversions, every character's first conversion as a `str.translate` table, the characters only traditional
    writing uses, and each one's simplified character."""
    from pathlib import Path

    import opencc

    folder = Path(opencc.__file__).parent / "dictionary"

    def table(name: str) -> dict[str, list[str]]:
        rows = (line.rstrip("\n").split("\t") for line in (folder / name).open(encoding="utf-8"))
        return {row[0]: row[1].split() for row in rows if len(row) == 2}

    to_simple, to_traditional = table("TSCharacters.txt"), table("STCharacters.txt")
    phrases = {phrase: targets[0] for phrase, targets in table("TSPhrases.txt").items() if len(phrase) > 1}
    simplified = set(to_traditional) | {char for targets in to_simple.values() for char in targets}
    traditional_only = frozenset(char for char, targets in to_simple.items()
                                 if len(char) == 1 and char not in simplified and char not in targets)
    single = {ord(char): to_simple[char][0] for char in traditional_only}
    characters = {ord(char): targets[0] for char, targets in to_simple.items() if len(char) == 1}
    # Longest phrase first at each position, as OpenCC's maximum forward matching takes it.
    pattern = re.compile("|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p))))
    return pattern, phrases, characters, traditional_only, single


def is_traditional(text: str) -> bool:
    """The text is written in traditional characters (not a simplified text quoting a name or two)."""
    traditional_only = _converter()[3]
    if len(traditional_only.intersection(text)) < TRADITIONAL_AT:
        return False
    found = sum(1 for char in text if char in traditional_only)
    return found >= TRADITIONAL_SHARE * len(_HAN.findall(text))


def _fold_characters(text: str) -> str:
    """Only the traditional-only characters replaced (a simplified text quoting a 繁體 word or two)."""
    traditional_only, single = _converter()[3:]
    return text.translate(single) if not traditional_only.isdisjoint(text) else text


@lru_cache(maxsize=16)
def _convert(text: str) -> str:
    """OpenCC t2s: the dictionary's phrases where they occur (乾燥 → 干燥, 乾隆 stays), every other character by
    its first conversion; a translate table instead of OpenCC's per-character segmentation (3x faster)."""
    pattern, phrases, characters = _converter()[:3]
    parts: list[str] = []
    done = 0
    for match in pattern.finditer(text):
        parts.append(text[done:match.start()].translate(characters))
        parts.append(phrases[match.group()])
        done = match.end()
    parts.append(text[done:].translate(characters))
    return "".join(parts)


# Document-share sites print a 繁體 page with the pinyin of some characters after them: 創(chuàng)業(yè)計(jì)劃書 is
# 創業計劃書, and no title, cue or term matches until the readings are gone. Only a page that does it again and again
# (RUBY_AT times) is cleaned: a text with a `(a)` or two after a Chinese word keeps them.
_RUBY = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńň]{1,6})\)")
RUBY_AT = 5


def without_ruby(text: str) -> str:
    """`text` without the pinyin a share site put after its characters (when it did so RUBY_AT times or more)."""
    if "(" not in text:
        return text
    for found, _ in enumerate(_RUBY.finditer(text), start=1):
        if found >= RUBY_AT:
            return _RUBY.sub("", text)
    return text


def to_simplified(text: str) -> str:
    """`text` in simplified characters when it is a 繁體 text; otherwise `text` itself."""
    text = without_ruby(text)
    return _convert(text) if is_traditional(text) else _fold_characters(text)


def simplified_blocks(blocks: tuple[TextBlock, ...]) -> tuple[TextBlock, ...]:
    """The blocks in simplified characters when the document as a whole is 繁體 (decided on the text the model
    reads, so the rules and the model see the same characters and jieba cuts the text once), without a share site's
    pinyin readings."""
    whole = "\n".join(block.text for block in blocks)
    ruby = without_ruby(whole) != whole
    fold = _convert if is_traditional(without_ruby(whole) if ruby else whole) else _fold_characters

    def clean(text: str) -> str:
        return fold(_RUBY.sub("", text) if ruby else text)

    return tuple(replace(block, text=folded) if (folded := clean(block.text)) != block.text else block
                 for block in blocks)
