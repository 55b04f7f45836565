"""Learn from a company's archive of documents it already marked by hand.

A marked document carries its answer (the 密级 line at the top, a header or footer, a watermark), and the
model must not learn to read that answer instead of the text: a new draft has no mark. So the mark, the
copy number, repeated header/footer lines and watermark text are stripped before the text is used, and
what remains is paired with the level the mark named. The caller (marker/, which reads files and their
marks and installs a model only if it is not worse) hands over plain (text, level) pairs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from classifiers.training import Example

ARCHIVE_SOURCE = "archive"
ARCHIVE_WEIGHT = 3
REPEATED_LINE = 3
_COPY_NUMBER = re.compile(r"^\s*(?:份号[:：]?\s*)?\d{6}\s*$")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|Page \d+.*)\s*$", re.I)
_REGISTRY = re.compile(r"\b[A-Z]{2,4}-\d{4}-\d{4,8}\b")
_PERIOD = (r"(?:\s*★?\s*(?:\d+\s*(?:年|个月|月)|长期|公布前|公布后|开标前|开标后|\d{4}年\d{1,2}月\d{1,2}日|"
           r"[^\s，。]{0,12}前))?")


def _mark_line(level_names: Sequence[str]) -> re.Pattern[str]:
    """A line that is only a mark: `机密★10年`, `某某公司 机密 5年`, `密级：秘密`, `内部资料 注意保密`."""
    levels = "|".join(re.escape(name) for name in sorted(level_names, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:密级\s*[:：]?\s*)?(?:[\u4e00-\u9fa5A-Za-z（）()]{{0,24}}\s+)?(?:{levels})(?:资料|文件)?{_PERIOD}"
        rf"(?:\s*(?:注意保密|请勿外传|严禁外传))?\s*$")


def read_mark(text: str, level_names: Sequence[str], *, lines: int = 6) -> str | None:
    """The level named by a mark line among the first `lines` lines (the GB/T 9704 position), if any."""
    pattern = _mark_line(level_names)
    for line in text.splitlines()[:lines]:
        if line.strip() and pattern.match(line):
            return next(name for name in sorted(level_names, key=len, reverse=True) if name in line)
    return None


def strip_marks(text: str, level_names: Sequence[str]) -> str:
    """The text without its secrecy marks: mark lines, copy numbers, page numbers, watermark lines (a
    registry number, or a level name with ★) and any short line repeated on every page (header, footer)."""
    pattern = _mark_line(level_names)
    raw_lines = text.splitlines()
    counts = Counter(line.strip() for line in raw_lines if 0 < len(line.strip()) <= 60)
    levels = "|".join(re.escape(name) for name in level_names)
    star = re.compile(rf"(?:{levels})\s*★\S*")
    kept: list[str] = []
    for index, line in enumerate(raw_lines):
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        if pattern.match(stripped) or _PAGE_NUMBER.match(stripped) or _REGISTRY.search(stripped):
            continue
        if index < 4 and _COPY_NUMBER.match(stripped):
            continue
        if counts[stripped] >= REPEATED_LINE:
            continue
        kept.append(star.sub("", line))
    return "\n".join(kept).strip()


def archive_examples(pairs: Iterable[tuple[str, str]], level_names: Sequence[str], *,
                     weight: int = ARCHIVE_WEIGHT) -> list[Example]:
    """(text, level) pairs as training examples, marks stripped; each counted `weight` times, so a company's
    own few hundred documents outweigh the shipped corpora where they disagree."""
    found: list[Example] = []
    for text, level in pairs:
        if level not in level_names:
            raise ValueError(f"密级 {level!r} 不在策略中 (level not in the policy)")
        clean = strip_marks(text, level_names)
        if clean:
            found += [Example(clean, level, None, ARCHIVE_SOURCE)] * weight
    return found


def train_from_archive(pairs: Iterable[tuple[str, str]], *, levels: Sequence[str], terms: Iterable[str],
                       category_levels: dict[str, str], base: Sequence[Example] = (),
                       weight: int = ARCHIVE_WEIGHT) -> tuple[bytes, dict[str, Any], Any, Any]:
    """A workspace model from the archive plus `base` (normally the shipped corpora): artifact bytes, manifest,
    numpy model, scikit-learn fit, as `classifiers.training.build` returns them. Installing it only if it is
    not worse (`classifiers.evaluation.not_worse`) is the caller's decision."""
    from classifiers.training import build

    examples = [*base, *archive_examples(pairs, levels, weight=weight)]
    return build(examples, levels=levels, terms=terms, category_levels=category_levels)
