"""The first hour of a new user: Chinese where people read, quiet pipes, readable review."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
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
