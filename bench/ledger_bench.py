"""Ledger speed, measured by hand (numbers go in the issue note, never in tests).

    /work/venv/bin/python bench/ledger_bench.py [--verify-events 100000] [--issues 2000] [--e2e 50]

Measures, on SQLite in a temporary folder:
  1. ledger-level issuing: `reserve_copies` + `complete_copy` (2 events per copy), with and without
     the approval check `issue_copies` makes (usable_approval), on a ledger already holding many events;
  2. end-to-end `issue_copies`: approval check, reservation, stamping a real DOCX, completion;
  3. `Ledger.verify()` over N events;
  4. issue latency (reserve + complete) while another process issues copies of another document.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from marker.domain.policy import load_policy  # noqa: E402
from marker.ledger.approvals import usable_approval  # noqa: E402
from marker.ledger.registers import complete_copy, register_document, reserve_copies  # noqa: E402
from marker.ledger.store import Ledger, open_ledger  # noqa: E402

FACTS = {"title": "基准测试", "original_sha256": "0" * 64, "level": "机密", "period": "10年", "expiry": None,
         "category": "financial", "source_name": "x.docx", "kind": "docx", "policy": "default"}


def fill(ledger: Ledger, registries: int, copies_each: int) -> list[str]:
    """Background: many documents, each with issued copies (approx. registries * (2 * copies + 1) events)."""
    made = []
    with ledger.transaction():
        for _ in range(registries):
            registry = register_document(ledger, year=2026, actor="bench", facts=FACTS)
            numbers = reserve_copies(ledger, registry, ["张三"] * copies_each, actor="bench",
                                     paths=[Path("/nonexistent/{copy}.docx")] * copies_each)
            for number in numbers:
                complete_copy(ledger, registry, number, sha256="0" * 64, path=Path(f"/nonexistent/{number}"),
                              actor="bench")
            made.append(registry)
    return made


def add_approver(ledger: Ledger, registry: str, copies: int) -> int:
    from marker.ledger.approvals import grant
    from marker.ledger.people import add_person, appoint_officer

    policy = load_policy(None)
    officer = appoint_officer(ledger, policy, name="保密员", secret="bench-secret")
    person = add_person(ledger, policy, name="王芳", role="部门经理", dept="", secret="bench-secret", by=officer)
    return grant(ledger, policy, registry=registry, by=person, copies=copies).id


def bench_ledger_issue(folder: Path, issues: int, *, with_approval: bool) -> float:
    ledger = open_ledger(folder / f"issue-{with_approval}.sqlite3", folder / "key")
    fill(ledger, 2000, 10)  # ~42,000 events already in the ledger
    registry = register_document(ledger, year=2026, actor="bench", facts=FACTS)
    policy = load_policy(None)
    approval = add_approver(ledger, registry, issues + 1) if with_approval else None
    start = time.perf_counter()
    for i in range(issues):
        with ledger.transaction():
            if with_approval:
                usable_approval(ledger, policy, registry, 1, date.today())
            number = reserve_copies(ledger, registry, ["李四"], actor="bench", paths=[folder / "c-{copy}.docx"],
                                    approval=approval)[0]
        complete_copy(ledger, registry, number, sha256=f"{i:064d}", path=folder / f"c-{number}.docx", actor="bench")
    elapsed = time.perf_counter() - start
    ledger.close()
    return 2 * issues / elapsed


def bench_end_to_end(folder: Path, count: int) -> float:
    from marker.intake.distribute import issue_registered
    from marker.intake.mark import mark_file
    from marker.worker.isolation import InProcess
    from tests.builders import make_docx

    policy = load_policy(None)
    ledger = open_ledger(folder / "e2e.sqlite3", folder / "key")
    source = make_docx(folder / "季度预算.docx", ["2026年第一季度财务预算", "收入与支出明细。"] * 20)
    marked = mark_file(source, policy, ledger, worker=InProcess(),
                       actor="bench", level="机密", out_dir=folder / "marked",
                           archive_dir=folder / "archive")
    add_approver(ledger, marked.registry, count)
    start = time.perf_counter()
    for _ in range(count):
        issue_registered(ledger, InProcess(), policy, registry=marked.registry, recipients=["张三"], actor="bench",
                         out_dir=folder / "copies", under_approval=True)
    elapsed = time.perf_counter() - start
    ledger.close()
    return count / elapsed


def bench_verify(folder: Path, events: int) -> tuple[float, int]:
    ledger = open_ledger(folder / "verify.sqlite3", folder / "key")
    per_doc = 10
    fill(ledger, events // (2 * per_doc + 1), per_doc)
    start = time.perf_counter()
    result = ledger.verify()
    elapsed = time.perf_counter() - start
    assert result.ok, result
    ledger.close()
    return elapsed, result.count


PARALLEL_WRITER = """
import sys
from pathlib import Path
from marker.ledger.store import open_ledger
from marker.ledger.registers import complete_copy, reserve_copies
folder, registry, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
ledger = open_ledger(folder / "parallel.sqlite3", folder / "key")
print("go", flush=True)
for i in range(count):
    number = reserve_copies(ledger, registry, ["王五"], actor="other", paths=[folder / "o-{copy}.docx"])[0]
    complete_copy(ledger, registry, number, sha256="1" * 64, path=folder / f"o-{number}", actor="other")
