"""Thirty-eighth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-36 and the concurrent batch 37), as new sources for training.

This batch adds documents from new web sites (one source group per registrable domain, one or two pages a site; a
school server at 163.30.124.1 is group `web:124.1` by the shared `site()` rule), leaning to 繁體 sites of Taiwan and Hong
Kong bodies and companies and to document-share and 范文 sites not used before: Hong Kong tender notices and
procurement terms, Taiwan laws and rules with 文号, listed companies' published governance rules and an annual-report
excerpt, court judgments, a hospital's final accounts, published minutes of a school committee, news with datelines,
product manuals and service notices; schools', a district office's and companies' own rules and internal notices
(expense reimbursement, attendance systems, meetings, overtime, emergency plans, a blank job-description form);
contract templates (confidentiality, regional agency, partnership and cooperation agreements); and a
requirements-specification outline. Labels follow DESIGN.md "Labelling real documents";
every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation or login lines were dropped. Every candidate was screened with the hold-out guard
(address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites other
batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site), pages are
deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same title, > 80%
shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with `batch` 38.

Usage:  python tools/corpus/collect_batch38.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch38.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "38"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
