"""Forty-first batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-40 and the concurrent batch 42), as training data.

This batch adds documents from new web sites (one source group per registrable domain, one page a site), weighted to
companies' own documents above 公开, as an office meets them: companies' rules (hotel staff handbooks, petrol-station
rules, an internal-control purchasing cycle, job descriptions, meeting and receivables rules); contracts of many small
businesses (fish-pond, orchard, livestock and pool contracting, shop transfer, kitchen contracting, a beauty-salon
share agreement, a named property-service contract); a company's monthly operating analysis, a trade association's
board minutes and a blank board resolution; business plans and feasibility reports (a charging-pile company, leisure
farms); and, as published counterparts, company and trade news with datelines, listed-company and exchange
announcements (an acquisition letter of intent, transfer listings whose base prices are published), procurement
notices, a product technical page, a software manual and an official model contract. Labels follow DESIGN.md
"Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or share-site boilerplate lines were dropped. Every candidate was screened with
the hold-out guard (address, then text) before it was kept. This script runs batch 4's collector
(`collect_batch4.main`): sites other batches use are skipped, every page is guarded again (address and text; a
rejection drops its whole site), pages are deduplicated against every other batch and within this one by batch 3's
`collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 41.

Usage:  python tools/corpus/collect_batch41.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch41.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "41"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
