"""`miji ledger verify|export`: check the chain, print registers for people."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from marker.settings import Settings

HELP = """校验登记簿的哈希链，或按纸质登记表的栏目导出。
Verify the ledger's hash chain, or export a register with the paper form's columns.

example:
  miji ledger verify                    every event, and the indexes rebuilt and compared
  miji ledger verify --incremental      from the signed head verified last time: O(new events)
  miji ledger reindex                   rebuild the lookup indexes from the verified events
  miji ledger accept --by 李保密          after restoring a backup (officer only; docs/SECURITY.md)
  miji ledger export --format xlsx --register 发放 --out 发放登记表.xlsx"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("ledger", parents=[common], help="登记簿校验与导出 verify or export the ledger",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", parents=[common], help="校验哈希链 walk the hash chain")
    verify.add_argument("--json", action="store_true")
    depth = verify.add_mutually_exclusive_group()
    depth.add_argument("--full", dest="incremental", action="store_false",
                       help="校验全部事件并重建比对索引（默认） walk every event and check the indexes (default)")
    depth.add_argument("--incremental", dest="incremental", action="store_true",
                       help="从上次校验的签名链头开始 only the events after the signed checkpoint")
    verify.set_defaults(run=run_verify, incremental=False)
    reindex = actions.add_parser("reindex", parents=[common],
                                 help="重建查询索引 rebuild the lookup indexes from the verified events")
    reindex.set_defaults(run=run_reindex)
    accept = actions.add_parser("accept", parents=[common],
                                help="接受恢复的登记簿 officer only: accept the ledger after restoring a backup")
    accept.add_argument("--by", required=True, metavar="OFFICER", help="保密管理员 (authenticated)")
    accept.set_defaults(run=run_accept)
    export = actions.add_parser("export", parents=[common], help="导出登记表 write a register as CSV or XLSX")
    export.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    export.add_argument("--register", default="发放", help="登记簿: 发放 | 审批 | 销毁 | 移交 | 承印 | 解密 | 变更")
    export.add_argument("--out", type=Path, metavar="FILE", help="输出文件 output file (CSV defaults to stdout)")
    export.set_defaults(run=run_export)


def run_verify(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, progress
    from marker.errors import ExitCode
    from marker.intake.audit import Audit, audit_workspace
    from marker.ledger.store import VERIFY_STEP, VerifyResult
    from marker.workspace import Layout, open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        incremental = args.incremental
        bar = None if incremental else progress(ledger.head()[0], "校验 verifying", quiet=args.json,
                                                minimum=VERIFY_STEP)
        if bar is None:
            result = ledger.verify(incremental=incremental)
        else:
            with bar:
                result = ledger.verify(on_progress=lambda done: bar.update(bar.task_ids[0], completed=done))
        if result.ok and not incremental:
            stale = ledger.index_differences()
            if stale:
                result = VerifyResult(False, result.count, result.head, None,
                                      f"查询索引与已签名事件不符：{'、'.join(stale)}；运行 `miji ledger reindex` 重建 "
                                      f"(the lookup indexes differ from the signed events: {', '.join(stale)})")
        # the folders are compared only with a chain that holds: a broken one proves nothing
        audit = audit_workspace(ledger, Layout.of(settings)) if result.ok and not incremental else Audit()
    ok = result.ok and audit.ok
    if args.json:
        print_json_line({"ok": ok, "events": result.count, "head": result.head,
                         "first_bad": result.first_bad, "reason": result.reason,
                         "workspace": {"problems": audit.problems, "notes": audit.notes}})
    elif not result.ok:
        print(f"miji: 登记簿完整性校验失败 (ledger integrity failure): {result.reason}；"
              f"此前 {result.count} 条完好，最后完好链头 {result.head}", file=sys.stderr)
    else:
        scope = "（增量校验 incremental）" if incremental else ""
        print(f"登记簿完整 (ledger intact){scope}: {result.count} 条事件，链头 head {result.head}")
        for note in audit.notes:
            print(f"  注意 note: {note}")
        for problem in audit.problems:
            print(f"miji: 工作区与登记簿不符 (workspace disagrees with the ledger): {problem}", file=sys.stderr)
    return 0 if ok else int(ExitCode.LEDGER_INTEGRITY)


def run_reindex(args: argparse.Namespace, settings: Settings) -> int:
    """The indexes are derived: rebuilding them from the verified events changes no register."""
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        ledger.reindex()
        count = ledger.head()[0]
    print(f"已重建查询索引 (indexes rebuilt) from {count} 条事件")
    return 0


def run_accept(args: argparse.Namespace, settings: Settings) -> int:
    """After a restore (docs/SECURITY.md): the officer re-signs the checkpoint at the restored head."""
    from marker.cli.credentials import authenticated
    from marker.errors import AuthError, LedgerIntegrityError
    from marker.ledger.people import officer
    from marker.workspace import open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        walked = ledger.verify_chain()
        if not walked.ok:
            raise LedgerIntegrityError(f"链本身未通过校验，请先从备份恢复 (the chain itself does not verify: restore a "
                                       f"backup first): {walked.reason}")
        person = authenticated(ledger, settings, args.by, action="ledger_accept")
        if officer(ledger) != person.name:
            raise AuthError("只有保密管理员可以接受恢复的登记簿 (only the security officer can accept a restored "
                            "ledger)")
        result = ledger.accept_current(actor=person.name)
    print(f"已接受登记簿 (ledger accepted): {result.count} 条事件，新链头 head {result.head}")
    return 0


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from marker.errors import UsageError
    from marker.ledger.export import export
    from marker.workspace import open_workspace_ledger

    if args.format == "xlsx" and args.out is None:
        raise UsageError("xlsx 需要 --out FILE (xlsx needs --out)")
    from marker.cli.output import working

    with open_workspace_ledger(settings) as ledger, working(f"导出{args.register}登记簿 exporting"):
        data = export(ledger, args.register, args.format, args.out)
    if args.out is None:
        sys.stdout.write(data.decode("utf-8").lstrip("\ufeff"))
    else:
        print(f"已写出 written: {args.out}")
    return 0
