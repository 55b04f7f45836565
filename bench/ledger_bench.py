"""Ledger speed at a company's scale, measured by hand (numbers go in the issue note, never in tests).

    .venv/bin/python bench/ledger_bench.py --results r.jsonl        # 10^3 and 10^5 documents, SQLite and PostgreSQL
    .venv/bin/python bench/ledger_bench.py --sizes 1000000 --results r.jsonl   # 10^6 documents (10^7 events): long
    .venv/bin/python bench/ledger_bench.py --table r.jsonl          # one table of every run in r.jsonl, with ratios
    .venv/bin/python bench/ledger_bench.py --keep DIR ...           # keep the SQLite ledgers built in DIR
    .venv/bin/python bench/ledger_bench.py --keep-pg DIR ...        # keep the PostgreSQL cluster in DIR; a
        # later run with the same DIR measures the ledgers built there again instead of rebuilding them
    .venv/bin/python bench/ledger_bench.py --built URL KEY N --results r.jsonl      # index + time a kept ledger
    .venv/bin/python bench/ledger_bench.py --postgres-from URL KEY N --results r.jsonl  # its events, COPYed to PG
    .venv/bin/python bench/ledger_bench.py --classic                # the older single-ledger measures

For each size N and backend, a ledger of N registered documents (10 events each: the dropped file's
two states, the registration with a content fingerprint, three copies reserved and issued, one
recalled) is written in bulk in exactly the format the append path writes (canonical payloads,
seq, prev_hash, HMAC under the workspace key, the signed head record and checkpoint; PostgreSQL
by COPY), then opened by the real code, which builds its side tables (the migration an existing
ledger goes through; `index build s`). Then, each the median of many runs:
  issue           one copy under an approval: usable_approval + reserve + complete (2 events)
  dup by hash     find_original + issued_copy_with for a dropped file's SHA-256
  dup by text     fingerprints_near + matches for a reproduction of a registered document's text
  copies list     one document's copies with titles (`copies list REGISTRY`)
  copies newest   the newest 50 copies of the whole ledger with titles (`copies list --limit 50`)
  register page   the 发放 register's first page, newest first (the console 登记簿 first view)
  register filter a filtered page of it (a date and a person), third page
  documents page  50 documents of the register after a registry number in the middle
  expiring        the documents expiring in a year that holds 100 of them at every size
  verify incr.    `verify --incremental` after 20 new events
  start-up check  what the daemon does before its first file: open, incremental verify, recovery
                  of reservations and of files left processing
  verify full     events/s of the full walk (linear: the same rate at every size)
The floor of each figure is the same operation at the smallest size: flat means ratio ~1. On a
shared machine one run's ratio moves with the load; `bench/ledger_explain.py` prints each
operation's statements and plans on a kept ledger, and times two kept sizes in alternation.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bulk_fold import MemoryFold, anchor_copy_data  # noqa: E402
from bench.summary import add_summary_argument, write_summary  # noqa: E402
from marker.domain.fingerprint import Fingerprint, matches  # noqa: E402
from marker.domain.policy import load_policy  # noqa: E402
from marker.ledger import index  # noqa: E402
from marker.ledger.approvals import usable_approval  # noqa: E402
from marker.ledger.export import RowFilter, register_page  # noqa: E402
from marker.ledger.registers import (  # noqa: E402
    complete_copy,
    copies_indexed,
    documents_named,
    documents_page,
    expiring,
    files_in_state,
    find_original,
    fingerprints_near,
    issued_copy_with,
    recover_pending,
    register_document,
    reserve_copies,
    voided_copy_paths,
)
from marker.ledger.store import Ledger, _canonical, event_hash, open_ledger  # noqa: E402

SHINGLES = 2000  # a few pages of text: a 256-hash sample over the lowest 1/8 of the hash range
SAMPLE = 256
EXPIRING_YEAR = 2029  # the first 100 documents expire then; the others later


# --- bulk build --------------------------------------------------------------------------------
def fingerprint_hex(rng: np.random.Generator) -> str:
    """A fingerprint with the statistics of a real one of SHINGLES shingles (uniform hashes)."""
    top = np.uint64(int((1 << 64) * SAMPLE / SHINGLES))
    sample = np.unique(rng.integers(0, top, size=SAMPLE, dtype=np.uint64))
    return Fingerprint(shingles=SHINGLES, hashes=sample.astype("<u8").tobytes()).hex()


def registry_of(i: int) -> str:
    return f"MJ-{2016 + i // 200_000}-{i % 200_000 + 1:06d}"


def sha_of(kind: str, i: int) -> str:
    return hashlib.sha256(f"{kind}{i}".encode()).hexdigest()


def document_events(i: int, rng: np.random.Generator) -> Iterator[tuple[str, str | None, str | None, dict]]:
    """(kind, registry, copy_no, payload) of one document's life, as the pipeline writes them."""
    registry, original = registry_of(i), sha_of("original", i)
    name = f"报告{i}.docx"
    year = EXPIRING_YEAR if i < 100 else 2030 + i % 30
    yield "file_state", None, None, {"sha256": original, "name": name, "state": "processing"}
    yield "document_registered", registry, None, {
        "title": f"2026年第{i}号经营报告", "original_sha256": original, "level": "机密", "period": "10年",
        "expiry": f"{year}-06-30", "category": "financial", "decided_by": "person", "source_name": name,
        "kind": "docx", "policy": "default", "original_path": f"/srv/miji/inbox/{name}",
        "archive_path": f"/srv/miji/archive/{registry}/{name}", "confidence": 0.91, "converted_from": None,
        "document_date": "2026-06-30", "fingerprint": fingerprint_hex(rng)}
    for n in (1, 2, 3):
        yield "copy_reserved", registry, f"{n:06d}", {
            "recipient": f"收件人{n}", "path": f"/srv/miji/outbox/{registry}-{n:06d}.docx", "approval": None,
            "medium": "electronic", "recall_by": None, "pid": 4242, "host": "bench"}
    for n in (1, 2, 3):
        yield "copy_issued", registry, f"{n:06d}", {"sha256": sha_of(f"copy{n}-", i),
                                                     "path": f"/srv/miji/outbox/{registry}-{n:06d}.docx"}
    yield "copy_recalled", registry, "000003", {}
    yield "file_state", None, None, {"sha256": original, "name": name, "state": "marked", "registry": registry,
                                     "destination": f"/srv/miji/outbox/{registry}-000001.docx"}


