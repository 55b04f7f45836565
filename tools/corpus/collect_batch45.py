"""Forty-fifth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-44 and the concurrent batches 46 and 47), as new sources for the next blind split `fresh45`.

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server at a
bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: county and town government
pages (final-accounts explanations, a notice with 文号 issuing an employment plan, a ministry opinion with 文号, town
news), public-institution recruitment notices, award-candidate 公示, court judgments and a case digest, a national
standard's description, a regulator's IPO feedback letter, hospital and company news with dates, a product page;
associations' and chambers of commerce's own meeting rules and articles, companies' pay, resignation and training
rules, a work report and a project finance summary; contract templates (non-compete, plant lease, processing,
subcontracting). Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and
`publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, spam or login lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages
are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title,
> 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 45.

Usage:  python tools/corpus/collect_batch45.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch45.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "45"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
