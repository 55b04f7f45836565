"""The web console through Starlette's TestClient: every page needs a login, every form its CSRF
token, every action is the core's and is recorded under the logged-in person."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the console needs pip install 'miji[web]'")
pytest.importorskip("httpx", reason="Starlette's TestClient needs httpx")

import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from marker.cli.serve_cmd import check_exposure
from marker.console.app import create_app
from marker.errors import ConfigError
from marker.settings import ConsoleOptions, build_settings
from marker.workspace import open_workspace_ledger
from tests.console_helpers import MINUTES, STRATEGY, csrf_of, workspace_with_drafts
from tests.roster import SECRETS

PAGES = ("/review", "/approvals", "/copies", "/registers", "/expiring", "/preflight", "/status", "/handover")


class Clock:
    def __init__(self) -> None:
        self.now = 1_790_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def console(tmp_path: Path) -> Iterator[tuple[TestClient, Path, Clock]]:
    workspace = workspace_with_drafts(tmp_path)
    clock = Clock()
    with TestClient(create_app(build_settings({"workspace": workspace}), clock=clock)) as client:
        yield client, workspace, clock


def login(client: TestClient, name: str, secret: str | None = None) -> tuple[int, str]:
    token = csrf_of(client.get("/login").text)
    reply = client.post("/login", data={"csrf": token, "name": name, "secret": secret or SECRETS[name],
                                        "next": "/review"})
    return reply.status_code, reply.text


def post(client: TestClient, path: str, data: dict[str, str], *, page: str = "/review") -> str:
    data = {"csrf": csrf_of(client.get(page).text), **data}
    reply = client.post(path, data=data)
    assert reply.status_code == 200, reply.text[:500]
    return reply.text


def issued_to_zhang(client: TestClient, workspace: Path) -> str:
    """As 测试员: accept the 机密 draft, approve one copy, issue it to 张三; its registry number."""
    login(client, "测试员")
    post(client, "/review/accept", {"name": MINUTES})
    registry = events(workspace, "document_registered")[-1].registry
    post(client, "/approvals/grant", {"registry": registry, "copies": "1"}, page="/approvals")
    issued = post(client, "/copies/issue", {"registry": registry, "recipients": "张三"},
                  page=f"/copies?registry={registry}")
    assert "已发放" in issued
    return registry


def events(workspace: Path, kind: str) -> list:
    with open_workspace_ledger(build_settings({"workspace": workspace})) as ledger:
        return [e for e in ledger.events("kind = ?", (kind,))]


def test_every_page_but_login_needs_a_login(console):
    client, _, _ = console
    for path in PAGES:
        reply = client.get(path, follow_redirects=False)
        assert reply.status_code == 303 and reply.headers["location"].startswith("/login"), path
    page = client.get("/login")
    assert page.status_code == 200 and "登录" in page.text
    assert client.post("/copies/recall", data={}, follow_redirects=False).status_code == 303


def test_security_headers_forbid_script_and_framing(console):
    client, _, _ = console
    headers = client.get("/login").headers
    assert "script-src 'none'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
    assert "<script" not in client.get("/login").text


def test_the_journey_accept_approve_issue_recall_register(console):
    client, workspace, _ = console
    assert login(client, "测试员")[0] == 200
    queue = client.get("/review").text
    assert MINUTES in queue and "机密" in queue and "<mark>" in queue  # evidence words highlighted
    item = client.get("/review/item", params={"name": MINUTES}).text
    assert 'id="excerpt"' in item and "<mark>" in item
    done = post(client, "/review/accept", {"name": MINUTES})
    assert "已标密" in done and MINUTES not in client.get("/review").text.split("待审")[-1].split("<section")[0]
    registry = events(workspace, "document_registered")[-1].registry
    assert events(workspace, "review_decision")[-1].actor == "测试员"

    page = post(client, "/approvals/grant", {"registry": registry, "copies": "2", "purpose": "审计",
                                             "until": "2030-12-31"}, page="/approvals")
    assert registry in page
    granted = events(workspace, "approval_granted")[-1]
    assert granted.actor == "测试员" and granted.payload["copies"] == 2

    page = post(client, "/copies/issue", {"registry": registry, "recipients": "张三，李四"},
                page=f"/copies?registry={registry}")
    assert "第 000002 份（张三）" in page or "张三" in page
    issued = [e for e in events(workspace, "copy_reserved") if e.payload["approval"] == granted.seq]
    assert sorted(e.payload["recipient"] for e in issued) == ["张三", "李四"]
    assert {e.actor for e in issued} == {"测试员"}
    copy_no = issued[-1].copy_no
    page = post(client, "/copies/recall", {"registry": registry, "copy_no": copy_no},
                page=f"/copies?registry={registry}")
    assert "已清退" in page
    assert events(workspace, "copy_recalled")[-1].actor == "测试员"
    register = client.get("/registers", params={"register": "发放"}).text
    assert registry in register and "已清退" in register and "已发放" in register
    assert 'id="chain"' in register and "登记簿完整" in register


def test_download_once_then_refused_and_recorded(console):
    client, workspace, _ = console
    registry = issued_to_zhang(client, workspace)
    copy_no = events(workspace, "copy_issued")[-1].copy_no
    token = csrf_of(client.get(f"/copies?registry={registry}").text)
    first = client.post("/copies/download", data={"csrf": token, "registry": registry, "copy_no": copy_no})
    assert first.status_code == 200 and first.content[:2] == b"PK" and "attachment" in first.headers[
        "content-disposition"]
    second = client.post("/copies/download", data={"csrf": token, "registry": registry, "copy_no": copy_no})
    assert "已下载过一次" in second.text
    assert [e.actor for e in events(workspace, "copy_downloaded")] == ["测试员"]


def test_a_copy_outside_the_workspace_copy_folders_is_not_served(console, tmp_path: Path):
    from marker.intake.mark import mark_file
    from marker.worker.isolation import InProcess
    from marker.workspace import load_effective_policy
    from tests.builders import INTERNAL_NOTICE, make_text

    client, workspace, _ = console
    settings = build_settings({"workspace": workspace})
    with open_workspace_ledger(settings) as ledger:  # `miji mark --out` elsewhere, as a person may do
        marked = mark_file(make_text(tmp_path / "通知.txt", INTERNAL_NOTICE), load_effective_policy(settings),
                           ledger, worker=InProcess(), actor="测试员", level="内部", out_dir=tmp_path / "elsewhere")
    login(client, "测试员")
    token = csrf_of(client.get(f"/copies?registry={marked.registry}").text)
    reply = client.post("/copies/download", data={"csrf": token, "registry": marked.registry, "copy_no": "000001"})
    assert "副本目录" in reply.text and reply.content[:2] != b"PK"
    assert not events(workspace, "copy_downloaded")


def test_destroy_needs_the_witness_own_secret(console):
    client, workspace, _ = console
    registry = issued_to_zhang(client, workspace)
    copy_no = events(workspace, "copy_issued")[-1].copy_no
    page = post(client, "/copies/destroy", {"registry": registry, "copy_no": copy_no, "witness": "监销人老周",
                                            "witness_secret": "wrong-secret"}, page=f"/copies?registry={registry}")
    assert "口令错误" in page and not events(workspace, "copy_destroyed")
    assert events(workspace, "refused")[-1].payload["action"] == "witness"
    page = post(client, "/copies/destroy", {"registry": registry, "copy_no": copy_no, "witness": "监销人老周",
                                            "witness_secret": SECRETS["监销人老周"]},
                page=f"/copies?registry={registry}")
    destroyed = events(workspace, "copy_destroyed")[-1]
    assert destroyed.actor == "测试员" and destroyed.payload["witness"] == "监销人老周"


def test_a_witness_form_is_no_unlimited_guessing_service(console):
    client, workspace, _ = console
    registry = issued_to_zhang(client, workspace)
    copy_no = events(workspace, "copy_issued")[-1].copy_no
    form = {"registry": registry, "copy_no": copy_no, "witness": "监销人老周"}
    for attempt in range(5):  # the login limit: 5 in 15 minutes
        post(client, "/copies/destroy", {**form, "witness_secret": f"guess-{attempt}"},
             page=f"/copies?registry={registry}")
    page = post(client, "/copies/destroy", {**form, "witness_secret": SECRETS["监销人老周"]},
                page=f"/copies?registry={registry}")
    assert "次数过多" in page and not events(workspace, "copy_destroyed")  # even the right secret waits
    refused = events(workspace, "refused")[-1]
    assert refused.actor == "测试员" and "监销人老周" in refused.payload["reason"]  # who typed it
    failed = events(workspace, "login_failed")
    assert len(failed) >= 5 and {e.payload["typed_by"] for e in failed} == {"测试员"}


def test_handover_authenticates_both_sides_and_prints_an_inventory(console):
    client, workspace, _ = console
    registry = issued_to_zhang(client, workspace)
    page = post(client, "/handover", {"source": "张三", "source_secret": SECRETS["张三"], "target": "李四",
                                      "target_secret": SECRETS["李四"]}, page="/handover")
    inventory = page[page.find('class="inventory"'):]
    assert "移交清单" in inventory and "接收人签字" in inventory
    assert registry in inventory, inventory[:800]
    assert events(workspace, "handover")[-1].payload["to"] == "李四"


def test_wrong_role_sees_no_evidence_and_cannot_approve_top_secret(console):
    client, workspace, _ = console
    login(client, "李总")  # 副总经理 marks the 绝密 strategy
    post(client, "/review/accept", {"name": STRATEGY, "level": "绝密"})
    registry = events(workspace, "document_registered")[-1].registry
    client.cookies.clear()
    login(client, "王芳")  # 部门经理
    assert "无权查看" in client.get("/review").text or STRATEGY not in client.get("/review").text
    approvals = client.get("/approvals").text
    assert "须副总经理或以上审批" in approvals
    page = post(client, "/approvals/grant", {"registry": registry, "copies": "1"}, page="/approvals")
    assert "无权审批绝密" in page
    assert not events(workspace, "approval_granted")
    refused = events(workspace, "refused")[-1]
    assert refused.actor == "王芳" and refused.payload["action"] == "approve"


def test_a_department_manager_cannot_decide_top_secret(console):
    client, workspace, _ = console
    login(client, "王芳")
    assert "无权查看依据或确认" in client.get("/review").text
    page = post(client, "/review/accept", {"name": STRATEGY, "level": "绝密"})
    assert "无权确定绝密" in page and not events(workspace, "document_registered")
    # nor by choosing a lower level: lowering a suggested 绝密 is a 绝密 decision
    page = post(client, "/review/accept", {"name": STRATEGY, "level": "内部"})
    assert "无权确定绝密" in page and not events(workspace, "document_registered")


def test_wrong_secret_is_refused_recorded_and_rate_limited(console):
    client, workspace, _ = console
    for _ in range(5):
        code, page = login(client, "王芳", "not-her-secret")
        assert code == 401 and "姓名或口令错误" in page
    failed = events(workspace, "login_failed")
    assert len(failed) == 5 and {e.actor for e in failed} == {"王芳"}
    assert all("not-her-secret" not in str(e.payload) for e in failed)
    code, page = login(client, "王芳")  # the right secret, but too many failures in the window
    assert code == 429 and "失败次数过多" in page
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_missing_or_wrong_csrf_token_is_refused(console):
    client, workspace, _ = console
    login(client, "测试员")
    reply = client.post("/review/accept", data={"name": MINUTES})
    assert reply.status_code == 403 and "CSRF" in reply.text
    reply = client.post("/review/accept", data={"name": MINUTES, "csrf": "forged"})
    assert reply.status_code == 403
    assert not events(workspace, "document_registered")
    client.cookies.clear()
    reply = client.post("/login", data={"name": "测试员", "secret": SECRETS["测试员"]})
    assert reply.status_code == 403 and "CSRF" in reply.text


def test_an_expired_session_goes_back_to_login(console):
    client, _, clock = console
    login(client, "测试员")
    assert client.get("/review").status_code == 200
    clock.now += 8 * 3600 + 1  # past session_minutes (480)
    reply = client.get("/review", follow_redirects=False)
    assert reply.status_code == 303 and reply.headers["location"].startswith("/login")
    assert "会话已过期" in client.get(reply.headers["location"]).text


def test_a_forged_session_cookie_is_ignored(console):
    client, _, _ = console
    client.cookies.set("miji_session", "eyJ3aG8iOiAi5rWL6K+V5ZGYIn0=.forged.sig")
    assert client.get("/review", follow_redirects=False).status_code == 303


def test_registers_filter_and_export(console):
    client, workspace, _ = console
    login(client, "测试员")
    post(client, "/review/accept", {"name": MINUTES})
    registry = events(workspace, "document_registered")[-1].registry
    post(client, "/approvals/grant", {"registry": registry, "copies": "2", "purpose": "审计"}, page="/approvals")
    page = client.get("/registers", params={"register": "审批", "person": "测试员"}).text
    assert registry in page and "审计" in page
    assert registry not in client.get("/registers", params={"register": "审批", "person": "王芳"}).text
    assert registry not in client.get("/registers", params={"register": "审批", "level": "绝密"}).text
    csv = client.get("/registers/export", params={"register": "审批", "format": "csv"})
    assert csv.status_code == 200 and "批准人" in csv.content.decode("utf-8-sig") and registry in csv.text
    xlsx = client.get("/registers/export", params={"register": "审批", "format": "xlsx"})
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.cell(1, 5).value == "批准人"


def test_status_and_expiring_pages(console):
    client, _, _ = console
    login(client, "测试员")
    status = client.get("/status").text
    assert 'id="count-review">2<' in status
    assert "年到期" in client.get("/expiring").text or "到期" in client.get("/expiring").text


def test_preflight_upload_report_and_size_limit(console, tmp_path: Path):
    client, _, _ = console
    login(client, "测试员")
    from tests.builders import make_pdf

    job = make_pdf(tmp_path / "印件.pdf", ["未登记的通知", "请各部门按时参加会议。"])
    token = csrf_of(client.get("/preflight").text)
    reply = client.post("/preflight", data={"csrf": token, "copies": "1"},
                        files={"files": ("印件.pdf", job.read_bytes(), "application/pdf")})
    assert reply.status_code == 200 and 'id="verdict"' in reply.text
    report = client.get(str(reply.url) + "/report")
    assert report.status_code == 200 and "印前检查" in report.text
    assert "script-src" not in report.headers["content-security-policy"]
    big = b"%PDF-1.4\n" + b"0" * (52 * 1024 * 1024)
    reply = client.post("/preflight", data={"csrf": token}, files={"files": ("big.pdf", big, "application/pdf")})
    assert reply.status_code == 413
    long_name = "关于" + "年度" * 40 + "印刷任务.pdf"  # over the file system's 255 bytes
    reply = client.post("/preflight", data={"csrf": token, "copies": "1"},
                        files={"files": (long_name, job.read_bytes(), "application/pdf")})
    assert reply.status_code == 200 and 'id="verdict"' in reply.text


def test_a_non_loopback_bind_needs_tls_or_a_proxy():
    with pytest.raises(ConfigError):
        check_exposure(ConsoleOptions(bind="0.0.0.0"))
    check_exposure(ConsoleOptions(bind="0.0.0.0", behind_tls_proxy=True))
    check_exposure(ConsoleOptions(bind="10.1.2.3", tls_cert="c.pem", tls_key="k.pem"))
    check_exposure(ConsoleOptions())


def test_console_settings_come_from_miji_toml(tmp_path: Path):
    (tmp_path / "miji.toml").write_text('[console]\nport = 9001\nbind = "127.0.0.2"\n', encoding="utf-8")
    settings = build_settings({"workspace": tmp_path})
    assert (settings.console.port, settings.console.bind) == (9001, "127.0.0.2")
    assert build_settings({"workspace": tmp_path, "port": 9002}).console.port == 9002
    (tmp_path / "miji.toml").write_text("[console]\nsecret = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        build_settings({"workspace": tmp_path})


def test_a_request_for_copies_waits_for_an_approver_who_may_grant_it(console):
    client, workspace, _ = console
    login(client, "李总")
    post(client, "/review/accept", {"name": STRATEGY, "level": "绝密"})
    registry = events(workspace, "document_registered")[-1].registry
    client.cookies.clear()
    login(client, "王芳")
    page = post(client, "/approvals/request", {"registry": registry, "copies": "2", "purpose": "董事会材料"},
                page="/approvals")
    assert "已提交复制申请" in page and "待审批" in page
    asked = events(workspace, "approval_requested")[-1]
    assert asked.actor == "王芳"
    page = post(client, "/approvals/decline", {"request": str(asked.seq), "reason": "不行"}, page="/approvals")
    assert "无权处理绝密" in page
    client.cookies.clear()
    login(client, "李总")
    row = client.get("/approvals").text.split(f'id="request-{asked.seq}"')[1].split("</tr>")[0]
    assert "批准 2 份" in row
    post(client, "/approvals/grant", {"registry": registry, "copies": "2", "purpose": "董事会材料"}, page="/approvals")
    row = client.get("/approvals").text.split(f'id="request-{asked.seq}"')[1].split("</tr>")[0]
    assert "已批准" in row and "李总" in row


def test_miji_serve_refuses_plain_http_on_a_network_address(cli, tmp_path: Path):
    code, _, err = cli("serve", "--workspace", tmp_path / "ws", "--bind", "0.0.0.0")
    assert code == 4 and "behind_tls_proxy" in err and "Traceback" not in err
    code, _, err = cli("serve", "--workspace", tmp_path / "ws")
    assert code != 0 and "miji init" in err and "Traceback" not in err


def test_the_console_works_on_a_postgresql_ledger(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from tests.pg import fresh_database, postgres_server

    with postgres_server() as server:
        monkeypatch.setenv("MIJI_LEDGER_URL", fresh_database(server))
        workspace = workspace_with_drafts(tmp_path)
        with TestClient(create_app(build_settings({"workspace": workspace}))) as client:
            login(client, "测试员")
            assert "已标密" in post(client, "/review/accept", {"name": MINUTES})
            assert "登记簿完整" in client.get("/registers").text
        assert events(workspace, "review_decision")[-1].actor == "测试员"


def test_a_broken_chain_shows_a_red_banner_on_every_page(console):
    import sqlite3

    client, workspace, _ = console
    login(client, "测试员")
    assert "登记簿完整" in client.get("/status").text
    db = sqlite3.connect(workspace / "ledger.sqlite3")
    seq, prev = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (seq + 1, "2026-01-01T00:00:00+00:00", "approval_granted", "MJ-2026-000001", None, "王芳", "{}", prev,
                "0" * 64))
    db.commit()
    db.close()
    for path in ("/review", "/registers", "/status"):
        page = client.get(path).text
        assert 'class="chain broken"' in page and "登记簿完整性校验失败" in page, path
