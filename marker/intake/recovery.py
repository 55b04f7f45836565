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
from marker.intake.pipeline import Context, complete_distribution, state, suggestion_report
from marker.ledger.registers import DocumentRecord, FileState, latest_file_states, recover_pending, registrations_since
from marker.reading.documents import sha256_file

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Recovered:
    sha256: str
    name: str
    action: str  # completed | requeued | review | quarantined | gone


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


def recover(ctx: Context) -> list[Recovered]:
    layout = ctx.layout
    for folder in layout.output_folders().values():
        remove_stale_temps(folder)
    recover_pending(ctx.ledger, actor=ctx.actor)
    last = latest_file_states(ctx.ledger)
    done: list[Recovered] = []
    for sha, event in last.items():
        if event.state != "processing":
            continue
        name = event.name
        registered = _registered_in_run(ctx, sha, event)
        if registered is not None:
            done.append(_complete(ctx, sha, name, registered))
            continue
        if _find(layout.inbox, name, sha) is not None:
            done.append(Recovered(sha, name, "requeued"))
            continue
        for folder, outcome in ((layout.review, "review"), (layout.quarantine, "quarantined")):
            found = _find(folder, name, sha)
            if found is not None:
                state(ctx.ledger, sha, name, outcome, destination=str(found), reason="recovered after restart")
                done.append(Recovered(sha, name, outcome))
                break
        else:
            state(ctx.ledger, sha, name, "gone", reason="file no longer present after restart")
            done.append(Recovered(sha, name, "gone"))
    for item in done:
        log.warning("recovered %s (%s): %s", item.name, item.sha256[:12], item.action)
    return done


def _complete(ctx: Context, sha: str, name: str, registered: DocumentRecord) -> Recovered:
    registry = registered.registry
    level = registered.level
    archive_path = Path(registered.archive_path or ctx.layout.archive / registry / name)
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
    write_bytes_atomic(folder / f"{Path(name).stem}.{registry}.report.json", report, overwrite=True)
    state(ctx.ledger, sha, name, "marked", registry=registry, recovered=True)
    return Recovered(sha, name, "completed")
