"""The plain inputs the classifiers take: text blocks and the category rules a policy hands over.

These are deliberately free of anything in `marker/`, so the classifiers can be trained and
tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["para", "table", "header"]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """A run of text and where it came from: a paragraph, a table (cells joined by tabs), a header."""

    kind: BlockKind
    text: str


@dataclass(frozen=True, slots=True)
class CategoryRules:
    name: str
    level_rank: int
    period: str | None
    terms: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    detectors: tuple[str, ...] = ()
    table_figures: bool = False


@dataclass(frozen=True, slots=True)
class CueRules:
    public_phrases: tuple[str, ...] = ()
    public_titles: tuple[str, ...] = ()
    government_issuers: tuple[str, ...] = ()
    government_notice_phrases: tuple[str, ...] = ()
    rule_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleSet:
    """Everything the rule classifier needs: level names in rank order, categories, cues."""

    level_names: tuple[str, ...]
    level_max_years: tuple[int, ...]
    categories: tuple[CategoryRules, ...]
    cues: CueRules = field(default_factory=CueRules)
    internal_category: str = "internal"
    public_category: str = "public"

    def category(self, name: str) -> CategoryRules | None:
        return next((cat for cat in self.categories if cat.name == name), None)

    def rank_of(self, level_name: str) -> int:
        return self.level_names.index(level_name)
