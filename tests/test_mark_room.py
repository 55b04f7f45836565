"""Marks never cover the document: real page layouts built in code, each stamped and measured.

Each case asserts that no mark's box intersects any of the page's own content boxes (measured
on the written file, the stamp and the page interpreted apart) and that the mark text is
extractable from every page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from marker.domain.marks import CopyFacts, MarkFacts
from marker.errors import ExitCode, UnmarkablePage
from marker.reading.pdf_facts import stamp_overlaps
from marker.render.pdf import LAYOUT_KEY, PdfStamper

MM = 72 / 25.4
FACTS = MarkFacts(level="绝密", period="30年", expiry=None, registry="MJ-2026-000123",
                  mark_line="某某公司 绝密 30年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
                  original_sha256="0" * 64, marked_at="2026-11-21T00:00:00+08:00")
BODY = "投标报价单。本公司对招标文件的全部条款予以响应，报价如下，有效期九十天。" * 30


def _text_from(top_mm: float) -> Callable[[pymupdf.Page], None]:
    def draw(page: pymupdf.Page) -> None:
        rect = page.rect
        page.insert_textbox(pymupdf.Rect(25 * MM, top_mm * MM, rect.width - 25 * MM, rect.height - 25 * MM),
                            BODY, fontname="china-s", fontsize=12)
    return draw


def _title_in_mark_place(page: pymupdf.Page) -> None:
    page.insert_text((28 * MM, 40 * MM), "总经理办公会会议纪要", fontname="china-s", fontsize=22)
    _text_from(48)(page)


def _full_page_image(page: pymupdf.Page) -> None:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 85), False)
    pix.set_rect(pix.irect, (200, 200, 190))
    pix.set_rect(pymupdf.IRect(5, 5, 55, 80), (40, 40, 40))
    page.insert_image(page.rect, pixmap=pix)


def _form_field_in_mark_place(page: pymupdf.Page) -> None:
    widget = pymupdf.Widget()
    widget.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
    widget.field_name = "bidder"
    widget.rect = pymupdf.Rect(28 * MM, 34 * MM, 120 * MM, 46 * MM)
    widget.field_value = "投标人名称"
    page.add_widget(widget)
    _text_from(50)(page)


def _running_header_and_footer(page: pymupdf.Page) -> None:
    rect = page.rect
    page.insert_text((rect.width / 2 - 60, 15 * MM), "某某市人民政府文件", fontname="china-s", fontsize=11)
    page.insert_text((rect.width / 2 - 10, rect.height - 16 * MM), "- 1 -", fontname="helv", fontsize=11)
    page.draw_line((20 * MM, 18 * MM), (rect.width - 20 * MM, 18 * MM), color=(0.8, 0, 0), width=1.5)
    _text_from(30)(page)


A4 = pymupdf.paper_rect("a4")
CASES: dict[str, tuple[list[tuple[pymupdf.Rect, Callable[[pymupdf.Page], None]]], int]] = {
    "text-15mm": ([(A4, _text_from(15))], 0),
    "text-20mm": ([(A4, _text_from(20))], 0),
    "text-25mm": ([(A4, _text_from(25))], 0),
    "title-in-mark-place": ([(A4, _title_in_mark_place)], 0),
    "full-page-scan": ([(A4, _full_page_image)] * 2, 0),
    "landscape": ([(pymupdf.paper_rect("a4-l"), _text_from(20))], 0),
    "a3": ([(pymupdf.paper_rect("a3"), _text_from(20))], 0),
    "letter": ([(pymupdf.paper_rect("letter"), _text_from(15))], 0),
    "rotated-90": ([(A4, _text_from(20))] * 2, 90),
    "rotated-270": ([(A4, _title_in_mark_place)], 270),
    "mixed-sizes": ([(A4, _text_from(25)), (pymupdf.paper_rect("a3-l"), _text_from(15)),
                     (pymupdf.paper_rect("a5"), _full_page_image), (pymupdf.paper_rect("letter"), _text_from(20))],
                    0),
    "form-field": ([(A4, _form_field_in_mark_place)], 0),
    "running-header-footer": ([(A4, _running_header_and_footer)] * 2, 0),
}


def _build(path: Path, pages: list[tuple[pymupdf.Rect, Callable[[pymupdf.Page], None]]], rotate: int) -> Path:
    doc = pymupdf.open()
    for rect, draw in pages:
        page = doc.new_page(width=rect.width, height=rect.height)
        draw(page)
        if rotate:
            page.set_rotation(rotate)
    doc.save(path)
    doc.close()
    return path


def _stamp(source: Path, out: Path) -> PdfStamper:
    stamper = PdfStamper(source, FACTS)
    stamper.write_copy(CopyFacts("000007", "张三"), out)
    return stamper


@pytest.mark.parametrize("case", sorted(CASES))
def test_no_mark_covers_content_and_every_mark_reads_back(case: str, tmp_path: Path) -> None:
    pages, rotate = CASES[case]
    source = _build(tmp_path / f"{case}.pdf", pages, rotate)
    out = tmp_path / "out.pdf"
    _stamp(source, out).close()
    problems, stamped = stamp_overlaps(out.read_bytes())
    assert stamped == len(pages)
    assert problems == []
    with pymupdf.open(out) as doc:
        for page in doc:
            text = page.get_text()
            assert "绝密  MJ-2026-000123" in text
            assert f"第 {page.number + 1} 页 共 {len(pages)} 页" in text
            assert "第 000007 份" in text
        first = doc[0].get_text()
        assert "某某公司 绝密 30年" in first and "000007" in first
        sizes = {round(span["size"], 1) for block in doc[0].get_text("dict")["blocks"]
                 for line in block.get("lines", []) for span in line["spans"]
                 if "某某公司 绝密 30年" in span["text"]}
        assert sizes and min(sizes) >= 8.0


def test_the_mark_keeps_its_place_when_the_page_has_room(tmp_path: Path) -> None:
    source = _build(tmp_path / "roomy.pdf", [(A4, _text_from(60))], 0)
    out = tmp_path / "out.pdf"
    stamper = _stamp(source, out)
    assert stamper.layout_notes == []
    stamper.close()
    with pymupdf.open(out) as doc:
        mark = doc[0].search_for("某某公司 绝密 30年")[0]
        assert abs(mark.x0 - 28 * MM) < 1 and 37 * MM + 20 < mark.y1 < 37 * MM + 50


def test_a_full_page_scan_is_shrunk_no_more_than_the_floor_and_the_copy_says_so(tmp_path: Path) -> None:
    source = _build(tmp_path / "scan.pdf", [(A4, _full_page_image)], 0)
    out = tmp_path / "out.pdf"
    stamper = _stamp(source, out)
    assert any("缩放至" in note for note in stamper.layout_notes)
    stamper.close()
    with pymupdf.open(out) as doc:
        image = doc[0].get_image_info()[0]["bbox"]
        width = image[2] - image[0]
        assert 0.9 * A4.width - 0.5 <= width < A4.width
        assert "缩放至" in doc.xref_get_key(int(doc.xref_get_key(-1, "Info")[1].split()[0]), LAYOUT_KEY)[1] or \
            doc.metadata is not None


def test_a_moved_form_field_moves_with_the_content(tmp_path: Path) -> None:
    source = _build(tmp_path / "form.pdf", [(A4, _form_field_in_mark_place)], 0)
    out = tmp_path / "out.pdf"
    _stamp(source, out).close()
    with pymupdf.open(out) as doc:
        widget = next(iter(doc[0].widgets()))
        mark = doc[0].search_for("某某公司 绝密 30年")[0]
        assert not widget.rect.intersects(mark)
        assert widget.field_value == "投标人名称"


@pytest.mark.parametrize("size", [(1, 1), (3.84, 3.84), (150, 200)])
def test_pages_too_small_for_a_legible_mark_are_refused(tmp_path: Path, size: tuple[float, float]) -> None:
    doc = pymupdf.open()
    doc.new_page(width=size[0], height=size[1])
    doc.save(tmp_path / "tiny.pdf")
    with pytest.raises(UnmarkablePage) as caught:
        PdfStamper(tmp_path / "tiny.pdf", FACTS)
    assert caught.value.exit_code == ExitCode.INPUT
    assert "A7" in str(caught.value)


@pytest.mark.parametrize("crop", ["[0 0 0 0]", "[595 842 0 0]", "[700 900 800 1000]"])
def test_empty_inverted_or_outside_crop_boxes_are_repaired(tmp_path: Path, crop: str) -> None:
    source = _build(tmp_path / "crop.pdf", [(A4, _text_from(60))] * 3, 0)
    with pymupdf.open(source) as doc:
        for page in doc:
            if page.number:
                doc.xref_set_key(page.xref, "CropBox", crop)
        doc.save(tmp_path / "bad.pdf")
    out = tmp_path / "out.pdf"
    _stamp(tmp_path / "bad.pdf", out).close()
    assert stamp_overlaps(out.read_bytes())[0] == []
    with pymupdf.open(out) as doc:
        for page in doc:
            assert page.rect.width > 500
            found = page.search_for(f"第 {page.number + 1} 页 共 3 页")
            assert found and page.rect.contains(found[0])


def _leaky(page: pymupdf.Page) -> None:
    """Content that leaves a scaled CTM and a clip behind (two q without Q), as some generators do."""
    _text_from(40)(page)
    doc = page.parent
    xref = doc.get_new_xref()
    doc.update_object(xref, "<<>>")
    doc.update_stream(xref, b"q 0.2 0 0 0.2 300 300 cm q 0 0 50 50 re W n 0 0 1 rg 0 0 10 10 re f\n")
    kind, value = doc.xref_get_key(page.xref, "Contents")
    refs = value.strip("[]") if kind == "array" else value
    doc.xref_set_key(page.xref, "Contents", f"[{refs} {xref} 0 R]")


def test_content_that_leaves_its_graphics_state_behind_cannot_move_the_marks(tmp_path: Path) -> None:
    source = _build(tmp_path / "leaky.pdf", [(A4, _leaky)] * 2, 0)
    out = tmp_path / "out.pdf"
    _stamp(source, out).close()
    assert stamp_overlaps(out.read_bytes())[0] == []
    with pymupdf.open(out) as doc:
        for page in doc:
            header = page.search_for("绝密  MJ-2026-000123")
            assert header and header[0].y1 < 50 and header[0].width > 60, "header at full size, at the top"
        assert doc[0].search_for("某某公司 绝密 30年")
        assert any(name.startswith("MijiO") for _, name, *_ in doc[0].get_xobjects()), "the content runs isolated"


def test_user_unit_pages_get_their_marks_where_the_reader_shows_the_page(tmp_path: Path) -> None:
    source = _build(tmp_path / "unit.pdf", [(pymupdf.Rect(0, 0, 210, 297), _text_from(40))], 0)
    with pymupdf.open(source) as doc:
        doc.xref_set_key(doc[0].xref, "UserUnit", "2.835")  # 1 unit = 1 mm: an A4 page in millimetres
        doc.save(tmp_path / "mm.pdf")
    out = tmp_path / "out.pdf"
    _stamp(tmp_path / "mm.pdf", out).close()
    assert stamp_overlaps(out.read_bytes())[0] == []
    with pymupdf.open(out) as doc:
        page = doc[0]
        footer = page.search_for("第 1 页 共 1 页")
        assert footer and page.rect.contains(footer[0]) and footer[0].y0 > page.rect.height * 0.9


def _stamped_turned_page_in_larger_units(rotate: int, tmp_path: Path) -> Path:
    """A page turned by /Rotate whose user unit is 1.5 points (shown as an A4 page), stamped."""
    source = _build(tmp_path / "turned.pdf", [(pymupdf.Rect(0, 0, 396, 561), _text_from(60))], rotate)
    with pymupdf.open(source) as doc:
        doc.xref_set_key(doc[0].xref, "UserUnit", "1.5")
        doc.save(tmp_path / "unit.pdf")
    out = tmp_path / "out.pdf"
    _stamp(tmp_path / "unit.pdf", out).close()
    return out


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_the_print_room_check_reads_turned_pages_in_larger_units_where_the_reader_sees_them(
        rotate: int, tmp_path: Path) -> None:
    """/Rotate with /UserUnit: measured through pymupdf's rotation matrix (crop box in PDF units) every
    mark of such a page came out "clipped", off the page. Clear marks are clear, and a box the page's own
    content draws under the 份号 is still reported as covered."""
    from marker.reading.page_turn import shown_turn, user_to_shown

    out = _stamped_turned_page_in_larger_units(rotate, tmp_path)
    assert stamp_overlaps(out.read_bytes()) == ([], 1)
    with pymupdf.open(out) as doc:
        page = doc[0]
        shown = page.search_for("第 000007 份")[0] * shown_turn(page)
        user = shown * ~user_to_shown(page)
        under = doc.get_new_xref()
        doc.update_object(under, "<<>>")
        doc.update_stream(under, f"0 g {user.x0:.2f} {user.y0:.2f} {user.width:.2f} {user.height:.2f} re f".encode())
        _, refs = doc.xref_get_key(page.xref, "Contents")
        doc.xref_set_key(page.xref, "Contents", f"[{under} 0 R {refs.strip('[]')}]")
        covered = doc.tobytes()
    problems, _ = stamp_overlaps(covered)
    assert [p.problem for p in problems] == ["overlap"]
    assert pymupdf.Rect(problems[0].mark).intersects(shown)


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_declassifying_a_turned_page_in_larger_units_writes_the_jiemi_mark(rotate: int, tmp_path: Path) -> None:
    """The header band searched through pymupdf's rotation matrix missed the mark on such pages, so the
    解密 line was silently not written."""
    from datetime import date

    from marker.domain.marks import Change
    from marker.render.rewrite_pdf import rewrite_pdf

    out = _stamped_turned_page_in_larger_units(rotate, tmp_path)
    change = Change(new_level=None, new_period=None, scheme="enterprise", owner="某某公司",
                    declassified=date(2028, 1, 1), metadata=(("registry", "MJ-2026-000123"), ("level", "绝密")))
    declassified = rewrite_pdf(out.read_bytes(), change, old_level="绝密")
    assert stamp_overlaps(declassified)[0] == []
    with pymupdf.open(stream=declassified, filetype="pdf") as doc:
        assert "解密 2028年1月1日" in doc[0].get_text()


def test_a_landscape_scan_keeps_every_mark_at_the_floor(tmp_path: Path) -> None:
    source = _build(tmp_path / "scan-l.pdf", [(pymupdf.paper_rect("a4-l"), _full_page_image)], 0)
    out = tmp_path / "out.pdf"
    _stamp(source, out).close()
    assert stamp_overlaps(out.read_bytes())[0] == []
    with pymupdf.open(source) as doc:
        before = doc[0].get_image_info()[0]["bbox"]
    with pymupdf.open(out) as doc:
        text = doc[0].get_text()
        assert "000007" in text and "某某公司 绝密 30年" in text
        after = doc[0].get_image_info()[0]["bbox"]
    assert 0.9 - 1e-3 <= (after[3] - after[1]) / (before[3] - before[1]) < 1


def test_jiemi_goes_beside_the_struck_mark_never_over_the_title(tmp_path: Path) -> None:
    from datetime import date

    from marker.domain.marks import Change
    from marker.render.rewrite_pdf import rewrite_pdf

    source = _build(tmp_path / "minutes.pdf", [(A4, _text_from(60))] * 2, 0)
    marked = tmp_path / "marked.pdf"
    _stamp(source, marked).close()
    with pymupdf.open(marked) as doc:  # a note printed right of the mark, the title right under it
        page = doc[0]
        mark = page.search_for("某某公司 绝密 30年")[0]
        page.insert_text((mark.x1 + 12, mark.y1 - 3), "附件一", fontname="china-s", fontsize=14)
        page.insert_text((mark.x0, mark.y1 + 24), "总经理办公会会议纪要", fontname="china-s", fontsize=18)
        crowded = doc.tobytes()
    change = Change(new_level=None, new_period=None, scheme="enterprise", owner="某某公司",
                    declassified=date(2028, 1, 1), metadata=(("registry", "MJ-2026-000123"), ("level", "绝密")))
    out = rewrite_pdf(crowded, change, old_level="绝密")
    problems, _ = stamp_overlaps(out)
    assert problems == []
    with pymupdf.open(stream=out, filetype="pdf") as doc:
        assert "解密 2028年1月1日" in doc[0].get_text()
        assert "总经理办公会会议纪要" in doc[0].get_text()


def test_the_copys_report_and_the_ledger_say_the_layout_was_adapted(tmp_path: Path, cli) -> None:
    import json
    import sqlite3

    source = _build(tmp_path / "扫描.pdf", [(A4, _full_page_image)], 0)
    code, out, err = cli("mark", source, "--level", "内部", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert any("缩放至" in note for note in result["layout_adapted"])
    with sqlite3.connect(tmp_path / "miji-data" / "ledger.sqlite3") as conn:
        [(registry, payload)] = conn.execute("SELECT registry, payload FROM events WHERE kind = 'layout_adapted'")
    assert registry == result["registry"] and "缩放至" in payload
