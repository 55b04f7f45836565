"""Copies, from registration to the file: register → reserve → stamp → complete, or void.

The one place every issuer goes through (daemon, `mark`, `review accept`, `copies issue`,
recovery). Order matters for "nothing lost, nothing duplicated, nothing registered that was not
stamped": the first copy is rendered in memory before a 登记号 is taken, so a file that cannot be
stamped is refused with nothing in the ledger; the registration and its 份号 are then committed
(reserved); each copy is written atomically and marked issued. If a copy still fails, the 份号
not written are voided and the registration is marked failed; the same bytes retried later reuse
that registration instead of taking another.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from marker.atomic import atomic_write
from marker.domain.mark_text import format_mark
from marker.domain.marks import CopyFacts, MarkFacts
from marker.domain.naming import copy_name
from marker.domain.policy import Policy
from marker.errors import AlreadyRegistered, MijiError, NotApproved, OutputError, RefusedError, UsageError
from marker.intake.decide import Decision, mark_facts
from marker.ledger.approvals import usable_approval
from marker.ledger.registers import (
    DocumentRecord,
    complete_copy,
    failed_registration,
    last_copy_number,
    mark_failed,
    next_registry,
    record_refusal,
    require_document,
    reserve_copies,
    void_copy,
)
from marker.ledger.store import Ledger
from marker.reading.documents import Document, sha256_file
from marker.render import Stamper
from marker.settings import Limits
from marker.workspace import require_initialised

if TYPE_CHECKING:
    from marker.intake.recognise import Recognised

log = logging.getLogger(__name__)


class Worker(Protocol):
    """What distribution needs of `marker.worker`: read and stamp (in the limited worker)."""

    def read(self, path: Path, limits: Limits | None = None, *, full_text: bool = True) -> Document: ...

    def stamper(self, document: Document, facts: MarkFacts) -> Stamper: ...


@dataclass(frozen=True, slots=True)
class IssuedCopy:
    copy_no: str
    recipient: str | None
    path: Path
    sha256: str


@dataclass(frozen=True, slots=True)
class Marked:
    registry: str
    document: Document
    decision: Decision
    facts: MarkFacts
    copies: tuple[IssuedCopy, ...]
    medium: str  # electronic | paper
    layout_notes: tuple[str, ...] = ()  # where a page's content was moved to make room for the marks


@dataclass(frozen=True, slots=True)
class IssueResult:
    registry: str
    medium: str
    approval: int | None
    copies: tuple[IssuedCopy, ...]


def check_recipients(policy: Policy, recipients: Sequence[str | None]) -> None:
    if not recipients:
        raise UsageError("至少需要一份副本 (at least one copy)")
    if len(recipients) > policy.max_copies:
        raise UsageError(f"一次最多 {policy.max_copies} 份 (at most {policy.max_copies} copies at once)")


def named_recipients(names: Sequence[str]) -> list[str]:
    """Copies issued under an approval go to named people (发放对象)."""
    cleaned = [name.strip() for name in names]
    if not cleaned or any(not name for name in cleaned):
        raise UsageError("副本必须发给具体的人 (each copy needs a recipient: --to NAME)")
    return cleaned


def check_output_folder(out_dir: Path, source: Path) -> None:
    """Refuse before anything is registered: a folder that can't be written, or the input itself."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError("输出位置不是目录 (output is not a folder)", path=out_dir)
    if out_dir.resolve() == source.resolve():
        raise OutputError("输出路径与输入相同 (output path equals the input)", path=out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"无法创建输出目录 (cannot create output folder): {exc.strerror}", path=out_dir) from exc
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError("输出目录不可写 (output folder is not writable)", path=out_dir)


def keep_original(source: Path, target: Path) -> None:
    """A copy of the original in the workspace archive, so later copies can be issued from it."""
    if target.exists():
        return
    with source.open("rb") as src, atomic_write(target, mode=0o600) as dst:
        shutil.copyfileobj(src, dst)


def copy_path(out_dir: Path, source_name: str, registry: str) -> Callable[[str], Path]:
    """Where the copy with a given 份号 is written: one function for the reservation and the writer, so
    recovery removes exactly the file a dead writer left."""
    return lambda number: out_dir / copy_name(source_name, registry, number)


