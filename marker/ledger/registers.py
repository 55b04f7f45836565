"""The registers kept in the ledger: documents, copies and their lifecycle, refusals.

All state is derived from events, so what a register shows is exactly what the chain proves.
Copies are first *reserved* (their 份号 is taken for good), then the file is written, then the
copy is *issued*; a reservation whose writer died is voided and its file removed on recovery.
"""

from __future__ import annotations

import contextlib
import functools
import os
import socket
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from marker.errors import RefusedError, UsageError
from marker.ledger import index
from marker.ledger.store import Event, Ledger

REGISTRY_PREFIX = "MJ"


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    registry: str
    title: str
    original_sha256: str
    level: str
    period: str | None
    expiry: str | None
    category: str | None
    marked_by: str
    registered_at: str
    source_name: str
    kind: str
    policy: str
    status: str = "registered"  # registered | failed (no copy could be made; a retry reuses it)
    decided_by: str | None = None
    document_date: str | None = None
    archive_path: str | None = None
    original_path: str | None = None
    failure: str | None = None
    declassified: str | None = None  # the date it was declassified (解密), as the ledger holds it

    @classmethod
    def from_event(cls, event: Event) -> DocumentRecord:
        p = event.payload
        return cls(
            registry=event.registry or "", title=p.get("title", ""), original_sha256=p.get("original_sha256", ""),
            level=p.get("level", ""), period=p.get("period"), expiry=p.get("expiry"), category=p.get("category"),
            marked_by=event.actor or "", registered_at=event.at, source_name=p.get("source_name", ""),
            kind=p.get("kind", ""), policy=p.get("policy", ""), decided_by=p.get("decided_by"),
            document_date=p.get("document_date"), archive_path=p.get("archive_path"),
            original_path=p.get("original_path"))

    def folded(self, event: Event) -> DocumentRecord:
        """This record after one later event about the same document."""
        if event.kind in ("document_failed", "document_withdrawn"):
            return replace(self, status="failed", failure=event.payload.get("reason"))
        if event.kind == "document_retried":
            p = event.payload
            return replace(self, status="registered", failure=None, level=p.get("level", self.level),
                           period=p.get("period"), expiry=p.get("expiry"), category=p.get("category"),
                           decided_by=p.get("decided_by"), marked_by=event.actor or self.marked_by,
                           archive_path=p.get("archive_path", self.archive_path),
                           original_path=p.get("original_path", self.original_path))
        if event.kind == "document_relevelled":
            p = event.payload
            return replace(self, level=p.get("level", self.level), period=p.get("period"), expiry=p.get("expiry"),
                           decided_by="person", declassified=None)
        if event.kind == "document_declassified":
            return replace(self, declassified=event.payload.get("on") or event.at[:10])
        return self


_DOCUMENT_KINDS = ("document_registered", "document_failed", "document_withdrawn", "document_retried",
                   "document_relevelled", "document_declassified")


@dataclass(frozen=True, slots=True)
class CopyRecord:
    registry: str
    copy_no: str
    recipient: str | None
    holder: str | None
    status: str  # reserved | issued | recalled | destroyed | voided
    issued_at: str | None
    recalled_at: str | None
    destroyed_at: str | None
    recall_by: str | None
    path: str | None
    sha256: str | None
    approval: int | None
    medium: str  # electronic | paper
    destroyed_by: str | None = None
    witness: str | None = None
    recalled_by: str | None = None

    @property
    def outstanding(self) -> bool:
        return self.status == "issued"

    def overdue(self, today: date) -> bool:
        return self.outstanding and bool(self.recall_by) and date.fromisoformat(self.recall_by) < today


_INDEX_PROBES = 20  # index rows tried from the top for one the chain signed


def next_registry(ledger: Ledger, year: int) -> str:
    """The next registry number of `year`; call inside a transaction (it holds the write lock).

    Serials are six digits (MJ-2026-000123) and simply grow a seventh past 999,999, so the text
    order of the numbers no longer follows the serial: the highest is found by the numeric sort key
    of the document index, the older text order of six-digit numbers is asked too (an index row
    lost or forged cannot lower it), and then the chain itself is asked whether the next number is
    taken, stepping on until one is free, so a number is never given twice."""
    prefix = f"{REGISTRY_PREFIX}-{year}-"
    last = 0
    # The index's highest number counts only when a signed registration of it exists: a forged
    # index row must not push every later number up (a gap in the register, ten-digit numbers).
    for (found,) in ledger.query("SELECT registry FROM ix_documents WHERE sort_key >= ? AND sort_key < ? "
                                 "ORDER BY sort_key DESC LIMIT ?",
                                 (index.sort_key(prefix + "0"), index.sort_key(prefix + "0")[:-12] + ":",
                                  _INDEX_PROBES)):
        if any(ledger.authentic(e) for e in ledger.events("kind = 'document_registered' AND registry = ?",
                                                          (str(found),))):
            last = registry_serial(str(found))
            break
    # a range, not LIKE, so the (kind, registry) index serves it on both databases
    rows = ledger.query("SELECT registry FROM events WHERE kind = 'document_registered' AND registry >= ? "
                        "AND registry < ? ORDER BY registry DESC LIMIT 1", (prefix, prefix[:-1] + "."))
    if rows:
        last = max(last, registry_serial(str(rows[0][0])))
    while ledger.query("SELECT 1 FROM events WHERE kind = 'document_registered' AND registry = ? LIMIT 1",
                       (format_registry(year, last + 1),)):
        last += 1
    return format_registry(year, last + 1)


