"""The watched-folder daemon as an office user meets it: drop a draft, find the result."""

from __future__ import annotations

import json
import random
import signal
from pathlib import Path

import pytest

from marker.errors import ExitCode
from marker.intake.pipeline import Context, process_file
from marker.settings import Settings, build_settings
from marker.workspace import load_effective_policy, open_workspace_ledger
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    INTERNAL_NOTICE,
    distinct_lines,
    make_docx,
    make_pdf,
    make_text,
)
from tests.daemon_helpers import (
    account,
    files_in,
    ledger_rows,
    run_miji,
    start_daemon,
    stop,
    wait_until,
    write_config,
)
from tests.roster import staff
from watch.readiness import ReadyTracker
from watch.workspace_setup import ensure_workspace

CONTRACT = ("设备采购合同（草稿）\n合同编号：________\n甲方：华岳精工股份有限公司\n乙方：________\n"
            "第一条 合同价款：人民币____元。第二条 付款方式：验收后30日内支付。\n"
            "第三条 违约责任：任何一方违约应承担违约责任。双方签字盖章后生效，本合同一式两份。\n"
            "第四条 争议解决：双方协商解决。第五条 保密条款：乙方对合同内容负有保密义务。\n2026年5月6日")
STRATEGY = ("2027-2031年发展战略规划（讨论稿）\n董事会：\n本规划提出投资计划与并购方案，拟实施资产重组、"
            "增资扩股和上市计划，战略目标是在华东设立新业务布局。\n2026年5月6日")


def _settings(workspace: Path) -> Settings:
    return build_settings({"workspace": workspace}, {})


def _context(workspace: Path) -> Context:
    staff(workspace)
    settings = _settings(workspace)
    layout = ensure_workspace(settings)
    return Context(policy=load_effective_policy(settings), ledger=open_workspace_ledger(settings), layout=layout)


def test_without_init_the_daemon_refuses_in_one_line_and_stamps_nothing(tmp_path: Path):
    workspace = tmp_path / "ws"
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == ExitCode.POLICY_INVALID
    assert "miji init" in result.stderr and "尚未初始化" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert not (workspace / "outbox").exists() and not (workspace / "keys").exists()


def test_a_placeholder_company_name_is_refused_at_init(tmp_path: Path):
    secret = tmp_path / "officer.secret"
    secret.write_text("long-enough-secret-1\n", encoding="utf-8")
    result = run_miji(tmp_path / "ws", "init", "--company", "某某公司", "--officer", "李保密",
                      "--secret-file", str(secret))
    assert result.returncode == ExitCode.USAGE and "占位" in result.stderr
    assert not (tmp_path / "ws" / "policy.toml").exists()


def test_first_run_after_init_creates_the_workspace(tmp_path: Path):
    workspace = tmp_path / "ws"
    secret = tmp_path / "officer.secret"
    secret.write_text("long-enough-secret-1\n", encoding="utf-8")
    result = run_miji(workspace, "init", "--company", "华岳精工股份有限公司", "--officer", "李保密",
                      "--secret-file", str(secret))
    assert result.returncode == 0, result.stderr
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 0, result.stderr
    assert 'owner = "华岳精工股份有限公司"' in (workspace / "policy.toml").read_text(encoding="utf-8")
    for name in ("inbox", "review", "outbox", "archive", "quarantine", "miji.toml", "policy.toml",
                 "ledger.sqlite3"):
        assert (workspace / name).exists(), name
    assert (workspace / "keys" / "ledger.key").stat().st_mode & 0o777 == 0o600
    assert (workspace / "logs" / "miji.log").exists()


