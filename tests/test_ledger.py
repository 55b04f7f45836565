"""The ledger file itself: append-only, tamper-evident, and readable as paper registers."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from marker.ledger.store import GENESIS, Ledger, open_ledger
from tests.builders import make_docx
from tests.conftest import CliResult, json_lines

Cli = Callable[..., CliResult]
DB = Path("miji-data") / "ledger.sqlite3"


@pytest.fixture()
def busy_ledger(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A workspace ledger with a document, a person, an approval, issued and destroyed copies."""
    source = make_docx(tmp_path / "季度预算.docx", ["2026年第一季度财务预算表", "收入与支出明细。"])
    code, out, err = cli("mark", source, "--level", "机密", "--json")
    assert code == 0, err
    registry = json_lines(out)[0]["registry"]
    assert cli("approve", registry, "--by", "王芳", "--copies", "3", "--purpose", "审计")[0] == 0
    assert cli("copies", "issue", registry, "--to", "张三", "--to", "李四", "--recall-by", "2030-01-31")[0] == 0
    assert cli("copies", "recall", registry, "000002", "--by", "小陈")[0] == 0
    assert cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "王芳")[0] == 0
    assert cli("handover", "--from", "李四", "--to", "赵六")[0] == 0
    return registry


def attacker() -> sqlite3.Connection:
    """What someone with write access to the file does first: drop the append-only triggers."""
    db = sqlite3.connect(DB, isolation_level=None)
    db.execute("DROP TRIGGER events_no_update")
    db.execute("DROP TRIGGER events_no_delete")
    return db


def count(db: sqlite3.Connection) -> int:
    return db.execute("SELECT count(*) FROM events").fetchone()[0]


def test_intact_ledger_verifies_and_prints_its_head(cli: Cli, busy_ledger: str) -> None:
    code, out, _ = cli("ledger", "verify")
    assert code == 0 and "登记簿完整" in out
    with sqlite3.connect(DB) as db:
        seq, head = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    assert head in out and f"{seq} 条事件" in out
    code, out, _ = cli("ledger", "verify", "--json")
    assert json_lines(out) == [{"ok": True, "events": seq, "head": head, "first_bad": None, "reason": "",
                                "workspace": {"problems": [], "notes": []}}]


def test_triggers_refuse_update_and_delete(busy_ledger: str) -> None:
    db = sqlite3.connect(DB)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE events SET actor = '别人' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("DELETE FROM events WHERE seq = 2")
    db.close()


