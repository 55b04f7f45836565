"""The ledger's signed head checkpoint, kept outside the database (beside the key).

The chain proves that no event was altered, but not that the newest ones still exist: a ledger
replaced by an older copy, emptied or deleted verified as "0 events, intact", and a used-up
approval worked again. The checkpoint (event count and head hash under the ledger key) only moves
forward; `verify` and every start compare the database against it.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from marker.atomic import TEMP_PREFIX, write_bytes_atomic

CHECKPOINT_SUFFIX = ".head"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    ledger: str  # which ledger (a key may serve several in tests and benchmarks)
    count: int
    head: str
    at: str


def checkpoint_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + CHECKPOINT_SUFFIX)


def _mac(key: bytes, ledger: str, count: int, head: str, at: str) -> str:
    content = json.dumps(["checkpoint", ledger, count, head, at], ensure_ascii=False)
    return hmac.new(key, content.encode("utf-8"), hashlib.sha256).hexdigest()


def read_checkpoint(path: Path, key: bytes) -> Checkpoint | bool | None:
    """The checkpoint, None when there is none, False when it is forged or unreadable."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError:
        return False
    try:
        data = json.loads(raw)
        found = Checkpoint(str(data["ledger"]), int(data["count"]), str(data["head"]), str(data["at"]))
        mac = str(data["mac"])
    except (ValueError, KeyError, TypeError):
        return False
    if not hmac.compare_digest(_mac(key, found.ledger, found.count, found.head, found.at), mac):
        return False
    return found


def advance_checkpoint(path: Path, key: bytes, checkpoint: Checkpoint, *, force: bool = False) -> bool:
    """Write `checkpoint` unless the one on disk (for the same ledger) is already as far (or
    `force`: the officer accepting a restored ledger); returns whether it was written. A lock file
    serialises the processes sharing the workspace."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        # every writer of this file holds the lock while its temporary exists, so one found now was
        # left by a writer killed mid-write (the OS released its lock): nothing else owns it
        for stale in path.parent.glob(f"{TEMP_PREFIX}*{path.suffix}"):
            with contextlib.suppress(OSError):
                stale.unlink()
        current = read_checkpoint(path, key)
        if not force and isinstance(current, Checkpoint) and current.ledger == checkpoint.ledger and \
                current.count >= checkpoint.count:
            return False
        data = {"ledger": checkpoint.ledger, "count": checkpoint.count, "head": checkpoint.head,
                "at": checkpoint.at, "mac": _mac(key, checkpoint.ledger, checkpoint.count, checkpoint.head,
                                                  checkpoint.at)}
        write_bytes_atomic(path, json.dumps(data, ensure_ascii=False).encode("utf-8"), mode=0o600,
                           overwrite=True)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
