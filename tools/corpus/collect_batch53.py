"""Fifty-third batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-52, the concurrent batch 54 and every other batch's pages file), as new sources for the next
blind split `fresh53` (main cuts the split with batch 54; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server at a
bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: published news (a university
party branch, a development zone's project meeting, a builder's site meeting, a 繁體 financial report on mirror sites),
a county kindergarten's published budget, an investment-promotion project listing, a Taipei municipal meeting rule, an
official model land-contract text, a care home's price list, vendors' product pages, and published guides and
explainers (financing plans, test and acceptance reports, three-year plans, software quotations, training plans,
renovation quotations, confidentiality and non-compete agreements, shareholder resolutions; some in 繁體); own rules of
schools and a pet shop, a company's parcel-locker notice, a school's teaching-research plan, a sales year-end summary,
a mis-titled 繁體 survey report and three blank templates (a performance-test report, a test summary report, a
requirements outline); contracts (two fish-pond leases, a streamer agency agreement, two wedding-banquet bookings,
two advertising-space leases, a cleaning-service contract); minutes (a safety-committee meeting, a project and
business meeting); a performance-test result page; and two business plans (a 繁體 fitness centre, a farm-stay
investment budget). Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and
`publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 53.

Usage:  python tools/corpus/collect_batch53.py [--out /work/corpus/real53] [--pages /work/corpus/pages_batch53.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "53"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
