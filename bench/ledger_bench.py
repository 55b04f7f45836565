"""Ledger speed at a company's scale, measured by hand (numbers go in the issue note, never in tests).

    .venv/bin/python bench/ledger_bench.py                          # 10^3 and 10^5 documents, SQLite and PostgreSQL
    .venv/bin/python bench/ledger_bench.py --sizes 1000000          # 10^6 documents (10 million events): long
    .venv/bin/python bench/ledger_bench.py --sizes 1000 --backends sqlite --summary out.jsonl
    .venv/bin/python bench/ledger_bench.py --classic                # the older single-ledger measures

For each size N and backend, a ledger of N registered documents (10 events each: the dropped file's
two states, the registration with a content fingerprint, three copies reserved and issued, one
recalled) is written in bulk in exactly the format the append path writes (canonical payloads,
seq, prev_hash, HMAC under the workspace key, the signed head record and checkpoint), then opened
by the real code, which builds its indexes (the migration an existing ledger goes through). Then,
each the median of many runs:
  issue         one copy under an approval: usable_approval + reserve + complete (2 events)
  dup by hash   find_original + issued_copy_with for a dropped file's SHA-256
  dup by text   fingerprints_near + matches for a reproduction of a registered document's text
  copies list   one document's copies with titles (what `copies list REGISTRY` reads)
  register page 50 documents of the register after a registry number in the middle
  expiring      the documents expiring in a year that holds 100 of them at every size
  verify incr.  `verify --incremental` after 20 new events
The floor of each figure is the same operation at the smallest size: flat means ratio ~1.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.summary import add_summary_argument, write_summary  # noqa: E402
from marker.domain.fingerprint import Fingerprint, matches  # noqa: E402
from marker.domain.policy import load_policy  # noqa: E402
from marker.ledger.approvals import usable_approval  # noqa: E402
from marker.ledger.registers import (  # noqa: E402
    complete_copy,
    copies,
    documents_named,
    documents_page,
    expiring,
    find_original,
    fingerprints_near,
    issued_copy_with,
    register_document,
    reserve_copies,
)
from marker.ledger.store import Ledger, _canonical, event_hash, open_ledger  # noqa: E402

SHINGLES = 2000  # a few pages of text: a 256-hash sample over the lowest 1/8 of the hash range
SAMPLE = 256
EXPIRING_YEAR = 2029  # the first 100 documents expire then; the others later


# --- bulk build --------------------------------------------------------------------------------
def fingerprint_hex(rng: np.random.Generator) -> str:
    """A fingerprint with the statistics of a real one of SHINGLES shingles (uniform hashes)."""
    top = np.uint64(int((1 << 64) * SAMPLE / SHINGLES))
    sample = np.unique(rng.integers(0, top, size=SAMPLE, dtype=np.uint64))
    return Fingerprint(shingles=SHINGLES, hashes=sample.astype("<u8").tobytes()).hex()


def registry_of(i: int) -> str:
    return f"MJ-{2016 + i // 200_000}-{i % 200_000 + 1:06d}"


def sha_of(kind: str, i: int) -> str:
    return hashlib.sha256(f"{kind}{i}".encode()).hexdigest()


def document_events(i: int, rng: np.random.Generator) -> Iterator[tuple[str, str | None, str | None, dict]]:
    """(kind, registry, copy_no, payload) of one document's life, as the pipeline writes them."""
    registry, original = registry_of(i), sha_of("original", i)
    name = f"报告{i}.docx"
    year = EXPIRING_YEAR if i < 100 else 2030 + i % 30
    yield "file_state", None, None, {"sha256": original, "name": name, "state": "processing"}
    yield "document_registered", registry, None, {
        "title": f"2026年第{i}号经营报告", "original_sha256": original, "level": "机密", "period": "10年",
        "expiry": f"{year}-06-30", "category": "financial", "decided_by": "person", "source_name": name,
        "kind": "docx", "policy": "default", "original_path": f"/srv/miji/inbox/{name}",
        "archive_path": f"/srv/miji/archive/{registry}/{name}", "confidence": 0.91, "converted_from": None,
        "document_date": "2026-06-30", "fingerprint": fingerprint_hex(rng)}
    for n in (1, 2, 3):
        yield "copy_reserved", registry, f"{n:06d}", {
            "recipient": f"收件人{n}", "path": f"/srv/miji/outbox/{registry}-{n:06d}.docx", "approval": None,
            "medium": "electronic", "recall_by": None, "pid": 4242, "host": "bench"}
    for n in (1, 2, 3):
        yield "copy_issued", registry, f"{n:06d}", {"sha256": sha_of(f"copy{n}-", i),
                                                     "path": f"/srv/miji/outbox/{registry}-{n:06d}.docx"}
    yield "copy_recalled", registry, "000003", {}
    yield "file_state", None, None, {"sha256": original, "name": name, "state": "marked", "registry": registry,
                                     "destination": f"/srv/miji/outbox/{registry}-000001.docx"}


