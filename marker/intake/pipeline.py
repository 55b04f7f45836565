"""One dropped file, start to finish: read → suggest → decide → mark, or review, or quarantine.

Outcomes are values, not exceptions. Every step that changes the disk is preceded or followed by
a ledger event (file states: processing → marked | review | quarantined), so a restart after a
kill at any moment can tell what was done (`intake.recovery`). The original leaves the inbox
(renamed into `archive/<登记号>/`) only after every copy was written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from classifiers import Suggestion
from marker.atomic import write_bytes_atomic
from marker.domain.fingerprint import Fingerprint
from marker.domain.naming import MAX_NAME_BYTES, fit_stem, sidecar_name
from marker.domain.policy import Policy
from marker.errors import InputError, LedgerIntegrityError, MijiError, NotFoundInput
from marker.intake.decide import Decision, Undecided, decide
from marker.intake.distribute import Marked, issue_registered, register_and_issue
from marker.intake.examine import Examined, examine_draft, remember
from marker.intake.names import name_problem, printable, safe_name
from marker.intake.recognise import Recognised, highest_quoted, recognise
from marker.ledger.registers import (
    copies,
    record_file_state,
    record_refusal,
    require_document,
)
from marker.ledger.store import Ledger
from marker.reading.documents import Document, sha256_file
from marker.settings import Limits, Settings
from marker.worker.isolation import InProcess, Reader, open_worker
from marker.workspace import Layout, load_installed_policy, open_workspace_ledger

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
    worker: Reader = field(default_factory=InProcess)  # the daemon and the CLI pass open_worker(settings)
    # The daemon's lanes: from recognition to registration, a draft waits for any other in flight
    # with the same content (else both would be registered as new).
    claim: Callable[[Document, Fingerprint], contextlib.AbstractContextManager[None]] | None = None
    # The daemon's lanes: a write nobody else can name (a report under its 登记号) lets the other
    # lanes go on while it waits for the disk.
    unlocked: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext

    def read(self, path: Path, *, full_text: bool = True) -> Document:
        return self.worker.read(path, self.limits, full_text=full_text)

    @classmethod
    def of(cls, settings: Settings, *, policy: Policy | None = None, ledger: Ledger | None = None,
           worker: Reader | None = None) -> Context:
        """The workspace's context, as the daemon and `review` use it; the caller closes the
        ledger and the worker."""
        watch = settings.watch
        ledger = ledger or open_workspace_ledger(settings)
        return cls(policy=policy or load_installed_policy(settings, ledger), ledger=ledger,
                   layout=Layout.of(settings), recipients=watch.recipients or (None,) * watch.copies,
                   limits=settings.limits, worker=worker or open_worker(settings))


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
    """`name` in `folder`, or `name (2)`, `name (3)` … when taken: originals keep their names
    (shortened when the number would push a long name past the 255-byte limit)."""
    folder.mkdir(parents=True, exist_ok=True)
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    counter = 2
    while candidate.exists() or candidate.is_symlink():
        tail = f" ({counter}){suffix}"
        candidate = folder / (fit_stem(stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))) + tail)
        counter += 1
    return candidate


def sidecar(path: Path, suffix: str) -> Path:
    """`<name><suffix>` beside `path`, shortened if the name is near the 255-byte limit."""
    return path.with_name(sidecar_name(path.name, suffix))


def move_original(source: Path, folder: Path, name: str | None = None) -> Path:
    """Rename (never copy+delete) so the original exists in exactly one place at every moment."""
    target = unique_path(folder, name or source.name)
    os.rename(source, target)
    return target


def state(ledger: Ledger, sha: str, name: str, value: str, **details: Any) -> None:
    record_file_state(ledger, sha256=sha, name=name, state=value, actor=DAEMON, **details)


def quarantine(ctx: Context, path: Path, sha: str, reason_zh: str, reason_en: str, **details: Any) -> Result:
    """Move the file into quarantine/ with a reason beside it; a name that cannot be used as it
    is (not UTF-8, control characters) is replaced by a safe one and the original recorded."""
    original = printable(path.name)
    unusable = name_problem(path.name) is not None
    target = move_original(path, ctx.layout.quarantine, safe_name(path.name) if unusable else None)
    text = f"隔离原因：{reason_zh}\nReason: {reason_en}\n原文件名 original name: {original}\nSHA-256: {sha}\n"
    write_bytes_atomic(sidecar(target, ".reason.txt"), text.encode("utf-8"), overwrite=True)
    if unusable:
        details["original_name"] = original
    state(ctx.ledger, sha, target.name if unusable else original, "quarantined", destination=str(target),
          reason=reason_en, **details)
    log.debug("quarantined %s (%s): %s", original, sha[:12], reason_en)
    return Result("quarantined", original, sha, target, reason=reason_en)


def partial_sha(path: Path, size: int) -> str:
    """An identity for a file too large to hash: its size and the hash of its first MiB only
    (a 20 GB sparse file must not be read before it is refused)."""
    digest = hashlib.sha256()
    with contextlib.suppress(OSError), path.open("rb") as handle:
        digest.update(handle.read(1 << 20))
    return f"size{size}-{digest.hexdigest()[:48]}"


def _refuse_before_reading(ctx: Context, path: Path) -> Result | None:
    """Size and name are checked before a single byte is read or hashed."""
    try:
        size = path.lstat().st_size
    except FileNotFoundError:
        return Result("skipped", printable(path.name), "", reason="gone before processing")
    if size > ctx.limits.max_bytes:
        sha = partial_sha(path, size)
        return quarantine(ctx, path, sha, f"文件过大 {size / 1048576:.1f} MB，上限 "
                          f"{ctx.limits.max_bytes / 1048576:.0f} MB，未读取",
                          f"file too large ({size} bytes): not read", size=size)
    problem = name_problem(path.name)
    if problem is not None:
        sha = sha256_file(path) if path.is_file() else f"not-a-file:{safe_name(path.name)}"
        return quarantine(ctx, path, sha, "文件名无效（非 UTF-8 或含控制字符），已按安全名称隔离",
                          f"{problem}: quarantined under a safe name")
    return None


def suggestion_report(document: Document | None, suggestion: Suggestion | None, *, policy: Policy | None = None,
                      **extra: Any) -> bytes:
    """The JSON beside a queued or marked file; with the policy, the Chinese labels beside the ids
    (`category_label`, `publication_label`), as `miji classify --json` gives them."""
    data: dict[str, Any] = {"generated_at": datetime.now().astimezone().isoformat(timespec="seconds"), **extra}
    if document is not None:
        data.update(name=document.path.name, sha256=document.sha256, title=document.title, kind=document.kind,
                    converted_from=document.converted_from, pages=document.page_count,
                    document_date=document.document_date.isoformat() if document.document_date else None)
    if suggestion is not None:
        data["suggestion"] = suggestion.as_dict()
        if policy is not None:
            from marker.domain.labels import suggestion_labels

            data["suggestion"] |= suggestion_labels(policy, suggestion)
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def write_review_report(path: Path, document: Document, suggestion: Suggestion | None, reason: str, *,
                        policy: Policy | None = None, **extra: Any) -> None:
    report = suggestion_report(document, suggestion, policy=policy, reason=reason, **extra)
    write_bytes_atomic(sidecar(path, ".suggestion.json"), report, overwrite=True)


def to_review(ctx: Context, path: Path, document: Document, suggestion: Suggestion | None, reason: str,
              **extra: Any) -> Result:
    target = unique_path(ctx.layout.review, path.name)
    write_review_report(target, document, suggestion, reason, policy=ctx.policy, **extra)
    os.rename(path, target)
    state(ctx.ledger, document.sha256, path.name, "review", destination=str(target), reason=reason)
    log.debug("review %s (%s): %s", path.name, document.sha256[:12], reason)
    return Result("review", path.name, document.sha256, target,
                  level=suggestion.level if suggestion else None, reason=reason)


def write_mark_report(marked: Marked, folder: Path, policy: Policy | None = None) -> None:
    report = suggestion_report(
        marked.document, marked.decision.suggestion, policy=policy, registry=marked.registry, level=marked.facts.level,
        period=marked.facts.period, expiry=marked.facts.expiry.isoformat() if marked.facts.expiry else None,
        mark=marked.facts.mark_line, decided_by=marked.decision.decided_by,
        layout_adapted=list(marked.layout_notes),
        copies=[{"copy_no": c.copy_no, "recipient": c.recipient, "file": c.path.name, "sha256": c.sha256}
                for c in marked.copies])
    name = sidecar_name(Path(marked.document.path.name).stem, f".{marked.registry}.report.json")  # 登记号 kept whole
    write_bytes_atomic(folder / name, report, overwrite=True)


def mark_in_workspace(ctx: Context, path: Path, document: Document, decision: Decision, *,
                      actor: str | None = None, recognised: list[Recognised] | None = None) -> Result:
    """Register and write the copies, then move the original into archive/<registry>/ and report."""
    out_dir = ctx.layout.destination(ctx.policy, decision.level)
    marked = register_and_issue(ctx.ledger, ctx.worker, ctx.policy, document, decision,
                                actor=actor or ctx.actor, recipients=ctx.recipients, out_dir=out_dir,
                                archive_dir=ctx.layout.archive, keep_copy=False, recognised=recognised)
    archived = ctx.layout.archive / marked.registry / path.name
    archived.parent.mkdir(parents=True, exist_ok=True)
    os.rename(path, archived)
    with ctx.unlocked():  # its name holds the 登记号: no other lane can write it
        write_mark_report(marked, out_dir, ctx.policy)
    state(ctx.ledger, document.sha256, path.name, "marked", registry=marked.registry)
    log.debug("marked %s as %s %s (%s), %d copies", path.name, marked.registry, marked.facts.level,
              marked.medium, len(marked.copies))
    return Result("marked", path.name, document.sha256, out_dir, marked.registry, marked.facts.level)


def process_file(ctx: Context, path: Path) -> Result:
    """The daemon's whole job for one ready file. Never raises for a bad file."""
    if path.is_symlink():
        sha = "symlink"
        return quarantine(ctx, path, sha, "符号链接，不跟随", "symbolic link: never followed")
    refused = _refuse_before_reading(ctx, path)
    if refused is not None:
        return refused
    # Reading changes nothing on disk, so the processing state is recorded after it: the file is
    # read, hashed and parsed once, in the worker, which keeps the text (classification and the
    # fingerprint are the two passes over it) and the Document it stamps; a crash mid-read simply
    # leaves the file in the inbox.
    try:
        examined: Examined = ctx.worker.read_and_run(path, examine_draft, ctx.policy, ctx.layout.root,
                                                     limits=ctx.limits)
    except NotFoundInput:
        return Result("skipped", path.name, "", reason="gone before processing")
    except InputError as exc:
        sha = sha256_file(path) if path.is_file() else f"not-a-file:{path.name}"
        state(ctx.ledger, sha, path.name, "processing")
        return quarantine(ctx, path, sha, f"{exc.reason_zh}：{exc.message}", exc.message)
    document, suggestion = examined.document, examined.suggestion
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
    remember(document, ctx.policy, examined.fingerprint)
    with ctx.claim(document, examined.fingerprint) if ctx.claim else contextlib.nullcontext():
        return _place(ctx, path, document, suggestion)


