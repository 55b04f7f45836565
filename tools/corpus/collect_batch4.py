"""Fourth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split.

The third batch's blind split (`fresh3`, 85 documents) has been scored; one error there moved the severe
under-classification rate by more than a point. This batch adds documents from many new web sites (one source
group per registrable domain), weighted toward what the classifier gets wrong: in-house system manuals versus
vendors' published manuals, design/deployment documents and server lists, bids and business plans, salary tables
and rosters, contract 范本, minutes, meeting notices, company 制度, and published material full of high-level words
(government notices with 发文字号, news, securities announcements, vendors' articles), a few in traditional
characters. Labels follow DESIGN.md "Labelling real documents".

Web pages cannot be re-fetched by a script: their texts (as the stored page excerpt gave them, boilerplate of the
share site left out) sit in a JSON file outside the repository (`--pages`, a list of {url, text, level, category,
kind, publication, note}); the manifest row records `repo` = `web:<site>`, `path` = the page address, `extract` =
`web` and the SHA-256 of the text. A page is kept with at least MIN_WEB_CHARS characters of document text.

Every candidate goes through the hold-out guard (address and text); a rejected page drops every other page of its
site. A site that an earlier batch used (or whose page the guard rejected before) is not new and is skipped.
Candidates are deduplicated against every other batch (the fifth included, once merged) and within this one: same
SHA-256, same normalised title, or more than 80% of a document's character 5-grams shared with another. Rows are
appended to `classifiers/corpus/real_manifest.tsv` with `batch` 4; rejections are appended to OUT/rejected.tsv.

Usage:  python tools/corpus/collect_batch4.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch4.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch3 import collect, site
from collect_real import MANIFEST
from real_sources import web_text

BATCH = "4"
MIN_WEB_CHARS = 300


def old_sites(rows: list[dict[str, str]], rejected_log: Path, batch: str = BATCH) -> set[str]:
    """Sites of other batches' web rows and of every page the guard rejected before: not new sources."""
    sites = {row["repo"] for row in rows if row["repo"].startswith("web:") and row.get("batch") != batch}
    if rejected_log.exists():
        sites |= {line.split("\t")[1] for line in rejected_log.read_text(encoding="utf-8").splitlines()
                  if line.count("\t") >= 2 and line.split("\t")[1].startswith("web:")
                  and not line.endswith(f"batch {batch}")}
    return sites


def candidates(pages: Path) -> list[tuple[dict[str, str], str]]:
    """(row without sha256/chars, text) per stored page, in the file's order."""
    out = []
    for page in json.loads(pages.read_text(encoding="utf-8")):
        text = web_text(page["text"])
        if len(re.sub(r"\s", "", text)) < MIN_WEB_CHARS:
            print(f"too short: {page['url']}", file=sys.stderr)
            continue
        out.append(({"repo": f"web:{site(page['url'])}", "commit": "", "path": page["url"], "extract": "web",
                     "level": page["level"], "category": page["category"], "kind": page["kind"],
                     "publication": page["publication"], "note": page.get("note", ""), "url": page["url"]}, text))
    return out


def main(batch: str = BATCH, doc: str | None = __doc__) -> int:
    """Collect web batch `batch` from --pages (default /work/corpus/pages_batch<batch>.json); batch 6 runs this too."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/work/corpus/real"))
    parser.add_argument("--pages", type=Path, default=Path(f"/work/corpus/pages_batch{batch}.json"))
    args = parser.parse_args()
    rows = list(csv.DictReader(MANIFEST.open(encoding="utf-8"), delimiter="\t"))
    not_new = old_sites(rows, args.out / "rejected.tsv", batch)
    fresh = []
    for row, text in candidates(args.pages):
        if row["repo"] in not_new:
            print(f"site not new: {row['repo']} {row['path']}", file=sys.stderr)
        else:
            fresh.append((row, text))
    return collect(batch, fresh, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
