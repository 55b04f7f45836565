"""Driving a real `miji watch` process from tests, and checking a workspace's accounting."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from marker.reading.documents import sha256_file

MIJI = [sys.executable, "-c", "from marker.cli import entry; entry()"]


def wait_until(predicate: Callable[[], bool], *, timeout: float = 60.0, step: float = 0.05) -> bool:
    """Poll `predicate` until true or `timeout`; a deadline, not a timing assertion."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while time.monotonic() < deadline:
        if predicate():
            return True
        pause.wait(step)
    return predicate()


def write_config(workspace: Path, *, quiet: float = 0.2, rescan: float = 1.0, extra: str = "",
                 initialise: bool = True) -> None:
    """The daemon's config; the workspace is initialised as `miji init` would (the daemon refuses otherwise)."""
    from tests.roster import staff

    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "miji.toml").write_text(
        f"[watch]\nquiet_seconds = {quiet}\nrescan_seconds = {rescan}\n{extra}", encoding="utf-8")
    if initialise:
        staff(workspace)


def start_daemon(workspace: Path, *args: str, log: Path | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MIJI_WORKSPACE": str(workspace)}
    stderr = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen([*MIJI, "watch", *args], env=env, stdout=subprocess.DEVNULL, stderr=stderr)


def run_miji(workspace: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MIJI_WORKSPACE": str(workspace)}
    return subprocess.run([*MIJI, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


def stop(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM, timeout: float = 60) -> int:
    process.send_signal(sig)
    return process.wait(timeout=timeout)


def files_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if p.is_file()
            and not p.name.endswith((".reason.txt", ".suggestion.json", ".report.json"))]


def ledger_rows(workspace: Path, kind: str) -> list[tuple[str | None, str | None, dict]]:
    with sqlite3.connect(workspace / "ledger.sqlite3") as conn:
        return [(r[0], r[1], json.loads(r[2])) for r in
                conn.execute("SELECT registry, copy_no, payload FROM events WHERE kind = ? ORDER BY seq", (kind,))]


def account(workspace: Path, dropped: dict[str, str]) -> dict[str, str]:
    """Where each dropped file (sha → name) ended: marked | review | quarantine | inbox.

    Asserts the invariants a user relies on: every file in exactly one place, one registry number
    per marked draft, every issued copy on disk with the registered hash, no unregistered copy.
    """
    places: dict[str, list[str]] = {sha: [] for sha in dropped}
    for place, folder in (("marked", workspace / "archive"), ("review", workspace / "review"),
                          ("quarantine", workspace / "quarantine"), ("inbox", workspace / "inbox")):
        for path in files_in(folder):
            sha = sha256_file(path)
            if sha in places:
                places[sha].append(place)
    for sha, found in places.items():
        assert len(found) == 1, f"{dropped[sha]} found in {found}"
    registered = [p["original_sha256"] for _, _, p in ledger_rows(workspace, "document_registered")]
    for sha in registered:
        assert registered.count(sha) == 1, f"{dropped.get(sha)} registered {registered.count(sha)} times"
    marked = {sha for sha, found in places.items() if found == ["marked"]}
    assert marked == set(registered) & set(dropped), "archive and registrations disagree"
    issued = {(r, c): p for r, c, p in ledger_rows(workspace, "copy_issued")}
    reserved = {(r, c) for r, c, _ in ledger_rows(workspace, "copy_reserved")}
    voided = {(r, c) for r, c, _ in ledger_rows(workspace, "copy_voided")}
    assert reserved == set(issued) | voided, "a reservation was left neither issued nor voided"
    for (registry, copy_no), payload in issued.items():
        path = Path(payload["path"])
        assert path.is_file(), f"registered copy {registry}/{copy_no} has no file"
        assert sha256_file(path) == payload["sha256"]
    on_disk = {str(p) for p in files_in(workspace / "outbox")} | {str(p) for p in files_in(workspace / "print")}
    assert on_disk == {p["path"] for p in issued.values()}, "a copy file without its ledger event"
    registry_docs = {r for r, _, _ in ledger_rows(workspace, "document_registered")}
    assert registry_docs == {r for r, _ in issued}, "a registered draft without an issued copy"
    return {dropped[sha]: found[0] for sha, found in places.items()}