PG_BULK_SETTINGS = ("-c wal_level=minimal -c max_wal_senders=0 -c synchronous_commit=off -c full_page_writes=off "
                    "-c max_wal_size=16GB -c checkpoint_timeout=1h -c maintenance_work_mem=1GB "
                    "-c shared_buffers=512MB")  # the throwaway cluster: tables loaded in the transaction
# that truncated them write no WAL (wal_level=minimal) and are frozen as they are loaded (COPY FREEZE)
EVENT_COLUMNS = "seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash"
FLUSH_DOCUMENTS = 2000


def _pg_events_indexes() -> list[str]:
    from marker.ledger import store

    return [line.rstrip(";") for line in store._PG_TABLES.splitlines() if line.startswith("CREATE INDEX")]


def bulk_append(ledger: Ledger, documents: int, *, seed: int = 1, side_tables: bool = False) -> tuple[int, str]:
    """Write `documents` documents' events after the current head, chained and signed exactly as
    `Ledger.append` does, plus the signed head record; returns the new head.

    `side_tables`: also their side-table rows (folded by the real code a chunk at a time, see
    ChunkFold) and the index pointer, lookup indexes built after the load: the ledger as Miji
    leaves it, without the one-time migration of an existing ledger (35 min at 10^7 events on
    SQLite, hours on PostgreSQL). On PostgreSQL the ledger must be empty: its tables are truncated
    in the load's transaction, so COPY writes no WAL and freezes the rows (no later rewrite)."""
    seq, previous = ledger.head()
    postgres = ledger.is_postgres
    if side_tables and seq and (postgres or index.read_pointer(ledger._meta("index")) != (seq, previous)):
        raise ValueError("side tables are written in bulk only after a fully indexed head (PostgreSQL: empty)")
    rng = np.random.default_rng(seed)
    at = "2026-06-30T09:00:00+08:00"
    sql = f"INSERT INTO events ({EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    # the real fold (index.apply) a chunk of documents at a time, in memory: the generated documents
    # share no key (registry, copy, file hash; no approval), so this gives exactly the rows folding
    # the whole chain gives (`ledger verify --full` compares them: tests/test_ledger_bench.py)
    fold = MemoryFold() if side_tables else None
    batch: list[tuple] = []
    freeze = " WITH (FREEZE)" if side_tables else ""

    def flush() -> None:
        if postgres:
            with ledger._conn.cursor() as cur, cur.copy(f"COPY events ({EVENT_COLUMNS}) FROM STDIN{freeze}") as copy:
                for row in batch:
                    copy.write_row(row)
        else:
            ledger._conn.executemany(sql, batch)
        batch.clear()
        if fold is None:
            return
        hashes, owners = fold.take_anchors()
        for table in index.TABLES:
            if table == "ix_anchors":
                continue
            columns = ", ".join(fold.columns[table])
            if postgres:
                with ledger._conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN{freeze}") as copy:
                    for row in fold.rows(table):
                        copy.write_row(row)
            else:
                marks = ", ".join("?" * len(fold.columns[table]))
                ledger._conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", fold.rows(table))
        fold.clear()
        if not owners:
            return
        if postgres:
            with ledger._conn.cursor() as cur, \
                    cur.copy("COPY ix_anchors (hash, registry) FROM STDIN WITH (FORMAT binary, FREEZE)") as copy:
                copy.write(anchor_copy_data(hashes, owners))
        else:
            ledger._conn.executemany("INSERT INTO ix_anchors (hash, registry) VALUES (?, ?)", zip(
                hashes.tolist(), (registry for registry, n in owners for _ in range(n)), strict=True))

    events_indexes = _pg_events_indexes() if postgres else []
    with ledger.transaction():
        if side_tables:
            if postgres:
                ledger.execute(f"TRUNCATE events, {', '.join(index.TABLES)}")
            for name in [*index.SECONDARY, *(statement.split()[5] for statement in events_indexes)]:
                ledger.execute(f"DROP INDEX IF EXISTS {name}")  # built after the load, each one sort
        for i in range(documents):
            for kind, registry, copy_no, payload in document_events(i, rng):
                seq += 1
                payload_json = _canonical(payload)
                digest = event_hash(ledger.key, seq, at, kind, registry, copy_no, "miji-daemon", payload_json,
                                    previous)
                batch.append((seq, at, kind, registry, copy_no, "miji-daemon", payload_json, previous, digest))
                if fold is not None:
                    index.apply(fold, seq, at, kind, registry, copy_no, "miji-daemon", json.loads(payload_json))
                previous = digest
            if (i + 1) % FLUSH_DOCUMENTS == 0:
                flush()
            if (i + 1) % 100_000 == 0:
                print(f"  {i + 1:,} documents written", file=sys.stderr, flush=True)
        flush()
        value = json.dumps({"seq": seq, "hash": previous, "mac": ledger._head_mac(seq, previous)})
        ledger._set_meta("head", value)
        if side_tables:
            ledger._set_meta("index", index.pointer_value(seq, previous))
            for statement in [*index.SCHEMA, *events_indexes]:
                ledger.execute(statement)
    if side_tables and postgres:  # statistics and the visibility map (index-only scans), as after a build
        for table in ("events", *index.TABLES):
            ledger.execute(f"VACUUM (ANALYZE) {table}")
    ledger._verified = (seq, previous)  # written here, under the key: nothing to walk again
    ledger.save_checkpoint(seq, previous)
    return seq, previous


