"""The warm socket: a running daemon answers `classify` and `review accept` with its loaded model.

Why: a cold CLI call loads jieba, the model and a reader worker every time (1.4–5 s); the daemon has
them loaded. The socket lives in the workspace (`run/miji.sock`, mode 0660 in a 0750 folder), so only
the workspace's users (its owner and group) can connect. The client sends the file's *bytes*, never a
path: the daemon reads nothing the caller could not read. Without a daemon (no socket, or a stale one
left by a crash) every caller falls back to the cold path.

This module is the transport only (length-prefixed JSON frames) and imports nothing heavy: the CLI
imports it on every warm call.
"""

from __future__ import annotations

import json
import socket
import struct
from pathlib import Path
from typing import Any

RUN_DIR = "run"
SOCKET_NAME = "miji.sock"
MAX_FRAME = 512 * 1024 * 1024  # a frame carries one document's bytes (base64): above any reading limit
CONNECT_SECONDS = 1.0
MAX_SOCKET_PATH = 100  # AF_UNIX paths are limited to 107 bytes on Linux


def socket_path(workspace: Path) -> Path:
    return Path(workspace) / RUN_DIR / SOCKET_NAME


def send_frame(sock: socket.socket, message: dict[str, Any]) -> None:
    data = json.dumps(message, ensure_ascii=False).encode("utf-8")
    sock.sendall(struct.pack(">I", len(data)) + data)


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise ConnectionError("连接提前关闭 (connection closed mid-frame)")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive_frame(sock: socket.socket, *, max_frame: int = MAX_FRAME) -> dict[str, Any]:
    (size,) = struct.unpack(">I", _exactly(sock, 4))
    if size > max_frame:
        raise ValueError(f"frame too large: {size} bytes")
    message = json.loads(_exactly(sock, size).decode("utf-8"))
    if not isinstance(message, dict):
        raise ValueError("a frame must hold a JSON object")
    return message


def connect(workspace: Path) -> socket.socket | None:
    """A connection to the workspace's running daemon, or None (no daemon, a stale socket, no access)."""
    path = socket_path(workspace)
    if len(str(path)) > MAX_SOCKET_PATH or not path.is_socket():
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(CONNECT_SECONDS)
    try:
        sock.connect(str(path))
    except OSError:
        sock.close()
        return None
    return sock


def call(workspace: Path, request: dict[str, Any], *, timeout: float = 600.0) -> dict[str, Any] | None:
    """Send one request to the running daemon and return its reply; None means "do it cold"."""
    sock = connect(workspace)
    if sock is None:
        return None
    try:
        sock.settimeout(timeout)
        send_frame(sock, request)
        return receive_frame(sock)
    except (OSError, ValueError):
        return None
    finally:
        sock.close()
