"""Twenty-fifth batch of the real corpus: stored public web pages from sites no earlier batch used (training only, no
blind split).

This batch adds documents from new web sites (one source group per registrable domain), weighted toward sources
batch 23 was less likely to use: Hong Kong, Macau and Taiwanese pages (a productivity council's audited financial
statements, a Macau gazette index, a legal-information page, a Taiwan-listed company's director-election rules, a
university's administrative-meeting rules, employment templates of Hong Kong service firms), mainland universities'
and colleges' published 党委会/党政联席会/校长办公会 minutes and meeting rules, state-owned enterprises' own news pages,
municipal and prefectural notices with 文号 from the north-east and the west (Heilongjiang, Xinjiang), companies'
and 范文 sites' management rules (pay, commission, property management, share-transfer procedures), partnership,
non-compete and confidentiality agreements (many rendered in traditional characters by mirror sites), business,
financing and M&A plans and memos, an internal 招商 report, an operating-analysis sample with figures, and English
pages: a Hong Kong non-compete template and offer letter, letters of intent, business-plan samples, a board-minutes
page, an SBDC start-up worksheet and vendors' published interface guides.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or spam lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 25.

Usage:  python tools/corpus/collect_batch25.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch25.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "25"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
