"""Fourteenth batch of the real corpus: stored public web pages from sites no earlier batch used, as development data
(not a blind split).

This batch adds documents from new web sites (one source group per registrable domain) for training and development:
Taiwanese, Hong Kong and Macau pages (a hospital committee's meeting rules, a district council's agenda, BBS mirrors of
a student council's minutes, Hong Kong listed companies' annual reports and a results announcement, a community's
management rules, a city forum article), university and government notices (system outages, campus-network rules,
water-price notices), 范文 and 文库 sites with unused domains (contracts and leases, 制度, meeting records, blank
forms, business and financing plans with budgets), franchise investment tables, vendors' product pages and news, and
design documents and default-credential guides on self-hosted Gitea/Gogs servers. Labels follow DESIGN.md "Labelling
real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part. Every candidate was screened with the hold-out guard (address, then text) before it was kept; a
rejected page's site was dropped whole. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 14.

Usage:  python tools/corpus/collect_batch14.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch14.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "14"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
