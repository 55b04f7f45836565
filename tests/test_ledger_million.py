"""A ledger that stays flat at a million documents: the registers read from the side tables must
show exactly what folding the whole chain shows, and registry numbers keep their order past 999,999.

The ledger is built through the real commands (tests.test_ledger_index.busy_workspace); the
"old" ledger is the same one stripped of its side tables, as Miji before them left it on disk.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from marker.ledger import index
from marker.ledger.export import REGISTERS, RowFilter, register_page, rows_for, rows_from_chain
from marker.ledger.registers import (
    ExpiringDocument,
    copies,
    copies_indexed,
    documents,
    documents_page,
    expiring,
    issued_counts,
    mark_failed,
    next_registry,
    recent_documents,
    register_document,
)
from marker.ledger.store import Ledger, open_ledger
from tests.conftest import CliResult
from tests.test_ledger_index import DB, KEY, busy_workspace, strip_indexes

Cli = Callable[..., CliResult]


def filters_to_try(ledger: Ledger) -> list[RowFilter]:
    today = date.today()
    people = sorted({c.holder for c in copies(ledger) if c.holder} | {"小陈", "王芳", "纸", "电子", "李", "无此人"})
    return [RowFilter(), RowFilter(since=today), RowFilter(until=today), RowFilter(since=date(2000, 1, 1),
            until=date(2000, 1, 2)), RowFilter(level="机密"), RowFilter(level="秘密"), RowFilter(level="绝密"),
            *(RowFilter(person=p) for p in people), RowFilter(since=today, level="机密", person="李四")]


def assert_registers_are_the_chain_fold(ledger: Ledger) -> None:
    for register in REGISTERS:
        head, chain = rows_from_chain(ledger, register)
        assert rows_for(ledger, register) == (head, chain), register
        for chosen in filters_to_try(ledger):
            wanted = [row for row in chain if chosen.keep(head, row)]
            assert rows_for(ledger, register, chosen) == (head, wanted), (register, chosen)
            newest, page = wanted[::-1], 1
            while True:  # every page, newest first, two rows at a time
                shown, rows, more = register_page(ledger, register, chosen, page=page, size=2)
                assert shown == head and rows == newest[(page - 1) * 2 : page * 2], (register, chosen, page)
                assert more == (len(newest) > page * 2)
                if not more:
                    break
                page += 1
    every = copies(ledger)
    assert copies_indexed(ledger) == [c for c in every if c.status != "reserved"]
    for registry in {c.registry for c in every}:
        assert copies_indexed(ledger, registry) == [c for c in every if c.registry == registry
                                                    and c.status != "reserved"]
    for status in ("issued", "recalled", "destroyed", "voided"):
        assert copies_indexed(ledger, status=status) == [c for c in every if c.status == status]
    assert copies_indexed(ledger, newest=2) == [c for c in every if c.status != "reserved"][-2:]
    registered = documents(ledger)
    assert recent_documents(ledger, 2) == registered[::-1][:2]
    outstanding: dict[str, int] = {}
    for c in every:
        if c.status == "issued" and c.registry in {d.registry for d in registered}:
            outstanding[c.registry] = outstanding.get(c.registry, 0) + 1
    assert issued_counts(ledger, [d.registry for d in registered]) == outstanding
    years = {int(d.expiry[:4]) for d in registered if d.expiry}
    assert len(years) > 1
    for year in years | {1999}:  # the declassification list, from ix_documents alone
        assert expiring(ledger, year) == [ExpiringDocument(d.registry, d.title, d.level, d.period, d.expiry)
                                          for d in registered if d.expiry and d.expiry.startswith(f"{year}-")
                                          and not d.declassified], year


def side_tables_match_the_chain(cli: Cli, monkeypatch: pytest.MonkeyPatch, folder: Path, url: str,
                                connect: Callable[[], object], *, postgres: bool = False) -> None:
    docs = busy_workspace(cli, monkeypatch, folder)
    key = bytes.fromhex(KEY.read_text())
    ledger = Ledger(url, key)
    mark_failed(ledger, docs["秘密"], reason="副本写入失败", actor="miji")  # a failed document shows no title
    assert_registers_are_the_chain_fold(ledger)
    shown = {register: rows_for(ledger, register) for register in REGISTERS}
    ledger.close()

    conn = connect()
    strip_indexes(conn, postgres=postgres)  # an old ledger, written before the side tables
    conn.close()  # type: ignore[attr-defined]
    monkeypatch.setattr(index, "BULK", 10)  # a long backlog: lookup indexes dropped, built after the fold
    ledger = Ledger(url, key)
    names = {str(n) for (n,) in ledger.query("SELECT indexname FROM pg_indexes" if postgres else
                                             "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert set(index.SECONDARY) <= names
    assert_registers_are_the_chain_fold(ledger)
    assert {register: rows_for(ledger, register) for register in REGISTERS} == shown
    assert ledger.verify().ok
    assert ledger.index_differences() == []
    ledger.close()
    code, out, err = cli("copies", "list", "--limit", "1", "--json")
    assert code == 0, err
    assert len(out.splitlines()) == 1
    assert cli("copies", "list", "--limit", "0")[0] == 2

    # side tables of the second version (no 保密期限 column), as Miji before `expiring` read them left them
    conn = connect()
    conn.execute("ALTER TABLE ix_documents DROP COLUMN period")  # type: ignore[attr-defined]
    pointer = conn.execute("SELECT value FROM meta WHERE key = 'index'").fetchone()[0]  # type: ignore[attr-defined]
    conn.execute("UPDATE meta SET value = ? WHERE key = 'index'".replace("?", "%s" if postgres else "?"),  # type: ignore[attr-defined]
                 (json.dumps({**json.loads(pointer), "version": 2}),))
    if not postgres:
        conn.commit()  # type: ignore[attr-defined]
    conn.close()  # type: ignore[attr-defined]
    real_apply = index.apply  # one column added: filled in place, no table rebuilt
    monkeypatch.setattr(index, "apply", lambda *a: pytest.fail("side tables rebuilt for one new column"))
    code, out, err = cli("expiring", "--year", str(date.today().year + 1), "--json")
    assert code == 0, err
    monkeypatch.setattr(index, "apply", real_apply)
    ledger = Ledger(url, key)
    assert {register: rows_for(ledger, register) for register in REGISTERS} == shown
    assert_registers_are_the_chain_fold(ledger)
    assert ledger.index_differences() == []
    ledger.close()

    # side tables of the first version (no register columns), as Miji before this change left them
    conn = connect()
    strip_indexes(conn, postgres=postgres)
    for statement in VERSION_1_SCHEMA:
        conn.execute(statement)  # type: ignore[attr-defined]
    head = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()  # type: ignore[attr-defined]
    conn.execute("INSERT INTO meta (key, value) VALUES ('index', ?)".replace("?", "%s" if postgres else "?"),  # type: ignore[attr-defined]
                 (json.dumps({"version": 1, "seq": head[0], "hash": head[1]}),))
    if not postgres:
        conn.commit()  # type: ignore[attr-defined]
    conn.close()  # type: ignore[attr-defined]
    code, out, err = cli("ledger", "export", "--format", "csv", "--register", "发放")
    assert code == 0, err
    ledger = Ledger(url, key)
    assert {register: rows_for(ledger, register) for register in REGISTERS} == shown
    assert_registers_are_the_chain_fold(ledger)
    ledger.close()
    assert cli("ledger", "verify")[0] == 0


VERSION_1_SCHEMA = (
    "CREATE TABLE ix_documents (registry TEXT PRIMARY KEY, seq BIGINT NOT NULL, original_sha256 TEXT, "
    "status TEXT NOT NULL, expiry TEXT, declassified TEXT)",
    "CREATE INDEX ix_documents_expiry ON ix_documents(expiry)",
    "CREATE TABLE ix_copies (registry TEXT NOT NULL, copy_no TEXT NOT NULL, status TEXT NOT NULL, holder TEXT, "
    "approval BIGINT, PRIMARY KEY (registry, copy_no))",
    "CREATE INDEX ix_copies_status ON ix_copies(status, registry)",
    "CREATE TABLE ix_anchors (hash BIGINT NOT NULL, registry TEXT NOT NULL)",
)


def test_registers_read_from_the_side_tables_are_the_chain_fold_before_and_after_a_migration(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    side_tables_match_the_chain(cli, monkeypatch, tmp_path, str(DB), lambda: sqlite3.connect(DB))


def test_the_same_on_postgres(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    psycopg = pytest.importorskip("psycopg")
    from tests.pg import fresh_database, postgres_server

    with postgres_server() as server:
        url = fresh_database(server)
        monkeypatch.setenv("MIJI_LEDGER_URL", url)
        side_tables_match_the_chain(cli, monkeypatch, tmp_path, url, lambda: psycopg.connect(url, autocommit=True),
                                    postgres=True)


def test_registry_numbers_go_past_999999_in_a_year_and_keep_their_order(tmp_path: Path) -> None:
    ledger = open_ledger(tmp_path / "ledger.sqlite3", tmp_path / "ledger.key")
    facts = {"title": "年度报告", "original_sha256": "a" * 64, "level": "秘密", "expiry": None}
    with ledger.transaction():
        for serial in (999_998, 999_999):  # a busy year, written by the real append path
            ledger.append("document_registered", facts, registry=f"MJ-2026-{serial:06d}", actor="miji")
    assert register_document(ledger, year=2026, actor="miji", facts=facts) == "MJ-2026-1000000"
    assert register_document(ledger, year=2026, actor="miji", facts=facts) == "MJ-2026-1000001"
    assert register_document(ledger, year=2027, actor="miji", facts=facts) == "MJ-2027-000001"
    assert register_document(ledger, year=2026, actor="miji", facts=facts) == "MJ-2026-1000002"
    order = [d.registry for d in documents_page(ledger, limit=10)]
    assert order == ["MJ-2026-999998", "MJ-2026-999999", "MJ-2026-1000000", "MJ-2026-1000001", "MJ-2026-1000002",
                     "MJ-2027-000001"]
    assert [d.registry for d in documents_page(ledger, after="MJ-2026-999999", limit=2)] == [
        "MJ-2026-1000000", "MJ-2026-1000001"]
    # a lost index row never makes a number be given twice: the chain is asked
    with ledger.transaction():
        ledger.execute("DELETE FROM ix_documents WHERE registry = 'MJ-2026-1000002'")
        assert next_registry(ledger, 2026) == "MJ-2026-1000003"
    # nor does a forged index row push every later number up: only a signed registration counts
    with ledger.transaction():
        ledger.execute("INSERT INTO ix_documents (registry, seq, original_sha256, status, sort_key, title, level) "
                       "SELECT 'MJ-2026-999999999', seq, original_sha256, status, ?, title, level FROM ix_documents "
                       "LIMIT 1", (index.sort_key("MJ-2026-999999999"),))
        assert next_registry(ledger, 2026) == "MJ-2026-1000003"
    ledger.close()


def test_a_seven_digit_registry_number_is_recognised_in_a_stamped_copy() -> None:
    from marker.domain import fingerprint
    from marker.reading import documents as reading

    assert reading._STAMPED_HEADER.search("机密 MJ-2026-1000000")
    assert reading._STAMPED_HEADER.search("机密 MJ-2026-000123")
    assert __import__("re").fullmatch(fingerprint._REGISTRY, "MJ-2026-1000000")
