"""Thirty-second batch of the real corpus: stored public web pages from sites no earlier batch used (training data,
or the next blind split).

This batch adds documents from new web sites (one source group per registrable domain; one site gives two pages),
mostly Chinese (繁體 pages among them), weighted to the four kinds the classifier gets wrong most: lists (a published
recommendation list notice and a published renovation price list; a blank customer follow-up form was too short),
meeting minutes (government executive-meeting summaries and an estate-management meeting record published by their
owners; sample company and school purchase minutes, a machine-translated company project meeting), product manuals
(vendors' help pages on organisation charts, staff records, announcements, customer queries, an instrument page,
conveyor and screw-fastening product pages, an inventory component manual) and plans (district and county
five-year plans and their notices, a think-tank article on SOE plans, a franchise investment table, versus
translated restaurant and start-up financing plans). Also companies' and units' rules (information security,
password telegrams, meeting rules, hotel monthly meetings, IT equipment, asset entry, order management, salary
management, host naming conventions), a meeting-agenda e-mail, contract templates (equity transfer, non-compete and
confidentiality, employment contracts in Chinese, English and bilingual form), a network redesign report, government
notices with 文号 and recruitment announcements. Labels follow DESIGN.md "Labelling real documents"; every row records
`kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or markup lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`):
sites other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole
site), pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256,
same title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 32.

Usage:  python tools/corpus/collect_batch32.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch32.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "32"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
