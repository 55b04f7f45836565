"""Thirty-ninth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-38 and the concurrent batch 40), as new sources for the next blind split `fresh39`.

This batch adds documents from new web sites (one source group per registrable domain, one page a site; servers at
bare IP addresses are grouped by the shared `site()` rule), mirroring what an office meets: town and county
government pages (emergency plans with 文号, final accounts, a forest-fire plan notice, town people's congress news),
procurement-intention notices and a hospital tender notice, a court judgment and a law firm's case digest, company
news with datelines, a product warranty notice and 繁體 school and association pages; companies' own rules
(warehouse duties, dress codes, a staff code, information-security standard, company articles) and internal
notices; contract templates (supply, framework purchase, equity increase, labour contracts), a board resolution
template, a settlement audit report, a due-diligence report and a target-responsibility agreement. Labels follow
DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or login lines were dropped. Every candidate was screened with the hold-out guard
(address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 39.

Usage:  python tools/corpus/collect_batch39.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch39.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "39"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
