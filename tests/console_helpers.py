"""A workspace with drafts waiting for a person, and logging in through the console's own form."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from marker.intake.pipeline import Context, process_file
from marker.settings import build_settings
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx
from tests.roster import staff

MINUTES = "财务报表-2026Q1.docx"
STRATEGY = "战略规划.docx"


def workspace_with_drafts(root: Path) -> Path:
    """An initialised workspace (tests/roster.py staff) with a 机密 and a 绝密 draft in review/."""
    workspace = root / "miji-data"
    staff(workspace)
    drafts = root / "drafts"
    drafts.mkdir(exist_ok=True)
    make_docx(drafts / MINUTES, FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    make_docx(drafts / STRATEGY, ["2027-2031年发展战略规划（讨论稿）", "投资计划与并购方案，董事会研究中的方案。"])
    settings = build_settings({"workspace": workspace})
    ctx = Context.of(settings)
    try:
        for name in (MINUTES, STRATEGY):
            shutil.copy(drafts / name, ctx.layout.inbox / name)
            assert process_file(ctx, ctx.layout.inbox / name).outcome == "review"
    finally:
        ctx.worker.close()
        ctx.ledger.close()
    return workspace


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "every form carries a CSRF token"
    return found.group(1)
