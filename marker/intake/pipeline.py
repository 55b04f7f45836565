"""One dropped file, start to finish: read → suggest → decide → mark, or review, or quarantine.

Outcomes are values, not exceptions. Every step that changes the disk is preceded or followed by
a ledger event (file states: processing → marked | review | quarantined), so a restart after a
kill at any moment can tell what was done (`intake_recovery`).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from classifiers import Suggestion
from marker.atomic import write_bytes_atomic
from marker.domain.policy import Policy
from marker.errors import InputError, MijiError, NotFoundInput
from marker.intake.marking import MAX_NAME_BYTES, Marked, copy_name, fit_stem, issue_files, mark_document, stamper_for
from marker.intake.suggest import suggest_for
from marker.ledger.registers import copies, find_original, record_refusal, reserve_copies
from marker.ledger.store import Ledger
from marker.reading.documents import Document, read, sha256_file
from marker.settings import Limits
from marker.workspace import Layout

if TYPE_CHECKING:
    from marker.worker.isolation import Isolation

log = logging.getLogger(__name__)
Outcome = Literal["marked", "review", "quarantined", "skipped"]
DAEMON = "miji-daemon"


@dataclass(frozen=True, slots=True)
class Context:
    policy: Policy
    ledger: Ledger
    layout: Layout
    recipients: tuple[str | None, ...] = (None,)
    limits: Limits = field(default_factory=Limits)
    actor: str = DAEMON
    isolation: Isolation | None = None

    def read(self, path: Path, *, full_text: bool = True) -> Document:
        """Read in the isolated worker when there is one (the daemon), else in-process."""
        if self.isolation is not None:
            return self.isolation.read(path, self.limits, full_text=full_text)
        return read(path, self.limits, full_text=full_text)


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    name: str
    sha256: str
    destination: Path | None = None
    registry: str | None = None
    level: str | None = None
    reason: str = ""


def unique_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, or `name (2)`, `name (3)` … when taken: originals keep their names."""
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{stem} ({counter}){suffix}"
        counter += 1
    return candidate


def sidecar(path: Path, suffix: str) -> Path:
    """`<name><suffix>` beside `path`, shortened if the name is near the 255-byte limit."""
    room = MAX_NAME_BYTES - len(suffix.encode("utf-8"))
    return path.with_name(fit_stem(path.name, room) + suffix)


def move_original(source: Path, folder: Path) -> Path:
    """Rename (never copy+delete) so the original exists in exactly one place at every moment."""
    target = unique_path(folder, source.name)
    os.rename(source, target)
    return target


def state(ledger: Ledger, sha: str, name: str, value: str, **details: Any) -> None:
    ledger.append("file_state", {"sha256": sha, "name": name, "state": value, **details}, actor=DAEMON)


def quarantine(ctx: Context, path: Path, sha: str, reason_zh: str, reason_en: str, **details: Any) -> Result:
    target = move_original(path, ctx.layout.quarantine)
    text = f"隔离原因：{reason_zh}\nReason: {reason_en}\n原文件名 original name: {path.name}\nSHA-256: {sha}\n"
    write_bytes_atomic(sidecar(target, ".reason.txt"), text.encode("utf-8"), overwrite=True)
    state(ctx.ledger, sha, path.name, "quarantined", destination=str(target), reason=reason_en, **details)
    log.debug("quarantined %s (%s): %s", path.name, sha[:12], reason_en)
    return Result("quarantined", path.name, sha, target, reason=reason_en)


def suggestion_report(document: Document | None, suggestion: Suggestion | None, **extra: Any) -> bytes:
    data: dict[str, Any] = {"generated_at": datetime.now().astimezone().isoformat(timespec="seconds"), **extra}
    if document is not None:
        data.update(name=document.path.name, sha256=document.sha256, title=document.title, kind=document.kind,
                    pages=document.page_count,
                    document_date=document.document_date.isoformat() if document.document_date else None)
    if suggestion is not None:
        data["suggestion"] = suggestion.as_dict()
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def to_review(ctx: Context, path: Path, document: Document, suggestion: Suggestion | None, reason: str,
              **extra: Any) -> Result:
    target = unique_path(ctx.layout.review, path.name)
    report = suggestion_report(document, suggestion, reason=reason, **extra)
    write_bytes_atomic(sidecar(target, ".suggestion.json"), report, overwrite=True)
    os.rename(path, target)
    state(ctx.ledger, document.sha256, path.name, "review", destination=str(target), reason=reason)
    log.debug("review %s (%s): %s", path.name, document.sha256[:12], reason)
    return Result("review", path.name, document.sha256, target,
                  level=suggestion.level if suggestion else None, reason=reason)


