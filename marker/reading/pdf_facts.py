"""What a print room checks on a PDF's pages: text by region, image resolution, fonts, permissions.

Read in the limited worker like any untrusted input (pre-flight calls it through `marker.worker`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from marker.reading.page_turn import shown_turn, user_to_shown


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
    overlaps: tuple[MarkOverlap, ...] = ()  # Miji marks that cover content or leave the page



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
            derotate = shown_turn(page) if page.rotation % 360 else None
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
                # The 份号 block may have moved up beside the header to make room: still the corner.
                if page.number == 0 and rect.x0 < width / 2 and rect.y1 <= corner_bottom and rect.y0 < bottom - 2:
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
    overlaps = tuple(stamp_overlaps(path.read_bytes())[0])
    return PdfFacts(tuple(pages), tuple(fonts.values()), can_print, overlaps)




# --- where a Miji stamp lies against the page's own content --------------------------------------
STAMP_SIGNATURE = b"/MijiS"  # the last content stream of every page Miji stamped draws this XObject
WATERMARK_PREFIX = "MijiC"  # the per-copy watermark XObject: meant to lie over text, not measured
OVERLAP_TOLERANCE = 0.25  # points: touching is not covering
OURS_AT_MOST = 16384  # bytes: a stamp or re-mark stream is a few hundred


@dataclass(frozen=True, slots=True)
class MarkOverlap:
    page: int  # 1-based
    problem: str  # "overlap" or "clipped"
    mark: tuple[float, float, float, float]
    content: tuple[float, float, float, float] | None = None


def _visual_boxes(page: object, *, with_annots: bool) -> list[tuple[float, float, float, float]]:
    import pymupdf

    assert isinstance(page, pymupdf.Page)
    turn = shown_turn(page)
    boxes = []
    for kind, raw in page.get_bboxlog():
        if kind.startswith(("ignore", "clip", "pop", "group", "layer")):
            continue
        box = pymupdf.Rect(raw) * turn
        if not box.is_empty:
            boxes.append((box.x0, box.y0, box.x1, box.y1))
    if with_annots:
        shown = [a.rect for a in page.annots() if a.type[0] != pymupdf.PDF_ANNOT_POPUP]
        for raw in shown + [w.rect for w in page.widgets()]:
            box = raw * turn
            boxes.append((box.x0, box.y0, box.x1, box.y1))
    return boxes


_MOVE = re.compile(rb"^q ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) cm "
                   rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re W n")


def _shown_area(doc: object, page: object, own: list[int]) -> tuple[float, float, float, float]:
    """The part of the visual page the page's own content can show: all of it, or, where Miji
    moved the content to make room, the original page's area moved with it (the stamp clips
    there). Measured boxes ignore clipping, so they are cut to this."""
    import pymupdf

    assert isinstance(doc, pymupdf.Document) and isinstance(page, pymupdf.Page)
    rect = page.rect
    try:
        found = _MOVE.match(doc.xref_stream(own[0]) or b"") if own else None
    except Exception:  # the page's own first stream, undecodable: not our move
        found = None
    if found is None:
        return (rect.x0, rect.y0, rect.x1, rect.y1)
    a, b, c, d, e, f, x, y, w, h = (float(v) for v in found.groups())
    user = pymupdf.Rect(x, y, x + w, y + h) * pymupdf.Matrix(a, b, c, d, e, f)
    # user space (y up) to the visual page: pymupdf's transformation of the page, then its rotation
    box = user * user_to_shown(page)
    box &= rect
    return (box.x0, box.y0, box.x1, box.y1)


def _is_ours(doc: object, xref: int) -> bool:
    """A content stream Miji wrote: the stamp (draws /MijiS…) or a re-mark (font /MijiR…)."""
    import pymupdf

    assert isinstance(doc, pymupdf.Document)
    kind, length = doc.xref_get_key(xref, "Length")
    if kind == "int" and int(length) > OURS_AT_MOST:
        return False  # the page's own text: not decompressed just to be ruled out
    try:
        data = doc.xref_stream(xref) or b""
    except Exception:  # an undecodable stream of the page's own (a bomb, a bad filter) is not ours
        return False
    return STAMP_SIGNATURE in data or b"/MijiR" in data


def stamp_overlaps(data: bytes) -> tuple[list[MarkOverlap], int]:
    """Every Miji mark (header, footer, 份号, mark line, re-marks) that covers the page's own
    content or runs off the page, measured on what the file really draws: the stamp's stream and
    the page's own streams are interpreted apart. Returns the problems and the stamped page count.

    Full-page background fills count as content here, unlike when placing marks: a print room
    sees a mark on a tinted page as legible, so only those that cover more are reported."""
    import pymupdf

    problems: list[MarkOverlap] = []
    stamped = 0
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        opener = 0
        blanked: set[int] = set()
        for number in range(doc.page_count):
            page = doc.load_page(number)
            contents = page.get_contents()
            ours = [x for x in contents if _is_ours(doc, x)]
            if not ours:
                continue
            stamped += 1
            rect = page.rect
            own = [x for x in contents if x not in ours]
            shown = _shown_area(doc, page, own)
            doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in own) + "]")
            shown_area = (shown[2] - shown[0]) * (shown[3] - shown[1])
            content = []
            for b in _visual_boxes(page, with_annots=True):
                b = (max(b[0], shown[0]), max(b[1], shown[1]), min(b[2], shown[2]), min(b[3], shown[3]))
                if b[2] > b[0] and b[3] > b[1] and (b[2] - b[0]) * (b[3] - b[1]) < 0.9 * shown_area:
                    content.append(b)
            if not opener:
                opener = doc.get_new_xref()
                doc.update_object(opener, "<<>>")
                doc.update_stream(opener, b"q\n")
            doc.xref_set_key(page.xref, "Contents", "[" + " ".join(f"{x} 0 R" for x in [opener, *ours]) + "]")
            doc.xref_set_key(page.xref, "Annots", "null")
            for xref, name, *_ in page.get_xobjects():
                if name.startswith(WATERMARK_PREFIX) and xref not in blanked:
                    blanked.add(xref)
                    doc.update_stream(xref, b"")
            page = doc.reload_page(page)
            marks = _visual_boxes(page, with_annots=False)
            inside = pymupdf.Rect(rect.x0 - 0.5, rect.y0 - 0.5, rect.x1 + 0.5, rect.y1 + 0.5)
            t = OVERLAP_TOLERANCE
            for mark in marks:
                if not inside.contains(pymupdf.Rect(mark)):
                    problems.append(MarkOverlap(number + 1, "clipped", mark))
                    continue
                for box in content:
                    if (mark[0] + t < box[2] and box[0] < mark[2] - t
                            and mark[1] + t < box[3] and box[1] < mark[3] - t):
                        problems.append(MarkOverlap(number + 1, "overlap", mark, box))
                        break
    return problems, stamped