def test_oneshot_ends_with_a_one_line_summary(tmp_path: Path):
    workspace = tmp_path / "ws"
    write_config(workspace)
    assert run_miji(workspace, "watch", "--oneshot").returncode == 0  # first run: creates the folders
    make_text(workspace / "inbox" / "通知.txt", INTERNAL_NOTICE)
    make_docx(workspace / "inbox" / "财务报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    (workspace / "inbox" / "坏文件.pdf").write_bytes(b"%PDF-1.7 broken")
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "已标密 1 / 待确认 1 / 已隔离 1 / 错误 0"
    log = (workspace / "logs" / "miji.log").read_text(encoding="utf-8")
    assert "INFO watch.daemon: 开始处理收件箱" in log and "INFO watch.daemon: 处理完毕" in log


def test_output_folder_inside_the_inbox_is_refused_at_start(tmp_path: Path):
    workspace = tmp_path / "ws"
    write_config(workspace, extra='review = "inbox/review"\n', initialise=False)
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == ExitCode.POLICY_INVALID
    assert "收件箱内" in result.stderr and "Traceback" not in result.stderr


def test_readiness_waits_for_quiet_and_unchanged_size(tmp_path: Path):
    now = [0.0]
    growing = tmp_path / "big.pdf"
    growing.write_bytes(b"%PDF-1.7 part")
    written = growing.stat().st_ctime
    tracker = ReadyTracker(2.0, clock=lambda: now[0], wall=lambda: written + min(now[0], 1.0))
    tracker.touch(growing)
    now[0] = 1.0
    assert tracker.ready() == []
    with growing.open("ab") as handle:
        handle.write(b" more bytes")
    now[0] = 2.5
    assert tracker.ready() == []  # changed: the quiet period starts again
    now[0] = 4.4
    assert tracker.ready() == []
    now[0] = 4.6
    assert tracker.ready() == [growing]
    junk = tmp_path / "~$draft.docx"
    junk.write_bytes(b"lock")
    for name in ("~$draft.docx", ".~lock.a.docx#", "a.tmp", "b.part", "c.crdownload", ".DS_Store", "Thumbs.db"):
        (tmp_path / name).write_bytes(b"x")
        tracker.touch(tmp_path / name)
    now[0] = 100.0
    assert tracker.ready() == []


def test_a_file_untouched_for_the_quiet_delay_is_ready_when_first_seen(tmp_path: Path):
    old = tmp_path / "old.pdf"
    old.write_bytes(b"%PDF-1.7 done")
    stamp = old.stat()
    tracker = ReadyTracker(2.0, clock=lambda: 0.0, wall=lambda: max(stamp.st_mtime, stamp.st_ctime) + 2.5)
    tracker.touch(old)
    assert tracker.ready() == [old]


def test_the_daemon_knows_when_the_next_file_can_be_ready(tmp_path: Path):
    """The main loop sleeps until a file's quiet delay ends, not a whole tick past it."""
    now = [10.0]
    draft = tmp_path / "draft.pdf"
    draft.write_bytes(b"%PDF-1.7 done")
    written = max(draft.stat().st_mtime, draft.stat().st_ctime)
    tracker = ReadyTracker(2.0, clock=lambda: now[0], wall=lambda: written + (now[0] - 10.0))
    assert tracker.due_in() is None
    tracker.touch(draft)
    assert tracker.due_in() == pytest.approx(2.0)
    now[0] = 11.5
    assert tracker.due_in() == pytest.approx(0.5) and tracker.ready() == []
    now[0] = 12.0
    assert tracker.due_in() == pytest.approx(0.0) and tracker.ready() == [draft]
    assert tracker.due_in() is None


def test_confident_secret_draft_is_marked_and_archived(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    draft = make_text(ctx.layout.inbox / "采购部" / "采购合同.txt", CONTRACT)
    before = draft.read_bytes()
    result = process_file(ctx, draft)
    assert result.outcome == "marked" and result.level == "秘密"
    archived = ctx.layout.archive / result.registry / "采购合同.txt"
    assert archived.read_bytes() == before and not draft.exists()
    copies = files_in(ctx.layout.outbox / "秘密")
    assert [p.name for p in copies] == [f"采购合同.{result.registry}-000001.docx"]
    report = json.loads((ctx.layout.outbox / "秘密" / f"采购合同.{result.registry}.report.json").read_text())
    assert report["registry"] == result.registry and report["suggestion"]["category"] == "contracts"
    assert [state["state"] for _, _, state in ledger_rows(ctx.layout.root, "file_state")] == ["processing", "marked"]


def test_drafts_with_long_names_keep_a_report_each(tmp_path: Path):
    """A name near the 255-byte limit is shortened in its stem, never in its 登记号: two registrations
    never share (and overwrite) one report."""
    ctx = _context(tmp_path / "ws")
    stem = "设备采购合同" * 13  # 234 bytes
    results = [process_file(ctx, make_text(ctx.layout.inbox / f"{stem}{tail}.txt",
                                           "\n".join([CONTRACT, *distinct_lines(seed, 80)])))
               for seed, tail in ((1, "甲"), (2, "乙"))]
    assert [r.outcome for r in results] == ["marked", "marked"]
    reports = sorted((ctx.layout.outbox / "秘密").glob("*.report.json"))
    assert len(reports) == 2
    assert {json.loads(r.read_text())["registry"] for r in reports} == {r.registry for r in results}
    assert all(r.name.endswith(f".{json.loads(r.read_text())['registry']}.report.json") for r in reports)


def test_confidential_draft_waits_for_review_with_its_report(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    draft = make_docx(ctx.layout.inbox / "财务报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    result = process_file(ctx, draft)
    assert result.outcome == "review"
    report = json.loads((ctx.layout.review / "财务报表.docx.suggestion.json").read_text())
    assert report["suggestion"]["level"] == "机密" and report["reason"]
    assert report["suggestion"]["category"] == "financial" and report["suggestion"]["category_label"] == "财务"
    assert {"kind", "publication", "publication_label", "kind_evidence", "publication_evidence"} <= set(
        report["suggestion"])
    assert files_in(ctx.layout.outbox) == []


def test_top_secret_is_never_auto_applied_nor_electronic(tmp_path: Path, cli):
    workspace = tmp_path / "ws"
    ctx = _context(workspace)
    draft = make_pdf(ctx.layout.inbox / "战略.pdf", [STRATEGY])
    result = process_file(ctx, draft)
    assert result.outcome == "review" and result.level == "绝密"
    # Even a sure 绝密 suggestion without a review reason is not auto-applied (the daemon's gate).
    from dataclasses import replace

    from classifiers import TextBlock
    from classifiers.rules import suggest_by_rules
    from marker.intake.decide import auto_apply_refusal
    from marker.intake.suggest import ruleset_for

    by_rules = suggest_by_rules((TextBlock("para", STRATEGY),), ruleset_for(ctx.policy))
    sure = replace(by_rules, level="绝密", needs_review=False, review_reasons=(), confidence=0.99)
    assert "不自动定密" in auto_apply_refusal(ctx.policy, sure)
    assert auto_apply_refusal(ctx.policy, replace(sure, level="内部")) == ""  # the gate, not the level, refuses
    code, out, err = cli("review", "accept", "战略.pdf", "--level", "绝密", "--workspace", workspace)
    assert code == 0, err
    assert files_in(ctx.layout.outbox) == []
    assert len(files_in(ctx.layout.print_copies)) == 1 and "print" in out


def test_unreadable_file_is_quarantined_with_a_bilingual_reason(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    bad = ctx.layout.inbox / "扫描件.pdf"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is a jpeg")
    result = process_file(ctx, bad)
    assert result.outcome == "quarantined"
    reason = (ctx.layout.quarantine / "扫描件.pdf.reason.txt").read_text(encoding="utf-8")
    assert "隔离原因" in reason and "Reason:" in reason and "JPEG" in reason


def test_a_marked_copy_dropped_in_the_inbox_is_a_refused_reproduction(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    result = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    [copy] = files_in(ctx.layout.outbox / "秘密")
    dropped = ctx.layout.inbox / copy.name
    dropped.write_bytes(copy.read_bytes())
    again = process_file(ctx, dropped)
    assert again.outcome == "quarantined"
    refusals = [(r, c, p) for r, c, p in ledger_rows(ctx.layout.root, "refused") if p["action"] == "reproduce"]
    assert refusals and refusals[0][0] == result.registry and refusals[0][1] == "000001"
    assert len(ledger_rows(ctx.layout.root, "document_registered")) == 1


def test_same_draft_twice_goes_to_review_as_a_duplicate(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    first = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    second = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    assert second.outcome == "review" and first.registry in second.reason
    assert (ctx.layout.review / "合同.txt").exists()
    assert len(ledger_rows(ctx.layout.root, "document_registered")) == 1


def test_a_duplicate_of_a_higher_original_waits_at_the_original_level(tmp_path: Path):
    from marker.intake.mark import mark_file
    from marker.worker.isolation import InProcess

    ctx = _context(tmp_path / "ws")
    original = make_text(tmp_path / "合同.txt", CONTRACT)
    marked = mark_file(original, ctx.policy, ctx.ledger, worker=InProcess(), actor="测试员", level="绝密",
                       out_dir=tmp_path / "copies")
    again = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    assert again.outcome == "review" and marked.registry in again.reason
    report = json.loads((ctx.layout.review / "合同.txt.suggestion.json").read_text(encoding="utf-8"))
    assert report["suggestion"]["level"] == "绝密"  # who may see it is decided by the original's level


def test_originals_keep_their_names_and_clashes_get_a_number(tmp_path: Path):
    ctx = _context(tmp_path / "ws")
    for folder in ("a", "b"):
        draft = make_docx(ctx.layout.inbox / folder / "报表.docx", [*FINANCIAL_REPORT, folder], table=FINANCIAL_TABLE)
        process_file(ctx, draft)
    assert sorted(p.name for p in files_in(ctx.layout.review)) == ["报表 (2).docx", "报表.docx"]


def test_real_daemon_marks_a_drop_reloads_on_sighup_and_stops_on_sigterm(tmp_path: Path):
    workspace = tmp_path / "ws"
    write_config(workspace)
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, log=log)
    try:
        assert wait_until(lambda: (workspace / "inbox").is_dir(), timeout=60)
        make_text(workspace / "inbox" / "notice-staging" / "合同.txt", CONTRACT)
        assert wait_until(lambda: len(files_in(workspace / "outbox")) == 1, timeout=60), log.read_text()
        (workspace / "policy.toml").write_text("name = [", encoding="utf-8")
        daemon.send_signal(signal.SIGHUP)
        assert wait_until(lambda: "policy reload refused" in log.read_text(), timeout=30)
        make_text(workspace / "inbox" / "通知.txt", INTERNAL_NOTICE + "\n请各部门遵照执行。")
        assert wait_until(lambda: not any(files_in(workspace / "inbox")), timeout=60)
        assert daemon.poll() is None
    finally:
        code = stop(daemon)
    assert code == 0
    text = log.read_text(encoding="utf-8")
    assert "INFO watch.daemon: 开始监控" in text and "INFO watch.daemon: 已停止" in text  # start and stop at INFO


def test_polling_mode_serves_a_share_without_inotify(tmp_path: Path):
    workspace = tmp_path / "ws"
    write_config(workspace, extra="polling = true\n")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, "--polling", log=log)
    try:
        assert wait_until(lambda: (workspace / "inbox").is_dir(), timeout=60)
        make_text(workspace / "inbox" / "合同.txt", CONTRACT)
        assert wait_until(lambda: len(files_in(workspace / "outbox")) == 1, timeout=60), log.read_text()
    finally:
        assert stop(daemon) == 0


@pytest.mark.slow
def test_kill_9_during_a_drop_of_200_files_loses_and_duplicates_nothing(tmp_path: Path):
    workspace = tmp_path / "ws"
    write_config(workspace, quiet=0.05, rescan=0.5)
    rng = random.Random(7)
    staging = tmp_path / "staging"
    dropped: dict[str, str] = {}
    from marker.reading.documents import sha256_file

    surnames = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨"
    things = ("设备", "材料", "场地", "车辆", "软件", "维保", "培训", "印刷")

    def own_lines(index: int) -> str:
        """What makes each draft its own document (near-identical drafts are copies of each other)."""
        return "\n".join(f"附{n}：{rng.choice(surnames)}{rng.choice(surnames)}经办{rng.choice(things)}事项，"
                         f"编号{index:03d}-{n}-{rng.randint(1000, 9999)}，于{rng.randint(1, 12)}月"
                         f"{rng.randint(1, 28)}日办理。" for n in range(12))

    for index in range(200):
        kind = index % 4
        name = f"draft-{index:03d}"
        if kind == 0:
            path = make_text(staging / f"{name}.txt", f"{CONTRACT}\n{own_lines(index)}")
        elif kind == 1:
            path = make_text(staging / f"{name}.txt", f"{INTERNAL_NOTICE}\n请各部门遵照执行。\n{own_lines(index)}")
        elif kind == 2:
            path = make_docx(staging / f"{name}.docx", [*FINANCIAL_REPORT, *own_lines(index).splitlines()],
                             table=FINANCIAL_TABLE)
        else:
            path = staging / f"{name}.pdf"
            path.write_bytes(b"%PDF-1.4 broken " + str(index).encode())
        dropped[sha256_file(path)] = path.name
    inbox = workspace / "inbox"
    inbox.mkdir(parents=True, exist_ok=True)
    pending = sorted(staging.iterdir())
    kills = 0
    while pending or kills < 8:
        daemon = start_daemon(workspace)
        batch, pending = pending[:30], pending[30:]
        for path in batch:
            path.rename(inbox / path.name)
        wait_until(lambda: False, timeout=rng.uniform(0.3, 1.5))
        daemon.kill()
        daemon.wait(timeout=30)
        kills += 1
    final = run_miji(workspace, "watch", "--oneshot")
    assert final.returncode == 0, final.stderr
    where = account(workspace, dropped)
    assert set(where.values()) <= {"marked", "review", "quarantine"}
    assert sum(1 for place in where.values() if place == "quarantine") == 50
    assert run_miji(workspace, "ledger", "verify").returncode == 0


def test_a_copy_failing_after_registration_voids_its_number_and_a_retry_reuses_the_registration(
        tmp_path: Path, monkeypatch):
    from marker.errors import ReaderCrashed
    from marker.render import docx as stamp_docx

    ctx = _context(tmp_path / "ws")

    def crash(self, copies, **kwargs):
        raise ReaderCrashed("读取器崩溃 (reader crashed: signal 11)")

    monkeypatch.setattr(stamp_docx.DocxStamper, "write_copies", crash)
    result = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    assert result.outcome == "quarantined" and "reader crashed" in result.reason
    assert (ctx.layout.quarantine / "合同.txt").exists() and not list(ctx.layout.archive.rglob("合同.txt"))
    assert files_in(ctx.layout.outbox) == []
    [(registry, _, _)] = ledger_rows(ctx.layout.root, "document_failed")
    assert ledger_rows(ctx.layout.root, "document_registered")[0][0] == registry
    assert [row[1] for row in ledger_rows(ctx.layout.root, "copy_voided")] == ["000001"]
    monkeypatch.undo()
    again = process_file(ctx, make_text(ctx.layout.inbox / "合同.txt", CONTRACT))
    assert again.outcome == "marked" and again.registry == registry
    assert len(ledger_rows(ctx.layout.root, "document_registered")) == 1
    assert [p.name for p in files_in(ctx.layout.outbox) if p.suffix == ".docx"] == [f"合同.{registry}-000002.docx"]


def test_a_copy_with_its_metadata_stripped_is_still_recognised_by_its_running_header(tmp_path: Path, cli):
    import pymupdf

    ctx = _context(tmp_path / "ws")
    draft = make_pdf(tmp_path / "纪要.pdf", ["\n" * 6 + "会议纪要\n与会人员：全体\n会议决定：加快布局"])
    code, out, err = cli("mark", draft, "--level", "机密", "--to", "张三", "--json", "--workspace", ctx.layout.root)
    assert code == 0, err
    copy = Path(json.loads(out)["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        doc.set_metadata({})
        doc.del_xml_metadata()
        assert doc.xref_get_key(-1, "Info")[0] == "null"
        doc.save(ctx.layout.inbox / "转发件.pdf")
    result = process_file(ctx, ctx.layout.inbox / "转发件.pdf")
    assert result.outcome == "quarantined"
    refusals = [(r, c) for r, c, p in ledger_rows(ctx.layout.root, "refused") if p["action"] == "reproduce"]
    assert refusals == [(json.loads(out)["registry"], "000001")]
