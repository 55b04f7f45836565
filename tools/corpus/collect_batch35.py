"""Thirty-fifth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-32), as new sources for training.

This batch adds documents from new web sites (one source group per registrable domain, one page a site; the OA portal
at 124.128.247.246 is group `web:247.246` by the shared `site()` rule): county, city and provincial notices and
regulations (several with 文号), recruitment 公告, news with datelines (companies, hospitals, universities, county
governments), published papers and patents, franchise cost tables and a vendor's API guide; universities', hospitals',
a group's and a government body's internal notices and rules (exam arrangements, holiday duty, travel and expense
approval, network use, safety responsibility, job descriptions); blank partnership, loan, purchase, cooperation and
investment-intent agreements; a project's database design; and a business-plan outline. Labels follow DESIGN.md
"Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or login lines were dropped. Every candidate was screened with the hold-out guard
(address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 35.

Usage:  python tools/corpus/collect_batch35.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch35.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "35"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
