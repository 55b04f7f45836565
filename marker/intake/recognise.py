"""Is this file a registered document, or a copy of one? By its bytes, and by what it says.

A marked copy re-saved as PDF, printed to PDF or pasted into a new file keeps none of the bytes
and maybe none of the marks, but its text is the registered document's: the content fingerprint
(marker.domain.fingerprint, thresholds measured in bench/fingerprint_threshold.py) recognises it.
A new draft that quotes part of a registered document is not a copy of it, but takes at least its
level (a compilation takes the highest level of its parts).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from marker.domain.policy import Policy
from marker.ledger.registers import find_original, fingerprints_near, issued_copy_with, require_document
from marker.ledger.store import Ledger
from marker.reading.documents import Document

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Recognised:
    """What a file is to the ledger: `original` (the registered bytes), `copy` (an issued copy's
    bytes), `reproduction` (the same text), `quotation` (part of the text)."""

    kind: str
    registry: str
    level: str
    copy_no: str | None = None
    score: float = 1.0

    @property
    def is_registered(self) -> bool:
        return self.kind in ("original", "copy", "reproduction")

    def reason(self) -> str:
        if self.kind == "original":
            return f"与已登记原件 {self.registry}（{self.level}）相同 (the registered original of {self.registry})"
        if self.kind == "copy":
            return (f"这是 {self.registry}（{self.level}）第 {self.copy_no} 份副本 "
                    f"(an issued copy of {self.registry})")
        if self.kind == "reproduction":
            return (f"内容与已登记文件 {self.registry}（{self.level}）相同，是其复制件 "
                    f"(same text as {self.registry}: a reproduction, similarity {self.score:.2f})")
        return (f"含有已登记文件 {self.registry}（{self.level}）的内容 "
                f"(contains text of {self.registry} ({self.level}), {self.score:.0%} shared)")


def fingerprint_of(document: Document, policy: Policy) -> str | None:
    """The hex fingerprint to keep at registration; None when the text is too thin to recognise."""
    from marker.intake.examine import fingerprint_for

    found = fingerprint_for(document, policy)
    return found.hex() if found.recognisable else None


def recognise(ledger: Ledger, document: Document, policy: Policy) -> list[Recognised]:
    """Everything the ledger knows this document to be, the strongest first."""
    registry = find_original(ledger, document.sha256)
    if registry is not None:
        return [Recognised("original", registry, require_document(ledger, registry).level)]
    copy = issued_copy_with(ledger, document.sha256)
    if copy is not None:
        return [Recognised("copy", copy[0], require_document(ledger, copy[0]).level, copy_no=copy[1])]
    from marker.domain.fingerprint import Fingerprint, matches
    from marker.intake.examine import fingerprint_for

    candidate = fingerprint_for(document, policy)
    if not candidate.recognisable:
        return []
    stored = fingerprints_near(ledger, candidate.sample)  # the anchor index, not every fingerprint
    found: list[Recognised] = []
    for match in matches(candidate, ((record, Fingerprint.from_hex(hex_)) for record, hex_ in stored)):
        found.append(Recognised(match.kind, match.key.registry, match.key.level, score=match.score))
    return found


def highest_quoted(policy: Policy, found: list[Recognised]) -> Recognised | None:
    """The quoted registered document with the highest level (a compilation takes it)."""
    quoted = [r for r in found if r.kind == "quotation"]
    return max(quoted, key=lambda r: policy.rank(r.level)) if quoted else None
