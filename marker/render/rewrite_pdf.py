"""Re-marking a PDF: the old mark on page 1 is struck through and the new one written beside it.

Both are burned into the page content (never an annotation), in an embedded subset of the same
CJK font `stamp_pdf` uses, and the metadata is rewritten. Where the new mark went is kept in the
document info (`MijiRemarkBox`), so a later re-marking strikes the newest mark, not the first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from marker.domain.mark_text import recognise_mark
from marker.domain.marks import Change
from marker.domain.page import CLEARANCE, EDGE, Box, intersects, nearest_free_top
from marker.errors import CorruptInput, EncryptedInput, MijiError, UnmarkablePage
from marker.reading.page_turn import shown_turn
from marker.render.pdf import (
    PageLayout,
    RawObjects,
    font_for,
    install_font,
    page_matrix,
    pdf_bytes,
    text_run,
    write_metadata,
)
from marker.render.room import content_boxes

log = logging.getLogger(__name__)

BOX_KEY = "MijiRemarkBox"
STRIKE_WIDTH = 1.2
STRIKE_GRAY = 0.0
GAP_EMS = 0.75
# A glyph box from search_for is about 1.3 em tall; the baseline sits 0.2 of it above its bottom.
BOX_EMS = 1.306
BASELINE_FROM_BOTTOM = 0.2


@dataclass(frozen=True, slots=True)
class MarkBox:
    """The old mark on page 1, in pymupdf page coordinates (y down)."""

    x0: float
    y0: float
    x1: float
    y1: float
    owner: str | None = None

    @property
    def size(self) -> float:
        return min(24.0, max(6.0, (self.y1 - self.y0) / BOX_EMS))


def rewrite_pdf(data: bytes, change: Change, *, old_level: str | None, name: str = "",
                doc: Any = None) -> bytes:
    """The re-marked PDF's bytes; `data` itself is left as it is. `doc` is `data` as its reader
    opened it (then used, and closed, here instead of opening `data` again)."""
    import pymupdf

    if doc is None:
        try:
            doc = pymupdf.open(stream=data, filetype="pdf")
        except Exception as exc:
            raise CorruptInput("PDF 已损坏 (corrupt PDF)", path=name or None) from exc
    with doc:
        if doc.needs_pass or doc.is_encrypted:
            raise EncryptedInput("PDF 已加密，需要密码 (encrypted PDF)", path=name or None)
        try:
            page = doc[0]
            box = find_mark(doc, page, old_level)
            if box is None:
                raise CorruptInput("第一页找不到原密级标志 (cannot find the old mark on page 1)", path=name or None)
            objects = _Objects(doc)
            new_box = _strike_and_write(doc, objects, page, box, change.line(box.owner))
            header_text = "解密" if change.declassified is not None else (change.new_level or "")
            if header_text and header_text != old_level:
                strike_headers(doc, objects, old_level, change.values.get("registry", ""), header_text)
            _write_metadata(doc, change.values, f"{' '.join(f'{v:.2f}' for v in new_box)} {box.owner or ''}")
            return pdf_bytes(doc)
        except MijiError:
            raise
        except Exception as exc:
            log.debug("re-marking failed on %s", name, exc_info=True)
            raise CorruptInput("PDF 无法改标 (cannot re-mark this PDF)",
                               path=name or None) from exc


def find_mark(doc: Any, page: Any, level: str | None) -> MarkBox | None:
    """The newest mark: our recorded box, else the first visible mark line found by text search,
    else where `stamp_pdf` puts line 2."""
    recorded = _info_value(doc, BOX_KEY)
    if recorded:
        try:
            x0, y0, x1, y1 = (float(v) for v in recorded.split()[:4])
            owner = recorded.split(" ", 4)[4] if recorded.count(" ") >= 4 else None
            return MarkBox(x0, y0, x1, y1, owner or None)
        except ValueError:
            pass
    text_page = page.get_textpage()  # one text extraction for the lines and their places
    for line in page.get_text("text", textpage=text_page).splitlines():
        visible = recognise_mark([line])
        if visible is None or (level and visible.level != level):
            continue
        hits = page.search_for(line.strip(), textpage=text_page)
        if hits:
            top = min(hits, key=lambda r: (r.y0, r.x0))
            return MarkBox(top.x0, top.y0, top.x1, top.y1, visible.owner)
    return None


def _info_value(doc: Any, key: str) -> str:
    kind, value = doc.xref_get_key(-1, "Info")
    if kind != "xref":
        return ""
    kind, text = doc.xref_get_key(int(value.split()[0]), key)
    return text if kind == "string" else ""


def _strike_and_write(doc: Any, objects: _Objects, page: Any, box: MarkBox, text: str, *,
                      font_name: str | None = None, after: MarkBox | None = None,
                      band: tuple[Box, list[Box]] | None = None) -> tuple[float, float, float, float]:
    """Draw the strike line through `box` and `text` beside it, where the page is free: right of
    `after` (default: the box itself) on its line, else just below or above the struck mark,
    else the nearest free place in the top band (see `_beside`). Returns the new text's box in
    the same coordinates."""
    import pymupdf

    size = box.size
    hexed, advance = text_run(text)
    width = advance * size
    rotate = shown_turn(page)
    visual = pymupdf.Rect(box.x0, box.y0, box.x1, box.y1) * rotate
    anchor = pymupdf.Rect(after.x0, after.y0, after.x1, after.y1) * rotate if after else visual
    height = page.rect.height
    x, top = _beside(page, visual, anchor, width, text, band)
    base_down = top + visual.height * (1 - BASELINE_FROM_BOTTOM)
    mid = height - (visual.y0 + visual.y1) / 2
    font_name = font_name or _register_font(objects, page, _install_subset(doc, text))
    matrix = " ".join(f"{v:g}" for v in page_matrix(page))
    content = (
        f"Q q {matrix} cm {STRIKE_GRAY:g} G {STRIKE_WIDTH:g} w 0 J "
        f"{visual.x0 - 1:.2f} {mid:.2f} m {visual.x1 + 1:.2f} {mid:.2f} l S "
        f"BT /{font_name} {size:.2f} Tf 0 g 1 0 0 1 {x:.2f} {height - base_down:.2f} Tm {hexed} Tj ET Q\n"
    )
    objects.append(page.xref, objects.save_q, content.encode("latin-1"))
    new_visual = pymupdf.Rect(x, top, x + width, top + visual.height)
    back = new_visual * ~rotate
    return back.x0, back.y0, back.x1, back.y1


def _beside(page: Any, visual: Any, anchor: Any, width: float, text: str,
            band: tuple[Box, list[Box]] | None = None) -> tuple[float, float]:
    """Left x and top of the new text (visual page, y down), touching nothing the page shows:
    the title and body, the 份号, the header. Refused (exit 3) when the top of the page is full.

    `band` is what a region of the page shows, read from the text page already built for the
    search (text lines, images, vector paths): when the place right of `anchor` lies inside it and
    is free there, the page is not run a second time to measure everything it shows."""
    rect = page.rect
    line = visual.height
    edge = EDGE * min(1.0, max(0.5, PageLayout(rect.width, rect.height).scale))
    right = anchor.x1 + GAP_EMS * line / BOX_EMS
    same_line = (right, anchor.y0, right + width, anchor.y0 + line)
    fits = same_line[2] <= rect.width - edge
    if fits and band is not None:
        region, shown = band
        inside = (region[0] <= same_line[0] - CLEARANCE and region[1] <= same_line[1] - CLEARANCE
                  and same_line[2] + CLEARANCE <= region[2] and same_line[3] + CLEARANCE <= region[3])
        if inside and not any(intersects(same_line, b, CLEARANCE) for b in shown):
            return right, anchor.y0
    boxes, _ = content_boxes(page)
    if fits and not any(intersects(same_line, b, CLEARANCE) for b in boxes):
        return right, anchor.y0
    for x in (visual.x0, max(edge, rect.width - edge - width)):
        top = nearest_free_top([(x, x + width)], line, visual.y1 + 0.1 * line, edge,
                               max(visual.y1 + 3 * line, rect.height / 4), boxes)
        if top is not None and x + width <= rect.width - edge:
            return x, top
    raise UnmarkablePage(f"第 {page.number + 1} 页原标志旁没有空白写「{text}」，为免压住标题或正文，不予改标 "
                         f"(page {page.number + 1}: no free room beside the old mark)")


def _install_subset(doc: Any, text: str) -> int:
    subset = font_for(set(text))
    slots: list[int] = []
    install_font(doc, subset, slots)
    return slots[0]


def _register_font(raw: RawObjects, page: Any, font_xref: int) -> str:
    """`font_xref` in the page's resources under a name the page does not use yet."""
    m = raw.m
    resources = m.pdf_dict_get_inheritable(m.pdf_load_object(raw.pdf, page.xref), m.PDF_ENUM_NAME_Resources)
    fonts = m.pdf_dict_get(resources, m.PDF_ENUM_NAME_Font) if m.pdf_is_dict(resources) else None
    number = 1
    while fonts is not None and m.pdf_is_dict(fonts) and not m.pdf_is_null(m.pdf_dict_gets(fonts, f"MijiR{number}")):
        number += 1
    name = f"MijiR{number}"
    raw.add_names(page.xref, {"Font": {name: font_xref}}, set())
    return name


