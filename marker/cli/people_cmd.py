"""`miji people`: the roster, managed by the security officer (保密管理员)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marker.settings import Settings

HELP = """管理人员名册：仅保密管理员可添加、移除、变更人员和签发令牌；每人自行修改口令。
Manage the workspace roster. Only the security officer appointed by `miji init` adds, removes
or changes people and issues API tokens; each person changes their own secret. Secrets are asked at
a prompt (or read from --secret-file in scripts) and stored only as scrypt hashes; scripts act with
per-person tokens (MIJI_TOKEN).

example:
  miji people add 王芳 --role 部门经理 --dept 财务部 --by 保密员老李
  miji people token 王芳 --by 保密员老李
  miji people passwd 王芳
  miji people list"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("people", parents=[common], help="roster of people and roles (人员名册)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_text: str, run: Any, *, person: bool = True, officer: bool = True) -> Any:
        sub = actions.add_parser(name, parents=[common], help=help_text)
        if person:
            sub.add_argument("name", metavar="NAME")
        if officer:
            sub.add_argument("--by", required=True, metavar="OFFICER", help="保密管理员 (authenticated)")
        sub.add_argument("--json", action="store_true")
        sub.set_defaults(run=run)
        return sub

    add = action("add", "添加人员（仅保密管理员）add a person", run_add)
    add.add_argument("--role", required=True, help="角色, e.g. 员工 / 部门经理 / 副总经理 / 总经理 / 档案管理员")
    add.add_argument("--dept", default="", help="部门")
    add.add_argument("--secret-file", type=Path, metavar="FILE", help="the new person's secret (scripts)")
    role = action("role", "变更角色（仅保密管理员）change a person's role", run_role)
    role.add_argument("role", metavar="ROLE")
    action("remove", "移除人员（仅保密管理员）remove a person", run_remove)
    reset = action("reset", "重设口令（仅保密管理员）set a new secret for a person", run_reset)
    reset.add_argument("--secret-file", type=Path, metavar="FILE")
    passwd = action("passwd", "修改本人口令 change your own secret (the old one is asked)", run_passwd, officer=False)
    passwd.add_argument("--secret-file", type=Path, metavar="FILE", help="the new secret (scripts)")
    action("token", "签发脚本令牌（仅保密管理员，只显示一次）issue an API token", run_token)
    revoke = action("revoke-token", "吊销令牌（仅保密管理员）revoke an API token", run_revoke, person=False)
    revoke.add_argument("token_id", metavar="TOKEN_ID")
    action("list", "人员名册 show the roster", run_list, person=False, officer=False)


def _officer_call(args: argparse.Namespace, settings: Settings, work: Any) -> Any:
    from marker.cli.credentials import authenticated
    from marker.workspace import load_installed_policy, open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        policy = load_installed_policy(settings, ledger)
        by = authenticated(ledger, settings, args.by, action="roster")
        return work(ledger, policy, by)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import new_secret
    from marker.ledger.people import add_person

    secret = new_secret(args.name, args.secret_file)
    person = _officer_call(args, settings, lambda ledger, policy, by: add_person(
        ledger, policy, name=args.name, role=args.role, dept=args.dept, secret=secret, by=by))
    print(f"已登记 added: {person.name}（{person.role}{'，' + person.dept if person.dept else ''}）")
    return 0


def run_role(args: argparse.Namespace, settings: Settings) -> int:
    from marker.ledger.people import set_role

    person = _officer_call(args, settings, lambda ledger, policy, by: set_role(
        ledger, policy, name=args.name, role=args.role, by=by))
    print(f"角色已改 role changed: {person.name} → {person.role}")
    return 0


def run_remove(args: argparse.Namespace, settings: Settings) -> int:
    from marker.ledger.people import remove_person

    _officer_call(args, settings, lambda ledger, policy, by: remove_person(ledger, name=args.name, by=by))
    print(f"已移除 removed: {args.name}")
    return 0


def run_reset(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import new_secret
    from marker.ledger.people import reset_secret

    secret = new_secret(args.name, args.secret_file)
    _officer_call(args, settings, lambda ledger, policy, by: reset_secret(ledger, name=args.name, secret=secret,
                                                                          by=by))
    print(f"口令已重置 secret reset: {args.name}")
    return 0


def run_passwd(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated, new_secret
    from marker.ledger.people import set_own_secret
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        person = authenticated(ledger, settings, args.name, action="passwd")
        secret = new_secret(person.name, args.secret_file)
        set_own_secret(ledger, person=person, secret=secret)
    print(f"口令已更改 secret changed: {person.name}")
    return 0


def run_token(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line
    from marker.ledger.people import issue_token

    token = _officer_call(args, settings, lambda ledger, policy, by: issue_token(ledger, name=args.name, by=by))
    if args.json:
        print_json_line({"name": args.name, "token": token})
    else:
        print(f"{args.name} 的令牌（只显示这一次，请妥善保存）token for {args.name} (shown once):\n{token}")
    return 0


def run_revoke(args: argparse.Namespace, settings: Settings) -> int:
    from marker.ledger.people import revoke_token

    _officer_call(args, settings, lambda ledger, policy, by: revoke_token(ledger, token_id=args.token_id, by=by))
    print(f"令牌已撤销 token revoked: {args.token_id}")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.ledger.people import roster
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        people = roster(ledger)
    if args.json:
        for person in people.values():
            print_json_line({"name": person.name, "role": person.role, "dept": person.dept,
                             "officer": person.officer})
        return 0
    print_table("人员名册 roster", ["姓名", "角色", "部门"],
                [[p.name, p.role + ("（保密管理员）" if p.officer else ""), p.dept] for p in people.values()])
    return 0
