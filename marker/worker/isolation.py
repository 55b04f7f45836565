"""Reading and stamping in a separate worker process with limits.

MuPDF and lxml are C code: a hostile or broken file can crash them (a signal), hang them, or make
them eat memory. Each worker runs with an address-space and CPU-time limit, and the parent waits
at most a wall-time limit per file; a worker that dies or overruns is killed and replaced, and the
file gets a named error ("读取器崩溃 / reader crashed", "超时 / timed out"). Workers stay warm
between files, so the isolation costs a pipe round-trip, not a process start.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from marker import errors
from marker.domain.marks import CopyFacts, MarkFacts
from marker.errors import MijiError, ReaderCrashed, ReaderTimedOut
from marker.reading.documents import Document, Opened
from marker.settings import Limits, Settings

log = logging.getLogger(__name__)
MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class WorkerLimits:
    memory_mb: int = 1024
    cpu_seconds: int = 60
    wall_seconds: float = 60.0
    output_mode: int = 0o640

    @classmethod
    def of(cls, limits: Limits, output_mode: int = 0o640) -> WorkerLimits:
        return cls(limits.worker_memory_mb, limits.worker_cpu_seconds, float(limits.worker_wall_seconds),
                   output_mode)


def _apply_limits(limits: WorkerLimits) -> None:
    limit_memory(limits.memory_mb)
    _cpu_budget(limits.cpu_seconds)


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space: a hostile file fails here with MemoryError, not the host."""
    import resource

    memory = memory_mb * MB
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))


