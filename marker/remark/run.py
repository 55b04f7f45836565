"""Running a re-marking over an archive: walk, plan and rewrite in parallel, journal, report.

Workers read (in an `Isolation` worker, so a crashing file is one "error"), plan and write files;
the parent is the only writer to the ledger. Every change is a `remarked` event keyed by the run
id, the file's path and its SHA-256 before and after, which is also the journal a rerun resumes
from: a file whose current hash is a recorded "before" (out mode) or "after" (in place) is done.
In place, the original is kept as `<name>.orig` until the run ends, so a run killed between
replacing a file and recording it finds the pair (`.orig`, new file) and records it then.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marker.atomic import TEMP_PREFIX, remove_stale_temps, write_bytes_atomic
from marker.domain.labels import remark_action_label
from marker.errors import MijiError, NeedsReview, UsageError
from marker.reading.inputs import is_document_name, is_junk
from marker.remark.plan import Known, Plan, RemarkOptions, change_for, plan_for, within_a_year
from marker.settings import Limits

# What re-marking rewrites in place (strike-through and 解密); other formats count as other files.
REMARKABLE = frozenset({".pdf", ".docx", ".txt", ".md"})

if TYPE_CHECKING:
    from marker.domain.policy import Policy
    from marker.ledger.store import Ledger
    from marker.reading.documents import Document

log = logging.getLogger(__name__)

MODES = ("dry", "out", "in_place", "summary")
ORIG_SUFFIX = ".orig"
EVENT = "remarked"
CHUNK_MAX = 8
RECYCLE_AFTER = 500


@dataclass(frozen=True, slots=True)
class JournalEntry:
    run: str
    sha_before: str
    sha_after: str
    plan: Plan


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a worker needs, shipped once per worker (or scattered once to a cluster)."""

    root: Path
    mode: str
    out: Path | None
    policy: Policy
    options: RemarkOptions
    limits: Limits
    run_id: str
    workspace: Path | None = None
    known: dict[str, Known] = field(default_factory=dict)
    registered: dict[str, str] = field(default_factory=dict)
    journal: dict[str, tuple[JournalEntry, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FileResult:
    rel: str
    kind: str
    plan: Plan
    sha_before: str | None = None
    sha_after: str | None = None
    output: str | None = None
    state: str = "planned"  # planned | written | recovered | resumed | marked

    @property
    def action(self) -> str:
        return self.plan.action


@dataclass(frozen=True, slots=True)
class RunConfig:
    root: Path
    mode: str
    options: RemarkOptions
    out: Path | None = None
    jobs: int = 1
    executor: str | None = None
    keep_originals: bool = False
    limits: Limits = field(default_factory=Limits)
    workspace: Path | None = None  # its retrained model suggests levels for unmarked files


@dataclass(frozen=True, slots=True)
class Report:
    run_id: str
    mode: str
    results: tuple[FileResult, ...]
    other_files: int
    as_of: date

    @property
    def by_action(self) -> Counter[str]:
        return Counter(r.action for r in self.results)

    @property
    def by_level(self) -> Counter[str]:
        return Counter(r.plan.level_after for r in self.results if r.action != "error")

    @property
    def errors(self) -> list[FileResult]:
        return [r for r in self.results if r.action == "error"]

    @property
    def for_a_person(self) -> list[FileResult]:
        return [r for r in self.results if r.plan.needs_person]

    def summary_counts(self) -> dict[str, int]:
        """What an archive holds, for `--summary`."""
        ok = [r for r in self.results if r.action != "error"]
        expired = [r for r in ok if r.plan.expiry is not None and r.plan.expiry <= self.as_of
                   and not r.plan.reason.startswith("已于")]
        return {
            "files": len(self.results), "other_files": self.other_files,
            "unmarked": sum(1 for r in ok if r.plan.old_level is None),
            "expired": len(expired),
            "expiring_within_a_year": sum(1 for r in ok if within_a_year(r.plan.expiry, self.as_of)),
            "unreadable": len(self.errors),
        }


# --- walking ------------------------------------------------------------------------------------
def walk(root: Path, *, exclude: Path | None = None) -> tuple[list[str], int]:
    """Document files under `root` (relative, sorted) and the number of other files skipped."""
    documents: list[str] = []
    others = 0
    skip = exclude.resolve() if exclude is not None else None
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        if skip is not None:
            dirs[:] = [d for d in dirs if (here / d).resolve() != skip]
        dirs.sort()
        for name in sorted(names):
            path = here / name
            if path.is_symlink() or name.endswith(ORIG_SUFFIX) or name.startswith(TEMP_PREFIX) or is_junk(name):
                continue
            if is_document_name(path) and path.suffix.lower() in REMARKABLE:
                documents.append(path.relative_to(root).as_posix())
            else:
                others += 1
    return documents, others


def run_id_for(config: RunConfig, policy: Policy) -> str:
    """Same archive, options and policy → same id, so a rerun resumes instead of starting over."""
    data = json.dumps({
        "root": str(config.root.resolve()), "mode": config.mode,
        "out": str(config.out.resolve()) if config.out else None,
        "as_of": config.options.as_of.isoformat(), "declassify": config.options.declassify_expired,
        "mark": config.options.mark_unmarked, "policy": hashlib.sha256(repr(policy).encode()).hexdigest(),
    }, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()[:16]


# --- the worker side ----------------------------------------------------------------------------
_CONTEXT: Context | None = None
_LOCAL = threading.local()


def _init_worker(context: Context, parent_pid: int) -> None:
    """Workers stop when the parent is killed (even by kill -9): no orphan writes after it."""
    global _CONTEXT
    _CONTEXT = context
    from marker.worker.isolation import limit_memory

    limit_memory(context.limits.worker_memory_mb)  # the rewrite of each file happens in this process
    with contextlib.suppress(Exception):
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    threading.Thread(target=_watch_parent, args=(parent_pid,), daemon=True).start()


def _watch_parent(pid: int) -> None:
    pause = threading.Event()
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:
            pass
        pause.wait(0.2)


def _isolation() -> Any:
    """One warm reader process per worker thread, renewed every `RECYCLE_AFTER` files: its CPU
    limit counts over its whole life, and a long archive must not run a healthy reader out of it."""
    iso = getattr(_LOCAL, "isolation", None)
    uses = getattr(_LOCAL, "uses", 0)
    if iso is not None and uses >= RECYCLE_AFTER:
        iso.close()
        iso = None
    if iso is None:
        from marker.worker.isolation import worker_for

        iso = _LOCAL.isolation = worker_for(_CONTEXT.limits if _CONTEXT else Limits())
        uses = 0
    _LOCAL.uses = uses + 1
    return iso


def _read(path: Path, limits: Limits) -> Document:
    """Read in the isolated reader; a crash is retried once in a fresh one before it counts."""
    from marker.errors import ReaderCrashed

    try:
        return _isolation().read(path, limits, full_text=False)
    except ReaderCrashed:
        log.info("reader crashed on %s; retrying once", path.name)
        return _isolation().read(path, limits, full_text=False)


def process_chunk(rels: Sequence[str], context: Context | None = None) -> list[FileResult]:
    ctx = context or _CONTEXT
    assert ctx is not None, "worker has no context"
    return [process_file(ctx, rel) for rel in rels]


def _error(rel: str, exc: BaseException, kind: str = "") -> FileResult:
    message = exc.message if isinstance(exc, MijiError) else "文件无法处理 (the file cannot be processed)"
    return FileResult(rel, kind or Path(rel).suffix.lstrip(".").lower(), Plan("error", message))


def _sha(path: Path) -> str:
    from marker.reading.documents import sha256_file

    return sha256_file(path)


def process_file(ctx: Context, rel: str) -> FileResult:
    """Read, plan and (unless dry) write one file. Never raises for a bad file."""
    path = ctx.root / rel
    try:
        if ctx.mode == "in_place":
            recovered = _recover(ctx, rel)
            if recovered is not None:
                return recovered
        document = _read(path, ctx.limits)
    except MijiError as exc:
        return _error(rel, exc)
    for entry in ctx.journal.get(rel, ()) if ctx.mode in ("out", "in_place") else ():
        if entry.run == ctx.run_id and document.sha256 in (entry.sha_before, entry.sha_after):
            return FileResult(rel, document.kind, entry.plan, entry.sha_before, entry.sha_after, state="resumed")
    try:
        if ctx.mode == "summary":
            return FileResult(rel, document.kind, _summary_plan(document), document.sha256)
        plan = plan_for(document, ctx.policy, ctx.options, known=ctx.known, registered=ctx.registered,
                        suggest=lambda: _suggest(document, ctx.policy, ctx.workspace))
        if plan.changes_mark and document.kind not in ("pdf", "docx"):
            plan = replace(plan, action="keep", needs_person=True,
                           reason=f"{document.kind.upper()} 暂不支持改标，需人工处理 (re-marking this format is not "
                                  f"supported yet): {plan.reason}")
        if ctx.mode == "dry" or not plan.changes_mark:
            return FileResult(rel, document.kind, plan, document.sha256)
        return _write(ctx, rel, document, plan)
    except MijiError as exc:
        return _error(rel, exc, document.kind)
    except Exception as exc:  # one bad file must not stop an archive
        log.debug("re-marking failed on %s", rel, exc_info=True)
        return _error(rel, exc, document.kind)


def _suggest(document: Document, policy: Policy, workspace: Path | None) -> Any:
    from marker.intake.suggest import suggest_for

    return suggest_for(document, policy, workspace=workspace)


def _summary_plan(document: Document) -> Plan:
    from marker.domain.periods import PeriodError, parse_period
    from marker.remark.plan import current_expiry

    mark = document.existing_mark
    if mark is None:
        return Plan("keep", "未标密 (unmarked)")
    try:
        period = parse_period(mark.period) if mark.period else None
    except PeriodError:
        period = None
    declassified = mark.fields.get("declassified")
    return Plan("keep", f"已于 {declassified} 解密" if declassified else "", old_level=mark.level,
                old_period=mark.period, expiry=current_expiry(document, mark, period), registry=mark.registry)


def _write(ctx: Context, rel: str, document: Document, plan: Plan) -> FileResult:
    """The worker that read the file rewrites it and writes the result (and, in place, keeps the
    original as `.orig` first): the file is not read again here nor shipped through the pipe."""
    path = ctx.root / rel
    if ctx.mode == "in_place":
        target, orig = path, _orig(path)
    else:
        assert ctx.out is not None
        target, orig = ctx.out / rel, None
    change = change_for(plan, document.existing_mark, ctx.policy)
    after = _isolation().rewrite(document.kind, path, document.sha256, change, plan.old_level, rel, out=target,
                                 orig=orig)
    return FileResult(rel, document.kind, plan, document.sha256, after, str(target), "written")


def _orig(path: Path) -> Path:
    return path.with_name(path.name + ORIG_SUFFIX)


def _recover(ctx: Context, rel: str) -> FileResult | None:
    """In place: a file replaced by a killed run but not yet recorded (its `.orig` differs)."""
    path = ctx.root / rel
    orig = _orig(path)
    if not orig.is_file():
        return None
    before, after = _sha(orig), _sha(path)
    if before == after or any(after == e.sha_after for e in ctx.journal.get(rel, ())):
        return None
    with tempfile.TemporaryDirectory(prefix="miji-remark-") as scratch:
        copy = Path(scratch) / path.name
        shutil.copyfile(orig, copy)
        document = _read(copy, ctx.limits)
        plan = plan_for(document, ctx.policy, ctx.options, known=ctx.known, registered=ctx.registered,
                        suggest=lambda: _suggest(document, ctx.policy, ctx.workspace))
    return FileResult(rel, document.kind, plan, before, after, str(path), "recovered")


# --- executors ----------------------------------------------------------------------------------
class _Pool:
    """Local worker processes (forkserver: no fork of a parent that runs threads)."""

    def __init__(self, jobs: int, context: Context) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
        self._pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                                         initializer=_init_worker, initargs=(context, os.getpid()))

    def results(self, chunks: Sequence[Sequence[str]]) -> Iterator[list[FileResult]]:
        from concurrent.futures import as_completed

        futures = {self._pool.submit(process_chunk, list(chunk)): chunk for chunk in chunks}
        for future in as_completed(futures):
            yield future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Per-file work on an existing Dask cluster (`miji[cluster]`); the context is sent once."""

    def __init__(self, address: str, context: Context) -> None:
        try:
            from distributed import Client
        except ImportError as exc:
            raise UsageError("--executor dask:// 需要 dask：pip install 'miji[cluster]'") from exc
        target = address.removeprefix("dask://")
        try:
            self._client = Client(target if "://" in target else f"tcp://{target}", timeout=30)
        except OSError as exc:
            raise UsageError(f"无法连接 Dask 集群 (cannot reach the cluster) {address}: {exc}") from exc
        self._context = self._client.scatter(context, broadcast=True, hash=False)

    def results(self, chunks: Sequence[Sequence[str]]) -> Iterator[list[FileResult]]:
        from distributed import as_completed

        futures = [self._client.submit(process_chunk, list(chunk), self._context, pure=False) for chunk in chunks]
        for future in as_completed(futures):
            yield future.result()

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()


def _chunks(rels: Sequence[str], jobs: int) -> list[list[str]]:
    size = max(1, min(CHUNK_MAX, len(rels) // max(1, jobs * 8)))
    return [list(rels[i:i + size]) for i in range(0, len(rels), size)]


# --- the parent ---------------------------------------------------------------------------------
def _plan_from_payload(payload: dict[str, Any]) -> Plan:
    def day(key: str) -> date | None:
        return date.fromisoformat(payload[key]) if payload.get(key) else None

    return Plan(payload.get("action", "keep"), payload.get("reason", ""), old_level=payload.get("old_level"),
                old_period=payload.get("old_period"), new_level=payload.get("new_level"),
                new_period=payload.get("new_period"), new_expiry=day("new_expiry"),
                declassified=day("declassified"), registry=payload.get("registry"))


def ledger_knowledge(ledger: Ledger | None, root: Path) -> tuple[dict[str, Known], dict[str, str],
                                                                 dict[str, tuple[JournalEntry, ...]]]:
    """Categories by registry, registry by original hash, and this archive's journal."""
    known: dict[str, Known] = {}
    registered: dict[str, str] = {}
    journal: dict[str, list[JournalEntry]] = {}
    if ledger is None:
        return known, registered, {}
    from marker.ledger.registers import documents, events_for_archive

    for record in documents(ledger):
        known[record.registry] = Known(record.category, record.decided_by, record.level, record.period,
                                       record.expiry, record.declassified)
        if record.original_sha256:
            registered.setdefault(record.original_sha256, record.registry)
    for event in events_for_archive(ledger, EVENT, str(root.resolve())):
        p = event.payload
        entry = JournalEntry(p.get("run", ""), p.get("sha_before", ""), p.get("sha_after", ""),
                             _plan_from_payload({**p, "registry": event.registry}))
        journal.setdefault(p.get("path", ""), []).append(entry)
    return known, registered, {rel: tuple(entries) for rel, entries in journal.items()}


def _payload(result: FileResult, run_id: str, root: Path, mode: str, as_of: date) -> dict[str, Any]:
    plan = result.plan
    return {
        "run": run_id, "archive": str(root.resolve()), "path": result.rel, "action": plan.action,
        "old_level": plan.old_level, "old_period": plan.old_period, "new_level": plan.new_level,
        "new_period": plan.new_period, "new_expiry": plan.new_expiry.isoformat() if plan.new_expiry else None,
        "declassified": plan.declassified.isoformat() if plan.declassified else None, "reason": plan.reason,
        "sha_before": result.sha_before, "sha_after": result.sha_after, "output": result.output,
        "in_place": mode == "in_place", "as_of": as_of.isoformat(),
    }


def run_remark(config: RunConfig, policy: Policy, ledger: Ledger | None, *, actor: str,
               on_result: Callable[[FileResult, int, int], None] | None = None) -> Report:
    """Re-mark (or plan, or summarise) an archive; safe to rerun after any interruption."""
    root = config.root
    if config.mode not in MODES:
        raise UsageError(f"unknown mode {config.mode!r}")
    if not root.is_dir():
        raise UsageError("不是目录 (not a folder)", path=root)
    if config.mode == "out":
        if config.out is None:
            raise UsageError("需要 --out DIR、--in-place 或 --dry-run (give --out DIR, --in-place or --dry-run)")
        if config.out.resolve() == root.resolve():
            raise UsageError("--out 不能是归档目录本身 (use --in-place to change files in place)")
    rels, others = walk(root, exclude=config.out)
    run_id = run_id_for(config, policy)
    writes = config.mode in ("out", "in_place")
    if writes:
        for folder in (root if config.mode == "in_place" else config.out,):
            for stale in remove_stale_temps(folder) if folder else ():
                log.info("removed stale temporary file %s", stale)
    known, registered, journal = ledger_knowledge(ledger, root)
    context = Context(root=root, mode=config.mode, out=config.out, policy=policy, options=config.options,
                      limits=config.limits, run_id=run_id, workspace=config.workspace, known=known,
                      registered=registered, journal=journal)
    runner: _Pool | _Dask = (_Dask(config.executor, context) if config.executor
                             else _Pool(max(1, config.jobs), context))
    results: list[FileResult] = []
    to_mark: list[FileResult] = []
    try:
        for batch in runner.results(_chunks(rels, max(1, config.jobs))):
            recorded = [r for r in batch if r.state in ("written", "recovered")]
            if recorded and ledger is not None:
                with ledger.transaction():
                    for result in recorded:
                        ledger.append(EVENT, _payload(result, run_id, root, config.mode, config.options.as_of),
                                      registry=result.plan.registry, actor=actor)
                        _record_declassification(ledger, result, actor)
            for result in batch:
                if result.action == "mark" and writes:
                    to_mark.append(result)
                    continue
                results.append(result)
                if on_result:
                    on_result(result, len(results) + len(to_mark), len(rels))
    finally:
        runner.close()
    if to_mark:
        assert ledger is not None
        for result in _mark_all(sorted(to_mark, key=lambda r: r.rel), config, policy, ledger, actor):
            results.append(result)
            if on_result:
                on_result(result, len(results), len(rels))
    if config.mode == "in_place" and not config.keep_originals:
        for result in results:
            if result.state not in ("written", "recovered", "resumed"):
                continue
            with contextlib.suppress(OSError):
                _orig(root / result.rel).unlink(missing_ok=True)
    results.sort(key=lambda r: r.rel)
    return Report(run_id, config.mode, tuple(results), others, config.options.as_of)


def _record_declassification(ledger: Ledger, result: FileResult, actor: str) -> None:
    """A registered document declassified by this run is declassified in the ledger from now on."""
    from marker.ledger.registers import document, record_declassified

    plan = result.plan
    if plan.action != "declassify" or not plan.registry or plan.declassified is None:
        return
    record = document(ledger, plan.registry)
    if record is not None and not record.declassified:
        record_declassified(ledger, record, on=plan.declassified.isoformat(), reason=plan.reason, actor=actor)


def _mark_all(results: Sequence[FileResult], config: RunConfig, policy: Policy, ledger: Ledger,
              actor: str) -> Iterator[FileResult]:
    """Unmarked drafts go through the one marking road, unattended (the auto-apply gate holds),
    one by one in path order (so registry numbers do not depend on --jobs)."""
    from marker.intake.mark import mark_file
    from marker.worker.isolation import worker_for

    worker = worker_for(config.limits)
    try:
        for result in results:
            path = config.root / result.rel
            out_dir = (config.out / result.rel).parent if config.mode == "out" and config.out else path.parent
            try:
                marked = mark_file(path, policy, ledger, worker=worker, actor=actor, out_dir=out_dir,
                                   limits=config.limits, workspace=config.workspace, confirmed=False)
            except NeedsReview as exc:
                yield replace(result, plan=replace(result.plan, action="keep", reason=exc.message,
                                                   needs_person=True))
                continue
            except MijiError as exc:
                yield replace(result, plan=Plan("error", exc.message))
                continue
            copy = marked.copies[0]
            facts = marked.facts
            yield replace(result, plan=replace(result.plan, new_level=facts.level, new_period=facts.period,
                                               new_expiry=facts.expiry, registry=marked.registry,
                                               category=marked.decision.category),
                          sha_after=copy.sha256, output=str(copy.path), state="marked")
    finally:
        worker.close()


# --- the report ---------------------------------------------------------------------------------
REPORT_COLUMNS = ("path", "kind", "action", "action_label", "needs_person", "reason", "old_level", "old_period",
                  "new_level", "new_period", "new_expiry", "declassified", "expiry", "registry", "sha_before",
                  "sha_after", "output", "state")


def result_row(result: FileResult) -> dict[str, Any]:
    plan = result.plan
    return {
        "path": result.rel, "kind": result.kind, "action": plan.action,
        "action_label": remark_action_label(plan.action), "needs_person": plan.needs_person,
        "reason": plan.reason, "old_level": plan.old_level, "old_period": plan.old_period,
        "new_level": plan.new_level, "new_period": plan.new_period,
        "new_expiry": plan.new_expiry.isoformat() if plan.new_expiry else None,
        "declassified": plan.declassified.isoformat() if plan.declassified else None,
        "expiry": plan.expiry.isoformat() if plan.expiry else None, "registry": plan.registry,
        "sha_before": result.sha_before, "sha_after": result.sha_after, "output": result.output,
        "state": result.state,
    }


def write_csv_report(report: Report, path: Path) -> None:
    """The per-file report as CSV (UTF-8 with BOM, so Excel shows the Chinese), written atomically."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for result in report.results:
        writer.writerow({k: ("" if v is None else v) for k, v in result_row(result).items()})
    write_bytes_atomic(path, buffer.getvalue().encode("utf-8-sig"), overwrite=True)
