"""The CLI's side of the warm socket (`watch.warm`): ask the running daemon, else return None (cold).

Only used without `--policy` (the daemon answers under the workspace's installed policy) and never
imports the model, jieba or a reader: that is the point.
"""

from __future__ import annotations

import base64
import logging
import sys
from pathlib import Path
from typing import Any

from marker.errors import ExitCode, MijiError, NotAFileInput, NotFoundInput
from marker.settings import Settings

log = logging.getLogger(__name__)
SERVED = "由运行中的守护进程处理 (served by the running daemon)"


class RemoteError(MijiError):
    """An error the daemon reported; it carries the daemon's exit code."""


def usable(settings: Settings) -> bool:
    """The warm path applies: no other policy asked for, and a daemon socket to try."""
    from watch.warm import socket_path

    return settings.policy_path is None and socket_path(settings.workspace).is_socket()


def _raise(error: dict[str, Any], path: Path | str | None) -> None:
    exc = RemoteError(str(error.get("message") or "错误"), path=path)
    exc.exit_code = ExitCode(int(error.get("exit_code") or ExitCode.UNEXPECTED))
    exc.problems = tuple(error.get("problems") or ())  # type: ignore[attr-defined]
    raise exc


def classify(settings: Settings, path: Path) -> Any:
    """The daemon's suggestion for `path`, read here and sent as bytes; None when there is no daemon."""
    from watch.warm import call

    if not path.exists():
        raise NotFoundInput("文件不存在 (no such file)", path=path)
    if not path.is_file():
        raise NotAFileInput("不是普通文件 (not a regular file)", path=path)
    try:
        if path.stat().st_size > settings.limits.max_bytes:
            return None  # the cold reader refuses it with the usual message, without sending it anywhere
        data = path.read_bytes()
    except OSError as exc:
        raise NotFoundInput(f"无法读取 (cannot read): {exc.strerror}", path=path) from exc
    reply = call(settings.workspace, {"op": "classify", "name": path.name,
                                      "data": base64.b64encode(data).decode("ascii")})
    if reply is None:
        return None
    if "error" in reply:
        _raise(reply["error"], path)
    log.debug("%s: %s", path, SERVED)
    return _suggestion(reply["suggestion"])


def _suggestion(data: dict[str, Any]) -> Any:
    from classifiers.suggestion import Evidence, Suggestion

    fields = dict(data)
    fields["evidence"] = tuple(Evidence(**ev) for ev in data.get("evidence") or ())
    for name in ("review_reasons", "kind_evidence", "publication_evidence"):
        fields[name] = tuple(data.get(name) or ())
    return Suggestion(**fields)


def review_accept(settings: Settings, *, file: str, level: str | None, period: str | None,
                  by: str) -> dict[str, Any] | None:
    """`review accept` done by the daemon; the person is proved by a token, else a secret asked here."""
    from watch.warm import call

    request: dict[str, Any] = {"op": "review_accept", "file": file, "level": level, "period": period, "by": by,
                               "tokens": list(settings.tokens), "os_user": settings.marked_by or None}
    if not settings.tokens:
        if not sys.stdin.isatty():
            return None  # the cold path explains how to give a token
        import getpass

        request["secret"] = getpass.getpass(f"{by} 的口令 (secret): ")
    reply = call(settings.workspace, request)
    if reply is None:
        return None
    if "error" in reply:
        _raise(reply["error"], None)
    log.debug("review accept %s: %s", file, SERVED)
    return reply
