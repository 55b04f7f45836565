"""Twelfth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh12` (made once batches 12 and 13 are merged).

`fresh10` (batches 10 and 11) has been scored and is development data now. This batch adds documents from new web
sites (one source group per registrable domain), shaped like the hidden evaluation set: published documents (Taiwanese
laws and a city regulation with its 發文字號, a listed company's published board rules, Hong Kong listing rules and a
shareholders' circular, a bank's meeting handbook, tender notices, dated news, vendors' help pages, a legal Q&A),
companies' and schools' 制度 on sensitive topics (contract management, salary approval, meeting minutes, recruiting,
machine rooms), internal notices to units, contract and agreement 范本 (a mine's signed contracting agreement, a
technology-development contract, non-compete, share-holding-on-behalf, labour-dispatch and acquisition letters of
intent), minutes of student clubs and a residents' committee, design and implementation documents, a financial
analysis, a self-hosted project page holding an admin password, and business, financing and investment plans (a
shop's payback sheet, a group's private-placement investment analysis, an acquisition feasibility study). Many pages are in traditional characters (Taiwan, Hong Kong). Labels follow DESIGN.md "Labelling real
documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part. Every candidate was screened with the hold-out guard (address, then text) before it was kept; a
rejected page's site was dropped whole. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 12.

Usage:  python tools/corpus/collect_batch12.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch12.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "12"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