def test_edited_event_is_found(cli: Cli, busy_ledger: str) -> None:
    db = attacker()
    row = db.execute("SELECT seq, payload FROM events WHERE kind = 'approval_granted'").fetchone()
    payload = json.loads(row[1])
    payload["copies"] = 300
    db.execute("UPDATE events SET payload = ? WHERE seq = ?",
               (json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")), row[0]))
    db.close()
    code, _, err = cli("ledger", "verify", "--json")
    assert code == 7
    code, out, _ = cli("ledger", "verify", "--json")
    assert json_lines(out)[0]["first_bad"] == row[0]
    code, _, err = cli("ledger", "verify")
    assert code == 7 and f"第 {row[0]} 条事件内容被改动" in err


def test_deleted_event_is_found(cli: Cli, busy_ledger: str) -> None:
    db = attacker()
    db.execute("DELETE FROM events WHERE kind = 'copy_destroyed'")
    missing = db.execute("SELECT min(seq) + 1 FROM events e WHERE NOT EXISTS "
                         "(SELECT 1 FROM events f WHERE f.seq = e.seq + 1)").fetchone()[0]
    db.close()
    code, _, err = cli("ledger", "verify")
    assert code == 7 and f"第 {missing} 条事件缺失" in err


def test_deleted_newest_events_are_found(cli: Cli, busy_ledger: str) -> None:
    db = attacker()
    last = db.execute("SELECT max(seq) FROM events").fetchone()[0]
    db.execute("DELETE FROM events WHERE seq >= ?", (last - 1,))
    db.close()
    code, _, err = cli("ledger", "verify")
    assert code == 7 and f"第 {last - 1} 至 {last} 条事件被删除" in err


def test_forged_head_record_is_found(cli: Cli, busy_ledger: str) -> None:
    db = attacker()
    last, prev = db.execute("SELECT seq, prev_hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    db.execute("DELETE FROM events WHERE seq = ?", (last,))
    db.execute("UPDATE meta SET value = ? WHERE key = 'head'",
               (json.dumps({"seq": last - 1, "hash": prev, "mac": "0" * 64}),))
    db.close()
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "链头记录被改动" in err
    db = sqlite3.connect(DB)
    db.execute("DELETE FROM meta")
    db.commit()
    db.close()
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "链头记录缺失" in err


def test_reordered_events_are_found(cli: Cli, busy_ledger: str) -> None:
    db = attacker()
    db.execute("UPDATE events SET seq = -1 WHERE seq = 3")
    db.execute("UPDATE events SET seq = 3 WHERE seq = 4")
    db.execute("UPDATE events SET seq = 4 WHERE seq = -1")
    db.close()
    code, out, _ = cli("ledger", "verify", "--json")
    assert code == 7 and json_lines(out)[0]["first_bad"] == 3


def test_swapped_contents_with_valid_links_are_found(cli: Cli, busy_ledger: str) -> None:
    """Moving rows around while keeping seq and prev_hash plausible still breaks the keyed hashes."""
    db = attacker()
    rows = {r[0]: r for r in db.execute("SELECT * FROM events WHERE seq IN (5, 6)")}
    for seq, other in ((5, 6), (6, 5)):
        _, at, kind, registry, copy_no, actor, payload, _, _ = rows[other]
        db.execute("UPDATE events SET at = ?, kind = ?, registry = ?, copy_no = ?, actor = ?, payload = ? "
                   "WHERE seq = ?", (at, kind, registry, copy_no, actor, payload, seq))
    db.close()
    code, out, _ = cli("ledger", "verify", "--json")
    assert code == 7 and json_lines(out)[0]["first_bad"] == 5


def test_ledger_written_with_another_key_does_not_verify(cli: Cli, busy_ledger: str) -> None:
    key_file = Path("miji-data") / "keys" / "ledger.key"
    key_file.write_text("11" * 32)
    code, out, _ = cli("ledger", "verify", "--json")
    assert code == 7 and json_lines(out)[0]["first_bad"] == 1


def test_empty_ledger_verifies(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "l.sqlite3", tmp_path / "k" / "key") as ledger:
        result = ledger.verify()
    assert result.ok and result.count == 0 and result.head == GENESIS
    assert (tmp_path / "k" / "key").stat().st_mode & 0o777 == 0o600


def test_rolled_back_operation_leaves_no_event(tmp_path: Path) -> None:
    with open_ledger(tmp_path / "l.sqlite3", tmp_path / "key") as ledger:
        ledger.append("first", {"n": 1})
        with pytest.raises(RuntimeError), ledger.transaction():
            ledger.append("second", {"n": 2})
            raise RuntimeError("stop")
        ledger.append("third", {"n": 3})
        assert [e.kind for e in ledger.events()] == ["first", "third"]
        assert [e.seq for e in ledger.events()] == [1, 2]
        assert ledger.verify().ok


def test_corrupt_key_file_is_an_integrity_error(cli: Cli, busy_ledger: str) -> None:
    (Path("miji-data") / "keys" / "ledger.key").write_text("not hex")
    code, _, err = cli("ledger", "verify")
    assert code == 7 and "密钥" in err


# --- registers as people read them ----------------------------------------------------------------
def test_csv_export_has_chinese_columns(cli: Cli, busy_ledger: str) -> None:
    code, _, _ = cli("ledger", "export", "--format", "csv", "--register", "发放", "--out", "发放.csv")
    assert code == 0
    raw = Path("发放.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM, so Excel reads Chinese correctly
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {"文件名称", "密级", "份号", "发放对象", "发放时间", "签收人", "清退时间", "备注"} <= set(rows[0])
    by_copy = {r["份号"]: r for r in rows}
    assert set(by_copy) == {"000001", "000002", "000003"}
    assert by_copy["000002"]["发放对象"] == "张三" and by_copy["000002"]["状态"] == "已销毁"
    assert by_copy["000002"]["清退时间"] and by_copy["000002"]["文件名称"].startswith("2026年第一季度")
    assert by_copy["000003"]["持有人"] == "赵六" and by_copy["000003"]["清退期限"] == "2030-01-31"
    assert all(r["密级"] == "机密" for r in rows)


def test_xlsx_exports_read_back(cli: Cli, busy_ledger: str) -> None:
    expected = {"审批": ("批准人", "王芳"), "销毁": ("监销人", "王芳"), "移交": ("接收人", "赵六"),
                "发放": ("签收人", "李四")}
    for register, (column, value) in expected.items():
        out = Path(f"{register}.xlsx")
        code, _, err = cli("ledger", "export", "--format", "xlsx", "--register", register, "--out", out)
        assert code == 0, err
        sheet = load_workbook(out).active
        rows = list(sheet.iter_rows(values_only=True))
        assert sheet.title == f"{register}登记"
        assert value in [row[rows[0].index(column)] for row in rows[1:]], register
    approvals = list(load_workbook("审批.xlsx").active.iter_rows(values_only=True))
    head = approvals[0]
    assert {"批准人", "密级", "文件名称", "备注"} <= set(head)
    assert approvals[1][head.index("批准份数")] == "3" and approvals[1][head.index("用途")] == "审计"


def test_export_refuses_unknown_register_and_xlsx_to_stdout(cli: Cli, busy_ledger: str) -> None:
    assert cli("ledger", "export", "--register", "借阅")[0] == 2
    assert cli("ledger", "export", "--format", "xlsx")[0] == 2


def test_events_written_concurrently_by_threads_keep_one_chain(tmp_path: Path) -> None:
    import threading

    key = tmp_path / "key"
    open_ledger(tmp_path / "l.sqlite3", key).close()

    def writer(n: int) -> None:
        with open_ledger(tmp_path / "l.sqlite3", key) as ledger:
            for i in range(50):
                ledger.append("note", {"writer": n, "i": i})

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with Ledger(str(tmp_path / "l.sqlite3"), bytes.fromhex(key.read_text())) as ledger:
        result = ledger.verify()
        assert result.ok and result.count == 200
        assert sorted((e.payload["writer"], e.payload["i"]) for e in ledger.events()) == \
            sorted((n, i) for n in range(4) for i in range(50))


def test_a_checkpoint_temporary_left_by_a_killed_writer_is_removed_by_the_next_write(tmp_path: Path):
    # kill -9 between the signed head's temporary file and its rename leaves `.miji-tmp-*.head` in keys/
    with open_ledger(tmp_path / "ledger.sqlite3", tmp_path / "keys" / "ledger.key") as ledger:
        ledger.append("note", {"n": 1}, actor="测试员")
        stale = tmp_path / "keys" / ".miji-tmp-killed.head"
        stale.write_bytes(b"{half a checkpoint")
        ledger.append("note", {"n": 2}, actor="测试员")
        assert ledger.verify().ok
    assert not stale.exists()
    assert not list((tmp_path / "keys").glob(".miji-tmp-*"))


def test_a_draft_titled_like_a_formula_is_exported_as_text(cli: Cli, tmp_path: Path) -> None:
    draft = tmp_path / "公式.txt"
    draft.write_text('=HYPERLINK("http://example.invalid/","点击查看")\n各部门：请按时提交本季度报表。\n办公室\n'
                     "2026年5月6日\n", encoding="utf-8")
    code, _, err = cli("mark", draft, "--level", "内部", "--workspace", tmp_path / "ws", "--out", tmp_path / "out")
    assert code == 0, err
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"发放.{fmt}"
        code, _, err = cli("ledger", "export", "--format", fmt, "--register", "发放", "--out", out,
                           "--workspace", tmp_path / "ws")
        assert code == 0, err
        if fmt == "csv":
            titles = [r["文件名称"] for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))]
            assert titles == ['\'=HYPERLINK("http://example.invalid/","点击查看")']
        else:
            sheet = load_workbook(out).active
            column = [c.value for c in sheet[1]].index("文件名称")
            cell = sheet.cell(row=2, column=column + 1)
            assert cell.data_type == "s" and str(cell.value).startswith("=HYPERLINK")