def write_reserved(ledger: Ledger, stamper: Stamper, *, registry: str, source_name: str, out_dir: Path,
                   numbers: Sequence[str], recipients: Sequence[str | None], actor: str) -> list[IssuedCopy]:
    """Write reserved copies as one durable batch, then mark them issued; on any failure void what
    was not marked issued (and remove its file). A crash leaves the rest reserved: `copies recover`
    voids them and removes their files, so no ledger row ever names a copy that is not on disk."""
    issued: list[IssuedCopy] = []
    try:
        targets = [copy_path(out_dir, source_name, registry)(number) for number in numbers]
        wanted = [CopyFacts(number, recipient) for number, recipient in zip(numbers, recipients, strict=True)]
        digests = stamper.write_copies(list(zip(wanted, targets, strict=True)))
        for copy, target, digest in zip(wanted, targets, digests, strict=True):
            complete_copy(ledger, registry, copy.copy_number, sha256=digest, path=target, actor=actor)
            issued.append(IssuedCopy(copy.copy_number, copy.recipient, target, digest))
    except BaseException as exc:
        reason = exc.message if isinstance(exc, MijiError) else "写入中断 (write interrupted)"
        for number in numbers[len(issued):]:
            try:
                copy_path(out_dir, source_name, registry)(number).unlink(missing_ok=True)
                void_copy(ledger, registry, number, reason=f"未能生成 (not written): {reason}", actor=actor)
            except Exception:  # voiding is best effort here; recovery voids what is left
                log.warning("无法作废 %s/%s (could not void)", registry, number)
        raise
    finally:
        stamper.close()
    return issued


def refuse_if_registered(ledger: Ledger, policy: Policy, document: Document, decision: Decision, *,
                         actor: str, recognised: list[Recognised] | None = None) -> str | None:
    """One registration per content: the registered original, an issued copy, or the same text in
    another format is refused (and recorded) naming its 登记号; a draft quoting a registered document
    may not be marked below that document's level. Returns the fingerprint to keep.

    `recognised` is what the caller found in this same turn on the ledger (the daemon's lane,
    holding its claim: nothing was registered since), so it is not looked up twice."""
    from marker.intake.recognise import fingerprint_of, highest_quoted, recognise

    found = recognise(ledger, document, policy) if recognised is None else recognised
    registered = next((r for r in found if r.is_registered), None)
    if registered is not None:
        reason = f"不得重复登记：{registered.reason()} (already registered as {registered.registry})"
        record_refusal(ledger, action="register" if registered.kind == "original" else "reproduce", reason=reason,
                       actor=actor, registry=registered.registry, copy_no=registered.copy_no, file=document.path.name,
                       sha256=document.sha256)
        raise AlreadyRegistered(reason, path=document.path)
    quoted = highest_quoted(policy, found)
    if quoted is not None and policy.rank(decision.level) < policy.rank(quoted.level):
        raise RefusedError(f"{quoted.reason()}：密级不得低于{quoted.level} (a compilation takes the highest level "
                           "of its parts)", path=document.path)
    return fingerprint_of(document, policy)


def register_and_issue(
    ledger: Ledger, worker: Worker, policy: Policy, document: Document, decision: Decision, *, actor: str,
    recipients: Sequence[str | None], out_dir: Path, archive_dir: Path | None, keep_copy: bool,
    owner: str | None = None, recognised: list[Recognised] | None = None,
) -> Marked:
    """Register a new document and write its copies.

    `archive_dir` is where the original is kept (`<archive_dir>/<登记号>/<name>`): with
    `keep_copy` a copy is put there now (the CLI leaves the user's file alone); without, the caller
    moves the original there once this returns (the daemon empties its inbox)."""
    check_recipients(policy, recipients)
    require_initialised(ledger)
    medium = policy.medium(decision.level)
    fingerprint = refuse_if_registered(ledger, policy, document, decision, actor=actor, recognised=recognised)
    year = datetime.now().year
    retry = failed_registration(ledger, document.sha256)
    tentative = retry or next_registry(ledger, year)
    first = f"{(last_copy_number(ledger, retry) if retry else 0) + 1:06d}"
    facts = mark_facts(document, decision, policy, tentative, owner=owner)
    stamper = worker.stamper(document, facts)
    try:
        stamper.rehearse(CopyFacts(first, recipients[0]))
        check_output_folder(out_dir, document.path)
        with ledger.transaction():
            registry = failed_registration(ledger, document.sha256) or next_registry(ledger, year)
            if registry != tentative:  # another process took the number meanwhile: render again
                stamper.close()
                facts = replace(facts, registry=registry)
                stamper = worker.stamper(document, facts)
            archive_path = str(archive_dir / registry / document.path.name) if archive_dir else None
            payload = {
                "level": decision.level, "period": facts.period,
                "expiry": facts.expiry.isoformat() if facts.expiry else None, "category": decision.category,
                "decided_by": decision.decided_by, "original_path": str(document.path.resolve()),
                "archive_path": archive_path, "policy": policy.name,
                "confidence": decision.suggestion.confidence if decision.suggestion else None,
                "fingerprint": fingerprint,
            }
            if registry == retry:
                ledger.append("document_retried", payload, registry=registry, actor=actor)
            else:
                ledger.append("document_registered", {
                    **payload, "title": document.title, "original_sha256": document.sha256,
                    "source_name": document.path.name, "kind": document.kind,
                    "converted_from": document.converted_from,
                    "document_date": document.document_date.isoformat() if document.document_date else None,
                }, registry=registry, actor=actor)
            numbers = reserve_copies(ledger, registry, list(recipients), actor=actor,
                                     paths=copy_path(out_dir, document.path.name, registry), medium=medium)
    except BaseException:
        stamper.close()
        raise
    try:
        if archive_dir is not None and keep_copy:
            keep_original(document.path, archive_dir / registry / document.path.name)
        notes = tuple(getattr(stamper, "layout_notes", ()))  # known once copy 1 was rendered
        issued = write_reserved(ledger, stamper, registry=registry, source_name=document.path.name,
                                out_dir=out_dir, numbers=numbers, recipients=list(recipients), actor=actor)
    except BaseException as exc:
        reason = exc.message if isinstance(exc, MijiError) else "中断 (interrupted)"
        try:
            mark_failed(ledger, registry, reason=reason, actor=actor)
        except MijiError:
            log.warning("无法将 %s 记为失败 (could not mark failed)", registry)
        raise
    log.debug("registered %s as %s %s, %d copies", registry, decision.level, facts.period or "", len(issued))
    if notes:
        ledger.append("layout_adapted", {"notes": list(notes)}, registry=registry, actor=actor)
    return Marked(registry, document, decision, facts, tuple(issued), medium, notes)