def _cpu_budget(seconds: int) -> None:
    """Allow `seconds` more CPU from now: RLIMIT_CPU counts a process's whole life, and a warm
    worker must not die of old age, so the soft limit moves forward before each request."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = int(usage.ru_utime + usage.ru_stime) + 1
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (used + seconds, resource.RLIM_INFINITY))


def _error_payload(exc: MijiError) -> tuple[str, str, str | None]:
    return type(exc).__name__, exc.message, str(exc.path) if exc.path else None


def _rebuild(payload: tuple[str, str, str | None]) -> MijiError:
    name, message, path = payload
    cls = getattr(errors, name, errors.CorruptInput)
    if not (isinstance(cls, type) and issubclass(cls, MijiError)):
        cls = errors.CorruptInput
    return cls(message, path=path)


class _Operations:
    """What the worker does on request. The same object serves in-process use, so a command
    behaves the same with or without isolation; only the process boundary differs."""

    def __init__(self) -> None:
        self._stamper: tuple[tuple[str, MarkFacts], Any] | None = None
        self._held: Document | None = None  # the last document read: the one its copies are stamped from
        self._opened: Opened | None = None  # its bytes and parsed tree, for the stamper and re-marking

    def read(self, path: str, limits: Limits, full_text: bool) -> Document:
        from marker.reading.documents import read_opened

        document, opened = read_opened(Path(path), limits, full_text=full_text)
        self._hold(document, opened)
        return document

    def _hold(self, document: Document, opened: Opened) -> None:
        if self._opened is not None:
            self._opened.close()
        self._held, self._opened = document, opened

    def _opened_for(self, document: Document) -> Opened | None:
        """What the reader kept of `document` if it is the one held here (same path, same bytes)."""
        held = self._held
        if held is not None and held.path == document.path and held.sha256 == document.sha256:
            return self._opened
        return None

    def read_and_run(self, path: str, limits: Limits, full_text: bool, function: Callable[..., Any],
                     args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Read a file, keep its Document here, and return `function(document, *args)`: what the caller
        needs of it (the daemon: a suggestion, a fingerprint and the facts, never the text)."""
        return function(self.read(path, limits, full_text), *args, **kwargs)

    def own(self, document: Document) -> Document:
        """The Document this process read when `document` is (a copy of) it: one read and one parse
        per file, however many requests name it. A document whose text stayed behind in a worker
        that has since been replaced is read again, and must still be the same bytes."""
        from marker.errors import CorruptInput
        from marker.reading.documents import read_opened

        held = self._held
        if held is not None and held.path == document.path and held.sha256 == document.sha256:
            return held
        if not document.text_withheld:
            return document
        again, opened = read_opened(document.path, Limits(max_bytes=max(document.size, Limits().max_bytes)),
                                    full_text=True)
        if again.sha256 != document.sha256:
            opened.close()
            raise CorruptInput("文件在处理过程中被改动 (the file changed while it was being processed)",
                               path=document.path)
        self._hold(again, opened)
        return again

    def inspect_pdf(self, path: str) -> Any:
        from marker.reading.pdf_facts import inspect_pdf

        return inspect_pdf(Path(path))

    def apply(self, function: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Run a higher layer's function on untrusted content here (it arrives pickled by name, so
        the worker imports nothing above its layer): classifying a document's text, for one. A
        Document argument is the one this worker read, text and all."""
        args = tuple(self.own(arg) if isinstance(arg, Document) else arg for arg in args)
        return function(*args, **kwargs)

    def _stamper_for(self, document: Document, facts: MarkFacts) -> Any:
        from marker.render import stamper_for

        key = (str(document.path), facts)
        if self._stamper is None or self._stamper[0] != key:
            self.drop_stamper()
            own = self.own(document)
            self._stamper = (key, stamper_for(own, facts, self._opened_for(own)))
        return self._stamper[1]

    def stamper(self, document: Document, facts: MarkFacts) -> Any:
        """A stamper of its own (in-process use): over what this process's reader kept of `document`."""
        from marker.render import stamper_for

        own = self.own(document)
        return stamper_for(own, facts, self._opened_for(own))

    def rehearse(self, document: Document, facts: MarkFacts, copy: CopyFacts) -> str:
        return self._stamper_for(document, facts).rehearse(copy)

    def stamp(self, document: Document, facts: MarkFacts, copies: list[tuple[CopyFacts, str]]) -> list[str]:
        """Write copies as one durable batch (see CopyStamper.write_copies)."""
        stamper = self._stamper_for(document, facts)
        _exit_if_orphaned()
        # a daemon killed meanwhile has had its 份号 voided: nothing becomes visible after that
        return stamper.write_copies([(copy, Path(out)) for copy, out in copies], before_commit=_exit_if_orphaned)

    def layout_notes(self, document: Document, facts: MarkFacts) -> tuple[str, ...]:
        """How the stamper adapted the page layout to make room for the marks (empty if it did not)."""
        return tuple(getattr(self._stamper_for(document, facts), "layout_notes", ()))

    def rewrite(self, kind: str, path: str, sha256: str, change: Any, old_level: str | None, name: str, out: str,
                orig: str | None) -> str:
        """Re-marking: strike the old mark, write the new one and the file (render/rewrite.py)."""
        from marker.render.rewrite import rewrite_file

        held = self._held
        opened = self._opened if held is not None and str(held.path) == path and held.sha256 == sha256 else None
        return rewrite_file(kind, Path(path), sha256, change, old_level, name, out=Path(out),
                            orig=Path(orig) if orig else None, opened=opened)

    def join_pdfs(self, parts: list[str], out_path: str) -> str:
        from marker.render.pdf import join_pdfs

        return join_pdfs([Path(p) for p in parts], Path(out_path))

    def drop_stamper(self) -> None:
        """The stamper is done (its copies written or given up): its document is closed with it."""
        if self._stamper is not None:
            with contextlib.suppress(Exception):
                self._stamper[1].close()
        self._stamper = None

    def call(self, op: str, args: tuple[Any, ...]) -> Any:
        if op == "ping":
            return "pong"
        if op not in OPERATIONS:
            raise errors.UsageError(f"unknown worker request {op!r}")
        return getattr(self, op)(*args)


OPERATIONS = frozenset({"read", "read_and_run", "inspect_pdf", "apply", "rehearse", "stamp", "layout_notes",
                        "rewrite", "join_pdfs", "drop_stamper"})


def _worker_main(conn: Connection, limits: WorkerLimits) -> None:
    """The worker loop: one request at a time; errors go back as values."""
    global _parent_pid
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _parent_pid = os.getppid()
    _die_with_parent()
    _apply_limits(limits)
    operations = _Operations()
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        _cpu_budget(limits.cpu_seconds)
        try:
            conn.send(("ok", operations.call(op, args)))
        except MijiError as exc:
            if isinstance(exc, errors.CorruptInput) and _near_memory_limit(limits):
                # Parsers report an allocation failure as a syntax error ("unknown error"): name the
                # real cause, and start afresh, since a fragmented heap would fail the next file too.
                conn.send(("err-restart", ("TooLargeInput", f"读取所需内存超出上限 {limits.memory_mb} MB "
                                           "(over the reader's memory limit)", str(exc.path) if exc.path else None)))
                return
            conn.send(("err", _error_payload(exc)))
        except MemoryError:
            conn.send(("err-restart", ("TooLargeInput", f"读取所需内存超出上限 {limits.memory_mb} MB "
                                       "(over the reader's memory limit)", None)))
            return
        except Exception:  # last resort: a named error, never a library's class name or a traceback
            log.debug("worker request %s failed", op, exc_info=True)
            conn.send(("err", ("CorruptInput", "文件无法处理 (the file cannot be processed)", None)))


