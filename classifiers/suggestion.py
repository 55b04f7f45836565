"""What the classifiers propose: a level with its evidence. Never final by itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Where = Literal["title", "first_lines", "body", "table"]


@dataclass(frozen=True, slots=True)
class Evidence:
    category: str
    term: str
    snippet: str
    where: Where
    weight: float
    hard: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"category": self.category, "term": self.term, "snippet": self.snippet,
                "where": self.where}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """`kind` is the document's 文种 (通知, 制度办法, 纪要, 合同协议, 新闻, 法规规章 …) and `publication` its
    state (published / internal / draft); the two evidence tuples hold the Chinese sentences that decided
    them, for the person who confirms."""

    level: str
    level_rank: int
    category: str | None
    confidence: float
    evidence: tuple[Evidence, ...]
    period: str | None
    needs_review: bool
    review_reasons: tuple[str, ...] = ()
    source: str = "rules"
    kind: str | None = None
    publication: str | None = None
    kind_evidence: tuple[str, ...] = ()
    publication_evidence: tuple[str, ...] = ()
    ocr_confidence: float | None = None  # the text was recognised from scanned pages with this confidence

    def strongest(self, count: int = 2) -> tuple[Evidence, ...]:
        return tuple(sorted(self.evidence, key=lambda ev: -ev.weight)[:count])

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["evidence"] = [ev.as_json() for ev in self.evidence]
        return data
