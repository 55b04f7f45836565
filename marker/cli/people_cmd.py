"""`miji people add|list`: the roster of people who approve, issue and hold copies."""

from __future__ import annotations

import argparse
from typing import Any

from marker.settings import Settings

HELP = """Manage the workspace roster. The secret is asked at a prompt (or read from MIJI_SECRET
when there is no terminal) and stored only as a scrypt hash.

example:
  miji people add 王芳 --role 部门经理 --dept 财务部
  miji people list"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("people", parents=[common], help="roster of people and roles (人员名册)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", parents=[common], help="add a person (or change role/secret)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, help="角色, e.g. 员工 / 部门经理 / 副总经理 / 总经理 / 档案管理员")
    add.add_argument("--dept", default="", help="部门")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", parents=[common], help="show the roster")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.secret import ask_secret
    from marker.ledger.people import add_person
    from marker.workspace import current_user, load_effective_policy, open_workspace_ledger

    policy = load_effective_policy(settings)
    secret = ask_secret(settings, args.name, confirm=True)
    with open_workspace_ledger(settings) as ledger:
        person = add_person(ledger, policy, name=args.name, role=args.role, dept=args.dept, secret=secret,
                            actor=current_user(settings))
    print(f"已登记 added: {person.name}（{person.role}{'，' + person.dept if person.dept else ''}）")
    return 0


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.ledger.people import roster
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        people = roster(ledger)
    if args.json:
        for person in people.values():
            print_json_line({"name": person.name, "role": person.role, "dept": person.dept})
        return 0
    print_table("人员名册 roster", ["姓名", "角色", "部门"], [[p.name, p.role, p.dept] for p in people.values()])
    return 0
