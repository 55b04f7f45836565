"""The one-time upgrade of a ledger's side tables, in place against a rebuild (run by hand).

Side tables of the previous version gain the new column in place, filled from the verified events;
a rebuild refolds every table. Both are timed on copies of a SQLite ledger kept by ledger_bench:

    .venv/bin/python bench/ledger_bench.py --sizes 100000 --backends sqlite --keep /tmp/keep
    .venv/bin/python bench/upgrade_bench.py /tmp/keep/sqlite-100000
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from marker.ledger import index
from marker.ledger.store import Ledger


def prepare(db: Path, mode: str) -> int:
    """The copy made to look as the older Miji left it (in place), or with no index (rebuild)."""
    conn = sqlite3.connect(db)
    events = int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    if mode == "in place":
        table, column, _ = index.ADDED_COLUMN
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        pointer = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'index'").fetchone()[0])
        conn.execute("UPDATE meta SET value = ? WHERE key = 'index'",
                     (json.dumps({**pointer, "version": index.UPGRADED_FROM}),))
    else:
        conn.execute("UPDATE meta SET value = '{}' WHERE key = 'index'")
    conn.commit()
    conn.close()
    return events


def main() -> None:
    kept = Path(sys.argv[1])
    key = bytes.fromhex((kept / "ledger.key").read_text().strip())
    print(f"{'upgrade':<10} {'events':>12} {'open s':>9}")
    with tempfile.TemporaryDirectory() as scratch:
        for mode in ("in place", "rebuild"):
            work = Path(scratch) / mode.replace(" ", "-")
            shutil.copytree(kept, work)
            events = prepare(work / "ledger.sqlite3", mode)
            start = time.perf_counter()
            Ledger(str(work / "ledger.sqlite3"), key).close()
            print(f"{mode:<10} {events:>12,} {time.perf_counter() - start:>9.1f}")


if __name__ == "__main__":
    main()
