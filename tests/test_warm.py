"""The warm socket: with a daemon running, `classify` and `review accept` are answered by its loaded
model; without one (or with a stale socket left by a crash) they work cold, with the same answers."""

from __future__ import annotations

import json
import signal
import socket
import stat
from pathlib import Path

import pytest

from marker.cli.warm import SERVED
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, INTERNAL_NOTICE, make_docx, make_text
from tests.daemon_helpers import files_in, run_miji, start_daemon, stop, wait_until
from tests.roster import ACTOR, staff
from watch.warm import socket_path


@pytest.fixture()
def running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An initialised workspace with its daemon running (and its socket open)."""
    workspace = tmp_path / "ws"
    monkeypatch.setenv("MIJI_TOKEN", ",".join(staff(workspace).values()))
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, log=log)
    try:
        assert wait_until(lambda: socket_path(workspace).is_socket(), timeout=120), log.read_text()
        yield workspace, log
    finally:
        assert stop(daemon, signal.SIGTERM) == 0
    assert not socket_path(workspace).exists(), "the daemon removes its socket when it stops"


def test_classify_reaches_the_running_daemon_with_the_same_answer_as_cold(running, tmp_path: Path):
    workspace, _ = running
    mode = socket_path(workspace).stat().st_mode
    assert stat.S_IMODE(mode) == 0o660 and stat.S_IMODE(socket_path(workspace).parent.stat().st_mode) == 0o750

    notice = make_text(tmp_path / "通知.txt", INTERNAL_NOTICE)
    warm = run_miji(workspace, "classify", str(notice), "--json", "--debug")
    assert warm.returncode == 0 and SERVED in warm.stderr, warm.stderr
    cold = run_miji(workspace, "classify", str(notice), "--json", "--policy",
                     str(workspace / "policy.toml"))  # another policy: always cold
    assert cold.returncode == 0 and SERVED not in cold.stderr
    assert json.loads(warm.stdout) == json.loads(cold.stdout)
    missing = run_miji(workspace, "classify", str(tmp_path / "无此文件.pdf"), "--json")
    assert missing.returncode == 3 and "无此文件.pdf" in json.loads(missing.stdout)["path"]



def test_review_accept_through_the_socket_authenticates_and_records_a_refusal(running, monkeypatch: pytest.MonkeyPatch):
    workspace, log = running
    make_docx(workspace / "inbox" / "财务报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    assert wait_until(lambda: (workspace / "review" / "财务报表.docx").exists(), timeout=120), log.read_text()
    monkeypatch.setenv("MIJI_TOKEN", "mjt_0badf00d_not-a-token")
    refused = run_miji(workspace, "review", "accept", "财务报表.docx", "--by", ACTOR)
    assert refused.returncode == 9 and ACTOR in refused.stderr and "Traceback" not in refused.stderr
    monkeypatch.setenv("MIJI_TOKEN", ",".join(staff(workspace).values()))
    accepted = run_miji(workspace, "review", "accept", "财务报表.docx", "--by", ACTOR, "--json", "--debug")
    assert accepted.returncode == 0 and SERVED in accepted.stderr, accepted.stderr
    result = json.loads(accepted.stdout)
    assert result["level"] == "机密" and result["registry"].startswith("MJ-")
    assert [p.name for p in files_in(workspace / "outbox" / "机密")] == [f"财务报表.{result['registry']}-000001.docx"]
    refusals = run_miji(workspace, "ledger", "export", "--register", "审批")
    assert "确认密级被拒（操作人 测试员）" in refusals.stdout


def test_a_stale_socket_left_by_a_crash_falls_back_to_cold(tmp_path: Path):
    workspace = tmp_path / "ws"
    path = socket_path(workspace)
    path.parent.mkdir(parents=True)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # bound, never listening, never removed: what kill -9 leaves
    stale.close()
    notice = make_text(tmp_path / "通知.txt", INTERNAL_NOTICE)
    result = run_miji(workspace, "classify", str(notice), "--json", "--debug")
    assert result.returncode == 0 and SERVED not in result.stderr
    assert json.loads(result.stdout)["level"] == "内部"


def test_a_frame_over_the_reading_limit_is_dropped_before_it_is_read(tmp_path: Path):
    import struct

    from watch.warm import send_frame
    from watch.warm_server import WarmServer

    submitted: list[object] = []

    def answer(request: object) -> None:
        submitted.append(request)
        request[1].set_result({"ok": True})  # type: ignore[index]

    server = WarmServer(tmp_path, answer, max_bytes=1024 * 1024)  # frames up to about 2.3 MB
    assert server.start()
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(30)
            client.connect(str(socket_path(tmp_path)))
            client.sendall(struct.pack(">I", 400 * 1024 * 1024))  # announces 400 MB: never buffered
            assert client.recv(1) == b""  # the daemon hung up
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:  # and still serves
            client.connect(str(socket_path(tmp_path)))
            send_frame(client, {"op": "ping"})
            assert client.recv(4)
    finally:
        server.stop()
    assert len(submitted) == 1
