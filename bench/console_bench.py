"""Console page speed, measured by hand (numbers go in the issue note, never in tests).

    .venv/bin/python bench/console_bench.py [--drafts 1000] [--events 100000] [--runs 15] [--summary PATH]

Server time per page (median, p95), through Starlette's TestClient in-process (no network), on a
SQLite ledger in a temporary folder:
  1. 待审 /review with N drafts waiting in review/ (each with its .suggestion.json, as the daemon
     leaves them);
  2. 登记簿 /registers (发放, the first page of 200 rows) over a ledger of about M events.
Beside each: the core call the page makes (`intake.review.pending` over the whole queue,
`ledger.export.register_page`), so the console's own share (templates, session, integrity check)
shows. The register page reads one page from the side tables (no fold, no cache): "after a write"
is the first view after another process appended an event, "repeat" a view with nothing written
meanwhile; they should cost the same.
--summary PATH appends one JSON line per page: {"issue":"19","what":…,"miji":ms,"floor":null,…}.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from marker.console.app import create_app  # noqa: E402
from marker.intake.pipeline import Context  # noqa: E402
from marker.intake.review import pending  # noqa: E402
from marker.ledger.export import register_page  # noqa: E402
from marker.ledger.registers import complete_copy, register_document, reserve_copies  # noqa: E402
from marker.settings import build_settings  # noqa: E402
from marker.workspace import open_workspace_ledger  # noqa: E402
from tests.console_helpers import MINUTES, csrf_of, workspace_with_drafts  # noqa: E402
from tests.roster import SECRETS  # noqa: E402

FACTS = {"title": "基准测试", "original_sha256": "0" * 64, "level": "机密", "period": "10年", "expiry": None,
         "category": "financial", "source_name": "x.docx", "kind": "docx", "policy": "default"}


def add_drafts(workspace: Path, count: int) -> None:
    """`count` drafts in review/, copies of a real one with its real suggestion report."""
    review = workspace / "review"
    source = review / MINUTES
    report = json.loads((review / f"{MINUTES}.suggestion.json").read_text(encoding="utf-8"))
    for i in range(count - 2):
        name = f"草稿-{i:05d}.docx"
        shutil.copy(source, review / name)
        report["name"] = name
        (review / f"{name}.suggestion.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


def add_events(workspace: Path, events: int, copies_each: int = 24) -> int:
    with open_workspace_ledger(build_settings({"workspace": workspace})) as ledger:
        documents = max(1, events // (2 * copies_each + 1))
        for start in range(0, documents, 200):
            with ledger.transaction():
                for d in range(start, min(documents, start + 200)):
                    registry = register_document(ledger, year=2026, actor="bench",
                                                 facts={**FACTS, "original_sha256": f"{d:064d}"})
                    names = [f"收件人{i}" for i in range(copies_each)]
                    paths = [workspace / "copies" / registry / f"x.{registry}-{{copy}}.docx"] * copies_each
                    for number in reserve_copies(ledger, registry, names, actor="bench", paths=paths, approval=None):
                        complete_copy(ledger, registry, number, sha256="0" * 64, path=paths[0], actor="bench")
        ledger.verify()  # the console's first integrity check then starts from a verified head
        return ledger.head()[0]


def timed(action: Callable[[], object], runs: int, before: Callable[[], object] | None = None) -> list[float]:
    action()  # warm: templates compiled, chain verified once
    found = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--summary", type=Path)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        import os

        os.chdir(tmp)
        workspace = workspace_with_drafts(Path(tmp))
        add_drafts(workspace, args.drafts)
        total = add_events(workspace, args.events)
        settings = build_settings({"workspace": workspace})
        with TestClient(create_app(settings)) as client:
            token = csrf_of(client.get("/login").text)
            client.post("/login", data={"csrf": token, "name": "测试员", "secret": SECRETS["测试员"]})

            def review() -> None:
                assert client.get("/review").status_code == 200

            def register() -> None:
                assert client.get("/registers", params={"register": "发放"}).status_code == 200

            with open_workspace_ledger(settings) as ledger:
                ctx = Context.of(settings, ledger=ledger)
                try:
                    core_review = timed(lambda: pending(ctx), max(3, args.runs // 3))
                finally:
                    ctx.worker.close()
                core_register = timed(lambda: register_page(ledger, "发放", page=1, size=200), max(3, args.runs // 3))
                def write() -> None:  # another process writes: no cached fold to fall back on
                    ledger.append("bench_tick", {}, actor="bench")

                cold = timed(register, max(3, args.runs // 3), before=write)
            rows.append((f"待审 review page (50 of {args.drafts} drafts)", timed(review, args.runs), core_review))
            rows.append((f"登记簿 register page (发放), {total} events, after a write", cold, core_register))
            rows.append((f"登记簿 register page (发放), {total} events, repeat", timed(register, args.runs),
                         core_register))
    print(f"{'page':<62} {'median ms':>10} {'p95 ms':>10} {'core call median ms':>20}")
    for what, values, core in rows:
        print(f"{what:<62} {statistics.median(values):>10.1f} {p95(values):>10.1f} {statistics.median(core):>20.1f}")
    if args.summary is not None:
        with args.summary.open("a", encoding="utf-8") as out:
            for what, values, _ in rows:
                for stat, value in (("median", statistics.median(values)), ("p95", p95(values))):
                    out.write(json.dumps({"issue": "19", "what": f"{what} ({stat})", "miji": round(value, 1),
                                          "floor": None, "unit": "ms", "ratio": None}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
