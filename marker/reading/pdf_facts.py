"""What a print room checks on a PDF's pages: text by region, image resolution, fonts, permissions.

Read in the limited worker like any untrusted input (pre-flight calls it through `marker.worker`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PageFacts:
    number: int  # 1-based
    width: float
    height: float
    header: str  # text in the top band, whitespace removed
    footer: str  # text in the bottom band, whitespace removed
    corner: tuple[str, ...]  # page 1 only: lines in the top-left mark region, top to bottom
    lines: tuple[str, ...]  # every text line, for blank detection
    image_dpi: tuple[float, ...]
    has_drawings: bool


@dataclass(frozen=True, slots=True)
class FontUse:
    name: str
    kind: str
    embedded: bool
    page: int


@dataclass(frozen=True, slots=True)
class PdfFacts:
    pages: tuple[PageFacts, ...]
    fonts: tuple[FontUse, ...]
    can_print: bool



_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


def _bands(width: float, height: float) -> tuple[float, float, float]:
    """Top band bottom, bottom band top, and corner bottom, scaled like marker.render.pdf."""
    from marker.domain.page import A4_LONG, A4_SHORT, LINE_PITCH, MARGIN_BOTTOM, MARGIN_TOP

    short, long_ = sorted((width, height))
    scale = min(short / A4_SHORT, long_ / A4_LONG)
    text_scale = min(1.0, max(0.5, scale))
    return (MARGIN_TOP * scale * 0.8, height - MARGIN_BOTTOM * scale,
            MARGIN_TOP * scale + 2.5 * LINE_PITCH * text_scale)


def inspect_pdf(path: Path) -> PdfFacts:
    """One pass over the pages: text blocks by region, image resolution, fonts, permissions."""
    import pymupdf

    with pymupdf.open(path) as doc:
        pages: list[PageFacts] = []
        fonts: dict[int, FontUse] = {}
        for page in doc:
            width, height = page.rect.width, page.rect.height
            top, bottom, corner_bottom = _bands(width, height)
            derotate = page.rotation_matrix if page.rotation else None
            header: list[str] = []
            footer: list[str] = []
            corner: list[tuple[float, str]] = []
            lines: list[str] = []
            for block in page.get_text("blocks", flags=0):
                rect = pymupdf.Rect(block[:4])
                if derotate is not None:
                    rect = rect * derotate
                text = block[4]
                lines.extend(line for line in text.splitlines() if line.strip())
                if rect.y1 <= top + 2:
                    header.append(text)
                elif rect.y0 >= bottom - 2:
                    footer.append(text)
                elif page.number == 0 and rect.x0 < width / 2 and rect.y1 <= corner_bottom:
                    corner.extend((rect.y0, line.strip()) for line in text.splitlines() if line.strip())
            dpis = []
            for info in page.get_image_info():
                box = pymupdf.Rect(info["bbox"])
                if box.width > 1 and box.height > 1:
                    dpis.append(min(info["width"] / (box.width / 72), info["height"] / (box.height / 72)))
            drawings = bool(page.get_cdrawings()) if not lines and not dpis else False
            pages.append(PageFacts(page.number + 1, width, height, squash("".join(header)),
                                   squash("".join(footer)), tuple(t for _, t in sorted(corner)),
                                   tuple(lines), tuple(dpis), drawings))
            for xref, ext, kind, basefont, *_ in page.get_fonts():
                if xref not in fonts:
                    fonts[xref] = FontUse(basefont.split("+", 1)[-1], kind, ext != "n/a" or kind == "Type3",
                                          page.number + 1)
        can_print = bool(doc.permissions & pymupdf.PDF_PERM_PRINT)
    return PdfFacts(tuple(pages), tuple(fonts.values()), can_print)


