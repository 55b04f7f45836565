"""Further copies of one PDF come from one rendered template (issue 18): each must still be a
whole, valid PDF that shows, embeds and records only its own 份号 and recipient."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pymupdf
import pytest

from marker.domain.marks import CopyFacts, MarkFacts
from marker.reading.documents import read
from marker.render.pdf import PdfStamper
from tests.builders import FINANCIAL_REPORT, make_pdf

FACTS = MarkFacts(
    level="机密", period="10年", expiry=date(2036, 4, 9), registry="MJ-2026-000123",
    mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
    original_sha256="ab" * 32, marked_at="2026-04-09T10:00:00+08:00",
)
BATCH = [CopyFacts("000001", "财务部张三"), CopyFacts("000002", "财务部张三"), CopyFacts("000003", "王五"),
         CopyFacts("000004", "财务部张三"), CopyFacts("000005", ""), CopyFacts("000006", "Bob (外聘) 审计")]


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 3)


def _issue(draft: Path, folder: Path, *, whole: bool = False) -> list[Path]:
    """The batch as Miji issues it; `whole`: every copy rendered on its own (the reference)."""
    paths = [folder / f"c{copy.copy_number}.pdf" for copy in BATCH]
    with PdfStamper(draft, FACTS) as stamper:
        if whole:
            stamper._templates = False
        stamper.write_copies(list(zip(BATCH, paths, strict=True)))
    return paths


def _fonts(doc: pymupdf.Document) -> list[bytes]:
    """The embedded font programs of our mark font, as stored."""
    found = []
    for xref in range(1, doc.xref_length()):
        kind, _ = doc.xref_get_key(xref, "Subtype")
        if doc.xref_is_stream(xref) and (doc.xref_get_key(xref, "Length1")[0] != "null" or kind == "/CIDFontType0C"):
            found.append(doc.xref_stream(xref))
    return found


def test_each_copy_of_a_batch_shows_and_records_only_its_own_number_and_recipient(draft: Path, tmp_path: Path):
    paths = _issue(draft, tmp_path / "out")
    for copy, path in zip(BATCH, paths, strict=True):
        with pymupdf.open(path) as doc:
            assert not doc.is_repaired, "offsets and cross-reference table exact"
            text = "".join(page.get_text() for page in doc)
            assert copy.copy_number in doc[0].get_text(clip=pymupdf.Rect(0, 0, 300, 200))
            assert text.count(f"第 {copy.copy_number} 份") == doc.page_count  # every page's footer
            for other in BATCH:
                if other.copy_number != copy.copy_number:
                    assert f"第{other.copy_number}份" not in text
            if copy.recipient:
                assert f"发放对象 {copy.recipient}" in text
            else:
                assert "发放对象" not in text
        mark = read(path).existing_mark
        assert mark is not None and mark.copy_number == copy.copy_number
        assert (mark.recipient or "") == copy.recipient and mark.registry == FACTS.registry


def test_a_copy_from_the_template_looks_and_embeds_exactly_what_a_whole_render_does(draft: Path, tmp_path: Path):
    fast = _issue(draft, tmp_path / "fast")
    whole = _issue(draft, tmp_path / "whole", whole=True)
    for a, b in zip(fast, whole, strict=True):
        with pymupdf.open(a) as one, pymupdf.open(b) as other:
            assert _fonts(one) == _fonts(other), "the same glyphs: no other recipient's name in the subset"
            assert one.metadata == other.metadata
            assert "".join(one.get_xml_metadata().split()) == "".join(other.get_xml_metadata().split())
            for page, twin in zip(one, other, strict=True):
                assert page.get_pixmap(dpi=50).samples == twin.get_pixmap(dpi=50).samples
                assert page.get_text("words") == twin.get_text("words")


def test_copies_are_whole_renders_when_no_template_can_be_made(draft: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(PdfStamper, "_make_template", lambda self, payloads: None)
    paths = _issue(draft, tmp_path / "out")
    for copy, path in zip(BATCH, paths, strict=True):
        mark = read(path).existing_mark
        assert mark is not None and (mark.copy_number, mark.recipient or "") == (copy.copy_number, copy.recipient)
