"""The ledger (登记簿): an append-only, hash-chained list of events in SQLite (or PostgreSQL).

Nothing is updated or deleted: every change is a new event. Each event stores the hash of the
previous one and an HMAC of its own content under a workspace key kept outside the database,
so editing, deleting or reordering rows is detected by `verify`, and rewriting the chain after
an edit needs the key. Current state (copies outstanding, approvals left) is derived from events.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marker.errors import LedgerError, LedgerIntegrityError, MijiError
from marker.ledger import index
from marker.ledger.checkpoint import Checkpoint, advance_checkpoint, checkpoint_path, read_checkpoint

log = logging.getLogger(__name__)

GENESIS = "0" * 64
VERIFY_STEP = 1000  # events between two progress callbacks: cheap next to the HMAC of each event
SCHEMA_VERSION = 1

_SQLITE_SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    registry TEXT,
    copy_no TEXT,
    actor TEXT,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_kind_registry ON events(kind, registry);
CREATE INDEX IF NOT EXISTS events_registry_copy ON events(registry, copy_no);
CREATE TRIGGER IF NOT EXISTS events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END;
CREATE TRIGGER IF NOT EXISTS events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'ledger is append-only'); END;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_PG_TABLES = """
CREATE TABLE IF NOT EXISTS events (
    seq BIGINT PRIMARY KEY,
    at TEXT NOT NULL,
    kind TEXT NOT NULL,
    registry TEXT,
    copy_no TEXT,
    actor TEXT,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_kind_registry ON events(kind, registry);
CREATE INDEX IF NOT EXISTS events_registry_copy ON events(registry, copy_no);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE OR REPLACE FUNCTION miji_append_only() RETURNS trigger AS $$
BEGIN RAISE EXCEPTION 'ledger is append-only'; END; $$ LANGUAGE plpgsql;
"""
_PG_TRIGGER = """
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
FOR EACH ROW EXECUTE FUNCTION miji_append_only()
"""
_PG_SCHEMA_LOCK = 4242

@dataclass(frozen=True, slots=True)
class Event:
    seq: int
    at: str
    kind: str
    registry: str | None
    copy_no: str | None
    actor: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    count: int
    head: str
    first_bad: int | None = None
    reason: str = ""


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def _canonical(payload: Mapping[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def event_hash(key: bytes, seq: int, at: str, kind: str, registry: str | None, copy_no: str | None,
               actor: str | None, payload_json: str, prev_hash: str) -> str:
    content = json.dumps([seq, at, kind, registry, copy_no, actor, payload_json, prev_hash],
                         ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, content.encode("utf-8"), hashlib.sha256).hexdigest()


def create_key(path: Path) -> bytes:
    """A new ledger key (mode 0600, outside the database), only for a ledger that has no events.

    Two processes may create a workspace at once: the key is written to a private temporary file
    and linked into place, so the loser of the race reads the winner's complete key."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, temp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
    try:
        os.write(fd, secrets.token_bytes(32).hex().encode("ascii"))
        os.fsync(fd)
        os.close(fd)
        os.chmod(temp, 0o600)
        with contextlib.suppress(FileExistsError):
            os.link(temp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)
    return read_key(path)


def read_key(path: Path) -> bytes:
    try:
        raw = path.read_text(encoding="ascii").strip()
    except FileNotFoundError as exc:
        raise LedgerIntegrityError("登记簿密钥文件缺失：登记簿已有记录，不会新建密钥；请从备份恢复该文件 "
                                   "(ledger key missing for an existing ledger: restore it from backup)",
                                   path=path) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerIntegrityError("登记簿密钥文件无法读取 (ledger key file unreadable)", path=path) from exc
    try:
        key = bytes.fromhex(raw)
    except ValueError as exc:
        raise LedgerIntegrityError("登记簿密钥文件损坏 (ledger key file is corrupt)", path=path) from exc
    if len(key) < 32:
        raise LedgerIntegrityError("登记簿密钥过短 (ledger key too short)", path=path)
    return key


def load_or_create_key(path: Path) -> bytes:
    """The key of a new ledger: created when absent (tests and benchmarks with a fresh database)."""
    return read_key(path) if path.is_file() else create_key(path)


class Ledger:
    """One open ledger. Writes happen in `transaction()`, which holds the database's write lock,
    so serial allocation (registry numbers, 份号) and the chain stay correct across processes.

    Besides the chain, the ledger keeps a keyed record of its head (seq and hash) in `meta`,
    rewritten in every write transaction, so deleting the newest events is detected too.
    """

    def __init__(self, url: str, key: bytes, *, key_path: Path | None = None) -> None:
        self.url = url
        self.key = key
        self.is_postgres = url.startswith(("postgresql://", "postgres://"))
        self.checkpoint_file = checkpoint_path(key_path) if key_path is not None else None
        self.identity = self._identity()
        self._verified: tuple[int, str] | None = None  # the head this process has verified up to
        self._errors: tuple[type[BaseException], ...] = (sqlite3.Error,)
        self._conn: Any = self._connect()
        self._in_tx = False
        self._tx_head: tuple[int, str] | None = None
        self._tx_dirty = False
        self._defer_checkpoint = False
        self._unsigned: tuple[int, str] | None = None  # committed, its checkpoint left to sign_checkpoint()
        self._index_batch: int | None = None  # while building the indexes of an existing ledger
        self._bulk_build = False  # a long backlog: lookup indexes built after the fold
        self._build_index()

    def _identity(self) -> str:
        """Which ledger a checkpoint belongs to: the SQLite file's real path, or the server URL."""
        if self.is_postgres:
            where = self.url.split("@")[-1]
        else:
            where = str(Path(self.url.removeprefix("sqlite:///")).resolve())
        return hashlib.sha256(where.encode("utf-8")).hexdigest()[:16]

    # --- connection ------------------------------------------------------------------------
    def _connect(self) -> Any:
        if self.is_postgres:
            return self._connect_postgres()
        path = Path(self.url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            new = not path.exists()
            conn = sqlite3.connect(path, timeout=60, isolation_level=None, check_same_thread=False)
            if new:
                os.chmod(path, 0o600)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA cache_size=-32768")  # 32 MB: the index B-trees have random keys (hashes)
            conn.executescript(_SQLITE_SCHEMA)
            _drop_older_side_tables(conn)
            conn.executescript(";\n".join(index.SCHEMA) + ";")
        except sqlite3.DatabaseError as exc:
            raise LedgerError(f"无法打开登记簿 (cannot open ledger): {exc}", path=path) from exc
        return conn

    def _connect_postgres(self) -> Any:
        try:
            import psycopg
        except ImportError as exc:
            raise LedgerError("PostgreSQL 登记簿需要 psycopg：pip install 'miji[postgres]'") from exc
        self._errors = (sqlite3.Error, psycopg.Error)
        try:
            conn = psycopg.connect(self.url, autocommit=True)
            # A generic plan made while a side table was small (a seq scan) would be kept for good.
            conn.execute("SET plan_cache_mode = force_custom_plan")
        except psycopg.Error as exc:
            raise LedgerError(f"无法连接 PostgreSQL (cannot connect): {exc}") from exc
        try:
            with conn.transaction():
                # Serialise schema creation between hosts; an existing schema is left untouched
                # (re-creating the trigger would take an exclusive lock on every connect).
                conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_SCHEMA_LOCK,))
                if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is None or \
                        conn.execute("SELECT to_regclass('events')").fetchone()[0] is None:
                    conn.execute(_PG_TABLES)
                if conn.execute("SELECT to_regclass('ix_anchors')").fetchone()[0] is None:
                    for statement in index.SCHEMA:
                        conn.execute(statement)
                if conn.execute("SELECT 1 FROM pg_trigger WHERE tgname = 'events_append_only' "
                                "AND tgrelid = 'events'::regclass").fetchone() is None:
                    conn.execute(_PG_TRIGGER)
        except psycopg.Error as exc:
            conn.close()
            raise LedgerError(f"无法初始化 PostgreSQL 登记簿 (cannot set up the ledger): {exc}") from exc
        return conn

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _sql(self, query: str) -> str:
        """Placeholders are written `?`; psycopg wants `%s` (and a literal `%` doubled)."""
        return query.replace("%", "%%").replace("?", "%s") if self.is_postgres else query

    def _execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        try:
            if self.is_postgres and not params:
                return self._conn.execute(sql)
            return self._conn.execute(self._sql(sql), params)
        except self._errors as exc:
            raise LedgerError(f"登记簿操作失败 (ledger operation failed): {exc}") from exc

    execute = _execute

    def execute_many(self, sql: str, rows: Any) -> None:
        rows = list(rows)
        if not rows:
            return
        try:
            if self.is_postgres:
                with self._conn.cursor() as cur:
                    cur.executemany(self._sql(sql), rows)
            else:
                self._conn.executemany(sql, rows)
        except self._errors as exc:
            raise LedgerError(f"登记簿操作失败 (ledger operation failed): {exc}") from exc

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return list(self._execute(sql, params).fetchall())
        except self._errors as exc:
            raise LedgerError(f"登记簿读取失败 (ledger read failed): {exc}") from exc

    # --- writing ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Ledger]:
        """One operation = one transaction holding the write lock (BEGIN IMMEDIATE / table lock)."""
        if self._in_tx:
            yield self
            return
        if self.is_postgres:
            with self._pg_transaction():
                yield self
            return
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise LedgerError(f"登记簿被占用 (ledger is busy): {exc}") from exc
        try:
            self._begin()
            yield self
            self._write_head()
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")
            raise LedgerError(f"登记簿写入失败 (ledger commit failed): {exc}") from exc
        self._committed()

    @contextlib.contextmanager
    def _pg_transaction(self) -> Iterator[None]:
        import psycopg

        try:
            with self._conn.transaction():
                self._conn.execute("LOCK TABLE events IN SHARE ROW EXCLUSIVE MODE")
                try:
                    self._begin()
                    yield
                    self._write_head()
                finally:
                    self._in_tx = False
        except psycopg.Error as exc:
            raise LedgerError(f"登记簿写入失败 (ledger write failed): {exc}") from exc
        self._committed()

    def _begin(self) -> None:
        """Under the write lock: nothing is appended to a chain that does not verify (exit 7)."""
        self._in_tx = True
        self._tx_head = None
        self._tx_dirty = False
        result = self.verify_incremental()
        if not result.ok:
            raise LedgerIntegrityError(f"登记簿完整性校验失败，拒绝写入 (ledger integrity failure, nothing "
                                       f"written): {result.reason}；运行 `miji ledger verify`，恢复办法见 "
                                       "docs/SECURITY.md")
        self._catch_up_index(self._index_batch)

    def _committed(self) -> None:
        """After a commit: our own appends extend the verified head, and the checkpoint moves on."""
        if not self._tx_dirty or self._tx_head is None:
            return
        self._verified = self._tx_head
        if self._defer_checkpoint:
            self._unsigned = self._tx_head
            return
        self.save_checkpoint(*self._tx_head)

    @property
    def in_transaction(self) -> bool:
        return self._in_tx

    @contextlib.contextmanager
    def checkpoints_deferred(self) -> Iterator[None]:
        """Inside, commits leave the signed checkpoint to `sign_checkpoint()`: the daemon signs it
        once per file instead of once per transaction (two fsyncs each), and logs it beside."""
        self._defer_checkpoint = True
        try:
            yield
        finally:
            self._defer_checkpoint = False
            self.sign_checkpoint()

    def sign_checkpoint(self) -> None:
        head = self.take_unsigned()
        if head is not None:
            self.save_checkpoint(*head)

    def take_unsigned(self) -> tuple[int, str] | None:
        """The committed head not yet signed, handed over once: the daemon takes it while it alone
        uses the ledger and signs it (a file write and two fsyncs) while its other lanes go on."""
        head, self._unsigned = self._unsigned, None
        return head

    def save_checkpoint(self, count: int, head: str) -> None:
        if self.checkpoint_file is None:
            return
        try:
            advance_checkpoint(self.checkpoint_file, self.key, Checkpoint(self.identity, count, head, now_iso()))
        except (OSError, MijiError) as exc:  # the events are committed; a later write retries
            log.warning("登记簿检查点未能写入 (ledger checkpoint not written): %s", exc)

    def checkpoint(self) -> Checkpoint | bool | None:
        """This ledger's checkpoint: None when there is none (or it belongs to another ledger),
        False when it was altered."""
        if self.checkpoint_file is None:
            return None
        found = read_checkpoint(self.checkpoint_file, self.key)
        if isinstance(found, Checkpoint) and found.ledger != self.identity:
            return None
        return found

    @property
    def verified_head(self) -> tuple[int, str] | None:
        """(event count, head hash) as far as this process has verified the chain."""
        return self._verified

    def in_chain(self, event: Event) -> bool:
        """Whether `event` was written with the key *and* links to the event before it: a row
        inserted by hand, or one copied from elsewhere, is not acted on by recovery."""
        if not self.authentic(event):
            return False
        if event.seq == 1:
            return event.prev_hash == GENESIS
        rows = self.query("SELECT hash FROM events WHERE seq = ?", (event.seq - 1,))
        return bool(rows) and hmac.compare_digest(str(rows[0][0]), event.prev_hash)

    def _head_mac(self, seq: int, digest: str) -> str:
        return hmac.new(self.key, f"head|{seq}|{digest}".encode("ascii"), hashlib.sha256).hexdigest()

    def _write_head(self) -> None:
        if not self._tx_dirty or self._tx_head is None:
            return
        seq, digest = self._tx_head
        value = json.dumps({"seq": seq, "hash": digest, "mac": self._head_mac(seq, digest)})
        self._set_meta("head", value)
        self._set_meta("index", index.pointer_value(seq, digest))  # the appends were folded as written

    def _set_meta(self, key: str, value: str) -> None:
        self._execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _meta(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    # --- derived indexes (marker.ledger.index) ---------------------------------------------
    def _build_index(self) -> None:
        """A ledger written before the indexes existed gets them now, in batches that each
        commit (resumable, idempotent). A chain that does not verify is left for `verify`."""
        done = -1
        if self.key and index.upgradable(self._meta("index")) is not None:
            with self.transaction():  # the in-place upgrade (`_catch_up_index`), before any bulk rebuild
                pass
        while self.key:
            pointer = index.read_pointer(self._meta("index"))
            head = self.head()[0]
            at = pointer[0] if pointer else 0
            if (pointer is not None and at >= head) or (pointer is None and head == 0) or at == done:
                break
            if done < 0 and head - at > index.BULK:
                # millions of events: the lookup indexes are built once at the end (a sort) instead
                # of row by row in random order; an interrupted build leaves them to the next open
                self._bulk_build = True
                for name in index.SECONDARY:
                    self._execute(f"DROP INDEX IF EXISTS {name}")
            done = at
            log.info("building the ledger's indexes: events %d to %d", at, head)
            self._index_batch = index.BATCH
            try:
                with self.transaction():
                    pass
            except LedgerIntegrityError as exc:
                log.warning("ledger indexes not built: %s", exc)
                break
            finally:
                self._index_batch = None
        bulk, self._bulk_build = self._bulk_build, False
        # the lookup indexes dropped for a bulk build, or any missing: also when a bulk build was killed
        # after its last batch (nothing left to fold, `done` stays -1) and PostgreSQL, unlike SQLite's
        # connect, would not create them again
        if done >= 0 or (self.key and self.is_postgres and self._lookup_indexes_missing()):
            for statement in index.SCHEMA:
                self._execute(statement)
        if done >= 0 and self.is_postgres:  # fresh statistics, or the planner keeps guessing "empty table";
            for table in ("events", *index.TABLES):  # after a bulk build, hint bits and visibility map too
                self._execute(f"VACUUM (ANALYZE) {table}" if bulk else f"ANALYZE {table}")

    def _lookup_indexes_missing(self) -> bool:
        """PostgreSQL: whether a lookup index is missing. One catalog query instead of re-running the
        schema on every open (each CREATE INDEX IF NOT EXISTS takes a SHARE lock on its table, which
        waits for a writer: ~20 statements of the daemon's start-up check)."""
        rows = self.query("SELECT count(*) FROM pg_class WHERE relkind = 'i' AND relname = ANY(?) "
                          "AND pg_table_is_visible(oid)", (list(index.SECONDARY),))
        return int(rows[0][0]) < len(index.SECONDARY)

    def _catch_up_index(self, limit: int | None) -> None:
        """Fold the events after the index pointer (in the write transaction), checking each link
        and HMAC; stops at the first that does not hold, so nothing unsigned is ever indexed."""
        raw = self._meta("index")
        pointer = index.read_pointer(raw)
        if pointer is None and (older := index.upgradable(raw)) is not None:
            pointer = self._upgrade_in_place(*older)
        if pointer is not None and pointer[0]:
            rows = self.query("SELECT hash FROM events WHERE seq = ?", (pointer[0],))
            if not rows or rows[0][0] != pointer[1]:
                pointer = None  # the ledger was replaced under its indexes
        if pointer is None:
            self._drop_index()
            pointer = (0, GENESIS)
        seq, previous = pointer
        last, previous = self._fold_verified(seq, previous, limit)
        if last != seq or pointer == (0, GENESIS):
            self._set_meta("index", index.pointer_value(last, previous))

    def _upgrade_in_place(self, seq: int, digest: str) -> tuple[int, str] | None:
        """Side tables of the version before: the column it lacks is added and filled from the
        verified events up to its pointer (each link and HMAC checked, as a rebuild would, but
        nothing else rewritten). None where the chain does not hold up to there: rebuilt then."""
        rows = self.query("SELECT hash FROM events WHERE seq = ?", (seq,))
        if seq and (not rows or rows[0][0] != digest):
            return None
        table, column, kind = index.ADDED_COLUMN
        if self.is_postgres:  # SQLite's connection added it already (it has no IF NOT EXISTS)
            self._execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} {kind}")
        log.info("upgrading the ledger's indexes in place: events 1 to %d", seq)
        if self._fold_verified(0, GENESIS, None, upto=seq, fold=index.fold_period) != (seq, digest):
            return None
        self._set_meta("index", index.pointer_value(seq, digest))
        return seq, digest

    def _fold_verified(self, seq: int, previous: str, limit: int | None, upto: int | None = None,
                       fold: Any = None) -> tuple[int, str]:
        """Fold events after `seq` (whose hash is `previous`) into the side tables (`index.apply`, or
        `fold`), in chunks; returns the last folded (seq, hash)."""
        fold = fold or index.apply
        last = seq
        left = limit
        while left is None or left > 0:
            step = index.BATCH if left is None else min(left, index.BATCH)
            rows = self.query("SELECT seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash FROM events "
                              f"WHERE seq > ? ORDER BY seq LIMIT {int(step)}", (last,))
            # PostgreSQL: the chunk's statements go in one pipeline (no round trip per event: building
            # the indexes of ten million events otherwise waits on the network ten million times)
            with self._conn.pipeline() if self.is_postgres else contextlib.nullcontext():
                for number, at, kind, registry, copy_no, actor, payload_json, prev_hash, digest in rows:
                    if upto is not None and number > upto:
                        return last, previous
                    expected = event_hash(self.key, number, at, kind, registry, copy_no, actor, payload_json,
                                          prev_hash)
                    if number != last + 1 or prev_hash != previous or not hmac.compare_digest(expected, digest):
                        log.warning("ledger indexes stop before event %d: it does not verify", number)
                        return last, previous
                    fold(self, number, at, kind, registry, copy_no, actor, json.loads(payload_json))
                    last, previous = number, digest
            if len(rows) < step:
                break
            if left is not None:
                left -= len(rows)
        return last, previous

    def _drop_index(self) -> None:
        for table in index.TABLES:
            self._execute(f"DROP TABLE IF EXISTS {table}")
        for statement in index.SCHEMA:  # in a bulk build, the lookup indexes come after the fold
            if not (self._bulk_build and statement.startswith("CREATE INDEX")):
                self._execute(statement)

    def reindex(self) -> None:
        """Rebuild every index from the verified events (`miji ledger reindex`)."""
        with self.transaction():
            self._set_meta("index", "{}")
            self._catch_up_index(None)

    def index_differences(self) -> list[str]:
        """The side tables whose rows differ from a rebuild from the verified events (part of the
        full verify). The rebuild goes into temporary tables of the same names, inside one
        snapshot that holds no write lock (the daemon keeps writing), and is rolled back."""
        main = "public" if self.is_postgres else "main"
        differing: list[str] = []
        with contextlib.suppress(_RollBack), self._snapshot():
            pointer = index.read_pointer(self._meta("index"))
            head = self.head()
            before = {table: self._table_digest(f"{main}.{table}") for table in index.TABLES}
            for statement in index.SCHEMA:
                if statement.startswith("CREATE TABLE"):
                    self._execute(statement.replace("CREATE TABLE IF NOT EXISTS", "CREATE TEMP TABLE"))
            self._fold_verified(0, GENESIS, None, upto=pointer[0] if pointer else head[0])
            differing = [table for table in index.TABLES if self._table_digest(table) != before[table]]
            raise _RollBack
        return differing

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """A consistent read of the database without the write lock (temporary tables allowed)."""
        if self.is_postgres:
            with self._conn.transaction():
                self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")

    def _table_digest(self, table: str) -> str:
        digest = hashlib.sha256()
        cur = self._execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        while rows := cur.fetchmany(10_000):
            for row in rows:
                digest.update(json.dumps(list(row), ensure_ascii=False, default=str).encode("utf-8"))
        return digest.hexdigest()

    def append(self, kind: str, payload: Mapping[str, Any] | None = None, *, registry: str | None = None,
               copy_no: str | None = None, actor: str | None = None, at: str | None = None) -> Event:
        """Append one event to the chain (in the current transaction, or its own)."""
        with self.transaction():
            if self._tx_head is None:
                self._tx_head = self.head()
            last, prev = self._tx_head
            seq = last + 1
            at = at or now_iso()
            payload_json = _canonical(payload or {})
            digest = event_hash(self.key, seq, at, kind, registry, copy_no, actor, payload_json, prev)
            self._execute("INSERT INTO events (seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                          (seq, at, kind, registry, copy_no, actor, payload_json, prev, digest))
            index.apply(self, seq, at, kind, registry, copy_no, actor, json.loads(payload_json))
            self._tx_head = (seq, digest)
            self._tx_dirty = True
        return Event(seq, at, kind, registry, copy_no, actor, dict(payload or {}), prev, digest)

    # --- reading ---------------------------------------------------------------------------
    def payload_field(self, key: str) -> str:
        """SQL for one top-level payload field as text, so counting needs no JSON parsing in Python."""
        if not key.isidentifier():
            raise ValueError(key)
        if self.is_postgres:
            return f"(payload::json ->> '{key}')"
        return f"CAST(json_extract(payload, '$.{key}') AS TEXT)"

    def events(self, where: str = "", params: tuple[Any, ...] = ()) -> list[Event]:
        sql = "SELECT seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash FROM events"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY seq"
        return [Event(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], r[8])
                for r in self.query(sql, params)]

    def authentic(self, event: Event) -> bool:
        """Whether an event was written by someone holding the key (a hand-inserted row is not)."""
        expected = event_hash(self.key, event.seq, event.at, event.kind, event.registry, event.copy_no,
                              event.actor, _canonical(event.payload), event.prev_hash)
        return hmac.compare_digest(expected, event.hash)

    def head(self) -> tuple[int, str]:
        row = self.query("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1")
        return (int(row[0][0]), row[0][1]) if row else (0, GENESIS)

    def _recorded_head(self) -> tuple[int, str] | bool | None:
        """The keyed head record: (seq, hash), None when absent, False when forged or unreadable."""
        rows = self.query("SELECT value FROM meta WHERE key = 'head'")
        if not rows:
            return None
        try:
            value = json.loads(rows[0][0])
            seq, digest, mac = int(value["seq"]), str(value["hash"]), str(value["mac"])
        except (TypeError, ValueError, KeyError):
            return False
        if not hmac.compare_digest(self._head_mac(seq, digest), mac):
            return False
        return seq, digest

    def verify(self, on_progress: Callable[[int], None] | None = None, *, incremental: bool = False) -> VerifyResult:
        """Walk the chain from the first event; report the first one that does not hold, and a
        ledger that is shorter than, or differs from, its signed checkpoint. `on_progress(events
        checked)` is called every VERIFY_STEP events (a progress bar).

        `incremental`: start from the signed checkpoint instead (the head verified last time, kept
        beside the key under its HMAC), so the check costs O(events since); the checkpoint's own
        event must still carry the checkpoint's hash. A ledger without a checkpoint is walked whole.
        An old event altered in place is only found by the full walk (docs/SECURITY.md).

        The head record is read first: events appended meanwhile by another process only
        extend the chain past it, while deleted newest events leave the chain short of it.
        """
        recorded = self._recorded_head()
        base: tuple[int, str] = (0, GENESIS)
        if incremental:
            found = self.checkpoint()
            if found is False:
                return VerifyResult(False, 0, GENESIS, None, _ALTERED_CHECKPOINT)
            if isinstance(found, Checkpoint):
                base = (found.count, found.head)
            if base[0] and recorded is None:
                return VerifyResult(False, base[0], base[1], base[0] + 1, "链头记录缺失 (the recorded head is missing)")
            if isinstance(recorded, tuple) and recorded[0] <= base[0]:
                if recorded[0] < base[0] or not hmac.compare_digest(recorded[1], base[1]):
                    return VerifyResult(False, base[0], base[1], None,
                                        "链头记录早于签名检查点 (the recorded head is older than the signed "
                                        "checkpoint: the ledger was rolled back)")
                recorded = None  # it names the checkpoint's event, which the walk checks first
        result = self._walk(*base, recorded, on_progress=on_progress, full=not base[0])
        if result.ok:
            result = self._against_checkpoint(result)
        if result.ok:
            self._verified = (result.count, result.head)
            self.save_checkpoint(result.count, result.head)  # the next incremental check starts here
        return result

    def verify_chain(self) -> VerifyResult:
        """The chain alone (every link and HMAC, the head record), without the checkpoint."""
        return self._walk(0, GENESIS, self._recorded_head())

    def accept_current(self, *, actor: str) -> VerifyResult:
        """The officer's act after restoring a backup: the chain as it now is becomes the signed
        checkpoint, and the acceptance is itself an event naming what was replaced."""
        walked = self.verify_chain()
        if not walked.ok:
            raise LedgerIntegrityError(f"链本身未通过校验，不能接受 (the chain itself does not verify): "
                                       f"{walked.reason}")
        previous = self.checkpoint()
        if self.checkpoint_file is not None:
            advance_checkpoint(self.checkpoint_file, self.key, Checkpoint(self.identity, walked.count, walked.head,
                                                                          now_iso()), force=True)
        self._verified = (walked.count, walked.head)
        self.reindex()  # a restored database may carry side tables newer than its events
        replaced = {"count": previous.count, "head": previous.head, "at": previous.at} \
            if isinstance(previous, Checkpoint) else {"state": "altered" if previous is False else "none"}
        event = self.append("ledger_accepted", {"replaced_checkpoint": replaced, "count": walked.count,
                                                "head": walked.head}, actor=actor)
        return VerifyResult(True, event.seq, event.hash)

    def verify_incremental(self) -> VerifyResult:
        """From the last head this process verified (or the signed checkpoint) to the current one;
        a full walk when neither is known. Cheap enough to run before every write."""
        base = self._verified
        if base is None:
            found = self.checkpoint()
            if found is False:
                return VerifyResult(False, 0, GENESIS, None, _ALTERED_CHECKPOINT)
            if isinstance(found, Checkpoint):
                base = (found.count, found.head)
        if base is None:
            return self.verify()
        result = self._walk(*base, recorded=None, full=False)
        if result.ok:
            self._verified = (result.count, result.head)
        return result

    def _against_checkpoint(self, walked: VerifyResult) -> VerifyResult:
        found = self.checkpoint()
        if found is None:
            return walked
        if found is False:
            return VerifyResult(False, walked.count, walked.head, None, _ALTERED_CHECKPOINT)
        assert isinstance(found, Checkpoint)
        if walked.count < found.count:
            return VerifyResult(False, walked.count, walked.head, walked.count + 1,
                                f"登记簿只有 {walked.count} 条事件，而 {found.at} 的签名检查点记录了 {found.count} 条："
                                "登记簿被回滚、清空或删除 (the ledger is older than its signed checkpoint: "
                                f"{walked.count} events, the checkpoint has {found.count}; rolled back, emptied "
                                "or deleted)")
        if found.count:
            rows = self.query("SELECT hash FROM events WHERE seq = ?", (found.count,))
            if not rows or not hmac.compare_digest(str(rows[0][0]), found.head):
                return VerifyResult(False, walked.count, walked.head, found.count,
                                    f"第 {found.count} 条事件与签名检查点不符：登记簿被替换 (event {found.count} "
                                    "differs from the signed checkpoint: the ledger was replaced)")
        return walked

    def _walk(self, base_seq: int, base_hash: str, recorded: tuple[int, str] | bool | None, *,
              full: bool = True, on_progress: Callable[[int], None] | None = None) -> VerifyResult:
        """Check events after `base_seq` (whose hash must be `base_hash`) up to the head."""
        previous = base_hash
        expected_seq = base_seq + 1
        count = base_seq
        key = self.key
        sha256 = hashlib.sha256
        dumps = json.dumps
        recorded_seen = False
        if base_seq:
            rows = self.query("SELECT hash FROM events WHERE seq = ?", (base_seq,))
            if not rows:
                return VerifyResult(False, 0, GENESIS, base_seq,
                                    f"第 {base_seq} 条事件已不存在：登记簿被回滚、清空或删除 (event {base_seq}, "
                                    "verified before, is gone: the ledger was rolled back, emptied or deleted)")
            if not hmac.compare_digest(str(rows[0][0]), base_hash):
                return VerifyResult(False, 0, GENESIS, base_seq,
                                    f"第 {base_seq} 条事件与已校验的链头不符：登记簿被替换 (event {base_seq} "
                                    "differs from the verified head: the ledger was replaced)")
        cur = self._execute(
            "SELECT seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash FROM events "
            "WHERE seq > ? ORDER BY seq", (base_seq,))
        for seq, at, kind, registry, copy_no, actor, payload_json, prev_hash, digest in cur:
            if seq != expected_seq:
                return VerifyResult(False, count, previous, expected_seq,
                                    f"第 {expected_seq} 条事件缺失或顺序被打乱 (event {expected_seq} is missing "
                                    "or out of order)")
            if prev_hash != previous:
                return VerifyResult(False, count, previous, seq,
                                    f"第 {seq} 条事件的前序哈希不符 (event {seq} does not link to {seq - 1})")
            content = dumps([seq, at, kind, registry, copy_no, actor, payload_json, prev_hash],
                            ensure_ascii=False, separators=(",", ":"))
            if not hmac.compare_digest(hmac.new(key, content.encode("utf-8"), sha256).hexdigest(), digest):
                return VerifyResult(False, count, previous, seq,
                                    f"第 {seq} 条事件内容被改动或非本系统写入 (event {seq} was altered or "
                                    "not written with the ledger key)")
            if recorded and recorded[0] == seq:
                if recorded[1] != digest:
                    return VerifyResult(False, count, previous, seq,
                                        f"第 {seq} 条事件与登记的链头不符 (event {seq} differs from the "
                                        "recorded head)")
                recorded_seen = True
            previous = digest
            expected_seq += 1
            count += 1
            if on_progress is not None and count % VERIFY_STEP == 0:
                on_progress(count)
        if recorded is False:
            return VerifyResult(False, count, previous, count + 1,
                                "链头记录被改动 (the recorded head was altered)")
        if recorded is None and count and full:
            return VerifyResult(False, count, previous, count + 1,
                                "链头记录缺失 (the recorded head is missing)")
        if recorded and not recorded_seen:
            return VerifyResult(False, count, previous, count + 1,
                                f"第 {count + 1} 至 {recorded[0]} 条事件被删除 (events {count + 1}–{recorded[0]} "
                                "were deleted)")
        return VerifyResult(True, count, previous)


