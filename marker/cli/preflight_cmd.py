"""`miji preflight JOB.pdf`: check a print job before it goes to press (印前检查 / 承印验证)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from marker.errors import UsageError
from marker.settings import Settings

HELP = """印前检查：每页密级标志、副本已登记且未改动并经审批、承印资质，通过后方可付印。
Check a print job before it goes to press: marks on every page, the copy registered, unchanged
and approved, the printer qualified, the credentials the job category needs (承印验证), print
quality. A passing job is recorded in the 承印 register (`miji ledger export --register 承印`).

example:
  miji preflight --template order > order.toml        # then edit it
  miji preflight 报告.MJ-2026-000012-000003.pdf --order order.toml --shop shop.toml --report 印前检查.html
  miji preflight 报告.MJ-2026-000012-000003.pdf --order order.toml --print-ready 印件.pdf

exit codes: 0 pass, 6 checks failed, 4 invalid order/shop file, 3 unreadable PDF, 5 refused (print-ready
over the approval), 2 usage"""

GROUPS = {"MARK": "密级标志", "LEDGER": "登记与审批", "CONTENT": "内容", "PRINTER": "承印单位",
          "CRED": "承印验证（证件）", "QUALITY": "印刷质量"}


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("preflight", parents=[common], help="印前检查 check a print job before printing",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, metavar="JOB.pdf", help="the PDF files of the job")
    parser.add_argument("--order", type=Path, metavar="ORDER.toml", help="印刷委托单 (see --template order)")
    parser.add_argument("--shop", type=Path, metavar="SHOP.toml", help="承印单位 (default: in-house 文印室)")
    parser.add_argument("--copies", type=int, metavar="N", help="印数 (overrides the order's copies)")
    parser.add_argument("--by", metavar="NAME", help="核验人 verifier (default MIJI_USER or login; authenticated)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--report", type=Path, metavar="FILE.html", help="write a self-contained HTML report")
    parser.add_argument("--print-ready", type=Path, metavar="OUT.pdf",
                        help="on a pass: one PDF of the approved paper copies, each with its own 份号")
    parser.add_argument("--template", choices=("order", "shop"), help="print a commented example file and exit")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from dataclasses import replace

    from marker.preflight import order as orders

    if args.template:
        print(orders.ORDER_TEMPLATE if args.template == "order" else orders.SHOP_TEMPLATE, end="")
        return 0
    if not args.files:
        raise UsageError("需要至少一个 PDF 印件 (give at least one JOB.pdf, or --template order|shop)")
    if args.copies is not None and args.copies < 1:
        raise UsageError(f"印数必须至少为 1 (--copies must be at least 1, got {args.copies})")
    from marker.cli.credentials import authenticated
    from marker.errors import ChecksFailed
    from marker.preflight import result_json
    from marker.preflight.job import run_job
    from marker.worker.isolation import open_worker
    from marker.workspace import current_user, load_installed_policy, open_workspace_ledger

    verifier = args.by or current_user(settings)
    if args.order is not None:
        order = orders.load_order(args.order)
    else:
        order = orders.default_order(requester=verifier, job="", copies=1)
    if args.copies is not None:
        order = replace(order, copies=args.copies)
    shop = orders.load_shop(args.shop) if args.shop is not None else orders.IN_HOUSE
    if args.print_ready is not None and args.print_ready.exists():
        raise UsageError("印件文件已存在 (--print-ready file already exists)")
    with open_workspace_ledger(settings) as ledger, open_worker(settings) as worker:
        policy = load_installed_policy(settings, ledger)
        verifier = authenticated(ledger, settings, verifier, action="preflight").name
        result = run_job(args.files, policy=policy, ledger=ledger, worker=worker, order=order, shop=shop,
                         verifier=verifier, workspace=settings.workspace, limits=settings.limits,
                         print_ready=args.print_ready)
    if args.report is not None:
        from marker.atomic import write_bytes_atomic
        from marker.preflight.report_html import render_report

        write_bytes_atomic(args.report, render_report(result).encode("utf-8"), overwrite=True)
    if args.json:
        from marker.cli.output import print_json_line

        print_json_line(result_json(result))
    else:
        _print_human(result, args.report)
    if not result.passed:
        raise ChecksFailed(f"印前检查不通过：{result.counts['error']} 项错误 (pre-flight failed)")
    return 0


def _print_human(result: Any, report: Path | None) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    if not console.is_terminal:
        console = Console(width=160)
    counts = result.counts
    verdict = "[bold green]通过 PASS[/]" if result.passed else "[bold red]不通过 FAIL[/]"
    console.print(f"印前检查 {verdict}  错误 {counts['error']}  警告 {counts['warning']}  — {escape(result.job)}"
                  f"（{result.order.category}，{result.order.copies} 份，承印 {escape(result.shop.name)}）")
    for group, title in GROUPS.items():
        items = [f for f in result.findings if f.group == group]
        if not items:
            continue
        console.print(f"[bold]{title}[/]")
        for f in sorted(items, key=lambda f: (f.severity != "error", f.file, f.page or 0)):
            sign = "[red]✗ 错误[/]" if f.severity == "error" else "[yellow]! 警告[/]"
            where = " ".join(x for x in (f.file, f"第 {f.page} 页" if f.page else "") if x)
            console.print(f"  {sign} {f.rule:<20} {escape(where)}  {escape(f.message)}  "
                          f"[dim]依据：{escape(f.source)}[/]")
    if result.print_ready is not None:
        ready = result.print_ready
        numbers = "、".join(c.copy_no for c in ready.copies)
        console.print(f"印件 print-ready: {escape(str(ready.path))}（{len(ready.copies)} 份，份号 {numbers}）")
    if result.recorded is not None:
        console.print(f"已登记承印记录 recorded: 事件 {result.recorded}")
    if report is not None:
        console.print(f"报告 report: {escape(str(report))}")
