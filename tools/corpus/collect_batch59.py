"""Fifty-ninth batch of the real corpus: stored public web pages, all in Chinese (简体 or 繁體), from sites no earlier
batch used (batches 1-58 and every other batch's pages file), as new sources for the next blind split `fresh59`
(main cuts the split with batch 60, repositories; this script only collects). Nothing was run on these texts and no
classifier may be.

This batch adds documents from new web sites (one source group per registrable domain, one page a site), mirroring
what an office meets: published news (a group company's year-end meeting, a nurse's year-end review, a 繁體 fundraising
report, a 繁體 farm company's project meeting), a county government's working rules, published guides and explainers
(an acceptance-report explainer and a business-plan guide in 繁體, business-plan, weekly-report and owners'-committee
minute writing, a restaurant's pay structure, a financing-plan essay, angel-round financing, strategy pitfalls, a 繁體
equity-planning article, a law firm's e-sports contract comment, a 繁體 angel fund's published investment preferences,
a Q&A page) and a gateway's published load-test report as a product manual; own rules of laboratories, teaching and
research offices, meeting rooms, a school's principal meeting and a 繁體 internship rule, a project department's
safety-meeting rule (范文), a team's GitHub conventions, internal notices (a party-branch meeting, two 繁體 attendance
and working-hours notices), an internship report and a course team's first meeting record; contracts (technical
consulting, software/consulting service, a streamer cooperation contract, a WeChat platform service contract, a 繁體
confidentiality agreement); technical documents (a CDN load-test record, two requirement specifications, one 繁體, a
database parameter design), a hospital's weekly meeting minutes, and three templates (a PRD, a technical-solution
template and a project acceptance-report outline). Labels follow DESIGN.md "Labelling real documents" and the batch's
notes (templates labelled as the document they are for); every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, login or spam lines were dropped. Every candidate was screened with the hold-out
guard (address, then text) before it was kept. This script runs batch 4's collector (`collect_batch4.main`): sites
other batches use are skipped, every page is guarded again (address and text; a rejection drops its whole site),
pages are deduplicated against every other batch and within this one by batch 3's `collect()` (same SHA-256, same
title, > 80% shared character 5-grams), and the rows are appended to `classifiers/corpus/real_manifest.tsv` with
`batch` 59.

Usage:  python tools/corpus/collect_batch59.py [--out /work/corpus/real59] [--pages /work/corpus/pages_batch59.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "59"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