def format_registry(year: int, serial: int) -> str:
    """MJ-2026-000123: six digits at least (the numbers already issued keep theirs)."""
    return f"{REGISTRY_PREFIX}-{year}-{serial:06d}"


def registry_serial(registry: str) -> int:
    tail = registry.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() and tail.isascii() else 0


def register_document(ledger: Ledger, *, year: int, actor: str, facts: dict[str, Any]) -> str:
    with ledger.transaction():
        registry = next_registry(ledger, year)
        ledger.append("document_registered", facts, registry=registry, actor=actor)
    return registry


def _fold_documents(events: Iterable[Event]) -> dict[str, DocumentRecord]:
    records: dict[str, DocumentRecord] = {}
    for event in events:
        registry = event.registry or ""
        if event.kind == "document_registered":
            records.setdefault(registry, DocumentRecord.from_event(event))
        elif registry in records:
            records[registry] = records[registry].folded(event)
    return records


def _document_events(ledger: Ledger, where: str = "", params: tuple[Any, ...] = ()) -> tuple[str, tuple[Any, ...]]:
    kinds = ", ".join(f"'{k}'" for k in _DOCUMENT_KINDS)
    if not where:
        return f"kind IN ({kinds})", params
    # a document's own events carry no 份号: `copy_no IS NULL` lets the (registry, copy_no) index seek
    # them alone, not every copy event of the document (a document issued ten thousand times)
    return f"{_by_registry(ledger)} IN ({kinds}) AND copy_no IS NULL AND {where}", params


def _by_registry(ledger: Ledger) -> str:
    """The kind column when the registries are named too. On PostgreSQL their events are then found
    by the registry index and the kinds filtered on the few rows found: written as plain `kind`, the
    planner ANDs in a bitmap of the kind index, which reads every event of those kinds (the lookup
    grew with the ledger, 1.5-4x from 10^3 to 10^4 documents). SQLite seeks (kind, registry) pairs."""
    return "(kind || '')" if ledger.is_postgres else "kind"


def document(ledger: Ledger, registry: str) -> DocumentRecord | None:
    return _fold_documents(ledger.events(*_document_events(ledger, "registry = ?", (registry,)))).get(registry)


def require_document(ledger: Ledger, registry: str) -> DocumentRecord:
    record = document(ledger, registry)
    if record is None:
        raise UsageError(f"登记簿中没有文件 {registry} (no such registry number)")
    return record


def documents(ledger: Ledger, *, include_failed: bool = False) -> list[DocumentRecord]:
    records = _fold_documents(ledger.events(*_document_events(ledger))).values()
    return [r for r in records if include_failed or r.status == "registered"]


_CHUNK = 500  # registry numbers per `IN (...)`


def documents_named(ledger: Ledger, registries: Iterable[str]) -> dict[str, DocumentRecord]:
    """The records of these documents, folded from their own events (absent ones are left out)."""
    wanted = list(dict.fromkeys(registries))
    found: dict[str, DocumentRecord] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(part))
        found.update(_fold_documents(ledger.events(*_document_events(ledger, f"registry IN ({marks})", tuple(part)))))
    return found


def _indexed(ledger: Ledger, sql: str, params: tuple[Any, ...] = ()) -> list[str]:
    """Registry numbers a side table (marker.ledger.index) selects; the caller folds their events."""
    return [str(r) for (r,) in ledger.query(sql, params)]


def documents_page(ledger: Ledger, *, after: str | None = None, limit: int = 50) -> list[DocumentRecord]:
    """One page of the document register in registry order, from after `after` (keyset paging)."""
    registries = _indexed(ledger, "SELECT registry FROM ix_documents WHERE sort_key > ? AND status = 'registered' "
                                  "ORDER BY sort_key LIMIT ?", (index.sort_key(after or ""), limit))
    records = documents_named(ledger, registries)
    return [records[r] for r in registries if r in records and records[r].status == "registered"]


