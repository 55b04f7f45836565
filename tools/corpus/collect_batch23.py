"""Twenty-third batch of the real corpus: stored public web pages from sites no earlier batch used (training only, no
blind split).

This batch adds documents from new web sites (one source group per registrable domain), aimed at what the classifier
gets wrong on new sources: county and corporate news with datelines (some in traditional characters), listed
companies' disclosed enquiry replies and prospectus excerpts, an association's notice, a Taiwanese administrative
rule, franchise pages and vendors' online product manuals (customer, server and compensation screens full of
high-level words); companies' and share sites' rules on meetings, leave, attendance, seals and internal audit, a
contractor's bid-pricing guide, a meeting notice and an all-staff restructuring memo; contract templates (software
outsourcing, trial, mutual NDA, independent contractor, severance) and offer letters; filled and template minutes of
boards and management meetings, quality-incident reports, a test report, a design-document template and a project
status report; and business, financing and start-up plans (English samples and Chinese 范文 in 繁體 renderings).
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and navigation, advertising or spam lines were dropped. Every candidate was screened with the
hold-out guard (address, then text) before it was kept; a rejected page's site was dropped whole. This script runs
batch 4's collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again
(address and text; a rejection drops its whole site), pages are deduplicated against every other batch and within
this one by batch 3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are
appended to `classifiers/corpus/real_manifest.tsv` with `batch` 23.

Usage:  python tools/corpus/collect_batch23.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch23.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "23"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
