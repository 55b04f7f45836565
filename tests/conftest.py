"""Shared fixtures: a clean environment for the CLI and real documents built in code."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from marker.cli import main


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test sees the developer's MIJI_* variables or writes to ./miji-data."""
    for name in ("MIJI_WORKSPACE", "MIJI_POLICY", "MIJI_LEDGER_URL", "MIJI_USER", "MIJI_SECRET", "MIJI_ISOLATE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


CliResult = tuple[int, str, str]


@pytest.fixture()
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run `miji ARGS` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str | Path) -> CliResult:
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
