"""Dropped files' names as the daemon may use them: printable, UTF-8, and never a forged log line.

A name is whatever bytes the file system allows. One that is not UTF-8 cannot be written into the
ledger or a report; one with a newline forged a line in `miji.log`. Such files are quarantined under
a safe name derived from a hash, with the original recorded in escaped form.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata

_CONTROL = ("Cc", "Zl", "Zp")
_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,10}$")


def printable(text: str) -> str:
    """`text` with undecodable bytes and control characters escaped (`\\x0a`, `\\udcff`): one line, UTF-8."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if 0xD800 <= code <= 0xDFFF:  # os.fsdecode's stand-in for a byte that was not UTF-8
            out.append(f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}")
        elif unicodedata.category(char) in _CONTROL:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)


def name_problem(name: str) -> str | None:
    """Why this name cannot be used as it is (English), or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "the file name is not valid UTF-8"
    if any(unicodedata.category(char) in _CONTROL for char in name):
        return "the file name contains control characters"
    return None


def safe_name(name: str) -> str:
    """`未命名-<hash of the original bytes><.ext>`: short, printable, and the same for the same name."""
    digest = hashlib.sha256(os.fsencode(name)).hexdigest()[:16]
    suffix = os.path.splitext(name)[1]
    if not _SUFFIX.match(suffix):
        suffix = ""
    return f"未命名-{digest}{suffix.lower()}"
