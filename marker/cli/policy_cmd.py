"""`miji policy show|check|install`: print the policy in force, validate a new one, install it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marker.settings import Settings

HELP = """显示现行保密策略，或在使用前检查策略文件；仅保密管理员可安装新策略。
Show the policy in force, or check a policy file before using it.

example:
  miji policy show
  miji policy check 公司保密策略.toml
  miji policy install 公司保密策略.toml --by 保密员老李"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "policy", parents=[common], help="show or check the policy (保密策略)", description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="显示现行策略 print the effective policy")
    show.add_argument("--toml", action="store_true", help="print the policy file itself")
    show.set_defaults(run=run_show)
    check = actions.add_parser("check", parents=[common], help="检查策略文件 validate a policy file")
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(run=run_check)
    install = actions.add_parser("install", parents=[common],
                                 help="安装策略（仅保密管理员，记入登记簿）install a policy as the workspace's rules")
    install.add_argument("file", type=Path, metavar="FILE")
    install.add_argument("--by", required=True, metavar="OFFICER", help="保密管理员 (authenticated)")
    install.set_defaults(run=run_install)


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_table
    from marker.domain.policy import default_policy_text
    from marker.workspace import effective_policy_path, load_effective_policy

    policy = load_effective_policy(settings)
    if args.toml:
        path = effective_policy_path(settings)
        print(path.read_text(encoding="utf-8") if path else default_policy_text(), end="")
        return 0
    print(f"策略 policy: {policy.name}   来源 source: {policy.source}")
    print(f"权属 owner: {policy.owner}   秘密类型 secrets: {policy.secrets}   标志 scheme: {policy.scheme}")
    print(f"自动定密 auto-apply: 置信度 ≥ {policy.auto_min_confidence}，密级 ≤ {policy.auto_max_level or '—'}")
    print_table("密级 levels", ["密级", "最长期限", "审批角色", "电子副本", "长期"], [
        [rule.name, f"{rule.max_years}年" if rule.max_years else "—", rule.approver_role or "无需审批",
         "允许" if rule.electronic_copies else "仅纸质", "是" if rule.long_term else ""]
        for rule in policy.levels])
    print_table("类别 categories", ["类别", "名称", "密级", "建议期限", "词数", "示例词"], [
        [cat.name, cat.label, cat.level, str(cat.period or "—"), len(cat.terms), "、".join(cat.terms[:5])]
        for cat in policy.categories])
    print_table("角色 roles", ["角色", "等级"], [[name, rank] for name, rank in policy.roles])
    return 0


def run_check(args: argparse.Namespace, settings: Settings) -> int:
    from marker.domain.policy import load_policy

    policy = load_policy(args.file)
    print(f"策略有效 (policy is valid): {policy.name}，{len(policy.levels)} 个密级，"
          f"{len(policy.categories)} 个类别")
    return 0


def run_install(args: argparse.Namespace, settings: Settings) -> int:
    from marker.atomic import write_bytes_atomic
    from marker.cli.credentials import authenticated
    from marker.domain.policy import load_policy
    from marker.errors import AuthError
    from marker.ledger.people import officer
    from marker.ledger.policies import record_installed
    from marker.workspace import Layout, open_workspace_ledger

    policy = load_policy(args.file)  # a policy with problems is never installed
    text = args.file.read_text(encoding="utf-8")
    layout = Layout.of(settings)
    with open_workspace_ledger(settings) as ledger:
        person = authenticated(ledger, settings, args.by, action="policy_install")
        if officer(ledger) != person.name:
            raise AuthError(f"{person.name} 不是保密管理员，不能安装策略 (only the security officer installs policies)")
        with ledger.transaction():
            digest = record_installed(ledger, text=text, name=policy.name, by=person)
            write_bytes_atomic(layout.policy, text.encode("utf-8"), mode=0o640, overwrite=True)
    print(f"已安装策略 installed: {policy.name}  SHA-256 {digest[:16]}…  (守护进程请发送 SIGHUP 重新加载)")
    return 0
