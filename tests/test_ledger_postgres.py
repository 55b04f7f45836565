"""The same ledger on a real PostgreSQL server (started by tests/pg.py; skipped when none is installed)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from marker.ledger.store import Ledger
from tests.builders import make_docx
from tests.conftest import CliResult, json_lines
from tests.pg import fresh_database, postgres_server
from tests.roster import staff
from tests.test_approvals_copies import (
    approve,
    concurrent_issue_check,
    export_rows,
    issue,
    listed,
    mark,
    run_together,
    staff_env,
)

Cli = Callable[..., CliResult]
KEY = Path("miji-data") / "keys" / "ledger.key"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    with postgres_server() as url:
        yield url


@pytest.fixture()
def pg_url(pg_server: str) -> str:
    return fresh_database(pg_server)


@pytest.fixture(autouse=True)
def _on_postgres(monkeypatch: pytest.MonkeyPatch, pg_url: str) -> None:
    monkeypatch.setenv("MIJI_LEDGER_URL", pg_url)


@pytest.fixture()
def papers(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """Three people and one registered document per level that needs approval, on PostgreSQL."""
    staff(Path("miji-data"))
    return {level: mark(cli, tmp_path, level, f"报告{level}") for level in ("秘密", "机密", "绝密")}


def pg_ledger(url: str) -> Ledger:
    return Ledger(url, bytes.fromhex(KEY.read_text()))


def raw(url: str):  # a psycopg connection, as an attacker would open one
    import psycopg

    return psycopg.connect(url, autocommit=True)


def test_whole_workflow_runs_on_postgres(cli: Cli, monkeypatch: pytest.MonkeyPatch, papers: dict[str, str],
                                         pg_url: str) -> None:
    registry = papers["机密"]
    assert approve(cli, monkeypatch, registry, "王芳", 2)[0] == 0
    code, out, err = issue(cli, registry, "张三", "李四")
    assert code == 0, err
    assert [c["copy_no"] for c in json_lines(out)[0]["copies"]] == ["000002", "000003"]
    assert issue(cli, registry, "王五")[0] == 5
    assert cli("copies", "recall", registry, "000002", "--by", "小陈")[0] == 0
    assert cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "王芳")[0] == 0
    assert cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "王芳")[0] == 5
    assert [r["份号"] for r in export_rows(cli, "销毁")] == ["000002"]
    assert len([r for r in export_rows(cli, "审批") if r["备注"].startswith("拒绝")]) == 2
    assert {c["copy_no"] for c in listed(cli, registry, "--outstanding")} == {"000001", "000003"}
    code, out, _ = cli("ledger", "verify")
    assert code == 0 and "登记簿完整" in out
    assert not (Path("miji-data") / "ledger.sqlite3").exists()
    with raw(pg_url) as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM events ORDER BY seq")]
    assert kinds.count("document_registered") == 3 and "copy_destroyed" in kinds


def test_ledger_url_from_workspace_config(cli: Cli, monkeypatch: pytest.MonkeyPatch, pg_url: str,
                                          tmp_path: Path) -> None:
    monkeypatch.delenv("MIJI_LEDGER_URL")
    Path("miji-data").mkdir()
    Path("miji-data/miji.toml").write_text(f'[miji]\nledger_url = "{pg_url}"\n', encoding="utf-8")
    registry = mark(cli, tmp_path, "秘密")
    assert registry.endswith("000001")
    assert not (Path("miji-data") / "ledger.sqlite3").exists()
    with raw(pg_url) as conn:
        assert conn.execute("SELECT registry FROM events WHERE kind = 'document_registered'").fetchone() == \
            (registry,)


def test_tampering_on_postgres_is_found(cli: Cli, monkeypatch: pytest.MonkeyPatch, pg_url: str,
                                        tmp_path: Path) -> None:
    mark(cli, tmp_path, "机密")
    import psycopg

    with raw(pg_url) as conn:
        seq = conn.execute("SELECT min(seq) FROM events WHERE kind = 'person_added' AND payload LIKE '%部门经理%'"
                           ).fetchone()[0]
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("UPDATE events SET actor = 'x' WHERE seq = 2")
        with pytest.raises(psycopg.errors.RaiseException, match="append-only"):
            conn.execute("DELETE FROM events WHERE seq = 2")
        conn.execute("DROP TRIGGER events_append_only ON events")
        payload = conn.execute("SELECT payload FROM events WHERE seq = %s", (seq,)).fetchone()[0]
        conn.execute("UPDATE events SET payload = %s WHERE seq = %s", (payload.replace("部门经理", "董事长"), seq))
    code, out, _ = cli("ledger", "verify", "--json")
    assert code == 7 and json_lines(out)[0]["first_bad"] == seq
    with raw(pg_url) as conn:  # opening the ledger put the trigger back
        conn.execute("DROP TRIGGER events_append_only ON events")
        conn.execute("UPDATE events SET payload = %s WHERE seq = %s", (payload, seq))
        conn.execute("DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)")
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "被删除" in err


def test_two_processes_issue_on_postgres(cli: Cli, monkeypatch: pytest.MonkeyPatch, papers: dict[str, str],
                                         tmp_path: Path) -> None:
    concurrent_issue_check(cli, monkeypatch, papers["机密"], tmp_path)


MARK_ONE = """
import json, sys
from marker.cli import main
codes = [main(["mark", path, "--level", "内部", "--json", "--out", sys.argv[1]]) for path in sys.argv[2:]]
sys.stderr.write(json.dumps(codes) + "\\n")
"""


def test_two_mark_processes_on_postgres_get_distinct_registry_numbers(cli: Cli, pg_url: str,
                                                                      tmp_path: Path) -> None:
    import sys

    drafts = [str(make_docx(tmp_path / f"通知{i}.docx", [f"第{i}号通知：会议安排。"])) for i in range(8)]
    codes = run_together([[sys.executable, "-c", MARK_ONE, "a", *drafts[:4]],
                          [sys.executable, "-c", MARK_ONE, "b", *drafts[4:]]], tmp_path, staff_env())
    assert codes == [[0] * 4, [0] * 4]
    with raw(pg_url) as conn:
        registries = [r[0] for r in conn.execute("SELECT registry FROM events WHERE kind = 'document_registered'")]
    assert len(registries) == 8 and len(set(registries)) == 8
    assert cli("ledger", "verify")[0] == 0


def test_threads_appending_keep_one_chain(pg_url: str, tmp_path: Path) -> None:
    KEY.parent.mkdir(parents=True)
    KEY.write_text("ab" * 32)
    pg_ledger(pg_url).close()

    def writer(n: int) -> None:
        with pg_ledger(pg_url) as ledger:
            for i in range(40):
                with ledger.transaction():
                    ledger.append("note", {"writer": n, "i": i, "text": "100% 完成"})
                    ledger.append("note2", {"writer": n, "i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with pg_ledger(pg_url) as ledger:
        result = ledger.verify()
        assert result.ok and result.count == 320
        events = ledger.events("kind LIKE ?", ("note%",))
        assert [e.seq for e in events] == list(range(1, 321))
        pairs = [(e.payload["writer"], e.payload["i"]) for e in events]
        assert pairs[0::2] == pairs[1::2]  # each transaction's two events are adjacent
        assert ledger.events("kind = ? AND payload LIKE ?", ("note", "%100\\%%"))  # literal % in a parameter


def test_an_old_ledger_on_postgres_gets_its_indexes_and_every_register_stays_identical(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pg_url: str) -> None:
    from tests.test_ledger_index import migration_keeps_every_register

    migration_keeps_every_register(cli, monkeypatch, tmp_path, lambda: raw(pg_url), pg_url, postgres=True)


def test_the_indexes_on_postgres_answer_like_a_full_scan(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path, pg_url: str) -> None:
    from tests.test_ledger_index import busy_workspace

    busy_workspace(cli, monkeypatch, tmp_path)
    assert cli("ledger", "verify")[0] == 0  # the full verify rebuilds the indexes and compares them
    with raw(pg_url) as conn:
        conn.execute("DELETE FROM ix_copies WHERE copy_no = '000001'")
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "ix_copies" in err
    assert cli("ledger", "reindex")[0] == 0
    assert cli("ledger", "verify", "--incremental")[0] == 0
    assert cli("ledger", "verify")[0] == 0
