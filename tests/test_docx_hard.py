"""Word files as offices really write them: a table first, fields, text boxes in
mc:AlternateContent, several sections, a DOCTYPE. Each comes out as a copy python-docx and
LibreOffice open, with the marks in their own paragraphs, or is refused with a reason."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pymupdf
import pytest
from docx.oxml import parse_xml

from marker.domain.marks import CopyFacts, MarkFacts
from marker.errors import CorruptInput, ExitCode
from marker.render.docx import DocxStamper

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FACTS = MarkFacts(level="机密", period="1年", expiry=None, registry="MJ-2026-000042",
                  mark_line="某某公司 机密 1年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
                  original_sha256="0" * 64, marked_at="2026-11-21T00:00:00+08:00")
COPY = CopyFacts("000001", "李四")

FIELD = (f'<w:p xmlns:w="{W}"><w:r><w:t xml:space="preserve">日期：</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2026-11-21</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
TEXT_BOX = (
    f'<w:p xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><mc:AlternateContent>'
    '<mc:Choice Requires="w14"><w:t>新版文本</w:t></mc:Choice>'
    '<mc:Fallback><w:pict><v:rect style="width:120pt;height:40pt"><v:textbox><w:txbxContent>'
    '<w:p><w:r><w:t>文本框内容</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r></w:p>')


def _hard_docx(path: Path) -> Path:
    """Table first, a title, a DATE field, a text box in mc:AlternateContent, two sections."""
    document = docx.Document()
    body = document.element.body
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "金额"
    body.remove(table._tbl)
    body.insert(0, table._tbl)
    document.add_paragraph("总经理办公会会议纪要")
    body.insert(len(body) - 1, parse_xml(FIELD))
    body.insert(len(body) - 1, parse_xml(TEXT_BOX))
    document.sections[0].footer.paragraphs[0].text = "第一节页脚"
    document.add_section()
    document.add_paragraph("第二节正文")
    document.save(str(path))
    return path


def _with_doctype(path: Path) -> Path:
    """A DOCX whose document.xml declares an entity and uses it, as Apache POI's test file does."""
    document = docx.Document()
    document.add_paragraph("正文")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head, rest = data.split(b"?>", 1)
                data = (head + b'?>\n<!DOCTYPE doc [<!ENTITY ent SYSTEM "http://example.invalid/">]>'
                        + rest.replace("正文".encode(), "正文&ent;".encode()))
            target.writestr(item, data)
    return path


def _stamp(source: Path, out: Path) -> docx.document.Document:
    stamper = DocxStamper(source, FACTS)
    stamper.rehearse(COPY)
    stamper.write_copy(COPY, out)
    return docx.Document(str(out))


def test_marks_are_their_own_paragraphs_before_a_leading_table_and_fields_survive(tmp_path: Path) -> None:
    out = _stamp(_hard_docx(tmp_path / "hard.docx"), tmp_path / "out.docx")
    body = list(out.element.body)
    assert [p.text for p in out.paragraphs[:3]] == ["000001", "某某公司 机密 1年", "总经理办公会会议纪要"]
    assert body[2].tag == f"{{{W}}}tbl", "the table follows the marks untouched"
    xml = out.element.xml
    assert "DATE" in xml and "AlternateContent" in xml and "文本框内容" in xml
    assert len(out.sections) == 2
    for section in out.sections:
        texts = [p.text for p in section.footer.paragraphs]
        assert "第 000001 份" in texts and "第  页 共  页" in texts


def test_a_doctype_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(CorruptInput) as caught:
        DocxStamper(_with_doctype(tmp_path / "dtd.docx"), FACTS)
    assert caught.value.exit_code == ExitCode.INPUT
    assert "DOCTYPE" in str(caught.value)


def test_a_copy_that_does_not_reopen_is_refused_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stamper = DocxStamper(_hard_docx(tmp_path / "hard.docx"), FACTS)
    monkeypatch.setattr(stamper, "_render", lambda copy: b"PK\x03\x04 broken")
    with pytest.raises(CorruptInput):
        stamper.write_copy(COPY, tmp_path / "out.docx")
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.slow
def test_libreoffice_opens_the_hard_copy_and_shows_page_numbers(tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice not installed")
    _stamp(_hard_docx(tmp_path / "hard.docx"), tmp_path / "out.docx")
    subprocess.run([office, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "out.docx")],
                   check=True, capture_output=True, timeout=180)
    with pymupdf.open(tmp_path / "out.pdf") as pdf:
        pages = pdf.page_count
        first = "".join(pdf[0].get_text().split())
        last = "".join(pdf[-1].get_text().split())
    assert "000001" in first and "某某公司机密1年" in first and "总经理办公会会议纪要" in first
    assert f"第1页共{pages}页" in first and f"第{pages}页共{pages}页" in last


def test_the_word_watermark_is_light(tmp_path: Path) -> None:
    _stamp(_hard_docx(tmp_path / "hard.docx"), tmp_path / "out.docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as archive:
        headers = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/header")]
    opacities = [float(part.split('"')[1]) for xml in headers for part in xml.split("opacity=")[1:]]
    assert opacities and max(opacities) <= 0.2
