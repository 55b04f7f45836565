"""Twenty-sixth batch of the real corpus: stored public web pages from sites no earlier batch used, for the new blind
split `fresh26` (batches 26 and 27).

This batch adds documents from new web sites (one source group per registrable domain), found mostly through
English template, sample and organisation pages (other share sites for Chinese plans and contracts are nearly all
sources already): contract templates (sales-commission, partnership, loan, non-compete, employment agreements), an
increment letter with a salary breakup, business plans and investment offerings (bakery, food truck, car wash, gym,
hotel projects), an M&A memo sample and a strategic-plan template, published minutes of water districts and a
homeowners' association, a company's network-architecture knowledge base, deployment and requirement documents,
a contractor's itemised quote, companies' and universities' IT and HR procedures, a board agenda; and on the
published side Macau gazette orders, Inner-Mongolian and Guiyang
notices with 文号, Hong Kong press releases, listed-company and group news, vendors' user manuals and a
national-shopping quotation form. Labels follow DESIGN.md "Labelling real documents"; every row records `kind`
(文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or markup lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 26.

Usage:  python tools/corpus/collect_batch26.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch26.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "26"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
