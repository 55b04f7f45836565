"""The reader measures each PDF page in the same interpreter pass as its text (issue 18), and the
stamper places the marks from that measure: the copy must be the one the stamper would make by
measuring the page itself, on every kind of page the placement tests know."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from marker.domain.marks import CopyFacts
from marker.reading.documents import read_opened
from marker.reading.pdf_facts import stamp_overlaps
from marker.reading.pdf_measure import Prober
from marker.render import stamper_for
from marker.render.pdf import PdfStamper
from tests.test_mark_room import A4, CASES, FACTS, _build, _leaky, _text_from

COPY = CopyFacts("000007", "张三")
SHAPES = {**CASES, "leaky": ([(A4, _leaky)] * 2, 0), "rotated-180": ([(A4, _text_from(12))], 180)}


def _user_unit(tmp_path: Path) -> Path:
    source = _build(tmp_path / "unit.pdf", [(pymupdf.Rect(0, 0, 210, 297), _text_from(10))], 0)
    with pymupdf.open(source) as doc:
        doc.xref_set_key(doc[0].xref, "UserUnit", "2.835")
        doc.save(tmp_path / "mm.pdf")
    return tmp_path / "mm.pdf"


def _source(case: str, tmp_path: Path) -> Path:
    if case == "user-unit":
        return _user_unit(tmp_path)
    pages, rotate = SHAPES[case]
    return _build(tmp_path / f"{case}.pdf", pages, rotate)


@pytest.mark.parametrize("case", [*sorted(SHAPES), "user-unit"])
def test_a_copy_stamped_from_the_readers_measure_is_the_copy_measured_by_the_stamper(case: str, tmp_path: Path,
                                                                                     monkeypatch: pytest.MonkeyPatch):
    source = _source(case, tmp_path)
    document, opened = read_opened(source, full_text=True)
    assert opened.measures, "the reader measured the pages it read"
    with pymupdf.open(source) as fresh:
        assert [block.text for block in document.blocks] == [p.get_text("text").rstrip("\n") for p in fresh]
    interpreted: list[int] = []
    bboxlog, measure = pymupdf.Page.get_bboxlog, Prober.measure
    monkeypatch.setattr(pymupdf.Page, "get_bboxlog", lambda page: interpreted.append(page.number) or bboxlog(page))
    monkeypatch.setattr(Prober, "measure", lambda self, page: interpreted.append(page.number) or measure(self, page))
    measured = stamper_for(document, FACTS, opened)
    monkeypatch.undo()
    assert isinstance(measured, PdfStamper)
    if case != "leaky":
        assert interpreted == [], "no page interpreted again by the stamper"
    measured.write_copy(COPY, tmp_path / "measured.pdf")
    monkeypatch.setattr(PdfStamper, "_measure_the_rest", lambda self: None)  # each page probed and measured
    alone = PdfStamper(source, FACTS)                                         # after our stream is appended
    monkeypatch.undo()
    alone.write_copy(COPY, tmp_path / "alone.pdf")
    assert measured.layout_notes == alone.layout_notes
    measured.close()
    alone.close()
    assert stamp_overlaps((tmp_path / "measured.pdf").read_bytes())[0] == []
    with pymupdf.open(tmp_path / "measured.pdf") as one, pymupdf.open(tmp_path / "alone.pdf") as other:
        for page, twin in zip(one, other, strict=True):
            assert page.get_pixmap(dpi=40).samples == twin.get_pixmap(dpi=40).samples
            assert page.get_text("words") == twin.get_text("words")


def test_content_that_leaves_its_state_behind_fails_the_readers_probe_and_is_isolated(tmp_path: Path):
    source = _source("leaky", tmp_path)
    document, opened = read_opened(source, full_text=True)
    assert opened.measures and not any(m.probed for m in opened.measures.values())
    with stamper_for(document, FACTS, opened) as stamper:  # type: ignore[attr-defined]
        stamper.write_copy(COPY, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        assert any(name.startswith("MijiO") for _, name, *_ in doc[0].get_xobjects()), "the content runs isolated"
        header = doc[1].search_for("绝密  MJ-2026-000123")
        assert header and header[0].y1 < 50 and header[0].width > 60


def test_measuring_leaves_the_readers_document_as_it_was(tmp_path: Path):
    source = _source("form-field", tmp_path)
    _, opened = read_opened(source, full_text=True)
    doc = opened.take()
    with pymupdf.open(source) as fresh:
        for page, twin in zip(doc, fresh, strict=True):
            assert page.get_contents() == twin.get_contents()
            assert page.get_pixmap(dpi=40).samples == twin.get_pixmap(dpi=40).samples
        data = doc.tobytes(garbage=1)
        assert b"0.5 0.5 0.25 0.25 re f" not in data
    doc.close()


def test_a_turned_page_in_larger_units_gets_its_marks_along_its_visible_edges(tmp_path: Path):
    """/Rotate with /UserUnit: pymupdf's rotation matrix ignores the unit, so a probe measured
    through it never matched and such pages were refused; MuPDF's own page transform places them."""
    source = _build(tmp_path / "turned.pdf", [(pymupdf.Rect(0, 0, 396, 561), _text_from(60))], 90)
    with pymupdf.open(source) as doc:
        doc.xref_set_key(doc[0].xref, "UserUnit", "1.5")  # shown as an A4 page, landscape
        doc.save(tmp_path / "unit.pdf")
    document, opened = read_opened(tmp_path / "unit.pdf", full_text=True)
    with stamper_for(document, FACTS, opened) as stamper:  # type: ignore[attr-defined]
        stamper.write_copy(COPY, tmp_path / "out.pdf")
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        pix = doc[0].get_pixmap(dpi=40, colorspace=pymupdf.csGRAY)
        width, height = pix.width, pix.height
        assert width > height, "landscape as shown"

        def inked(x0: float, y0: float, x1: float, y1: float) -> bool:
            return any(pix.pixel(x, y)[0] < 160 for x in range(int(x0 * width), int(x1 * width))
                       for y in range(int(y0 * height), int(y1 * height)))

        assert inked(0.3, 0.0, 0.7, 0.08), "the header across the top of the page as shown"
        assert inked(0.0, 0.85, 0.3, 1.0) and inked(0.7, 0.85, 1.0, 1.0), "份号 and page number along its foot"
        assert "第 000007 份" in doc[0].get_text()


def test_a_pdf_whose_measure_cannot_start_is_still_read_and_stamped_clear_of_its_content(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Where MuPDF's internals the measure relies on are missing, nothing is refused: the text is read as
    before and the stamper places the marks the old way (its own interpreter pass)."""
    source = _source("form-field", tmp_path)

    def broken(self: Prober, doc: object) -> None:
        raise AttributeError("pdf_specifics")

    monkeypatch.setattr(Prober, "__init__", broken)
    document, opened = read_opened(source, full_text=True)
    assert not opened.measures
    with pymupdf.open(source) as fresh:
        assert [block.text for block in document.blocks] == [p.get_text("text").rstrip("\n") for p in fresh]
    with stamper_for(document, FACTS, opened) as stamper:  # type: ignore[attr-defined]
        stamper.write_copy(COPY, tmp_path / "out.pdf")
    assert stamp_overlaps((tmp_path / "out.pdf").read_bytes())[0] == []
    with pymupdf.open(tmp_path / "out.pdf") as doc:
        assert doc[0].search_for("MJ-2026-000123"), "the copy carries its marks"
