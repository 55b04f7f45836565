"""Forty-seventh batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-46, the concurrent batch 48 and every site claimed in /work/corpus/claimed_sites.txt), as new
sources for the next blind split `fresh47` (main cuts the split; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server at a
bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: a Hong Kong news report,
county and township budget pages, a hospital procurement-intention notice and hospital tender news, a State Council
opinion and a city's coal-mine emergency-plan notice with 文号, company and group news (board meetings, 述职考评), a
listed company's board-resolution announcement; companies' own rules (a Taiwan company handbook, a coal mine's flood
plan, hotel, kitchen, gas-company, driving-school, law-firm and school attendance rules, a loss-compensation rule, a
health-check rule) and two exam notices of universities; contract templates (profit sharing, branch co-operation,
sales agency, franchise, distribution, trainer and training agreements); a water-investment group's board minutes, a
software acceptance test-report template, an acquisition plan and an education business-plan outline. Labels follow
DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 47.

Usage:  python tools/corpus/collect_batch47.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch47.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "47"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