class _Objects(RawObjects):
    """Direct MuPDF object calls on the document being re-marked (pymupdf's string-keyed calls
    print and parse whole resource dictionaries: they cost more than a page's text search), and
    one shared stream holding "q" that every changed page's own content follows."""

    def __init__(self, doc: Any) -> None:
        super().__init__(doc)
        self.save_q = doc.get_new_xref()
        doc.update_object(self.save_q, "<<>>")
        doc.update_stream(self.save_q, b"q\n", compress=False)


HEADER_BAND = 0.12  # the top of the page where stamp_pdf writes "密级  登记号"
READ_BAND = 0.2  # read for the search and for the room beside the header


def strike_headers(doc: Any, objects: _Objects, old_level: str | None, registry: str, text: str) -> int:
    """On every page, strike the old level in the running header and write `text` after the
    registry number, so no page keeps showing a level the document no longer has. Returns the
    number of headers changed; the font subset is embedded once for all pages."""
    import pymupdf

    if not old_level or not registry:
        return 0
    font_xref = 0
    changed = 0
    flags = pymupdf.TEXTFLAGS_SEARCH | pymupdf.TEXT_PRESERVE_IMAGES | pymupdf.TEXT_COLLECT_VECTORS
    for page in doc:
        rect = page.rect
        width, height = rect.width, rect.height
        unturn = ~shown_turn(page)
        band = pymupdf.Rect(0, 0, width, height * HEADER_BAND) * unturn
        region = pymupdf.Rect(0, 0, width, height * READ_BAND) * unturn
        # One text page per page: the search, and what the top of the page shows besides text.
        text_page = page.get_textpage(clip=region, flags=flags)
        levels = page.search_for(old_level, clip=band, textpage=text_page)
        registries = page.search_for(registry, clip=band, textpage=text_page)
        if not levels or not registries:
            continue
        level_box, registry_box = levels[0], registries[0]
        font_xref = font_xref or _install_subset(doc, text)
        _strike_and_write(doc, objects, page, MarkBox(*level_box), text,
                          font_name=_register_font(objects, page, font_xref),
                          after=MarkBox(*registry_box), band=_shown_in(page, text_page, height * READ_BAND))
        changed += 1
    return changed


def _shown_in(page: Any, text_page: Any, depth: float) -> tuple[Box, list[Box]] | None:
    """The top `depth` of the visual page and what it shows, per the text page: text lines,
    images and vector paths. None when the page has annotations or widgets (drawn apart from
    the content, only the full measure sees them)."""
    import pymupdf

    if page.annot_xrefs():
        return None
    blocks = [block[:4] for block in page.get_text("blocks", textpage=text_page)]  # text blocks, images, paths
    if page.rotation % 360:
        turn = shown_turn(page)
        blocks = [tuple(pymupdf.Rect(block) * turn) for block in blocks]
    return (0.0, 0.0, page.rect.width, depth), blocks


def _write_metadata(doc: Any, values: dict[str, str], box: str) -> None:
    write_metadata(doc, values, {BOX_KEY: box.strip()})