def _registrations_of(ledger: Ledger, sha256: str) -> list[DocumentRecord]:
    registries = _indexed(ledger, "SELECT registry FROM ix_documents WHERE original_sha256 = ? ORDER BY seq",
                          (sha256,))
    records = documents_named(ledger, registries)
    return [records[r] for r in registries if r in records and records[r].original_sha256 == sha256]


def find_original(ledger: Ledger, sha256: str) -> str | None:
    """The registry number of a registered (not failed) document whose original had this SHA-256."""
    return next((r.registry for r in _registrations_of(ledger, sha256) if r.status == "registered"), None)


def failed_registration(ledger: Ledger, sha256: str) -> str | None:
    """A registration of these bytes that produced no copy: a retry reuses it, never takes another."""
    return next((r.registry for r in _registrations_of(ledger, sha256) if r.status == "failed"), None)


def verified_event(ledger: Ledger, seq: int) -> bool:
    """Whether event `seq` exists, was written with the key and links into the chain."""
    found = ledger.events("seq = ?", (seq,))
    return bool(found) and ledger.in_chain(found[0])


def registrations_since(ledger: Ledger, seq: int) -> list[tuple[str, DocumentRecord]]:
    """(original SHA-256, record) of every registration or retry written after event `seq`;
    only verified links of the chain count (recovery moves files on their word)."""
    found: list[tuple[str, DocumentRecord]] = []
    for event in ledger.events("kind IN ('document_registered', 'document_retried') AND seq > ?", (seq,)):
        if not ledger.in_chain(event):
            continue
        record = document(ledger, event.registry or "")
        if record is not None and record.status == "registered":
            found.append((record.original_sha256, record))
    return found


def issued_copy_with(ledger: Ledger, sha256: str) -> tuple[str, str] | None:
    """(registry, 份号) of an issued copy whose file had this SHA-256: a marked copy's exact bytes."""
    seqs = [int(seq) for (seq,) in ledger.query("SELECT seq FROM ix_copy_files WHERE sha256 = ? ORDER BY seq",
                                                (sha256,))]
    for seq in seqs:  # the event itself says so, not the index
        found = ledger.events("seq = ? AND kind = 'copy_issued'", (seq,))
        if found and found[0].payload.get("sha256") == sha256:
            return found[0].registry or "", found[0].copy_no or ""
    return None


def stored_fingerprints(ledger: Ledger) -> list[tuple[DocumentRecord, str]]:
    """Every registered document's content fingerprint (hex), as written at registration (a full
    scan: recognition uses `fingerprints_near`)."""
    records = {r.registry: r for r in documents(ledger)}
    found: list[tuple[DocumentRecord, str]] = []
    for event in ledger.events("kind = 'document_registered'"):
        fingerprint = event.payload.get("fingerprint")
        record = records.get(event.registry or "")
        if record is not None and isinstance(fingerprint, str) and fingerprint and ledger.authentic(event):
            found.append((record, fingerprint))
    return found


def fingerprints_near(ledger: Ledger, sample: Iterable[int]) -> list[tuple[DocumentRecord, str]]:
    """The registered fingerprints that share an anchor with this sample (a candidate's sampled
    hashes), those sharing most first: the only ones that can match it (marker.ledger.index).
    Each is read from its registration event, whose HMAC is checked, never from the index; the
    candidates' events are read once, for their records and their fingerprints together."""
    from marker.ledger.index import CANDIDATES, query_hashes

    hashes = query_hashes(sample)
    shared: dict[str, int] = {}
    for start in range(0, len(hashes), _CHUNK):
        part = hashes[start : start + _CHUNK]
        marks = ", ".join("?" * len(part))
        for registry, n in ledger.query(f"SELECT registry, count(*) FROM ix_anchors WHERE hash IN ({marks}) "
                                        "GROUP BY registry", tuple(part)):
            shared[str(registry)] = shared.get(str(registry), 0) + int(n)
    best = sorted(shared, key=lambda r: (-shared[r], r))[:CANDIDATES]
    events: list[Event] = []
    for start in range(0, len(best), _CHUNK):
        part = best[start : start + _CHUNK]
        events += ledger.events(*_document_events(ledger, f"registry IN ({', '.join('?' * len(part))})", tuple(part)))
    records = _fold_documents(events)
    found: list[tuple[DocumentRecord, str]] = []
    for event in events:
        record = records.get(event.registry or "")
        if event.kind != "document_registered" or record is None or record.status != "registered" \
                or record.registered_at != event.at:
            continue  # not this number's (first) registration, or no longer registered
        fingerprint = _authentic_fingerprint(ledger, event)
        if fingerprint:
            found.append((record, fingerprint))
    found.sort(key=lambda item: (-shared[item[0].registry], item[0].registry))
    return found


_FINGERPRINTS_KEPT = 4096  # registrations whose fingerprint this process has checked (a burst of one template)


