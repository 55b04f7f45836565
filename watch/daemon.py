"""The watched-folder daemon: decides *when* a dropped file is ready and hands it to the pipeline.

watchdog events plus a start-up scan and a periodic rescan feed a readiness tracker; each ready
file goes through `marker.intake.pipeline.process_file` once. SIGTERM finishes the files in hand and
exits 0; SIGHUP reloads the policy and roster (an invalid new policy is refused and the old kept).

A burst is shared between several limited workers (`[watch] workers`, one per core by default),
each fed by one thread of this process: a *lane*. The lanes take turns on one lock (`_Gate`) for
everything but waiting on their worker, so the ledger has one writer and one connection, files
move one at a time, and reading, classifying and stamping run side by side. Every worker is warmed
(jieba, the model, MuPDF, fonts) before the first file, so the first is no slower than the rest.

Faults stay with the file that caused them: one daemon per workspace (`watch.lock`); a file that
fails the same way `MAX_FAILURES` times is quarantined with the reason; the ledger is verified at
start and after every file, and a chain that does not verify halts marking (drafts wait in the
inbox) until the officer has restored it (docs/SECURITY.md).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from marker.domain.fingerprint import Fingerprint, matches
from marker.errors import ExitCode, LedgerIntegrityError, MijiError
from marker.intake.examine import warm_up as warm_worker
from marker.intake.names import printable
from marker.intake.pipeline import Context, Result, partial_sha, process_file, quarantine
from marker.intake.recovery import recover
from marker.ledger.store import Ledger
from marker.reading.documents import Document
from marker.reading.inputs import is_junk
from marker.settings import Settings
from marker.worker.isolation import Reader, hold_in_workers, open_worker, stop_holding
from marker.workspace import load_installed_policy, open_workspace_ledger
from watch.lock import DaemonLock
from watch.readiness import ReadyTracker
from watch.warm_server import Request, WarmServer, answer, serve_pending
from watch.workspace_setup import ensure_workspace

log = logging.getLogger(__name__)
TICK_SECONDS = 0.1
OUTCOME_ZH = {"marked": "已标密", "review": "待确认", "quarantined": "已隔离", "skipped": "已跳过", "error": "错误"}
SUMMARY_KEYS = ("marked", "review", "quarantined", "error")
MAX_FAILURES = 3  # the same file failing this many times is quarantined with the reason
STARTUP_SECONDS = 30.0  # a worker replaced after a failure loads jieba and the model on its next file's time


class _Gate:
    """The one lock the lanes take turns on: whoever holds it uses the ledger connection, the
    policy and the folders. A lane lets go only while it waits for its own worker, and never in
    the middle of a ledger transaction (another lane's events would join it)."""

    def __init__(self, ledger: Ledger) -> None:
        self._lock = threading.Lock()
        self._turn = threading.Condition(self._lock)
        self._owner: int | None = None
        self.ledger = ledger
        self._claims: dict[int, tuple[str, Fingerprint]] = {}

    def __enter__(self) -> _Gate:
        self._lock.acquire()
        self._owner = threading.get_ident()
        return self

    def __exit__(self, *exc: object) -> None:
        self._owner = None
        self._lock.release()

    @contextlib.contextmanager
    def claim(self, document: Document, found: Fingerprint) -> Iterator[None]:
        """Hold the gate's turn for this content: a lane whose draft is the same as, or quotes, one
        still in flight waits (lock released) until that one is registered or placed, so it is
        then recognised as a duplicate, a copy or a quotation, exactly as one lane would find it."""
        me = threading.get_ident()
        if self._owner == me:
            self._owner = None
            self._turn.wait_for(lambda: not any(_same_content(document.sha256, found, *other)
                                                for lane, other in self._claims.items() if lane != me))
            self._owner = me
        self._claims[me] = (document.sha256, found)
        try:
            yield
        finally:
            self._claims.pop(me, None)
            if self._owner == me:
                self._turn.notify_all()

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        if self._owner != threading.get_ident() or self.ledger.in_transaction:
            yield
            return
        self.__exit__()
        try:
            yield
        finally:
            self.__enter__()


def _same_content(sha: str, found: Fingerprint, other_sha: str, other: Fingerprint) -> bool:
    if sha == other_sha:
        return True
    if not (found.recognisable and other.recognisable):
        return False
    return bool(matches(found, [(0, other)]) or matches(other, [(0, found)]))


_STOP = 1  # job priorities: a waiting command first, then the lanes' stop, then files
_REQUEST, _FILE = 0, 2
Job = Callable[[Context], object]


class _Events:
    """watchdog handler: every path event goes into a thread-safe queue."""

    def __init__(self, sink: queue.SimpleQueue[Path], wake: threading.Event | None = None) -> None:
        self.sink = sink
        self.wake = wake  # the main loop notes a drop now, not at its next tick

    def dispatch(self, event: Any) -> None:
        if event.is_directory:
            return
        for attr in ("src_path", "dest_path"):
            raw = getattr(event, attr, None)
            if raw:
                self.sink.put(Path(raw if isinstance(raw, str) else raw.decode()))
                if self.wake is not None:
                    self.wake.set()


def _observer(inbox: Path, polling: bool, sink: queue.SimpleQueue[Path], rescan: float,
              wake: threading.Event | None = None) -> Any:
    if polling:
        from watchdog.observers.polling import PollingObserver

        observer = PollingObserver(timeout=max(1.0, min(rescan, 5.0)))
    else:
        from watchdog.observers import Observer

        observer = Observer()
    observer.schedule(_Events(sink, wake), str(inbox), recursive=True)
    try:
        observer.start()
    except OSError as exc:  # inotify unavailable or out of watches: network shares, containers
        if polling:
            raise
        log.warning("无法使用 inotify，改为轮询 (inotify unavailable, falling back to polling): %s", exc)
        return _observer(inbox, True, sink, rescan, wake)
    return observer


class Daemon:
    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic,
                 isolate: bool = True) -> None:
        if not isolate:  # tests that measure the pipeline alone
            settings = replace(settings, isolate=False)
        self.settings = settings
        settings.workspace.mkdir(parents=True, exist_ok=True)
        self.lock = DaemonLock(settings.workspace)
        self.lock.acquire()
        try:
            self.layout = ensure_workspace(settings)
            self.ledger = open_workspace_ledger(settings)
        except BaseException:
            self.lock.release()
            raise
        assert self.lock.fd is not None
        hold_in_workers(self.lock.fd)
        self.failures: dict[Path, int] = {}
        self.given_up: dict[Path, tuple[int, int]] = {}  # path → (size, mtime) it had when we gave up
        self.halted: str | None = None
        self.clock = clock
        self.tracker = ReadyTracker(settings.watch.quiet_seconds, clock)
        self.events: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self.stopping = threading.Event()
        self.reload_requested = threading.Event()
        self.gate = _Gate(self.ledger)
        self.readers: list[Reader] = [open_worker(settings) for _ in range(settings.watch.worker_count)]
        for reader in self.readers:
            reader.release_while_waiting(self.gate.released)
            reader.allow_for_start(STARTUP_SECONDS)
        self.worker = self.readers[0]
        self.ctx = self._context()
        self.processed = 0
        self.counts: Counter[str] = Counter()
        self.requests: queue.SimpleQueue[Request] = queue.SimpleQueue()  # answered when no lane runs
        self.jobs: queue.PriorityQueue[tuple[int, int, Job | None]] = queue.PriorityQueue()
        self.order = itertools.count()
        self.in_hand: set[Path] = set()  # queued for or being processed by a lane
        self.lanes: list[threading.Thread] = []
        self.wake = threading.Event()
        self.signing = contextlib.ExitStack()
        self.signing.enter_context(self.ledger.checkpoints_deferred())

    def _context(self) -> Context:
        return Context.of(self.settings, ledger=self.ledger, worker=self.worker)

    # --- signals ----------------------------------------------------------------------------
    def install_signals(self) -> None:
        signal.signal(signal.SIGTERM, lambda *_: self._stop())
        signal.signal(signal.SIGINT, lambda *_: self._stop())
        signal.signal(signal.SIGHUP, lambda *_: (self.reload_requested.set(), self.wake.set()))

    def _stop(self) -> None:
        self.stopping.set()
        self.wake.set()

    def reload(self) -> None:
        """Re-read policy and roster; a bad policy is refused and the running one kept."""
        with self.gate:
            self._reload()

    def _reload(self) -> None:
        try:
            policy = load_installed_policy(self.settings, self.ledger)
        except MijiError as exc:
            log.error("新策略无效，继续使用 %s (policy reload refused, keeping %s): %s", self.ctx.policy.name,
                      self.ctx.policy.name, exc)
            return
        self.ctx = Context.of(self.settings, policy=policy, ledger=self.ledger, worker=self.worker)
        log.info("已重新加载策略 %s (policy reloaded)", policy.name)

    # --- work -------------------------------------------------------------------------------
    def scan(self) -> None:
        for path in sorted(self.layout.inbox.rglob("*")):
            if (path.is_file() or path.is_symlink()) and not is_junk(path.name) and path not in self.tracker \
                    and path not in self.in_hand and not self._skipped(path):
                self.tracker.touch(path)

    # --- the chain --------------------------------------------------------------------------
    def check_chain(self) -> bool:
        """Incremental verification (from the last verified head); on failure marking halts."""
        if self.halted is not None:
            return False
        try:
            result = self.ledger.verify_incremental()
        except MijiError as exc:
            self.halt(str(exc))
            return False
        if not result.ok:
            self.halt(result.reason)
            return False
        return True

    def halt(self, reason: str) -> None:
        self.halted = reason
        log.error("登记簿完整性校验失败，已停止标密和发放，草稿留在收件箱；按 docs/SECURITY.md 恢复后重启 "
                  "(ledger integrity failure: marking and issuing stopped, drafts wait in the inbox): %s",
                  printable(reason))

    def log_checkpoint(self) -> None:
        head = self.ledger.verified_head
        if head is not None:
            log.info("登记簿签名检查点 events=%d head=%s (ledger checkpoint)", head[0], head[1])

    # --- one file -----------------------------------------------------------------------------
    def _skipped(self, path: Path) -> bool:
        """A file we gave up on stays skipped until it changes."""
        mark = self.given_up.get(path)
        if mark is None:
            return False
        try:
            info = path.lstat()
        except OSError:
            self.given_up.pop(path, None)
            return True
        if (info.st_size, info.st_mtime_ns) == mark:
            return True
        self.given_up.pop(path, None)
        return False

    def handle(self, path: Path, ctx: Context | None = None) -> Result | None:
        """One ready file, start to finish (on a lane, holding the gate; or directly, in tests)."""
        if not (path.exists() or path.is_symlink()) or self._skipped(path):
            return None
        if not self.check_chain():
            return None
        started = time.perf_counter()
        try:
            result = process_file(ctx or self.ctx, path)
        except LedgerIntegrityError as exc:
            self.halt(str(exc))
            return None
        except Exception as exc:  # one bad file never stops the daemon
            return self._failed(path, exc, ctx or self.ctx)
        finally:
            head = self.ledger.take_unsigned()
            if head is not None:
                with self.gate.released():  # the checkpoint only moves forward, under its own file lock
                    self.ledger.save_checkpoint(*head)
        self.failures.pop(path, None)
        self.processed += 1
        self.counts[result.outcome] += 1
        log.info("%s %s 登记号=%s 密级=%s %s (%s, %d ms)", OUTCOME_ZH.get(result.outcome, result.outcome),
                 printable(result.name), result.registry or "-", result.level or "-", printable(result.reason),
                 result.outcome, round((time.perf_counter() - started) * 1000))
        if self.check_chain():
            self.log_checkpoint()
        return result

    def _failed(self, path: Path, exc: Exception, ctx: Context) -> Result | None:
        self.counts["error"] += 1
        count = self.failures.get(path, 0) + 1
        self.failures[path] = count
        what = printable(f"{type(exc).__name__}: {exc}")
        if count == 1:
            log.exception("处理 %s 时发生意外错误 (unexpected failure)", printable(path.name))
        else:
            log.error("处理失败 %d/%d：%s：%s (failure)", count, MAX_FAILURES, printable(path.name), what)
        if count < MAX_FAILURES:
            return None
        self.failures.pop(path, None)
        try:
            size = path.lstat().st_size
            result = quarantine(ctx, path, partial_sha(path, size), f"连续 {count} 次处理失败：{what}",
                                f"failed {count} times the same way: {what}")
        except Exception:
            with_mark = path.lstat() if path.exists() else None
            if with_mark is not None:
                self.given_up[path] = (with_mark.st_size, with_mark.st_mtime_ns)
            log.error("%s 也无法隔离，在其改变前跳过 (cannot quarantine; skipped until it changes)",
                      printable(path.name))
            return None
        log.warning("已隔离 %s（失败 %d 次）：%s (quarantined after repeated failures)", printable(path.name),
                    count, what)
        return result

    def summary(self) -> str:
        """One line for the end of a run: 已标密 N / 待确认 N / 已隔离 N / 错误 N."""
        return " / ".join(f"{OUTCOME_ZH[key]} {self.counts[key]}" for key in SUMMARY_KEYS)

    def drain_events(self) -> None:
        inbox = self.layout.inbox.resolve()
        while True:
            try:
                path = self.events.get_nowait()
            except queue.Empty:
                return
            try:  # the folder, never the name: a symlink loop dropped in the inbox must not stop the daemon
                folder = path.parent.resolve()
            except (OSError, RuntimeError):
                continue
            inside = folder == inbox or inbox in folder.parents
            if inside and not is_junk(path.name) and path not in self.in_hand:
                self.tracker.touch(path)

    # --- the lanes ------------------------------------------------------------------------------
    def start_lanes(self, count: int | None = None) -> None:
        """One thread per worker; each takes the next job in turn (a waiting command before files)."""
        for reader in self.readers[: count or len(self.readers)]:
            lane = threading.Thread(target=self._lane, args=(reader,), name="miji-lane", daemon=True)
            lane.start()
            self.lanes.append(lane)

    def _lane(self, reader: Reader) -> None:
        while True:
            _, _, job = self.jobs.get()
            if job is None:
                return
            with self.gate:
                try:
                    job(replace(self.ctx, worker=reader, claim=self.gate.claim, unlocked=self.gate.released))
                except Exception:  # a job never takes its lane down
                    log.exception("处理通道任务失败 (lane job failed)")

    def stop_lanes(self) -> None:
        """Let each lane finish the file in hand (and any waiting command), then end."""
        for _ in self.lanes:
            self.jobs.put((_STOP, next(self.order), None))
        for lane in self.lanes:
            lane.join()
        self.lanes.clear()
        self.in_hand.clear()

    def _pause(self) -> float:
        """Until the next tick, or sooner when a watched file's quiet delay ends before it."""
        due = self.tracker.due_in()
        return TICK_SECONDS if due is None else min(TICK_SECONDS, max(due, 0.005))

    def queue_ready(self) -> None:
        for path in self.tracker.ready():
            if path not in self.in_hand:
                self.in_hand.add(path)
                self.jobs.put((_FILE, next(self.order), self._file_job(path)))

    def _file_job(self, path: Path) -> Job:
        def run(ctx: Context) -> None:
            try:
                if not self.stopping.is_set():
                    self.handle(path, ctx)
            finally:
                self.in_hand.discard(path)
                self.wake.set()
        return run

    def warm_workers(self) -> None:
        """Load jieba, the model, MuPDF and the fonts in every worker, side by side, before the first file."""
        for reader in self.readers:
            reader.start()  # here: a worker started by a thread is killed when that thread ends
        threads = [threading.Thread(target=self._warm, args=(reader,), daemon=True) for reader in self.readers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def _warm(self, reader: Reader) -> None:
        try:
            reader.warm(warm_worker, self.ctx.policy, self.layout.root)
        except MijiError as exc:
            log.warning("预热失败 (warm-up failed): %s", exc)

    def close(self) -> None:
        for reader in self.readers:
            reader.close()
        self.signing.close()
        self.ledger.close()
        if self.lock.fd is not None:
            stop_holding(self.lock.fd)
        self.lock.release()

    def start(self) -> None:
        """Verify the chain, then recover; recovery acts on nothing while the chain is broken,
        and no file's state can stop the daemon from starting. The chain is walked from the signed
        checkpoint (O(events since the last check); `miji ledger verify` walks it all); later checks
        go on from the verified head."""
        try:
            result = self.ledger.verify(incremental=True)
        except MijiError as exc:
            self.halt(str(exc))
            return
        if not result.ok:
            self.halt(result.reason)
            return
        self.log_checkpoint()
        try:
            recover(self.ctx)
        except LedgerIntegrityError as exc:
            self.halt(str(exc))
        except Exception:
            log.exception("重启恢复失败，继续处理收件箱 (restart recovery failed; carrying on)")

    def run_once(self) -> int:
        """Process everything in the inbox now (cron): wait only until each file is stable."""
        try:
            return self._run_once()
        finally:
            self.close()

    def _run_once(self) -> int:
        log.info("开始处理收件箱 %s（单次，策略 %s）(oneshot start)", self.layout.inbox, self.ctx.policy.name)
        self.start()
        self.scan()
        self.start_lanes(min(len(self.readers), max(1, len(self.tracker))))  # workers start at their first file
        try:
            while (len(self.tracker) or self.in_hand) and not self.stopping.is_set():
                self.queue_ready()
                self.wake.wait(self._pause())
                self.wake.clear()
        finally:
            self.stop_lanes()
        log.info("处理完毕 (oneshot done): %s", self.summary())
        return int(ExitCode.LEDGER_INTEGRITY) if self.halted else 0

    def submit(self, request: Request) -> None:
        """From the warm socket's threads: the next free lane answers it, before any waiting file."""
        self.requests.put(request)
        self.jobs.put((_REQUEST, next(self.order), self._request_job))

    def _request_job(self, ctx: Context) -> None:
        with contextlib.suppress(queue.Empty):
            answer(self.requests.get_nowait(), ctx)

    def _start_warm(self) -> WarmServer | None:
        server = WarmServer(self.layout.root, self.submit, max_bytes=self.settings.limits.max_bytes,
                             at_once=max(2, len(self.readers)))
        try:
            return server if server.start() else None
        except OSError as exc:  # a read-only run/ folder, a file system without sockets
            log.warning("无法开启快速通道，命令将冷启动 (warm socket unavailable, commands run cold): %s", exc)
            return None

    def run_forever(self) -> int:
        self.start()
        self.warm_workers()
        observer = _observer(self.layout.inbox, self.settings.watch.polling, self.events,
                             self.settings.watch.rescan_seconds, self.wake)
        self.start_lanes()
        warm = self._start_warm()
        log.info("开始监控 %s（策略 %s，%d 个读取进程）(watching; policy %s, %d workers)", self.layout.inbox,
                 self.ctx.policy.name, len(self.readers), self.ctx.policy.name, len(self.readers))
        self.scan()
        next_scan = self.clock() + self.settings.watch.rescan_seconds
        try:
            while not self.stopping.is_set():
                if self.reload_requested.is_set():
                    self.reload_requested.clear()
                    self.reload()
                self.drain_events()
                if self.clock() >= next_scan:
                    self.scan()
                    next_scan = self.clock() + self.settings.watch.rescan_seconds
                self.queue_ready()
                self.wake.wait(self._pause())
                self.wake.clear()
        finally:
            if warm is not None:
                warm.stop()
            self.stop_lanes()
            with self.gate:
                serve_pending(self.requests, self.ctx)  # nobody is left waiting on a closed socket
            observer.stop()
            observer.join(timeout=5)
            self.close()
        log.info("已停止，共处理 %d 个文件 (stopped after %d files): %s", self.processed, self.processed,
                 self.summary())
        return 0
