"""Copy control tried as an attacker would: each bypass found on the old version is now refused
and recorded. The roster needs the officer, the rules need installing, every decision needs the
person's own credential, and a copy is recognised by its bytes or by what it says."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from marker.errors import ExitCode
from marker.intake.pipeline import Context, process_file
from marker.settings import build_settings
from marker.workspace import open_workspace_ledger
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx, make_text
from tests.conftest import json_lines
from tests.roster import ACTOR, OFFICER, staff, token_of
from tests.test_fingerprint import _save_as_pdf

WS = Path("miji-data")
CONTRACT = ("设备采购合同（草稿）\n甲方：华岳精工股份有限公司\n乙方：东澜物流有限公司\n"
            "第一条 合同价款：人民币伍拾万元整。第二条 付款方式：验收后三十日内支付全部价款。\n"
            "第三条 违约责任：任何一方违约应承担违约责任并赔偿损失。第四条 争议解决：协商不成提交仲裁。\n"
            "第五条 保密条款：乙方对合同内容负有保密义务，未经甲方书面同意不得向第三方披露。\n"
            "第六条 本合同一式两份，双方签字盖章后生效。\n2026年5月6日")


def _events(kind: str) -> list[tuple[str | None, str | None, dict]]:
    with sqlite3.connect(WS / "ledger.sqlite3") as conn:
        return [(r[0], r[1], json.loads(r[2])) for r in
                conn.execute("SELECT registry, actor, payload FROM events WHERE kind = ? ORDER BY seq", (kind,))]


def _as(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    monkeypatch.setenv("MIJI_TOKEN", ",".join(token_of(WS, name) for name in names))


def _mark(cli, draft: Path, level: str, *extra: str) -> dict:
    code, out, err = cli("mark", draft, "--level", level, "--json", *extra)
    assert code == 0, err
    return json_lines(out)[0]


# --- the roster -------------------------------------------------------------------------------------
def test_nobody_but_the_officer_adds_people_or_makes_themselves_an_approver(cli, monkeypatch, tmp_path: Path):
    staff(WS)
    secret = tmp_path / "s.txt"
    secret.write_text("xiaoli-secret", encoding="utf-8")
    _as(monkeypatch, "张三")
    code, _, err = cli("people", "add", "小李", "--role", "总经理", "--by", "张三", "--secret-file", secret)
    assert code == ExitCode.AUTH and "保密管理员" in err
    code, _, err = cli("people", "add", "小李", "--role", "总经理", "--by", OFFICER, "--secret-file", secret)
    assert code == ExitCode.AUTH  # 张三 holds no token of the officer's
    _as(monkeypatch, OFFICER)
    code, _, err = cli("people", "add", "王芳", "--role", "总经理", "--by", OFFICER, "--secret-file", secret)
    assert code == ExitCode.REFUSED and "已在人员名册" in err, "re-adding a name never replaces its role or secret"
    code, _, err = cli("people", "add", "小李", "--role", "保密管理员", "--by", OFFICER, "--secret-file", secret)
    assert code == ExitCode.REFUSED
    code, out, _ = cli("people", "list", "--json")
    people = {p["name"]: p["role"] for p in json_lines(out)}
    assert people["王芳"] == "部门经理" and "小李" not in people


def test_a_hand_inserted_roster_row_creates_nobody(cli, monkeypatch):
    staff(WS)
    db = sqlite3.connect(WS / "ledger.sqlite3")
    db.execute("DROP TRIGGER events_no_update")
    seq, prev = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    payload = json.dumps({"name": "小李", "role": "总经理", "dept": "", "salt": "00", "hash": "00"})
    db.execute("INSERT INTO events VALUES (?, '2026-01-01T00:00:00+00:00', 'person_added', NULL, NULL, ?, ?, ?, ?)",
               (seq + 1, OFFICER, payload, prev, "f" * 64))
    db.commit()
    db.close()
    _, out, _ = cli("people", "list", "--json")
    assert "小李" not in {p["name"] for p in json_lines(out)}


def test_a_person_changes_their_own_secret_and_the_officer_resets_one(cli, monkeypatch, tmp_path: Path):
    staff(WS)
    new = tmp_path / "new.txt"
    new.write_text("wangfang-new-secret", encoding="utf-8")
    _as(monkeypatch, "王芳")
    assert cli("people", "passwd", "王芳", "--secret-file", new)[0] == 0
    code, _, _ = cli("people", "reset", "张三", "--by", "王芳", "--secret-file", new)
    assert code == ExitCode.AUTH
    from marker.ledger.people import authenticate

    with open_workspace_ledger(build_settings({"workspace": WS})) as ledger:
        assert authenticate(ledger, "王芳", "wangfang-new-secret").name == "王芳"


def test_a_revoked_token_no_longer_acts(cli, monkeypatch):
    staff(WS)
    from marker.ledger.people import tokens

    token = token_of(WS, "张三")
    token_id = token[len("mjt_"):].split("_", 1)[0]
    _as(monkeypatch, OFFICER)
    assert cli("people", "revoke-token", token_id, "--by", OFFICER)[0] == 0
    with open_workspace_ledger(build_settings({"workspace": WS})) as ledger:
        assert next(t for t in tokens(ledger) if t.id == token_id).revoked
    monkeypatch.setenv("MIJI_TOKEN", token)
    code, _, _ = cli("copies", "list", "--json")  # reading needs nobody
    assert code == 0
    code, _, _ = cli("relevel", "MJ-2026-000001", "--declassify", "--reason", "x", "--by", "张三")
    assert code == ExitCode.AUTH


# --- the rules ----------------------------------------------------------------------------------------
def _permissive(tmp_path: Path) -> Path:
    from marker.domain.policy import default_policy_text

    text = default_policy_text().replace('approver_role = "副总经理"', 'approver_role = ""')
    text = text.replace("electronic_copies = false", "electronic_copies = true")
    path = tmp_path / "permissive.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_swapped_rules_are_refused_for_every_command_that_writes(cli, monkeypatch, tmp_path: Path):
    staff(WS)
    permissive = _permissive(tmp_path)
    draft = make_docx(tmp_path / "战略.docx", ["2027-2031年发展战略规划", "投资计划与并购方案。"])
    monkeypatch.setenv("MIJI_TOKEN", ",".join(staff(WS).values()))  # the tests' own: no automatic install
    code, _, err = cli("mark", draft, "--level", "绝密", "--policy", permissive)
    assert code == ExitCode.POLICY_INVALID and "不是已安装的策略" in err
    monkeypatch.setenv("MIJI_POLICY", str(permissive))
    assert cli("mark", draft, "--level", "绝密")[0] == ExitCode.POLICY_INVALID
    monkeypatch.delenv("MIJI_POLICY")
    (WS / "policy.toml").write_text(permissive.read_text(encoding="utf-8"), encoding="utf-8")  # edited by hand
    assert cli("mark", draft, "--level", "绝密")[0] == ExitCode.POLICY_INVALID
    assert cli("classify", draft, "--policy", permissive)[0] == 0, "reading commands may use any policy"
    _as(monkeypatch, "李总")
    assert cli("policy", "install", permissive, "--by", "李总")[0] == ExitCode.AUTH
    assert not (tmp_path / "marked").exists() and not _events("document_registered")


def test_the_officer_installs_a_policy_and_the_ledger_records_its_hash(cli, monkeypatch, tmp_path: Path):
    import hashlib

    staff(WS)
    permissive = _permissive(tmp_path)
    _as(monkeypatch, OFFICER)
    code, _, err = cli("policy", "install", permissive, "--by", OFFICER)
    assert code == 0, err
    digest = hashlib.sha256(permissive.read_bytes()).hexdigest()
    assert _events("policy_installed")[-1][1:] == (OFFICER, {"sha256": digest, "name": "默认保密策略"})


# --- one registration per content --------------------------------------------------------------------
def test_the_archived_original_cannot_be_registered_again(cli, tmp_path: Path):
    draft = make_docx(tmp_path / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    first = _mark(cli, draft, "机密")
    archived = WS / "archive" / first["registry"] / "预算.docx"
    for again in (draft, archived):
        code, _, err = cli("mark", again, "--level", "公开", "--copies", "3")
        assert code == ExitCode.REFUSED and first["registry"] in err
    code, _, err = cli("mark", first["copies"][0]["path"], "--level", "公开")
    assert code == ExitCode.REFUSED and first["registry"] in err
    assert len(_events("document_registered")) == 1
    refused = [p for r, _, p in _events("refused") if r == first["registry"]]
    assert len(refused) >= 2


def test_a_duplicate_in_review_cannot_be_registered_by_accepting_it(cli, tmp_path: Path):
    draft = make_text(tmp_path / "合同.txt", CONTRACT)
    first = _mark(cli, draft, "秘密")
    settings = build_settings({"workspace": WS})
    ctx = Context.of(settings)
    shutil.copy(draft, ctx.layout.inbox / "合同.txt")
    assert process_file(ctx, ctx.layout.inbox / "合同.txt").outcome == "review"
    code, _, err = cli("review", "accept", "合同.txt", "--level", "公开")
    assert code == ExitCode.REFUSED and first["registry"] in err
    assert len(_events("document_registered")) == 1


def test_decisions_need_the_persons_own_credential_and_a_role_that_allows_the_level(cli, monkeypatch,
                                                                                       tmp_path: Path):
    staff(WS)
    draft = make_docx(tmp_path / "战略.docx", ["2027-2031年发展战略规划（讨论稿）", "投资计划与并购方案。"])
    _as(monkeypatch, "张三")
    code, _, err = cli("mark", draft, "--level", "绝密", "--by", ACTOR)
    assert code == ExitCode.AUTH, "a free-text --by is not a person"
    code, _, err = cli("mark", draft, "--level", "绝密", "--by", "张三")
    assert code == ExitCode.REFUSED and "无权确定绝密" in err
    _as(monkeypatch, "王芳")
    assert cli("mark", draft, "--level", "绝密", "--by", "王芳")[0] == ExitCode.REFUSED  # 部门经理 < 绝密
    _as(monkeypatch, "李总")
    result = _mark(cli, draft, "绝密", "--by", "李总")
    registered = _events("document_registered")
    assert registered[0][1] == "李总" and result["medium"] == "paper"
    refusals = [(actor, p["action"]) for _, actor, p in _events("refused")]
    assert (ACTOR, "mark") in refusals


def test_destroying_needs_the_witness_credential_too(cli, monkeypatch, tmp_path: Path):
    draft = make_docx(tmp_path / "通知.docx", ["关于召开年度工作会议的通知", "请各部门负责人参加。"])
    result = _mark(cli, draft, "内部")
    _as(monkeypatch, "小陈")
    code, _, err = cli("copies", "destroy", result["registry"], "000001", "--by", "小陈", "--witness", "王芳")
    assert code == ExitCode.AUTH and "王芳" in err
    _as(monkeypatch, "小陈", "王芳")
    assert cli("copies", "destroy", result["registry"], "000001", "--by", "小陈", "--witness", "王芳")[0] == 0
    code, out, _ = cli("ledger", "export", "--format", "csv", "--register", "销毁")
    assert "小陈" in out and "王芳" in out


# --- copies recognised by their content ----------------------------------------------------------------
@pytest.mark.slow
def test_a_marked_copy_saved_as_pdf_is_recognised_and_refused(cli, tmp_path: Path):
    draft = make_docx(tmp_path / "合同.docx", CONTRACT.splitlines())
    first = _mark(cli, draft, "秘密")
    pdf = _save_as_pdf(Path(first["copies"][0]["path"]), tmp_path)
    code, _, err = cli("mark", pdf, "--level", "内部")
    assert code == ExitCode.REFUSED and first["registry"] in err
    settings = build_settings({"workspace": WS})
    ctx = Context.of(settings)
    shutil.copy(pdf, ctx.layout.inbox / "另存.pdf")
    result = process_file(ctx, ctx.layout.inbox / "另存.pdf")
    assert result.outcome == "quarantined" and first["registry"] in result.reason
    reproductions = [p for r, _, p in _events("refused") if r == first["registry"] and p["action"] == "reproduce"]
    assert reproductions and len(_events("document_registered")) == 1


def test_pasted_text_without_any_mark_is_recognised(cli, tmp_path: Path):
    draft = make_docx(tmp_path / "合同.docx", CONTRACT.splitlines())
    first = _mark(cli, draft, "秘密")
    pasted = make_text(tmp_path / "粘贴.txt", CONTRACT.replace("\n", ""))
    code, _, err = cli("mark", pasted, "--level", "内部")
    assert code == ExitCode.REFUSED and first["registry"] in err


def test_a_draft_quoting_a_registered_document_goes_to_review_at_its_level(cli, tmp_path: Path):
    draft = make_docx(tmp_path / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    first = _mark(cli, draft, "机密")
    ctx = Context.of(build_settings({"workspace": WS}))
    quoting = make_text(ctx.layout.inbox / "汇报.txt", "关于近期工作的汇报\n" + "\n".join(FINANCIAL_REPORT[:4])
                        + "\n以上情况请领导审阅。\n办公室\n2026年6月1日")
    result = process_file(ctx, quoting)
    assert result.outcome == "review" and first["registry"] in result.reason
    report = json.loads((ctx.layout.review / "汇报.txt.suggestion.json").read_text(encoding="utf-8"))
    assert report["suggestion"]["level"] in ("机密", "绝密") and report["quotes"] == first["registry"]


# --- approvals used by every reproduction ----------------------------------------------------------------
def test_each_recorded_preflight_uses_up_the_approval(cli, tmp_path: Path):
    from tests.test_preflight import make_print_pdf, order_file

    source = make_print_pdf(tmp_path / "报告.pdf", ["\n".join(FINANCIAL_REPORT), "第二页：正文续。"])
    first = _mark(cli, source, "机密")
    assert cli("approve", first["registry"], "--by", "王芳", "--copies", "2")[0] == 0
    copy = first["copies"][0]["path"]
    order = order_file(tmp_path)
    codes = [cli("preflight", copy, "--order", order, "--copies", "2", "--json")[0] for _ in range(3)]
    assert codes[0] == 0 and codes[1:] == [ExitCode.CHECKS_FAILED] * 2
    [(_, _, recorded)] = _events("print_job_verified")
    assert recorded["approval_use"][0]["copies"] == 2


# --- re-marking and registers follow the ledger ----------------------------------------------------------
def test_remark_refuses_a_future_as_of_for_runs_that_write(cli, tmp_path: Path):
    archive = tmp_path / "archive"
    archive.mkdir()
    later = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = cli("remark", archive, "--declassify-expired", "--in-place", "--as-of", later)
    assert code == ExitCode.USAGE and "--as-of" in err
    assert cli("remark", archive, "--declassify-expired", "--dry-run", "--as-of", "2100-01-01")[0] == 0


def test_relevel_and_declassify_are_ledger_states_with_their_registers(cli, monkeypatch, tmp_path: Path):
    draft = make_docx(tmp_path / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    first = _mark(cli, draft, "机密", "--period", "2年")
    registry = first["registry"]
    expiry_year = first["expiry"][:4]
    code, out, _ = cli("expiring", "--year", expiry_year, "--json")
    assert registry in out
    _as(monkeypatch, "张三")
    assert cli("relevel", registry, "--level", "秘密", "--reason", "范围缩小", "--by", "张三")[0] == ExitCode.REFUSED
    _as(monkeypatch, "王芳")
    code, out, err = cli("relevel", registry, "--level", "秘密", "--period", "1年", "--reason", "范围缩小",
                         "--by", "王芳", "--json")
    assert code == 0, err
    assert json_lines(out)[0]["level"] == "秘密"
    code, out, err = cli("relevel", registry, "--declassify", "--reason", "已公开", "--by", "王芳")
    assert code == 0, err
    code, out, _ = cli("expiring", "--year", expiry_year, "--json")
    assert registry not in out, "a declassified document is not on the declassification list"
    for register, expected in (("变更", "范围缩小"), ("解密", "已公开")):
        code, out, _ = cli("ledger", "export", "--format", "csv", "--register", register)
        assert code == 0 and registry in out and expected in out and "王芳" in out


def test_a_copy_of_a_declassified_document_is_never_re_levelled_from_its_old_marks(cli, monkeypatch,
                                                                                     tmp_path: Path):
    draft = make_docx(tmp_path / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    first = _mark(cli, draft, "机密")
    archive = tmp_path / "old-copies"
    archive.mkdir()
    shutil.copy(first["copies"][0]["path"], archive / "copy.docx")
    _as(monkeypatch, "王芳")
    assert cli("relevel", first["registry"], "--declassify", "--reason", "已公开", "--by", "王芳")[0] == 0
    monkeypatch.delenv("MIJI_TOKEN")
    code, out, err = cli("remark", archive, "--dry-run", "--json", "--jobs", "1")
    assert code == 0, err
    [row] = [r for r in json_lines(out) if r.get("path") == "copy.docx"]
    assert row["action"] == "declassify"