def _authentic_fingerprint(ledger: Ledger, event: Event) -> str | None:
    """The fingerprint of an authentic registration event. Its HMAC is checked once per process:
    a registration never changes, and a row altered since is answered with what was checked
    (the chain's verification is what catches the alteration)."""
    kept = _checked_fingerprints.setdefault(ledger.identity, {})
    key = (event.seq, event.hash)
    if key in kept:
        return kept[key]
    fingerprint = event.payload.get("fingerprint")
    if not (isinstance(fingerprint, str) and fingerprint and ledger.authentic(event)):
        return None
    if len(kept) >= _FINGERPRINTS_KEPT:
        kept.clear()
    kept[key] = fingerprint
    return fingerprint


_checked_fingerprints: dict[str, dict[tuple[int, str], str]] = {}


def mark_failed(ledger: Ledger, registry: str, *, reason: str, actor: str) -> None:
    ledger.append("document_failed", {"reason": reason}, registry=registry, actor=actor)


@dataclass(frozen=True, slots=True)
class FileState:
    """The daemon's record of one dropped file (by content): processing, marked, review, …"""

    seq: int
    sha256: str
    name: str
    state: str
    registry: str | None
    destination: str | None
    reason: str | None
    at: str


def record_file_state(ledger: Ledger, *, sha256: str, name: str, state: str, actor: str, **details: Any) -> None:
    ledger.append("file_state", {"sha256": sha256, "name": name, "state": state, **details}, actor=actor)


def file_states(ledger: Ledger) -> list[FileState]:
    """Every file state event, oldest first."""
    return [FileState(e.seq, e.payload.get("sha256", ""), e.payload.get("name", ""), e.payload.get("state", ""),
                      e.payload.get("registry"), e.payload.get("destination"), e.payload.get("reason"), e.at)
            for e in ledger.events("kind = 'file_state'")]


def latest_file_states(ledger: Ledger) -> dict[str, FileState]:
    """The last state of each file content (SHA-256)."""
    return {state.sha256: state for state in file_states(ledger)}


def files_in_state(ledger: Ledger, state: str) -> dict[str, FileState]:
    """The file contents whose last state is `state` (the daemon's start looks for `processing`),
    read from their own last event: O(such files), not O(every file ever dropped)."""
    found: dict[str, FileState] = {}
    for sha, seq in ledger.query("SELECT sha256, seq FROM ix_files WHERE state = ? ORDER BY seq", (state,)):
        for e in ledger.events("seq = ? AND kind = 'file_state'", (int(seq),)):
            if e.payload.get("sha256") == sha and e.payload.get("state") == state:
                found[sha] = FileState(e.seq, sha, e.payload.get("name", ""), state, e.payload.get("registry"),
                                       e.payload.get("destination"), e.payload.get("reason"), e.at)
    return found


def last_copy_number(ledger: Ledger, registry: str) -> int:
    rows = ledger.query(
        "SELECT copy_no FROM events WHERE registry = ? AND kind = 'copy_reserved' ORDER BY copy_no DESC LIMIT 1",
        (registry,))
    return int(rows[0][0]) if rows else 0


def reserve_copies(
    ledger: Ledger, registry: str, recipients: Sequence[str | None], *, actor: str,
    paths: Sequence[Path] | Callable[[str], Path], approval: int | None = None, medium: str = "electronic",
    recall_by: str | None = None,
) -> list[str]:
    """Take the next free 份号 for each recipient (never reused, even after destruction). `paths`: where
    each copy will be written, given as the writer builds it from the 份号 (recovery removes the file
    at exactly that path), or one path per recipient in which `{copy}` stands for the 份号."""
    if not callable(paths) and len(paths) != len(recipients):
        raise ValueError("one output path per recipient")
    with ledger.transaction():
        start = last_copy_number(ledger, registry)
        numbers = [f"{start + i + 1:06d}" for i in range(len(recipients))]
        started = own_process_started()
        for index, (number, recipient) in enumerate(zip(numbers, recipients, strict=True)):
            path = paths(number) if callable(paths) else Path(str(paths[index]).replace("{copy}", number))
            ledger.append("copy_reserved", {
                "recipient": recipient, "path": str(Path(path).absolute()),
                "approval": approval,
                "medium": medium, "recall_by": recall_by, "pid": os.getpid(), "host": socket.gethostname(),
                "machine": machine_id(), "boot": boot_id(), "started": started,
            }, registry=registry, copy_no=number, actor=actor)
            if started is None:  # this process's own, though the ledger cannot say so
                _reserved_unknown.add((os.getpid(), registry, number))
    return numbers


def complete_copy(ledger: Ledger, registry: str, copy_no: str, *, sha256: str, path: Path, actor: str) -> None:
    ledger.append("copy_issued", {"sha256": sha256, "path": str(Path(path).absolute())}, registry=registry,
                  copy_no=copy_no,
                  actor=actor)


