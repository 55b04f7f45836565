"""Spreadsheets and presentations, the formats salary tables and strategy papers arrive in: read,
classified from their cells and slides, marked as copies that open, and recognised afterwards."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pptx import Presentation
from pptx.util import Inches

from marker.errors import ExitCode
from marker.reading.documents import read
from tests.conftest import json_lines

SALARY_HEAD = ["工号", "姓名", "身份证号", "部门", "基本工资", "绩效工资", "社保扣款", "实发工资"]
NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷"]


def _id_number(seed: int) -> str:
    """A resident ID number with a valid GB 11643 check digit (fictional)."""
    body = f"110105198{seed % 10}0{(seed % 9) + 1}1{seed % 10}{seed % 7}{(seed * 7) % 10}{seed % 3}"[:17]
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


def make_salary_xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "2026年5月工资表"
    sheet.append(SALARY_HEAD)
    for index, name in enumerate(NAMES):
        base, bonus = 8000 + index * 350, 1200 + index * 90
        sheet.append([f"E{index:04d}", name, _id_number(index), "财务部", base, bonus, 980, None])
        row = sheet.max_row
        sheet.cell(row=row, column=8, value=f"=E{row}+F{row}-G{row}")
    book.create_sheet("说明").append(["本表为公司员工工资发放明细，仅限人力资源部与财务部使用。"])
    book.save(path)
    return path


def make_strategy_pptx(path: Path) -> Path:
    deck = Presentation()
    for title, body in (("2027-2031年发展战略规划（讨论稿）", "董事会审议中的战略方案，未实施的重大决策。"),
                        ("投资计划", "拟并购华东两家企业，投资总额约 12 亿元；资产重组与增资扩股方案。"),
                        ("经营规划", "新业务布局：华南制造基地，分三期建设。")):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        slide.notes_slide.notes_text_frame.text = "讲解要点：本页内容仅限董事会成员。"
    table_slide = deck.slides.add_slide(deck.slide_layouts[5])
    table = table_slide.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(1.5)).table
    for row, (a, b) in enumerate((("项目", "投资额"), ("并购", "8 亿元"), ("基地", "4 亿元"))):
        table.cell(row, 0).text, table.cell(row, 1).text = a, b
    deck.save(path)
    return path


def test_a_salary_spreadsheet_is_read_from_its_cells_and_classified(cli, tmp_path: Path):
    path = make_salary_xlsx(tmp_path / "工资表.xlsx")
    document = read(path)
    assert document.kind == "xlsx" and document.page_count == 2
    assert "实发工资" in document.text and "张伟" in document.text and "=E" not in document.text
    code, out, err = cli("classify", path, "--json")
    assert code == 0, err
    [row] = json_lines(out)
    assert row["level"] in ("秘密", "机密") and row["error"] is None
    assert any(ev["term"] in ("工资", "实发工资", "基本工资", "身份证号") or "工资" in ev["snippet"]
               for ev in row["evidence"])


def test_a_marked_spreadsheet_copy_opens_keeps_its_formulas_and_is_recognised(cli, tmp_path: Path):
    path = make_salary_xlsx(tmp_path / "工资表.xlsx")
    code, out, err = cli("mark", path, "--level", "秘密", "--to", "张三", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    copy = Path(result["copies"][0]["path"])
    assert copy.suffix == ".xlsx"
    book = load_workbook(copy)
    sheet = book.worksheets[0]
    assert sheet["H2"].value == "=E2+F2-G2", "a copy keeps the workbook's formulas"
    assert "000001" in sheet.oddHeader.left.text and "秘密" in sheet.oddHeader.left.text
    assert result["registry"] in sheet.oddHeader.right.text and "张三" in sheet.oddHeader.right.text
    assert sheet.oddFooter.center.text == "第 000001 份  第 &P 页 共 &N 页"
    assert all(s.oddHeader.left.text for s in book.worksheets)
    mark = read(copy).existing_mark
    assert mark is not None and mark.registry == result["registry"] and mark.copy_number == "000001"
    code, _, err = cli("mark", copy, "--level", "内部")
    assert code == ExitCode.REFUSED and result["registry"] in err


def test_a_marked_presentation_has_the_mark_on_every_slide(cli, tmp_path: Path):
    path = make_strategy_pptx(tmp_path / "战略规划.pptx")
    document = read(path)
    assert document.kind == "pptx" and document.page_count == 4
    assert "投资计划" in document.text and "仅限董事会成员" in document.text and "8 亿元" in document.text
    code, out, err = cli("mark", path, "--level", "机密", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    deck = Presentation(Path(result["copies"][0]["path"]))
    for slide in deck.slides:
        texts = [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        assert any("某某公司 机密" in text and "000001" in text for text in texts)
        assert any(result["registry"] in text for text in texts)
    assert read(Path(result["copies"][0]["path"])).existing_mark.registry == result["registry"]


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx"])
def test_bad_office_files_are_one_line_refusals(cli, tmp_path: Path, suffix: str):
    bomb = tmp_path / f"bomb{suffix}"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml" if suffix == ".xlsx" else "ppt/presentation.xml", "<x/>")
        archive.writestr("big.xml", b"\0" * (120 * 1024 * 1024))
    bomb.write_bytes(buffer.getvalue())
    word = tmp_path / f"word{suffix}"
    word.write_bytes((Path(__file__).parent / "test_office_formats.py").read_bytes())
    for path in (bomb, word):
        code, _, err = cli("classify", path)
        assert code == ExitCode.INPUT and len(err.strip().splitlines()) == 1, err


def test_a_sheet_over_the_cell_limit_is_refused(cli, tmp_path: Path):
    book = Workbook()
    sheet = book.active
    for row in range(300):
        sheet.append([f"{row}-{column}" for column in range(20)])
    path = tmp_path / "大表.xlsx"
    book.save(path)
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "miji.toml").write_text("[limits]\nmax_cells = 1000\n", encoding="utf-8")
    code, _, err = cli("classify", path, "--workspace", workspace)
    assert code == ExitCode.INPUT and "单元格" in err
