"""The signed head checkpoint on PostgreSQL (issue 16.6): a ledger rolled back to an older copy, or
emptied, verifies as "intact" by its chain alone; the checkpoint kept beside the key says otherwise."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.pg import fresh_database, postgres_server
from tests.test_approvals_copies import mark

Cli = Callable[..., CliResult]


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture()
def pg_url(pg_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    url = fresh_database(pg_server)
    monkeypatch.setenv("MIJI_LEDGER_URL", url)
    return url


def raw(url: str):  # a psycopg connection, as someone with database access would open one
    import psycopg

    return psycopg.connect(url, autocommit=True)


def _snapshot(url: str) -> None:
    with raw(url) as conn:
        conn.execute("CREATE TABLE old_events AS SELECT * FROM events")
        conn.execute("CREATE TABLE old_meta AS SELECT * FROM meta")


def _restore(url: str) -> None:
    """Put the older copy back, the head record included (it is the genuine one of that time)."""
    with raw(url) as conn:
        conn.execute("DROP TRIGGER IF EXISTS events_append_only ON events")
        conn.execute("DELETE FROM events")
        conn.execute("INSERT INTO events SELECT * FROM old_events")
        conn.execute("DELETE FROM meta")
        conn.execute("INSERT INTO meta SELECT * FROM old_meta")


def _refused_everywhere(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("ledger", "verify")
    assert code == 7 and ("回滚" in err or "替换" in err), err
    draft = tmp_path / "新稿.txt"
    draft.write_text("关于会议室使用安排的通知\n各部门遵照执行。", encoding="utf-8")
    code, _, err = cli("mark", draft, "--level", "内部")
    assert code == 7, err


def test_a_postgres_ledger_rolled_back_to_an_older_copy_is_reported(cli: Cli, pg_url: str, tmp_path: Path):
    mark(cli, tmp_path, "秘密", "第一份")
    _snapshot(pg_url)
    mark(cli, tmp_path, "秘密", "第二份")
    assert cli("ledger", "verify")[0] == 0
    _restore(pg_url)
    _refused_everywhere(cli, tmp_path)


def test_an_emptied_postgres_ledger_is_reported(cli: Cli, pg_url: str, tmp_path: Path):
    mark(cli, tmp_path, "秘密")
    with raw(pg_url) as conn:
        conn.execute("DROP TABLE events CASCADE")
        conn.execute("DROP TABLE meta")
    _refused_everywhere(cli, tmp_path)
