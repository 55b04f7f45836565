"""The million-document benchmark ledger is the ledger Miji would have written: its events verify
and its bulk-written side tables are exactly what folding the chain gives (what `ledger verify
--full` checks), on SQLite and on PostgreSQL with the bench's bulk-load server settings."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from bench.ledger_bench import EXPIRING_YEAR, PG_BULK_SETTINGS, bulk_append, registry_of
from marker.ledger.registers import (
    ExpiringDocument,
    copies,
    documents,
    expiring,
    find_original,
    register_document,
    reserve_copies,
)
from marker.ledger.store import Ledger, open_ledger, read_key


def check_bulk_ledger(url: str, key_path: Path) -> None:
    ledger = open_ledger(url, key_path)
    bulk_append(ledger, 2000, side_tables=True)  # one full chunk: the last flush has nothing left
    registry = register_document(ledger, year=2026, actor="miji", facts={  # the real path goes on after it
        "title": "审批文件", "original_sha256": "f" * 64, "level": "机密", "expiry": "2029-12-31"})
    reserve_copies(ledger, registry, ["张三"], actor="miji", paths=[key_path.parent / "{copy}.docx"])
    ledger.close()

    ledger = Ledger(url, read_key(key_path), key_path=key_path)
    assert ledger.verify().ok
    assert ledger.index_differences() == []
    every = documents(ledger)
    assert len(every) == 2001 and len(copies(ledger)) == 6001
    assert find_original(ledger, every[57].original_sha256) == registry_of(57)
    assert expiring(ledger, EXPIRING_YEAR) == [ExpiringDocument(d.registry, d.title, d.level, d.period, d.expiry)
                                               for d in every if (d.expiry or "").startswith(f"{EXPIRING_YEAR}-")]
    assert len(expiring(ledger, EXPIRING_YEAR)) == 101
    ledger.close()


def test_the_bench_ledger_on_sqlite_is_what_the_chain_folds_to(tmp_path: Path) -> None:
    check_bulk_ledger(str(tmp_path / "ledger.sqlite3"), tmp_path / "ledger.key")


def test_the_bench_ledger_on_postgres_is_what_the_chain_folds_to(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    from tests.pg import fresh_database, postgres_server

    with postgres_server(PG_BULK_SETTINGS) as server:
        check_bulk_ledger(fresh_database(server), tmp_path / "ledger.key")


def test_a_kept_postgres_cluster_starts_again_with_its_ledger(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """`ledger_bench.py --keep-pg DIR`: a ledger built once is measured again by later runs."""
    pytest.importorskip("psycopg")
    from bench.ledger_bench import kept_ledger, prepare
    from tests.pg import fresh_database, postgres_server

    kept, key = Path(tempfile.mkdtemp(prefix="miji-kept-pg-")), tmp_path / "postgres-2000" / "ledger.key"
    request.addfinalizer(lambda: shutil.rmtree(kept, ignore_errors=True))  # not under tmp_path: the server's
    with postgres_server(PG_BULK_SETTINGS, keep=kept) as server:  # user may not enter it
        url = fresh_database(server, "ledger_2000")
        assert not kept_ledger(url, key)
        prepare(url, key, 2000, side_tables=True)
    with postgres_server(PG_BULK_SETTINGS, keep=kept) as server:
        url = fresh_database(server, "ledger_2000")  # there already: kept as it is
        assert kept_ledger(url, key)
        ledger = open_ledger(url, key)
        assert ledger.verify().ok and len(documents(ledger)) == 2001
        ledger.close()
        assert not kept_ledger(fresh_database(server, "ledger_2000", replace=True), key)  # emptied