def _near_memory_limit(limits: WorkerLimits) -> bool:
    """Whether this process came within 10% of its address-space limit (VmPeak)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    for line in status.splitlines():
        if line.startswith("VmPeak:"):
            return int(line.split()[1]) * 1024 >= 0.9 * limits.memory_mb * MB
    return False


_parent_pid: int | None = None


def _exit_if_orphaned() -> None:
    if _parent_pid is not None and os.getppid() != _parent_pid:
        os._exit(1)


def _die_with_parent() -> None:
    """The worker must not outlive the command or daemon that started it (no orphan writes)."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    if os.getppid() == 1:  # the parent died before the signal was armed
        os._exit(1)


_held_fds: list[int] = []


def hold_in_workers(fd: int) -> None:
    """Workers started from now on inherit `fd` (the daemon's workspace lock): the lock is then
    released only when the daemon *and* its worker are gone, so a restarted daemon never runs
    recovery while a stale worker can still write a copy."""
    if fd not in _held_fds:
        _held_fds.append(fd)


def stop_holding(fd: int) -> None:
    """Before the lock's descriptor is closed: later workers must not be handed a closed or reused fd."""
    if fd in _held_fds:
        _held_fds.remove(fd)


_FRESH_AFTER_ERROR = ("read", "read_and_run", "inspect_pdf", "apply")
_READS = ("read", "read_and_run")


class Worker:
    """One warm worker process; replaced after a crash, a timeout, or a failed read."""

    # A reader is renewed once its memory has grown RECYCLE_GROWTH_MB past what it held after its
    # first request (jieba, the model, MuPDF loaded), or after RECYCLE_AFTER requests at most: a
    # renewal costs a fresh interpreter and its warm-up (about 1.5 s of CPU), which a renewal every
    # 250 requests made a third of a burst's CPU.
    RECYCLE_AFTER = 5000
    RECYCLE_GROWTH_MB = 256

    def __init__(self, limits: WorkerLimits) -> None:
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._served = 0
        self._baseline_mb: float | None = None
        self.waiting: Callable[[], contextlib.AbstractContextManager[Any]] = contextlib.nullcontext
        self.startup_seconds = 0.0  # added to the first request of a fresh process (imports, jieba, the model)
        self._fresh = False

    def _start(self) -> None:
        """A fresh interpreter (not fork: the daemon has threads; not multiprocessing's spawn:
        it re-imports the caller's __main__) talking over a socket pair."""
        parent_sock, child_sock = socket.socketpair()
        limits = self.limits
        process = subprocess.Popen(
            [sys.executable, "-m", "marker.worker.isolation", str(child_sock.fileno()), str(limits.memory_mb),
             str(limits.cpu_seconds), str(limits.output_mode)],
            pass_fds=[child_sock.fileno(), *_held_fds], stdin=subprocess.DEVNULL, close_fds=True)
        child_sock.close()
        self._process, self._conn = process, Connection(parent_sock.detach())
        self._fresh = True
        self._baseline_mb = None

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def _worn(self) -> bool:
        """Due for renewal: grown in memory, or served its share of requests."""
        if self._served >= self.RECYCLE_AFTER:
            return True
        resident = self._resident_mb()
        if resident is None or self._served == 0:
            return False
        if self._baseline_mb is None:  # this process's own, after its first request(s)
            self._baseline_mb = resident
            return False
        return resident - self._baseline_mb > self.RECYCLE_GROWTH_MB

    def _resident_mb(self) -> float | None:
        """The process's resident memory (Linux /proc), None where it cannot be read."""
        if self._process is None:
            return None
        try:
            pages = int(Path(f"/proc/{self._process.pid}/statm").read_text().split()[1])
        except (OSError, ValueError, IndexError):
            return None
        return pages * os.sysconf("SC_PAGE_SIZE") / 1048576

    def ensure_started(self) -> None:
        """Start the process now, from this thread: Linux sends the parent-death signal when the
        *thread* that started a worker ends, so a daemon starts its workers on its main thread."""
        if not self.alive():
            self.stop()
            self._start()
            self._served = 0

    def stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(Exception):
                self._process.kill()
                self._process.wait(timeout=5)
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._process = self._conn = None

    def call(self, op: str, args: Any, *, path: Path | None = None, wall: float | None = None) -> Any:
        if not self.alive() or (op in _READS and self._worn()):
            self.stop()
            self._start()
            self._served = 0
        self._served += 1
        assert self._conn is not None and self._process is not None
        allowed = (wall or self.limits.wall_seconds) + (self.startup_seconds if self._fresh else 0.0)
        with self.waiting():  # the daemon lets its other workers' files go on meanwhile
            try:
                self._conn.send((op, args))
                ready = self._conn.poll(allowed)
            except (BrokenPipeError, OSError):
                ready = True
        if not ready:
            log.warning("读取进程超时 %.0f 秒：%s (worker timed out)", self.limits.wall_seconds, path)
            self.stop()
            raise ReaderTimedOut(f"超时：{self.limits.wall_seconds:.0f} 秒内未完成 (timed out)", path=path)
        self._fresh = False
        try:
            status, payload = self._conn.recv()
        except (EOFError, OSError):
            try:
                code = self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
            self.stop()
            how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
            raise ReaderCrashed(f"读取器崩溃 (reader crashed: {how})", path=path) from None
        if status == "err-restart" or (status == "err" and op in _FRESH_AFTER_ERROR):
            # a refused read may have left a fragmented heap or half-built state: the next file
            # gets a fresh worker, so one hostile file affects only itself
            self.stop()
        if status in ("err", "err-restart"):
            raise _rebuild(payload)
        return payload


