"""Derived indexes of the ledger: side tables that make every lookup cost the same at a thousand
and at a million registered documents.

The events stay the record. Their payloads are JSON, so a lookup by a payload field (the original's
SHA-256, the approval a copy was issued under, a copy's state) used to read or `json_extract`
every event of that kind: issuing under an approval slowed from 4,561 to 957 events/s as copies
accumulated, and the duplicate check of a dropped file grew linearly with the register. The side
tables here hold, per key, the little that is looked up (a document's status and expiry, a copy's
status and holder, the copies used under each approval, the last state of each dropped file, the
anchors of each content fingerprint) and are indexed on it.

How they stay honest:
- They are written only by the ledger itself, in the same transaction as the event they fold
  (`apply`), so a crash leaves both or neither. `meta['index']` records the version and the last
  event folded, with its hash.
- They are derived: `catch_up` folds events after that point, checking each link and HMAC as
  `verify` does and stopping at the first event that does not hold, so nothing unsigned is ever
  indexed. A ledger written before the indexes existed (or by an older Miji) is indexed the first
  time this code opens it, in batches that each commit their rows and the pointer together:
  interrupted, it resumes; repeated, it does nothing. A new `INDEX_VERSION` drops and rebuilds them,
  except version 2's, which gain version 3's one column in place (`fold_period`, from the verified events).
- They are never trusted over the signed events where it matters: a lookup only *selects*
  candidates; the registers then read and fold the candidates' events (a document's record, a copy's
  state, a fingerprint, whose HMAC is checked before it is compared). A forged index row therefore
  cannot invent a registration, a copy or an approval. What an edited index *can* do is hide
  something (a deleted row makes a duplicate look new, a lowered count frees approved copies); the
  rows are only reachable by someone who can already write the database, the same person
  `verify` catches when they touch an event. `miji ledger verify --full` therefore also rebuilds
  every index from the verified events and reports any difference as an integrity failure (exit 7);
  `miji ledger reindex` rebuilds them.

Fingerprint anchors: each registered fingerprint is indexed by its `ANCHORS` smallest hashes, and by
every sampled hash below `ANCHOR_BELOW` (1/16 of the hash range). A copy or a quotation shares
sampled hashes with the registered document in the part of the range both samples cover; the
smallest ones are in both (bottom-k sketches), so a reproduction (90% shared) or a quotation of a
quarter of a document is found with probability above 1 - 0.75^64; an excerpt of a long document
sharing the minimum 100 shingles has about 6 expected anchors below `ANCHOR_BELOW` (a miss below
0.3%, far less for longer excerpts). Candidates are then compared exactly, as before.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

log = logging.getLogger(__name__)

INDEX_VERSION = 3  # 2: the register columns (titles, copy dates and people) and the registry sort key;
# 3: the 保密期限 of each document, so that `expiring` is read from ix_documents alone
ANCHORS = 64
ANCHOR_BELOW = 1 << 60
BATCH = 5000
CANDIDATES = 200  # fingerprints compared exactly per lookup, those sharing most anchors first

TABLES = ("ix_documents", "ix_copies", "ix_copy_files", "ix_approval_use", "ix_files", "ix_anchors")
SCHEMA = (
    "CREATE TABLE IF NOT EXISTS ix_documents (registry TEXT PRIMARY KEY, seq BIGINT NOT NULL, "
    "original_sha256 TEXT, status TEXT NOT NULL, expiry TEXT, declassified TEXT, sort_key TEXT NOT NULL, "
    "title TEXT NOT NULL, level TEXT NOT NULL, period TEXT)",
    "CREATE INDEX IF NOT EXISTS ix_documents_sha ON ix_documents(original_sha256)",
    "CREATE INDEX IF NOT EXISTS ix_documents_expiry ON ix_documents(expiry)",
    "CREATE INDEX IF NOT EXISTS ix_documents_sort ON ix_documents(sort_key)",
    # one row per copy, in the order its first reservation was written (`seq`): the 发放 and 销毁
    # registers and `copies list` read these columns as the chain fold (registers._fold_copies) has them
    "CREATE TABLE IF NOT EXISTS ix_copies (registry TEXT NOT NULL, copy_no TEXT NOT NULL, status TEXT NOT NULL, "
    "holder TEXT, approval BIGINT, seq BIGINT NOT NULL, recipient TEXT, issued_at TEXT, recall_by TEXT, "
    "recalled_at TEXT, recalled_by TEXT, destroyed_at TEXT, destroyed_by TEXT, witness TEXT, medium TEXT, "
    "path TEXT, sha256 TEXT, PRIMARY KEY (registry, copy_no))",
    "CREATE INDEX IF NOT EXISTS ix_copies_status ON ix_copies(status, registry)",
    "CREATE INDEX IF NOT EXISTS ix_copies_holder ON ix_copies(holder, status)",
    "CREATE INDEX IF NOT EXISTS ix_copies_recipient ON ix_copies(recipient)",
    "CREATE INDEX IF NOT EXISTS ix_copies_seq ON ix_copies(seq)",
    "CREATE INDEX IF NOT EXISTS ix_copies_issued ON ix_copies(issued_at)",
    "CREATE INDEX IF NOT EXISTS ix_copies_destroyed ON ix_copies(destroyed_at)",
    "CREATE TABLE IF NOT EXISTS ix_copy_files (seq BIGINT PRIMARY KEY, sha256 TEXT NOT NULL, registry TEXT, "
    "copy_no TEXT)",
    "CREATE INDEX IF NOT EXISTS ix_copy_files_sha ON ix_copy_files(sha256, seq)",
    "CREATE TABLE IF NOT EXISTS ix_approval_use (approval BIGINT NOT NULL, registry TEXT NOT NULL, "
    "used BIGINT NOT NULL, PRIMARY KEY (approval, registry))",
    "CREATE TABLE IF NOT EXISTS ix_files (sha256 TEXT PRIMARY KEY, seq BIGINT NOT NULL, state TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_files_state ON ix_files(state)",
    "CREATE TABLE IF NOT EXISTS ix_anchors (hash BIGINT NOT NULL, registry TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS ix_anchors_hash ON ix_anchors(hash)",
)

SECONDARY = tuple(statement.split()[5] for statement in SCHEMA if statement.startswith("CREATE INDEX"))
BULK = 200_000  # events to index past which the lookup indexes are dropped and built after the fold
REBUILT_WITHOUT = ("ix_documents", "sort_key")  # side tables without it (version 1) are dropped and rebuilt
# Version 2 side tables gain version 3's one column in place, filled by `fold_period` from the verified
# events, instead of a rebuild of every table (35 min at 10^7 events on SQLite, hours on PostgreSQL).
UPGRADED_FROM = 2
ADDED_COLUMN = ("ix_documents", "period", "TEXT")


def sort_key(registry: str) -> str:
    """A registry number's place in the register: its serial as a number, so MJ-2026-1000000 (past
    999,999 in a year the serial grows a digit) comes after MJ-2026-999999 and before MJ-2027-000001."""
    head, _, serial = registry.rpartition("-")
    if head and serial.isdigit() and serial.isascii():
        return f"{head}-{int(serial):012d}"
    return registry


class Writer(Protocol):
    """What the folds need of an open ledger (marker.ledger.store.Ledger)."""

    is_postgres: bool

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any: ...

    def execute_many(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None: ...


def signed64(value: int) -> int:
    """A 64-bit hash as the signed integer both SQLite and PostgreSQL store."""
    return value - (1 << 64) if value >= 1 << 63 else value


def anchors_of(fingerprint_hex: object) -> list[int]:
    """The hashes a registered fingerprint is found by (see the module docstring)."""
    if not isinstance(fingerprint_hex, str) or not fingerprint_hex:
        return []
    from marker.domain.fingerprint import Fingerprint
    from marker.errors import LedgerIntegrityError

    try:
        sample = Fingerprint.from_hex(fingerprint_hex).sample
    except LedgerIntegrityError:
        return []
    below = int((sample < ANCHOR_BELOW).sum())
    return [signed64(int(h)) for h in sample[: max(ANCHORS, below)]]


def query_hashes(sample: Iterable[int]) -> list[int]:
    """A candidate's sampled hashes, as stored in `ix_anchors`."""
    return [signed64(int(h)) for h in sample]


