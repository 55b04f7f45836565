"""One daemon per workspace: an exclusive lock on `<workspace>/daemon.lock`, held for the process's life.

Two daemons on one workspace registered drafts twice and left 份号 neither issued nor voided.
`fcntl.flock` is released by the kernel when the last holder dies, so a `kill -9` never leaves a
stale lock. The daemon's worker inherits the lock (see `marker.worker.isolation.hold_in_workers`):
a restarted daemon therefore waits until a stale worker is gone too, and recovery never races a
copy still being written by it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path

from marker.errors import WorkspaceBusy
from marker.ledger.registers import process_alive

LOCK_NAME = "daemon.lock"
STALE_WORKER_WAIT = 30.0  # seconds; a worker outliving its daemon is killed by PR_SET_PDEATHSIG


@dataclass(frozen=True, slots=True)
class Holder:
    pid: int | None
    host: str


def _read_holder(fd: int) -> Holder:
    try:
        raw = os.pread(fd, 4096, 0).decode("utf-8", errors="replace")
        data = json.loads(raw)
        return Holder(int(data["pid"]), str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return Holder(None, "?")


class DaemonLock:
    """The workspace's daemon lock; `acquire` raises `WorkspaceBusy` naming the holder."""

    def __init__(self, workspace: Path) -> None:
        self.path = workspace / LOCK_NAME
        self.fd: int | None = None

    def acquire(self, *, wait_for_stale: float = STALE_WORKER_WAIT) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o640)
        try:
            if not self._try(fd):
                holder = _read_holder(fd)
                same_host = holder.host == socket.gethostname()
                if not (same_host and holder.pid is not None and not process_alive(holder.pid)
                        and self._wait(fd, wait_for_stale)):
                    raise WorkspaceBusy(
                        f"工作区已有守护进程在运行：进程 {holder.pid or '?'}，主机 {holder.host} "
                        f"(another miji watch holds this workspace: pid {holder.pid or '?'} on {holder.host})",
                        path=self.path)
            os.ftruncate(fd, 0)
            os.pwrite(fd, json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode("utf-8"), 0)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd

    @staticmethod
    def _try(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _wait(self, fd: int, seconds: float) -> bool:
        """The holder died but its worker still holds the lock: it dies with its parent shortly."""
        pause = threading.Event()
        for _ in range(max(1, int(seconds / 0.1))):
            if self._try(fd):
                return True
            pause.wait(0.1)
        return False

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None
