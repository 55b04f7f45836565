"""The daemon and the ledger under faults (issue 16): one hostile file, name or row never stops the
service or moves a file. Each test is one row of the issue's table; hostile files are built in code."""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from marker.intake.names import printable
from marker.intake.pipeline import Context, process_file
from marker.settings import build_settings
from marker.workspace import open_workspace_ledger
from tests.builders import INTERNAL_NOTICE, distinct_lines, make_text
from tests.daemon_helpers import files_in, ledger_rows, run_miji, start_daemon, stop, wait_until, write_config
from tests.hostile_files import nested_form_pdf, sparse_file
from watch.log_format import EscapingFormatter

LONG_NAME = ("关于二〇二六年度重点建设项目招标采购合同的补充协议" * 4)[:80] + ".txt"  # 244 bytes
LIMITS = "\n[limits]\nworker_wall_seconds = 8\nworker_cpu_seconds = 8\nworker_memory_mb = 600\n"


CONTRACT = ("设备采购合同（草稿）\n合同编号：________\n甲方：华岳精工股份有限公司\n乙方：________\n"
            "第一条 合同价款：人民币____元。第二条 付款方式：验收后30日内支付。\n"
            "第三条 违约责任：任何一方违约应承担违约责任。双方签字盖章后生效，本合同一式两份。\n"
            "第四条 争议解决：双方协商解决。第五条 保密条款：乙方对合同内容负有保密义务。\n2026年5月6日")
_THINGS = ("设备", "材料", "场地", "车辆", "软件", "维保", "培训", "印刷", "仓储", "运输", "检测", "安装")


def _contract(index: int) -> str:
    """A draft of its own (near-identical drafts are copies of each other, and refused as such)."""
    lines = [f"附{n}：{_THINGS[(index * 7 + n) % 12]}{_THINGS[(index + n * 5) % 12]}事项，编号{index:04d}-{n}-"
             f"{(index * 7919 + n * 104729) % 9000 + 1000}，于{(index + n) % 12 + 1}月{(index * n) % 28 + 1}日办理。"
             for n in range(12)]
    return CONTRACT + "\n" + "\n".join(lines)


def _workspace(tmp_path: Path, extra: str = "") -> Path:
    workspace = tmp_path / "ws"
    write_config(workspace, extra=extra)
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 0, result.stderr
    return workspace


def _marked_once(tmp_path: Path) -> Path:
    workspace = _workspace(tmp_path)
    make_text(workspace / "inbox" / "合同-1.txt", _contract(1))
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 0, result.stderr
    assert len(files_in(workspace / "outbox")) == 1
    return workspace


# --- one daemon per workspace ------------------------------------------------------------------
def test_a_second_daemon_is_refused_naming_the_holder(tmp_path: Path):
    workspace = _workspace(tmp_path)
    first = start_daemon(workspace)
    try:
        lock = workspace / "daemon.lock"
        assert wait_until(lambda: lock.is_file() and str(first.pid) in lock.read_text()), "no lock"
        second = run_miji(workspace, "watch")
        assert second.returncode == 11, second.stderr
        assert str(first.pid) in second.stderr and socket.gethostname() in second.stderr
        assert len(second.stderr.strip().splitlines()) == 1
        assert run_miji(workspace, "watch", "--oneshot").returncode == 11
    finally:
        assert stop(first) == 0
    assert run_miji(workspace, "watch", "--oneshot").returncode == 0  # the OS released the lock


def test_a_worker_that_outlives_its_daemon_keeps_the_workspace_locked_until_it_dies(tmp_path: Path):
    """The kill -9 row: the stale worker holds the daemon's lock, so the restarted daemon's recovery
    cannot run while the worker can still write a copy; and the worker dies with its daemon."""
    workspace = tmp_path / "ws"
    workspace.mkdir()
    pdf = make_text(tmp_path / "a.txt", "正文")
    holder = subprocess.Popen([sys.executable, "-c", f"""
import sys, threading
from pathlib import Path
from watch.lock import DaemonLock
from marker.worker.isolation import Isolation, hold_in_workers
lock = DaemonLock(Path({str(workspace)!r})); lock.acquire(); hold_in_workers(lock.fd)
iso = Isolation(); iso.read(Path({str(pdf)!r}))
print(iso.worker._process.pid, flush=True)
threading.Event().wait()
"""], stdout=subprocess.PIPE, text=True)
    worker_pid = int(holder.stdout.readline())
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    from watch.lock import DaemonLock

    lock = DaemonLock(workspace)
    lock.acquire(wait_for_stale=30)  # waits for the orphaned worker, which dies with its parent
    try:
        assert wait_until(lambda: not Path(f"/proc/{worker_pid}").exists() or
                          "Z" in Path(f"/proc/{worker_pid}/stat").read_text().split()[2])
    finally:
        lock.release()


