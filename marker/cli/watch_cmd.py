"""`miji watch`, `miji status`: run the daemon, see what it is doing."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from marker.settings import Settings

HELP = """监控工作区收件箱（前台运行；其他命令请在另一个终端执行）。
Watch the workspace inbox (in the foreground: run other commands in a second terminal).
Drafts dropped there are marked (when the policy allows it automatically) or queued in review/
for a person; bad files go to quarantine/ with a reason.
The workspace (default ./miji-data) is created on first run: at a terminal `miji watch` first asks
for the company's name and the security officer (what `miji init` asks); elsewhere it refuses until
`miji init` has run, because nothing is stamped with a placeholder owner.

example:
  miji watch                         run until stopped (SIGTERM finishes the current file)
  miji watch --oneshot               process what is in the inbox now and exit (cron)
  miji watch --workspace /srv/miji --polling   a network share without inotify"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("watch", parents=[common],
                                   help="监控收件箱（前台运行）run the watched-folder daemon (foreground)",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--oneshot", action="store_true", help="处理一次收件箱后退出 process the inbox once and exit")
    parser.add_argument("--polling", action="store_true", default=None, help="轮询（网络共享）poll instead of inotify")
    parser.set_defaults(run=run_watch)
    status = subparsers.add_parser("status", parents=[common], help="状态 queue counts, last files, errors")
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=run_status)


def run_watch(args: argparse.Namespace, settings: Settings) -> int:
    from marker.workspace import Layout
    from watch.daemon import Daemon
    from watch.logs import setup_logging
    from watch.workspace_setup import check_layout, ensure_workspace, is_initialised

    os.umask(0o027)
    check_layout(Layout.of(settings))  # a bad config is named before anything else is asked
    if not is_initialised(settings):
        _first_run(args, settings)
    layout = ensure_workspace(settings)
    setup_logging(layout.logs, debug=settings.debug)
    daemon = Daemon(settings)
    daemon.install_signals()
    if not args.oneshot:
        return daemon.run_forever()
    code = daemon.run_once()
    print(daemon.summary())  # the one line a cron mail or a person reads: 已标密 N / 待确认 N / 已隔离 N / 错误 N
    return code


def _first_run(args: argparse.Namespace, settings: Settings) -> None:
    """At a terminal, the README's first command sets the workspace up; a service or cron refuses."""
    from marker.cli import init_cmd
    from marker.workspace import not_initialised

    if args.oneshot or not sys.stdin.isatty():
        raise not_initialised(settings.workspace)
    print(f"首次运行：初始化工作区 {settings.workspace}（公司名称将印在每个密级标志中）")
    print("First run: setting up the workspace (the company's name is printed in every mark).")
    init_cmd.set_up(settings)


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table
    from marker.intake.status import FOLDER_ZH, STATE_ZH, daemon_status
    from marker.workspace import Layout, open_workspace_ledger

    with open_workspace_ledger(settings) as ledger:
        status = daemon_status(ledger, Layout.of(settings))
    counts, recent, errors, chain = status.counts, status.recent, status.errors, status.chain
    if args.json:
        print_json_line({"counts": counts,
                         "last": [{"at": s.at, "name": s.name, "state": s.state, "registry": s.registry}
                                  for s in recent],
                         "errors": [{"at": s.at, "name": s.name, "reason": s.reason} for s in errors],
                         "ledger": {"ok": chain.ok, "reason": chain.reason}})
        return 0 if chain.ok else 7
    print("队列 queue: " + "  ".join(f"{FOLDER_ZH[name]} {name} {n}" for name, n in counts.items()))
    print_table("最近处理 last processed", ["时间", "文件", "结果", "登记号"], [
        [s.at, s.name, STATE_ZH.get(s.state, s.state), s.registry or ""] for s in recent])
    if errors:
        print_table("最近错误 errors", ["时间", "文件", "原因"], [[s.at, s.name, s.reason or ""] for s in errors])
    if not chain.ok:  # the daemon halts marking on the same check (docs/SECURITY.md: recovery)
        print(f"登记簿完整性校验失败：已停止标密和发放，草稿留在收件箱 (ledger integrity failure: marking and "
              f"issuing stopped): {chain.reason}")
        return 7
    return 0