def _drop_older_side_tables(conn: sqlite3.Connection) -> None:
    """Side tables of version 1 lack today's columns (the new indexes could not even be created on
    them): dropped under the write lock, they are rebuilt from the events on this open. Version 2's
    gain version 3's column here; it is filled from the verified events by `_upgrade_in_place`."""
    table, column = index.REBUILT_WITHOUT
    added_table, added, kind = index.ADDED_COLUMN
    if not _lacks(conn, table, column) and not _lacks(conn, added_table, added):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:  # another process may have upgraded them meanwhile
        if _lacks(conn, table, column):
            for name in index.TABLES:
                conn.execute(f"DROP TABLE IF EXISTS {name}")
        elif _lacks(conn, added_table, added):
            conn.execute(f"ALTER TABLE {added_table} ADD COLUMN {added} {kind}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _lacks(conn: sqlite3.Connection, table: str, column: str) -> bool:
    """Whether `table` exists without `column`."""
    columns = {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}
    return bool(columns) and column not in columns


class _RollBack(Exception):
    """Leaves a transaction without committing (a trial rebuild of the indexes)."""


_ALTERED_CHECKPOINT = "登记簿检查点被改动或非本系统写入 (the ledger checkpoint was altered or not signed with the key)"


def _has_events(ledger: Ledger) -> bool:
    return bool(ledger.query("SELECT 1 FROM events LIMIT 1"))


def open_ledger(url_or_path: str | Path, key_path: Path) -> Ledger:
    """Open (creating if needed) the ledger; its key is created only for a ledger with no events
    and no checkpoint. A missing key of an existing ledger is an integrity error naming the file:
    a new key would make the whole history read as altered and the roster as empty."""
    url = str(url_or_path)
    if key_path.is_file():
        return Ledger(url, read_key(key_path), key_path=key_path)
    ledger = Ledger(url, b"", key_path=key_path)
    try:
        if _has_events(ledger) or (ledger.checkpoint_file is not None and ledger.checkpoint_file.exists()):
            read_key(key_path)  # raises, naming the key file
        ledger.key = create_key(key_path)
    except BaseException:
        ledger.close()
        raise
    return ledger
