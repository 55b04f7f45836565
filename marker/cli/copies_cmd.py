"""`miji copies issue|recall|destroy|list`, `miji handover`, `miji expiring`: the copy lifecycle."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from marker.errors import ExitCode, UsageError
from marker.settings import Settings

HELP = """按审批发放带份号的副本，登记清退和销毁，列出副本。
Issue numbered copies under an approval, recall (清退) and destroy (销毁) them, list them.

example:
  miji copies issue MJ-2026-000012 --to 张三 --to 李四 --recall-by 2026-12-31
  miji copies recall MJ-2026-000012 000003 --by 档案员小陈
  miji copies destroy MJ-2026-000012 000003 --by 档案员小陈 --witness 王芳
  miji copies list --outstanding
  miji copies recover                     # after a crash: void half-written copies"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("copies", parents=[common], help="issue, recall, destroy, list copies (副本)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    issue = actions.add_parser("issue", parents=[common], help="按审批发放标密副本 issue copies under an approval")
    issue.add_argument("registry", metavar="REGISTRY")
    issue.add_argument("--to", action="append", default=[], metavar="NAME", required=True, help="发放对象")
    issue.add_argument("--recall-by", type=date.fromisoformat, metavar="DATE", help="清退期限 (YYYY-MM-DD)")
    issue.add_argument("--by", metavar="NAME", help="发放人 (default MIJI_USER or login; authenticated)")
    issue.add_argument("--json", action="store_true")
    issue.set_defaults(run=run_issue)
    for name, helptext in (("recall", "清退 record a copy's return"), ("destroy", "销毁 record destruction")):
        sub = actions.add_parser(name, parents=[common], help=helptext)
        sub.add_argument("registry", metavar="REGISTRY")
        sub.add_argument("copy_no", metavar="COPY", help="份号, e.g. 000003")
        sub.add_argument("--by", required=True, metavar="NAME")
        if name == "destroy":
            sub.add_argument("--witness", required=True, metavar="NAME", help="监销人")
        sub.set_defaults(run=run_recall if name == "recall" else run_destroy)
    listing = actions.add_parser("list", parents=[common], help="副本清单 list copies")
    listing.add_argument("registry", nargs="?", metavar="REGISTRY")
    listing.add_argument("--outstanding", action="store_true", help="only copies not yet recalled")
    listing.add_argument("--overdue", action="store_true", help="only copies past their recall date")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--limit", type=int, metavar="N", help="only the newest N copies (最新 N 份)")
    listing.set_defaults(run=run_list)

    recover = actions.add_parser("recover", parents=[common],
                                 help="作废写入中断的副本并删除其文件 void copies whose writer died mid-write")
    recover.set_defaults(run=run_recover)

    hand = subparsers.add_parser("handover", parents=[common], help="move every copy A holds to B (移交)")
    hand.add_argument("--from", dest="source", required=True, metavar="A")
    hand.add_argument("--to", dest="target", required=True, metavar="B")
    hand.add_argument("--by", metavar="NAME", help="经办人 (default: A); A and B are both authenticated")
    hand.set_defaults(run=run_handover)

    expiring = subparsers.add_parser("expiring", parents=[common],
                                     help="documents whose period ends in a year (解密/销毁清单)")
    expiring.add_argument("--year", type=int, default=date.today().year)
    expiring.add_argument("--json", action="store_true")
    expiring.set_defaults(run=run_expiring)


