"""Thirtieth batch of the real corpus: stored public web pages from sites no earlier batch used (batches 1-29 and the
concurrent batch 32), mostly Chinese, as new sources for training and the next blind split.

This batch adds documents from new web sites (one source group per registrable domain; the management e-book server
182.92.173.175 - group `web:173.175` by the shared `site()` rule - gives two pages): companies' rules on contract
prepayment, travel expenses, office computers and e-mail, hospital network security, strategy planning and monthly
operation meetings, a university's asset rules and internal holiday and working-time notices; a non-compete template,
an offer-letter template and a payroll employee register; a VC term sheet, business plans and a business-plan outline;
minutes templates, network and system design documents; and on the published side county and city government notices
with 文号, listed-company board announcements, news with datelines (several in 繁體 transcoding), legal and
industry articles, a company's published service terms and a city council resolution. Labels follow DESIGN.md
"Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or spam lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 30.

Usage:  python tools/corpus/collect_batch30.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch30.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "30"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
