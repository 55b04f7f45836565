"""Eighth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh8`.

`fresh6` (batches 6 and 7) has been scored and is development data now. This batch adds documents from new web
sites (one source group per registrable domain) shaped like the hidden evaluation set: published documents
(government notices with 发文字号, laws and regulations, news, listed companies' announcements, product pages,
blank national forms, price notices, writing guides, some in traditional characters), companies' 制度/办法 on
sensitive topics and internal notices, contract 范本 and personnel material, minutes, design and deployment
documents, financial analyses, server inventories without passwords, business, investment and financing plans.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, share-site boilerplate was
left out at most. Every candidate was screened with the hold-out guard (address, then text) before it was
transcribed; a rejected page's site was dropped whole. This script runs batch 4's collector
(`collect_batch4.main`): sites other batches use are skipped, every page is guarded again (address and text; a
rejection drops its whole site), pages are deduplicated against every other batch and within this one by batch
3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 8.

Usage:  python tools/corpus/collect_batch8.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch8.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "8"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
