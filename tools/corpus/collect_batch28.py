"""Twenty-eighth batch of the real corpus: stored public web pages from sites no earlier batch used, for the new blind
split `fresh28` (batches 28 and 29).

This batch adds documents from new web sites (one source group per registrable domain; two sites give two pages):
contract templates (contractor, consulting, employment, purchase and sales agreements, two of them in 繁體 or from
范文 sites), written-warning templates, business plans and plan templates (coffee shop, food truck, gym investor
memorandum, lawn care, restaurant, landscaping start-up costs), two consultancy summaries of tourism project
applications with investment totals and IRR, an M&A integration playbook, minutes samples and a school committee's
minutes, a hospital LAN design, requirement and deployment-architecture templates, a library's hardware inventory
and two quotes to named clients; companies' strategy-planning, pay-mix, IT-use and expense rules and handbooks;
and on the published side board and committee minutes on their owners' sites, articles on M&A deal structure,
tourism feasibility and quotation letters, an encyclopedia entry, a product help page, a subnetting tutorial and an
M&A-planning method page. Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and
`publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or markup lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 28.

Usage:  python tools/corpus/collect_batch28.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch28.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "28"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
