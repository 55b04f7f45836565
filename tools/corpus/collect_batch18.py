"""Eighteenth batch of the real corpus: stored public web pages from sites no earlier batch used, for the blind split
`fresh18`.

This batch adds documents from new web sites (one source group per registrable domain): Taiwanese pages (listed
companies' board rules, private-placement and capital-increase announcements, an investor-relations monthly sales
table, a standards bureau's news, weekly-paper columns), mainland news with datelines, a Shanghai government notice with
文号 reposted in 繁體 conversion, published university minutes, a franchise brochure, universities' and companies'
internal rules (meeting, reporting and project-department rules, a development-process page, an association charter),
internal notices and a system administrator guide, 范文 sites' lease, sub-lease, profit-sharing, processing and
outsourcing contract templates and an option grant agreement, design, architecture, deployment, quotation and test
documents on self-hosted Git servers, GitBook and blogs, project and team minutes on personal blogs, business,
investment, crowd-funding and project-application plans, and a documentation page with a default admin password.
Labels follow DESIGN.md "Labelling real documents"; every row records `kind` (文种) and `publication`.

The pages were found with the stored-page search and transcribed into `--pages` (outside the repository: a list of
{url, text, level, category, kind, publication, note}); nothing was added or reworded, a long excerpt was at most cut
to a contiguous part and share-site boilerplate lines were left out. Every candidate was screened with the hold-out
guard (address, then text) before it was kept; a rejected page's site was dropped whole. This script runs batch 4's
collector (`collect_batch4.main`): sites other batches use are skipped, every page is guarded again (address and
text; a rejection drops its whole site), pages are deduplicated against every other batch and within this one by
batch 3's `collect()` (same SHA-256, same title, > 80% shared character 5-grams), and the rows are appended to
`classifiers/corpus/real_manifest.tsv` with `batch` 18.

Usage:  python tools/corpus/collect_batch18.py [--out /work/corpus/real] [--pages /work/corpus/pages_batch18.json]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from collect_batch4 import main

BATCH = "18"

if __name__ == "__main__":
    raise SystemExit(main(BATCH, __doc__))
