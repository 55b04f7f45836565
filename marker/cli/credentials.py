"""Who is acting: a person on the roster, proved by their secret at a prompt or, in scripts, by an
API token the officer issued (MIJI_TOKEN). Never a shared secret in the environment."""

from __future__ import annotations

import sys
from pathlib import Path

from marker.errors import AuthError, UsageError
from marker.ledger.people import Person, authenticate, token_owner
from marker.ledger.registers import record_refusal
from marker.ledger.store import Ledger
from marker.settings import Settings
from marker.workspace import require_initialised


def authenticated(ledger: Ledger, settings: Settings, name: str | None, *, action: str,
                  registry: str | None = None) -> Person:
    """The person `name`, authenticated; a failure is recorded as a refused attempt and raised."""
    name = (name or "").strip()
    if not name:
        raise UsageError("需要 --by 姓名 (--by NAME is required: who is acting)")
    require_initialised(ledger)  # before init there is nobody to be: say how to start, not "unknown person"
    try:
        return _prove(ledger, settings, name)
    except AuthError as exc:
        record_refusal(ledger, action=action, reason=exc.message, actor=name, registry=registry,
                       os_user=settings.marked_by or None)
        raise


def _prove(ledger: Ledger, settings: Settings, name: str) -> Person:
    for token in settings.tokens:
        owner = token_owner(ledger, token)
        if owner is not None and owner.name == name:
            return owner
    if sys.stdin.isatty():
        import getpass

        return authenticate(ledger, name, getpass.getpass(f"{name} 的口令 (secret): "))
    raise AuthError(f"没有终端：请在 MIJI_TOKEN 中提供 {name} 的令牌 (no terminal: set MIJI_TOKEN to a token "
                    f"issued to {name}; the officer issues one with `miji people token {name}`)")


def new_secret(name: str, secret_file: Path | None) -> str:
    """A secret being set: from --secret-file (scripts), else asked twice at a prompt."""
    if secret_file is not None:
        try:
            return secret_file.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError("无法读取口令文件 (cannot read --secret-file)", path=secret_file) from exc
    if not sys.stdin.isatty():
        raise UsageError("没有终端：请用 --secret-file 提供口令 (no terminal: give --secret-file FILE)")
    import getpass

    secret = getpass.getpass(f"为 {name} 设置口令 (new secret for {name}): ")
    if getpass.getpass("再输入一次 (again): ") != secret:
        raise AuthError("两次输入的口令不一致 (secrets differ)")
    return secret
