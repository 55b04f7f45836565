"""DOCX copies carry the visible mark, header/footer lines, a watermark and read-back metadata,
and the draft's own content survives."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.oxml.ns import qn
from docx.shared import Inches, Pt
from lxml import etree

from marker.domain.marks import CopyFacts, header_text, watermark_text
from marker.errors import CorruptInput, OutputError
from marker.reading import documents
from marker.render.docx import DocxStamper
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    convert_with_libreoffice,
    libreoffice,
    make_docx,
    sample_facts,
)

V_NS = "urn:schemas-microsoft-com:vml"
FACTS = sample_facts()
COPY = CopyFacts("000003", "张三")
FOOTER = COPY.footer_label
PAGES = "第  页 共  页"  # python-docx shows the PAGE and NUMPAGES fields without their results


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _png() -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    pix.clear_with(90)
    return pix.tobytes("png")


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """Paragraphs, a table, an inline image, a header and a footer."""
    path = make_docx(
        tmp_path / "draft.docx",
        FINANCIAL_REPORT,
        table=FINANCIAL_TABLE,
        header="财务部内部资料",
        footer="财务部编制",
        paragraphs_after=["以上数据未经审计。"],
    )
    document = docx.Document(str(path))
    document.add_picture(io.BytesIO(_png()), width=Inches(1))
    document.save(str(path))
    return path


def _stamp(source: Path, out: Path, copy: CopyFacts = COPY) -> docx.document.Document:
    DocxStamper(source, FACTS).write_copy(copy, out)
    return docx.Document(str(out))


def _story_xml(out: Path, kind: str) -> list[str]:
    """The XML of every header (kind="header") or footer part in the package."""
    with zipfile.ZipFile(out) as archive:
        return [archive.read(name).decode() for name in archive.namelist() if name.startswith(f"word/{kind}")]


def _assert_mark_run(paragraph: docx.text.paragraph.Paragraph, text: str) -> None:
    assert paragraph.text == text
    run = paragraph.runs[0]
    assert run.font.size == Pt(16)
    assert run.font.name == "黑体"
    assert run._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"


def test_copy_number_and_mark_line_open_the_body(draft: Path, tmp_path: Path) -> None:
    document = _stamp(draft, tmp_path / "out.docx")
    _assert_mark_run(document.paragraphs[0], "000003")
    _assert_mark_run(document.paragraphs[1], "某某公司 机密 10年")
    assert document.paragraphs[2].text == FINANCIAL_REPORT[0]


def test_mark_lines_come_before_a_leading_table(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "table-first.docx", [], table=FINANCIAL_TABLE)
    document = _stamp(source, tmp_path / "out.docx")
    first, second, third = list(document.element.body)[:3]
    assert [first.tag, second.tag, third.tag] == [qn("w:p"), qn("w:p"), qn("w:tbl")]
    _assert_mark_run(document.paragraphs[0], "000003")
    _assert_mark_run(document.paragraphs[1], FACTS.mark_line)


def test_every_section_header_and_footer_is_stamped(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "two.docx", ["第一节正文"], header="第一节页眉", footer="第一节页脚")
    document = docx.Document(str(source))
    section = document.add_section()
    document.add_paragraph("第二节正文")
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].text = "第二节页眉"
    document.save(str(source))

    out = _stamp(source, tmp_path / "out.docx")
    assert len(out.sections) == 2
    for own_text, sec in zip(("第一节页眉", "第二节页眉"), out.sections, strict=True):
        texts = [p.text for p in sec.header.paragraphs]
        assert texts[0] == own_text
        assert header_text(FACTS) in texts
        assert FOOTER in [p.text for p in sec.footer.paragraphs]
    assert all(watermark_text(FACTS, COPY) in xml for xml in _story_xml(tmp_path / "out.docx", "header"))
    footers = _story_xml(tmp_path / "out.docx", "footer")
    assert footers and all('w:instr=" PAGE "' in xml and 'w:instr=" NUMPAGES "' in xml for xml in footers)


def test_linked_first_page_and_even_headers_are_stamped(tmp_path: Path) -> None:
    source = make_docx(tmp_path / "kinds.docx", ["正文"], header="默认页眉")
    document = docx.Document(str(source))
    document.sections[0].different_first_page_header_footer = True
    document.sections[0].first_page_header.paragraphs[0].text = "首页页眉"
    document.settings.odd_and_even_pages_header_footer = True
    document.add_section()  # linked to the first section: no parts of its own
    document.add_paragraph("第二节")
    document.save(str(source))

    out = _stamp(source, tmp_path / "out.docx")
    first = out.sections[0]
    for story in (first.header, first.first_page_header, first.even_page_header):
        assert header_text(FACTS) in [p.text for p in story.paragraphs]
    for story in (first.footer, first.first_page_footer, first.even_page_footer):
        assert FOOTER in [p.text for p in story.paragraphs]
    assert "首页页眉" in [p.text for p in first.first_page_header.paragraphs]
    second = out.sections[1]
    assert second.header.is_linked_to_previous
    assert [p.text for p in second.header.paragraphs].count(header_text(FACTS)) == 1
    headers = _story_xml(tmp_path / "out.docx", "header")
    assert len(headers) == 3
    assert all(xml.count("PowerPlusWaterMarkObject") == 1 for xml in headers)


def test_footer_carries_the_copy_label(draft: Path, tmp_path: Path) -> None:
    document = _stamp(draft, tmp_path / "out.docx")
    texts = [p.text for p in document.sections[0].footer.paragraphs]
    assert texts == ["财务部编制", FOOTER, PAGES]


def test_watermark_is_a_word_text_watermark(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    _stamp(draft, out)
    (header,) = _story_xml(out, "header")
    root = etree.fromstring(header.encode())
    (shape,) = root.iter(f"{{{V_NS}}}shape")
    assert shape.get("id").startswith("PowerPlusWaterMarkObject")
    assert shape.get("type") == "#_x0000_t136"
    assert "rotation:315" in shape.get("style")
    assert shape.getparent().tag == qn("w:pict")
    assert shape.getparent().getparent().tag == qn("w:r")
    (textpath,) = shape.iter(f"{{{V_NS}}}textpath")
    assert textpath.get("string") == "机密  MJ-2026-000123  第000003份  发放对象 张三"
    assert [s.get("id") for s in root.iter(f"{{{V_NS}}}shapetype")] == ["_x0000_t136"]


def test_custom_properties_read_back(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    _stamp(draft, out)
    mark = documents.read(out).existing_mark
    assert mark is not None
    assert mark.source == "metadata"
    assert (mark.level, mark.period, mark.expiry, mark.registry, mark.copy_number, mark.recipient) == (
        "机密",
        "10年",
        "2036-04-01",
        "MJ-2026-000123",
        "000003",
        "张三",
    )
    with zipfile.ZipFile(out) as archive:
        assert "docProps/custom.xml" in archive.read("[Content_Types].xml").decode()
        assert "relationships/custom-properties" in archive.read("_rels/.rels").decode()


def _add_custom_xml(path: Path) -> None:
    """A draft whose author set a custom property in Word (文件 → 属性 → 自定义)."""
    custom = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
        ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="部门">'
        "<vt:lpwstr>财务部</vt:lpwstr></property></Properties>"
    )
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["docProps/custom.xml"] = custom.encode()
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.custom-properties+xml"/></Types>',
    )
    members["_rels/.rels"] = members["_rels/.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_existing_custom_properties_are_kept_and_marks_not_doubled(draft: Path, tmp_path: Path) -> None:
    _add_custom_xml(draft)
    first = tmp_path / "first.docx"
    _stamp(draft, first)
    again = tmp_path / "again.docx"
    _stamp(first, again, CopyFacts("000004"))
    with zipfile.ZipFile(again) as archive:
        root = etree.fromstring(archive.read("docProps/custom.xml"))
    names = [prop.get("name") for prop in root]
    pids = [prop.get("pid") for prop in root]
    assert names.count("部门") == 1
    assert names.count("miji:level") == 1
    assert len(set(pids)) == len(pids)
    mark = documents.read(again).existing_mark
    assert mark is not None
    assert (mark.copy_number, mark.recipient) == ("000004", "")


def test_original_content_is_kept(draft: Path, tmp_path: Path) -> None:
    out = _stamp(draft, tmp_path / "out.docx")
    texts = [p.text for p in out.paragraphs]
    for line in [*FINANCIAL_REPORT, "以上数据未经审计。"]:
        assert line in texts
    cells = [cell.text for row in out.tables[0].rows for cell in row.cells]
    assert cells == [value for row in FINANCIAL_TABLE for value in row]
    assert "财务部内部资料" in [p.text for p in out.sections[0].header.paragraphs]
    assert len(out.inline_shapes) == 1
    assert [r.target_part.blob for r in out.part.rels.values() if "image" in r.reltype] == [_png()]


def test_the_draft_is_not_modified(draft: Path, tmp_path: Path) -> None:
    before = _sha(draft)
    stamper = DocxStamper(draft, FACTS)
    for number in ("000001", "000002"):
        stamper.write_copy(CopyFacts(number), tmp_path / f"{number}.docx")
    assert _sha(draft) == before


def test_each_copy_returns_its_own_hash(draft: Path, tmp_path: Path) -> None:
    stamper = DocxStamper(draft, FACTS)
    one = stamper.write_copy(CopyFacts("000001"), tmp_path / "1.docx")
    two = stamper.write_copy(CopyFacts("000002"), tmp_path / "2.docx")
    assert one == _sha(tmp_path / "1.docx")
    assert two == _sha(tmp_path / "2.docx")
    assert one != two
    assert docx.Document(str(tmp_path / "2.docx")).paragraphs[0].text == "000002"


def test_output_over_the_draft_is_refused(draft: Path) -> None:
    before = _sha(draft)
    with pytest.raises(OutputError, match="原稿"):
        DocxStamper(draft, FACTS).write_copy(COPY, draft)
    assert _sha(draft) == before


def test_existing_output_is_not_overwritten(draft: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    out.write_bytes(b"earlier copy")
    with pytest.raises(OutputError):
        DocxStamper(draft, FACTS).write_copy(COPY, out)
    assert out.read_bytes() == b"earlier copy"


def test_failed_write_leaves_no_temp_file(draft: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "outbox"
    out_dir.mkdir()

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("marker.atomic.os.fsync", disk_full)
    with pytest.raises(OutputError, match="cannot write"):
        DocxStamper(draft, FACTS).write_copy(COPY, out_dir / "out.docx")
    assert list(out_dir.iterdir()) == []


def test_broken_draft_is_corrupt_input(tmp_path: Path) -> None:
    source = tmp_path / "broken.docx"
    source.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CorruptInput):
        DocxStamper(source, FACTS)


@pytest.mark.slow
def test_libreoffice_shows_the_marks(draft: Path, tmp_path: Path) -> None:
    if libreoffice() is None:
        pytest.skip("LibreOffice not installed")
    out = tmp_path / "marked.docx"
    _stamp(draft, out)
    with pymupdf.open(convert_with_libreoffice(out, tmp_path)) as pdf:
        page = pdf[0]
        text = "".join(page.get_text().split())  # LibreOffice drops and adds spaces around CJK
        drawings = page.get_drawings()
        width, height = page.rect.width, page.rect.height
    assert "000003" in text
    assert "某某公司机密10年" in text
    assert "机密MJ-2026-000123" in text  # header
    assert "第000003份" in text  # footer
    # LibreOffice imports the VML WordArt as a fontwork shape and exports it as one filled outline,
    # not as text, so the watermark's words cannot be extracted (their presence in the header XML
    # is checked above). What can be checked: a silver outline lying diagonally across the middle.
    silver = [d for d in drawings if d.get("fill") and all(abs(c - 0xC0 / 255) < 0.02 for c in d["fill"])]
    assert len(silver) == 1
    box = silver[0]["rect"]
    assert box.width > 0.4 * width
    assert box.height > 0.4 * width  # a long, thin text box this tall is lying on a diagonal
    assert abs((box.x0 + box.x1) / 2 - width / 2) < 0.1 * width
    assert abs((box.y0 + box.y1) / 2 - height / 2) < 0.1 * height


def test_twenty_copies_from_one_stamper_each_carry_only_their_own_number(draft: Path, tmp_path: Path) -> None:
    """Copies come from one parsed draft: none may keep another copy's 份号 or recipient."""
    stamper = DocxStamper(draft, FACTS)
    copies = [CopyFacts(f"{n:06d}", f"收件人{n}" if n % 3 else None) for n in range(1, 21)]
    stamper.rehearse(copies[0])
    digests = {stamper.write_copy(copy, tmp_path / f"c{copy.copy_number}.docx") for copy in copies}
    assert len(digests) == 20
    for copy in copies:
        out = tmp_path / f"c{copy.copy_number}.docx"
        document = docx.Document(str(out))  # every copy opens
        assert [p.text for p in document.paragraphs[:2]] == [copy.copy_number, FACTS.mark_line]
        assert copy.footer_label in [p.text for p in document.sections[0].footer.paragraphs]
        (header,) = _story_xml(out, "header")
        (shape,) = etree.fromstring(header.encode()).iter(f"{{{V_NS}}}shape")
        (textpath,) = shape.iter(f"{{{V_NS}}}textpath")
        assert textpath.get("string") == watermark_text(FACTS, copy)
        with zipfile.ZipFile(out) as archive:
            custom = archive.read("docProps/custom.xml").decode()
        assert f">{copy.copy_number}<" in custom
        others = [c for c in copies if c != copy]
        text = out.read_bytes()
        assert not any(f"第 {c.copy_number} 份".encode() in text for c in others)
        mark = documents.read(out).existing_mark
        assert mark is not None and mark.fields["copy_number"] == copy.copy_number
        assert (mark.recipient or None) == copy.recipient


def test_a_text_draft_is_stamped_from_its_layout(tmp_path: Path) -> None:
    from marker.render import stamper_for

    draft = tmp_path / "通知.txt"
    draft.write_text("关于召开年度会议的通知\n请各部门准时参加。\n", encoding="utf-8")
    stamper = stamper_for(documents.read(draft), FACTS)
    for number in ("000001", "000002"):
        stamper.write_copy(CopyFacts(number), tmp_path / f"{number}.docx")
    for number in ("000001", "000002"):
        lines = [p.text for p in docx.Document(str(tmp_path / f"{number}.docx")).paragraphs]
        assert lines[:4] == [number, FACTS.mark_line, "关于召开年度会议的通知", "请各部门准时参加。"]
    assert draft.read_text(encoding="utf-8").startswith("关于召开"), "the draft itself is left as it was"