def auto_apply(policy: Policy, suggestion: Suggestion) -> tuple[bool, str]:
    """Whether the policy lets the suggestion stand without a person, and why not if not."""
    if suggestion.needs_review:
        return False, "需要人工确认 (needs review): " + "；".join(suggestion.review_reasons)
    rule = policy.level(suggestion.level)
    if not rule.electronic_copies:
        return False, f"{suggestion.level}不自动定密，须人工处理并仅限纸质 ({suggestion.level} is never auto-applied)"
    if not policy.auto_max_level or policy.rank(suggestion.level) > policy.rank(policy.auto_max_level):
        return False, f"建议密级高于自动定密上限 {policy.auto_max_level or '—'} (above the auto-apply maximum)"
    if suggestion.confidence < policy.auto_min_confidence:
        return False, (f"置信度 {suggestion.confidence:.2f} 低于 {policy.auto_min_confidence:.2f} "
                       "(confidence below the auto-apply threshold)")
    return True, ""


def outbox_for(ctx: Context, level: str) -> Path:
    return ctx.layout.outbox / level


def write_mark_report(ctx: Context, marked: Marked, folder: Path) -> None:
    report = suggestion_report(
        marked.document, marked.decision.suggestion, registry=marked.registry, level=marked.facts.level,
        period=marked.facts.period, expiry=marked.facts.expiry.isoformat() if marked.facts.expiry else None,
        mark=marked.facts.mark_line, decided_by=marked.decision.decided_by,
        copies=[{"copy_no": c.copy_no, "recipient": c.recipient, "file": c.path.name, "sha256": c.sha256}
                for c in marked.copies])
    name = f"{Path(marked.document.path.name).stem}.{marked.registry}.report.json"
    write_bytes_atomic(folder / name, report, overwrite=True)


def mark_in_workspace(ctx: Context, path: Path, document: Document, *, level: str | None, period: str | None,
                      suggestion: Suggestion | None, decided_by: str | None = None) -> Result:
    """Register, move the original into archive/<registry>/, write copies, report, record."""
    chosen_level = level or (suggestion.level if suggestion else None)
    paper = chosen_level is not None and not ctx.policy.level(chosen_level).electronic_copies
    out_dir = ctx.layout.print_copies if paper else outbox_for(ctx, chosen_level or "")
    marked = mark_document(path, ctx.policy, ctx.ledger, actor=decided_by or ctx.actor, level=level,
                           period=period, recipients=ctx.recipients, out_dir=out_dir, limits=ctx.limits,
                           document=document, suggestion=suggestion, archive_move=ctx.layout.archive,
                           isolation=ctx.isolation, workspace=ctx.layout.root)
    write_mark_report(ctx, marked, out_dir)
    state(ctx.ledger, document.sha256, path.name, "marked", registry=marked.registry)
    log.debug("marked %s as %s %s (%s), %d copies", path.name, marked.registry, marked.facts.level,
             marked.medium, len(marked.copies))
    return Result("marked", path.name, document.sha256, out_dir, marked.registry, marked.facts.level)


