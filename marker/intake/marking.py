"""The marking pipeline: Document → decision (level, period) → registered copies on disk.

Order matters for "nothing lost, nothing duplicated": the document and its 份号 are committed to
the ledger first (reserved), then each copy is written atomically, then each is marked issued.
A crash in between leaves reservations that `register.recover_pending` voids and cleans up.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from classifiers import Suggestion
from marker.domain.mark_text import format_mark
from marker.domain.marks import CopyFacts, MarkFacts
from marker.domain.periods import Period, parse_period
from marker.domain.policy import Policy
from marker.errors import AlreadyMarked, NeedsReview, OutputError, RefusedError, UnsupportedInput, UsageError
from marker.intake.suggest import suggest_for
from marker.ledger.registers import complete_copy, next_registry, reserve_copies, void_copy
from marker.ledger.store import Ledger, now_iso
from marker.reading.documents import Document, read
from marker.settings import Limits

if TYPE_CHECKING:
    from marker.worker.isolation import Isolation

log = logging.getLogger(__name__)


class Stamper(Protocol):
    def write_copy(self, copy: CopyFacts, out_path: Path) -> str: ...


@dataclass(frozen=True, slots=True)
class Decision:
    level: str
    period: Period | None
    category: str | None
    suggestion: Suggestion | None
    decided_by: str  # "person" | "suggestion" | "policy"


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


def refuse_if_marked(document: Document) -> None:
    """A file that already carries a mark is a copy, not a new draft."""
    mark = document.existing_mark
    if mark is None:
        return
    if mark.registry:
        raise AlreadyMarked(
            f"已标密，登记号 {mark.registry}，第 {mark.copy_number or '?'} 份：请从登记簿发放副本 "
            f"(already marked as registry {mark.registry}, copy {mark.copy_number or '?'}: "
            "issue copies from the ledger instead)", path=document.path)
    raise AlreadyMarked(
        f"已带有密级标志「{mark.level}{'★' + mark.period if mark.period else ''}」，不作为新稿标密 "
        "(already carries a visible mark: re-mark it deliberately with `miji remark`)", path=document.path)


def decide(document: Document, policy: Policy, *, level: str | None, period: str | None,
           suggestion: Suggestion | None = None, workspace: Path | None = None) -> Decision:
    """The level and period to mark: what the person gave, else the suggestion and the policy."""
    category: str | None = None
    decided_by = "person"
    if level is None:
        suggestion = suggestion or suggest_for(document, policy, workspace=workspace)
        if suggestion.needs_review:
            raise NeedsReview(
                f"建议密级「{suggestion.level}」需要人工确认：{'；'.join(suggestion.review_reasons)} "
                "(suggestion needs review: give --level to decide)", path=document.path)
        level, category, decided_by = suggestion.level, suggestion.category, "suggestion"
    rule = policy.level(level)
    chosen = parse_period(period) if period else policy.default_period(level, category)
    if chosen is not None and not rule.max_years:
        chosen = None if period is None else chosen
    if chosen is not None and rule.max_years:
        start = document.document_date or date.today()
        if chosen.kind == "long_term" and not rule.long_term:
            raise RefusedError(f"{level}不得标为长期 (长期 is not allowed for {level})", path=document.path)
        if chosen.kind != "long_term" and chosen.exceeds(rule.max_years, start):
            raise RefusedError(
                f"保密期限 {chosen} 超过{level}的最长期限 {rule.max_years}年 "
                f"(period longer than the level's maximum)", path=document.path)
    return Decision(level=level, period=chosen, category=category, suggestion=suggestion, decided_by=decided_by)


def mark_facts(document: Document, decision: Decision, policy: Policy, registry: str, *,
               owner: str | None = None, today: date | None = None) -> MarkFacts:
    start = document.document_date or today or date.today()
    period_text = str(decision.period) if decision.period else None
    owner_name = owner or policy.owner
    return MarkFacts(
        level=decision.level, period=period_text,
        expiry=decision.period.expiry(start) if decision.period else None, registry=registry,
        mark_line=format_mark(scheme=policy.scheme, owner=owner_name, level=decision.level, period=period_text),
        scheme=policy.scheme, owner=owner_name, policy=policy.name, original_sha256=document.sha256,
        marked_at=now_iso())


def stamper_for(document: Document, facts: MarkFacts) -> Stamper:
    if document.kind == "pdf":
        from marker.render.pdf import PdfStamper

        return PdfStamper(document.path, facts)
    if document.kind == "docx":
        from marker.render.docx import DocxStamper

        return DocxStamper(document.path, facts)
    if document.kind == "txt":
        from marker.render.text import docx_stamper_for_text

        return docx_stamper_for_text(document, facts)
    raise UnsupportedInput("只能为 PDF、DOCX 和文本稿标密 (only PDF, DOCX and text can be marked)",
                           path=document.path)


def keep_original(source: Path, target: Path) -> None:
    """A copy of the original in the workspace archive, so later copies can be issued from it."""
    import shutil

    from marker.atomic import atomic_write

    if target.exists():
        return
    with source.open("rb") as src, atomic_write(target, mode=0o600) as dst:
        shutil.copyfileobj(src, dst)


MAX_NAME_BYTES = 240


def fit_stem(stem: str, room: int) -> str:
    """Shorten a stem so the whole name stays under the file system's 255-byte limit."""
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    return stem


