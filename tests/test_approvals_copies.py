"""People, approvals and the copy lifecycle, driven through the `miji` command as a user would."""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from marker.ledger.registers import copies, recover_pending, reserve_copies
from marker.ledger.store import Ledger, now_iso
from tests.builders import make_docx
from tests.conftest import CliResult, json_lines
from tests.roster import ACTOR, OFFICER, OFFICER_SECRET, SECRETS, install_policy, staff, token_of

Cli = Callable[..., CliResult]
WORKSPACE = "miji-data"
ROLES = {"王芳": "部门经理", "李总": "副总经理", "小张": "员工"}


def as_person(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Act as `name` alone: only their token in the environment."""
    monkeypatch.setenv("MIJI_TOKEN", token_of(Path(WORKSPACE), name))


def as_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Back to the test staff's tokens (the cli fixture's default)."""
    monkeypatch.delenv("MIJI_TOKEN", raising=False)


def staff_env() -> dict[str, str]:
    return {"MIJI_TOKEN": ",".join(staff(Path(WORKSPACE)).values()), "MIJI_USER": ACTOR}


def mark(cli: Cli, folder: Path, level: str, name: str = "报告") -> str:
    source = make_docx(folder / f"{name}.docx", [f"{name}：2026年度财务预算与经营数据汇总。", "第二段正文。"])
    code, out, err = cli("mark", source, "--level", level, "--json")
    assert code == 0, err
    return json_lines(out)[0]["registry"]


def approve(cli: Cli, monkeypatch: pytest.MonkeyPatch, registry: str, by: str, copies_: int,
            *extra: str) -> CliResult:
    as_person(monkeypatch, by)
    try:
        return cli("approve", registry, "--by", by, "--copies", str(copies_), "--json", *extra)
    finally:
        as_staff(monkeypatch)


def issue(cli: Cli, registry: str, *names: str, extra: tuple[str, ...] = ()) -> CliResult:
    args: list[str] = ["copies", "issue", registry, "--json", *extra]
    for name in names:
        args += ["--to", name]
    return cli(*args)


def listed(cli: Cli, *args: str) -> list[dict]:
    code, out, err = cli("copies", "list", "--json", *args)
    assert code == 0, err
    return json_lines(out)


def export_rows(cli: Cli, register: str) -> list[dict[str, str]]:
    code, out, err = cli("ledger", "export", "--format", "csv", "--register", register)
    assert code == 0, err
    return list(csv.DictReader(out.splitlines()))


def open_ws_ledger(root: Path = Path(WORKSPACE)) -> Ledger:
    key = bytes.fromhex((root / "keys" / "ledger.key").read_text())
    return Ledger(str(root / "ledger.sqlite3"), key)


@pytest.fixture()
def office(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """A workspace with three people and one registered document per level that needs approval."""
    staff(Path(WORKSPACE))
    return {level: mark(cli, tmp_path, level, f"报告{level}") for level in ("秘密", "机密", "绝密")}


# --- people ---------------------------------------------------------------------------------------
def test_people_are_listed_and_secrets_stored_only_as_hashes(cli: Cli, office: dict[str, str]) -> None:
    code, out, _ = cli("people", "list", "--json")
    assert code == 0
    people = {p["name"]: p for p in json_lines(out)}
    assert people["王芳"] == {"name": "王芳", "role": "部门经理", "dept": "办公室", "officer": False}
    assert people[OFFICER]["officer"] and set(ROLES) <= set(people)
    raw = b"".join(p.read_bytes() for p in Path(WORKSPACE).glob("ledger.sqlite3*"))
    assert raw and not any(secret.encode() in raw for secret in [*SECRETS.values(), OFFICER_SECRET])
    assert not any(token.encode() in raw for token in staff(Path(WORKSPACE)).values())


def test_people_add_needs_a_secret_and_a_known_role(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("people", "add", "赵七", "--role", "部门经理", "--by", OFFICER)
    assert code == 2 and "--secret-file" in err
    secret = tmp_path / "s.txt"
    secret.write_text("zhaoqi-secret", encoding="utf-8")
    code, _, err = cli("people", "add", "赵七", "--role", "国王", "--by", OFFICER, "--secret-file", secret)
    assert code == 2 and "角色" in err
    code, _, err = cli("people", "add", "赵七", "--role", "部门经理", "--by", OFFICER, "--secret-file", secret)
    assert code == 0, err


# --- approvals ------------------------------------------------------------------------------------
def test_wrong_secret_is_refused_and_recorded(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                              office: dict[str, str]) -> None:
    monkeypatch.setenv("MIJI_TOKEN", "mjt_0badf00d_not-her-token")
    code, _, err = cli("approve", office["机密"], "--by", "王芳", "--copies", "2")
    assert code == 9 and "王芳" in err
    as_staff(monkeypatch)
    refusals = [r for r in export_rows(cli, "审批") if r["备注"].startswith("拒绝")]
    assert [(r["登记号"], r["批准人"], r["用途"]) for r in refusals] == [(office["机密"], "", "")]
    assert "审批被拒（操作人 王芳）" in refusals[0]["备注"]
    assert issue(cli, office["机密"], "张三")[0] == 5


@pytest.mark.parametrize(("level", "by"), [("机密", "小张"), ("秘密", "小张"), ("绝密", "王芳")])
def test_role_that_does_not_cover_the_level_is_refused(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                       office: dict[str, str], level: str, by: str) -> None:
    code, _, err = approve(cli, monkeypatch, office[level], by, 1)
    assert code == 5 and "无权审批" in err
    assert any("无权审批" in r["备注"] for r in export_rows(cli, "审批"))
    as_staff(monkeypatch)
    assert issue(cli, office[level], "张三")[0] == 5


def test_covering_roles_approve(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    code, out, err = approve(cli, monkeypatch, office["绝密"], "李总", 2, "--purpose", "董事会")
    assert code == 0, err
    assert json_lines(out)[0]["copies"] == 2
    assert approve(cli, monkeypatch, office["机密"], "王芳", 1)[0] == 0
    rows = export_rows(cli, "审批")
    assert {(r["登记号"], r["批准人"], r["职务"], r["批准份数"]) for r in rows} == {
        (office["绝密"], "李总", "副总经理", "2"), (office["机密"], "王芳", "部门经理", "1")}


def test_named_delegate_approves_top_secret(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import marker

    policy = (Path(marker.__file__).parent / "domain" / "default_policy.toml").read_text(encoding="utf-8")
    top_secret = "paper copies only\ndelegates = []"
    assert policy.count(top_secret) == 1
    changed = tmp_path / "delegates.toml"
    changed.write_text(policy.replace(top_secret, 'paper copies only\ndelegates = ["王芳"]'), encoding="utf-8")
    staff(Path(WORKSPACE))
    install_policy(Path(WORKSPACE), changed)
    registry = mark(cli, tmp_path, "绝密")
    assert approve(cli, monkeypatch, registry, "王芳", 1)[0] == 0  # 部门经理, but named delegate for 绝密
    assert approve(cli, monkeypatch, registry, "小张", 1)[0] == 5
    as_staff(monkeypatch)
    code, _, err = cli("copies", "issue", registry, "--to", "张三")
    assert code == 0, err


def test_hand_inserted_approval_is_not_an_approval(cli: Cli, office: dict[str, str]) -> None:
    registry = office["机密"]
    db = sqlite3.connect(Path(WORKSPACE) / "ledger.sqlite3")
    db.execute("DROP TRIGGER events_no_update")
    db.execute("DROP TRIGGER events_no_delete")
    seq, prev = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    payload = json.dumps({"approver": "王芳", "role": "部门经理", "copies": 50, "purpose": "", "until": None,
                          "level": "机密"}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    at = now_iso()
    content = json.dumps([seq + 1, at, "approval_granted", registry, None, "王芳", payload, prev],
                         ensure_ascii=False, separators=(",", ":"))
    forged = hmac.new(b"a guessed key, not the workspace's", content.encode(), hashlib.sha256).hexdigest()
    db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (seq + 1, at, "approval_granted", registry, None, "王芳", payload, prev, forged))
    db.commit()
    db.close()

    code, _, err = issue(cli, registry, "张三")
    assert code == 7 and "拒绝写入" in err  # a broken chain stops every writing command
    assert [c["copy_no"] for c in listed(cli, registry)] == ["000001"]  # only the copy made when marking
    code, _, err = cli("ledger", "verify")
    assert code == 7 and f"第 {seq + 1} 条" in err


def test_revoked_approval_no_longer_allows_copies(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                  office: dict[str, str]) -> None:
    code, out, _ = approve(cli, monkeypatch, office["秘密"], "王芳", 3)
    approval = json_lines(out)[0]["approval"]
    code, _, err = cli("approve", "--revoke", str(approval), "--by", "王芳")
    assert code == 0, err
    as_staff(monkeypatch)
    code, _, err = issue(cli, office["秘密"], "张三")
    assert code == 5 and "撤销" in err
    assert [r["备注"] for r in export_rows(cli, "审批") if r["批准人"] == "王芳"] == ["已撤销"]


# --- issuing --------------------------------------------------------------------------------------
def test_issue_without_approval_is_refused_and_recorded(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                        office: dict[str, str]) -> None:
    monkeypatch.setenv("MIJI_USER", "档案员小陈")
    code, out, err = issue(cli, office["机密"], "张三")
    assert code == 5 and "没有有效审批" in err and out == ""
    assert not (Path(WORKSPACE) / "copies" / office["机密"]).exists()
    refused = [r for r in export_rows(cli, "审批") if "发放被拒" in r["备注"]]
    assert len(refused) == 1  # a refusal approved nothing: no 批准人, no 用途; who tried is in 备注
    assert refused[0]["登记号"] == office["机密"] and refused[0]["批准人"] == "" and refused[0]["用途"] == ""
    assert "操作人 档案员小陈" in refused[0]["备注"]
    assert "没有有效审批" in refused[0]["备注"] and refused[0]["批准时间"]
    with open_ws_ledger() as ledger:
        event = ledger.events("kind = 'refused'")[-1]
    assert event.payload["recipients"] == ["张三"] and event.actor == "档案员小陈"


def test_more_than_approved_is_refused(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    registry = office["机密"]
    approve(cli, monkeypatch, registry, "王芳", 2)
    code, _, err = issue(cli, registry, "张三", "李四", "王五")
    assert code == 5 and "超出批准数量" in err
    code, out, err = issue(cli, registry, "张三", "李四")
    assert code == 0, err
    made = json_lines(out)[0]["copies"]
    assert [c["copy_no"] for c in made] == ["000002", "000003"]
    assert all(Path(c["path"]).is_file() for c in made)
    code, _, err = issue(cli, registry, "王五")
    assert code == 5 and "剩余 0 份" in err


def test_expired_approval_is_refused(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    approve(cli, monkeypatch, office["秘密"], "王芳", 5, "--until", yesterday)
    code, _, err = issue(cli, office["秘密"], "张三")
    assert code == 5 and "过期" in err


def test_issue_needs_a_recipient(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    approve(cli, monkeypatch, office["机密"], "王芳", 2)
    code, _, err = issue(cli, office["机密"], "  ")
    assert code == 2 and "发给具体的人" in err


def test_top_secret_copies_are_paper_only(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    registry = office["绝密"]
    approve(cli, monkeypatch, registry, "李总", 1)
    code, out, err = cli("copies", "issue", registry, "--to", "张三")
    assert code == 0, err
    assert "纸质" in out
    prepared = list((Path(WORKSPACE) / "print" / registry).iterdir())
    assert len(prepared) == 1 and "000002" in prepared[0].name
    assert not (Path(WORKSPACE) / "copies" / registry).exists()
    assert listed(cli, registry)[-1]["medium"] == "paper"


def test_copy_numbers_are_never_reused(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    registry = office["秘密"]
    approve(cli, monkeypatch, registry, "王芳", 3)
    first = json_lines(issue(cli, registry, "张三", "李四")[1])[0]["copies"]
    code, _, err = cli("copies", "destroy", registry, first[1]["copy_no"], "--by", "小陈", "--witness", "王芳")
    assert code == 0, err
    assert not Path(first[1]["path"]).exists()
    again = json_lines(issue(cli, registry, "王五")[1])[0]["copies"]
    assert [c["copy_no"] for c in first + again] == ["000002", "000003", "000004"]


# --- lifecycle ------------------------------------------------------------------------------------
def test_recall_destroy_and_their_refusals(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    registry = office["机密"]
    approve(cli, monkeypatch, registry, "王芳", 2)
    issue(cli, registry, "张三", "李四")
    assert cli("copies", "recall", registry, "000002", "--by", "小陈")[0] == 0
    code, _, err = cli("copies", "recall", registry, "000002", "--by", "小陈")
    assert code == 5 and "已清退" in err
    code, _, err = cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "小陈")
    assert code == 2 and "监销人" in err
    code, out, _ = cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "王芳")
    assert code == 0 and "已销毁" in out
    code, _, err = cli("copies", "destroy", registry, "000002", "--by", "小陈", "--witness", "王芳")
    assert code == 5 and "不能销毁" in err
    code, _, err = cli("copies", "recall", registry, "000002", "--by", "小陈")
    assert code == 5 and "不能清退" in err
    code, _, err = cli("copies", "recall", registry, "000099", "--by", "小陈")
    assert code == 2

    refused = [r for r in export_rows(cli, "审批") if r["备注"].startswith("拒绝")]
    assert [r["备注"].split("（")[0] for r in refused] == ["拒绝: 清退被拒", "拒绝: 销毁被拒", "拒绝: 清退被拒"]
    destroyed = export_rows(cli, "销毁")
    assert [(r["份号"], r["销毁人"], r["监销人"]) for r in destroyed] == [("000002", "小陈", "王芳")]
    issued = {r["份号"]: r for r in export_rows(cli, "发放") if r["登记号"] == registry}
    assert issued["000002"]["状态"] == "已销毁" and issued["000002"]["清退时间"]
    assert issued["000003"]["状态"] == "已发放" and issued["000003"]["发放对象"] == "李四"


def test_outstanding_and_overdue_lists(cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str]) -> None:
    registry = office["秘密"]
    approve(cli, monkeypatch, registry, "王芳", 3)
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    next_year = (date.today() + timedelta(days=365)).isoformat()
    issue(cli, registry, "张三", extra=("--recall-by", yesterday))
    issue(cli, registry, "李四", extra=("--recall-by", next_year))
    issue(cli, registry, "王五")
    cli("copies", "recall", registry, "000004", "--by", "小陈")
    assert {c["recipient"] for c in listed(cli, registry, "--outstanding")} == {None, "张三", "李四"}
    assert [c["recipient"] for c in listed(cli, "--overdue")] == ["张三"]
    code, out, _ = cli("copies", "list", "--overdue")
    assert code == 0 and "逾期" in out and "张三" in out


def test_handover_moves_every_copy_and_prints_the_inventory(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                            office: dict[str, str]) -> None:
    approve(cli, monkeypatch, office["秘密"], "王芳", 2)
    approve(cli, monkeypatch, office["机密"], "王芳", 2)
    issue(cli, office["秘密"], "张三", "李四")
    issue(cli, office["机密"], "张三")
    cli("copies", "recall", office["机密"], "000002", "--by", "小陈")
    code, out, err = cli("handover", "--from", "张三", "--to", "赵六")
    assert code == 0, err
    assert "共 1 份" in out and office["秘密"] in out and "000002" in out
    holders = {(c["registry"], c["copy_no"]): c["holder"] for c in listed(cli)}
    assert holders[(office["秘密"], "000002")] == "赵六"
    assert holders[(office["秘密"], "000003")] == "李四"
    assert holders[(office["机密"], "000002")] == "张三"  # recalled before the handover: not moved
    rows = export_rows(cli, "移交")
    assert [(r["移交人"], r["接收人"], r["份数"]) for r in rows] == [("张三", "赵六", "1")]
    assert cli("handover", "--from", "张三", "--to", "张三")[0] == 2


def test_expiring_lists_documents_by_year(cli: Cli, office: dict[str, str]) -> None:
    code, out, _ = cli("expiring", "--year", str(date.today().year + 10), "--json")
    assert code == 0
    assert [d["registry"] for d in json_lines(out)] == [office["秘密"]]  # 秘密 with no period: 10 years
    assert json_lines(out)[0]["copies_outstanding"] is True
    assert cli("expiring", "--year", "1999", "--json")[1] == ""


# --- real processes -------------------------------------------------------------------------------
def _python(code: str, *args: str) -> list[str]:
    return [sys.executable, "-c", code, *args]


ISSUE_LOOP = """
import json, sys
from marker.cli import main
registry, name, times = sys.argv[1], sys.argv[2], int(sys.argv[3])
codes = [main(["copies", "issue", registry, "--to", name]) for _ in range(times)]
sys.stderr.write(json.dumps(codes) + "\\n")
"""


def run_together(commands: list[list[str]], cwd: Path, env: dict[str, str] | None = None) -> list[list[int]]:
    """Start every process before waiting for any; the exit codes each one's loop printed last."""
    environment = {**os.environ, **(env or {}), "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    procs = [subprocess.Popen(c, cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for c in commands]
    results = []
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        codes = json.loads(err.strip().splitlines()[-1])
        assert all(code in (0, 5) for code in codes), err
        results.append(codes)
    return results


def concurrent_issue_check(cli: Cli, monkeypatch: pytest.MonkeyPatch, registry: str, cwd: Path,
                           env: dict[str, str] | None = None) -> None:
    code, out, err = approve(cli, monkeypatch, registry, "王芳", 10)
    assert code == 0, err
    approval = json_lines(out)[0]["approval"]
    as_staff(monkeypatch)
    codes = run_together([_python(ISSUE_LOOP, registry, "张三", "8"), _python(ISSUE_LOOP, registry, "李四", "8")],
                         cwd, {**staff_env(), **(env or {})})
    outcomes = [code for codes_ in codes for code in codes_]
    assert sorted(outcomes) == [0] * 10 + [5] * 6
    made = [c for c in listed(cli, registry) if c["copy_no"] != "000001"]
    numbers = [c["copy_no"] for c in made]
    assert len(made) == 10 and len(set(numbers)) == 10
    assert sorted(numbers) == [f"{n:06d}" for n in range(2, 12)]
    assert all(c["status"] == "issued" and Path(c["path"]).is_file() for c in made)
    refused = [r for r in export_rows(cli, "审批") if "发放被拒" in r["备注"]]
    assert len(refused) == 6
    code, out, err = cli("ledger", "verify")
    assert code == 0, err
    rows = [r for r in export_rows(cli, "审批") if r["审批编号"] == str(approval)]
    assert rows and rows[0]["批准份数"] == "10"


def test_two_processes_never_share_a_copy_number_nor_exceed_the_approval(
        cli: Cli, monkeypatch: pytest.MonkeyPatch, office: dict[str, str], tmp_path: Path) -> None:
    concurrent_issue_check(cli, monkeypatch, office["机密"], tmp_path)
    on_disk = sorted(p.name for p in (Path(WORKSPACE) / "copies" / office["机密"]).iterdir())
    assert len(on_disk) == 10


MARK_LOOP = """
import json, sys
from marker.cli import main
folder = sys.argv[1]
codes = [main(["mark", path, "--level", "秘密", "--json", "--out", folder]) for path in sys.argv[2:]]
sys.stderr.write(json.dumps(codes) + "\\n")
"""


def test_two_mark_processes_get_distinct_registry_numbers(cli: Cli, tmp_path: Path) -> None:
    drafts = [make_docx(tmp_path / f"草稿{i}.docx", [f"第{i}号合同草稿，甲方乙方。"]) for i in range(12)]
    names = [str(p) for p in drafts]
    codes = run_together([_python(MARK_LOOP, "out-a", *names[:6]), _python(MARK_LOOP, "out-b", *names[6:])],
                         tmp_path, staff_env())
    assert codes == [[0] * 6, [0] * 6]
    with open_ws_ledger() as ledger:
        registries = [e.registry for e in ledger.events("kind = 'document_registered'")]
    assert len(registries) == 12 and len(set(registries)) == 12
    marked = sorted(p.name for p in [*Path("out-a").iterdir(), *Path("out-b").iterdir()])
    assert len(marked) == 12 and all(r in " ".join(marked) for r in registries)


RESERVE_AND_HANG = """
import sys
from pathlib import Path
from marker.ledger.store import Ledger
from marker.ledger.registers import reserve_copies
root, registry, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
ledger = Ledger(str(root / "ledger.sqlite3"), bytes.fromhex((root / "keys" / "ledger.key").read_text()))
numbers = reserve_copies(ledger, registry, ["张三"], actor="小陈", paths=[folder / "copy-{copy}.docx"],
                         approval=int(sys.argv[4]))
folder.mkdir(parents=True, exist_ok=True)
(folder / f"copy-{numbers[0]}.docx").write_bytes(b"half a copy")
(folder / ".miji-tmp-abc.docx").write_bytes(b"a temporary file")
print(numbers[0], flush=True)
sys.stdin.read()
"""


def test_crash_between_writing_and_registering_is_recovered(cli: Cli, monkeypatch: pytest.MonkeyPatch,
                                                            office: dict[str, str], tmp_path: Path) -> None:
    registry = office["机密"]
    code, out, _ = approve(cli, monkeypatch, registry, "王芳", 1)
    approval = json_lines(out)[0]["approval"]
    as_staff(monkeypatch)
    folder = tmp_path / WORKSPACE / "copies" / registry  # where `copies issue` writes
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    writer = subprocess.Popen(_python(RESERVE_AND_HANG, WORKSPACE, registry, str(folder), str(approval)),
                              cwd=tmp_path, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        number = writer.stdout.readline().strip()  # type: ignore[union-attr]
        assert number == "000002"
        with open_ws_ledger() as ledger:
            assert recover_pending(ledger) == []  # its writer is alive: maybe mid-write
        assert issue(cli, registry, "李四")[0] == 5  # the reservation holds the only approved copy
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=60)

    code, out, err = cli("copies", "recover")
    assert code == 0, err
    assert "000002" in out and "共清理 1 份" in out
    assert list(folder.iterdir()) == []
    with open_ws_ledger() as ledger:
        states = {c.copy_no: c.status for c in copies(ledger, registry)}
        assert states == {"000001": "issued", "000002": "voided"}
        assert recover_pending(ledger) == []
    code, out, err = issue(cli, registry, "李四")  # the voided copy gave its approval back; 份号 not reused
    assert code == 0, err
    assert json_lines(out)[0]["copies"][0]["copy_no"] == "000003"
    assert cli("ledger", "verify")[0] == 0


@pytest.mark.parametrize("how", ["process exited", "exited, not yet reaped", "machine restarted", "pid reused",
                                 "an older writer had this pid"])
def test_reservation_of_a_writer_that_is_gone_is_voided(monkeypatch: pytest.MonkeyPatch, office: dict[str, str],
                                                        tmp_path: Path, how: str) -> None:
    """A reservation whose writer is gone is voided and its file removed: its process exited, or (after a power cut
    and a restart, or once a pid is reused) the pid it names now belongs to a live process that is not its writer
    (this one included: a reservation without a start time was made by an earlier process with this pid).
    This process's own reservation stays (it may be mid-write). Afterwards every issued copy has its file, and no
    file is left without a register entry."""
    from marker.ledger import registers

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    if how == "exited, not yet reaped":  # wait for its exit without reaping it: it stays a zombie
        os.waitid(os.P_PID, dead.pid, os.WEXITED | os.WNOWAIT)
        assert registers._process_state(dead.pid) in ("Z", "X")
    else:
        dead.wait()
    out = tmp_path / "out"
    with open_ws_ledger() as ledger:
        mine = reserve_copies(ledger, office["秘密"], ["张三"], actor="小陈", paths=[out / "mine-{copy}.docx"])
        with monkeypatch.context() as patch:  # the other writer, as the ledger recorded it
            if how.startswith(("process exited", "exited")):
                patch.setattr(os, "getpid", lambda: dead.pid)
            elif how == "machine restarted":
                patch.setattr(registers, "boot_id", lambda: "an-earlier-boot")
            elif how == "an older writer had this pid":  # written before reservations recorded a start time
                patch.setattr(registers, "own_process_started", lambda: None)
                patch.setattr(registers, "_reserved_unknown", set())  # that process's memory, gone with it
            else:
                patch.setattr(registers, "own_process_started", lambda: 1)
            theirs = reserve_copies(ledger, office["秘密"], ["李四"], actor="小陈", paths=[out / "gone-{copy}.docx"])
        out.mkdir()
        (out / f"mine-{mine[0]}.docx").write_bytes(b"being written by this process")
        (out / f"gone-{theirs[0]}.docx").write_bytes(b"left half-written by a writer that is gone")

        voided = recover_pending(ledger)

        assert [v.copy_no for v in voided] == theirs
        assert sorted(p.name for p in out.iterdir()) == [f"mine-{mine[0]}.docx"]
        states = {c.copy_no: c.status for c in copies(ledger, office["秘密"])}
        assert states == {"000001": "issued", mine[0]: "reserved", theirs[0]: "voided"}
        assert all(Path(c.path).is_file() for c in copies(ledger) if c.status == "issued" and c.path)
    dead.wait()


def test_this_processs_own_reservation_stays_when_its_start_time_cannot_be_read_again(
        monkeypatch: pytest.MonkeyPatch, office: dict[str, str], tmp_path: Path) -> None:
    """A busy daemon may fail to read /proc (too many open files) when it reserves a copy, and read it again later:
    recovery in the same process must still know the reservation as its own and leave the copy it is writing."""
    from marker.ledger import registers

    monkeypatch.setattr(registers, "_own_start", None)  # this process has not read its start time yet
    monkeypatch.setattr(registers, "_reserved_unknown", set())
    out = tmp_path / "out"
    with open_ws_ledger() as ledger:
        with monkeypatch.context() as patch:
            patch.setattr(registers, "process_started", lambda pid: None)  # /proc cannot be read now
            mine = reserve_copies(ledger, office["秘密"], ["张三"], actor="小陈", paths=[out / "mine-{copy}.docx"])
        out.mkdir()
        (out / f"mine-{mine[0]}.docx").write_bytes(b"being written by this process")
        assert registers.process_started(os.getpid()) is not None  # readable again
        assert recover_pending(ledger) == []
        assert (out / f"mine-{mine[0]}.docx").exists()


def test_a_failed_read_of_this_processs_start_time_is_not_kept(monkeypatch: pytest.MonkeyPatch,
                                                               office: dict[str, str], tmp_path: Path) -> None:
    """A daemon restarted with the pid of the one before (PID 1 in a container) may fail its first read of /proc:
    that failure must not stay with it, or the earlier daemon's reservation with the same pid is never voided."""
    from marker.ledger import registers

    monkeypatch.setattr(registers, "_own_start", None)
    monkeypatch.setattr(registers, "_reserved_unknown", set())  # a new process remembers nothing
    with monkeypatch.context() as patch:
        patch.setattr(registers, "process_started", lambda pid: None)
        assert registers.own_process_started() is None  # /proc cannot be read at first
    out = tmp_path / "out"
    with open_ws_ledger() as ledger:
        with monkeypatch.context() as patch:  # the earlier daemon, with this pid, from before start times were kept
            patch.setattr(registers, "own_process_started", lambda: None)
            patch.setattr(registers, "_reserved_unknown", set())
            theirs = reserve_copies(ledger, office["秘密"], ["李四"], actor="小陈", paths=[out / "gone-{copy}.docx"])
        out.mkdir()
        (out / f"gone-{theirs[0]}.docx").write_bytes(b"left half-written by the earlier daemon")
        assert [v.copy_no for v in recover_pending(ledger)] == theirs
        assert not (out / f"gone-{theirs[0]}.docx").exists()


def test_a_reservation_of_a_namesake_machine_waits_until_it_is_stale(monkeypatch: pytest.MonkeyPatch,
                                                                      office: dict[str, str], tmp_path: Path) -> None:
    """Two machines may share a host name (a shared PostgreSQL ledger): a reservation made on the other one is not
    this machine's to judge by pid, so it is voided only once `stale_after` old, even if its pid is free here."""
    from marker.ledger import registers

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    out = tmp_path / "out"
    with open_ws_ledger() as ledger:
        with monkeypatch.context() as patch:
            patch.setattr(registers, "machine_id", lambda: "the-other-machine")
            patch.setattr(os, "getpid", lambda: dead.pid)
            theirs = reserve_copies(ledger, office["秘密"], ["李四"], actor="小陈", paths=[out / "other-{copy}.docx"])
        out.mkdir()
        (out / f"other-{theirs[0]}.docx").write_bytes(b"being written on the other machine")
        assert recover_pending(ledger) == []
        assert (out / f"other-{theirs[0]}.docx").exists()
        later = datetime.now(UTC) + timedelta(hours=2)
        assert [v.copy_no for v in recover_pending(ledger, now=later)] == theirs
