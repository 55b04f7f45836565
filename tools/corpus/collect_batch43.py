"""Forty-third batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-40 and the concurrent batches 41 and 42), collected for the next blind split (main cuts it).

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server
at a bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: county, city and
township notices with 文号 (flood and production-safety emergency plans, health and agriculture work plans, a
hospital-reform notice), a consultation notice, recruitment announcements, a township government work report and
departmental final accounts, a procurement bidding notice, hospital and university news, a securities data table
and a regulator's annual-report page; institutions' and companies' own rules (college meeting and seal rules,
laboratory safety, office supplies, hotel staff handbooks, purchasing procedure) and internal notices and a blank
reimbursement form; contract templates (framework purchase with named parties, factory lease,
construction, equipment lease, land transfer, franchise), a college's 党政联席会议纪要 and a village 一事一议
record, a property-management bid proposal and a start-up investment plan. Labels follow DESIGN.md "Labelling real
documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or spam lines were dropped. Every candidate was screened with the hold-out guard
(address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 43.

Usage:  python tools/corpus/collect_batch43.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch43.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "43"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
