"""`miji classify FILE...`: suggest a level, with the evidence, for each file."""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path
from typing import Any

from marker.errors import ExitCode, MijiError
from marker.settings import Settings

HELP = """Suggest a secrecy level (密级) for each file, with the evidence for it.

example:
  miji classify samples/
  miji classify 报告.pdf 工资表.docx --json"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "classify", parents=[common], help="suggest a level for files (建议密级)",
        description=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help=".pdf .docx .txt .md files or folders (walked recursively)")
    parser.add_argument("--json", action="store_true", help="one JSON object per file per line")
    parser.set_defaults(run=run)


def result_json(path: Path, suggestion: Any = None, error: MijiError | None = None) -> dict[str, Any]:
    """The contract other tools rely on (DESIGN.md: `miji classify --json`)."""
    if error is not None or suggestion is None:
        return {"path": str(path), "level": None, "category": None, "confidence": None,
                "evidence": None, "period": None, "needs_review": None,
                "error": str(error.message if error else "unknown")}
    return {
        "path": str(path), "level": suggestion.level, "category": suggestion.category,
        "confidence": suggestion.confidence,
        "evidence": [{"category": ev.category, "term": ev.term, "snippet": ev.snippet}
                     for ev in suggestion.evidence],
        "period": suggestion.period, "needs_review": suggestion.needs_review, "error": None,
    }


def run(args: argparse.Namespace, settings: Settings) -> int:
    from marker.cli.output import print_json_line, print_table, progress
    from marker.intake.suggest import suggest_for
    from marker.reading.inputs import iter_inputs
    from marker.worker.isolation import open_worker
    from marker.workspace import load_effective_policy

    policy = load_effective_policy(settings)
    files = list(iter_inputs(args.paths))
    if not files:
        raise MijiError("没有找到可分类的文件 (no .pdf/.docx/.txt files found)")
    status = ExitCode.OK
    done = 0
    rows: list[list[str]] = []
    bar = progress(len(files), "分类 classifying")
    if bar is not None:
        bar.start()
    isolation = open_worker(settings)
    try:
        for path in files:
            try:
                suggestion = suggest_for(isolation.read(path, settings.limits), policy, workspace=settings.workspace)
            except MijiError as exc:
                status = status or exc.exit_code
                if settings.debug:
                    traceback.print_exc(file=sys.stderr)
                if args.json:
                    print_json_line(result_json(path, error=exc))
                else:
                    print(f"miji: {exc}", file=sys.stderr)
                continue
            finally:
                if bar is not None:
                    bar.advance(bar.task_ids[0])
            done += 1
            if args.json:
                print_json_line(result_json(path, suggestion))
            else:
                rows.append(_human_row(path, suggestion))
    finally:
        isolation.close()
        if bar is not None:
            bar.stop()
    if rows:
        print_table(None, ["文件 file", "密级 level", "类别 category", "置信度", "依据 evidence"], rows)
    failed = status != ExitCode.OK
    return int(ExitCode.PARTIAL if failed and done else status)


def _human_row(path: Path, suggestion: Any) -> list[str]:
    evidence = "；".join(f"{ev.term}（{ev.where}）「{ev.snippet[:24]}」" for ev in suggestion.strongest(2))
    if suggestion.needs_review:
        evidence = "需人工确认: " + " ".join(suggestion.review_reasons) + (f"；{evidence}" if evidence else "")
    level = suggestion.level + (" ?" if suggestion.needs_review else "")
    return [str(path), level, suggestion.category or "—", f"{suggestion.confidence:.2f}", evidence]