def void_copy(ledger: Ledger, registry: str, copy_no: str, *, reason: str, actor: str) -> None:
    ledger.append("copy_voided", {"reason": reason}, registry=registry, copy_no=copy_no, actor=actor)


def record_refusal(ledger: Ledger, *, action: str, reason: str, actor: str | None,
                   registry: str | None = None, copy_no: str | None = None, **details: Any) -> None:
    """A refused attempt is itself a record: who, what, when, why."""
    ledger.append("refused", {"action": action, "reason": reason, **details}, registry=registry,
                  copy_no=copy_no, actor=actor)


_COPY_KINDS = ("copy_reserved", "copy_issued", "copy_voided", "copy_recalled", "copy_destroyed", "copy_handed_over")


def copies(ledger: Ledger, registry: str | None = None, *, copy_no: str | None = None) -> list[CopyRecord]:
    """Every copy (of a document; or one copy) with its current state, folded from its events in order."""
    kinds = ", ".join(f"'{k}'" for k in _COPY_KINDS)
    where = f"kind IN ({kinds})"
    params: tuple[str, ...] = ()
    if registry:
        where, params = f"{_by_registry(ledger)} IN ({kinds}) AND registry = ?", (registry,)
        if copy_no:
            where, params = where + " AND copy_no = ?", (registry, copy_no)
    return _fold_copies(ledger.events(where, params))


def _fold_copies(events: Iterable[Event]) -> list[CopyRecord]:
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for event in events:
        key = (event.registry or "", event.copy_no or "")
        p = event.payload
        if event.kind == "copy_reserved":
            state[key] = {"registry": key[0], "copy_no": key[1], "recipient": p.get("recipient"),
                          "holder": p.get("recipient"), "status": "reserved", "issued_at": None,
                          "recalled_at": None, "destroyed_at": None, "recall_by": p.get("recall_by"),
                          "path": p.get("path"), "sha256": None, "approval": p.get("approval"),
                          "medium": p.get("medium", "electronic")}
            continue
        record = state.get(key)
        if record is None:
            continue
        if event.kind == "copy_issued":
            record.update(status="issued", issued_at=event.at, sha256=p.get("sha256"), path=p.get("path"))
        elif event.kind == "copy_voided":
            record["status"] = "voided"
        elif event.kind == "copy_recalled":
            record.update(status="recalled", recalled_at=event.at, recalled_by=event.actor)
        elif event.kind == "copy_destroyed":
            record.update(status="destroyed", destroyed_at=event.at, destroyed_by=event.actor,
                          witness=p.get("witness"))
        elif event.kind == "copy_handed_over":
            record["holder"] = p.get("to")
    return [CopyRecord(**values) for values in state.values()]


def copies_where(ledger: Ledger, *, status: str, holder: str | None = None,
                 registries: Iterable[str] | None = None) -> list[CopyRecord]:
    """Copies whose current state is `status` (and holder), found by the copy index and confirmed
    by folding each selected document's copy events: O(those documents' copies)."""
    sql, params = "SELECT DISTINCT registry FROM ix_copies WHERE status = ?", (status,)
    if holder is not None:
        sql, params = sql + " AND holder = ?", (*params, holder)
    if registries is not None:
        wanted = list(dict.fromkeys(registries))
        selected: list[str] = []
        for start in range(0, len(wanted), _CHUNK):
            part = wanted[start : start + _CHUNK]
            selected += _indexed(ledger, f"{sql} AND registry IN ({', '.join('?' * len(part))})", (*params, *part))
    else:
        selected = _indexed(ledger, sql, params)
    kinds = ", ".join(f"'{k}'" for k in _COPY_KINDS)
    wanted = sorted(set(selected))
    events: list[Event] = []
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        events += ledger.events(f"{_by_registry(ledger)} IN ({kinds}) AND registry IN ({', '.join('?' * len(part))})",
                                tuple(part))
    events.sort(key=lambda e: e.seq)  # the order `copies(ledger)` gives
    return [c for c in _fold_copies(events) if c.status == status and (holder is None or c.holder == holder)]


_COPY_COLUMNS = ("registry, copy_no, recipient, holder, status, issued_at, recalled_at, destroyed_at, recall_by, path, "
                 "sha256, approval, medium, destroyed_by, witness, recalled_by")


def copies_indexed(ledger: Ledger, registry: str | None = None, *, status: str | None = None,
                   newest: int | None = None) -> list[CopyRecord]:
    """Copies as the copy index holds them (the chain fold's columns, in its order), without folding
    the chain: what `copies list` and the registers read. `newest`: only the last N reserved."""
    where, params = ["status <> 'reserved'" if status is None else "status = ?"], [] if status is None else [status]
    if registry:
        where.append("registry = ?")
        params.append(registry)
    sql = f"SELECT {_COPY_COLUMNS} FROM ix_copies WHERE {' AND '.join(where)} ORDER BY seq"
    if newest is not None:
        sql += f" DESC LIMIT {int(newest)}"  # the newest, put back in order below
    rows = ledger.query(sql, tuple(params))
    records = [CopyRecord(*row[:13], destroyed_by=row[13], witness=row[14], recalled_by=row[15]) for row in rows]
    return records[::-1] if newest is not None else records


