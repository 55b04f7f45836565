"""Hundred-and-twentieth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-119 and every other batch's pages file), as new sources for the blind split `fresh120` (main cuts
the split with batches 121 and 122; this script only collects). Nothing was run on these texts and no classifier may be.

This batch adds documents from new web sites (one source group per registrable domain, one page a site): published
news, notices and announcements, the own 制度, plans, work reports, minutes, contracts, quotations, lists and other
records of companies, associations, schools, hospitals and other organisations, found with the stored-page search.
Labels follow DESIGN.md "Labelling real documents" and the batch's notes (templates, outlines and 范文 labelled as the
document they are for; guides with advice in prose are published material); every row records `kind` (文种) and
`publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); the excerpts were decoded from the tool's JSON string literals,
nothing was added or reworded, a long excerpt was at most cut to a contiguous part and navigation, login or spam lines
were dropped. Every candidate was screened with the hold-out guard (address, then text) before it was kept. This script
runs batch 4's collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again
(address and text; a rejection drops its whole site), pages are deduplicated against every other batch and within this
one by batch 3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 120.

Usage:  python tools/corpus/collect_batch120.py [--out /work/corpus/real120] [--pages /work/corpus/pages_batch120.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "120"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
