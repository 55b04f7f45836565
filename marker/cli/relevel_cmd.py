"""`miji relevel REGISTRY`: change a registered document's level or period (变更), or declassify it."""

from __future__ import annotations

import argparse
from typing import Any

from marker.settings import Settings

HELP = """密级变更或解密：由通过身份验证的人员决定，连同理由记入登记簿。
Change the level or period of a registered document (密级变更), or declassify it (解密), as
a decision of the authenticated person, recorded in the ledger with the reason. Re-marking copies
(`miji remark`) then follows the ledger. The person's role must allow both the old and the new level.

example:
  miji relevel MJ-2026-000012 --level 秘密 --period 5年 --reason 项目已公开招标 --by 李总
  miji relevel MJ-2026-000012 --declassify --reason 会议已召开 --by 李总"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("relevel", parents=[common], help="change a level, or declassify (变更/解密)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("registry", metavar="REGISTRY")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--level", help="新密级")
    what.add_argument("--declassify", action="store_true", help="解密 (today)")
    parser.add_argument("--period", help="新保密期限 (default: the policy's for the level)")
    parser.add_argument("--reason", required=True, help="变更/解密原因")
    parser.add_argument("--by", metavar="NAME", help="决定人 (default MIJI_USER or login; authenticated)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from marker.cli.credentials import authenticated
    from marker.cli.output import print_json_line
    from marker.intake.decide import check_decider
    from marker.intake.relevel import declassify, relevel
    from marker.ledger.registers import require_document
    from marker.workspace import current_user, load_installed_policy, open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        policy = load_installed_policy(settings, ledger)
        person = authenticated(ledger, settings, args.by or current_user(settings), action="relevel",
                               registry=args.registry)
        if args.declassify:
            level = require_document(ledger, args.registry).level
            check_decider(policy, name=person.name, role=person.role, level=level)
            record = declassify(ledger, registry=args.registry, on=date.today(), reason=args.reason, actor=person.name)
        else:
            record = relevel(ledger, policy, registry=args.registry, level=args.level, period=args.period,
                             reason=args.reason, by=person)
    if args.json:
        print_json_line({"registry": record.registry, "level": record.level, "period": record.period,
                         "expiry": record.expiry, "declassified": record.declassified})
    elif record.declassified:
        print(f"{record.registry} 已解密 declassified ({record.declassified})；请用 `miji remark` 改标各副本")
    else:
        print(f"{record.registry} 变更为 {record.level} {record.period or ''}（解密日期 {record.expiry or '—'}）；"
              "请用 `miji remark` 改标各副本")
    return 0
