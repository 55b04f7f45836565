"""Fifty-fifth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-54 and every other batch's pages file), as new sources for the next blind split `fresh55`
(main cuts the split with batch 56; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site), mirroring
what an office meets: published news (a county hospital, two community grid meetings, one 繁體), a district
government's growth-policy measures, vendors' product pages (a retail POS help page, a 繁體 admin-panel manual, a 繁體
design studio's process page), and published guides and explainers (acceptance reports, restaurant business plans,
equity financing, salary tables, requirement specifications and weekly reports in 繁體); own rules of stores, a mine
team's pre-shift meeting, a company's document-classification rule, a driver rule, a kindergarten's fire drill plan
and parents'-meeting arrangements, and two blank templates (a 繁體 software acceptance report, a performance-test
report outline); contracts (a 繁體 livestock contracting form, a cattle-technology service contract, a venue lease,
a loan agreement, a 繁體 profit-sharing agreement, a domestic-helper agreement); technical and test documents (a
project acceptance report, a platform stability-test report with internal addresses, a medical platform's security
test report, a department's security test report, an online bookstore's requirement specification); kindergarten
board minutes; and two feasibility studies of care-home projects (one 繁體). Labels follow DESIGN.md "Labelling real
documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 55.

Usage:  python tools/corpus/collect_batch55.py [--out /work/corpus/real55] [--pages /work/corpus/pages_batch55.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "55"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