def recent_documents(ledger: Ledger, limit: int) -> list[DocumentRecord]:
    """The last `limit` registered documents, newest first (the console's list), from the index."""
    registries = _indexed(ledger, "SELECT registry FROM ix_documents WHERE status = 'registered' ORDER BY seq DESC "
                                  f"LIMIT {int(limit)}")
    records = documents_named(ledger, registries)
    return [records[r] for r in registries if r in records and records[r].status == "registered"]


def issued_counts(ledger: Ledger, registries: Iterable[str]) -> dict[str, int]:
    """How many copies of each of these documents are out (issued, not recalled or destroyed)."""
    wanted = list(dict.fromkeys(registries))
    counts: dict[str, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        counts.update({str(r): int(n) for r, n in ledger.query(
            f"SELECT registry, count(*) FROM ix_copies WHERE status = 'issued' AND registry IN "
            f"({', '.join('?' * len(part))}) GROUP BY registry", tuple(part))})
    return counts


def copy_record(ledger: Ledger, registry: str, copy_no: str) -> CopyRecord:
    for record in copies(ledger, registry, copy_no=copy_no):
        if record.copy_no == copy_no:
            return record
    raise UsageError(f"{registry} 没有第 {copy_no} 份 (no such copy)")


def recall_copy(ledger: Ledger, registry: str, copy_no: str, *, actor: str) -> CopyRecord:
    actor = _person(actor, "--by")
    refusal = ""
    with ledger.transaction():
        record = copy_record(ledger, registry, copy_no)
        if record.status != "issued":
            refusal = (f"第 {copy_no} 份状态为「{_STATUS_ZH[record.status]}」，不能清退 "
                       f"(cannot recall a {record.status} copy)")
        else:
            ledger.append("copy_recalled", {}, registry=registry, copy_no=copy_no, actor=actor)
    if refusal:  # recorded in its own transaction: the refused one writes nothing
        record_refusal(ledger, action="recall", reason=refusal, actor=actor, registry=registry, copy_no=copy_no)
        raise RefusedError(refusal)
    return copy_record(ledger, registry, copy_no)


def destroy_copy(ledger: Ledger, registry: str, copy_no: str, *, actor: str, witness: str) -> CopyRecord:
    actor, witness = _person(actor, "--by"), _person(witness, "--witness")
    if witness == actor:
        raise UsageError("销毁需要另一名监销人 (destruction needs a witness other than the destroyer)")
    refusal = ""
    with ledger.transaction():
        record = copy_record(ledger, registry, copy_no)
        if record.status not in ("issued", "recalled"):
            refusal = (f"第 {copy_no} 份状态为「{_STATUS_ZH[record.status]}」，不能销毁 "
                       f"(cannot destroy a {record.status} copy)")
        else:
            ledger.append("copy_destroyed", {"witness": witness}, registry=registry, copy_no=copy_no, actor=actor)
    if refusal:
        record_refusal(ledger, action="destroy", reason=refusal, actor=actor, registry=registry, copy_no=copy_no)
        raise RefusedError(refusal)
    if record.path and record.medium == "electronic":  # only once the destruction is on record
        with contextlib.suppress(OSError):
            Path(record.path).unlink()
    return copy_record(ledger, registry, copy_no)


def _person(name: str | None, option: str) -> str:
    name = (name or "").strip()
    if not name:
        raise UsageError(f"{option} 需要姓名 ({option} needs a name)")
    return name


def handover(ledger: Ledger, *, source: str, target: str, actor: str) -> list[CopyRecord]:
    """Every copy held by `source` moves to `target`; returns the inventory that moved."""
    source, target = _person(source, "--from"), _person(target, "--to")
    if source == target:
        raise UsageError("移交双方不能是同一人 (--from and --to are the same person)")
    with ledger.transaction():
        moving = copies_where(ledger, status="issued", holder=source)
        for record in moving:
            ledger.append("copy_handed_over", {"from": source, "to": target}, registry=record.registry,
                          copy_no=record.copy_no, actor=actor)
        ledger.append("handover", {"from": source, "to": target,
                                   "copies": [f"{c.registry}/{c.copy_no}" for c in moving]}, actor=actor)
    return moving


def recover_pending(ledger: Ledger, *, actor: str = "miji", stale_after: timedelta = timedelta(hours=1),
                    now: datetime | None = None, inside: Callable[[Path], bool] | None = None,
                    untrusted: list[str] | None = None) -> list[CopyRecord]:
    """Void reservations whose writer died before issuing, and remove any file they left.

    A reservation of a live process on this host is left alone: it may be mid-write. One made
    on another host (a shared PostgreSQL ledger) is only voided once it is `stale_after` old,
    since this host cannot see whether its writer is alive. A reservation that is not a verified
    link of the chain, or whose path is not where copies go (`inside`), is never acted on: it is
    described in `untrusted` instead (an inserted row must not make recovery delete a file).
    """
    host = socket.gethostname()
    moment = now or datetime.now(UTC)
    voided: list[CopyRecord] = []
    with ledger.transaction():
        pending = {(c.registry, c.copy_no): c for c in copies_where(ledger, status="reserved")}
        if not pending:
            return []
        live_folders: set[Path] = set()
        for event in _reservations(ledger, list(pending)):
            record = pending.get((event.registry or "", event.copy_no or ""))
            if record is None:
                continue
            if not ledger.in_chain(event):
                _note(untrusted, f"第 {event.seq} 条事件（份号预留 {event.registry}/{event.copy_no}）未通过签名或链位置"
                      f"校验，未处理 (event {event.seq} is not a verified link: not acted on)")
                continue
            path = Path(record.path) if record.path else None
            if path is not None and inside is not None and not inside(path):
                _note(untrusted, f"第 {event.seq} 条事件的路径不在工作区副本目录内，未删除 (path outside the "
                      f"workspace's copy folders, not removed): {path}")
                continue
            if not _writer_gone(event, host, moment, stale_after):
                if path is not None:
                    live_folders.add(path.parent)
                continue
            if path is not None:
                with contextlib.suppress(OSError):
                    path.unlink()
            void_copy(ledger, record.registry, record.copy_no,
                      reason="写入中断，已清理 (interrupted write cleaned up)", actor=actor)
            voided.append(record)
        for record in voided:  # a live writer's temporary file in the same folder is not ours to remove
            if record.path and Path(record.path).parent not in live_folders:
                remove_stale_temps_for(Path(record.path))
    return voided


def _note(sink: list[str] | None, message: str) -> None:
    if sink is not None:
        sink.append(message)


def voided_copy_paths(ledger: Ledger) -> list[tuple[str, str, Path]]:
    """(registry, 份号, path) of each voided copy whose reservation is a verified link of the chain:
    a file found there was written by a writer that outlived its process (removed at recovery)."""
    voided = {(c.registry, c.copy_no) for c in copies_where(ledger, status="voided")}
    found: list[tuple[str, str, Path]] = []
    for event in _reservations(ledger, sorted(voided)):
        key = (event.registry or "", event.copy_no or "")
        path = event.payload.get("path")
        if key in voided and isinstance(path, str) and path and ledger.in_chain(event):
            found.append((key[0], key[1], Path(path)))
    return found


def _reservations(ledger: Ledger, keys: Sequence[tuple[str, str]]) -> list[Event]:
    """The copy_reserved events of these (registry, 份号), in chain order."""
    found: list[Event] = []
    for registry in sorted({r for r, _ in keys}):
        wanted = {n for r, n in keys if r == registry}
        found += [e for e in ledger.events("kind = 'copy_reserved' AND registry = ?", (registry,))
                  if e.copy_no in wanted]
    return sorted(found, key=lambda e: e.seq)


def _writer_gone(event: Event, host: str, moment: datetime, stale_after: timedelta) -> bool:
    """Whether the process that made a reservation is gone. On this host: a reservation made before the
    machine last started is dead whatever process now has its pid, and so is one whose pid now belongs
    to a process started at another time (a pid reused); on another host, once it is `stale_after` old."""
    pid, where = event.payload.get("pid"), event.payload.get("host")
    machine = event.payload.get("machine")
    if where == host and (machine is None or machine_id() in (None, machine)):  # a namesake machine is another host
        if not isinstance(pid, int):
            return False
        boot, started = event.payload.get("boot"), event.payload.get("started")
        if boot is not None and boot_id() not in (None, boot):
            return True
        now_started = own_process_started() if pid == os.getpid() else process_started(pid)
        if started is not None and now_started is not None and now_started != started:
            return True
        if _process_state(pid) in ("Z", "X"):  # exited, not yet reaped by its parent
            return True
        if pid == os.getpid():  # this process records its start time where it can read one: without it, an earlier
            # process (older code) had this pid, unless this process reserved it while /proc could not be read
            mine = (pid, event.registry, event.copy_no) in _reserved_unknown
            return started is None and now_started is not None and not mine
        return not process_alive(pid)
    try:
        made = datetime.fromisoformat(event.at)
    except ValueError:
        return True
    return moment - made >= stale_after


def remove_stale_temps_for(target: Path) -> None:
    """A writer killed mid-write leaves its temporary file beside the target (see marker.atomic)."""
    from marker.atomic import TEMP_PREFIX

    folder = target.parent
    if folder.is_dir():
        for stale in folder.glob(f"{TEMP_PREFIX}*{target.suffix}"):
            with contextlib.suppress(OSError):
                stale.unlink()


@functools.cache
def boot_id() -> str | None:
    """This machine's boot (Linux: a new random id at every start; None where it cannot be read)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip() or None
    except OSError:
        return None


@functools.cache
def machine_id() -> str | None:
    """This machine's id (systemd's /etc/machine-id): two machines may share a host name, never this."""
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            found = Path(path).read_text(encoding="ascii").strip()
        except OSError:
            continue
        if found:
            return found
    return None


def _process_state(pid: int) -> str | None:
    """The one-letter state of a process (Linux /proc: R, S, D, Z…; None where it cannot be read)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()
    return fields[0] if fields else None