"""


def bench_parallel_latency(folder: Path, issues: int) -> tuple[list[float], list[float]]:
    ledger = open_ledger(folder / "parallel.sqlite3", folder / "key")
    mine = register_document(ledger, year=2026, actor="bench", facts=FACTS)
    theirs = register_document(ledger, year=2026, actor="bench", facts=FACTS)

    def run(n: int) -> list[float]:
        latencies = []
        for _ in range(n):
            start = time.perf_counter()
            number = reserve_copies(ledger, mine, ["李四"], actor="bench", paths=[folder / "m-{copy}.docx"])[0]
            complete_copy(ledger, mine, number, sha256="2" * 64, path=folder / f"m-{number}", actor="bench")
            latencies.append(time.perf_counter() - start)
        return latencies

    alone = run(issues)
    other = subprocess.Popen([sys.executable, "-c", PARALLEL_WRITER, str(folder), theirs, str(issues * 20)],
                             stdout=subprocess.PIPE, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    other.stdout.readline()  # type: ignore[union-attr]
    contended = run(issues)
    other.wait()
    assert ledger.verify().ok
    ledger.close()
    return alone, contended


def ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--verify-events", type=int, default=100_000)
    parser.add_argument("--issues", type=int, default=2000)
    parser.add_argument("--e2e", type=int, default=50)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="miji-bench-") as tmp:
        folder = Path(tmp)
        rate = bench_ledger_issue(folder, args.issues, with_approval=False)
        rows.append(("ledger-level issue: reserve+complete (42k events in ledger)", f"{rate:,.0f} events/s",
                     "≥ 500 events/s"))
        rate = bench_ledger_issue(folder, args.issues, with_approval=True)
        rows.append(("ledger-level issue incl. approval check", f"{rate:,.0f} events/s", "≥ 500 events/s"))
        rate = bench_end_to_end(folder, args.e2e)
        rows.append(("end-to-end issue_copies, real DOCX stamping", f"{rate:,.1f} copies/s "
                     f"({2 * rate:,.0f} events/s)", "—"))
        elapsed, count = bench_verify(folder, args.verify_events)
        rows.append((f"ledger verify, {count:,} events", f"{elapsed:.2f} s", "< 3 s"))
        alone, contended = bench_parallel_latency(folder, max(200, args.issues // 10))
        rows.append(("issue latency alone: median / p95", f"{ms(alone, 0.5)} / {ms(alone, 0.95)} ms", "—"))
        rows.append(("issue latency, other process issuing: median / p95",
                     f"{ms(contended, 0.5)} / {ms(contended, 0.95)} ms", "—"))
        rows.append(("issue latency max: alone → contended", f"{ms(alone, 1.0)} → {ms(contended, 1.0)} ms", ""))
        rows.append(("  (mean alone → contended)",
                     f"{statistics.mean(alone) * 1000:.2f} → {statistics.mean(contended) * 1000:.2f} ms", ""))
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<32}  goal")
    print("-" * (width + 46))
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<32}  {goal}")


if __name__ == "__main__":
    main()
