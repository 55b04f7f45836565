"""Every speed figure of issue 18 in one table: what | Miji | floor | ratio | goal.

    .venv/bin/python bench/run_all.py [--only ledger_bench,mark_bench] [--timeout 1200] [--keep FILE]

Runs each `bench/*.py` that accepts `--summary PATH` with small sizes (only the size options its
`--help` lists are passed), collects the JSON lines they append (bench/summary.py) and prints them.
A script without `--summary`, or one that fails, is named in a note under the table. Sizes are small
so the whole run takes minutes on a shared machine: run a script alone for the issue's full figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NOT_BENCHES = {"run_all.py", "summary.py", "__init__.py", "bulk_fold.py", "ledger_explain.py"}  # helpers, not benches
# Small sizes per script; an option the script does not (or no longer) list in --help is dropped.
SMALL: dict[str, list[str]] = {
    "ledger_bench.py": ["--sizes", "1000,10000", "--backends", "sqlite,postgres", "--runs", "20"],
    "classify_bench.py": ["--skip-train"],
    "warm_bench.py": ["--runs", "3"],
    "preflight_bench.py": ["--pages", "50", "--runs", "3"],
    "isolation_bench.py": ["--files", "10"],
    "ocr_bench.py": ["--pages", "2"],
    "mark_bench.py": ["--repeat", "3"],
    "remark_bench.py": ["--files", "100"],
    "watch_bench.py": ["--files", "50", "--paced", "10"],
    "console_bench.py": [],
    "formats_bench.py": [],
}


def small_arguments(name: str, help_text: str) -> list[str]:
    """The SMALL options of `name` that its --help lists (an option and its value, or a flag)."""
    wanted = SMALL.get(name, [])
    kept: list[str] = []
    i = 0
    while i < len(wanted):
        option = wanted[i]
        value = wanted[i + 1] if i + 1 < len(wanted) and not wanted[i + 1].startswith("--") else None
        if option in help_text:
            kept += [option] + ([value] if value is not None else [])
        i += 2 if value is not None else 1
    return kept


def run_script(path: Path, summary: Path, timeout: float) -> str | None:
    """Run one bench; returns a note when it was skipped or failed."""
    try:
        shown = subprocess.run([sys.executable, str(path), "--help"], capture_output=True, text=True, cwd=ROOT,
                               timeout=120, check=False)
    except subprocess.TimeoutExpired:
        return f"{path.name}: --help timed out, skipped"
    if "--summary" not in shown.stdout:
        return f"{path.name}: no --summary option, skipped"
    args = [sys.executable, str(path), *small_arguments(path.name, shown.stdout), "--summary", str(summary)]
    print(f"· {' '.join(args[1:])}", file=sys.stderr, flush=True)
    started = time.perf_counter()
    try:
        done = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"{path.name}: still running after {timeout:.0f} s, stopped (figures it wrote are kept)"
    print(f"  {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        return f"{path.name}: failed with exit {done.returncode}: {last[:200]}"
    return None


def number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}" if abs(value) >= 1 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def print_table(lines: list[dict[str, Any]], notes: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="issue 18: speed at a glance (small sizes)")
    for column, justify in (("what", "left"), ("Miji", "right"), ("floor", "right"), ("ratio", "right"),
                            ("goal", "left")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for line in lines:
        ratio = line.get("ratio")
        table.add_row(str(line.get("what", "")), number(line.get("miji"), line.get("unit", "")),
                      number(line.get("floor"), line.get("unit", "")),
                      f"{ratio:.2f}×" if isinstance(ratio, int | float) else "—", str(line.get("goal") or "—"))
    console = Console() if sys.stdout.isatty() else Console(width=160)
    console.print(table)
    for note in notes:
        console.print(f"note: {note}", markup=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="comma-separated script names (with or without .py)")
    parser.add_argument("--timeout", type=float, default=1200, help="seconds per script")
    parser.add_argument("--keep", type=Path, help="also keep the JSON lines in this file")
    args = parser.parse_args()
    scripts = sorted(p for p in BENCH.glob("*.py") if p.name not in NOT_BENCHES)
    if args.only:
        wanted = {name if name.endswith(".py") else f"{name}.py" for name in args.only.split(",")}
        scripts = [p for p in scripts if p.name in wanted]
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="miji-run-all-") as tmp:
        summary = Path(tmp) / "summary.jsonl"
        summary.touch()
        for path in scripts:
            note = run_script(path, summary, args.timeout)
            if note:
                notes.append(note)
        raw = summary.read_text(encoding="utf-8")
    if args.keep:
        args.keep.write_text(raw, encoding="utf-8")
    lines = []
    for text in raw.splitlines():
        try:
            lines.append(json.loads(text))
        except ValueError:
            notes.append(f"unreadable summary line: {text[:80]}")
    print_table(lines, notes)


if __name__ == "__main__":
    main()
