"""A spreadsheet copy's watermark is a header picture (`&G`), the one Excel shows: it is wired as
Excel writes it, the workbook still opens, and LibreOffice prints the header marks."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path

import pymupdf
import pytest
from lxml import etree
from openpyxl import load_workbook

from marker.domain.marks import CopyFacts
from marker.render.office import XlsxStamper
from tests.builders import convert_with_libreoffice, libreoffice, sample_facts
from tests.test_office_formats import make_salary_xlsx

SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    source = make_salary_xlsx(tmp_path / "工资表.xlsx")
    stamper = XlsxStamper(source, sample_facts())
    out = tmp_path / "工资表.MJ-2026-000123-000002.xlsx"
    stamper.write_copy(CopyFacts("000002", "李四"), out)
    return out


def _rels(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    name = posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")
    root = etree.fromstring(archive.read(name))
    return {r.get("Id"): posixpath.normpath(posixpath.join(posixpath.dirname(part), r.get("Target"))) for r in root}


def test_every_sheet_has_the_watermark_picture_in_its_header(copy: Path):
    with zipfile.ZipFile(copy) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 2
        for sheet in sheets:
            root = etree.fromstring(archive.read(sheet))
            assert "&C&G" in root.find(f"{SS}headerFooter/{SS}oddHeader").text
            vml = _rels(archive, sheet)[root.find(f"{SS}legacyDrawingHF").get(R_ID)]
            drawing = archive.read(vml).decode()
            assert 'id="CH"' in drawing, "the VML shape of the centre header"
            image = _rels(archive, vml)["rIdMijiImage"]
            picture = pymupdf.Pixmap(archive.read(image))
            assert picture.alpha and picture.width > 400
    types = zipfile.ZipFile(copy).read("[Content_Types].xml").decode()
    assert 'Extension="vml"' in types and 'Extension="png"' in types


def test_the_copy_reopens_with_its_marks_and_formulas(copy: Path):
    book = load_workbook(copy)
    sheet = book.worksheets[0]
    assert sheet["H2"].value == "=E2+F2-G2"
    assert "000002" in sheet.oddHeader.left.text and "李四" in sheet.oddHeader.right.text


@pytest.mark.skipif(libreoffice() is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_the_header_marks_on_every_page(copy: Path, tmp_path: Path):
    pdf = convert_with_libreoffice(copy, tmp_path / "pdf")
    with pymupdf.open(pdf) as doc:
        for page in doc:
            text = page.get_text()
            assert "000002" in text and "MJ-2026-000123" in text and "第 000002 份" in text
