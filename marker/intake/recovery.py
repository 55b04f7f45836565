"""After a crash: finish or account for every file the daemon was in the middle of.

Run once at start-up, before the inbox is scanned. It relies on the order `pipeline` keeps:
the processing state is recorded first, the registration and 份号 reservations are committed
before anything is written, and the original moves by rename. So for each file left in
`processing`: if it was registered in that run, move its original into the archive (if still
in the inbox) and issue the copies it lacks; if not, it is either still in the inbox (processed
again), or already in review/ or quarantine/ (the state is recorded now).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from marker.atomic import remove_stale_temps, write_bytes_atomic
from marker.domain.naming import sidecar_name
from marker.errors import LedgerIntegrityError, MijiError
from marker.intake.names import printable
from marker.intake.pipeline import Context, complete_distribution, state, suggestion_report
from marker.ledger.registers import (
    DocumentRecord,
    FileState,
    files_in_state,
    recover_pending,
    registrations_since,
    verified_event,
    voided_copy_paths,
)
from marker.reading.documents import sha256_file
from marker.workspace import Layout

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Recovered:
    sha256: str
    name: str
    action: str  # completed | requeued | review | quarantined | gone | reported


def _find(folder: Path, name: str, sha: str) -> Path | None:
    """The file with this content in `folder`: by its name (or numbered variant) first, then any."""
    if not folder.is_dir():
        return None
    stem, suffix = Path(name).stem, Path(name).suffix
    candidates = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()
                  and (p.name == name or (p.name.startswith(stem + " (") and p.suffix == suffix))]
    for path in candidates:
        try:
            if sha256_file(path) == sha:
                return path
        except OSError:
            continue
    return None


def _registered_in_run(ctx: Context, sha: str, processing: FileState) -> DocumentRecord | None:
    return next((record for original, record in registrations_since(ctx.ledger, processing.seq) if original == sha),
                None)


def copy_folders(layout: Layout) -> tuple[Path, ...]:
    """Where copies are written: the only places recovery may remove a file."""
    return tuple(folder.resolve() for folder in (layout.outbox, layout.print_copies, layout.copies))


def inside(path: Path, folders: tuple[Path, ...]) -> bool:
    """Whether `path` resolves inside one of `folders` (symlinks and `..` followed first)."""
    try:
        resolved = Path(path).resolve()
    except (OSError, RuntimeError):
        return False
    return any(resolved != folder and folder in resolved.parents for folder in folders)


def remove_late_copies(ctx: Context) -> list[Path]:
    """A copy file at the path of a voided 份号 was written after its writer was declared dead (a
    worker that outlived its daemon): it is not a copy the ledger knows, so it is removed."""
    folders = copy_folders(ctx.layout)
    removed: list[Path] = []
    for registry, copy_no, path in voided_copy_paths(ctx.ledger):
        if inside(path, folders) and (path.is_file() or path.is_symlink()):
            try:
                path.unlink()
            except OSError as exc:
                log.error("无法删除迟到的副本 %s/%s（%s）：%s (cannot remove late copy)", registry, copy_no,
                          printable(str(path)), exc)
                continue
            log.warning("已删除份号作废后才写出的副本 %s/%s：%s (removed a copy written after it was voided)",
                        registry, copy_no, printable(str(path)))
            removed.append(path)
    return removed


def recover(ctx: Context) -> list[Recovered]:
    """Every item is recovered on its own: one that fails is logged and left, never stops the start."""
    layout = ctx.layout
    for folder in layout.output_folders().values():
        remove_stale_temps(folder)
    untrusted: list[str] = []
    folders = copy_folders(ctx.layout)
    recover_pending(ctx.ledger, actor=ctx.actor, inside=lambda path: inside(path, folders), untrusted=untrusted)
    for message in untrusted:
        log.error("恢复：%s (recovery)", printable(message))
    remove_late_copies(ctx)
    done: list[Recovered] = []
    for sha, event in files_in_state(ctx.ledger, "processing").items():  # O(unfinished), not O(every file)
        try:
            item = _recover_one(ctx, sha, event)
        except MijiError as exc:
            if isinstance(exc, LedgerIntegrityError):
                raise
            log.error("恢复 %s (%s) 失败：%s (recovery failed)", printable(event.name), sha[:12], printable(str(exc)))
            continue
        except OSError as exc:
            log.error("恢复 %s (%s) 失败：%s (recovery failed)", printable(event.name), sha[:12], exc)
            continue
        if item is not None:
            done.append(item)
    for item in done:
        log.warning("已恢复 %s (%s)：%s (recovered)", printable(item.name), item.sha256[:12], item.action)
    return done


def _recover_one(ctx: Context, sha: str, event: FileState) -> Recovered | None:
    layout = ctx.layout
    if not verified_event(ctx.ledger, event.seq):
        log.error("恢复：第 %d 条事件（文件 %s 处理中）未通过签名或链位置校验，未处理 (event %d is not a "
                  "verified link: not acted on)", event.seq, printable(event.name), event.seq)
        return None
    name = event.name
    registered = _registered_in_run(ctx, sha, event)
    if registered is not None:
        return _complete(ctx, sha, name, registered)
    if _find(layout.inbox, name, sha) is not None:
        return Recovered(sha, name, "requeued")
    for folder, outcome in ((layout.review, "review"), (layout.quarantine, "quarantined")):
        found = _find(folder, name, sha)
        if found is not None:
            state(ctx.ledger, sha, name, outcome, destination=str(found), reason="recovered after restart")
            return Recovered(sha, name, outcome)
    state(ctx.ledger, sha, name, "gone", reason="file no longer present after restart")
    return Recovered(sha, name, "gone")


def _complete(ctx: Context, sha: str, name: str, registered: DocumentRecord) -> Recovered:
    registry = registered.registry
    level = registered.level
    archive_path = Path(registered.archive_path or ctx.layout.archive / registry / name)
    if not inside(archive_path, (ctx.layout.archive.resolve(),)):
        log.error("恢复：%s 的存档路径不在 archive/ 内，未移动原件 (archive path outside archive/, original not "
                  "moved): %s", registry, printable(str(archive_path)))
        return Recovered(sha, name, "reported")
    if not archive_path.exists():
        in_inbox = _find(ctx.layout.inbox, name, sha)
        if in_inbox is None:
            state(ctx.ledger, sha, name, "gone", registry=registry, reason="original missing after restart")
            return Recovered(sha, name, "gone")
        archive_path.parent.mkdir(parents=True, exist_ok=True)
        in_inbox.rename(archive_path)
    complete_distribution(ctx, registry, archive_path, len(ctx.recipients))
    folder = ctx.layout.destination(ctx.policy, level)
    report = suggestion_report(None, None, registry=registry, level=level, name=name, sha256=sha,
                               period=registered.period, recovered=True)
    write_bytes_atomic(folder / sidecar_name(Path(name).stem, f".{registry}.report.json"), report,
                       overwrite=True)
    state(ctx.ledger, sha, name, "marked", registry=registry, recovered=True)
    return Recovered(sha, name, "completed")
