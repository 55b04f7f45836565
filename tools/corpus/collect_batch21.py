"""Twenty-first batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh21`.

This batch adds documents from new web sites (one source group per registrable domain): mainland and Taiwanese news
with datelines (investment signings, hospital outreach, companies' strategy-plan news), a provincial legislature's
amendment decision, securities and property-exchange announcements, a Taiwanese income statement, a stock exchange's
reference board rules, product pages; universities', hospitals', a foundation's and companies' internal rules (meeting,
administration, attendance, HR qualification standards), holiday notices and an internal IT wiki page; contract and
agreement templates (employment, consulting, technical-service, non-compete, NDA, supply price annex) and an offer
letter with salary, several of them in English; minutes templates and textbook minutes, design, requirements,
database and post-mortem templates, a project review template and a financial-analysis 范文; business, financing and
hotel-funding plans and outlines, and pages that hold default or example credentials.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and share-site boilerplate lines were left out. Every candidate was screened with the hold-out
guard (address, then text) before it was kept; a rejected page's site was dropped whole. This script runs batch 4's
collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again (address and
text; a rejection drops its whole site), pages are deduplicated against every other batch and within this one by
batch 3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 21.

Usage:  python tools/corpus/collect_batch21.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch21.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "21"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
