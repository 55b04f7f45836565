"""What a print room checks, for formats other than PDF: the same page facts (marked header,
footer, first-page corner) read from where Miji's stamper puts the marks in each format.

XLSX: each sheet is a "page" whose header and footer are its printed page header and footer
(Excel's codes stripped; the page fields `&P`/`&N` stand for the sheet's number and count);
the corner is the header's left section, 份号 then the mark. PPTX: each slide, its running mark
being the text in the slide's top and bottom bands. OFD: each page, measured like a PDF page
(marker.reading.ofd gives the runs in millimetres). Read in the limited worker, like any input.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from marker.reading.pdf_facts import PageFacts, PdfFacts, squash

MM_TO_PT = 72 / 25.4
A4 = (595.28, 841.89)
_CODES = re.compile(r'&"[^"]*"|&K[0-9A-Fa-f]{6}|&\d+|&[LCRDTFAZGBIUEXYOHS]')
_STRUCK = re.compile(r"&S.*?&S")


def header_sections(item: Any, number: int = 0, count: int = 0) -> dict[str, str]:
    """An Excel header or footer (openpyxl's item) as its left, centre and right text: codes
    removed, struck (&S…&S) text left out, the page fields given the sheet's number and count."""
    found: dict[str, str] = {}
    for key, name in (("L", "left"), ("C", "center"), ("R", "right")):
        text = (getattr(item, name).text or "").replace("&&", "\0").replace("&P", str(number))
        found[key] = _CODES.sub("", _STRUCK.sub("", text.replace("&N", str(count)))).replace("\0", "&")
    return found


def _xlsx(data: bytes) -> PdfFacts:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=False)
    sheets = book.worksheets
    pages = []
    for number, sheet in enumerate(sheets, start=1):
        header = header_sections(sheet.oddHeader)
        footer = header_sections(sheet.oddFooter, number, len(sheets))
        corner = tuple(part for part in re.split(r"\s{2,}", header["L"].strip()) if part) if number == 1 else ()
        text = "".join(header.values())
        pages.append(PageFacts(number, *A4, squash(text), squash("".join(footer.values())), corner,
                               (*corner,), (), False))
    return PdfFacts(tuple(pages), (), True)


def _pptx(data: bytes) -> PdfFacts:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    height = deck.slide_height or 6858000
    width = deck.slide_width or 9144000
    pages = []
    slides = list(deck.slides)
    for number, slide in enumerate(slides, start=1):
        top: list[str] = []
        bottom: list[str] = []
        corner: list[str] = []
        lines: list[str] = []
        for shape in slide.shapes:
            if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame or shape.rotation:
                continue
            texts = [_live(p) for p in shape.text_frame.paragraphs]
            lines += [t for t in texts if t.strip()]
            y = shape.top or 0
            if y < height * 0.15:
                top += texts
                if number == 1 and (shape.left or 0) < width / 2:
                    corner += [t.strip() for t in texts if t.strip()]
            elif y > height * 0.88:
                bottom += texts
        running = squash("".join(top + bottom))
        pages.append(PageFacts(number, width / 12700, height / 12700, running, squash("".join(bottom)),
                               tuple(corner), tuple(lines), (), False))
    return PdfFacts(tuple(pages), (), True)


def _live(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.runs
                   if run._r.rPr is None or run._r.rPr.get("strike", "noStrike") == "noStrike")


def _ofd(data: bytes, path: Path) -> PdfFacts:
    from marker.reading.ofd import lines_of, open_ofd, page_runs
    from marker.settings import Limits

    package = open_ofd(data, path, "zip")
    budget = [Limits().max_cells]
    pages = []
    for index in range(len(package.pages)):
        box, runs = page_runs(package, index, budget)
        width, height = box[2], box[3]
        scale = min(min(width, height) / 210, max(width, height) / 297)
        top, bottom = 37 * scale * 0.8, height - 35 * scale
        corner_bottom = 37 * scale + 2.5 * 10.21 * min(1.0, max(0.5, scale))
        header = [r.text for r in runs if r.y + r.size * 0.2 <= top + 0.7]
        footer = [r.text for r in runs if r.y - r.size >= bottom - 0.7]
        corner = [(r.y, r.text.strip()) for r in runs if index == 0 and r.x < width / 2
                  and r.y + r.size * 0.2 <= corner_bottom and r.y - r.size < bottom - 0.7]
        pages.append(PageFacts(index + 1, width * MM_TO_PT, height * MM_TO_PT, squash("".join(header)),
                               squash("".join(footer)), tuple(t for _, t in sorted(corner)),
                               tuple(text for _, text in lines_of(runs)), (), False))
    return PdfFacts(tuple(pages), (), True)


def page_facts(path: str) -> PdfFacts:
    """The page facts of a PDF, XLSX, PPTX or OFD file (by its suffix; the bytes were read and
    checked by documents.read before)."""
    from marker.reading.pdf_facts import inspect_pdf

    file = Path(path)
    suffix = file.suffix.lower()
    if suffix == ".pdf":
        return inspect_pdf(file)
    data = file.read_bytes()
    if suffix == ".xlsx":
        return _xlsx(data)
    if suffix == ".pptx":
        return _pptx(data)
    return _ofd(data, file)