def test_a_copy_written_after_its_number_was_voided_is_removed_at_recovery(tmp_path: Path):
    workspace = _marked_once(tmp_path)
    settings = build_settings({"workspace": str(workspace)})
    from marker.ledger.registers import reserve_copies, void_copy

    late = workspace / "outbox" / "机密" / "迟到.MJ-2026-000001-000002.docx"
    with open_workspace_ledger(settings) as ledger:
        [(registry, _, _)] = ledger_rows(workspace, "document_registered")
        [number] = reserve_copies(ledger, registry, [None], actor="miji-daemon", paths=[late])
        void_copy(ledger, registry, number, reason="写入中断", actor="miji-daemon")
    late = late.with_name(late.name.replace("{copy}", number))
    late.parent.mkdir(parents=True, exist_ok=True)
    late.write_bytes(b"a complete marked copy, written by a stale worker")
    verify = run_miji(workspace, "ledger", "verify")
    assert verify.returncode == 7 and "作废" in verify.stderr and late.name in verify.stderr
    assert run_miji(workspace, "watch", "--oneshot").returncode == 0
    assert not late.exists()
    assert run_miji(workspace, "ledger", "verify").returncode == 0


# --- size, names and repeated failures ------------------------------------------------------------
def test_hostile_files_and_names_each_affect_only_themselves(tmp_path: Path):
    workspace = _workspace(tmp_path, LIMITS)
    inbox = workspace / "inbox"
    nested_form_pdf(inbox / "嵌套表单.pdf")
    sparse_file(inbox / "稀疏.pdf", 20 * 1024**3)
    huge = "".join(_contract(n) for n in range(9000))  # about 24 MB of Chinese text, under the 100 MB limit
    (inbox / "巨大.txt").write_bytes(huge.encode("utf-8")[: 24 * 1024**2 // 3 * 3])
    bad_bytes = os.fsencode(str(inbox)) + b"/\xff\xfe-draft.txt"
    Path(os.fsdecode(bad_bytes)).write_text(_contract(2), encoding="utf-8")
    make_text(inbox / "第一行\n2026-01-01 00:00:00 INFO forged: marked 伪造.txt", _contract(3))
    long_a, long_b = inbox / "a", inbox / "b"
    long_a.mkdir()
    long_b.mkdir()
    clash = "甲" * 80 + "x.pdf"  # 245 bytes
    (long_a / clash).write_bytes(b"%PDF-1.4 broken a")
    (long_b / clash).write_bytes(b"%PDF-1.4 broken b")
    for index, name in ((4, LONG_NAME), *((i, f"合同-{i}.txt") for i in range(5, 9))):
        # each its own text: no draft quotes another, whichever of the workers gets to it first
        make_text(inbox / name, _contract(index) + "\n" + "\n".join(distinct_lines(index, 40)))
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, log=log)
    try:
        assert wait_until(lambda: not files_in(inbox), timeout=240), [p.name for p in files_in(inbox)]
        assert daemon.poll() is None
    finally:
        assert stop(daemon) == 0
    quarantined = {p.name for p in files_in(workspace / "quarantine")}
    assert {"嵌套表单.pdf", "稀疏.pdf", "巨大.txt"} <= quarantined  # each costs only itself
    assert sum(1 for name in quarantined if name.startswith("未命名-")) == 2  # not UTF-8, a newline
    assert sum(1 for name in quarantined if name.startswith("甲" * 40)) == 2  # the clash, shortened
    archived = {p.name for p in files_in(workspace / "archive")}
    assert LONG_NAME in archived  # auto-marked: its copy, report and sidecar names fit
    assert len(files_in(workspace / "outbox")) == 5
    reviewed = {p.name for p in files_in(workspace / "review")}
    assert {f"合同-{i}.txt" for i in range(5, 9)} <= archived | reviewed  # the good drafts went on
    reasons = "".join(p.read_text(encoding="utf-8") for p in (workspace / "quarantine").glob("*.reason.txt"))
    assert "\\xff\\xfe-draft.txt" in reasons and "not read" in reasons
    states = {p["name"]: p for _, _, p in ledger_rows(workspace, "file_state") if p["state"] == "quarantined"}
    sparse = states["稀疏.pdf"]
    assert sparse["sha256"].startswith("size")  # identified without hashing 20 GB
    text = log.read_text(encoding="utf-8")
    assert not any(line.startswith("2026-01-01 00:00:00 INFO forged") for line in text.splitlines())
    assert text.count("Traceback") <= 1
    restart = run_miji(workspace, "watch", "--oneshot")
    assert restart.returncode == 0, restart.stderr
    assert run_miji(workspace, "ledger", "verify").returncode == 0


def test_a_symlink_loop_dropped_in_the_inbox_does_not_stop_the_daemon(tmp_path: Path):
    workspace = _workspace(tmp_path)
    inbox = workspace / "inbox"
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, log=log)
    try:
        os.symlink("环.txt", inbox / "环.txt")  # points at itself: resolving it raises
        draft = make_text(inbox / "合同-2.txt", _contract(2))
        assert wait_until(lambda: not draft.exists(), timeout=120)
        assert daemon.poll() is None
    finally:
        assert stop(daemon) == 0
    assert (workspace / "quarantine" / "环.txt").is_symlink()  # moved as a link, never followed
    assert "符号链接" in (workspace / "quarantine" / "环.txt.reason.txt").read_text(encoding="utf-8")


