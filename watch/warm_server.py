"""The daemon's side of the warm socket (`watch.warm`): accept connections on a thread, do the work on
one of the daemon's lanes (holding its lock: the ledger connection is used by one thread at a time,
and each lane has its own reader worker), and answer `classify` and `review_accept`.

A request is answered by the next free lane, before any file still waiting in a burst.
"""

from __future__ import annotations

import base64
import contextlib
import logging
import os
import queue
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import asdict
from pathlib import Path
from typing import Any

from marker.errors import AuthError, MijiError, UsageError
from marker.intake.pipeline import Context
from watch.warm import MAX_FRAME, MAX_SOCKET_PATH, RUN_DIR, receive_frame, send_frame, socket_path

log = logging.getLogger(__name__)
REPLY_SECONDS = 600.0
Request = tuple[dict[str, Any], Future[dict[str, Any]]]


class WarmServer:
    """A Unix socket in the workspace; each request is handed to `submit` and answered when done."""

    def __init__(self, workspace: Path, submit: Callable[[Request], None], *, max_bytes: int,
                 at_once: int = 4) -> None:
        self.path = socket_path(workspace)
        self.submit = submit
        # A frame is one document's bytes in base64 and is parsed in the daemon, which has no memory
        # limit of its own: no bigger than the reading limit allows, and only a few at a time.
        self.max_frame = min(MAX_FRAME, max_bytes * 4 // 3 + 1024 * 1024)
        self.slots = threading.BoundedSemaphore(at_once)
        self.listener: socket.socket | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> bool:
        """Listen, unless another daemon already does or the path cannot hold a socket; True if listening."""
        if len(str(self.path)) > MAX_SOCKET_PATH:
            log.warning("工作区路径过长，不提供快速通道 (workspace path too long for a socket: %s)", self.path)
            return False
        self.path.parent.mkdir(mode=0o750, exist_ok=True)
        os.chmod(self.path.parent, 0o750)
        if self.path.is_socket() or self.path.exists():
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(str(self.path))
            except OSError:
                self.path.unlink(missing_ok=True)  # stale: left by a daemon that was killed
            else:
                log.warning("另一个守护进程已在服务 %s，不提供快速通道 (another daemon serves the socket)", self.path)
                return False
            finally:
                probe.close()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.path))
        os.chmod(self.path, 0o660)  # the workspace's owner and group only
        listener.listen(16)
        self.listener = listener
        self.thread = threading.Thread(target=self._accept, args=(listener,), name="miji-warm", daemon=True)
        self.thread.start()
        log.info("快速通道已开启 %s (warm socket listening)", self.path)
        return True

    def _accept(self, listener: socket.socket) -> None:
        """Serve connections on `listener` (the one `start` opened: `stop` clears `self.listener` while this thread
        may still be about to accept, and the closed socket then raises OSError here)."""
        while True:
            self.slots.acquire()  # further callers wait in the listen queue
            try:
                connection, _ = listener.accept()
            except OSError:  # closed by stop()
                self.slots.release()
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.settimeout(REPLY_SECONDS)
                request = receive_frame(connection, max_frame=self.max_frame)
                reply: Future[dict[str, Any]] = Future()
                self.submit((request, reply))
                send_frame(connection, reply.result(timeout=REPLY_SECONDS))
            except Exception as exc:  # a client that goes away or sends garbage never hurts the daemon
                log.debug("warm request failed: %s", exc)
            finally:
                self.slots.release()

    def stop(self) -> None:
        if self.listener is not None:
            with contextlib.suppress(OSError):
                self.listener.close()
            self.path.unlink(missing_ok=True)
            self.listener = None


def serve_pending(requests: queue.SimpleQueue[Request], ctx: Context) -> int:
    """Answer every queued request on the calling thread (which holds the daemon's lock); returns how many."""
    served = 0
    while True:
        try:
            request = requests.get_nowait()
        except queue.Empty:
            return served
        answer(request, ctx)
        served += 1


def answer(request: Request, ctx: Context) -> None:
    message, reply = request
    try:
        reply.set_result(handle(message, ctx))
    except Exception as exc:  # an unexpected failure is the caller's error, not the daemon's end
        log.exception("快速通道请求失败 (warm request failed)")
        reply.set_result(_error(exc))


def handle(request: dict[str, Any], ctx: Context) -> dict[str, Any]:
    op = request.get("op")
    try:
        if op == "classify":
            return _classify(request, ctx)
        if op == "review_accept":
            return _review_accept(request, ctx)
        raise UsageError(f"未知请求 {op!r} (unknown request)")
    except MijiError as exc:
        return _error(exc)


def _error(exc: Exception) -> dict[str, Any]:
    if isinstance(exc, MijiError):
        return {"error": {"class": type(exc).__name__, "message": exc.message, "exit_code": int(exc.exit_code),
                          "problems": list(getattr(exc, "problems", ()))}}
    return {"error": {"class": "MijiError", "message": f"内部错误 (internal error): {type(exc).__name__}",
                      "exit_code": 1, "problems": []}}


def _classify(request: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """The suggestion for bytes the caller read itself, written to a private folder under the original name."""
    from marker.intake.suggest import suggest_for

    name = Path(str(request.get("name") or "document")).name or "document"
    data = base64.b64decode(request.get("data") or b"")
    folder = Path(tempfile.mkdtemp(prefix="warm-", dir=ctx.layout.root / RUN_DIR))
    try:
        path = folder / name
        path.write_bytes(data)  # read and classified in the worker: only the suggestion comes back
        suggestion = ctx.worker.read_and_run(path, suggest_for, ctx.policy, workspace=ctx.layout.root,
                                             limits=ctx.limits)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"suggestion": asdict(suggestion)}


def _review_accept(request: dict[str, Any], ctx: Context) -> dict[str, Any]:
    """`miji review accept`, authenticated here as the CLI would: a token of the named person, or their secret."""
    from marker.intake.review import accept
    from marker.ledger.people import authenticate, token_owner
    from marker.ledger.registers import record_refusal

    by = str(request.get("by") or "").strip()
    if not by:
        raise UsageError("需要 --by 姓名 (--by NAME is required: who is acting)")
    person = next((owner for token in request.get("tokens") or ()
                   if (owner := token_owner(ctx.ledger, str(token))) is not None and owner.name == by), None)
    try:
        if person is None:
            secret = request.get("secret")
            if not secret:
                raise AuthError(f"没有终端：请在 MIJI_TOKEN 中提供 {by} 的令牌 (no terminal: set MIJI_TOKEN to a token "
                                f"issued to {by})")
            person = authenticate(ctx.ledger, by, str(secret))
    except AuthError as exc:
        record_refusal(ctx.ledger, action="review_accept", reason=exc.message, actor=by,
                       os_user=request.get("os_user") or None)
        raise
    result = accept(ctx, str(request.get("file") or ""), level=request.get("level"), period=request.get("period"),
                    by=person.name, role=person.role)
    log.info("已标密（快速通道）%s → %s %s (marked via the warm socket, by %s)", result.name, result.registry,
             result.level, person.name)
    return {"file": result.name, "registry": result.registry, "level": result.level,
            "destination": str(result.destination)}
