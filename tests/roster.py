"""A workspace set up as a company would (`miji init`, people, tokens), for tests that act as people.

Tests that are not about authentication use `staff(workspace)`: it initialises the workspace once
with an officer and one person of each role and returns their API tokens, which the `cli` fixture
puts in MIJI_TOKEN. Tests about authentication build their own roster and environment.
"""

from __future__ import annotations

import os
from pathlib import Path

from marker.domain.policy import load_policy
from marker.ledger.people import Person, add_person, issue_token, officer, roster
from marker.ledger.policies import record_installed
from marker.settings import build_settings
from marker.workspace import Layout, open_workspace_ledger
from watch.workspace_setup import initialise

OFFICER = "保密员老李"
OFFICER_SECRET = "officer-secret"
ACTOR = "测试员"  # 总经理: may decide and approve every level
STAFF = {ACTOR: "总经理", "王芳": "部门经理", "李总": "副总经理", "赵六": "副总经理", "小张": "员工",
         "档案员小陈": "档案管理员", "小陈": "档案管理员", "档案员": "档案管理员", "张三": "员工", "李四": "员工",
         "王五": "员工", "监销人老周": "员工", "验证员小陈": "档案管理员"}
SECRETS = {name: f"{name}-secret" for name in STAFF}
_TOKENS: dict[tuple[Path, str], dict[str, str]] = {}


def staff(workspace: Path) -> dict[str, str]:
    """Initialise `workspace` (once) with the officer and STAFF; name → token."""
    workspace = Path(workspace).resolve()
    key = (workspace, os.environ.get("MIJI_LEDGER_URL", ""))
    if key in _TOKENS and (workspace / "keys" / "ledger.key").exists():
        return _TOKENS[key]
    settings = build_settings({"workspace": workspace})
    with open_workspace_ledger(settings) as ledger:
        chief = officer(ledger)
    if chief is None:
        initialise(settings, company="某某公司", officer_name=OFFICER, secret=OFFICER_SECRET)
    policy = load_policy(Layout.of(settings).policy)
    tokens: dict[str, str] = {}
    with open_workspace_ledger(settings) as ledger:
        by = roster(ledger)[OFFICER]
        for name, role in STAFF.items():
            if name not in roster(ledger):
                add_person(ledger, policy, name=name, role=role, dept="办公室", secret=SECRETS[name], by=by)
            tokens[name] = issue_token(ledger, name=name, by=by)
        tokens[OFFICER] = issue_token(ledger, name=OFFICER, by=by)
    _TOKENS[key] = tokens
    return tokens


def token_of(workspace: Path, name: str) -> str:
    return staff(workspace)[name]


def officer_of(workspace: Path) -> Person:
    settings = build_settings({"workspace": workspace})
    with open_workspace_ledger(settings) as ledger:
        return roster(ledger)[OFFICER]


def install_policy(workspace: Path, policy_file: Path) -> None:
    """What `miji policy install FILE --by OFFICER` does, for a test that runs under a changed policy."""
    settings = build_settings({"workspace": workspace})
    text = Path(policy_file).read_text(encoding="utf-8")
    layout = Layout.of(settings)
    with open_workspace_ledger(settings) as ledger:
        record_installed(ledger, text=text, name="policy", by=roster(ledger)[OFFICER])
    layout.policy.write_text(text, encoding="utf-8")


def install_default_policy(workspace: Path) -> None:
    """Back to the built-in policy, as the officer would install it."""
    from marker.domain.policy import default_policy_text

    path = Path(workspace) / "policy.default.toml"
    path.write_text(default_policy_text(), encoding="utf-8")
    install_policy(workspace, path)
