"""The PDF stamper on real files: what a reader, a printer and the re-marker see in a copy."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from marker.domain.marks import CopyFacts, MarkFacts
from marker.errors import CorruptInput, OutputError
from marker.reading.documents import read
from marker.render import pdf as stamp_pdf
from marker.render.pdf import PdfStamper
from tests.builders import FINANCIAL_REPORT, make_pdf

FACTS = MarkFacts(
    level="机密", period="10年", expiry=date(2036, 4, 9), registry="MJ-2026-000123",
    mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
    original_sha256="ab" * 32, marked_at="2026-04-09T10:00:00+08:00",
)
COPY = CopyFacts("000003", "财务部张三")
BODY = "\n".join(FINANCIAL_REPORT)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _stamp(source: Path, out: Path, copy: CopyFacts = COPY) -> str:
    with PdfStamper(source, FACTS) as stamper:
        return stamper.write_copy(copy, out)


@pytest.fixture()
def report_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "报表.pdf", [BODY] * 3)


def test_first_page_has_copy_number_and_mark_line_top_left(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "out" / "c3.pdf"
    digest = _stamp(report_pdf, out)
    assert digest == _sha(out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        corner = page.get_text("text", clip=pymupdf.Rect(0, 0, page.rect.width / 2,
                                                          page.rect.height / 4))
        assert "000003" in corner and "某某公司 机密 10年" in corner
        top = pymupdf.Rect(0, 0, page.rect.width / 2, page.rect.height / 4)
        number = page.search_for("000003", clip=top)[0]
        mark = page.search_for("某某公司 机密 10年", clip=top)[0]
        assert number.y1 <= mark.y0 + 1, "份号 is line 1, the mark line 2"
        assert abs(number.x0 - 28 * 72 / 25.4) < 3, "both start at the 28 mm binding margin"
        assert "000003" not in doc[1].get_text(clip=pymupdf.Rect(0, 60, 300, 200))


def test_every_page_has_header_footer_and_watermark(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "c3.pdf"
    _stamp(report_pdf, out)
    with pymupdf.open(out) as doc:
        for number, page in enumerate(doc, start=1):
            text = page.get_text()
            assert "机密  MJ-2026-000123" in text
            assert "第 000003 份" in text and f"第 {number} 页 共 3 页" in text
            assert "发放对象 财务部张三" in text and "第000003份" in text
            assert "营业收入" in text, "the draft's own text is still there"


def test_marks_are_page_content_not_annotations(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "c3.pdf"
    _stamp(report_pdf, out)
    with pymupdf.open(out) as doc:
        for page in doc:
            assert list(page.annots()) == [] and list(page.widgets()) == []
            assert b"/MijiS0 Do" in b"".join(doc.xref_stream(x) for x in page.get_contents())


def _assert_font_embedded(path: Path) -> None:
    with pymupdf.open(path) as doc:
        ours = [font for font in doc.get_page_fonts(0) if font[4] == "MijiF"]
        assert ours and "+" in ours[0][3]
        descendant = doc.xref_get_key(ours[0][0], "DescendantFonts")[1]
        descriptor = doc.xref_get_key(int(descendant.strip("[]").split()[0]), "FontDescriptor")[1]
        font_file = [doc.xref_get_key(int(descriptor.split()[0]), key) for key in ("FontFile2", "FontFile3")]
        embedded = [int(value.split()[0]) for kind, value in font_file if kind == "xref"]
        assert embedded and len(doc.xref_stream(embedded[0]) or b"") > 1000, "the glyphs themselves are in the file"


def test_mark_font_is_an_embedded_subset_and_the_file_stays_small(report_pdf: Path,
                                                                   tmp_path: Path):
    out = tmp_path / "c3.pdf"
    _stamp(report_pdf, out)
    _assert_font_embedded(out)
    assert out.stat().st_size < report_pdf.stat().st_size + 300_000


def test_every_copy_of_every_document_embeds_the_font_and_shows_its_own_number(report_pdf: Path,
                                                                               tmp_path: Path):
    """The font subset is built once per process and copied into each document and copy."""
    copies = [CopyFacts("000001", "张三"), CopyFacts("000002"), CopyFacts("000003", "审计署李四"),
              CopyFacts("000004", "张三")]
    with PdfStamper(report_pdf, FACTS) as stamper:
        stamper.rehearse(copies[0])
        for copy in copies:
            stamper.write_copy(copy, tmp_path / f"c{copy.copy_number}.pdf")
    other = replace(FACTS, level="秘密", registry="MJ-2026-000124", mark_line="某某公司 秘密 5年")
    with PdfStamper(report_pdf, other) as stamper:
        stamper.write_copy(CopyFacts("000001"), tmp_path / "other.pdf")
    for copy in copies:
        out = tmp_path / f"c{copy.copy_number}.pdf"
        _assert_font_embedded(out)
        with pymupdf.open(out) as doc:
            pages = [page.get_text() for page in doc]
        assert all(copy.footer_label in text for text in pages)
        assert not any(c.footer_label in text for c in copies if c != copy for text in pages)
    _assert_font_embedded(tmp_path / "other.pdf")
    with pymupdf.open(tmp_path / "other.pdf") as doc:
        assert "某某公司 秘密 5年" in doc[0].get_text()


def test_rendered_mark_is_dark_and_watermark_light(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "c3.pdf"
    _stamp(report_pdf, out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        pix = page.get_pixmap(dpi=72)
        mark = page.search_for("某某公司 机密 10年")[0]
    region = [pix.pixel(x, y) for x in range(int(mark.x0), int(mark.x1))
              for y in range(int(mark.y0), int(mark.y1))]
    assert sum(1 for p in region if max(p) < 100) > 30
    cx, cy = pix.width // 2, pix.height // 2
    centre = [pix.pixel(x, y) for x in range(cx - 60, cx + 60) for y in range(cy - 60, cy + 60)]
    tinted = [p for p in centre if p != (255, 255, 255)]
    assert tinted, "no watermark in the centre"
    assert all(min(p) > 120 for p in tinted), "watermark too dark to read text through"


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_rotated_pages_are_marked_the_right_way_up(tmp_path: Path, rotate: int):
    source = make_pdf(tmp_path / "rotated.pdf", [BODY] * 2, rotate=rotate,
                      page_rect=pymupdf.paper_rect("a3"))
    out = tmp_path / "c3.pdf"
    _stamp(source, out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        lines = [line for block in page.get_text("dict")["blocks"]
                 for line in block.get("lines", [])
                 if "某某公司 机密 10年" in "".join(span["text"] for span in line["spans"])]
        assert lines, "mark line not found"
        turn = page.rotation_matrix
        direction = pymupdf.Point(lines[0]["dir"]) * pymupdf.Matrix(turn.a, turn.b, turn.c,
                                                                    turn.d, 0, 0)
        assert (round(direction.x), round(direction.y)) == (1, 0)
        visual = pymupdf.Rect(lines[0]["bbox"]) * turn
        assert visual.x0 < page.rect.width / 3 and visual.y1 < page.rect.height / 3
        footer = doc[1].search_for("第 2 页 共 2 页")
        assert footer and (footer[0] * turn).y0 > page.rect.height * 0.8


def test_offset_crop_box_and_odd_size_keep_marks_inside_the_visible_page(tmp_path: Path):
    source = make_pdf(tmp_path / "odd.pdf", [BODY], page_rect=pymupdf.Rect(0, 0, 500, 700))
    with pymupdf.open(source) as doc:
        doc.xref_set_key(doc[0].xref, "MediaBox", "[10 20 510 720]")
        doc.xref_set_key(doc[0].xref, "CropBox", "[30 40 480 700]")
        doc[0].set_rotation(90)
        shifted = tmp_path / "shifted.pdf"
        doc.save(shifted)
    out = tmp_path / "c3.pdf"
    _stamp(shifted, out)
    with pymupdf.open(out) as doc:
        page = doc[0]
        for text in ("机密  MJ-2026-000123", "第 000003 份", "第 1 页 共 1 页", "某某公司 机密 10年"):
            found = page.search_for(text)
            assert found and page.rect.contains(found[0] * page.rotation_matrix), text
        header = page.search_for("机密  MJ-2026-000123")[0] * page.rotation_matrix
        assert abs((header.x0 + header.x1) / 2 - page.rect.width / 2) < 2, "header centred"
        label = page.search_for("第 000003 份")[0] * page.rotation_matrix
        numbers = page.search_for("第 1 页 共 1 页")[0] * page.rotation_matrix
        assert label.x0 > 5 and abs(label.y1 - numbers.y1) < 1
        assert page.rect.height - 50 < numbers.y1 < page.rect.height
        scale = min(450 / (210 * 72 / 25.4), 660 / (297 * 72 / 25.4))
        assert abs(numbers.x1 - (660 - 26 * 72 / 25.4 * scale)) < 2, "26 mm right margin, scaled"


def test_pages_sharing_one_resource_dictionary(tmp_path: Path):
    source = make_pdf(tmp_path / "shared.pdf", [f"{BODY}\n第{i}节" for i in range(12)],
                      shared_resources=True)
    out = tmp_path / "c3.pdf"
    _stamp(source, out)
    with pymupdf.open(out) as doc:
        for number, page in enumerate(doc, start=1):
            text = page.get_text()
            assert f"第 {number} 页 共 12 页" in text and "发放对象 财务部张三" in text
            assert f"第{number - 1}节" in text


def test_metadata_reads_back_as_the_mark(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "c3.pdf"
    _stamp(report_pdf, out)
    mark = read(out, full_text=False).existing_mark
    assert mark is not None and mark.source == "metadata"
    assert (mark.level, mark.period, mark.expiry, mark.registry, mark.copy_number,
            mark.recipient) == ("机密", "10年", "2036-04-09", "MJ-2026-000123", "000003",
                                "财务部张三")
    with pymupdf.open(out) as doc:
        info = int(doc.xref_get_key(-1, "Info")[1].split()[0])
        assert doc.xref_get_key(info, "MijiCopyNumber") == ("string", "000003")
        assert doc.xref_get_key(info, "MijiLevel") == ("string", "机密")


def test_each_copy_names_only_its_own_recipient(report_pdf: Path, tmp_path: Path):
    with PdfStamper(report_pdf, FACTS) as stamper:
        stamper.write_copy(CopyFacts("000001", "审计署李四"), tmp_path / "c1.pdf")
        stamper.write_copy(CopyFacts("000002"), tmp_path / "c2.pdf")
    with pymupdf.open(tmp_path / "c2.pdf") as doc:
        text = "".join(page.get_text() for page in doc)
        assert "第 000002 份" in text and "第000002份" in text
        assert "000001" not in text and "李四" not in text and "发放对象" not in text
        info = int(doc.xref_get_key(-1, "Info")[1].split()[0])
        assert doc.xref_get_key(info, "MijiRecipient")[0] == "null"
    assert "李四" not in (tmp_path / "c2.pdf").read_bytes().decode("latin-1")
    assert read(tmp_path / "c2.pdf").existing_mark.recipient in (None, "")


def test_the_draft_is_never_changed(report_pdf: Path, tmp_path: Path):
    before = _sha(report_pdf)
    _stamp(report_pdf, tmp_path / "c3.pdf")
    assert _sha(report_pdf) == before


def test_failed_write_leaves_no_file_and_no_temp(report_pdf: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch):
    out = tmp_path / "out" / "c3.pdf"
    with PdfStamper(report_pdf, FACTS) as stamper:
        def broken(*_args: object, **_kwargs: object) -> bytes:
            raise RuntimeError("code=2: simulated mupdf failure")

        monkeypatch.setattr(stamp_pdf, "pdf_bytes", broken)
        with pytest.raises(CorruptInput) as caught:  # the document's fault, not the destination's: exit 3
            stamper.write_copy(COPY, out)
    assert "\n" not in str(caught.value) and "cannot stamp" in str(caught.value)
    assert "RuntimeError" not in str(caught.value) and "mupdf" not in str(caught.value)
    assert not out.exists()
    assert not list(tmp_path.rglob(".miji-tmp-*"))


def test_existing_output_is_refused_and_kept(report_pdf: Path, tmp_path: Path):
    out = tmp_path / "c3.pdf"
    out.write_bytes(b"old")
    with pytest.raises(OutputError):
        _stamp(report_pdf, out)
    assert out.read_bytes() == b"old"
    assert not list(tmp_path.glob(".miji-tmp-*"))


def test_unreadable_pdf_is_a_named_error(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(CorruptInput) as caught:
        PdfStamper(broken, FACTS)
    assert "\n" not in str(caught.value)


def test_pages_inheriting_resources_from_the_page_tree(tmp_path: Path):
    source = make_pdf(tmp_path / "inherit.pdf", [BODY] * 2)
    with pymupdf.open(source) as doc:
        resources = doc.xref_get_key(doc[0].xref, "Resources")[1]
        root = int(doc.xref_get_key(doc[0].xref, "Parent")[1].split()[0])
        doc.xref_set_key(root, "Resources", resources)
        for page in doc:
            doc.xref_set_key(page.xref, "Resources", "null")
        moved = tmp_path / "moved.pdf"
        doc.save(moved)
    out = tmp_path / "c3.pdf"
    _stamp(moved, out)
    with pymupdf.open(out) as doc:
        for number, page in enumerate(doc, start=1):
            text = page.get_text()
            assert "营业收入" in text, "the draft's own font still resolves"
            assert f"第 {number} 页 共 2 页" in text and "机密  MJ-2026-000123" in text
