"""Sixth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh6` (with the seventh batch, public repositories, collected at the same time on another branch).

`fresh4` (batches 4 and 5) has been scored three times and is development data now. This batch adds documents from
new web sites (one source group per registrable domain) shaped like the hidden evaluation set: published documents
of many kinds (government notices with 发文字号 and 印发, laws and regulations, news, disclosed annual reports and
announcements, product pages and vendors' documentation, blank national forms, price notices, writing guides and
范文 pages), companies' 制度/办法 on sensitive topics, contract 范本, minutes and meeting notices, salary tables and
rosters, investment and business plans, bids and quotations, technical, design and 运维 documents, in-house system
manuals, SQL and configuration, server inventories. About a third is published (公开), some in traditional
characters. Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, share-site boilerplate was
left out. Every candidate was screened with the hold-out guard (address, then text) before it was transcribed; a
rejected page's site was dropped whole and logged to OUT/rejected.tsv (`batch 6 (screened, …)`). This script runs
batch 4's collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again
(address and text; a rejection drops its whole site), pages are deduplicated against every other batch and within
this one by batch 3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are
appended to `classifiers/corpus/real_manifest.tsv` with `batch` 6.

Usage:  python tools/corpus/collect_batch6.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch6.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "6"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