def copy_name(source: Path, registry: str, copy_no: str) -> str:
    """`<stem>.<registry>-<份号>.<ext>`; a text draft's copies are DOCX."""
    suffix = source.suffix.lower()
    tail = f".{registry}-{copy_no}{'.docx' if suffix in ('.txt', '.md') else suffix}"
    return fit_stem(source.stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))) + tail


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


def issue_files(ledger: Ledger, stamper: Stamper, *, registry: str, source: Path, out_dir: Path,
                numbers: Sequence[str], recipients: Sequence[str | None], actor: str) -> list[IssuedCopy]:
    """Write reserved copies and mark them issued; on failure void what was not written."""
    issued: list[IssuedCopy] = []
    try:
        for number, recipient in zip(numbers, recipients, strict=True):
            target = out_dir / copy_name(source, registry, number)
            digest = stamper.write_copy(CopyFacts(number, recipient), target)
            complete_copy(ledger, registry, number, sha256=digest, path=target, actor=actor)
            issued.append(IssuedCopy(number, recipient, target, digest))
    except BaseException:
        for number in numbers[len(issued):]:
            with contextlib.suppress(Exception):
                (out_dir / copy_name(source, registry, number)).unlink(missing_ok=True)
                void_copy(ledger, registry, number, reason="写入失败 (write failed)", actor=actor)
        raise
    finally:
        close = getattr(stamper, "close", None)  # the daemon is long-lived: free the open document now
        if close is not None:
            close()
    return issued


def mark_document(
    path: Path, policy: Policy, ledger: Ledger, *, actor: str, level: str | None = None,
    period: str | None = None, recipients: Sequence[str | None] = (None,), owner: str | None = None,
    out_dir: Path | None = None, limits: Limits | None = None, document: Document | None = None,
    suggestion: Suggestion | None = None, archive_dir: Path | None = None, archive_move: Path | None = None,
    isolation: Isolation | None = None, workspace: Path | None = None,
) -> Marked:
    """Mark a new draft: decide, register it and its copies, write one file per copy.

    `archive_dir` keeps a copy of the original in the workspace (the CLI: the user's file stays);
    `archive_move` moves it there instead (the daemon: the inbox must empty)."""
    if not recipients:
        raise UsageError("至少需要一份副本 (at least one copy)")
    if len(recipients) > policy.max_copies:
        raise UsageError(f"一次最多 {policy.max_copies} 份 (at most {policy.max_copies} copies at once)")
    if level is not None and level not in {rule.name for rule in policy.levels}:
        known = "、".join(rule.name for rule in policy.levels)
        raise UsageError(f"密级 {level!r} 不在策略中 (level not in policy; known: {known})")
    if document is None:
        document = read(path, limits, full_text=level is None)
    refuse_if_marked(document)
    decision = decide(document, policy, level=level, period=period, suggestion=suggestion, workspace=workspace)
    out_dir = out_dir or path.parent / "marked"
    check_output_folder(out_dir, path)
    rule = policy.level(decision.level)
    medium = "electronic" if rule.electronic_copies else "paper"
    keep_in = archive_move or archive_dir
    with ledger.transaction():
        registry = next_registry(ledger, datetime.now().year)
        facts = mark_facts(document, decision, policy, registry, owner=owner)
        ledger.append("document_registered", {
            "title": document.title, "original_sha256": document.sha256, "level": decision.level,
            "period": facts.period, "expiry": facts.expiry.isoformat() if facts.expiry else None,
            "category": decision.category, "source_name": path.name, "kind": document.kind,
            "policy": policy.name, "decided_by": decision.decided_by,
            "document_date": document.document_date.isoformat() if document.document_date else None,
            "confidence": decision.suggestion.confidence if decision.suggestion else None,
            "original_path": str(path.resolve()),
            "archive_path": str(keep_in / registry / path.name) if keep_in else None,
        }, registry=registry, actor=actor)
        paths = [out_dir / copy_name(path, registry, "{copy}") for _ in recipients]
        numbers = reserve_copies(ledger, registry, list(recipients), actor=actor, paths=paths, medium=medium)
    source = path
    if archive_move is not None:
        source = archive_move / registry / path.name
        source.parent.mkdir(parents=True, exist_ok=True)
        os.rename(path, source)
        document = replace(document, path=source)
    elif archive_dir is not None:
        keep_original(path, archive_dir / registry / path.name)
    stamper = isolation.stamper(document, facts) if isolation else stamper_for(document, facts)
    issued = issue_files(ledger, stamper, registry=registry, source=source, out_dir=out_dir, numbers=numbers,
                         recipients=list(recipients), actor=actor)
    log.debug("marked %s as %s %s, %d copies", registry, decision.level, facts.period or "", len(issued))
    return Marked(registry, document, decision, facts, tuple(issued), medium)