def test_an_event_for_a_symlink_loop_is_passed_on_not_raised(tmp_path: Path):
    import queue
    from types import SimpleNamespace

    from watch.daemon import Daemon

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    os.symlink("环.txt", inbox / "环.txt")
    good = make_text(inbox / "合同.txt", _contract(1))
    touched: list[Path] = []
    events: queue.Queue[Path] = queue.Queue()
    for path in (inbox / "环.txt", good, tmp_path / "elsewhere.txt"):
        events.put(path)
    daemon = SimpleNamespace(layout=SimpleNamespace(inbox=inbox), events=events, in_hand=set(),
                             tracker=SimpleNamespace(touch=touched.append))
    Daemon.drain_events(daemon)  # type: ignore[arg-type]  # resolving the loop itself would raise
    assert touched == [inbox / "环.txt", good]  # readiness and the reader decide; outside ignored


def test_a_document_is_classified_in_the_worker_not_in_the_daemon(tmp_path: Path, monkeypatch):
    import classifiers
    import marker.intake.suggest as suggest_module

    def not_here(*args: object, **kwargs: object) -> None:
        raise AssertionError("classified in the daemon process")

    monkeypatch.setattr(suggest_module, "suggest", not_here)
    monkeypatch.setattr(classifiers, "suggest", not_here)
    workspace = _workspace(tmp_path)
    settings = build_settings({"workspace": str(workspace)})
    with open_workspace_ledger(settings) as ledger:
        ctx = Context.of(settings, ledger=ledger)
        try:
            result = process_file(ctx, make_text(workspace / "inbox" / "合同.txt", _contract(1)))
        finally:
            ctx.worker.close()
    assert result.outcome in ("marked", "review") and result.level


def test_the_worker_is_restarted_after_a_failed_read(tmp_path: Path):
    from marker.errors import CorruptInput
    from marker.worker.isolation import Isolation, WorkerLimits

    iso = Isolation(WorkerLimits(wall_seconds=30))
    try:
        good = make_text(tmp_path / "ok.txt", "正文")
        iso.read(good)
        before = iso.worker._process.pid
        bad = tmp_path / "bad.pdf"
        bad.write_bytes(b"%PDF-1.4 not really")
        with pytest.raises(CorruptInput):
            iso.read(bad)
        iso.read(good)
        assert iso.worker._process.pid != before
    finally:
        iso.close()


