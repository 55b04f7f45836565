"""Tenth batch of the real corpus: stored public web pages from sites no earlier batch used, for a last blind split
`fresh10` (made once batches 10 and 11 are merged).

`fresh8` (batches 8 and 9) has been scored. This batch adds documents from new web sites (one source group per
registrable domain) shaped like the hidden evaluation set: published documents (local regulations and a draft
regulation put out for comment, a Taiwanese labour-law chapter, a court judgment, listed companies' disclosed pay and
information-security policies, board-resolution announcements and an income statement, vendors' product manuals,
news with a dateline, a school's published security plan, articles about minutes, plans and server lists), companies'
and teams' 制度 on sensitive topics (hospital IT, information security, seals, attendance), internal notices and a
documentation guide, contract and labour-contract 范本, minutes, requirement, architecture and deployment documents,
a customer table design and SQL, a financial analysis, business plans and an M&A outline, and a shop's investment
payback sheet. Many pages are in traditional characters (Taiwan, Hong Kong). Labels follow DESIGN.md "Labelling
real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part. Every candidate was screened with the hold-out guard (address, then text) before it was kept; a
rejected page's site was dropped whole. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 10.

Usage:  python tools/corpus/collect_batch10.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch10.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "10"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
