"""Where a ledger operation's time goes on a kept ledger: every SQL statement it runs, timed, and the
PostgreSQL plan of the costly ones (`EXPLAIN (ANALYZE, BUFFERS)` with the parameters of the slowest
call). Run by hand against ledgers kept by `ledger_bench.py --keep-pg DIR` (or `--keep DIR`):

    .venv/bin/python bench/ledger_bench.py --sizes 1000,1000000 --backends postgres --keep-pg /tmp/pg
    .venv/bin/python bench/ledger_explain.py --keep-pg /tmp/pg 1000000 --explain
    .venv/bin/python bench/ledger_explain.py --sqlite /tmp/keep/sqlite-1000000 1000000 --ops text,docs

Compare the same operation at two sizes: a statement whose buffers or rows grow with the ledger is
what keeps the operation from being flat. `--against 1000` times each operation on both ledgers in
alternation (the same load on the shared machine for both) and prints the two medians and their ratio:

    .venv/bin/python bench/ledger_explain.py --keep-pg /tmp/pg 1000000 --against 1000 --runs 31

Operations (names as in ledger_bench): issue, text (dup by text), docs (documents page), page (the
发放 register's first page), verify (verify incremental after 20 new events), startup.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.ledger_bench import PG_BULK_SETTINGS, fingerprint_hex, registry_of, start_up  # noqa: E402
from marker.domain.fingerprint import Fingerprint, matches  # noqa: E402
from marker.domain.policy import load_policy  # noqa: E402
from marker.ledger import store  # noqa: E402
from marker.ledger.approvals import usable_approval  # noqa: E402
from marker.ledger.export import register_page  # noqa: E402
from marker.ledger.registers import complete_copy, documents_page, fingerprints_near, reserve_copies  # noqa: E402

Calls = dict[str, list[tuple[float, tuple[Any, ...]]]]


@contextlib.contextmanager
def traced() -> Iterator[Calls]:
    """Every statement the ledger executes meanwhile: sql -> [(seconds, params)], rows fetched too."""
    calls: Calls = defaultdict(list)
    original = store.Ledger._execute

    def execute(self: store.Ledger, sql: str, params: tuple[Any, ...] = ()) -> Any:
        start = time.perf_counter()
        cursor = original(self, sql, params)
        rows = list(cursor.fetchall()) if getattr(cursor, "description", None) else []
        calls[sql].append((time.perf_counter() - start, params))
        return _Rows(rows)

    store.Ledger._execute = store.Ledger.execute = execute  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        store.Ledger._execute = store.Ledger.execute = original  # type: ignore[method-assign]


class _Rows(list[Any]):
    """The fetched rows, standing in for the cursor."""

    def fetchall(self) -> list[Any]:
        return list(self)

    def fetchone(self) -> Any:
        return self[0] if self else None


def operations(url: str, key: Path, documents: int) -> dict[str, Callable[[], object]]:
    ledger = [store.open_ledger(url, key)]
    first = ledger[0].query("SELECT seq, registry FROM events WHERE kind = 'approval_granted' ORDER BY seq LIMIT 1")
    approval, registry = int(first[0][0]), str(first[0][1])
    policy = load_policy(None)
    rng = np.random.default_rng(1)
    texts = [fingerprint_hex(rng) for _ in range(min(documents, 50))]
    reproduction = Fingerprint.from_hex(texts[7])
    unrelated = Fingerprint.from_hex(fingerprint_hex(np.random.default_rng(99)))

    def issue() -> None:
        with ledger[0].transaction():
            usable_approval(ledger[0], policy, registry, 1, date.today())
            number = reserve_copies(ledger[0], registry, ["李四"], actor="bench", paths=[key.parent / "c-{copy}.docx"],
                                    approval=approval)[0]
        complete_copy(ledger[0], registry, number, sha256="e" * 64, path=key.parent / f"c-{number}.docx",
                      actor="bench")

    def text() -> None:
        for sample in (reproduction, unrelated):
            matches(sample, ((r, Fingerprint.from_hex(h)) for r, h in fingerprints_near(ledger[0], sample.sample)))

    def verify() -> None:  # as the bench does, less the issues, which it runs untraced before
        ledger[0]._verified = None
        assert ledger[0].verify(incremental=True).ok

    return {"issue": issue, "text": text,
            "docs": lambda: documents_page(ledger[0], after=registry_of(documents // 2), limit=50),
            "page": lambda: register_page(ledger[0], "发放", page=1, size=200),
            "verify": verify, "startup": lambda: start_up(url, key)}


def report(name: str, calls: Calls, total_ms: float, ledger: store.Ledger | None) -> None:
    print(f"== {name}: {total_ms:.2f} ms (median), the statements of one run:")
    for sql, timed in sorted(calls.items(), key=lambda kv: -sum(t for t, _ in kv[1]))[:14]:
        spent = sum(t for t, _ in timed) * 1000
        print(f"  {spent:7.2f} ms  ×{len(timed):<3} {' '.join(sql.split())[:160]}")
        if ledger is not None and spent > 0.2 and sql.lstrip().upper().startswith("SELECT"):
            params = max(timed, key=lambda c: c[0])[1]
            for (line,) in ledger.query("EXPLAIN (ANALYZE, BUFFERS) " + sql, params):
                print("        " + (line if len(line) < 200 else line[:197] + "..."))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("documents", type=int)
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--keep-pg", type=Path, metavar="DIR", help="the cluster kept by ledger_bench --keep-pg DIR")
    where.add_argument("--sqlite", type=Path, metavar="DIR", help="a SQLite ledger kept by ledger_bench --keep")
    parser.add_argument("--ops", default="issue,text,docs,verify,startup")
    parser.add_argument("--runs", type=int, default=9, help="runs per operation (the median is printed)")
    parser.add_argument("--against", type=int, metavar="N",
                        help="time each operation on this size's kept ledger too, in alternation; print ratios")
    parser.add_argument("--explain", action="store_true", help="PostgreSQL: EXPLAIN (ANALYZE, BUFFERS) the costly")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        if args.keep_pg:
            from tests.pg import postgres_server

            server = stack.enter_context(postgres_server(PG_BULK_SETTINGS, keep=args.keep_pg))

        def kept(documents: int) -> tuple[str, Path]:
            if args.keep_pg:
                return (server.replace("@/miji?", f"@/ledger_{documents}?"),
                        args.keep_pg / f"postgres-{documents}" / "ledger.key")
            folder = args.sqlite.parent / f"sqlite-{documents}" if args.against else args.sqlite
            return str(folder / "ledger.sqlite3"), folder / "ledger.key"

        url, key = kept(args.documents)
        if args.against:
            compare(operations(url, key, args.documents), operations(*kept(args.against), args.against),
                    args.ops.split(","), args.runs, (args.documents, args.against))
            return
        ops = operations(url, key, args.documents)
        explain = store.open_ledger(url, key) if args.explain and args.keep_pg else None
        for name in args.ops.split(","):
            times = []
            for _ in range(args.runs):
                if name == "verify":
                    for _ in range(10):
                        ops["issue"]()  # 20 new events since the checkpoint
                with traced() as calls:
                    start = time.perf_counter()
                    ops[name]()
                    times.append((time.perf_counter() - start) * 1000)
            report(name, calls, statistics.median(times), explain)


def compare(big: dict[str, Callable[[], object]], small: dict[str, Callable[[], object]], names: list[str],
            runs: int, sizes: tuple[int, int]) -> None:
    """Each operation on both ledgers in alternation, so that the shared machine's load falls on both."""
    print(f"{'operation':<10} {sizes[1]:>12,} {sizes[0]:>12,}  ratio   (median ms of {runs} alternating runs)")
    for name in names:
        times: tuple[list[float], list[float]] = ([], [])
        for _ in range(runs):
            for side, ops in enumerate((big, small)):
                if name == "verify":
                    for _ in range(10):
                        ops["issue"]()
                start = time.perf_counter()
                ops[name]()
                times[side].append((time.perf_counter() - start) * 1000)
        large, little = statistics.median(times[0]), statistics.median(times[1])
        print(f"{name:<10} {little:>12.2f} {large:>12.2f}  {large / little:.2f}×")

if __name__ == "__main__":
    main()