# --- measures ----------------------------------------------------------------------------------
def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median of `runs` timed runs after one untimed: the kept PostgreSQL cluster starts with empty
    shared buffers, and a first read of a million-document ledger's pages is the disk, not the plan."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def add_approver(ledger: Ledger, registry: str, copies_: int) -> int:
    from marker.ledger.approvals import grant
    from marker.ledger.people import add_person, appoint_officer

    policy = load_policy(None)
    officer = appoint_officer(ledger, policy, name="保密员", secret="bench-secret")
    person = add_person(ledger, policy, name="王芳", role="部门经理", dept="", secret="bench-secret", by=officer)
    return grant(ledger, policy, registry=registry, by=person, copies=copies_).id


def prepare(url: str, key_path: Path, documents: int, *, side_tables: bool = False) -> dict[str, float]:
    """A fresh ledger of `documents` written in bulk and one registered under an approval by the real
    code. Without `side_tables` that one comes first and the bulk events are left unindexed, so the
    next open builds the side tables (the one-time migration, `index build s`)."""
    ledger = open_ledger(url, key_path)

    def approved() -> None:
        registry = register_document(ledger, year=2026, actor="bench", facts={
            "title": "审批文件", "original_sha256": "f" * 64, "level": "机密", "expiry": None})
        add_approver(ledger, registry, 1_000_000)

    if not side_tables:
        approved()
    start = time.perf_counter()
    bulk_append(ledger, documents, side_tables=side_tables)
    figures = {"build events/s": (documents * 10) / (time.perf_counter() - start)}
    if side_tables:
        figures["build s"] = time.perf_counter() - start
        approved()
    ledger.close()
    return figures


def measure(url: str, key_path: Path, documents: int, runs: int, full_verify_max: int,
            migrate_max: int) -> dict[str, float]:
    """Build, open (the migration, up to `migrate_max` documents), then time each operation;
    returns name -> ms (and build seconds)."""
    side_tables = documents > migrate_max
    figures = prepare(url, key_path, documents, side_tables=side_tables)
    figures.update(index_and_time(url, key_path, documents, runs, full_verify_max))
    if side_tables:
        figures.pop("index build s")  # nothing was left to build
    return figures


def index_and_time(url: str, key_path: Path, documents: int, runs: int, full_verify_max: int) -> dict[str, float]:
    """Open a ledger whose side tables are not built yet (the migration), then time the operations."""
    start = time.perf_counter()
    ledger = open_ledger(url, key_path)  # an existing ledger: its indexes are built now
    figures = {"index build s": time.perf_counter() - start}
    registry = ledger.query("SELECT registry FROM events WHERE kind = 'approval_granted' ORDER BY seq LIMIT 1")[0][0]
    approval = int(ledger.query("SELECT seq FROM events WHERE kind = 'approval_granted' ORDER BY seq LIMIT 1")[0][0])
    ledger.close()
    figures.update(time_operations(url, key_path, documents, runs, registry, approval, full_verify_max))
    return figures


