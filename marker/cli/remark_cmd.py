"""`miji remark DIR`: re-mark a whole archive when the policy changes or periods run out."""

from __future__ import annotations

import argparse
import os
import time
from datetime import date
from pathlib import Path
from typing import Any

from marker.errors import ExitCode, UsageError
from marker.settings import Settings

HELP = """改标：为档案中每个文件决定一个动作（解密、变更密级、标密、保留、错误）。
Re-mark an archive: decide one action per file (declassify, relevel, mark, keep, error).
A changed mark is struck through and the new one written beside it; every change is a ledger event.
Safe by default: --dry-run changes nothing; re-marked files go to --out unless --in-place.
Interrupted? Run the same command again: it resumes.

example:
  miji remark 档案/ --dry-run --declassify-expired
  miji remark 档案/ --declassify-expired --out 档案-改标/ --report 改标.csv
  miji remark 档案/ --in-place --jobs 4 --as-of 2027-01-01
  miji remark --summary 档案/"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("remark", parents=[common], help="改标/解密 re-mark a whole archive",
                                   description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, metavar="DIR",
                        help="档案目录（递归）the archive folder (walked recursively)")
    parser.add_argument("--as-of", type=date.fromisoformat, metavar="DATE",
                        help="count expiry as of this day (YYYY-MM-DD, default today)")
    parser.add_argument("--declassify-expired", action="store_true", help="解密 documents whose period has ended")
    parser.add_argument("--mark-unmarked", action="store_true",
                        help="为未标密文件按建议标密 mark unmarked drafts as suggested")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", type=Path, metavar="DIR", help="write re-marked files here, mirroring the tree")
    where.add_argument("--in-place", action="store_true", help="replace each file atomically (keeps .orig until done)")
    where.add_argument("--dry-run", action="store_true",
                       help="只看计划，不做改动 change nothing; show what would happen")
    where.add_argument("--summary", action="store_true", help="档案概况 what the archive holds; change nothing")
    parser.add_argument("--by", metavar="NAME", help="经办人 when writing (default MIJI_USER or login)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                        help="parallel worker processes (default: number of cores)")
    parser.add_argument("--executor", metavar="URL", help="dask://HOST:PORT: run on a Dask cluster (miji[cluster])")
    parser.add_argument("--report", type=Path, metavar="FILE.csv", help="write the per-file report as CSV")
    parser.add_argument("--keep-originals", action="store_true", help="with --in-place: keep the .orig files")
    parser.add_argument("--json", action="store_true", help="one JSON object per file, then a summary object")
    parser.set_defaults(run=run)


def _mode(args: argparse.Namespace) -> str:
    if args.summary:
        return "summary"
    if args.dry_run:
        return "dry"
    if args.in_place:
        return "in_place"
    if args.out is None:
        raise UsageError("需要 --out DIR、--in-place 或 --dry-run (give --out DIR, --in-place or --dry-run)")
    return "out"


class _Progress:
    """A bar with rate and ETA on a terminal; nothing when piped or with --json."""

    def __init__(self, total: int, *, quiet: bool = False) -> None:
        from marker.cli.output import on_terminal

        self.total = total
        self.started = time.monotonic()
        self.bar: Any = None
        if total and not quiet and on_terminal():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(TextColumn("改标 remark"), BarColumn(), MofNCompleteColumn(),
                                TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.task = self.bar.add_task("remark", total=total, rate="")
            self.bar.start()

    def __call__(self, _result: Any, done: int, total: int) -> None:
        if self.bar is not None:
            rate = done / max(time.monotonic() - self.started, 1e-6)
            self.bar.update(self.task, completed=done, rate=f"{rate:.1f} 文件/秒 files/s")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.remark.plan import RemarkOptions
    from marker.remark.run import RunConfig, run_remark, write_csv_report
    from marker.workspace import current_user, load_effective_policy, load_installed_policy, open_workspace_ledger

    mode = _mode(args)
    if args.keep_originals and mode != "in_place":
        raise UsageError("--keep-originals 只用于 --in-place (only with --in-place)")
    if args.jobs < 1:
        raise UsageError("--jobs 至少为 1 (--jobs must be at least 1)")
    if args.executor and not args.executor.startswith("dask://"):
        raise UsageError("--executor 目前只支持 dask://HOST:PORT (only dask:// is supported)")
    writes = mode in ("out", "in_place")
    if writes and args.as_of is not None and args.as_of > date.today():
        raise UsageError("写入时 --as-of 不能晚于今天：到期解密不得提前 (--as-of may not be in the future for a run "
                         "that writes; use it with --dry-run to plan)")
    options = RemarkOptions(as_of=args.as_of or date.today(), declassify_expired=args.declassify_expired,
                            mark_unmarked=args.mark_unmarked)
    config = RunConfig(root=args.folder, mode=mode, options=options, out=args.out, jobs=args.jobs,
                       executor=args.executor, keep_originals=args.keep_originals, limits=settings.limits,
                       workspace=settings.workspace)
    read_only = mode in ("dry", "summary")
    ledger = None
    if not read_only or settings.ledger_url or settings.ledger_path.exists():
        ledger = open_workspace_ledger(settings)
    actor = current_user(settings)
    if writes:
        from marker.cli.credentials import authenticated

        assert ledger is not None
        policy = load_installed_policy(settings, ledger)
        actor = authenticated(ledger, settings, args.by or actor, action="remark").name
    else:
        policy = load_effective_policy(settings)
    progress = _Progress(0)
    try:
        from marker.remark.run import walk

        total = len(walk(args.folder, exclude=args.out)[0]) if args.folder.is_dir() else 0
        progress = _Progress(total, quiet=args.json)
        report = run_remark(config, policy, ledger, actor=actor, on_result=progress)
    finally:
        progress.stop()
        if ledger is not None:
            ledger.close()
    if args.report:
        write_csv_report(report, args.report)
    if args.json:
        _print_json(report)
    elif mode == "summary":
        _print_summary(report)
    else:
        _print_report(report)
    return int(ExitCode.PARTIAL) if report.errors else 0


def _print_json(report: Any) -> None:
    from marker.cli.output import print_json_line
    from marker.domain.labels import remark_action_label
    from marker.remark.run import result_row

    if report.mode != "summary":
        for result in report.results:
            print_json_line(result_row(result))
    summary: dict[str, Any] = {"summary": True, "run": report.run_id, "mode": report.mode,
                               "by_action": dict(report.by_action),
                               "by_action_label": {remark_action_label(action): count
                                                   for action, count in report.by_action.items()},
                               "by_level": dict(report.by_level),
                               "other_files": report.other_files, "errors": [r.rel for r in report.errors],
                               "needs_person": [r.rel for r in report.for_a_person]}
    if report.mode == "summary":
        summary |= report.summary_counts()
        summary["by_level"] = dict(_levels_now(report))
    print_json_line(summary)


def _levels_now(report: Any) -> dict[str, int]:
    from collections import Counter

    from marker.remark.plan import DECLASSIFIED, UNMARKED

    counts: Counter[str] = Counter()
    for r in report.results:
        if r.action == "error":
            continue
        declassified = r.plan.reason.startswith("已于")
        counts[DECLASSIFIED if declassified else (r.plan.old_level or UNMARKED)] += 1
    return dict(counts)


def _print_summary(report: Any) -> None:
    from marker.cli.output import print_table

    counts = report.summary_counts()
    print_table("密级 by level", ["密级", "文件数"], sorted(_levels_now(report).items()))
    print_table("归档概况 archive summary", ["项目", "数量"], [
        ["文件 documents", counts["files"]], ["未标密 unmarked", counts["unmarked"]],
        [f"已过期 expired (as of {report.as_of})", counts["expired"]],
        ["一年内到期 expiring within a year", counts["expiring_within_a_year"]],
        ["无法读取 errors", counts["unreadable"]], ["其他文件（跳过） other files", counts["other_files"]]])


def _print_report(report: Any) -> None:
    from marker.cli.output import print_table
    from marker.domain.labels import remark_action_label

    title = "改标计划 (dry run: nothing changed)" if report.mode == "dry" else "改标结果 remark report"
    changed = [r for r in report.results if r.action not in ("keep",)]
    print_table(title, ["文件", "动作", "原标志", "新标志", "原因"], [
        [r.rel, remark_action_label(r.action), " ".join(filter(None, (r.plan.old_level, r.plan.old_period))),
         "解密 " + r.plan.declassified.isoformat() if r.plan.declassified else
         " ".join(filter(None, (r.plan.new_level, r.plan.new_period))), r.plan.reason] for r in changed])
    print_table("按动作 by action", ["动作", "文件数"],
                [[remark_action_label(action), count] for action, count in sorted(report.by_action.items())])
    print_table("按密级（处理后） by level", ["密级", "文件数"], sorted(report.by_level.items()))
    if report.for_a_person:
        print_table("需人工处理 for a person", ["文件", "原因"],
                    [[r.rel, r.plan.reason] for r in report.for_a_person])
    if report.errors:
        print_table("无法读取 errors", ["文件", "错误"], [[r.rel, r.plan.reason] for r in report.errors])
    print(f"其他文件（跳过） other files skipped: {report.other_files}   run {report.run_id}")
