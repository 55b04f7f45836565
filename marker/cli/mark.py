"""`miji mark FILE`: stamp marked copies of a new draft and register them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marker.errors import UsageError
from marker.settings import Settings

HELP = """为新文稿标密：密级和保密期限、份号、水印、元数据；每份副本一个文件，记入工作区登记簿。
Mark a new draft: level and period, 份号, watermark, metadata; one file per copy,
registered in the workspace ledger. Without --level the suggestion is used (and shown).

example:
  miji mark 报告.pdf --level 机密 --period 10年 --to 张三 --to 李四
  miji mark 工资表.docx --copies 3 --out 已标密/"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("mark", parents=[common], help="mark copies of a draft (标密)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path, metavar="FILE", help=".pdf or .docx draft")
    parser.add_argument("--level", help="密级, e.g. 机密 (default: the suggestion)")
    parser.add_argument("--period", help="保密期限: N年, N个月, 2027-06-30, 长期, 公布后 …")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--copies", type=int, help="number of copies with no named recipient (default 1)")
    who.add_argument("--to", action="append", metavar="NAME", help="发放对象: one copy per recipient")
    parser.add_argument("--owner", help="权属单位 for the enterprise mark (default: the policy's)")
    parser.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: marked/ beside FILE)")
    parser.add_argument("--by", metavar="NAME", help="定密人: who decides (default MIJI_USER or login; authenticated)")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.set_defaults(run=run)


def recipients_from(args: argparse.Namespace) -> list[str | None]:
    if args.to:
        names = [name.strip() for name in args.to]
        if any(not name for name in names):
            raise UsageError("发放对象不能为空 (--to needs a name)")
        return list(names)
    count = 1 if args.copies is None else args.copies
    if count < 1:
        raise UsageError(f"份数必须至少为 1 (--copies must be at least 1, got {count})")
    return [None] * count


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.credentials import authenticated
    from marker.cli.output import print_json_line
    from marker.intake.mark import mark_file
    from marker.worker.isolation import open_worker
    from marker.workspace import Layout, current_user, load_installed_policy, open_workspace_ledger

    recipients = recipients_from(args)
    if args.out is not None and args.out.resolve() == args.file.resolve():
        raise UsageError("输出路径与输入相同 (output path equals the input)")
    with open_workspace_ledger(settings) as ledger, open_worker(settings) as worker:
        policy = load_installed_policy(settings, ledger)
        person = authenticated(ledger, settings, args.by or current_user(settings), action="mark")
        marked = mark_file(
            args.file, policy, ledger, worker=worker, actor=person.name, level=args.level,
            period=args.period, recipients=recipients, owner=args.owner, out_dir=args.out, limits=settings.limits,
            archive_dir=Layout.of(settings).archive, workspace=settings.workspace, decider_role=person.role)
    facts = marked.facts
    suggestion = marked.decision.suggestion
    if args.json:
        print_json_line({
            "path": str(args.file), "registry": marked.registry, "level": facts.level, "period": facts.period,
            "expiry": facts.expiry.isoformat() if facts.expiry else None, "category": marked.decision.category,
            "mark": facts.mark_line, "medium": marked.medium, "layout_adapted": list(marked.layout_notes),
            "suggestion": suggestion.as_dict() if suggestion else None,
            "copies": [{"copy_no": c.copy_no, "recipient": c.recipient, "path": str(c.path), "sha256": c.sha256}
                       for c in marked.copies],
        })
        return 0
    if suggestion is not None:
        evidence = "；".join(f"{ev.term}「{ev.snippet[:20]}」" for ev in suggestion.strongest(2))
        print(f"建议密级 suggested: {suggestion.level}（{suggestion.category}，置信度 {suggestion.confidence:.2f}）"
              f" 依据: {evidence}")
    print(f"登记号 registry: {marked.registry}   标志 mark: {facts.mark_line}   "
          f"解密日期 expiry: {facts.expiry_text or '—'}")
    for note in marked.layout_notes:
        print(f"版面已调整 layout adapted: {note}")
    if marked.medium == "paper":
        print(f"注意：{facts.level}文件不得以电子形式传递，以下为打印副本，打印后请删除电子文件 "
              "(paper only: print these copies, then delete the files)")
    for copy in marked.copies:
        print(f"  第 {copy.copy_no} 份  {copy.recipient or '—'}  {copy.path}")
    return 0
