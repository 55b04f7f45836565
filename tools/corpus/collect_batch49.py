"""Forty-ninth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-48, the concurrent batch 50 and every site claimed in /work/corpus/claimed_sites.txt), as new
sources for the next blind split `fresh49` (main cuts the split with batch 50; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server at a
bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: county and city
emergency-plan notices with 文号 (a county master plan, flood control, geological disasters) and a village-affairs
publicity plan, a district's government-investment measures, township safety-meeting, county executive-meeting,
budget-meeting, investment-review and company news (many in 繁體), a village cadre subsidy publicity notice, a published
district-government executive-meeting summary, a Taiwan law firm's article on trade secrets, a listed company's
shareholder-meeting voting rules, a development-zone committee's published work rules, a router default-password
article, a procurement requirement list, a product-help page on customer records and a 104 article on specification
documents; own rules of companies, associations, schools, hospitals and government offices (salary, equipment,
meeting, logistics, funds, safety-meeting rules); a hospital annual summary, a funding request and an investment
speech; contracts (warehouse and boiler-room leases, excavator hire, a labour contract, a renovation quote form) and
a blank due-diligence questionnaire; an industrial park's dispatch-meeting minutes, a district heating joint-meeting
summary and a letter to Series-A investors. Labels follow DESIGN.md "Labelling real documents"; every row records
`kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 49.

Usage:  python tools/corpus/collect_batch49.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch49.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "49"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