_own_start: tuple[int, int] | None = None
# (pid, registry, 份号) this process reserved while its start time could not be read: its own, though the ledger
# row says nothing a later recovery in this process could tell from an earlier process's with the same pid.
_reserved_unknown: set[tuple[int, str | None, str | None]] = set()


def own_process_started() -> int | None:
    """This process's start time, read once per pid (a fork has its own) once a read succeeds: its reservations and
    its recovery then compare the same value even if a later read of /proc fails (too many open files in a busy
    daemon). A failed read is not kept, so a later recovery can still tell an earlier process's reservation."""
    global _own_start
    pid = os.getpid()
    if _own_start is None or _own_start[0] != pid:
        found = process_started(pid)
        if found is None:
            return None
        _own_start = (pid, found)
    return _own_start[1]


def process_started(pid: int) -> int | None:
    """When the process with this pid started, in clock ticks since boot (Linux /proc; None where it
    cannot be read, or no such process): with the pid, it names one process, even after a pid is reused."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = stat[stat.rfind(")") + 2:].split()  # after "pid (comm) ": field 3 onwards; starttime is field 22
    try:
        return int(fields[19])
    except (IndexError, ValueError):
        return None


def process_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this host (a reservation's or a lock's writer)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_STATUS_ZH = {"reserved": "待写入", "issued": "已发放", "recalled": "已清退", "destroyed": "已销毁",
              "voided": "已作废"}


def status_zh(status: str) -> str:
    return _STATUS_ZH.get(status, status)


@dataclass(frozen=True, slots=True)
class ExpiringDocument:
    """A line of the yearly declassification list: what `miji expiring` and the console show."""

    registry: str
    title: str
    level: str
    period: str | None
    expiry: str | None


def expiring(ledger: Ledger, year: int) -> list[ExpiringDocument]:
    """Documents still classified whose period ends in `year`: the yearly declassification list.
    A list to read, like the registers' pages: served from `ix_documents` alone (the fold keeps
    level, 保密期限, expiry, status and 解密 there), since folding each document's events grew with
    the ledger (2.3 ms at 10^3 documents, 19 ms at 10^6). Acting on a document still folds it."""
    rows = ledger.query("SELECT registry, title, level, period, expiry FROM ix_documents WHERE expiry >= ? "
                        "AND expiry < ? AND status = 'registered' AND declassified IS NULL ORDER BY seq",
                        (f"{year}-", f"{year}."))
    return [ExpiringDocument(str(r), str(t), str(lv), None if p is None else str(p), str(e))
            for r, t, lv, p, e in rows]


def record_relevel(ledger: Ledger, record: DocumentRecord, *, level: str, period: str | None, expiry: str | None,
                   reason: str, actor: str) -> None:
    """变更: a person changed the document's level or period; the register keeps the old values."""
    ledger.append("document_relevelled", {
        "level": level, "period": period, "expiry": expiry, "old_level": record.level, "old_period": record.period,
        "old_expiry": record.expiry, "reason": reason}, registry=record.registry, actor=actor)


def record_declassified(ledger: Ledger, record: DocumentRecord, *, on: str, reason: str, actor: str) -> None:
    """解密: from now on the ledger holds the document as declassified, whatever a copy says."""
    ledger.append("document_declassified", {"on": on, "old_level": record.level, "old_period": record.period,
                                            "reason": reason}, registry=record.registry, actor=actor)


def recipients_of(records: Iterable[CopyRecord]) -> list[str]:
    return sorted({r.recipient for r in records if r.recipient})


def events_for_archive(ledger: Ledger, kind: str, archive: str) -> list[Event]:
    """Events of `kind` whose payload names this archive folder (re-marking's journal)."""
    return ledger.events(f"kind = ? AND {ledger.payload_field('archive')} = ?", (kind, archive))
