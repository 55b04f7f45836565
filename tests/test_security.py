"""The security pass as a user or auditor would check it: permissions, secrets, paths."""

from __future__ import annotations

import stat
from pathlib import Path

from marker.errors import ExitCode
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx
from tests.conftest import json_lines

SECRET = "Wf-2026-secret"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_ledger_key_and_outputs_have_restrictive_permissions(tmp_path: Path, cli):
    draft = make_docx(tmp_path / "报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    code, out, err = cli("mark", draft, "--level", "机密", "--json", "--workspace", tmp_path / "ws")
    assert code == 0, err
    [result] = json_lines(out)
    assert _mode(tmp_path / "ws" / "ledger.sqlite3") == 0o600
    assert _mode(tmp_path / "ws" / "keys" / "ledger.key") == 0o600
    assert _mode(Path(result["copies"][0]["path"])) == 0o640
    kept = tmp_path / "ws" / "archive" / result["registry"] / "报表.docx"
    assert _mode(kept) == 0o600


def test_output_mode_is_configurable_but_never_world_readable(tmp_path: Path, cli):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "miji.toml").write_text('[miji]\noutput_mode = "0600"\n', encoding="utf-8")
    draft = make_docx(tmp_path / "报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    code, out, _ = cli("mark", draft, "--level", "机密", "--json", "--workspace", workspace)
    assert code == 0 and _mode(Path(json_lines(out)[0]["copies"][0]["path"])) == 0o600
    (workspace / "miji.toml").write_text('[miji]\noutput_mode = "0644"\n', encoding="utf-8")
    code, _, err = cli("mark", draft, "--level", "机密", "--workspace", workspace)
    assert code == ExitCode.POLICY_INVALID and "output_mode" in err


def test_secrets_never_reach_logs_output_or_the_ledger(tmp_path: Path, cli, monkeypatch):
    from tests.roster import OFFICER

    workspace = tmp_path / "ws"
    secret_file = tmp_path / "secret.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    draft = make_docx(tmp_path / "报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    outputs = [cli("people", "add", "钱七", "--role", "部门经理", "--by", OFFICER, "--secret-file", secret_file,
                   "--workspace", workspace, "--debug"),
               cli("mark", draft, "--level", "机密", "--workspace", workspace, "--debug"),
               cli("approve", "MJ-2026-000001", "--by", "王芳", "--copies", "1", "--workspace", workspace, "--debug")]
    assert [code for code, _, _ in outputs] == [0, 0, 0], outputs
    monkeypatch.setenv("MIJI_TOKEN", SECRET + "-not-a-token")
    outputs.append(cli("approve", "MJ-2026-000001", "--by", "王芳", "--copies", "1", "--workspace", workspace))
    assert outputs[-1][0] == ExitCode.AUTH
    for _code, out, err in outputs:
        assert SECRET not in out and SECRET not in err
    for path in workspace.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_a_registry_number_cannot_steer_a_write_outside_the_workspace(tmp_path: Path, cli):
    code, _, err = cli("copies", "issue", "../../../tmp/escape", "--to", "张三", "--workspace", tmp_path / "ws")
    assert code == ExitCode.USAGE and "登记簿中没有" in err
    assert not (tmp_path / "escape").exists() and not Path("/tmp/escape").exists()