def process_file(ctx: Context, path: Path) -> Result:
    """The daemon's whole job for one ready file. Never raises for a bad file."""
    if path.is_symlink():
        sha = "symlink"
        state(ctx.ledger, sha, path.name, "processing")
        return quarantine(ctx, path, sha, "符号链接，不跟随", "symbolic link: never followed")
    # Reading changes nothing on disk, so the processing state is recorded after it: the file is
    # read and hashed once, and a crash mid-read simply leaves it in the inbox.
    try:
        document = ctx.read(path)
    except NotFoundInput:
        return Result("skipped", path.name, "", reason="gone before processing")
    except InputError as exc:
        sha = sha256_file(path) if path.is_file() else f"not-a-file:{path.name}"
        state(ctx.ledger, sha, path.name, "processing")
        return quarantine(ctx, path, sha, f"{exc.reason_zh}：{exc.message}", exc.message)
    sha = document.sha256
    state(ctx.ledger, sha, path.name, "processing")
    mark = document.existing_mark
    if mark is not None:
        if mark.registry:
            record_refusal(ctx.ledger, action="reproduce", actor=None, registry=mark.registry,
                           copy_no=mark.copy_number, file=path.name, sha256=sha,
                           reason="已标密副本被放入收件箱 (a marked copy was dropped into the inbox)")
        return quarantine(ctx, path, sha, f"这是已标密文件（{mark.level}，登记号 {mark.registry or '无'}，"
                          f"份号 {mark.copy_number or '无'}），不作为新稿处理",
                          f"already carries a mark: a copy, not a draft (registry {mark.registry or '-'})",
                          registry=mark.registry, copy_no=mark.copy_number)
    existing = find_original(ctx.ledger, sha)
    suggestion = suggest_for(document, ctx.policy, workspace=ctx.layout.root)
    if existing is not None:
        reason = f"重复：与已登记原件 {existing} 相同 (duplicate of {existing})"
        return to_review(ctx, path, document, suggestion, reason, duplicate_of=existing)
    allowed, why = auto_apply(ctx.policy, suggestion)
    if not allowed:
        return to_review(ctx, path, document, suggestion, why)
    try:
        return mark_in_workspace(ctx, path, document, level=None, period=None, suggestion=suggestion)
    except MijiError as exc:
        if path.exists():
            return to_review(ctx, path, document, suggestion, f"标密失败 (marking failed): {exc.message}")
        return withdraw(ctx, document, exc)


def withdraw(ctx: Context, document: Document, exc: MijiError) -> Result:
    """Marking failed after the original moved into the archive (a stamper crash, a full disk):
    the registration is withdrawn and the original goes to quarantine with the reason, so it is
    neither lost nor left as a registered draft without copies."""
    registry = find_original(ctx.ledger, document.sha256)
    archived = ctx.layout.archive / (registry or "") / document.path.name
    if registry is None or not archived.exists():
        raise exc
    ctx.ledger.append("document_withdrawn", {"reason": exc.message, "sha256": document.sha256},
                      registry=registry, actor=ctx.actor)
    return quarantine(ctx, archived, document.sha256, f"标密失败：{exc.message}", f"marking failed: {exc.message}",
                      registry=registry)


def complete_distribution(ctx: Context, registry: str, original: Path, level: str, wanted: int) -> int:
    """Issue the copies a registered document still lacks (after a crash); returns how many."""
    from marker.intake.issuing import facts_from_record
    from marker.ledger.registers import require_document

    done = [c for c in copies(ctx.ledger, registry) if c.status == "issued"]
    missing = wanted - len(done)
    if missing <= 0:
        return 0
    record = require_document(ctx.ledger, registry)
    payload = ctx.ledger.events("kind = 'document_registered' AND registry = ?", (registry,))[0].payload
    paper = not ctx.policy.level(level).electronic_copies
    out_dir = ctx.layout.print_copies if paper else outbox_for(ctx, level)
    recipients = list(ctx.recipients[len(done):len(done) + missing]) or [None] * missing
    paths = [out_dir / copy_name(original, registry, "{copy}") for _ in recipients]
    numbers = reserve_copies(ctx.ledger, registry, recipients, actor=ctx.actor, paths=paths,
                             medium="paper" if paper else "electronic")
    document = ctx.read(original, full_text=False)
    facts = facts_from_record(record, payload, ctx.policy)
    stamper = ctx.isolation.stamper(document, facts) if ctx.isolation else stamper_for(document, facts)
    issue_files(ctx.ledger, stamper, registry=registry, source=original, out_dir=out_dir, numbers=numbers,
                recipients=recipients, actor=ctx.actor)
    return missing
