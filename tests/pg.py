"""A real, throw-away PostgreSQL server for the ledger tests.

The server binaries are looked up under /usr/lib/postgresql/*/bin (Debian/Ubuntu's `postgresql`
package) or on PATH. PostgreSQL refuses to run as root, so under root the cluster is created and run
as the `postgres` system user (via `runuser`). The server listens only on a unix socket in a fresh
temporary folder; the fixture yields a `postgresql://` URL and stops the server afterwards.
Tests that need it are skipped, with the reason, when no server or no psycopg is available.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest


def find_bin_dir() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: _version(p.parent.name),
                        reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    return None


def _version(name: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in name.split("."))
    except ValueError:
        return (0,)


def _runner() -> tuple[list[str], str | None]:
    """The command prefix that runs a server binary, and the user that owns the cluster."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no `postgres` user to run PostgreSQL as")
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root and `runuser` is missing: cannot start PostgreSQL as another user")
    return [runuser, "-u", "postgres", "--"], "postgres"


@contextlib.contextmanager
def postgres_server(settings: str = "", keep: Path | None = None) -> Iterator[str]:
    """Start a temporary cluster; yields the URL of an empty database in it. `settings`: more
    server options (`-c name=value ...`), e.g. the bulk-load settings of bench/ledger_bench.py.
    `keep`: the cluster lives in this folder instead and outlives the run (stopped cleanly, not
    removed); a folder holding one already is started again as it is, its databases kept, so a
    ledger built once (a million documents: ~20 min) can be measured and EXPLAINed many times."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'miji[postgres]')")
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (apt-get install postgresql)")
    prefix, owner = _runner()
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    root = keep.resolve() if keep is not None else Path(tempfile.mkdtemp(prefix="miji-pg-"))
    data, sock = root / "data", root / "sock"
    existing = (data / "PG_VERSION").is_file()
    sock.mkdir(exist_ok=True)
    if owner is not None:
        user = pwd.getpwnam(owner)
        for folder in (root, sock):
            os.chown(folder, user.pw_uid, user.pw_gid)
    os.chmod(root, 0o700)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, *args], capture_output=True, text=True, timeout=600, check=False)

    def discard() -> None:
        if keep is None:
            shutil.rmtree(root, ignore_errors=True)

    if not existing:
        init = run(str(bin_dir / "initdb"), "-D", str(data), "-U", "miji", "--auth=trust", "-E", "UTF8",
                   "--locale=C", "--no-sync")
        if init.returncode != 0:
            discard()
            pytest.skip(f"initdb failed: {init.stderr.strip()[-300:]}")
    if existing and run(str(bin_dir / "pg_ctl"), "-D", str(data), "status").returncode == 0:
        # a kept cluster another run is using (a build under way): share it, leave it running
        yield f"postgresql://miji@/miji?host={quote(str(sock), safe='')}"
        return
    options = f"-k {sock} -c listen_addresses='' -c fsync=off -c max_connections=50 {settings}".strip()
    start = run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-o", options,
                "-w", "-t", "600", "start")
    if start.returncode != 0:
        log = (root / "server.log").read_text(errors="replace")[-500:] if (root / "server.log").exists() else ""
        discard()
        pytest.skip(f"PostgreSQL did not start: {start.stderr.strip()[-300:]} {log}")
    try:
        if not existing:
            created = run(str(bin_dir / "createdb"), "-h", str(sock), "-U", "miji", "miji")
            if created.returncode != 0:
                pytest.skip(f"createdb failed: {created.stderr.strip()[-300:]}")
        yield f"postgresql://miji@/miji?host={quote(str(sock), safe='')}"
    finally:  # a kept cluster stops cleanly (no recovery at its next start); a throwaway one at once
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast" if keep is not None else "immediate", "-w",
            "-t", "600", "stop")
        discard()


def fresh_database(server_url: str, name: str | None = None, *, replace: bool = False) -> str:
    """A new empty database on the server, so each test starts with an empty ledger. `name`: this
    one (created if missing, kept as it is otherwise: a kept cluster's ledger; `replace`: emptied)."""
    import psycopg

    name = name or "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server_url, autocommit=True) as conn:
        if replace:
            conn.execute(f"DROP DATABASE IF EXISTS {name}")
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchall():
            conn.execute(f"CREATE DATABASE {name}")
    return server_url.replace("@/miji?", f"@/{name}?")
