"""`miji mark`: what a person sees on the marked copies, what the ledger records, what is refused."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest

from marker.errors import ExitCode
from marker.reading.documents import read
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    MEETING_MINUTES,
    make_docx,
    make_pdf,
)
from tests.conftest import json_lines

GBT_BODY = "\n" * 6  # a GB/T 9704 draft leaves the first lines of the type area free


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mark(cli, *args) -> dict:
    code, out, err = cli("mark", *args, "--json")
    assert code == 0, err
    return json_lines(out)[0]


@pytest.fixture()
def minutes_pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "纪要.pdf", [GBT_BODY + MEETING_MINUTES, "第二页 会议记录续", "第三页\n2026年4月9日"])


@pytest.fixture()
def report_docx(tmp_path: Path) -> Path:
    return make_docx(tmp_path / "报表.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE, header="华岳精工 财务部",
                     footer="内部资料", paragraphs_after=["财务部", "2026年4月1日"])


def test_one_file_per_recipient_named_by_registry_and_copy(cli, minutes_pdf: Path):
    before = _sha(minutes_pdf)
    result = _mark(cli, minutes_pdf, "--to", "张三", "--to", "李四")
    registry = result["registry"]
    names = sorted(Path(c["path"]).name for c in result["copies"])
    assert names == [f"纪要.{registry}-000001.pdf", f"纪要.{registry}-000002.pdf"]
    assert all(Path(c["path"]).parent == minutes_pdf.parent / "marked" for c in result["copies"])
    assert [c["recipient"] for c in result["copies"]] == ["张三", "李四"]
    assert _sha(minutes_pdf) == before
    assert not list(minutes_pdf.parent.rglob(".miji-tmp-*"))


def test_pdf_first_page_carries_copy_number_and_mark_top_left(cli, minutes_pdf: Path):
    result = _mark(cli, minutes_pdf, "--copies", "1", "--out", minutes_pdf.parent / "out")
    copy = Path(result["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        page = doc[0]
        top_left = pymupdf.Rect(0, 0, page.rect.width / 2, page.rect.height / 4)
        corner = page.get_text("text", clip=top_left)
        assert "000001" in corner and "某某公司 机密 10年" in corner
        assert list(page.annots()) == [] and list(page.widgets()) == []
        for number, page in enumerate(doc, start=1):
            text = page.get_text()
            assert f"机密  {result['registry']}" in text
            assert "第 000001 份" in text and f"第 {number} 页 共 3 页" in text


def test_pdf_mark_font_is_embedded_as_a_subset(cli, minutes_pdf: Path):
    copy = Path(_mark(cli, minutes_pdf)["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        ours = [f for f in doc.get_page_fonts(0) if f[4] == "MijiF"]
        assert ours and "+" in ours[0][3]  # subset prefix, e.g. ABCDEF+Droid Sans Fallback
        descendant = doc.xref_get_key(ours[0][0], "DescendantFonts")[1]
        descriptor = doc.xref_get_key(int(descendant.strip("[]").split()[0]), "FontDescriptor")[1]
        assert doc.xref_get_key(int(descriptor.split()[0]), "FontFile2")[0] == "xref"
    assert copy.stat().st_size < minutes_pdf.stat().st_size + 400_000


def test_rendered_page_shows_the_mark_and_a_light_watermark(cli, minutes_pdf: Path):
    copy = Path(_mark(cli, minutes_pdf, "--to", "张三")["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        pix = doc[0].get_pixmap(dpi=72)
    def pixels(x0: int, y0: int, x1: int, y1: int) -> list[tuple[int, int, int]]:
        return [pix.pixel(x, y) for x in range(x0, x1) for y in range(y0, y1)]
    mark_region = pixels(70, 95, 250, 150)
    assert sum(1 for p in mark_region if max(p) < 100) > 50, "no dark mark pixels top left"
    centre = pixels(pix.width // 2 - 60, pix.height // 2 - 60, pix.width // 2 + 60, pix.height // 2 + 60)
    tinted = [p for p in centre if p != (255, 255, 255)]
    assert tinted, "no watermark tint in the centre"
    assert all(min(p) > 120 for p in tinted), "the watermark is too dark to read text through"


def test_rotated_and_odd_sized_pages_are_marked_the_right_way_up(cli, tmp_path: Path):
    pdf = make_pdf(tmp_path / "宽表.pdf", [GBT_BODY + "统计报表 经营数据"] * 2, rotate=90,
                   page_rect=pymupdf.paper_rect("a3"))
    copy = Path(_mark(cli, pdf, "--level", "秘密")["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        page = doc[0]
        lines = [line for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])
                 if "秘密 10年" in "".join(span["text"] for span in line["spans"])]
        assert lines, "mark line not found"
        turn = page.rotation_matrix
        direction = pymupdf.Point(lines[0]["dir"]) * pymupdf.Matrix(turn.a, turn.b, turn.c, turn.d, 0, 0)
        assert round(direction.x) == 1 and round(direction.y) == 0
        visual = pymupdf.Rect(lines[0]["bbox"]) * page.rotation_matrix
        assert visual.x0 < page.rect.width / 3 and visual.y1 < page.rect.height / 3


def test_pages_sharing_one_resource_dictionary_are_marked(cli, tmp_path: Path):
    pdf = make_pdf(tmp_path / "共享.pdf", [GBT_BODY + f"第{i}页 财务报表" for i in range(12)], shared_resources=True)
    copy = Path(_mark(cli, pdf, "--level", "机密")["copies"][0]["path"])
    with pymupdf.open(copy) as doc:
        assert all(f"第 {n} 页 共 12 页" in doc[n - 1].get_text() for n in range(1, 13))
        assert "第5页 财务报表" in doc[5].get_text()


def test_marks_read_back_from_pdf_and_docx(cli, minutes_pdf: Path, report_docx: Path):
    for source in (minutes_pdf, report_docx):
        result = _mark(cli, source, "--level", "机密", "--period", "5年", "--to", "王五")
        mark = read(Path(result["copies"][0]["path"])).existing_mark
        assert mark is not None and mark.source == "metadata"
        assert (mark.level, mark.period, mark.registry, mark.copy_number, mark.recipient) == \
            ("机密", "5年", result["registry"], "000001", "王五")
        assert mark.expiry == result["expiry"]


def test_docx_copy_has_mark_lines_headers_watermark_and_keeps_the_draft(cli, report_docx: Path):
    result = _mark(cli, report_docx, "--level", "机密", "--to", "王五")
    copy = Path(result["copies"][0]["path"])
    document = docx.Document(copy)
    first, second = document.paragraphs[0], document.paragraphs[1]
    assert first.text == "000001" and second.text == "某某公司 机密 20年"
    run = second.runs[0]
    assert run.font.size.pt == 16
    assert run._r.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "黑体"
    assert all(p.text in [q.text for q in document.paragraphs] for p in docx.Document(report_docx).paragraphs)
    assert document.tables[0].cell(1, 1).text == "12,860.00"
    section = document.sections[0]
    header_xml = section.header._element.xml
    assert f"机密  {result['registry']}" in "".join(p.text for p in section.header.paragraphs)
    assert "华岳精工 财务部" in "".join(p.text for p in section.header.paragraphs)
    assert "PowerPlusWaterMarkObject" in header_xml and "发放对象 王五" in header_xml
    assert "第 000001 份" in "".join(p.text for p in section.footer.paragraphs)
    with zipfile.ZipFile(copy) as archive:
        assert "docProps/custom.xml" in archive.namelist()


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) not installed")
def test_docx_copy_renders_in_libreoffice_with_mark_and_copy_number(cli, report_docx: Path, tmp_path: Path):
    copy = Path(_mark(cli, report_docx, "--level", "机密", "--to", "王五")["copies"][0]["path"])
    out = tmp_path / "lo"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(copy)], check=True, capture_output=True,
                   timeout=180)
    with pymupdf.open(next(out.glob("*.pdf"))) as pdf:
        text = "".join(page.get_text() for page in pdf).replace(" ", "")
    assert "000001" in text and "某某公司机密20年" in text and "第000001份" in text


def test_expiry_counts_from_the_document_date_and_conditions_have_none(cli, tmp_path: Path):
    dated = make_pdf(tmp_path / "a.pdf", [GBT_BODY + "会议纪要\n与会人员：全体\n某某公司\n2023年5月19日"])
    assert _mark(cli, dated, "--level", "秘密", "--period", "1年")["expiry"] == "2024-05-19"
    undated = make_pdf(tmp_path / "b.pdf", [GBT_BODY + "会议纪要 与会人员：全体"])
    marked_today = _mark(cli, undated, "--level", "秘密", "--period", "6个月")["expiry"]
    assert date.fromisoformat(marked_today) > date.today()
    conditional = make_pdf(tmp_path / "c.pdf", [GBT_BODY + "投标报价单 开标前"])
    result = _mark(cli, conditional, "--level", "绝密", "--period", "开标后")
    assert result["expiry"] is None and result["period"] == "开标后"
    code, _, err = cli("mark", make_pdf(tmp_path / "d.pdf", ["工资表"]), "--level", "秘密", "--period", "11年")
    assert code == ExitCode.REFUSED and "最长期限" in err


def test_a_marked_copy_is_not_marked_again(cli, minutes_pdf: Path):
    result = _mark(cli, minutes_pdf)
    code, _, err = cli("mark", result["copies"][0]["path"])
    assert code == ExitCode.REFUSED
    assert f"registry {result['registry']}, copy 000001" in err and "issue copies from the ledger" in err


def test_without_level_the_suggestion_is_used_or_review_is_demanded(cli, tmp_path: Path):
    result = _mark(cli, make_pdf(tmp_path / "m.pdf", [GBT_BODY + MEETING_MINUTES]))
    assert result["level"] == "机密" and result["suggestion"]["category"] == "meeting_minutes"
    code, _, err = cli("mark", make_pdf(tmp_path / "short.pdf", ["你好"]))
    assert code == ExitCode.REFUSED and "需要人工确认" in err


def test_registration_in_the_workspace_ledger(cli, minutes_pdf: Path, report_docx: Path, tmp_path: Path):
    first = _mark(cli, minutes_pdf, "--to", "张三", "--to", "李四")
    second = _mark(cli, report_docx, "--level", "秘密")
    year = date.today().year
    assert (first["registry"], second["registry"]) == (f"MJ-{year}-000001", f"MJ-{year}-000002")
    with sqlite3.connect(tmp_path / "miji-data" / "ledger.sqlite3") as conn:
        docs = conn.execute("SELECT registry, json_extract(payload, '$.original_sha256'), "
                            "json_extract(payload, '$.level') FROM events WHERE kind='document_registered'").fetchall()
        copies = conn.execute("SELECT registry, copy_no, json_extract(payload, '$.sha256') FROM events "
                              "WHERE kind='copy_issued' ORDER BY seq").fetchall()
    assert docs[0] == (first["registry"], _sha(minutes_pdf), "机密")
    assert [(r, c) for r, c, _ in copies] == [(first["registry"], "000001"), (first["registry"], "000002"),
                                             (second["registry"], "000001")]
    assert copies[0][2] == _sha(Path(first["copies"][0]["path"]))


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--level", "秘书"), ExitCode.USAGE, "不在策略中"),
        (("--period", "十年"), ExitCode.USAGE, "无法识别的保密期限"),
        (("--copies", "0"), ExitCode.USAGE, "至少为 1"),
        (("--copies", "501"), ExitCode.USAGE, "最多 500"),
        (("--to", " "), ExitCode.USAGE, "不能为空"),
    ],
)
def test_bad_options_are_refused_and_nothing_is_written(cli, minutes_pdf: Path, tmp_path: Path, args, code, words):
    result_code, _, err = cli("mark", minutes_pdf, "--level", "机密", *args) if args[0] != "--level" \
        else cli("mark", minutes_pdf, *args)
    assert result_code == code and words in err and len(err.strip().splitlines()) == 1
    assert not (minutes_pdf.parent / "marked").exists()


def test_unwritable_output_folder_and_output_equal_to_input(cli, minutes_pdf: Path, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, _, err = cli("mark", minutes_pdf, "--level", "机密", "--out", blocker / "sub")
    assert code == ExitCode.OUTPUT and "无法创建输出目录" in err
    code, _, err = cli("mark", minutes_pdf, "--level", "机密", "--out", blocker)
    assert code == ExitCode.OUTPUT and "不是目录" in err
    code, _, err = cli("mark", minutes_pdf, "--level", "机密", "--out", minutes_pdf)
    assert code == ExitCode.USAGE and "输出路径与输入相同" in err


@pytest.mark.parametrize("failing", ["write", "rename"])
def test_a_failed_copy_write_leaves_no_partial_file_and_no_registered_copy(cli, minutes_pdf: Path, tmp_path: Path,
                                                                           monkeypatch, failing: str):
    """Copies are one durable batch: a disk that fails while the second copy is written, or while
    the second is renamed into place, leaves no copy and no temporary file, and every 份号 voided."""
    from marker import atomic

    calls = {"n": 0}
    real_write, real_publish = atomic.DurableBatch.write, atomic._publish

    def flaky_write(self, path, data):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(28, "No space left on device")
        return real_write(self, path, data)

    def flaky_publish(temp, path, overwrite):
        calls["n"] += path.parent.name == "marked"  # the copies, not the workspace's own files
        if calls["n"] == 2:
            raise atomic.OutputError("无法写出 (cannot write): No space left on device", path=path)
        return real_publish(temp, path, overwrite)

    if failing == "write":
        monkeypatch.setattr(atomic.DurableBatch, "write", flaky_write)
    else:
        monkeypatch.setattr(atomic, "_publish", flaky_publish)
    monkeypatch.setenv("MIJI_ISOLATE", "0")  # the patch lives in this process
    code, _, err = cli("mark", minutes_pdf, "--level", "机密", "--copies", "3")
    assert code != 0 and "No space left" in err
    assert list((minutes_pdf.parent / "marked").iterdir()) == []
    with sqlite3.connect(tmp_path / "miji-data" / "ledger.sqlite3") as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM events WHERE kind LIKE 'copy_%' ORDER BY seq")]
    assert kinds.count("copy_issued") == 0 and kinds.count("copy_voided") == 3
