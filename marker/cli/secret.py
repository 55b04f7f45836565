"""Asking for a person's secret: at a prompt on a terminal, else MIJI_SECRET (read by the settings)."""

from __future__ import annotations

import sys

from marker.errors import AuthError
from marker.settings import Settings


def ask_secret(settings: Settings, name: str, *, confirm: bool = False) -> str:
    if sys.stdin.isatty():
        import getpass

        secret = getpass.getpass(f"{name} 的口令 (secret): ")
        if confirm and getpass.getpass("再输入一次 (again): ") != secret:
            raise AuthError("两次输入的口令不一致 (secrets differ)")
        return secret
    secret = settings.secret
    if not secret:
        raise AuthError("没有终端时须用环境变量 MIJI_SECRET 提供口令 (no terminal: set MIJI_SECRET)")
    return secret
