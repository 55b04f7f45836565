"""Scans: image-only PDF pages and .png/.jpg/.tif drafts are recognised (OCR, Chinese), classified
from the recognised text with its confidence, and marked as a PDF copy."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from marker.errors import ExitCode
from marker.reading import ocr
from marker.reading.documents import read
from tests.conftest import json_lines

pytestmark = pytest.mark.skipif(not ocr.available(), reason="Tesseract with chi_sim is not installed")
NOTICE = ("关于2026年度员工工资调整的通知\n各部门：经公司研究决定，自2026年7月1日起，\n"
          "全体员工基本工资上调百分之五，绩效工资按考核结果发放。\n请各部门做好工资表核对工作。\n"
          "人力资源部\n2026年6月15日")


def _page_image(text: str, *, dpi: int = 200) -> pymupdf.Pixmap:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 100), text, fontname="china-s", fontsize=14)
    return page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY)


def make_scanned_pdf(path: Path, texts: list[str]) -> Path:
    """A PDF whose pages are only images of text, as a scanner makes them."""
    out = pymupdf.open()
    for text in texts:
        pixmap = _page_image(text)
        page = out.new_page()
        page.insert_image(page.rect, pixmap=pixmap)
    out.save(path)
    return path


def test_a_scanned_pdf_is_recognised_and_classified_with_its_ocr_confidence(cli, tmp_path: Path):
    path = make_scanned_pdf(tmp_path / "扫描件.pdf", [NOTICE, "附件：工资调整明细表另发。"])
    document = read(path)
    assert document.ocr_confidence is not None and document.ocr_confidence > 0.6
    assert "工资" in document.text and "人力资源部" in document.text and not document.pages_without_text
    code, out, err = cli("classify", path, "--json")
    assert code == 0, err
    [row] = json_lines(out)
    assert row["error"] is None and row["level"] != "公开"


def test_a_png_draft_is_marked_as_a_pdf_copy(cli, tmp_path: Path):
    png = tmp_path / "通知扫描.png"
    _page_image(NOTICE).save(png)
    code, out, err = cli("mark", png, "--level", "内部", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    copy = Path(result["copies"][0]["path"])
    assert copy.suffix == ".pdf"
    with pymupdf.open(copy) as pdf:
        assert "内部" in pdf[0].get_text() and result["registry"] in pdf[0].get_text()
    assert read(copy).existing_mark.registry == result["registry"]


def test_an_unreadable_scan_goes_to_review_with_the_reason(tmp_path: Path):
    from marker.domain.policy import default_policy
    from marker.intake.suggest import suggest_for

    path = tmp_path / "模糊.png"
    _page_image(NOTICE, dpi=40).save(path)  # a blurred, tiny scan: recognised with low confidence
    document = read(path)
    suggestion = suggest_for(document, default_policy(), workspace=None)
    assert suggestion.needs_review and suggestion.level != "公开"


def test_a_tiff_with_too_many_pages_is_refused(cli, tmp_path: Path):
    pixmap = _page_image("第一页", dpi=40)
    doc = pymupdf.open()
    for _ in range(3):
        page = doc.new_page(width=200, height=200)
        page.insert_image(page.rect, pixmap=pixmap)
    tiff = tmp_path / "多页.tif"
    # pymupdf writes single images; build a 3-page TIFF with Pillow from page renders.
    from PIL import Image

    frames = [Image.frombytes("L", (p.width, p.height), p.samples) for p in (page.get_pixmap() for page in doc)]
    frames[0].save(tiff, save_all=True, append_images=frames[1:])
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "miji.toml").write_text("[limits]\nmax_ocr_pages = 2\n", encoding="utf-8")
    code, _, err = cli("classify", tiff, "--workspace", workspace)
    assert code == ExitCode.INPUT and "识别上限" in err