class IsolatedStamper:
    """A stamper whose work happens in the worker; the shared stamp is prepared there once."""

    def __init__(self, worker: Worker, document: Document, facts: MarkFacts) -> None:
        self.worker, self.document, self.facts = worker, document, facts

    def rehearse(self, copy: CopyFacts) -> str:
        return self.worker.call("rehearse", (self.document, self.facts, copy), path=self.document.path)

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str:
        return self.write_copies([(copy, out_path)])[0]

    def write_copies(self, copies: Sequence[tuple[CopyFacts, Path]], *,
                     before_commit: Callable[[], None] | None = None) -> list[str]:
        """One request for all copies (one durable batch in the worker); `before_commit` is the
        worker's own check that its parent is alive. The time allowed grows with the number of copies."""
        wall = self.worker.limits.wall_seconds * max(1.0, len(copies) / 10)
        digests: list[str] = self.worker.call("stamp", (self.document, self.facts,
                                                        [(copy, str(out)) for copy, out in copies]),
                                              path=self.document.path, wall=wall)
        return digests

    @property
    def layout_notes(self) -> tuple[str, ...]:
        notes: tuple[str, ...] = self.worker.call("layout_notes", (self.document, self.facts), path=self.document.path)
        return notes

    def close(self) -> None:
        if self.worker.alive():
            with contextlib.suppress(MijiError):
                self.worker.call("drop_stamper", ())


