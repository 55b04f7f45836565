"""Twentieth batch of the real corpus: stored public web pages from sites no earlier batch used (training only, no
blind split).

This batch adds documents from new web sites (one source group per registrable domain): Taiwanese pages (a legislature
committee's published minutes, university and hospital rules, a county education notice), mainland universities' and
colleges' meeting rules and published 党政联席会/党委会/校长办公会 minutes, companies' and 范文 sites' management
rules, labour, transport, agency, crop-purchase and confidentiality contracts (some rendered in traditional characters
by mirror sites), business, crowd-funding, financing and feasibility plans, vendors' product and POS manuals, listed
companies' announcements, news, a tender notice and a law-case page; and English pages: a professional association's
executive-session policy, confidential business plans and their templates, offer letters and employment agreements
from filings, a first-board-meeting minutes template, internal audit reports, a financing term sheet, a consultant's
cost proposal in a city's public records, an internal specification template and a strategy outline template.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or advertising lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept; a rejected page's site was dropped whole. This script runs batch 4's
collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again (address and text;
a rejection drops its whole site), pages are deduplicated against every other batch and within this one by batch 3's
`collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 20.

Usage:  python tools/corpus/collect_batch20.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch20.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "20"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