def test_a_file_failing_the_same_way_three_times_is_quarantined_with_the_reason(tmp_path: Path, monkeypatch):
    import watch.daemon as daemon_module

    workspace = _workspace(tmp_path)
    draft = make_text(workspace / "inbox" / "合同.txt", _contract(1))

    def broken(ctx: Context, path: Path) -> None:
        raise OSError(36, "File name too long")

    monkeypatch.setattr(daemon_module, "process_file", broken)
    daemon = daemon_module.Daemon(build_settings({"workspace": str(workspace)}), isolate=False)
    try:
        for _ in range(daemon_module.MAX_FAILURES):
            assert draft.exists()
            result = daemon.handle(draft)
    finally:
        daemon.close()
    from marker.worker.isolation import Isolation

    with Isolation() as later:  # a worker started after the daemon closed is not handed its closed lock fd
        assert later.read(make_text(tmp_path / "后来.txt", "正文")).kind
    assert result is not None and result.outcome == "quarantined" and not draft.exists()
    reason = next((workspace / "quarantine").glob("*.reason.txt")).read_text(encoding="utf-8")
    assert "failed 3 times" in reason and "File name too long" in reason


def test_size_is_checked_before_a_byte_is_hashed(tmp_path: Path, monkeypatch):
    import marker.intake.pipeline as pipeline

    workspace = _workspace(tmp_path)
    settings = build_settings({"workspace": str(workspace)})
    big = sparse_file(workspace / "inbox" / "大.pdf", settings.limits.max_bytes + 1)

    def no_hashing(path: Path) -> str:
        raise AssertionError("hashed a file over the size limit")

    monkeypatch.setattr(pipeline, "sha256_file", no_hashing)
    with open_workspace_ledger(settings) as ledger:
        ctx = Context.of(settings, ledger=ledger)
        result = process_file(ctx, big)
        ctx.worker.close()
    assert result.outcome == "quarantined" and "not read" in result.reason


def test_log_lines_escape_control_characters():
    formatter = EscapingFormatter("%(levelname)s %(message)s")
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "marked %s", ("a\n2026 INFO forged\r",), None)
    line = formatter.format(record)
    assert "\n" not in line and "\r" not in line and "a\\x0a2026 INFO forged\\x0d" in line
    assert printable("普通 文件.pdf") == "普通 文件.pdf"


# --- recovery acts only on verified rows inside the workspace ---------------------------------------
def _insert_unsigned(workspace: Path, kind: str, payload: dict, registry: str | None = None,
                     copy_no: str | None = None) -> None:
    # A running daemon may still be appending: read the last row and append under one write lock.
    db = sqlite3.connect(workspace / "ledger.sqlite3", timeout=30, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    seq, prev = db.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    db.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               (seq + 1, "2026-01-01T00:00:00+00:00", kind, registry, copy_no, "miji-daemon",
                json.dumps(payload, ensure_ascii=False), prev, "f" * 64))
    db.execute("COMMIT")
    db.close()


def test_unsigned_rows_never_make_recovery_delete_or_move_a_file(tmp_path: Path):
    workspace = _marked_once(tmp_path)
    victim = tmp_path / "victim.conf"
    victim.write_text("keep me", encoding="utf-8")
    waiting = make_text(workspace / "inbox" / "等待.txt", _contract(2))
    from marker.reading.documents import sha256_file

    sha = sha256_file(waiting)
    _insert_unsigned(workspace, "copy_reserved", {"path": str(victim), "pid": 999_999_999, "host": "x"},
                     "MJ-2026-000001", "000009")
    _insert_unsigned(workspace, "file_state", {"sha256": sha, "name": "等待.txt", "state": "processing"})
    _insert_unsigned(workspace, "document_registered", {"original_sha256": sha, "level": "机密",
                     "archive_path": str(tmp_path / "outside" / "cron.d" / "等待.txt")}, "MJ-2026-000099")
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 7, result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert waiting.exists() and not (tmp_path / "outside").exists()
    assert "完整性" in (workspace / "logs" / "miji.log").read_text(encoding="utf-8")