def run_issue(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.cli.output import print_json_line
    from marker.intake.distribute import issue_registered, named_recipients
    from marker.ledger.registers import require_document
    from marker.worker.isolation import open_worker
    from marker.workspace import Layout, current_user, load_installed_policy, open_workspace_ledger

    layout = Layout.of(settings)
    recipients = named_recipients(args.to or [])
    with open_workspace_ledger(settings) as ledger, open_worker(settings) as worker:
        policy = load_installed_policy(settings, ledger)
        person = authenticated(ledger, settings, args.by or current_user(settings), action="issue",
                               registry=args.registry)
        record = require_document(ledger, args.registry)
        result = issue_registered(ledger, worker, policy, registry=args.registry, recipients=recipients,
                                  out_dir=layout.destination(policy, record.level, registry=args.registry),
                                  actor=person.name, under_approval=True, recall_by=args.recall_by,
                                  limits=settings.limits)
    if args.json:
        print_json_line({"registry": result.registry, "medium": result.medium, "approval": result.approval,
                         "copies": [{"copy_no": c.copy_no, "recipient": c.recipient, "path": str(c.path),
                                     "sha256": c.sha256} for c in result.copies]})
        return 0
    if result.medium == "paper":
        print("绝密文件仅限纸质：以下为打印副本，打印后删除电子文件 (paper only: print these, then delete the files)")
    for copy in result.copies:
        print(f"第 {copy.copy_no} 份  {copy.recipient}  {copy.path}")
    return 0


def _lifecycle(args: argparse.Namespace, settings: Settings, *, destroy: bool) -> int:
    from marker.cli.credentials import authenticated
    from marker.ledger.registers import destroy_copy, recall_copy, status_zh
    from marker.workspace import open_workspace_ledger

    action = "destroy" if destroy else "recall"
    with open_workspace_ledger(settings) as ledger:
        person = authenticated(ledger, settings, args.by, action=action, registry=args.registry)
        if destroy:
            witness = authenticated(ledger, settings, args.witness, action="witness", registry=args.registry)
            record = destroy_copy(ledger, args.registry, args.copy_no, actor=person.name, witness=witness.name)
        else:
            record = recall_copy(ledger, args.registry, args.copy_no, actor=person.name)
    print(f"{record.registry} 第 {record.copy_no} 份：{status_zh(record.status)}")
    return 0


def run_recall(args: argparse.Namespace, settings: Settings) -> int:
    return _lifecycle(args, settings, destroy=False)


def run_destroy(args: argparse.Namespace, settings: Settings) -> int:
    return _lifecycle(args, settings, destroy=True)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.ledger.registers import copies_indexed, documents_named, status_zh
    from marker.workspace import open_workspace_ledger

    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit 需要正整数 (--limit needs a positive number)")
    today = date.today()
    with open_workspace_ledger(settings) as ledger:  # the copy index: no fold of the chain
        records = copies_indexed(ledger, args.registry, status="issued" if args.outstanding or args.overdue else None,
                                 newest=args.limit)
        titles = {r: d for r, d in documents_named(ledger, (c.registry for c in records)).items()
                  if d.status == "registered"}
    if args.outstanding:
        records = [c for c in records if c.outstanding]
    if args.overdue:
        records = [c for c in records if c.overdue(today)]
    if args.json:
        for c in records:
            print_json_line({"registry": c.registry, "copy_no": c.copy_no, "recipient": c.recipient,
                             "holder": c.holder, "status": c.status, "issued_at": c.issued_at,
                             "recall_by": c.recall_by, "medium": c.medium, "path": c.path})
        return 0
    columns = ["登记号", "文件名称", "密级", "份号", "发放对象", "持有人", "状态", "发放时间", "清退期限"]
    print_table("副本 copies", columns, [
        [c.registry, titles[c.registry].title if c.registry in titles else "",
         titles[c.registry].level if c.registry in titles else "", c.copy_no, c.recipient or "—", c.holder or "—",
         status_zh(c.status) + ("（逾期）" if c.overdue(today) else ""), c.issued_at or "", c.recall_by or ""]
        for c in records])
    return 0


def run_recover(args: argparse.Namespace, settings: Settings) -> int:
    """Only verified reservations whose file would lie in the workspace's copy folders are acted on
    (as at the daemon's restart): a row naming any other path is reported, never deleted."""
    import sys

    from marker.intake.names import printable
    from marker.intake.recovery import copy_folders, inside
    from marker.ledger.registers import recover_pending
    from marker.workspace import Layout, current_user, open_workspace_ledger

    folders = copy_folders(Layout.of(settings))
    untrusted: list[str] = []
    with open_workspace_ledger(settings) as ledger:
        voided = recover_pending(ledger, actor=current_user(settings), inside=lambda path: inside(path, folders),
                                 untrusted=untrusted)
    for record in voided:
        print(f"已作废 voided: {record.registry} 第 {record.copy_no} 份  {record.path or ''}")
    print(f"共清理 {len(voided)} 份中断的副本 (interrupted copies cleaned up)")
    for message in untrusted:
        print(f"未处理 (not acted on): {printable(message)}", file=sys.stderr)
    return int(ExitCode.PARTIAL) if untrusted else 0


def run_handover(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.cli.output import print_table
    from marker.ledger.registers import documents_named, handover
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        giver = authenticated(ledger, settings, args.source, action="handover")
        taker = authenticated(ledger, settings, args.target, action="handover")
        actor = giver.name if not args.by else authenticated(ledger, settings, args.by, action="handover").name
        moved = handover(ledger, source=giver.name, target=taker.name, actor=actor)
        titles = documents_named(ledger, (c.registry for c in moved))
    print(f"移交清单 inventory: {args.source} → {args.target}，共 {len(moved)} 份")
    print_table(None, ["登记号", "文件名称", "密级", "份号"], [
        [c.registry, titles[c.registry].title, titles[c.registry].level, c.copy_no] for c in moved])
    print("移交人签字：__________    接收人签字：__________")
    return 0


def run_expiring(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.ledger.registers import copies_where, expiring
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        docs = expiring(ledger, args.year)
        outstanding = {c.registry for c in copies_where(ledger, status="issued", registries=[d.registry for d in docs])}
    if args.json:
        for d in docs:
            print_json_line({"registry": d.registry, "title": d.title, "level": d.level, "period": d.period,
                             "expiry": d.expiry, "copies_outstanding": d.registry in outstanding})
        return 0
    columns = ["登记号", "文件名称", "密级", "保密期限", "到期日", "有未清退副本"]
    print_table(f"{args.year} 年到期文件（每年三月销毁/解密清单）", columns,
                [[d.registry, d.title, d.level, d.period or "", d.expiry or "",
                  "是" if d.registry in outstanding else ""] for d in docs])
    return 0