def bulk_append(ledger: Ledger, documents: int, *, seed: int = 1) -> tuple[int, str]:
    """Write `documents` documents' events after the current head, chained and signed exactly as
    `Ledger.append` does, plus the signed head record; returns the new head."""
    seq, previous = ledger.head()
    rng = np.random.default_rng(seed)
    at = "2026-06-30T09:00:00+08:00"
    sql = ("INSERT INTO events (seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    batch: list[tuple] = []

    def flush() -> None:
        if ledger.is_postgres:
            columns = "seq, at, kind, registry, copy_no, actor, payload, prev_hash, hash"
            with ledger._conn.cursor() as cur, cur.copy(f"COPY events ({columns}) FROM STDIN") as copy:
                for row in batch:
                    copy.write_row(row)
        else:
            ledger._conn.executemany(sql, batch)
        batch.clear()

    with ledger.transaction():
        for i in range(documents):
            for kind, registry, copy_no, payload in document_events(i, rng):
                seq += 1
                payload_json = _canonical(payload)
                digest = event_hash(ledger.key, seq, at, kind, registry, copy_no, "miji-daemon", payload_json,
                                    previous)
                batch.append((seq, at, kind, registry, copy_no, "miji-daemon", payload_json, previous, digest))
                previous = digest
            if len(batch) >= 20_000:
                flush()
        flush()
        value = json.dumps({"seq": seq, "hash": previous, "mac": ledger._head_mac(seq, previous)})
        ledger._set_meta("head", value)
    ledger.save_checkpoint(seq, previous)
    return seq, previous


# --- measures ----------------------------------------------------------------------------------
def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def add_approver(ledger: Ledger, registry: str, copies_: int) -> int:
    from marker.ledger.approvals import grant
    from marker.ledger.people import add_person, appoint_officer

    policy = load_policy(None)
    officer = appoint_officer(ledger, policy, name="保密员", secret="bench-secret")
    person = add_person(ledger, policy, name="王芳", role="部门经理", dept="", secret="bench-secret", by=officer)
    return grant(ledger, policy, registry=registry, by=person, copies=copies_).id


def measure(url: str, key_path: Path, documents: int, runs: int) -> dict[str, float]:
    """Build, open (index build), then time each operation; returns name -> ms (and build seconds)."""
    figures: dict[str, float] = {}
    ledger = open_ledger(url, key_path)
    registry = register_document(ledger, year=2026, actor="bench", facts={
        "title": "审批文件", "original_sha256": "f" * 64, "level": "机密", "expiry": None})
    approval = add_approver(ledger, registry, 1_000_000)
    start = time.perf_counter()
    bulk_append(ledger, documents)
    figures["build events/s"] = (documents * 10) / (time.perf_counter() - start)
    ledger.close()
    start = time.perf_counter()
    ledger = open_ledger(url, key_path)  # an existing ledger: its indexes are built now
    figures["index build s"] = time.perf_counter() - start
    ledger.close()
    figures.update(time_operations(url, key_path, documents, runs, registry, approval))
    return figures


def time_operations(url: str, key_path: Path, documents: int, runs: int, registry: str,
                    approval: int) -> dict[str, float]:
    """The per-operation figures on a built ledger (also `--existing`, a ledger kept from a run)."""
    figures: dict[str, float] = {}
    ledger = open_ledger(url, key_path)
    policy = load_policy(None)
    folder = key_path.parent
    middle = documents // 2
    rng = np.random.default_rng(1)
    fingerprints = [fingerprint_hex(rng) for _ in range(min(documents, 50))]  # the first documents' texts
    reproduction = Fingerprint.from_hex(fingerprints[7])
    unrelated = Fingerprint.from_hex(fingerprint_hex(np.random.default_rng(99)))

    def issue() -> None:
        with ledger.transaction():
            usable_approval(ledger, policy, registry, 1, date.today())
            number = reserve_copies(ledger, registry, ["李四"], actor="bench", paths=[folder / "c-{copy}.docx"],
                                    approval=approval)[0]
        complete_copy(ledger, registry, number, sha256="e" * 64, path=folder / f"c-{number}.docx", actor="bench")

    def by_hash() -> None:
        assert find_original(ledger, sha_of("original", middle)) == registry_of(middle)
        assert issued_copy_with(ledger, sha_of("unknown", middle)) is None

    def by_text() -> None:
        found = matches(reproduction, ((r, Fingerprint.from_hex(h))
                                       for r, h in fingerprints_near(ledger, reproduction.sample)))
        assert found and found[0].key.registry == registry_of(7), found
        assert not matches(unrelated, ((r, Fingerprint.from_hex(h))
                                       for r, h in fingerprints_near(ledger, unrelated.sample)))

    def copies_list() -> None:
        records = [c for c in copies(ledger, registry_of(middle)) if c.status != "reserved"]
        assert len(records) == 3 and documents_named(ledger, (c.registry for c in records))

    def register_page() -> None:
        assert len(documents_page(ledger, after=registry_of(middle), limit=50)) == min(50, documents - middle - 1)

    def expiring_year() -> None:
        assert len(expiring(ledger, EXPIRING_YEAR)) == min(100, documents)

    figures["issue ms"] = median_ms(issue, runs)
    figures["dup by hash ms"] = median_ms(by_hash, runs)
    figures["dup by text ms"] = median_ms(by_text, max(5, runs // 4))
    figures["copies list ms"] = median_ms(copies_list, runs)
    figures["register page ms"] = median_ms(register_page, runs)
    figures["expiring ms"] = median_ms(expiring_year, max(5, runs // 4))
    for _ in range(10):
        issue()  # 20 new events since the checkpoint
    ledger.close()
    ledger = open_ledger(url, key_path)
    ledger._verified = None
    start = time.perf_counter()
    result = ledger.verify(incremental=True)
    figures["verify incremental ms"] = (time.perf_counter() - start) * 1000
    assert result.ok, result
    if documents <= 100_000:
        start = time.perf_counter()
        result = ledger.verify()
        figures["verify full events/s"] = result.count / (time.perf_counter() - start)
        assert result.ok, result
    ledger.close()
    return figures


def existing(url: str, key_path: Path, documents: int, runs: int) -> dict[str, float]:
    """Time the operations on a ledger a previous (interrupted) run built and indexed."""
    ledger = open_ledger(url, key_path)
    registry = ledger.query("SELECT registry FROM events WHERE kind = 'approval_granted' ORDER BY seq LIMIT 1")[0][0]
    approval = int(ledger.query("SELECT seq FROM events WHERE kind = 'approval_granted' ORDER BY seq LIMIT 1")[0][0])
    ledger.close()
    return time_operations(url, key_path, documents, runs, registry, approval)


@contextlib.contextmanager
def backend(name: str, folder: Path) -> Iterator[Callable[[], str]]:
    """A function giving a fresh, empty ledger URL of this backend."""
    if name == "sqlite":
        counter = iter(range(1_000_000))
        yield lambda: str(folder / f"ledger-{next(counter)}.sqlite3")
        return
    from tests.pg import fresh_database, postgres_server

    with postgres_server() as server:
        yield lambda: fresh_database(server)


OPS = ("issue ms", "dup by hash ms", "dup by text ms", "copies list ms", "register page ms", "expiring ms",
       "verify incremental ms")


def run_scale(sizes: list[int], backends: list[str], runs: int, summary: Path | None) -> None:
    results: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="miji-ledger-bench-") as tmp:
        folder = Path(tmp)
        for name in backends:
            try:
                with backend(name, folder) as fresh:
                    for size in sizes:
                        key_dir = folder / f"{name}-{size}"
                        key_dir.mkdir()
                        started = time.perf_counter()
                        results[(name, size)] = measure(fresh(), key_dir / "ledger.key", size, runs)
                        print(f"  {name} {size:>9,} documents measured in {time.perf_counter() - started:.0f} s: "
                              f"{json.dumps(results[(name, size)])}", file=sys.stderr, flush=True)
            except BaseException as exc:  # pytest.skip from tests/pg.py when no server can start
                if type(exc).__name__ != "Skipped":
                    raise
                print(f"  {name}: skipped ({exc})", file=sys.stderr)
    columns = [key for key in results]
    header = ["operation"] + [f"{n} {s:,}" for n, s in columns]
    rows = [[op] + [f"{results[c][op]:,.2f}" if op in results[c] else "—" for c in columns]
            for op in ("build events/s", "index build s", *OPS, "verify full events/s")]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(v).rjust(w) if i else str(v).ljust(w) for i, (v, w) in enumerate(zip(row, widths,
                                                                                                  strict=True))))
    if summary is None:
        return
    lines = []
    for name in backends:
        measured = sorted(s for n, s in results if n == name)
        if not measured:
            continue
        smallest = measured[0]
        for size in measured:
            for op in OPS:
                value = results[(name, size)][op]
                floor = results[(name, smallest)][op] if size != smallest else None
                lines.append({"what": f"ledger {name}: {op.removesuffix(' ms')} at {size:,} documents", "miji": value,
                              "floor": floor, "unit": "ms", "ratio": value / floor if floor else None,
                              "goal": f"flat: ≤ 2× the {smallest:,}-document figure"})
    write_summary(summary, lines)


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


def run_classic(args: argparse.Namespace) -> None:
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
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'result':<32}  goal")
    print("-" * (width + 46))
    for name, value, goal in rows:
        print(f"{name:<{width}}  {value:<32}  {goal}")


def ms(values: list[float], q: float) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,100000", help="registered documents, comma-separated")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--runs", type=int, default=100, help="repetitions per operation (median)")
    parser.add_argument("--classic", action="store_true", help="the older single-ledger measures instead")
    parser.add_argument("--existing", nargs=3, metavar=("URL", "KEY", "DOCUMENTS"),
                        help="only time the operations on a ledger kept from an interrupted run")
    parser.add_argument("--verify-events", type=int, default=100_000)
    parser.add_argument("--issues", type=int, default=2000)
    parser.add_argument("--e2e", type=int, default=50)
    add_summary_argument(parser)
    args = parser.parse_args()
    if args.classic:
        run_classic(args)
        return
    if args.existing:
        url, key, count = args.existing
        print(json.dumps(existing(url, Path(key), int(count), args.runs), indent=1))
        return
    run_scale([int(s) for s in args.sizes.split(",")], args.backends.split(","), args.runs, args.summary)


if __name__ == "__main__":
    main()
