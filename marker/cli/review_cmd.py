"""`miji review list|show|accept|reject`: a person finishes what the daemon queued."""

from __future__ import annotations

import argparse
import json
from typing import Any

from marker.settings import Settings

HELP = """守护进程无法自行标密的文稿在 review/ 中等待人工确认：接受建议（或给出密级），或说明原因退回。
Drafts the daemon could not mark on its own wait in review/ with the suggestion and the
evidence. Accept one (with the suggested level, or your own) or reject it with a reason.

example:
  miji review list
  miji review show 年度预算.docx
  miji review accept 年度预算.docx --level 机密 --period 10年
  miji review reject 旧稿.pdf --reason 重复提交"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("review", parents=[common], help="待确认 drafts waiting for a person",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=[common], help="待确认列表 what waits in review/")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)
    show = actions.add_parser("show", parents=[common], help="查看建议与依据 the suggestion and evidence for one file")
    show.add_argument("file", metavar="FILE")
    show.set_defaults(run=run_show)
    accept = actions.add_parser("accept", parents=[common], help="确认并标密 mark it (the suggestion or --level)")
    accept.add_argument("file", metavar="FILE")
    accept.add_argument("--level")
    accept.add_argument("--period")
    accept.add_argument("--by", metavar="NAME", help="决定人 who decides (default: MIJI_USER or login)")
    accept.set_defaults(run=run_accept)
    reject = actions.add_parser("reject", parents=[common], help="退回并说明原因 send it back with a reason")
    reject.add_argument("file", metavar="FILE")
    reject.add_argument("--reason", required=True)
    reject.add_argument("--by", metavar="NAME")
    reject.set_defaults(run=run_reject)


def _context(settings: Settings) -> Any:
    from marker.intake.pipeline import Context

    return Context.of(settings)


def run_list(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.intake.review import pending

    ctx = _context(settings)
    items = pending(ctx)
    if args.json:
        for item in items:
            print_json_line({"file": item.path.name, "suggested": item.suggested_level,
                             "reason": item.report.get("reason")})
        return 0
    print_table(f"待确认 review ({len(items)})", ["文件", "建议密级", "原因"],
                [[i.path.name, i.suggested_level or "—", i.report.get("reason", "")] for i in items])
    return 0


def run_show(args: argparse.Namespace, settings: Settings) -> int:
    from marker.intake.review import find_pending

    item = find_pending(_context(settings), args.file)
    print(json.dumps(item.report, ensure_ascii=False, indent=2))
    return 0


def run_accept(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.intake.review import accept
    from marker.workspace import current_user

    ctx = _context(settings)
    try:
        person = authenticated(ctx.ledger, settings, args.by or current_user(settings), action="review_accept")
        result = accept(ctx, args.file, level=args.level, period=args.period, by=person.name, role=person.role)
    finally:
        ctx.worker.close()
        ctx.ledger.close()
    print(f"已标密 marked: {result.name} → {result.registry}（{result.level}），副本在 {result.destination}")
    return 0


def run_reject(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.intake.review import reject
    from marker.workspace import current_user

    ctx = _context(settings)
    person = authenticated(ctx.ledger, settings, args.by or current_user(settings), action="review_reject")
    target = reject(ctx, args.file, reason=args.reason, by=person.name)
    print(f"已退回 rejected: {target}")
    return 0