def _place(ctx: Context, path: Path, document: Document, suggestion: Suggestion) -> Result:
    """A new draft, read and examined: a copy (quarantine), a duplicate or quotation (review),
    marked, or left for a person."""
    sha = document.sha256
    found = recognise(ctx.ledger, document, ctx.policy)
    known = next((r for r in found if r.is_registered), None)
    if known is not None and known.kind != "original":  # a copy of a registered document, in any format
        record_refusal(ctx.ledger, action="reproduce", actor=None, registry=known.registry, copy_no=known.copy_no,
                       file=path.name, sha256=sha, reason=f"收件箱中发现复制件：{known.reason()}")
        return quarantine(ctx, path, sha, f"这是已登记文件的复制件，不作为新稿处理：{known.reason()}",
                          f"a reproduction of registered document {known.registry}", registry=known.registry)
    if known is not None:
        reason = f"重复：与已登记原件 {known.registry} 相同 (duplicate of {known.registry})"
        suggestion = at_least(ctx.policy, suggestion, known.level, reason)  # never below the registered original
        return to_review(ctx, path, document, suggestion, reason, duplicate_of=known.registry)
    quoted = highest_quoted(ctx.policy, found)
    if quoted is not None:
        suggestion = at_least(ctx.policy, suggestion, quoted.level, quoted.reason())
        return to_review(ctx, path, document, suggestion, quoted.reason(), quotes=quoted.registry)
    try:
        outcome = decide(document, ctx.policy, level=None, period=None, workspace=ctx.layout.root,
                         confirmed=False, suggestion=suggestion)
    except MijiError as exc:
        return to_review(ctx, path, document, suggestion, exc.message)
    if isinstance(outcome, Undecided):
        return to_review(ctx, path, document, suggestion, outcome.reason)
    try:
        return mark_in_workspace(ctx, path, document, outcome, recognised=found)
    except LedgerIntegrityError:  # nothing may move while the chain does not verify
        raise
    except MijiError as exc:
        if not path.exists():  # the copies were written and the original moved: only the report failed
            raise
        return quarantine(ctx, path, sha, f"标密失败：{exc.message}", f"marking failed: {exc.message}")


def at_least(policy: Policy, suggestion: Suggestion, level: str, reason: str) -> Suggestion:
    """The suggestion raised to `level` at least, flagged for a person with `reason`."""
    from dataclasses import replace

    rank = max(suggestion.level_rank, policy.rank(level))
    return replace(suggestion, level_rank=rank, level=policy.levels[rank].name, needs_review=True,
                   review_reasons=(*suggestion.review_reasons, reason))


def complete_distribution(ctx: Context, registry: str, original: Path, wanted: int) -> int:
    """Issue the copies a registered document still lacks (after a crash); returns how many."""
    done = [c for c in copies(ctx.ledger, registry) if c.status == "issued"]
    missing = wanted - len(done)
    if missing <= 0:
        return 0
    record = require_document(ctx.ledger, registry)
    recipients = list(ctx.recipients[len(done):len(done) + missing]) or [None] * missing
    issue_registered(ctx.ledger, ctx.worker, ctx.policy, registry=registry, recipients=recipients,
                     out_dir=ctx.layout.destination(ctx.policy, record.level), actor=ctx.actor,
                     under_approval=False, limits=ctx.limits, source=original)
    return missing
