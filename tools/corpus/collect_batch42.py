"""Forty-second batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-40 and the concurrent batch 41), as **training data** (no blind split is cut from this batch).

This batch adds documents of public bodies and institutions (one source group per registrable domain, one page a
site; servers at bare IP addresses are grouped by the shared `site()` rule): published pages of town, county and
district governments, discipline-inspection sites, schools, hospitals, disease-control centres and associations
(inspection notices, procurement and single-source notices, a published government procurement contract, budget and
financial-indicator disclosures, local regulations, notices with 文号, news with datelines, 繁體 Taiwan and Macau
pages); their internal documents (associations', schools' and offices' rules, internal notices, a blank vehicle
request form, work summaries and 述职 reports, emergency and 换届 plans, a teacher-data manual); and secret-level
material of such bodies as found on 范文 and document sites (minutes templates with example entries, village and
school contracts, a campus-network IP plan). Labels follow DESIGN.md "Labelling real documents"; every row records
`kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages
are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title,
> 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 42.

Usage:  python tools/corpus/collect_batch42.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch42.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "42"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
