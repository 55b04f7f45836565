"""The facts a mark states, shared by the PDF and DOCX stampers and the read-back.

`MarkFacts` is what is common to every copy of a document (prepared once); `CopyFacts` is what
differs per copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from marker.domain.periods import format_date_zh


@dataclass(frozen=True, slots=True)
class MarkFacts:
    level: str
    period: str | None  # canonical text: 10年, 6个月, 2027年6月30日, 长期, 公布后; None for 内部/公开
    expiry: date | None
    registry: str  # MJ-2026-000123
    mark_line: str  # the visible mark in the policy's scheme: 某某公司 机密 10年 / 机密★10年
    scheme: str
    owner: str
    policy: str
    original_sha256: str
    marked_at: str  # ISO timestamp

    @property
    def expiry_text(self) -> str:
        if self.expiry is not None:
            return format_date_zh(self.expiry)
        return "无固定日期 (no fixed date)" if self.period else ""


@dataclass(frozen=True, slots=True)
class CopyFacts:
    copy_number: str  # six digits, 000003
    recipient: str | None = None

    @property
    def footer_label(self) -> str:
        return f"第 {self.copy_number} 份"


def metadata_values(facts: MarkFacts, copy: CopyFacts) -> dict[str, str]:
    """The key/value pairs written as PDF info + XMP and DOCX custom properties."""
    return {
        "level": facts.level,
        "period": facts.period or "",
        "expiry": facts.expiry.isoformat() if facts.expiry else "",
        "registry": facts.registry,
        "copy_number": copy.copy_number,
        "recipient": copy.recipient or "",
        "policy": facts.policy,
        "original_sha256": facts.original_sha256,
        "marked_at": facts.marked_at,
        "scheme": facts.scheme,
    }


def watermark_text(facts: MarkFacts, copy: CopyFacts) -> str:
    """The diagonal tracing text: level, registry number, copy number, recipient."""
    parts = [facts.level, facts.registry, f"第{copy.copy_number}份"]
    if copy.recipient:
        parts.append(f"发放对象 {copy.recipient}")
    return "  ".join(parts)


def header_text(facts: MarkFacts) -> str:
    return f"{facts.level}  {facts.registry}"


DECLASSIFIED = "解密"


@dataclass(frozen=True, slots=True)
class Change:
    """What a re-marking writes: the new mark (or 解密 and the date) and the metadata after it."""

    new_level: str | None
    new_period: str | None
    scheme: str
    owner: str
    declassified: date | None
    metadata: tuple[tuple[str, str], ...]

    def line(self, owner: str | None = None) -> str:
        """The text written beside the struck mark; the old mark's owner is kept."""
        from marker.domain.mark_text import format_mark
        from marker.domain.periods import format_date_zh

        if self.declassified is not None:
            return f"{DECLASSIFIED} {format_date_zh(self.declassified)}"
        return format_mark(scheme=self.scheme, owner=owner or self.owner, level=self.new_level or "",
                           period=self.new_period)

    @property
    def values(self) -> dict[str, str]:
        return dict(self.metadata)