def apply(db: Writer, seq: int, at: str, kind: str, registry: str | None, copy_no: str | None, actor: str | None,
          payload: dict[str, Any]) -> None:
    """Fold one event into the side tables, exactly as the registers fold it in Python."""
    fold = _FOLDS.get(kind)
    if fold is not None:
        fold(db, seq, at, registry, copy_no, _Payload(payload, actor))


class _Payload(dict[str, Any]):
    """An event's payload, carrying its actor (the copy register records who recalled or destroyed)."""

    def __init__(self, payload: dict[str, Any], actor: str | None) -> None:
        super().__init__(payload)
        self.actor = actor


def _actor(p: dict[str, Any]) -> str | None:
    return getattr(p, "actor", None)


def _registered(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    number = registry or ""
    db.execute("INSERT INTO ix_documents (registry, seq, original_sha256, status, expiry, declassified, sort_key, "
               "title, level, period) VALUES (?, ?, ?, 'registered', ?, NULL, ?, ?, ?, ?) "
               "ON CONFLICT (registry) DO NOTHING",
               (number, seq, p.get("original_sha256", ""), p.get("expiry"), sort_key(number),
                _text(p.get("title", "")), _text(p.get("level", "")), _cell(p.get("period"))))
    anchors = anchors_of(p.get("fingerprint"))
    if not anchors:
        return
    # only for the number's first registration (a second one is ignored by the register too); the
    # condition is in the statement, so a bulk fold needs no answer back (psycopg pipelines it)
    if db.is_postgres:  # one statement, not one round trip per anchor
        db.execute("INSERT INTO ix_anchors (hash, registry) SELECT unnest(?::bigint[]), ? WHERE EXISTS "
                   "(SELECT 1 FROM ix_documents WHERE registry = ? AND seq = ?)", (anchors, number, number, seq))
    elif db.execute("SELECT 1 FROM ix_documents WHERE registry = ? AND seq = ?", (number, seq)).fetchall():
        db.execute_many("INSERT INTO ix_anchors (hash, registry) VALUES (?, ?)", [(h, number) for h in anchors])


def _text(value: object) -> str:
    """A register cell as the Python fold shows it (a payload may hold a non-string)."""
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _document(sql: str, *values: Any) -> Any:
    def fold(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
        params = tuple(v(p, at) if callable(v) else v for v in values)
        db.execute(f"UPDATE ix_documents SET {sql} WHERE registry = ?", (*params, registry or ""))
    return fold


def _reserved(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    """A (re-)reservation starts the copy's record afresh, keeping its place (its first reservation)."""
    approval = _approval_id(p.get("approval"))
    db.execute("INSERT INTO ix_copies (registry, copy_no, status, holder, approval, seq, recipient, issued_at, "
               "recall_by, recalled_at, recalled_by, destroyed_at, destroyed_by, witness, medium, path, sha256) "
               "VALUES (?, ?, 'reserved', ?, ?, ?, ?, NULL, ?, NULL, NULL, NULL, NULL, NULL, ?, ?, NULL) "
               "ON CONFLICT (registry, copy_no) DO UPDATE SET status = 'reserved', holder = excluded.holder, "
               "approval = excluded.approval, recipient = excluded.recipient, issued_at = NULL, "
               "recall_by = excluded.recall_by, recalled_at = NULL, recalled_by = NULL, destroyed_at = NULL, "
               "destroyed_by = NULL, witness = NULL, medium = excluded.medium, path = excluded.path, sha256 = NULL",
               (registry or "", copy_no or "", _cell(p.get("recipient")), approval, seq, _cell(p.get("recipient")),
                _cell(p.get("recall_by")), _text(p.get("medium", "electronic")), _cell(p.get("path"))))
    if approval is not None:
        _use(db, approval, registry or "", 1)


def _cell(value: object) -> str | None:
    return None if value is None else _text(value)


def _use(db: Writer, approval: int, registry: str, copies: int) -> None:
    db.execute("INSERT INTO ix_approval_use (approval, registry, used) VALUES (?, ?, ?) ON CONFLICT (approval, "
               "registry) DO UPDATE SET used = ix_approval_use.used + excluded.used", (approval, registry, copies))


def _approval_id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _issued(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    if isinstance(p.get("sha256"), str):
        db.execute("INSERT INTO ix_copy_files (seq, sha256, registry, copy_no) VALUES (?, ?, ?, ?)",
                   (seq, p["sha256"], registry, copy_no))
    _copy_update(db, registry, copy_no, "status = 'issued', issued_at = ?, sha256 = ?, path = ?",
                 at, _cell(p.get("sha256")), _cell(p.get("path")))


def _voided(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    """A voided copy gives its place back to the approval it was reserved under (once); one
    statement, so a bulk fold needs no answer back."""
    db.execute("UPDATE ix_approval_use SET used = used - 1 WHERE used > 0 AND registry = ? AND approval = "
               "(SELECT approval FROM ix_copies WHERE registry = ? AND copy_no = ? AND status <> 'voided')",
               (registry or "", registry or "", copy_no or ""))
    _copy_update(db, registry, copy_no, "status = 'voided'")


def _copy_update(db: Writer, registry: str | None, copy_no: str | None, sql: str, *values: Any) -> None:
    db.execute(f"UPDATE ix_copies SET {sql} WHERE registry = ? AND copy_no = ?",
               (*values, registry or "", copy_no or ""))


def _recalled(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    _copy_update(db, registry, copy_no, "status = 'recalled', recalled_at = ?, recalled_by = ?", at, _actor(p))


def _destroyed(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    _copy_update(db, registry, copy_no, "status = 'destroyed', destroyed_at = ?, destroyed_by = ?, witness = ?",
                 at, _actor(p), _cell(p.get("witness")))


def _handed_over(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    _copy_update(db, registry, copy_no, "holder = ?", _cell(p.get("to")))


def _printed(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    for use in p.get("approval_use") or ():
        if isinstance(use, dict) and str(use.get("approval", "")).isdigit():
            _use(db, int(use["approval"]), str(use.get("registry") or ""), int(use.get("copies", 0)))


def _file_state(db: Writer, seq: int, at: str, registry: str | None, copy_no: str | None, p: dict[str, Any]) -> None:
    db.execute("INSERT INTO ix_files (sha256, seq, state) VALUES (?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET "
               "seq = excluded.seq, state = excluded.state", (str(p.get("sha256", "")), seq, str(p.get("state", ""))))


def _new_level(p: dict[str, Any]) -> str | None:
    """The level a retry or 变更 sets (absent: unchanged, as `DocumentRecord.folded` keeps it)."""
    return _text(p["level"]) if "level" in p else None


_FOLDS: dict[str, Any] = {
    "document_registered": _registered,
    "document_failed": _document("status = 'failed'"),
    "document_withdrawn": _document("status = 'failed'"),
    "document_retried": _document("status = 'registered', expiry = ?, level = COALESCE(?, level), period = ?",
                                  lambda p, at: p.get("expiry"), lambda p, at: _new_level(p),
                                  lambda p, at: _cell(p.get("period"))),
    "document_relevelled": _document("expiry = ?, declassified = NULL, level = COALESCE(?, level), period = ?",
                                     lambda p, at: p.get("expiry"), lambda p, at: _new_level(p),
                                     lambda p, at: _cell(p.get("period"))),
    "document_declassified": _document("declassified = ?", lambda p, at: p.get("on") or at[:10]),
    "copy_reserved": _reserved,
    "copy_issued": _issued,
    "copy_voided": _voided,
    "copy_recalled": _recalled,
    "copy_destroyed": _destroyed,
    "copy_handed_over": _handed_over,
    "print_job_verified": _printed,
    "file_state": _file_state,
}


def pointer_value(seq: int, digest: str) -> str:
    return json.dumps({"version": INDEX_VERSION, "seq": seq, "hash": digest})


def fold_period(db: Writer, seq: int, at: str, kind: str, registry: str | None, copy_no: str | None,
                actor: str | None, payload: dict[str, Any]) -> None:
    """Version 2 -> 3: the 保密期限 column alone, folded exactly as `apply` folds it (the first
    registration of a number sets it; a retry or a relevel replaces it)."""
    if kind == "document_registered":
        db.execute("UPDATE ix_documents SET period = ? WHERE registry = ? AND seq = ?",
                   (_cell(payload.get("period")), registry or "", seq))
    elif kind in ("document_retried", "document_relevelled"):
        db.execute("UPDATE ix_documents SET period = ? WHERE registry = ?",
                   (_cell(payload.get("period")), registry or ""))


def upgradable(raw: str | None) -> tuple[int, str] | None:
    """(seq, hash) of a pointer to side tables of the version that is upgraded in place."""
    try:
        value = json.loads(raw or "")
        return (int(value["seq"]), str(value["hash"])) if int(value["version"]) == UPGRADED_FROM else None
    except (TypeError, ValueError, KeyError):
        return None


def read_pointer(raw: str | None) -> tuple[int, str] | None:
    """(last folded seq, its hash) of indexes of this version; None: build them from the start."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
        if int(value["version"]) != INDEX_VERSION:
            return None
        return int(value["seq"]), str(value["hash"])
    except (TypeError, ValueError, KeyError):
        return None