class Isolation:
    """Reading and stamping in the limited worker process."""

    def __init__(self, limits: WorkerLimits | None = None) -> None:
        self.worker = Worker(limits or WorkerLimits())

    def read(self, path: Path, limits: Limits | None = None, *, full_text: bool = True) -> Document:
        document: Document = self.worker.call("read", (str(path), limits or Limits(), full_text), path=path)
        return document

    def read_and_run(self, path: Path, function: Callable[..., Any], *args: Any, limits: Limits | None = None,
                     full_text: bool = True, **kwargs: Any) -> Any:
        """`function(document, *args, **kwargs)` on the file read in the worker, which keeps the
        Document for the stamper: only what `function` returns crosses the process boundary."""
        return self.worker.call("read_and_run", (str(path), limits or Limits(), full_text, function, args, kwargs),
                                path=path)

    def release_while_waiting(self, waiting: Callable[[], contextlib.AbstractContextManager[Any]]) -> None:
        """While the worker works, `waiting()` is entered (the daemon releases its pipeline lock)."""
        self.worker.waiting = waiting

    def start(self) -> None:
        self.worker.ensure_started()

    def alive(self) -> bool:
        return self.worker.alive()

    def allow_for_start(self, seconds: float) -> None:
        """A restarted worker's first file may take `seconds` more: loading jieba and the model into
        a fresh process (under load, several seconds) is not the file's fault."""
        self.worker.startup_seconds = seconds

    def warm(self, function: Callable[..., Any], *args: Any, seconds: float = 300.0) -> Any:
        """`function(*args)` in the worker with its own time allowance: loading jieba, the model
        and the fonts into a fresh worker is not a file's work and must not eat a file's time limit."""
        return self.worker.call("apply", (function, args, {}), wall=max(seconds, self.worker.limits.wall_seconds))

    def inspect_pdf(self, path: Path) -> Any:
        return self.worker.call("inspect_pdf", (str(path),), path=path)

    def run(self, function: Callable[..., Any], *args: Any, path: Path | None = None, **kwargs: Any) -> Any:
        """`function(*args, **kwargs)` in the worker: a module-level function, picklable arguments."""
        return self.worker.call("apply", (function, args, kwargs), path=path)

    def stamper(self, document: Document, facts: MarkFacts) -> IsolatedStamper:
        return IsolatedStamper(self.worker, document, facts)

    def join_pdfs(self, parts: list[Path], out_path: Path) -> str:
        digest: str = self.worker.call("join_pdfs", ([str(p) for p in parts], str(out_path)), path=out_path)
        return digest

    def rewrite(self, kind: str, path: Path, sha256: str, change: Any, old_level: str | None, name: str, *,
                out: Path, orig: Path | None = None) -> str:
        written: str = self.worker.call("rewrite", (kind, str(path), sha256, change, old_level, name, str(out),
                                                    str(orig) if orig else None), path=path)
        return written

    def close(self) -> None:
        self.worker.stop()

    def __enter__(self) -> Isolation:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class InProcess:
    """The same interface without a process boundary: only for tests and benchmarks that measure
    the libraries themselves (settings `isolate = false`)."""

    def __init__(self) -> None:
        self._operations = _Operations()

    def read(self, path: Path, limits: Limits | None = None, *, full_text: bool = True) -> Document:
        return self._operations.read(str(path), limits or Limits(), full_text)

    def read_and_run(self, path: Path, function: Callable[..., Any], *args: Any, limits: Limits | None = None,
                     full_text: bool = True, **kwargs: Any) -> Any:
        return self._operations.read_and_run(str(path), limits or Limits(), full_text, function, args, kwargs)

    def release_while_waiting(self, waiting: Callable[[], contextlib.AbstractContextManager[Any]]) -> None:
        """Nothing to wait for: the work happens on the caller's thread."""

    def start(self) -> None:
        """Nothing to start."""

    def alive(self) -> bool:
        return True

    def allow_for_start(self, seconds: float) -> None:
        """Nothing starts."""

    def warm(self, function: Callable[..., Any], *args: Any, seconds: float = 300.0) -> Any:
        return function(*args)

    def inspect_pdf(self, path: Path) -> Any:
        return self._operations.inspect_pdf(str(path))

    def run(self, function: Callable[..., Any], *args: Any, path: Path | None = None, **kwargs: Any) -> Any:
        return self._operations.apply(function, args, kwargs)

    def stamper(self, document: Document, facts: MarkFacts) -> Any:
        return self._operations.stamper(document, facts)

    def join_pdfs(self, parts: list[Path], out_path: Path) -> str:
        return self._operations.join_pdfs([str(p) for p in parts], str(out_path))

    def rewrite(self, kind: str, path: Path, sha256: str, change: Any, old_level: str | None, name: str, *,
                out: Path, orig: Path | None = None) -> str:
        return self._operations.rewrite(kind, str(path), sha256, change, old_level, name, str(out),
                                        str(orig) if orig else None)

    def close(self) -> None:
        self._operations.drop_stamper()

    def __enter__(self) -> InProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


Reader = Isolation | InProcess


def worker_for(limits: Limits, *, isolate: bool = True, output_mode: int = 0o640) -> Reader:
    """The one place that decides where untrusted files are read and stamped: the limited worker,
    unless isolation is turned off (settings `isolate = false`, for tests and benchmarks)."""
    if not isolate:
        return InProcess()
    return Isolation(WorkerLimits.of(limits, output_mode))


def open_worker(settings: Settings) -> Reader:
    return worker_for(settings.limits, isolate=settings.isolate, output_mode=settings.output_mode)


def _main(argv: list[str]) -> None:
    fd, memory_mb, cpu_seconds, mode = int(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    from marker.atomic import set_output_mode

    set_output_mode(mode)
    _worker_main(Connection(fd), WorkerLimits(memory_mb, cpu_seconds, output_mode=mode))


if __name__ == "__main__":
    _main(sys.argv[1:])
