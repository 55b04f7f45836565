"""The README's ten-minute walk-through is run as written, so it cannot go stale.

The fenced block after the `walkthrough` marker runs in bash on a pseudo-terminal, as a person at a
terminal would run it: the secrets Miji asks for at its prompts are typed in by this test. The block
starts by leaving the repository for a fresh temporary folder, and the test checks that nothing was
left inside the repository.
"""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
MARKER = "<!-- walkthrough: run by tests/test_readme.py -->"
SECRET = "walk-through-secret"
PROMPT = re.compile(r"(?:\(secret\)|\(new secret for [^)]*\)|\(again\)): ?$")
SKIP_DIRS = {".git", ".venv", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", ".mypy_cache"}


def walkthrough() -> str:
    text = README.read_text(encoding="utf-8")
    assert MARKER in text, "the README lost its walk-through marker"
    block = re.search(r"```bash\n(.*?)```", text[text.index(MARKER):], re.S)
    assert block is not None
    return block.group(1)


def repository_files() -> set[str]:
    found: set[str] = set()
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
        found |= {os.path.relpath(os.path.join(folder, name), ROOT) for name in files}
    return found


def run_on_a_terminal(script: str, env: dict[str, str], timeout: float = 600) -> tuple[int, str]:
    """bash -c SCRIPT with a controlling pseudo-terminal; answers Miji's secret prompts."""
    import pty

    pid, leader = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout, stderr and /dev/tty
        os.chdir(ROOT)
        os.execvpe("bash", ["bash", "-c", script], env)
    transcript = b""
    pending = ""
    while True:
        ready, _, _ = select.select([leader], [], [], timeout)
        if not ready:
            os.kill(pid, 9)
            break
        try:
            data = os.read(leader, 65536)
        except OSError:  # the child closed the terminal: it has ended
            break
        if not data:
            break
        transcript += data
        pending = (pending + data.decode("utf-8", "replace"))[-400:]
        if PROMPT.search(pending.rstrip("\r\n").rstrip() + " "):
            os.write(leader, (SECRET + "\n").encode())
            pending = ""
    _, status = os.waitpid(pid, 0)
    os.close(leader)
    return os.waitstatus_to_exitcode(status), transcript.decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform != "linux", reason="pseudo-terminals as on the servers Miji runs on")
def test_the_readme_walkthrough_runs_as_written_and_leaves_nothing_in_the_repository(tmp_path: Path):
    before = repository_files()
    bin_dir = str(Path(sys.executable).parent)
    env = {key: value for key, value in os.environ.items() if not key.startswith("MIJI_")}
    env |= {"PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", "TMPDIR": str(tmp_path), "COLUMNS": "160",
            "TERM": "dumb"}
    script = "set -euo pipefail\nset -x\n" + walkthrough()
    code, transcript = run_on_a_terminal(script, env)
    assert code == 0, transcript[-6000:]
    for expected in ("工作区已就绪", "已标密 1 / 待确认 1", "待确认", "登记号 registry: MJ-", "审批编号",
                     "印前检查 通过", "解密", "登记簿完整"):
        assert expected in transcript, (expected, transcript[-4000:])
    assert "Traceback" not in transcript and "内部错误" not in transcript
    assert repository_files() == before, "the walk-through left files inside the repository"
    workspaces = list(tmp_path.glob("*/miji-data"))
    assert len(workspaces) == 1 and (workspaces[0] / "ledger.sqlite3").exists()


def test_the_two_setup_commands_are_at_the_top_and_ci_runs_the_test_command_exactly():
    text = README.read_text(encoding="utf-8")
    head = text[:text.index(MARKER)]
    commands = re.findall(r"```bash\n(.*?)\n```", head, re.S)
    daemon, tests = commands[0], commands[1]
    assert daemon.endswith("miji watch") and "pip install -e ." in daemon
    assert tests in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "Python ≥ 3.11" in head and "前台" in head and "foreground" in head


def test_samples_readme_names_only_commands_that_exist():
    text = (ROOT / "samples" / "README.md").read_text(encoding="utf-8")
    assert "/work/venv" not in text
    for module in re.findall(r"from (marker\.[\w.]+) import", text):
        assert (ROOT / (module.replace(".", "/") + ".py")).exists() or (ROOT / module.replace(".", "/")).is_dir()
    done = subprocess.run([sys.executable, "-c", "import marker.cli"], cwd=ROOT, check=False)
    assert done.returncode == 0


def test_the_example_policy_in_samples_is_valid(cli):
    code, out, err = cli("policy", "check", ROOT / "samples" / "policy-example.toml")
    assert code == 0 and "策略有效" in out, err
