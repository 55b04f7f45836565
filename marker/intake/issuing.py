"""Issuing copies of a registered document under an approval (复制/打印 with 审批).

The approval check and the 份号 reservation happen in one ledger transaction, so two processes
issuing at once can neither share a 份号 nor exceed what was approved. A refusal is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marker.domain.marks import MarkFacts
from marker.domain.policy import Policy
from marker.errors import NotApproved, RefusedError, UsageError
from marker.intake.marking import IssuedCopy, copy_name, issue_files, stamper_for
from marker.ledger.approvals import usable_approval
from marker.ledger.registers import DocumentRecord, record_refusal, require_document, reserve_copies
from marker.ledger.store import Ledger
from marker.reading.documents import read, sha256_file
from marker.settings import Limits


@dataclass(frozen=True, slots=True)
class IssueResult:
    registry: str
    medium: str
    approval: int | None
    copies: tuple[IssuedCopy, ...]


def original_file(record: DocumentRecord, payload: dict[str, object]) -> Path:
    """The registered original, found where it was kept and checked against its hash."""
    for key in ("archive_path", "original_path"):
        candidate = payload.get(key)
        if isinstance(candidate, str) and Path(candidate).is_file() and \
                sha256_file(Path(candidate)) == record.original_sha256:
            return Path(candidate)
    raise RefusedError(f"{record.registry} 的原件已移动或被改动，无法制作副本 (original missing or changed)")


def facts_from_record(record: DocumentRecord, payload: dict[str, object], policy: Policy) -> MarkFacts:
    from marker.domain.mark_text import format_mark

    return MarkFacts(
        level=record.level, period=record.period,
        expiry=date.fromisoformat(record.expiry) if record.expiry else None, registry=record.registry,
        mark_line=format_mark(scheme=policy.scheme, owner=policy.owner, level=record.level, period=record.period),
        scheme=policy.scheme, owner=policy.owner, policy=record.policy or policy.name,
        original_sha256=record.original_sha256, marked_at=record.registered_at)


def issue_copies(
    ledger: Ledger, policy: Policy, *, registry: str, recipients: Sequence[str], actor: str,
    copies_dir: Path, print_dir: Path, recall_by: date | None = None, limits: Limits | None = None,
    today: date | None = None,
) -> IssueResult:
    names = [name.strip() for name in recipients]
    if not names or any(not name for name in names):
        raise UsageError("副本必须发给具体的人 (each copy needs a recipient: --to NAME)")
    if len(names) > policy.max_copies:
        raise UsageError(f"一次最多 {policy.max_copies} 份 (at most {policy.max_copies} copies at once)")
    record = require_document(ledger, registry)
    payload = ledger.events("kind = 'document_registered' AND registry = ?", (registry,))[0].payload
    rule = policy.level(record.level)
    medium = "electronic" if rule.electronic_copies else "paper"
    out_dir = (copies_dir if medium == "electronic" else print_dir) / registry
    source = original_file(record, payload)
    day = today or date.today()
    try:
        with ledger.transaction():
            approval = usable_approval(ledger, policy, registry, len(names), day).id \
                if rule.needs_approval else None
            paths = [out_dir / copy_name(source, registry, "{copy}") for _ in names]
            numbers = reserve_copies(ledger, registry, names, actor=actor, paths=paths, approval=approval,
                                     medium=medium, recall_by=recall_by.isoformat() if recall_by else None)
    except NotApproved as exc:
        record_refusal(ledger, action="issue", reason=exc.message, actor=actor, registry=registry,
                       recipients=names)
        raise
    out_dir.mkdir(parents=True, exist_ok=True)
    document = read(source, limits, full_text=False)
    stamper = stamper_for(document, facts_from_record(record, payload, policy))
    issued = issue_files(ledger, stamper, registry=registry, source=source, out_dir=out_dir, numbers=numbers,
                         recipients=names, actor=actor)
    return IssueResult(registry, medium, approval, tuple(issued))
