"""Thirty-seventh batch of the real corpus: stored public web pages, all in Chinese, from sites no earlier batch used
(batches 1-36 in the manifest of branch r13, the pages files of other batches and the concurrent batch 38, whose
sites are claimed in /work/corpus/claimed_sites.txt), as new sources for training.

This batch leans to industry and company sites (construction, logistics, manufacturing, valves and electrical
equipment, catering, finance news): companies' news with datelines (several in 繁體 transcoding), listed-company
announcement news and a broker's research summary, product pages, franchise investment tables, a district audit work
report, a unit's final accounts and a district emergency plan; companies' own rules (attendance, warehouse, meetings,
safety, dress code), internal holiday and safety notices, a project department's safety work summary and a sales
director's work plan; blank construction, tender-agency, warehouse-lease and joint-venture contracts; a group's
monthly financial analysis report; a restaurant business plan. Labels follow DESIGN.md "Labelling real documents";
every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or spam lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 37.

Usage:  python tools/corpus/collect_batch37.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch37.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "37"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
