"""Obtain the stored web pages of the real corpus again, on a machine that lost `/work/corpus/pages_batch*.json`.

The texts of web rows (`extract` = `web`) are page excerpts the stored-page search returned; they live outside the
repository and go with the machine. A person (or helper) looks each page up again with the search tool, by the
title and topic words of the row's `note`, and keeps only a result at the row's own address. This script keeps the
bookkeeping: which rows are still to do, each saved excerpt, which pages were not found, and at the end the page
files `rebuild_real.py` reads, with the manifest's SHA-256 and length updated for pages whose excerpt now differs
(an earlier transcription often left out headers or blank lines; the label belongs to the page and stays).

Usage:  python tools/corpus/reobtain_pages.py todo BATCH           rows of a web batch (3, 4, 6, 8) still to do
        python tools/corpus/reobtain_pages.py add ID FILE          FILE holds the excerpt as the tool gave it
        python tools/corpus/reobtain_pages.py miss ID "queries"    the page was not found again
        python tools/corpus/reobtain_pages.py status
        python tools/corpus/reobtain_pages.py finish               write /work/corpus/pages_batch<N>.json, update
                                                                   the manifest (rows not found stay as they are)
State is kept in --state (default /work/corpus/pages/, one JSON file per row).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from real_sources import extract

MANIFEST = Path(__file__).resolve().parents[2] / "classifiers" / "corpus" / "real_manifest.tsv"


def read_manifest() -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(MANIFEST.read_text(encoding="utf-8")), delimiter="\t")
    return list(reader.fieldnames or []), list(reader)


def page_text(raw: str) -> str:
    """The text as `rebuild_real.py` cuts it from a saved page."""
    return extract(raw.encode("utf-8"), "web")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def state_of(state: Path, row_id: str) -> dict[str, object] | None:
    path = state / f"{row_id}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def save_state(state: Path, row_id: str, record: dict[str, object]) -> None:
    state.mkdir(parents=True, exist_ok=True)
    temp = state / f".{row_id}.json.tmp"
    temp.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    temp.replace(state / f"{row_id}.json")


def finish(state: Path, pages_dir: Path) -> None:
    fields, rows = read_manifest()
    pages: dict[str, list[dict[str, str]]] = {}
    lost, changed = [], 0
    for row in rows:
        if row["extract"] != "web":
            continue
        record = state_of(state, row["id"])
        if record is None or "text" not in record:
            lost.append(row["id"])
            continue
        text = page_text(str(record["text"]))
        if digest(text) != row["sha256"]:
            row["sha256"], row["chars"] = digest(text), str(len(text))
            changed += 1
        pages.setdefault(row["batch"], []).append({"url": row["path"], "text": str(record["text"])})
    for batch, saved in pages.items():
        target = pages_dir / f"pages_batch{batch}.json"
        # A page file a collector wrote (a batch collected on this machine) keeps every page this run has no record
        # of: one page looked up again must not cost the batch its other pages.
        merged = {page["url"]: page for page in (json.loads(target.read_text(encoding="utf-8"))
                                                 if target.exists() else [])}
        merged.update({page["url"]: page for page in saved})
        temp = target.with_suffix(".json.tmp")
        temp.write_text(json.dumps(list(merged.values()), ensure_ascii=False), encoding="utf-8")
        temp.replace(target)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    temp = MANIFEST.with_suffix(".tsv.tmp")
    temp.write_text(out.getvalue(), encoding="utf-8")
    temp.replace(MANIFEST)
    print(f"pages saved: {sum(len(p) for p in pages.values())} ({changed} with a new SHA-256); not found: "
          f"{len(lost)} (their rows stay; rebuild_real.py reports them as not rebuilt)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("step", choices=("todo", "add", "miss", "status", "finish"))
    parser.add_argument("args", nargs="*")
    parser.add_argument("--state", type=Path, default=Path("/work/corpus/pages"))
    parser.add_argument("--pages-dir", type=Path, default=Path("/work/corpus"))
    args = parser.parse_args()
    _, rows = read_manifest()
    web = {row["id"]: row for row in rows if row["extract"] == "web"}
    if args.step == "todo":
        for row in web.values():
            if row["batch"] == args.args[0] and state_of(args.state, row["id"]) is None:
                print(row["id"], row["chars"], row["path"], row["note"], sep="\t")
    elif args.step == "add":
        row_id, file = args.args
        row = web[row_id]
        raw = Path(file).read_text(encoding="utf-8")
        text = page_text(raw)
        same = digest(text) == row["sha256"]
        save_state(args.state, row_id, {"url": row["path"], "text": raw, "match": same})
        print("MATCH" if same else "DIFF", row_id, "chars", len(text), "manifest", row["chars"])
    elif args.step == "miss":
        row_id, why = args.args
        save_state(args.state, row_id, {"url": web[row_id]["path"], "miss": why})
    elif args.step == "status":
        for batch in sorted({row["batch"] for row in web.values()}):
            records = [state_of(args.state, i) for i, row in web.items() if row["batch"] == batch]
            found = sum(1 for r in records if r is not None and "text" in r)
            missed = sum(1 for r in records if r is not None and "miss" in r)
            print(f"batch {batch}: {len(records)} pages, found {found}, not found {missed}, "
                  f"to do {len(records) - found - missed}")
    else:
        finish(args.state, args.pages_dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
