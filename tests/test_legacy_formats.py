"""WPS and legacy Office files, as Chinese offices save them: recognised by their bytes, converted
by LibreOffice (in the limited worker), classified, and marked as a copy in the modern format."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument

from marker.errors import ExitCode
from marker.reading.documents import read
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, convert_with_libreoffice, libreoffice, make_docx
from tests.conftest import json_lines
from tests.test_office_formats import make_salary_xlsx, make_strategy_pptx

pytestmark = pytest.mark.skipif(libreoffice() is None, reason="LibreOffice (soffice) is not installed")


def _legacy(source: Path, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"lo-{fmt}"
    out.mkdir(exist_ok=True)
    try:
        return convert_with_libreoffice(source, out, fmt)
    except Exception as exc:  # the component (Calc, Impress) may be missing on a minimal install
        pytest.skip(f"LibreOffice cannot write .{fmt} here: {exc}")


@pytest.mark.slow
def test_a_doc_and_a_wps_file_are_read_and_marked_as_docx(cli, tmp_path: Path):
    docx = make_docx(tmp_path / "财务预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    doc = _legacy(docx, "doc", tmp_path)
    assert doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE file, as Word 97-2003 writes it"
    wps = shutil.copy(doc, tmp_path / "财务预算.wps")
    for path in (doc, Path(wps)):
        document = read(path)
        assert document.kind == "docx" and document.converted_from == path.suffix
        assert "资产负债表" in document.text or FINANCIAL_REPORT[0][:8] in document.text
    code, out, err = cli("mark", wps, "--level", "机密", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    copy = Path(result["copies"][0]["path"])
    assert copy.suffix == ".docx" and copy.name.startswith("财务预算.")
    body = "\n".join(p.text for p in WordDocument(copy).paragraphs[:3])
    assert "机密" in body and "000001" in body
    assert read(copy).existing_mark.registry == result["registry"]
    code, _, err = cli("mark", doc, "--level", "内部")
    assert code == ExitCode.REFUSED and result["registry"] in err, "the .doc is the same document as the .wps"


@pytest.mark.slow
def test_xls_and_ppt_are_read_as_their_modern_formats(cli, tmp_path: Path):
    xls = _legacy(make_salary_xlsx(tmp_path / "工资表.xlsx"), "xls", tmp_path)
    document = read(xls)
    assert document.kind == "xlsx" and "实发工资" in document.text
    ppt = _legacy(make_strategy_pptx(tmp_path / "战略.pptx"), "ppt", tmp_path)
    document = read(ppt)
    assert document.kind == "pptx" and "投资计划" in document.text
    code, out, err = cli("mark", ppt, "--level", "机密", "--json")
    assert code == 0, err
    assert Path(json_lines(out)[0]["copies"][0]["path"]).suffix == ".pptx"


def test_a_file_that_only_claims_to_be_legacy_is_refused_for_what_it_is(cli, tmp_path: Path):
    fake = tmp_path / "报告.doc"
    fake.write_text("这其实是一个文本文件。", encoding="utf-8")
    broken = tmp_path / "损坏.wps"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    for path, words in ((fake, "纯文本"), (broken, "转换")):
        code, _, err = cli("classify", path)
        assert code == ExitCode.INPUT and words in err and len(err.strip().splitlines()) == 1, err


def test_remarking_a_doc_elsewhere_never_writes_its_conversion_under_the_doc_name(tmp_path: Path):
    """The reader stamps a .doc from its DOCX conversion; re-marking works on the file's own bytes,
    so it refuses an OLE file in both modes rather than write DOCX bytes named .doc to --out."""
    import hashlib

    from marker.domain.marks import CopyFacts
    from marker.errors import CorruptInput
    from marker.reading.documents import read_opened
    from marker.render.docx import DocxStamper
    from marker.render.rewrite import rewrite_file
    from tests.test_one_parse import FACTS, _change

    marked = tmp_path / "marked" / "通知.docx"
    marked.parent.mkdir()
    stamper = DocxStamper(make_docx(tmp_path / "通知.docx", FINANCIAL_REPORT), FACTS)
    stamper.write_copy(CopyFacts("000001"), marked)
    stamper.close()
    doc = _legacy(marked, "doc", tmp_path)  # a marked copy, saved by Word 97-2003 as it would be
    _, opened = read_opened(doc, keep=True)
    assert opened.converted and opened.data[:2] == b"PK"
    out = tmp_path / "out" / "通知.doc"
    with pytest.raises(CorruptInput):
        rewrite_file("docx", doc, hashlib.sha256(doc.read_bytes()).hexdigest(), _change(), "机密", doc.name,
                     out=out, opened=opened)
    assert not out.exists()
