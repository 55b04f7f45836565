"""Fifty-seventh batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-56 and every other batch's pages file), as new sources for the next blind split `fresh57`
(main cuts the split with batch 58; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site), mirroring
what an office meets: published news (a children's hospital, an education-news interview, a city SASAC notice
summary, reposted group-company meetings, one 繁體), a published procurement document, published guides and
explainers (test-report and meeting-minute writing, website costs, a 繁體 website-launch SOP, 繁體 guides to lease
contracts, payslips, stock options and management-committee meetings, a 繁體 textbook chapter on test reports, a
confidentiality-pledge explainer), a 繁體 product manual and a 繁體 design studio's published service terms; own rules of restaurants and kitchens (two 繁體),
school and university meeting rules, a foundation's donation rules, an internship-base rule, a project department's
safety-meeting rule, two internal notices (one 繁體), a student team's sprint log and a 繁體 competitor-analysis work
guide; contracts (a loan contract, a fund partnership agreement, a software-development contract); technical and test
documents (login test cases, two database/interface designs, a library system's requirement analysis); a university
president's office meeting minutes; a feasibility study of an orchard project; and five templates (interface-test,
performance-test and test-summary reports, a business-plan outline, a financing plan). Labels follow DESIGN.md
"Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 57.

Usage:  python tools/corpus/collect_batch57.py [--out /work/corpus/real57] [--pages /work/corpus/pages_batch57.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "57"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
