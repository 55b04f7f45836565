"""Sixteenth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh16` (web half; batch 17 is the repository half).

This batch adds documents from new web sites (one source group per registrable domain): Taiwanese and Hong Kong pages
(a community management committee's, a guild's and a parents' association's minutes, a university's published
council minutes, association charters and a student association's finance rules, news with datelines, a statute page,
a county education notice with 文号, a bank's loan product page, an academy's annual report page), mainland
announcements and reports (a listed company's committee rules and final-accounts report, a Beijing notice with 文号
reposted on a forum), companies' and 范文 sites' contract-management and meeting rules, purchase, design, agency and
acquisition-cooperation contracts, business, investment and crowd-funding plans, deployment and network design
documents, a financial-analysis 范文, vendors' product help pages and a documentation page with default credentials.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part. Every candidate was screened with the hold-out guard (address, then text) before it was kept; a
rejected page's site was dropped whole. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 16.

Usage:  python tools/corpus/collect_batch16.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch16.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "16"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