def copy_to_postgres(source_url: str, source_key: Path, target_url: str, target_key: Path, *,
                     side_tables: bool = False) -> dict[str, float]:
    """The events of a built ledger, COPYed into an empty PostgreSQL ledger (the same key), with the
    signed head record and checkpoint: the same ledger on the other backend, its side tables unbuilt.
    `side_tables`: the source's side tables and index pointer too (built by the real fold on the
    source), the lookup indexes built after the COPY: the PostgreSQL ledger as its own build would
    leave it, without waiting for that build (`index build s` at 10^5 says what it costs)."""
    from marker.ledger import index

    target_key.parent.mkdir(parents=True, exist_ok=True)
    target_key.write_bytes(source_key.read_bytes())
    target_key.chmod(0o600)
    source = open_ledger(source_url, source_key)
    target = open_ledger(target_url, target_key)
    start = time.perf_counter()
    count = 0
    tables = [("events", "seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash")]
    if side_tables:
        tables += [(table, ", ".join(str(row[1]) for row in source.query(f"PRAGMA table_info({table})")))
                   for table in index.TABLES]
    source._conn.execute("BEGIN")  # one snapshot of the source: events, side tables and pointer agree
    with target.transaction():  # (its start has set up the empty side tables, lookup indexes included)
        for name in index.SECONDARY if side_tables else ():
            target.execute(f"DROP INDEX IF EXISTS {name}")  # built after the COPY, not row by row
        for table, columns in tables:
            cursor = source._conn.execute(f"SELECT {columns} FROM {table}")
            with target._conn.cursor() as cur, cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                while rows := cursor.fetchmany(20_000):
                    for row in rows:
                        copy.write_row(row)
                    count += len(rows) if table == "events" else 0
            print(f"  copied {table} in {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
        target._set_meta("head", source._meta("head") or "")
    if side_tables:
        target._set_meta("index", source._meta("index") or "{}")
    source._conn.execute("ROLLBACK")
    if side_tables:
        for statement in index.SCHEMA:
            target.execute(statement)
        for table in ("events", *index.TABLES):  # statistics, hint bits and visibility map after the COPY
            target.execute(f"VACUUM (ANALYZE) {table}")
    seq, digest = target.head()
    target.save_checkpoint(seq, digest)
    figures = {"copy events/s": count / (time.perf_counter() - start)}
    source.close()
    target.close()
    return figures


def start_up(url: str, key_path: Path) -> None:
    """The daemon's checks before its first file (marker.intake.recovery.recover, less the files)."""
    ledger = open_ledger(url, key_path)
    assert ledger.verify(incremental=True).ok
    recover_pending(ledger, actor="bench")
    voided_copy_paths(ledger)
    files_in_state(ledger, "processing")
    ledger.close()


def time_operations(url: str, key_path: Path, documents: int, runs: int, registry: str,
                    approval: int, full_verify_max: int = 100_000) -> dict[str, float]:
    """The per-operation figures on a built, indexed ledger. The build's gigabytes are flushed
    first: timed while the kernel writes them back, every fsync of the signed checkpoint (two per
    issue, most of its cost) and every page read waits behind them, and the biggest size looks slow
    for a reason that is not its size."""
    os.sync()
    figures: dict[str, float] = {}
    ledger = open_ledger(url, key_path)
    policy = load_policy(None)
    folder = key_path.parent
    middle = documents // 2
    rng = np.random.default_rng(1)
    fingerprints = [fingerprint_hex(rng) for _ in range(min(documents, 50))]  # the first documents' texts
    reproduction = Fingerprint.from_hex(fingerprints[7])
    unrelated = Fingerprint.from_hex(fingerprint_hex(np.random.default_rng(99)))

    def issue() -> None:
        with ledger.transaction():
            usable_approval(ledger, policy, registry, 1, date.today())
            number = reserve_copies(ledger, registry, ["李四"], actor="bench", paths=[folder / "c-{copy}.docx"],
                                    approval=approval)[0]
        complete_copy(ledger, registry, number, sha256="e" * 64, path=folder / f"c-{number}.docx", actor="bench")

    def by_hash() -> None:
        assert find_original(ledger, sha_of("original", middle)) == registry_of(middle)
        assert issued_copy_with(ledger, sha_of("unknown", middle)) is None

    def by_text() -> None:
        found = matches(reproduction, ((r, Fingerprint.from_hex(h))
                                       for r, h in fingerprints_near(ledger, reproduction.sample)))
        assert found and found[0].key.registry == registry_of(7), found
        assert not matches(unrelated, ((r, Fingerprint.from_hex(h))
                                       for r, h in fingerprints_near(ledger, unrelated.sample)))

    def copies_list() -> None:
        records = copies_indexed(ledger, registry_of(middle))
        assert len(records) == 3 and documents_named(ledger, (c.registry for c in records))

    def copies_newest() -> None:
        records = copies_indexed(ledger, newest=50)
        assert len(records) == 50 and documents_named(ledger, (c.registry for c in records))

    def first_page() -> None:
        rows, more = register_page(ledger, "发放", page=1, size=200)[1:]
        assert len(rows) == 200 and more

    def filtered_page() -> None:
        chosen = RowFilter(until=date(2026, 6, 30), person="收件人2")
        rows = register_page(ledger, "发放", chosen, page=3, size=200)[1]
        assert len(rows) == min(200, max(0, documents - 400)), len(rows)

    def documents_middle() -> None:
        assert len(documents_page(ledger, after=registry_of(middle), limit=50)) == min(50, documents - middle - 1)

    def expiring_year() -> None:
        assert len(expiring(ledger, EXPIRING_YEAR)) == min(100, documents)

    figures["issue ms"] = median_ms(issue, runs)
    figures["dup by hash ms"] = median_ms(by_hash, runs)
    figures["dup by text ms"] = median_ms(by_text, max(5, runs // 4))
    figures["copies list ms"] = median_ms(copies_list, runs)
    figures["copies newest ms"] = median_ms(copies_newest, runs)
    figures["register page ms"] = median_ms(first_page, max(5, runs // 4))
    figures["register filter ms"] = median_ms(filtered_page, max(5, runs // 4))
    figures["documents page ms"] = median_ms(documents_middle, runs)
    figures["expiring ms"] = median_ms(expiring_year, max(5, runs // 4))
    incremental = []
    for _ in range(21):  # one sample is at the mercy of the scheduler on a shared machine: 0.9-20 ms at
        # 10^3 and at 10^6 documents alike, whose median of 7 once read as 3x
        for _ in range(10):
            issue()  # 20 new events since the checkpoint
        ledger.close()
        ledger = open_ledger(url, key_path)
        ledger._verified = None
        start = time.perf_counter()
        result = ledger.verify(incremental=True)
        incremental.append((time.perf_counter() - start) * 1000)
        assert result.ok, result
    ledger.close()
    figures["verify incremental ms"] = statistics.median(incremental)
    figures["start-up check ms"] = median_ms(lambda: start_up(url, key_path), max(9, runs // 10))
    if documents <= full_verify_max:
        figures.update(full_walk(url, key_path))
    return figures


def full_walk(url: str, key_path: Path) -> dict[str, float]:
    """`verify` walking the whole chain (every link and HMAC): events per second."""
    ledger = open_ledger(url, key_path)
    start = time.perf_counter()
    result = ledger.verify_chain()
    rate = result.count / (time.perf_counter() - start)
    assert result.ok, result
    ledger.close()
    return {"verify full events/s": rate}


@contextlib.contextmanager
def backend(name: str, folder: Path, keep_pg: Path | None = None) -> Iterator[Callable[..., str]]:
    """A function giving a fresh, empty ledger URL of this backend (PostgreSQL with `keep_pg`: the
    database `ledger_<size>` of the cluster kept there, as a previous run left it)."""
    if name == "sqlite":
        counter = iter(range(1_000_000))
        yield lambda size=0, replace=False: str(folder / f"ledger-{next(counter)}.sqlite3")
        return
    from tests.pg import fresh_database, postgres_server

    with postgres_server(PG_BULK_SETTINGS, keep=keep_pg) as server:
        yield lambda size=0, replace=False: fresh_database(server, f"ledger_{size}" if keep_pg is not None else None,
                                                           replace=replace)


def kept_ledger(url: str, key_path: Path) -> bool:
    """A ledger a previous run with --keep-pg built completely (its side tables and checkpoint)."""
    if not key_path.is_file():
        return False
    ledger = open_ledger(url, key_path)
    try:
        return bool(ledger.query("SELECT 1 FROM events WHERE kind = 'approval_granted' LIMIT 1"))
    finally:
        ledger.close()


OPS = ("issue ms", "dup by hash ms", "dup by text ms", "copies list ms", "copies newest ms", "register page ms",
       "register filter ms", "documents page ms", "expiring ms", "verify incremental ms", "start-up check ms")
RATES = ("verify full events/s",)


def record(results: Path | None, name: str, size: int, figures: dict[str, float]) -> None:
    print(f"  {name} {size:>9,} documents: {json.dumps(figures)}", file=sys.stderr, flush=True)
    if results is not None:
        with results.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"backend": name, "documents": size, "figures": figures}) + "\n")


def run_scale(sizes: list[int], backends: list[str], runs: int, results: Path | None, keep: Path | None,
              full_verify_max: int, migrate_max: int,
              keep_pg: Path | None = None) -> dict[tuple[str, int], dict[str, float]]:
    measured: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="miji-ledger-bench-") as tmp:
        folder = keep or Path(tmp)
        for name in backends:
            try:
                with backend(name, folder, keep_pg) as fresh:
                    for size in sizes:
                        key_dir = (keep_pg if name == "postgres" and keep_pg else folder) / f"{name}-{size}"
                        started = time.perf_counter()
                        url = fresh(size) if name == "postgres" or keep is None else str(key_dir / "ledger.sqlite3")
                        if name == "postgres" and keep_pg and kept_ledger(url, key_dir / "ledger.key"):
                            print(f"  postgres {size:,}: the kept ledger, not built again", file=sys.stderr)
                            measured[(name, size)] = index_and_time(url, key_dir / "ledger.key", size, runs,
                                                                    full_verify_max)
                            measured[(name, size)].pop("index build s")
                            record(results, name, size, measured[(name, size)])
                            continue
                        key_dir.mkdir(parents=True, exist_ok=True)
                        if name == "postgres" and keep_pg:  # a build cut short: start again
                            (key_dir / "ledger.key").unlink(missing_ok=True)
                            url = fresh(size, replace=True)
                        measured[(name, size)] = measure(url, key_dir / "ledger.key", size, runs, full_verify_max,
                                                         migrate_max)
                        measured[(name, size)]["measured in s"] = time.perf_counter() - started
                        record(results, name, size, measured[(name, size)])
            except BaseException as exc:  # pytest.skip from tests/pg.py when no server can start
                if type(exc).__name__ != "Skipped":
                    raise
                print(f"  {name}: skipped ({exc})", file=sys.stderr)
    return measured


def print_table(measured: dict[tuple[str, int], dict[str, float]]) -> None:
    """One table: every operation at every (backend, size), and its ratio to the backend's smallest size."""
    columns = sorted(measured, key=lambda c: (c[0] != "sqlite", c[0], c[1]))
    smallest = {name: min(s for n, s in columns if n == name) for name, _ in columns}
    header = ["operation"]
    for name, size in columns:
        header.append(f"{name} {size:,}")
        if size != smallest[name]:
            header.append("ratio")
    rows = []
    for op in ("build events/s", "build s", "copy events/s", "index build s", *OPS, *RATES):
        if not any(op in measured[c] for c in columns):
            continue
        row = [op]
        for name, size in columns:
            value = measured[(name, size)].get(op)
            row.append(f"{value:,.2f}" if value is not None else "—")
            if size != smallest[name]:
                floor = measured[(name, smallest[name])].get(op)
                flat = op in OPS or op in RATES
                row.append(f"{value / floor:.2f}×" if flat and value is not None and floor else "")
        rows.append(row)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(v).rjust(w) if i else str(v).ljust(w) for i, (v, w) in enumerate(zip(row, widths,
                                                                                                  strict=True))))


def read_results(path: Path) -> dict[tuple[str, int], dict[str, float]]:
    """Every run recorded in a results file (later runs of one backend and size win)."""
    measured: dict[tuple[str, int], dict[str, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            measured.setdefault((item["backend"], int(item["documents"])), {}).update(item["figures"])
    return measured


def write_scale_summary(summary: Path, measured: dict[tuple[str, int], dict[str, float]]) -> None:
    lines = []
    for name in sorted({n for n, _ in measured}):
        sizes = sorted(s for n, s in measured if n == name)
        for size in sizes:
            for op in OPS:
                value = measured[(name, size)].get(op)
                floor = measured[(name, sizes[0])].get(op) if size != sizes[0] else None
                if value is None:
                    continue
                lines.append({"what": f"ledger {name}: {op.removesuffix(' ms')} at {size:,} documents", "miji": value,
                              "floor": floor, "unit": "ms", "ratio": value / floor if floor else None,
                              "goal": f"flat: ≤ 2× the {sizes[0]:,}-document figure"})
    write_summary(summary, lines)


FACTS = {"title": "基准测试", "original_sha256": "0" * 64, "level": "机密", "period": "10年", "expiry": None,
         "category": "financial", "source_name": "x.docx", "kind": "docx", "policy": "default"}


def fill(ledger: Ledger, registries: int, copies_each: int) -> list[str]:
    """Background: many documents, each with issued copies (approx. registries * (2 * copies + 1) events)."""
    made = []
    with ledger.transaction():
        for _ in range(registries):
            registry = register_document(ledger, year=2026, actor="bench", facts=FACTS)
            numbers = reserve_copies(ledger, registry, ["张三"] * copies_each, actor="bench",
                                     paths=[Path("/nonexistent/{copy}.docx")] * copies_each)
            for number in numbers:
                complete_copy(ledger, registry, number, sha256="0" * 64, path=Path(f"/nonexistent/{number}"),
                              actor="bench")
            made.append(registry)
    return made


def bench_ledger_issue(folder: Path, issues: int, *, with_approval: bool) -> float:
    ledger = open_ledger(folder / f"issue-{with_approval}.sqlite3", folder / "key")
    fill(ledger, 2000, 10)  # ~42,000 events already in the ledger
    registry = register_document(ledger, year=2026, actor="bench", facts=FACTS)
    policy = load_policy(None)
    approval = add_approver(ledger, registry, issues + 1) if with_approval else None
    start = time.perf_counter()
    for i in range(issues):
        with ledger.transaction():
            if with_approval:
                usable_approval(ledger, policy, registry, 1, date.today())
            number = reserve_copies(ledger, registry, ["李四"], actor="bench", paths=[folder / "c-{copy}.docx"],
                                    approval=approval)[0]
        complete_copy(ledger, registry, number, sha256=f"{i:064d}", path=folder / f"c-{number}.docx", actor="bench")
    elapsed = time.perf_counter() - start
    ledger.close()
    return 2 * issues / elapsed


def bench_end_to_end(folder: Path, count: int) -> float:
    from marker.intake.distribute import issue_registered
    from marker.intake.mark import mark_file
    from marker.worker.isolation import InProcess
    from tests.builders import make_docx

    policy = load_policy(None)
    ledger = open_ledger(folder / "e2e.sqlite3", folder / "key")
    source = make_docx(folder / "季度预算.docx", ["2026年第一季度财务预算", "收入与支出明细。"] * 20)
    marked = mark_file(source, policy, ledger, worker=InProcess(),
                       actor="bench", level="机密", out_dir=folder / "marked",
                           archive_dir=folder / "archive")
    add_approver(ledger, marked.registry, count)
    start = time.perf_counter()
    for _ in range(count):
        issue_registered(ledger, InProcess(), policy, registry=marked.registry, recipients=["张三"], actor="bench",
                         out_dir=folder / "copies", under_approval=True)
    elapsed = time.perf_counter() - start
    ledger.close()
    return count / elapsed


def bench_verify(folder: Path, events: int) -> tuple[float, int]:
    ledger = open_ledger(folder / "verify.sqlite3", folder / "key")
    per_doc = 10
    fill(ledger, events // (2 * per_doc + 1), per_doc)
    start = time.perf_counter()
    result = ledger.verify()
    elapsed = time.perf_counter() - start
    assert result.ok, result
    ledger.close()
    return elapsed, result.count


PARALLEL_WRITER = """
import sys
from pathlib import Path
from marker.ledger.store import open_ledger
from marker.ledger.registers import complete_copy, reserve_copies
folder, registry, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
ledger = open_ledger(folder / "parallel.sqlite3", folder / "key")
print("go", flush=True)
for i in range(count):
    number = reserve_copies(ledger, registry, ["王五"], actor="other", paths=[folder / "o-{copy}.docx"])[0]
    complete_copy(ledger, registry, number, sha256="1" * 64, path=folder / f"o-{number}", actor="other")
"""


def bench_parallel_latency(folder: Path, issues: int) -> tuple[list[float], list[float]]:
    ledger = open_ledger(folder / "parallel.sqlite3", folder / "key")
    mine = register_document(ledger, year=2026, actor="bench", facts=FACTS)
    theirs = register_document(ledger, year=2026, actor="bench", facts=FACTS)

    def run(n: int) -> list[float]:
        latencies = []
        for _ in range(n):
            start = time.perf_counter()
            number = reserve_copies(ledger, mine, ["李四"], actor="bench", paths=[folder / "m-{copy}.docx"])[0]
            complete_copy(ledger, mine, number, sha256="2" * 64, path=folder / f"m-{number}", actor="bench")
            latencies.append(time.perf_counter() - start)
        return latencies

    alone = run(issues)
    other = subprocess.Popen([sys.executable, "-c", PARALLEL_WRITER, str(folder), theirs, str(issues * 20)],
                             stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    other.stdout.readline()  # type: ignore[union-attr]
    contended = run(issues)
    other.wait()
    assert ledger.verify().ok
    ledger.close()
    return alone, contended


def run_classic(args: argparse.Namespace) -> None:
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="miji-bench-") as tmp:
        folder = Path(tmp)
        rate = bench_ledger_issue(folder, args.issues, with_approval=False)
        rows.append(("ledger-level issue: reserve+complete (42k events in ledger)", f"{rate:,.0f} events/s",
                     "≥ 500 events/s"))
        rate = bench_ledger_issue(folder, args.issues, with_approval=True)
        rows.append(("ledger-level issue incl. approval check", f"{rate:,.0f} events/s", "≥ 500 events/s"))
        rate = bench_end_to_end(folder, args.e2e)
        rows.append(("end-to-end issue_copies, real DOCX stamping", f"{rate:,.1f} copies/s "
                     f"({2 * rate:,.0f} events/s)", "—"))
        elapsed, count = bench_verify(folder, args.verify_events)
        rows.append((f"ledger verify, {count:,} events", f"{elapsed:.2f} s", "< 3 s"))
        alone, contended = bench_parallel_latency(folder, max(200, args.issues // 10))
        rows.append(("issue latency alone: median / p95", f"{ms(alone, 0.5)} / {ms(alone, 0.95)} ms", "—"))
        rows.append(("issue latency, other process issuing: median / p95",
                     f"{ms(contended, 0.5)} / {ms(contended, 0.95)} ms", "—"))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<32}  goal")
    print("-" * (width + 46))
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<32}  {goal}")


def ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000", help="registered documents, comma-separated")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--runs", type=int, default=100, help="repetitions per operation (median)")
    parser.add_argument("--classic", action="store_true", help="the older single-ledger measures instead")
    parser.add_argument("--built", nargs=3, metavar=("URL", "KEY", "DOCUMENTS"),
                        help="build the side tables of a ledger kept from a run (--keep), then time it")
    parser.add_argument("--postgres-from", nargs=3, metavar=("URL", "KEY", "DOCUMENTS"),
                        help="COPY a kept SQLite ledger's events into a fresh PostgreSQL ledger, then as --built")
    parser.add_argument("--indexed", action="store_true",
                        help="--built: its side tables are already built (do not record the open as the build)")
    parser.add_argument("--then-postgres", action="store_true",
                        help="--built: then COPY it, side tables too, to a fresh PostgreSQL ledger and time that")
    parser.add_argument("--with-side-tables", action="store_true",
                        help="--postgres-from: COPY the source's side tables too (no fold on PostgreSQL)")
    parser.add_argument("--keep", type=Path, help="build the SQLite ledgers in this folder and keep them")
    parser.add_argument("--keep-pg", type=Path, metavar="DIR",
                        help="keep the PostgreSQL cluster in DIR (database ledger_<size>, key in postgres-<size>/) "
                             "and reuse the ledgers a previous run built there instead of building them again")
    parser.add_argument("--results", type=Path, help="append each run's figures to this JSON-lines file")
    parser.add_argument("--table", type=Path, help="only print the table of the runs in this results file")
    parser.add_argument("--full-verify-max", type=int, default=100_000,
                        help="walk the whole chain (verify full) at sizes up to this many documents")
    parser.add_argument("--migrate-max", type=int, default=100_000,
                        help="up to this many documents the side tables are built by opening the ledger (the "
                             "one-time migration, timed); above, written with the events")
    parser.add_argument("--verify-events", type=int, default=100_000)
    parser.add_argument("--issues", type=int, default=2000)
    parser.add_argument("--e2e", type=int, default=50)
    add_summary_argument(parser)
    args = parser.parse_args()
    if args.classic:
        run_classic(args)
        return
    if args.built:
        url, key, count = args.built
        name = "postgres" if url.startswith("postgres") else "sqlite"
        start = time.perf_counter()
        open_ledger(url, Path(key)).close()  # the side tables are built now (the migration)
        if not args.indexed:
            record(args.results, name, int(count), {"index build s": time.perf_counter() - start})
        if args.then_postgres:  # the same ledger on PostgreSQL, its side tables COPYed, not folded again
            with tempfile.TemporaryDirectory(prefix="miji-ledger-bench-") as tmp, \
                    backend("postgres", Path(tmp)) as fresh:
                target, target_key = fresh(), Path(tmp) / "postgres" / "ledger.key"
                figures = copy_to_postgres(url, Path(key), target, target_key, side_tables=True)
                figures.update(index_and_time(target, target_key, int(count), args.runs,
                                              min(args.full_verify_max, 100_000)))  # the full walk: on SQLite
                figures.pop("index build s")
            record(args.results, "postgres", int(count), figures)
        figures = index_and_time(url, Path(key), int(count), args.runs, 0)
        figures.pop("index build s")
        record(args.results, name, int(count), figures)
        if int(count) <= args.full_verify_max:
            record(args.results, name, int(count), full_walk(url, Path(key)))
        return
    if args.postgres_from:
        url, key, count = args.postgres_from
        with tempfile.TemporaryDirectory(prefix="miji-ledger-bench-") as tmp, backend("postgres", Path(tmp)) as fresh:
            target, target_key = fresh(), Path(tmp) / "postgres" / "ledger.key"
            figures = copy_to_postgres(url, Path(key), target, target_key, side_tables=args.with_side_tables)
            figures.update(index_and_time(target, target_key, int(count), args.runs, args.full_verify_max))
            if args.with_side_tables:
                figures.pop("index build s")  # nothing was folded: not the cost of building them
        record(args.results, "postgres", int(count), figures)
        return
    if args.table:
        measured = read_results(args.table)
    else:
        measured = run_scale([int(s) for s in args.sizes.split(",")], args.backends.split(","), args.runs,
                             args.results, args.keep, args.full_verify_max, args.migrate_max, args.keep_pg)
    print_table(measured)
    if args.summary is not None:
        write_scale_summary(args.summary, measured)


if __name__ == "__main__":
    main()