def test_signed_rows_with_paths_outside_the_workspace_are_reported_not_acted_on(tmp_path: Path, caplog):
    from marker.intake.recovery import recover
    from marker.reading.documents import sha256_file

    workspace = _marked_once(tmp_path)
    victim = tmp_path / "victim.conf"
    victim.write_text("keep me", encoding="utf-8")
    waiting = make_text(workspace / "inbox" / "等待.txt", _contract(2))
    sha = sha256_file(waiting)
    settings = build_settings({"workspace": str(workspace)})
    with open_workspace_ledger(settings) as ledger:
        ledger.append("copy_reserved", {"path": str(victim), "pid": 999_999_999, "host": socket.gethostname()},
                      registry="MJ-2026-000001", copy_no="000009", actor="miji-daemon")
        ledger.append("file_state", {"sha256": sha, "name": "等待.txt", "state": "processing"}, actor="miji-daemon")
        ledger.append("document_registered", {"original_sha256": sha, "level": "机密", "title": "",
                      "archive_path": str(tmp_path / "outside" / "cron.d" / "等待.txt")},
                      registry="MJ-2026-000099", actor="miji-daemon")
        ctx = Context.of(settings, ledger=ledger)
        with caplog.at_level(logging.ERROR):
            recover(ctx)
        ctx.worker.close()
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert waiting.exists() and not (tmp_path / "outside").exists()
    assert "not removed" in caplog.text and "original not moved" in caplog.text


def test_copies_recover_acts_only_on_signed_reservations_inside_the_copy_folders(tmp_path: Path, monkeypatch):
    from marker.ledger.registers import copies, reserve_copies

    workspace = _marked_once(tmp_path)
    [(registry, _, _)] = ledger_rows(workspace, "document_registered")
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    half = workspace / "copies" / registry / "半份-{copy}.docx"
    with open_workspace_ledger(build_settings({"workspace": str(workspace)}, {})) as ledger, \
            monkeypatch.context() as patch:
        patch.setattr(os, "getpid", lambda: dead.pid)  # reservations of a writer that died
        [outside] = reserve_copies(ledger, registry, [None], actor="小陈", paths=[tmp_path / "victim-{copy}.conf"])
        [within] = reserve_copies(ledger, registry, [None], actor="小陈", paths=[half])
    victim = tmp_path / f"victim-{outside}.conf"
    victim.write_text("keep me", encoding="utf-8")
    half = half.with_name(half.name.replace("{copy}", within))
    half.parent.mkdir(parents=True, exist_ok=True)
    half.write_bytes(b"half a copy")

    result = run_miji(workspace, "copies", "recover")
    assert result.returncode == 10, result.stderr
    assert within in result.stdout and "未处理" in result.stderr and str(victim) in result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me" and not half.exists()
    with open_workspace_ledger(build_settings({"workspace": str(workspace)}, {})) as ledger:
        states = {c.copy_no: c.status for c in copies(ledger, registry)}
    assert states[outside] == "reserved" and states[within] == "voided"

    _insert_unsigned(workspace, "copy_reserved", {"path": str(victim), "pid": 999_999_999, "host": "x"},
                     registry, "000009")
    result = run_miji(workspace, "copies", "recover")
    assert result.returncode == 7, result.stderr
    assert victim.read_text(encoding="utf-8") == "keep me"


# --- a ledger that cannot be lost or rolled back silently -----------------------------------------------
def test_a_missing_key_of_an_existing_ledger_is_exit_7_naming_the_file(tmp_path: Path):
    workspace = _marked_once(tmp_path)
    key = workspace / "keys" / "ledger.key"
    key.unlink()
    for args in (("watch", "--oneshot"), ("ledger", "verify"), ("status",)):
        result = run_miji(workspace, *args)
        assert result.returncode == 7, (args, result.stderr)
        assert "ledger.key" in result.stderr and "密钥" in result.stderr
    assert not key.exists()


