"""Fifty-first batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-50, the concurrent batch 52 and every other batch's pages file), as new sources for the next
blind split `fresh51` (main cuts the split with batch 52; this script only collects).

This batch adds documents from new web sites (one source group per registrable domain, one page a site; a server at a
bare IP address is grouped by the shared `site()` rule), mirroring what an office meets: county, city and township
government news (a party-committee work meeting, a people's congress preparatory meeting), a recruitment-exam notice
and an education bureau's meeting notice on mirror sites (繁體 transcoded), news of a heating company, a university
logistics office, a toll station and an industry association (some in 繁體), a newspaper report, published writing
guides and explainers (property weekly reports, financing plans, village meeting records, confidentiality agreements,
quotations, salary slips, shareholder resolutions), a personal testing blog, a CRM vendor's help page, a reporting
vendor's article, a Taiwan law firm's article and a Taiwan civil judgment, two official model construction contracts
(one a 征求意见稿); own rules of associations, a Taiwan trade association, a chamber of commerce, a school, companies and
a law firm (meeting, finance, dormitory, archive rules, a shareholder-meeting rule text), a mis-titled sales plan, a
staff dinner notice and two blank templates (a sales summary outline, a PRD outline); contracts (vehicle affiliation,
shop lease, private loan, a loan-agreement example, partnership, website maintenance, logistics, franchise, two
maternity-nurse agreements); a renovation budget quotation; and two business plans (an organic farm in 繁體, a
training school). Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and
`publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 51.

Usage:  python tools/corpus/collect_batch51.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch51.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "51"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
