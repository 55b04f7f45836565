"""`miji approve REGISTRY --by NAME --copies N`: grant (or revoke) reproduction of a document."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from marker.errors import UsageError
from marker.settings import Settings

HELP = """审批已登记文件的复制/打印：审批人须通过身份验证，其角色须能覆盖该文件的密级。
Approve copies (复制/打印) of a registered document. NAME is authenticated (secret at a
prompt, or a token in MIJI_TOKEN) and NAME's role must cover the document's level
(绝密: 副总经理 or above; 机密/秘密: 部门经理 or above).

example:
  miji approve MJ-2026-000012 --by 王芳 --copies 3 --purpose 审计 --until 2026-12-31
  miji approve --revoke 57 --by 王芳"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("approve", parents=[common], help="approve copies of a document (审批)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("registry", nargs="?", metavar="REGISTRY")
    parser.add_argument("--by", required=True, metavar="NAME", help="批准人")
    parser.add_argument("--copies", type=int, help="批准份数")
    parser.add_argument("--purpose", default="", help="用途")
    parser.add_argument("--until", type=date.fromisoformat, metavar="DATE", help="有效期至 (YYYY-MM-DD)")
    parser.add_argument("--revoke", type=int, metavar="APPROVAL_ID", help="撤销审批")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.cli.output import print_json_line
    from marker.ledger.approvals import grant, revoke
    from marker.workspace import load_installed_policy, open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        policy = load_installed_policy(settings, ledger)
        action = "revoke" if args.revoke is not None else "approve"
        person = authenticated(ledger, settings, args.by, action=action, registry=args.registry)
        if args.revoke is not None:
            revoke(ledger, policy, approval_id=args.revoke, by=person)
            print(f"已撤销审批 revoked approval {args.revoke}")
            return 0
        if not args.registry or args.copies is None:
            raise UsageError("需要登记号和 --copies (REGISTRY and --copies are required)")
        approval = grant(ledger, policy, registry=args.registry, by=person, copies=args.copies,
                         purpose=args.purpose, until=args.until)
    if args.json:
        print_json_line({"approval": approval.id, "registry": approval.registry, "approver": approval.approver,
                         "copies": approval.copies, "until": approval.until})
    else:
        print(f"审批编号 approval {approval.id}: {approval.approver}（{approval.role}）批准 {approval.registry} "
              f"{approval.copies} 份{'，有效期至 ' + approval.until if approval.until else ''}")
    return 0