@pytest.mark.parametrize("how", ["older", "emptied", "deleted"])
def test_an_older_emptied_or_deleted_ledger_is_reported(tmp_path: Path, how: str):
    workspace = _marked_once(tmp_path)
    database = workspace / "ledger.sqlite3"
    old = tmp_path / "old.sqlite3"
    with sqlite3.connect(database) as src, sqlite3.connect(old) as dst:
        src.backup(dst)
    make_text(workspace / "inbox" / "合同-2.txt", _contract(2))
    assert run_miji(workspace, "watch", "--oneshot").returncode == 0
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    if how == "older":
        with sqlite3.connect(old) as src, sqlite3.connect(database) as dst:
            src.backup(dst)
    elif how == "emptied":
        with sqlite3.connect(database) as db:
            db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, "
                       "registry TEXT, copy_no TEXT, actor TEXT, payload TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                       "hash TEXT NOT NULL)")
    verify = run_miji(workspace, "ledger", "verify")
    assert verify.returncode == 7 and ("回滚" in verify.stderr or "替换" in verify.stderr), verify.stderr
    waiting = make_text(workspace / "inbox" / "合同-3.txt", _contract(3))
    assert run_miji(workspace, "watch", "--oneshot").returncode == 7
    assert waiting.exists()  # drafts wait in the inbox


# --- a broken chain stops reproduction --------------------------------------------------------------------
def test_a_broken_chain_halts_the_running_daemon_and_every_writing_command(tmp_path: Path):
    workspace = _marked_once(tmp_path)
    daemon = start_daemon(workspace)
    try:
        make_text(workspace / "inbox" / "合同-2.txt", _contract(2))
        assert wait_until(lambda: not files_in(workspace / "inbox"), timeout=120)
        issued = len(files_in(workspace / "outbox"))
        _insert_unsigned(workspace, "approval_granted", {"copies": 50}, "MJ-2026-000001")
        waiting = make_text(workspace / "inbox" / "合同-3.txt", _contract(3))
        log = workspace / "logs" / "miji.log"
        assert wait_until(lambda: "已停止标密" in log.read_text(encoding="utf-8"), timeout=120)
        assert waiting.exists() and len(files_in(workspace / "outbox")) == issued
        status = run_miji(workspace, "status")
        assert status.returncode == 7 and "已停止标密" in status.stdout
        assert daemon.poll() is None
    finally:
        assert stop(daemon) == 0
    other = make_text(tmp_path / "另一份.txt", _contract(4))
    env_cmd = run_miji(workspace, "mark", str(other), "--level", "秘密")
    assert env_cmd.returncode == 7, env_cmd.stderr


def test_the_officer_accepts_a_restored_backup_and_the_workspace_is_cross_checked(tmp_path: Path, monkeypatch):
    from tests.roster import OFFICER, staff

    workspace = _marked_once(tmp_path)
    tokens = staff(workspace)
    database = workspace / "ledger.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(database) as src, sqlite3.connect(backup) as dst:
        src.backup(dst)
    make_text(workspace / "inbox" / "通知.txt", INTERNAL_NOTICE + "\n请各部门遵照执行。")
    assert run_miji(workspace, "watch", "--oneshot").returncode == 0
    copies_before = {str(p) for p in files_in(workspace / "outbox")}
    assert len(copies_before) == 2
    with sqlite3.connect(backup) as src, sqlite3.connect(database) as dst:  # the restore
        src.backup(dst)
    assert run_miji(workspace, "ledger", "verify").returncode == 7
    monkeypatch.setenv("MIJI_TOKEN", tokens["张三"])
    refused = run_miji(workspace, "ledger", "accept", "--by", "张三")
    assert refused.returncode in (7, 9)  # not the officer (and the refusal cannot be written)
    monkeypatch.setenv("MIJI_TOKEN", tokens[OFFICER])
    accepted = run_miji(workspace, "ledger", "accept", "--by", OFFICER)
    assert accepted.returncode == 0, accepted.stderr
    verify = run_miji(workspace, "ledger", "verify")
    later = {str(p) for p in files_in(workspace / "outbox")} - {p["path"] for _, _, p in
                                                                ledger_rows(workspace, "copy_issued")}
    assert later and later <= copies_before  # the copy issued after the backup is unknown to the restored ledger
    assert verify.returncode == 7 and "登记簿未记载的副本" in verify.stderr
    for path in later:
        Path(path).unlink()  # the officer recalls it
    assert run_miji(workspace, "ledger", "verify").returncode == 0
    assert [p["count"] for _, _, p in ledger_rows(workspace, "ledger_accepted")]
