"""Bench-only bulk writing of the ledger's side tables: the real fold (`index.apply`) into memory,
then written to the ledger in bulk (bench/ledger_bench.py's million-document ledgers)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import numpy as np

from marker.ledger import index


class MemoryFold:
    """The side tables folded by `apply` into an in-memory SQLite database (primary keys only), to
    be written to a ledger in bulk: bench/ledger_bench.py builds its million-document ledgers so (the
    real fold, a chunk of documents at a time). Folding a whole existing ledger this way instead of
    one statement per event was tried for the one-time migration and was no faster (2.5x10^5
    events: 330 s against 342 s on PostgreSQL, slower on SQLite, both under load). The anchors
    (about 125 per document, most of the rows) are kept as arrays, for a binary COPY."""

    is_postgres = False

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        for statement in index.SCHEMA:
            if statement.startswith("CREATE TABLE"):
                self.conn.execute(statement)
        self.columns = {table: [str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")]
                        for table in index.TABLES}
        self._hashes: list[int] = []
        self._owners: list[tuple[str, int]] = []  # (registry, its number of anchors), in order

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        return self.conn.execute(sql, params)

    def execute_many(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if sql.startswith("INSERT INTO ix_anchors"):
            self._hashes.extend(h for h, _ in rows)
            self._owners.append((rows[0][1], len(rows)))
            return
        self.conn.executemany(sql, rows)

    @property
    def pending_anchors(self) -> int:
        return len(self._hashes)

    def take_anchors(self) -> tuple[np.ndarray, list[tuple[str, int]]]:
        """The anchors folded since the last take: their hashes, and (registry, count) in order."""
        hashes, owners = np.asarray(self._hashes, dtype=np.int64), self._owners
        self._hashes, self._owners = [], []
        return hashes, owners

    def rows(self, table: str) -> Any:
        """A cursor over a table's rows (not the anchors), columns in `self.columns[table]` order."""
        return self.conn.execute(f"SELECT {', '.join(self.columns[table])} FROM {table}")

    def clear(self) -> None:
        for table in index.TABLES:
            self.conn.execute(f"DELETE FROM {table}")

    def close(self) -> None:
        self.conn.close()


def anchor_copy_data(hashes: np.ndarray, owners: list[tuple[str, int]]) -> bytes:
    """(hash, registry) rows in PostgreSQL's binary COPY format, one numpy record array per width of
    registry number: a hundred million rows are not a hundred million Python calls."""
    if not owners:
        return b""
    names = np.array([r.encode("utf-8") for r, _ in owners])
    counts = np.array([n for _, n in owners])
    widths = np.array([len(n) for n in names])
    owner_of = np.repeat(np.arange(len(owners)), counts)
    parts = [b"PGCOPY\n\xff\r\n\0" + bytes(8)]
    for width in np.unique(widths).tolist():
        chosen = widths[owner_of] == width
        fields = [("fields", ">i2"), ("hash_len", ">i4"), ("hash", ">i8"), ("owner_len", ">i4")]
        rows = np.empty(int(chosen.sum()), dtype=fields + ([("owner", f"S{width}")] if width else []))
        rows["fields"], rows["hash_len"], rows["owner_len"] = 2, 8, width
        rows["hash"] = hashes[chosen]
        if width:
            rows["owner"] = names[owner_of[chosen]]
        parts.append(rows.tobytes())
    parts.append(b"\xff\xff")
    return b"".join(parts)
