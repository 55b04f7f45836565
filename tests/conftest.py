"""Shared fixtures: a clean environment for the CLI and real documents built in code."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from marker.cli import main


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's MIJI_* variables or writes to ./miji-data."""
    for name in ("MIJI_WORKSPACE", "MIJI_POLICY", "MIJI_LEDGER_URL", "MIJI_USER", "MIJI_TOKEN", "MIJI_ISOLATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


CliResult = tuple[int, str, str]


# Commands that act as a person: the `cli` fixture gives them the test staff's tokens, unless the
# test set MIJI_TOKEN itself (tests about authentication do).
ACTING = {"mark", "review", "approve", "copies", "handover", "remark", "preflight", "people", "relevel"}


def _workspace_of(args: tuple[str, ...]) -> Path:
    if "--workspace" in args:
        return Path(args[args.index("--workspace") + 1])
    return Path(os.environ.get("MIJI_WORKSPACE", "miji-data"))


@pytest.fixture()
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., CliResult]:
    """Run `miji ARGS` in-process; returns (exit code, stdout, stderr).

    A command that acts as a person runs with the test staff's tokens (tests/roster.py) unless the
    test set MIJI_TOKEN itself; `--policy FILE` given to a command that writes is installed first,
    as the officer would."""
    from tests.roster import ACTOR, install_policy, staff

    given: dict[str, str | None] = {"tokens": None}

    def run(*args: str | Path) -> CliResult:
        words = tuple(str(a) for a in args)
        current = os.environ.get("MIJI_TOKEN")
        test_owned = current is not None and current != given["tokens"]
        read_only = bool({"--dry-run", "--summary"} & set(words))
        if words and words[0] in ACTING and "--help" not in words and not test_owned and not read_only:
            workspace = _workspace_of(words)
            given["tokens"] = ",".join(staff(workspace).values())
            monkeypatch.setenv("MIJI_TOKEN", given["tokens"])
            if "MIJI_USER" not in os.environ:
                monkeypatch.setenv("MIJI_USER", ACTOR)
            if "--policy" in words:
                install_policy(workspace, Path(words[words.index("--policy") + 1]))
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return run


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]
