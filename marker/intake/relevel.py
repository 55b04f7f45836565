"""变更 and 解密 of a registered document, decided by a person and recorded in the ledger.

The ledger's state is what counts: re-marking a copy follows it, never the marks of whichever copy
it happens to read.
"""

from __future__ import annotations

from datetime import date

from marker.domain.periods import parse_period
from marker.domain.policy import Policy
from marker.errors import RefusedError, UsageError
from marker.intake.decide import check_decider, check_level
from marker.ledger.people import Person
from marker.ledger.registers import DocumentRecord, record_declassified, record_relevel, require_document
from marker.ledger.store import Ledger


def _start(record: DocumentRecord) -> date:
    return date.fromisoformat(record.document_date or record.registered_at[:10])


def relevel(ledger: Ledger, policy: Policy, *, registry: str, level: str, period: str | None, reason: str,
            by: Person) -> DocumentRecord:
    """Change a document's level or period. The person's role must allow both the old and the new level."""
    if not reason.strip():
        raise UsageError("变更须说明原因 (--reason is required)")
    check_level(policy, level)
    record = require_document(ledger, registry)
    for touched in {record.level, level}:
        check_decider(policy, name=by.name, role=by.role, level=touched)
    rule = policy.level(level)
    chosen = parse_period(period) if period else policy.default_period(level, record.category)
    if chosen is not None and rule.max_years and chosen.kind != "long_term" and chosen.exceeds(rule.max_years,
                                                                                                  _start(record)):
        raise RefusedError(f"保密期限 {chosen} 超过{level}的最长期限 {rule.max_years}年 (period over the maximum)")
    if chosen is not None and chosen.kind == "long_term" and not rule.long_term:
        raise RefusedError(f"{level}不得标为长期 (长期 is not allowed for {level})")
    expiry = chosen.expiry(_start(record)) if chosen is not None and chosen.has_date else None
    if level == record.level and str(chosen or "") == (record.period or "") and not record.declassified:
        raise UsageError(f"{registry} 已是 {level} {record.period or ''}，无需变更 (nothing to change)")
    record_relevel(ledger, record, level=level, period=str(chosen) if chosen else None,
                   expiry=expiry.isoformat() if expiry else None, reason=reason, actor=by.name)
    return require_document(ledger, registry)


def declassify(ledger: Ledger, *, registry: str, on: date, reason: str, actor: str) -> DocumentRecord:
    """Record that a document is declassified (its period ended, or a person ended it)."""
    record = require_document(ledger, registry)
    if record.declassified:
        return record
    if on > date.today():
        raise UsageError("解密日期不能晚于今天 (declassification cannot be dated in the future)")
    record_declassified(ledger, record, on=on.isoformat(), reason=reason, actor=actor)
    return require_document(ledger, registry)
