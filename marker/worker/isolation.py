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
import signal
import socket
import subprocess
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from marker import errors
from marker.domain.marks import CopyFacts, MarkFacts
from marker.errors import MijiError, ReaderCrashed, ReaderTimedOut
from marker.reading.documents import Document
from marker.settings import Limits

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
    import resource

    memory = limits.memory_mb * MB
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    _cpu_budget(limits.cpu_seconds)


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


def _worker_main(conn: Connection, limits: WorkerLimits) -> None:
    """The worker loop: one request at a time; errors go back as values."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _apply_limits(limits)
    from marker.intake.marking import stamper_for
    from marker.reading.documents import read

    stampers: dict[tuple[str, MarkFacts], Any] = {}
    while True:
        try:
            op, args = conn.recv()
        except (EOFError, OSError):
            return
        _cpu_budget(limits.cpu_seconds)
        try:
            if op == "read":
                path, read_limits, full_text = args
                result: Any = read(Path(path), read_limits, full_text=full_text)
            elif op == "stamp":
                document, facts, copy, out_path = args
                key = (str(document.path), facts)
                if key not in stampers:
                    stampers.clear()
                    stampers[key] = stamper_for(document, facts)
                result = stampers[key].write_copy(copy, Path(out_path))
            elif op == "ping":
                result = "pong"
            else:
                raise errors.UsageError(f"unknown worker request {op!r}")
            conn.send(("ok", result))
        except MijiError as exc:
            conn.send(("err", _error_payload(exc)))
        except MemoryError:
            conn.send(("err", ("TooLargeInput", "内存超出限制 (out of memory)", None)))
        except Exception as exc:  # last resort: a named error, never a traceback
            conn.send(("err", ("CorruptInput", f"文件无法处理 (unreadable file): {type(exc).__name__}", None)))


class Worker:
    """One warm worker process; replaced after a crash or a timeout."""

    RECYCLE_AFTER = 250  # requests; bounds the slow growth of a long-lived reader's memory

    def __init__(self, limits: WorkerLimits) -> None:
        self.limits = limits
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self._served = 0

    def _start(self) -> None:
        """A fresh interpreter (not fork: the daemon has threads; not multiprocessing's spawn:
        it re-imports the caller's __main__) talking over a socket pair."""
        parent_sock, child_sock = socket.socketpair()
        limits = self.limits
        process = subprocess.Popen(
            [sys.executable, "-m", "marker.worker.isolation", str(child_sock.fileno()), str(limits.memory_mb),
             str(limits.cpu_seconds), str(limits.output_mode)],
            pass_fds=[child_sock.fileno()], stdin=subprocess.DEVNULL, close_fds=True)
        child_sock.close()
        self._process, self._conn = process, Connection(parent_sock.detach())

    def alive(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def stop(self) -> None:
        if self._process is not None:
            with contextlib.suppress(Exception):
                self._process.kill()
                self._process.wait(timeout=5)
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
        self._process = self._conn = None

    def call(self, op: str, args: Any, *, path: Path | None = None) -> Any:
        if not self.alive() or (self._served >= self.RECYCLE_AFTER and op == "read"):
            self.stop()
            self._start()
            self._served = 0
        self._served += 1
        assert self._conn is not None and self._process is not None
        try:
            self._conn.send((op, args))
            ready = self._conn.poll(self.limits.wall_seconds)
        except (BrokenPipeError, OSError):
            ready = True
        if not ready:
            log.warning("worker timed out after %.0f s on %s", self.limits.wall_seconds, path)
            self.stop()
            raise ReaderTimedOut(f"超时：{self.limits.wall_seconds:.0f} 秒内未完成 (timed out)", path=path)
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
        if status == "err":
            raise _rebuild(payload)
        return payload


class IsolatedStamper:
    """A stamper whose work happens in the worker; the shared stamp is prepared there once."""

    def __init__(self, worker: Worker, document: Document, facts: MarkFacts) -> None:
        self.worker, self.document, self.facts = worker, document, facts

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str:
        return self.worker.call("stamp", (self.document, self.facts, copy, str(out_path)), path=self.document.path)


class Isolation:
    """What the pipeline uses: `read` and `stamper` with the same meaning as in-process."""

    def __init__(self, limits: WorkerLimits | None = None) -> None:
        self.worker = Worker(limits or WorkerLimits())

    def read(self, path: Path, limits: Limits | None = None, *, full_text: bool = True) -> Document:
        document: Document = self.worker.call("read", (str(path), limits or Limits(), full_text), path=path)
        return document

    def stamper(self, document: Document, facts: MarkFacts) -> IsolatedStamper:
        return IsolatedStamper(self.worker, document, facts)

    def close(self) -> None:
        self.worker.stop()


def _main(argv: list[str]) -> None:
    fd, memory_mb, cpu_seconds, mode = int(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    from marker.atomic import set_output_mode

    set_output_mode(mode)
    _worker_main(Connection(fd), WorkerLimits(memory_mb, cpu_seconds, output_mode=mode))


if __name__ == "__main__":
    _main(sys.argv[1:])