def original_file(record: DocumentRecord) -> Path:
    """The registered original, found where it was kept and checked against its hash."""
    for candidate in (record.archive_path, record.original_path):
        if candidate and Path(candidate).is_file() and sha256_file(Path(candidate)) == record.original_sha256:
            return Path(candidate)
    raise RefusedError(f"{record.registry} 的原件已移动或被改动，无法制作副本 (original missing or changed)")


def facts_from_record(record: DocumentRecord, policy: Policy) -> MarkFacts:
    """The mark of a registered document, as the ledger holds it."""
    return MarkFacts(
        level=record.level, period=record.period,
        expiry=date.fromisoformat(record.expiry) if record.expiry else None, registry=record.registry,
        mark_line=format_mark(scheme=policy.scheme, owner=policy.owner, level=record.level, period=record.period),
        scheme=policy.scheme, owner=policy.owner, policy=record.policy or policy.name,
        original_sha256=record.original_sha256, marked_at=record.registered_at)


def issue_registered(
    ledger: Ledger, worker: Worker, policy: Policy, *, registry: str, recipients: Sequence[str | None],
    out_dir: Path, actor: str, under_approval: bool, recall_by: date | None = None, today: date | None = None,
    limits: Limits | None = None, source: Path | None = None,
) -> IssueResult:
    """More copies of a registered document: under an approval (`copies issue`), or the ones a
    registration still lacks after a crash (`under_approval=False`, the daemon's own distribution)."""
    check_recipients(policy, recipients)
    record = require_document(ledger, registry)
    if record.status != "registered":
        raise RefusedError(f"{registry} 登记失败，未生成副本 (registration failed: {record.failure or ''})")
    source = source or original_file(record)
    medium = policy.medium(record.level)
    document = worker.read(source, limits, full_text=False)
    stamper = worker.stamper(document, facts_from_record(record, policy))
    try:
        stamper.rehearse(CopyFacts(f"{last_copy_number(ledger, registry) + 1:06d}", recipients[0]))
        with ledger.transaction():
            approval = None
            if under_approval and policy.level(record.level).needs_approval:
                approval = usable_approval(ledger, policy, registry, len(recipients), today or date.today()).id
            numbers = reserve_copies(ledger, registry, list(recipients), actor=actor,
                                     paths=copy_path(out_dir, source.name, registry),
                                     approval=approval, medium=medium,
                                     recall_by=recall_by.isoformat() if recall_by else None)
    except NotApproved as exc:
        stamper.close()
        record_refusal(ledger, action="issue", reason=exc.message, actor=actor, registry=registry,
                       recipients=[r for r in recipients if r])
        raise
    except BaseException:
        stamper.close()
        raise
    out_dir.mkdir(parents=True, exist_ok=True)
    issued = write_reserved(ledger, stamper, registry=registry, source_name=source.name, out_dir=out_dir,
                            numbers=numbers, recipients=list(recipients), actor=actor)
    return IssueResult(registry, medium, approval, tuple(issued))
