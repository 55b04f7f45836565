"""The first hour of a new user: Chinese where people read, quiet pipes, readable review."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from marker.cli import build_parser, chinese_first
from tests.builders import INTERNAL_NOTICE, make_text

MIJI = f"{shlex.quote(sys.executable)} -c 'from marker.cli import entry; entry()'"


def _piped(command: str, cwd: Path) -> tuple[int, str, str]:
    """Run `miji … | head -1` in a real shell; returns miji's exit status, what head printed, miji's stderr."""
    script = f"set -o pipefail; {MIJI} {command} 2>miji.err | head -1"
    done = subprocess.run(["bash", "-c", script], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "MIJI_WORKSPACE": str(cwd / "ws")}, check=False)
    return done.returncode, done.stdout, (cwd / "miji.err").read_text(encoding="utf-8")


def test_piping_into_head_ends_quietly_with_exit_0(tmp_path: Path):
    for index in range(60):  # well over a pipe's buffer of JSON lines, so the writer meets a closed pipe
        make_text(tmp_path / "drafts" / f"通知{index:02d}.txt", INTERNAL_NOTICE + f"\n第{index}号。")
    code, out, err = _piped("classify drafts --json", tmp_path)
    assert code == 0, err
    assert out.startswith("{") and "BrokenPipe" not in err and "内部错误" not in err and "Exception" not in err
    code, out, err = _piped("classify drafts", tmp_path)
    assert code == 0 and err == "", err


def test_command_summaries_are_chinese_first():
    assert chinese_first("mark copies of a draft (标密)") == "标密 mark copies of a draft"
    assert chinese_first("建议密级 suggest a level") == "建议密级 suggest a level"
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    for choice in commands._choices_actions:
        assert "\u4e00" <= choice.help[0] <= "\u9fff", choice.help


def _parsers(parser: argparse.ArgumentParser, path: str = "miji") -> Iterator[tuple[str, argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _parsers(child, f"{path} {name}")


def test_every_help_page_and_subcommand_summary_starts_in_chinese():
    for path, parser in _parsers(build_parser()):
        description = (parser.description or "").strip()
        assert description and "\u4e00" <= description[0] <= "\u9fff", f"{path}: {description[:40]!r}"
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert "\u4e00" <= choice.help[0] <= "\u9fff", f"{path} {choice.dest}: {choice.help}"


def _queued(workspace: Path) -> str:
    """A 机密 draft waiting in review/, queued by the daemon's own pipeline."""
    from marker.intake.pipeline import Context, process_file
    from marker.settings import build_settings
    from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx
    from tests.roster import staff

    staff(workspace)
    ctx = Context.of(build_settings({"workspace": workspace}))
    try:
        draft = make_docx(ctx.layout.inbox / "财务 报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
        assert process_file(ctx, draft).outcome == "review"
    finally:
        ctx.worker.close()
        ctx.ledger.close()
    return draft.name


def test_review_list_and_show_are_readable_and_print_the_command_that_finishes_the_draft(
        tmp_path: Path, cli, monkeypatch):
    import json
    import shlex

    from tests.conftest import json_lines

    workspace = tmp_path / "ws"
    name = _queued(workspace)
    monkeypatch.setenv("MIJI_USER", "测试员")
    code, out, err = cli("review", "list", "--workspace", workspace)
    assert code == 0, err
    assert all(word in out for word in ("财务 报表.docx", "机密", "财务", "报表清单", "10年", "miji review show"))
    code, out, _ = cli("review", "list", "--workspace", workspace, "--json")
    row = json_lines(out)[0]
    assert row["file"] == name and row["category"] == "financial" and row["category_label"] == "财务"

    code, out, err = cli("review", "show", name, "--workspace", workspace)
    assert code == 0, err
    assert "\"suggestion\":" not in out and "财务 (financial)" in out and "文种依据" in out and "应收账款" in out
    accept = next(line for line in out.splitlines() if "接受建议" in line)
    command = accept[accept.index("miji review accept"):].rstrip(" │")
    assert command == "miji review accept '财务 报表.docx' --by 测试员"
    code, out, _ = cli("review", "show", name, "--workspace", workspace, "--json")
    assert json.loads(out)["suggestion"]["level"] == "机密"

    code, out, err = cli(*shlex.split(command)[1:], "--workspace", workspace)  # the printed command works
    assert code == 0 and "已标密" in out, err


def test_matched_words_are_highlighted():
    from marker.cli.review_cmd import highlighted

    text = highlighted("一、资产负债表（2026年3月31日）", ["资产负债表"])
    assert [(span.start, span.end, str(span.style)) for span in text.spans] == [(2, 7, "bold red")]


def _on_a_terminal(command: str, cwd: Path) -> tuple[int, str]:
    """Run `miji …` with stdout and stderr on a pseudo-terminal, as a person at a terminal would."""
    import pty
    import select

    leader, follower = pty.openpty()
    process = subprocess.Popen(["bash", "-c", f"{MIJI} {command}"], cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=follower, stderr=follower, close_fds=True,
                               env={**os.environ, "MIJI_WORKSPACE": str(cwd / "ws"), "COLUMNS": "200"})
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([leader], [], [], 1.0)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:  # the other end closed: the process has ended
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(leader)
    return process.wait(timeout=300), b"".join(chunks).decode("utf-8", "replace")


def test_progress_bars_on_a_terminal_only(tmp_path: Path):
    for index in range(3):
        make_text(tmp_path / "drafts" / f"通知{index}.txt", INTERNAL_NOTICE)
    code, seen = _on_a_terminal("classify drafts", tmp_path)
    assert code == 0 and "分类 classifying" in seen and "通知0.txt" in seen
    code, seen = _on_a_terminal("classify drafts --json", tmp_path)
    assert code == 0 and "分类 classifying" not in seen
    _, _, err = _piped("classify drafts", tmp_path)
    assert "分类" not in err


def test_progress_helpers_stay_silent_when_asked():
    from marker.cli import output

    assert output.progress(100, "x", quiet=True) is None
    assert output.progress(1, "x") is None  # one file: nothing to watch


def test_ledger_verify_reports_progress(tmp_path: Path):
    from marker.ledger.store import VERIFY_STEP
    from marker.settings import build_settings
    from marker.workspace import open_workspace_ledger

    seen: list[int] = []
    with open_workspace_ledger(build_settings({"workspace": tmp_path / "ws"})) as ledger:
        with ledger.transaction():
            for index in range(VERIFY_STEP + 5):
                ledger.append("note", {"n": index})
        result = ledger.verify(on_progress=seen.append)
    assert result.ok and seen == [VERIFY_STEP]


def test_marking_in_a_workspace_nobody_initialised_says_how_to_start(tmp_path: Path):
    from tests.builders import INTERNAL_NOTICE, make_text
    from tests.daemon_helpers import run_miji

    draft = make_text(tmp_path / "通知.txt", INTERNAL_NOTICE)
    before = draft.read_bytes()
    result = run_miji(tmp_path / "ws", "mark", str(draft), "--level", "内部", "--by", "张三")
    assert result.returncode == 4, result.stderr
    assert "尚未初始化" in result.stderr and "miji init" in result.stderr and "Traceback" not in result.stderr
    assert draft.read_bytes() == before and not list(tmp_path.glob("*MJ-*"))
