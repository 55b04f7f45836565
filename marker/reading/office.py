"""Spreadsheets and presentations: the text a reader sees, as blocks the classifiers weigh.

A sheet's rows become table blocks (cells joined by tabs, so header shapes such as 身份证号 or
实发工资 count as table evidence); values, never formulas; sheet names and comments too. A
presentation gives its slides' text, tables and notes. Both are OOXML zips, checked against the
zip-bomb limits before any parser runs.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from classifiers.blocks import TextBlock
from marker.errors import CorruptInput, EmptyInput, TooLargeInput
from marker.reading.ooxml import custom_properties, open_package
from marker.settings import Limits

Parts = tuple[tuple[TextBlock, ...], int, tuple[int, ...], dict[str, str]]


def read_xlsx(data: bytes, path: Path, sniffed: str, limits: Limits) -> Parts:
    archive = open_package(data, path, sniffed, limits, label="XLSX", required="xl/workbook.xml")
    metadata = custom_properties(archive)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except MemoryError:
        raise
    except Exception as exc:
        raise CorruptInput("XLSX 无法解析 (unreadable spreadsheet)", path=path) from exc
    blocks: list[TextBlock] = []
    cells = 0
    empty: list[int] = []
    try:
        for number, sheet in enumerate(book.worksheets, start=1):
            rows: list[str] = []
            for row in sheet.iter_rows(values_only=True):
                cells += len(row)
                if cells > limits.max_cells:
                    raise TooLargeInput(f"表格超过 {limits.max_cells} 个单元格 (too many cells)", path=path)
                values = [_cell_text(value) for value in row]
                if any(values):
                    rows.append("\t".join(values).rstrip("\t"))
            if rows:
                blocks.append(TextBlock("header", f"工作表 {sheet.title}"))
                blocks.append(TextBlock("table", "\n".join(rows)))
            else:
                empty.append(number)
        count = len(book.worksheets)
    finally:
        book.close()
    if not blocks and _has_formulas(archive):
        raise EmptyInput("表格只有公式、没有保存的计算结果：请在 Excel 或 WPS 中打开并保存后再提交 (formulas without "
                         "saved values)", path=path)
    blocks += [TextBlock("para", text) for text in _xlsx_comments(archive)]
    return tuple(blocks), count, tuple(empty) if len(empty) < count else (), metadata


def _has_formulas(archive: Any) -> bool:
    """Formula cells (`<f>`) whose values were never saved: openpyxl-written or generated workbooks."""
    return any(re.search(rb"<(?:\w+:)?f[ >]", archive.read(name)) for name in archive.namelist()
               if name.startswith("xl/worksheets/") and name.endswith(".xml"))


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace("\t", " ").replace("\n", " ")


def _xlsx_comments(archive: Any) -> list[str]:
    """Cell comments (批注) often say what a sheet is for; read without entity expansion."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    found: list[str] = []
    for name in archive.namelist():
        if name.startswith("xl/comments") and name.endswith(".xml"):
            try:
                root = etree.fromstring(archive.read(name), parser)
            except etree.XMLSyntaxError:
                continue
            text = "".join(root.itertext()).strip()
            if text:
                found.append(text)
    return found


def read_pptx(data: bytes, path: Path, sniffed: str, limits: Limits) -> Parts:
    archive = open_package(data, path, sniffed, limits, label="PPTX", required="ppt/presentation.xml")
    metadata = custom_properties(archive)
    from pptx import Presentation

    try:
        deck = Presentation(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as exc:
        raise CorruptInput("PPTX 无法解析 (unreadable presentation)", path=path) from exc
    slides = list(deck.slides)
    if len(slides) > limits.max_pages:
        raise TooLargeInput(f"幻灯片 {len(slides)} 张，超过上限 {limits.max_pages} (too many slides)", path=path)
    blocks: list[TextBlock] = []
    empty: list[int] = []
    for number, slide in enumerate(slides, start=1):
        texts: list[str] = []
        for shape in slide.shapes:
            if getattr(shape, "has_table", False) and shape.has_table:
                rows = ["\t".join(cell.text for cell in row.cells) for row in shape.table.rows]
                blocks.append(TextBlock("table", "\n".join(rows)))
            elif getattr(shape, "has_text_frame", False) and shape.has_text_frame and shape.text_frame.text.strip():
                texts.append(shape.text_frame.text.strip())
        if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
            notes = slide.notes_slide.notes_text_frame.text.strip()
            if notes:
                texts.append(notes)
        if texts:
            blocks.append(TextBlock("para", "\n".join(texts)))
        else:
            empty.append(number)
    return tuple(blocks), len(slides), (), metadata
