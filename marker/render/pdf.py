"""Burning secrecy marks into a PDF's page content, fast enough for many copies of long files.

The mark must be inseparable from the text (DESIGN.md, "Marks"), so it is page content, never an
annotation. Everything common to all pages and copies is built once per document as Form XObjects
that every page references; what differs per copy (份号, recipient) lives in a few per-copy
XObjects and the metadata. The document is saved once with a fixed-size placeholder in each of
those places; every copy is those bytes with its own values padded into the placeholders, so
every object keeps its offset and a further copy costs a write, not a save. Where the pages draw
was measured by the reader in the pass that read their text (marker.reading.pdf_measure). Text
is written as raw glyph ids of one subset of Droid Sans Fallback, which is embedded so the mark
prints the same everywhere; the characters of a copy's 发放对象 that are not in that shared
subset are drawn with a small font of their own (marker.render.pdf_font), one of the per-copy
slots, so a copy to another person is patched too and carries no one else's glyphs. Each copy
has its own trailer /ID.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marker.atomic import atomic_write
from marker.domain.mark_metadata import KEYS, info_key, to_xmp
from marker.domain.marks import CopyFacts, MarkFacts, header_text, metadata_values, watermark_text
from marker.domain.page import (
    A4_LONG,
    A4_SHORT,
    EDGE,
    LINE_PITCH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MARK_SIZE,
    too_small,
)
from marker.errors import CorruptInput, EncryptedInput, MijiError, UnmarkablePage
from marker.reading.pdf_measure import PageMeasure, between_contents, open_prober
from marker.render.pdf_font import OwnFont, cjk_font, font_bbox, own_font
from marker.render.room import Line, Marks, NoRoom, PagePlan, content_boxes, plan_page
from marker.render.stamper import CopyStamper

if TYPE_CHECKING:
    import pymupdf

log = logging.getLogger(__name__)

SMALL_SIZE = 10.5  # 五号, header and footer
# The smallest mark line printed (3号 scaled down on small pages, never below this) and the glyph
# extent of Droid Sans Fallback above and below the baseline, in ems, for the room a line takes.
MIN_MARK_SIZE = 8.0
ASCENT, DESCENT = 0.95, 0.2
COPY_LABEL_SAMPLE = "第 000000 份"
LAYOUT_KEY = "MijiLayout"  # document info: how the layout was adapted to make room for the marks
WATERMARK_OPACITY = 0.15
WATERMARK_RGB = (0.70, 0.05, 0.05)
TEXT_GRAY = 0.15
# Always in the subset, so page numbers and most copies need no new font.
BASE_CHARS = frozenset(
    "".join(chr(c) for c in range(0x20, 0x7F)) + "第份页共发放对象★年月日个长期前后公布"
)
_REF = re.compile(r"\b(\d+) 0 R\b")
_MISSING = "?"


# --- the font -----------------------------------------------------------------------------------
def _cjk_font() -> pymupdf.Font:
    return cjk_font()


@dataclass(frozen=True, slots=True)
class _SubsetFont:
    """A subset font as PDF object sources, portable into any document.

    `numbers[0]` is the Type0 font; references inside `sources` use the original numbers.
    """

    chars: frozenset[str]
    numbers: tuple[int, ...]
    sources: tuple[str, ...]
    streams: tuple[bytes | None, ...]  # as stored (deflated)


@functools.lru_cache(maxsize=64)
def _subset_font(chars: str) -> _SubsetFont:
    """Embed `chars` in a scratch PDF and let MuPDF subset the font (cached per character set,
    because loading the 3.5 MB font is the one slow step)."""
    import pymupdf

    font = _cjk_font()
    scratch = pymupdf.open()
    try:
        page = scratch.new_page(width=595, height=842)
        writer = pymupdf.TextWriter(page.rect)
        per_line = 40
        for row, start in enumerate(range(0, len(chars), per_line)):
            writer.append((20, 20 + 6 * (row % 130)), chars[start:start + per_line],
                          font=font, fontsize=4)
        writer.write_text(page)
        scratch.subset_fonts()
        root = page.get_fonts()[0][0]
        numbers: list[int] = []
        todo = [root]
        while todo:
            number = todo.pop(0)
            if number in numbers:
                continue
            numbers.append(number)
            todo.extend(int(ref) for ref in _REF.findall(scratch.xref_object(number, compressed=True)))
        for number in numbers:  # deflated here once, so no document pays for it again
            if scratch.xref_is_stream(number) and scratch.xref_get_key(number, "Filter")[0] == "null":
                scratch.update_stream(number, scratch.xref_stream(number))
        sources = tuple(scratch.xref_object(n, compressed=True) for n in numbers)
        streams = tuple(scratch.xref_stream_raw(n) if scratch.xref_is_stream(n) else None
                        for n in numbers)
    finally:
        scratch.close()
    return _SubsetFont(frozenset(chars), tuple(numbers), sources, streams)


def font_for(chars: Iterable[str]) -> _SubsetFont:
    return _font_for(frozenset(chars))


@functools.lru_cache(maxsize=256)
def _font_for(chars: frozenset[str]) -> _SubsetFont:
    """Cached per character set: every copy of a batch asks for the same one."""
    font = _cjk_font()
    usable = {c for c in chars if c.isprintable() and font.has_glyph(ord(c))} | {_MISSING}
    return _subset_font("".join(sorted(usable)))


def install_font(doc: pymupdf.Document, subset: _SubsetFont, slots: list[int]) -> None:
    """Write the subset's objects into `slots` (reused for every copy, so no earlier copy's
    glyphs survive in a later one); the Type0 font is always `slots[0]`."""
    while len(slots) < len(subset.numbers):
        slots.append(doc.get_new_xref())
    from pymupdf import mupdf

    pdf = mupdf.pdf_specifics(doc.this)
    mapping = dict(zip(subset.numbers, slots, strict=False))
    for slot, source, stream in zip(slots, subset.sources, subset.streams, strict=False):
        doc.update_object(slot, _REF.sub(lambda m: f"{mapping[int(m[1])]} 0 R", source))
        if stream is not None:  # already deflated, with its /Filter in `source`
            mupdf.pdf_update_stream(pdf, mupdf.pdf_new_indirect(pdf, slot, 0),
                                    mupdf.fz_new_buffer_from_copied_data(stream), 1)
    for spare in slots[len(subset.numbers):]:
        doc.update_object(spare, "null")


@functools.lru_cache(maxsize=8192)
def _glyph(char: str) -> tuple[str, float]:
    """Hex glyph id and advance at 1 pt of one character (missing ones print as `?`)."""
    font = _cjk_font()
    glyph = font.has_glyph(ord(char)) if char.isprintable() else 0
    if not glyph:
        char = _MISSING
        glyph = font.has_glyph(ord(char))
    return f"{glyph:04X}", font.glyph_advance(ord(char))


def text_run(text: str) -> tuple[str, float]:
    """Hex glyph ids for an Identity-H string, and its advance at 1 pt."""
    glyphs = [_glyph(char) for char in text]
    return "<" + "".join(g for g, _ in glyphs) + ">", sum(w for _, w in glyphs)


def _show(text: str, x: float, y: float, size: float, *, align: str = "left",
          gray: float = 0.0) -> str:
    """Content operators drawing one line with its baseline at (x, y), y upwards."""
    hexed, width = text_run(text)
    if align == "center":
        x -= width * size / 2
    elif align == "right":
        x -= width * size
    return f"BT /MijiF {size:.2f} Tf {gray:.2f} g 1 0 0 1 {x:.2f} {y:.2f} Tm {hexed} Tj ET\n"


# --- layout ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PageLayout:
    """Positions on a visual (as displayed) page, PDF style: origin bottom left, y up."""

    width: float
    height: float

    @property
    def scale(self) -> float:
        short, long_ = sorted((self.width, self.height))
        return min(short / A4_SHORT, long_ / A4_LONG)

    @property
    def text_scale(self) -> float:
        return min(1.0, max(MIN_MARK_SIZE / MARK_SIZE, self.scale))

    def mark_lines(self) -> tuple[float, float, float, float]:
        """x, baseline of line 1 (份号), baseline of line 2 (mark), font size."""
        size = MARK_SIZE * self.text_scale
        first = self.height - MARGIN_TOP * self.scale - size * 0.88
        return MARGIN_LEFT * self.scale, first, first - LINE_PITCH * self.text_scale, size

    def header(self) -> tuple[float, float, float]:
        size = SMALL_SIZE * self.text_scale
        return self.width / 2, self.height - MARGIN_TOP * self.scale * 0.4, size

    def footer(self) -> tuple[float, float, float, float]:
        """left x, right x, baseline, size."""
        size = SMALL_SIZE * self.text_scale
        return (MARGIN_LEFT * self.scale, self.width - MARGIN_RIGHT * self.scale,
                MARGIN_BOTTOM * self.scale * 0.5, size)

    def line(self, text: str, x: float, baseline: float, size: float, *, align: str = "left") -> Line:
        """The room a line of our font takes on the visual page (y down)."""
        width = text_run(text)[1] * size
        if align == "center":
            x -= width / 2
        elif align == "right":
            x -= width
        return Line(x, x + width, self.height - baseline - ASCENT * size, (ASCENT + DESCENT) * size)

    def marks(self, header: str, page_label: str, block: tuple[str, str] | None) -> Marks:
        """Every mark of one page at its standard place."""
        hx, hy, hsize = self.header()
        left, right, fy, fsize = self.footer()
        footer = (self.line(COPY_LABEL_SAMPLE, left, fy, fsize),
                  self.line(page_label, right, fy, fsize, align="right"))
        head = self.line(header, hx, hy, hsize, align="center")
        if block is None:
            return Marks(head, footer, edge=self.edge)
        x, first, second, size = self.mark_lines()
        lines = (self.line(block[0], x, first, size), self.line(block[1], x, second, size))
        return Marks(head, footer, lines, 1.35 * size, lines[0].x1 - lines[0].x0 + size, self.edge)

    @property
    def edge(self) -> float:
        """The paper-edge margin, narrower on small pages (never under 2 mm)."""
        return EDGE * min(1.0, max(0.5, self.scale))

    @staticmethod
    def baseline(top: float, height: float, size: float) -> float:
        """The y-up baseline of a line whose visual top is `top`."""
        return height - top - ASCENT * size


def _header_stream(layout: PageLayout, facts: MarkFacts) -> str:
    x, y, size = layout.header()
    return _show(header_text(facts), x, y, size, align="center", gray=TEXT_GRAY)


def _label_stream(layout: PageLayout, copy: CopyFacts) -> str:
    """Per copy, every page: `第 000003 份` in the footer (moved per page with the footer)."""
    left, _, baseline, small = layout.footer()
    return _show(copy.footer_label, left, baseline, small, gray=TEXT_GRAY)


def _copy_stream(layout: PageLayout, facts: MarkFacts, copy: CopyFacts, own: OwnFont) -> str:
    """Per copy, every page: the diagonal watermark, light enough to read the text through. The
    characters of `own` (the recipient's, not in the shared subset) are drawn with its font."""
    text = watermark_text(facts, copy)
    width = text_run(text)[1]
    diagonal = math.hypot(layout.width, layout.height)
    size = max(8.0, min(40.0 * layout.text_scale, 0.75 * diagonal / max(width, 1.0)))
    angle = math.atan2(layout.height, layout.width)
    cos, sin = math.cos(angle), math.sin(angle)
    half = width * size / 2
    x = layout.width / 2 - cos * half + sin * size * 0.35
    y = layout.height / 2 - sin * half - cos * size * 0.35
    r, g, b = WATERMARK_RGB
    return (
        f"q /MijiGS gs BT /MijiF {size:.2f} Tf {r} {g} {b} rg "
        f"{cos:.5f} {sin:.5f} {-sin:.5f} {cos:.5f} {x:.2f} {y:.2f} Tm {_runs(text, own, size)}ET Q\n"
    )


def _runs(text: str, own: OwnFont, size: float) -> str:
    """`text` as text-showing operators, switching to /MijiP (the person's own font) for the
    characters of `own`. That font's CIDs all have the default width (1000): each glyph is followed
    by the TJ adjustment that gives it its own advance (as MuPDF writes the shared font's /W), so
    the line is laid out exactly as in one font."""
    parts, font = [], "MijiF"
    start = 0
    for end in range(1, len(text) + 1):
        if end < len(text) and (text[end] in own.cids) == (text[start] in own.cids):
            continue
        run = text[start:end]
        if run[0] in own.cids:
            if font != "MijiP":
                parts.append(f"/MijiP {size:.2f} Tf ")
                font = "MijiP"
            cells = []
            for char in run:
                cells.append(f"<{own.cids[char]:04X}>")
                adjust = 1000 - own.widths[char]
                if adjust:
                    cells.append(str(adjust))
            parts.append(f"[{' '.join(cells)}] TJ ")
        else:
            if font != "MijiF":
                parts.append(f"/MijiF {size:.2f} Tf ")
                font = "MijiF"
            parts.append(f"{text_run(run)[0]} Tj ")
        start = end
    return "".join(parts)


def page_matrix(page: pymupdf.Page) -> tuple[float, ...]:
    """Maps visual-page coordinates (y up) to the page's PDF user space, for any rotation and
    a crop box anywhere, so marks come out the right way up."""
    return matrix_for(page.mediabox, page.cropbox, page.rotation, page.rect)


def matrix_for(media: pymupdf.Rect, crop: pymupdf.Rect, rotation: int,
               shown: pymupdf.Rect | None = None) -> tuple[float, ...]:
    """`page_matrix` from boxes already read (each read of a page box costs a dictionary walk).
    `shown` is the visual page: larger than the crop box on a page with a /UserUnit, whose user
    space unit is then that many points."""
    return _turn(crop.x0, media.y1 - crop.y1, crop.x1, media.y1 - crop.y0, rotation, shown, crop.width, crop.height)


def _turn(x0: float, y0: float, x1: float, y1: float, rotation: int, shown: pymupdf.Rect | None,
          width: float, height: float) -> tuple[float, ...]:
    """Visual page (y up) to user space for a crop box (x0, y0)-(x1, y1) in PDF coordinates."""
    unit = 1.0
    if shown is not None and width > 0 and height > 0:
        ratio = max(shown.width, shown.height) / max(width, height)
        unit = 1.0 if abs(ratio - 1) < 1e-3 else ratio
    rotation %= 360
    if rotation == 90:
        turn = (0, 1, -1, 0, x1, y0)
    elif rotation == 180:
        turn = (-1, 0, 0, -1, x1, y1)
    elif rotation == 270:
        turn = (0, -1, 1, 0, x0, y1)
    else:
        turn = (1, 0, 0, 1, x0, y0)
    if unit == 1.0:
        return turn
    a, b, c, d, e, f = turn
    return (a / unit, b / unit, c / unit, d / unit, e, f)


def _box(doc: pymupdf.Document, xref: int, key: str) -> tuple[float, ...] | None:
    """A page box as four numbers, looked up through the page tree as PDF inheritance says."""
    node = xref
    for _ in range(64):
        kind, value = doc.xref_get_key(node, key)
        if kind == "array":
            try:
                numbers = tuple(float(v) for v in value.strip("[]").split())
            except ValueError:
                return None
            return numbers if len(numbers) == 4 else None
        kind, value = doc.xref_get_key(node, "Parent")
        if kind != "xref":
            return None
        node = int(value.split()[0])
    return None


def normalise_boxes(doc: pymupdf.Document, page: pymupdf.Page, number: int,
                    source: Path | None) -> tuple[pymupdf.Page, tuple[float, ...], pymupdf.Rect]:
    """Repair a crop box that is empty, inverted or outside the media box (readers disagree on
    what such a page shows, so a mark placed by one may be invisible in another); refuse a page
    whose media box is unusable or that is smaller than A7, where no mark is legible."""
    try:
        fast = _usual_boxes(doc, page)
    except Exception:  # a damaged page dictionary: read it the slow, tolerant way below
        fast = None
    if fast is not None:  # the usual page: nothing to repair
        crop_pdf, rect = fast
        media = None
    else:
        rect = page.rect
        media = _box(doc, page.xref, "MediaBox")
    if media is not None:
        mx0, mx1 = sorted((media[0], media[2]))
        my0, my1 = sorted((media[1], media[3]))
        if mx1 - mx0 < 1 or my1 - my0 < 1:
            raise UnmarkablePage(f"第 {number} 页的页面框为空 (page {number}: empty MediaBox)", path=source)
        crop = _box(doc, page.xref, "CropBox")
        if crop is not None:
            cx0, cx1 = sorted((crop[0], crop[2]))
            cy0, cy1 = sorted((crop[1], crop[3]))
            cx0, cy0, cx1, cy1 = max(cx0, mx0), max(cy0, my0), min(cx1, mx1), min(cy1, my1)
            if cx1 - cx0 < 1 or cy1 - cy0 < 1:
                cx0, cy0, cx1, cy1 = mx0, my0, mx1, my1
            if (cx0, cy0, cx1, cy1) != crop:
                doc.xref_set_key(page.xref, "CropBox", f"[{cx0:g} {cy0:g} {cx1:g} {cy1:g}]")
                if (mx0, my0, mx1, my1) != media:
                    doc.xref_set_key(page.xref, "MediaBox", f"[{mx0:g} {my0:g} {mx1:g} {my1:g}]")
                page = doc.reload_page(page)
        rect = page.rect
    width, height = rect.width, rect.height
    if too_small(width, height):
        raise UnmarkablePage(
            f"第 {number} 页只有 {width * 25.4 / 72:.0f}×{height * 25.4 / 72:.0f} mm，小于 A7，放不下清晰的密级标志 "
            f"(page {number} is smaller than A7: no legible mark fits)", path=source)
    if fast is None:
        return page, matrix_for(page.mediabox, page.cropbox, page.rotation, rect), rect
    x0, y0, x1, y1 = crop_pdf
    return page, _turn(x0, y0, x1, y1, page.rotation, rect, x1 - x0, y1 - y0), rect


def _lands(to_user: tuple[float, ...], ctm: tuple[float, ...], expected: tuple[float, ...]) -> bool:
    """Whether the probe square drawn through `to_user` (as the stamper draws its marks) lands on
    `expected` once MuPDF maps the page's user space to the visual page with `ctm`."""
    import pymupdf

    box = pymupdf.Rect(0.5, 0.5, 0.75, 0.75) * pymupdf.Matrix(*to_user) * pymupdf.Matrix(*ctm)
    return all(abs(a - b) < 0.1 for a, b in zip(box, expected, strict=True))


def _usual_boxes(doc: pymupdf.Document, page: pymupdf.Page) -> tuple[tuple[float, ...], pymupdf.Rect] | None:
    """The crop box in PDF coordinates and the visual page, read straight from MuPDF's objects,
    when the boxes need no repair (a usable media box, a crop box inside it); else None."""
    from pymupdf import mupdf

    pdf = mupdf.pdf_specifics(doc.this)
    obj = mupdf.pdf_load_object(pdf, page.xref)
    media_obj = mupdf.pdf_dict_get_inheritable(obj, mupdf.PDF_ENUM_NAME_MediaBox)
    if not mupdf.pdf_is_array(media_obj) or mupdf.pdf_array_len(media_obj) != 4:
        return None
    media = mupdf.pdf_to_rect(media_obj)
    crop_obj = mupdf.pdf_dict_get_inheritable(obj, mupdf.PDF_ENUM_NAME_CropBox)
    crop = media
    if not mupdf.pdf_is_null(crop_obj):
        if not mupdf.pdf_is_array(crop_obj) or mupdf.pdf_array_len(crop_obj) != 4:
            return None
        crop = mupdf.pdf_to_rect(crop_obj)
    if (crop.x1 - crop.x0 < 1 or crop.y1 - crop.y0 < 1 or crop.x0 < media.x0 - 0.01 or crop.y0 < media.y0 - 0.01
            or crop.x1 > media.x1 + 0.01 or crop.y1 > media.y1 + 0.01):
        return None
    return (crop.x0, crop.y0, crop.x1, crop.y1), page.rect


def inherited_resources(doc: pymupdf.Document, page_xref: int) -> str:
    """The /Resources a page inherits from its page-tree ancestors (or an empty dictionary)."""
    node = page_xref
    for _ in range(64):
        kind, value = doc.xref_get_key(node, "Parent")
        if kind != "xref":
            break
        node = int(value.split()[0])
        kind, value = doc.xref_get_key(node, "Resources")
        if kind in ("xref", "dict"):
            return value
    return "<<>>"


def append_content(doc: pymupdf.Document, page: pymupdf.Page, content: bytes, save_q: int | None = None) -> int:
    """Draw `content` after the page's own, which is wrapped in q … Q (the `save_q` stream holds
    "q"; made here when not given) so its graphics state cannot move ours. Returns the xref of
    the stream holding `content`."""
    if save_q is None:
        save_q = doc.get_new_xref()
        doc.update_object(save_q, "<<>>")
        doc.update_stream(save_q, b"q\n", compress=False)
    kind, value = doc.xref_get_key(page.xref, "Contents")
    refs = ""
    if kind == "xref":
        target = int(value.split()[0])
        refs = value if doc.xref_is_stream(target) else doc.xref_object(target, compressed=True)
    elif kind == "array":
        refs = value
    refs = " ".join(f"{n} 0 R" for n in _REF.findall(refs))
    stream = doc.get_new_xref()
    doc.update_object(stream, "<<>>")
    doc.update_stream(stream, content, compress=len(content) > 4096)  # deflating a few lines costs more than it saves
    doc.xref_set_key(page.xref, "Contents", f"[{save_q} 0 R {refs} {stream} 0 R]")
    return stream


def write_metadata(doc: pymupdf.Document, values: dict[str, str], extra: dict[str, str] | None = None) -> None:
    """The mark's facts in the document info dictionary (Miji* keys) and in XMP (straight MuPDF
    object calls: pymupdf's string-keyed setters cost more than saving the copy)."""
    from pymupdf import mupdf

    pdf = mupdf.pdf_specifics(doc.this)
    trailer = mupdf.pdf_trailer(pdf)
    info = mupdf.pdf_dict_get(trailer, mupdf.PDF_ENUM_NAME_Info)
    if not mupdf.pdf_is_dict(info):
        info = mupdf.pdf_add_object(pdf, mupdf.pdf_new_dict(pdf, len(KEYS)))
        mupdf.pdf_dict_put(trailer, mupdf.PDF_ENUM_NAME_Info, info)
    elif not mupdf.pdf_is_indirect(info):  # a direct dictionary: made indirect, as readers expect
        info = mupdf.pdf_add_object(pdf, info)
        mupdf.pdf_dict_put(trailer, mupdf.PDF_ENUM_NAME_Info, info)
    for key in KEYS:
        text = values.get(key, "")
        if text:
            mupdf.pdf_dict_puts(info, info_key(key), mupdf.pdf_new_text_string(text))
        else:
            mupdf.pdf_dict_dels(info, info_key(key))
    for key, text in (extra or {}).items():
        mupdf.pdf_dict_puts(info, key, mupdf.pdf_new_text_string(text))
    doc.set_xml_metadata(to_xmp(values))


def pdf_bytes(doc: pymupdf.Document, *, keep_id: bool = False) -> bytes:
    """`doc.tobytes(garbage=0)` without its cost: pymupdf writes to memory through one Python
    callback per chunk (about 30 ms for 200 pages); MuPDF's own buffer output takes 1 ms.
    `keep_id`: the trailer's /ID as set (else MuPDF writes a new second half, as `save` does)."""
    from pymupdf import mupdf

    pdf = mupdf.pdf_specifics(doc.this)
    trailer = mupdf.pdf_trailer(pdf)
    if mupdf.pdf_is_null(mupdf.pdf_dict_get(trailer, mupdf.PDF_ENUM_NAME_ID)):  # as `save` does
        seed = mupdf.fz_memrnd2(16)
        ids = mupdf.pdf_dict_put_array(trailer, mupdf.PDF_ENUM_NAME_ID, 2)
        for _ in range(2):
            mupdf.pdf_array_push(ids, mupdf.pdf_new_string("".join(map(chr, seed)), len(seed)))
    options = mupdf.PdfWriteOptions()
    options.do_encrypt = 1  # PDF_ENCRYPT_KEEP, as `save`
    options.permissions = 4095
    options.do_preserve_metadata = 1
    options.dont_regenerate_id = int(keep_id)
    buffer = mupdf.fz_new_buffer(1 << 16)
    out = mupdf.FzOutput(buffer)
    try:
        mupdf.pdf_write_document(pdf, out, options)
    finally:
        out.fz_close_output()
    return buffer.fz_buffer_extract()


class RawObjects:
    """Direct MuPDF object calls for the per-page steps of a long document: pymupdf's
    string-keyed `xref_get_key`/`xref_set_key` print and parse a PDF object on every call, which
    cost more than measuring the page on a 200-page file."""

    def __init__(self, doc: pymupdf.Document) -> None:
        from pymupdf import mupdf

        self.m = mupdf
        self.pdf = mupdf.pdf_specifics(doc.this)

    def ref(self, xref: int) -> Any:
        return self.m.pdf_new_indirect(self.pdf, xref, 0)

    def stream(self, content: bytes) -> Any:
        """A new stream object (uncompressed: a few operators deflate to no gain); its reference."""
        return self.m.pdf_add_stream(self.pdf, self.m.fz_new_buffer_from_copied_data(content), self.m.PdfObj(), 0)

    def update(self, ref: Any, content: bytes) -> None:
        self.m.pdf_update_stream(self.pdf, ref, self.m.fz_new_buffer_from_copied_data(content), 0)

    def append(self, page_xref: int, save_q: int, content: bytes) -> Any:
        """`append_content` for one page: [save_q, the page's own streams…, content]."""
        ours = self.stream(content)
        between_contents(self.m, self.pdf, page_xref, self.ref(save_q), ours)
        return ours

    def add_names(self, page_xref: int, wanted: dict[str, dict[str, int]], done: set[tuple[int, str, str]]) -> None:
        """Our XObjects and font in the page's resources; a dictionary shared by many pages is
        changed once (`done`), and inherited resources are copied onto the page first."""
        m = self.m
        page = m.pdf_load_object(self.pdf, page_xref)
        resources = m.pdf_dict_get(page, m.PDF_ENUM_NAME_Resources)
        if not m.pdf_is_dict(resources):
            inherited = m.pdf_dict_get_inheritable(page, m.PDF_ENUM_NAME_Resources)
            if m.pdf_is_dict(inherited):
                resources = inherited if m.pdf_is_indirect(inherited) else m.pdf_deep_copy_obj(inherited)
            else:
                resources = m.pdf_new_dict(self.pdf, 2)
            m.pdf_dict_put(page, m.PDF_ENUM_NAME_Resources, resources)
        for category, entries in wanted.items():
            sub = m.pdf_dict_gets(resources, category)
            if not m.pdf_is_dict(sub):
                sub = m.pdf_dict_puts_dict(resources, category, 4)
            shared = m.pdf_to_num(sub) if m.pdf_is_indirect(sub) else (
                m.pdf_to_num(resources) if m.pdf_is_indirect(resources) else 0)
            for name, xref in entries.items():
                if shared and (shared, category, name) in done:
                    continue
                m.pdf_dict_puts(sub, name, self.ref(xref))
                if shared:
                    done.add((shared, category, name))


# --- copies as one template -----------------------------------------------------------------
_INFO = "I:"  # slot names: an info value (by key), the XMP packet, else a per-copy stream
_XMP = "X"
_SLACK = 256  # bytes a slot may grow beyond the first copy's (a longer recipient name, wider numbers)
_SLACK_XMP = 1024
_OWN_PROGRAM, _OWN_CMAP = "F", "U"  # the recipient's own font: its program and its ToUnicode CMap
_ID = ("D0", "D1")  # the trailer's /ID, each copy its own
_SLACKS = {_XMP: _SLACK_XMP, _OWN_PROGRAM: 4096, _OWN_CMAP: 1024, _ID[0]: 0, _ID[1]: 0}
_SLACK_WATERMARK = 1024  # "W0", …: a name may switch between the shared and its own font many times


def _slack(name: str) -> int:
    return _SLACK_WATERMARK if name.startswith("W") else _SLACKS.get(name, _SLACK)
_XPACKET_END = b"<?xpacket end"


def _hex_text(text: str) -> bytes:
    """A PDF text string as UTF-16BE hex, the one form whose bytes need no escaping."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _padded(name: str, data: bytes, size: int) -> bytes:
    """`data` grown to the slot's size with white space where PDF and XMP allow it: after the
    operators of a stream or the string of an info value; inside the XMP packet, before its end."""
    pad = (b"\0" if name == _OWN_PROGRAM else b" ") * (size - len(data))  # TrueType: bytes after the tables
    if name == _XMP:
        at = data.rfind(_XPACKET_END)
        return data[:at] + pad + data[at:] if at >= 0 else data + pad
    return data + pad


@dataclass(frozen=True, slots=True)
class _Template:
    """The bytes of one rendered copy with every per-copy slot cut out: a further copy is these
    pieces with its own slot contents, padded to the same sizes, so every object keeps its offset
    and the cross-reference table stays exact. Valid while the embedded font subset is the same."""

    subset: _SubsetFont
    names: frozenset[str]
    pieces: tuple[bytes, ...]
    slots: tuple[tuple[str, int], ...]  # in file order: slot name, size

    def fits(self, subset: _SubsetFont | None, payloads: dict[str, bytes]) -> bool:
        return (subset is self.subset and self.names == payloads.keys()
                and all(len(payloads[name]) <= size for name, size in self.slots))

    def fill(self, payloads: dict[str, bytes]) -> bytes:
        parts = [self.pieces[0]]
        for (name, size), piece in zip(self.slots, self.pieces[1:], strict=True):
            parts.append(_padded(name, payloads[name], size))
            parts.append(piece)
        return b"".join(parts)


# --- the stamper ----------------------------------------------------------------------------
@dataclass(slots=True)
class _Group:
    """Pages of one visual size share one header XObject and one per-copy XObject."""

    layout: PageLayout
    shared: int
    per_copy: int
    label: int


class PdfStamper(CopyStamper):
    """Prepares a document once; `write_copy` then writes each numbered copy."""

    def __init__(self, source: Path, facts: MarkFacts, *, data: bytes | None = None,
                 doc: pymupdf.Document | None = None, measures: Mapping[int, PageMeasure] | None = None) -> None:
        """`doc` is the document the reader opened (this stamper then owns and closes it), with
        `measures`, the pages its reader measured in the same pass as their text (these pages are
        not interpreted again); else `data`, the bytes the reader read; else the draft is read
        from `source`."""
        import pymupdf

        super().__init__(source, facts, data=data)
        self._measures: Mapping[int, PageMeasure] = measures if doc is not None and measures is not None else {}
        if doc is not None:
            self._doc = doc
        else:
            try:
                self._doc = pymupdf.open(stream=self._read_source(), filetype="pdf")
            except MijiError:
                raise
            except Exception as exc:
                raise CorruptInput("PDF 已损坏 (corrupt PDF)", path=self._source) from exc
        if self._doc.needs_pass or self._doc.is_encrypted:
            raise EncryptedInput("PDF 已加密，需要密码 (encrypted PDF)", path=self._source)
        try:
            pages = self._doc.page_count
        except Exception as exc:
            raise CorruptInput("PDF 页面树已损坏 (corrupt page tree)", path=self._source) from exc
        if pages == 0:
            raise CorruptInput("PDF 没有页面 (PDF has no pages)", path=self._source)
        self._base_chars = (
            BASE_CHARS | set(facts.mark_line) | set(header_text(facts))
            | set(watermark_text(facts, CopyFacts("000000")))
        )
        self._font_slots: list[int] = []
        self._installed: _SubsetFont | None = None
        self._template: _Template | None = None
        self._templates = True  # False once a template could not be made: copies are then written whole
        try:
            self._prepare()
        except MijiError:
            raise
        except Exception as exc:
            log.debug("preparing failed on %s", self._source, exc_info=True)
            raise CorruptInput("PDF 无法标密，文件结构有误 (cannot stamp this PDF: its structure is damaged)",
                               path=self._source) from exc

    # -- once per document --
    def _prepare(self) -> None:
        doc = self._doc
        self._measure_the_rest()
        self._use_font(self._base_chars)
        font_ref = f"{self._font_slots[0]} 0 R"
        opacity = doc.get_new_xref()
        doc.update_object(opacity, f"<< /Type /ExtGState /ca {WATERMARK_OPACITY} "
                                   f"/CA {WATERMARK_OPACITY} >>")
        own_font_ref = self._own_font_objects()
        self._xobject_resources = (
            f"<< /Font << /MijiF {font_ref} /MijiP {own_font_ref} >> /ExtGState << /MijiGS {opacity} 0 R >> >>")
        self._save_q = doc.get_new_xref()
        doc.update_object(self._save_q, "<<>>")
        doc.update_stream(self._save_q, b"q\n", compress=False)
        self._raw = RawObjects(doc)

        self._groups: dict[tuple[float, float], _Group] = {}
        self._copy_number_xref = 0
        self._done_names: set[tuple[int, str, str]] = set()
        self.layout_notes: list[str] = []
        header = header_text(self._facts)
        total = doc.page_count
        for number in range(total):
            loaded = doc.load_page(number)
            page, to_user, rect = normalise_boxes(doc, loaded, number + 1, self._source)
            group_index, group = self._group_for(rect)
            layout = group.layout
            label = f"第 {number + 1} 页 共 {total} 页"
            block = ("000000", self._facts.mark_line) if number == 0 else None
            marks = layout.marks(header, label, block)
            matrix = " ".join(f"{v:g}" for v in to_user)
            # A probe drawn where our marks will be drawn proves the page's own content leaves the
            # graphics state (and the interpreter) as it found them; else it is isolated first.
            probe = f"Q q {matrix} cm 0.5 0.5 0.25 0.25 re f Q\n".encode()
            expected = (0.5, layout.height - 0.75, 0.75, layout.height - 0.5)
            xref = page.xref
            measure = self._measures.get(number)
            if (measure is not None and measure.probed and page is loaded
                    and measure.rect == (rect.x0, rect.y0, rect.x1, rect.y1)
                    and _lands(to_user, measure.ctm, expected)):
                # the probe was drawn after the same content (by the reader, or above), and our
                # matrix puts it where MuPDF shows the page: what drawing it here would prove
                stream = self._raw.append(xref, self._save_q, b"")
                boxes, probed = content_boxes(page, rect=rect, measured=measure.boxes)
            else:
                stream = self._raw.append(xref, self._save_q, probe)
                boxes, probed = content_boxes(page, expected, rect)
            if not probed:
                self._isolate(page, self._raw.m.pdf_to_num(stream), number)
                boxes, probed = content_boxes(page, expected, rect)
                if not probed:
                    raise UnmarkablePage(f"第 {number + 1} 页内容流或坐标异常，无法确认标志可见 "
                                         f"(page {number + 1}: cannot verify the marks show: damaged content "
                                         f"stream or unusual coordinates)", path=self._source)
            try:
                plan = plan_page(layout.width, layout.height, marks, boxes, number=number + 1)
            except NoRoom as exc:
                raise UnmarkablePage(str(exc), path=self._source) from exc
            self.layout_notes.extend(plan.notes)
            names = {f"MijiS{group_index}": group.shared, f"MijiC{group_index}": group.per_copy,
                     f"MijiL{group_index}": group.label}
            header_up = marks.header.top - plan.header_top
            footer_up = min(line.top for line in marks.footer) - plan.footer_top
            draw = (f"q 1 0 0 1 0 {header_up:.2f} cm /MijiS{group_index} Do Q /MijiC{group_index} Do "
                    f"q 1 0 0 1 0 {footer_up:.2f} cm /MijiL{group_index} Do Q ")
            if number == 0:
                names["MijiM"] = self._first_page_xobjects(layout, plan)
                names["MijiN"] = self._copy_number_xref
                draw += "/MijiM Do /MijiN Do "
            self._raw.add_names(xref, {"XObject": names, "Font": {"MijiF": self._font_slots[0]}}, self._done_names)
            _, right, baseline, size = layout.footer()
            content = (f"Q q {matrix} cm {draw}\n"
                       + _show(label, right, baseline + footer_up, size, align="right", gray=TEXT_GRAY) + "Q\n")
            self._raw.update(stream, content.encode("latin-1"))
            if plan.moves_content:
                self._move_content(page, layout, plan, to_user)

    def _own_font_objects(self) -> str:
        """The per-copy font of the recipient's own characters: fixed dictionaries around two
        per-copy streams (its program and ToUnicode CMap), so every copy patches only those."""
        doc = self._doc
        numbers = [doc.get_new_xref() for _ in range(5)]
        type0, cid_font, descriptor, program, to_unicode = numbers
        name = "/MIJIRC+DroidSansFallback"
        box = font_bbox()
        bbox = " ".join(str(v) for v in box)
        for xref in (program, to_unicode):
            doc.update_object(xref, "<<>>")
            doc.update_stream(xref, b" ", compress=False)
        doc.update_object(descriptor, f"<< /Type /FontDescriptor /FontName {name} /Flags 4 /FontBBox [{bbox}] "
                                      f"/ItalicAngle 0 /Ascent {box[3]} /Descent {box[1]} /CapHeight {box[3]} "
                                      f"/StemV 80 "
                                      f"/FontFile2 {program} 0 R >>")
        doc.update_object(cid_font, f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont {name} "
                                    f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                                    f"/FontDescriptor {descriptor} 0 R /CIDToGIDMap /Identity /DW 1000 >>")
        doc.update_object(type0, f"<< /Type /Font /Subtype /Type0 /BaseFont {name} /Encoding /Identity-H "
                                 f"/DescendantFonts [{cid_font} 0 R] /ToUnicode {to_unicode} 0 R >>")
        self._own_program, self._own_to_unicode = program, to_unicode
        return f"{type0} 0 R"

    def _measure_the_rest(self) -> None:
        """Measure the pages the reader did not, the same way, before anything is added to the
        document (so a copy is the same, object for object, whichever measured the pages)."""
        doc = self._doc
        missing = [number for number in range(doc.page_count) if number not in self._measures]
        if not missing:
            return
        measures = dict(self._measures)
        prober = open_prober(doc)
        if prober is None:  # the pages without a measure are placed by the probe, isolate and refuse path
            return
        try:
            for number in missing:
                measure = prober.measure(doc.load_page(number))
                if measure is not None:
                    measures[number] = measure
        finally:
            prober.close()
        self._measures = measures

    def _contents(self, page: pymupdf.Page) -> list[int]:
        kind, value = self._doc.xref_get_key(page.xref, "Contents")
        return [int(n) for n in _REF.findall(value)] if kind == "array" else []

    def _isolate(self, page: pymupdf.Page, ours: int, number: int) -> None:
        """Run the page's own content as one Form XObject: whatever state or syntax error it
        leaves ends with the XObject, so it cannot move, clip or swallow the marks after it."""
        doc = self._doc
        own = [x for x in self._contents(page)[1:] if x != ours]
        data = b"\n".join(doc.xref_stream(x) or b"" for x in own)
        media = _box(doc, page.xref, "MediaBox") or (-14400, -14400, 14400, 14400)
        kind, resources = doc.xref_get_key(page.xref, "Resources")
        if kind not in ("xref", "dict"):
            resources = inherited_resources(doc, page.xref)
            doc.xref_set_key(page.xref, "Resources", resources)
        form = doc.get_new_xref()
        doc.update_object(form, f"<< /Type /XObject /Subtype /Form /BBox [{' '.join(f'{v:g}' for v in media)}] "
                                f"/Resources {resources} >>")
        doc.update_stream(form, data)
        name = f"MijiO{number}"  # per page: pages may share one resource dictionary
        self._raw.add_names(page.xref, {"XObject": {name: form}}, self._done_names)
        runner = doc.get_new_xref()
        doc.update_object(runner, "<<>>")
        doc.update_stream(runner, f"q /{name} Do Q\n".encode(), compress=False)
        doc.xref_set_key(page.xref, "Contents", f"[{self._save_q} 0 R {runner} 0 R {ours} 0 R]")

    def _move_content(self, page: pymupdf.Page, layout: PageLayout, plan: PagePlan,
                      page_to_user: tuple[float, ...]) -> None:
        """Scale and shift the page's own content (and its annotations and widgets) as planned,
        clipped to what the page showed, so content that lay outside the page stays unseen."""
        import pymupdf

        doc = self._doc
        up = pymupdf.Matrix(plan.scale, 0, 0, plan.scale, plan.dx, (1 - plan.scale) * layout.height - plan.dy)
        to_user = pymupdf.Matrix(*page_to_user)
        move = ~to_user * up * to_user
        for xref in [a[0] for a in page.annot_xrefs()]:
            kind, value = doc.xref_get_key(xref, "Rect")
            if kind != "array":
                continue
            try:
                rect = pymupdf.Rect(*(float(v) for v in value.strip("[]").split()[:4]))
            except (TypeError, ValueError):
                continue
            rect = (rect * move).normalize()
            doc.xref_set_key(xref, "Rect", f"[{rect.x0:g} {rect.y0:g} {rect.x1:g} {rect.y1:g}]")
        shown = pymupdf.Rect(0, 0, layout.width, layout.height) * to_user
        values = " ".join(f"{v:.5f}" for v in (move.a, move.b, move.c, move.d, move.e, move.f))
        clip = f"{shown.x0:.3f} {shown.y0:.3f} {shown.width:.3f} {shown.height:.3f} re W n"
        raw = self._raw
        opener = raw.stream(f"q {values} cm {clip}\n".encode())
        contents = raw.m.pdf_dict_get(raw.m.pdf_load_object(raw.pdf, page.xref), raw.m.PDF_ENUM_NAME_Contents)
        raw.m.pdf_array_put(contents, 0, opener)  # the shared "q" gives way to this page's own opener

    def _group_for(self, rect: pymupdf.Rect) -> tuple[int, _Group]:
        size = (round(rect.width, 2), round(rect.height, 2))
        if size not in self._groups:
            layout = PageLayout(*size)
            self._groups[size] = _Group(
                layout, self._new_xobject(layout, _header_stream(layout, self._facts)),
                self._new_xobject(layout, ""), self._new_xobject(layout, ""))
        keys = list(self._groups)
        return keys.index(size), self._groups[size]

    def _first_page_xobjects(self, layout: PageLayout, plan: PagePlan) -> int:
        x, _, _, size = layout.mark_lines()
        self._first_layout = layout
        self._mark_baselines = tuple(PageLayout.baseline(top, layout.height, size) for top in plan.block_tops)
        self._copy_number_xref = self._new_xobject(layout, "")
        return self._new_xobject(layout, _show(self._facts.mark_line, x + plan.mark_dx, self._mark_baselines[1], size))

    def _new_xobject(self, layout: PageLayout, content: str) -> int:
        doc = self._doc
        xref = doc.get_new_xref()
        doc.update_object(
            xref, f"<< /Type /XObject /Subtype /Form /BBox [0 0 {layout.width:g} "
                  f"{layout.height:g}] /Resources {self._xobject_resources} >>")
        doc.update_stream(xref, content.encode("latin-1"))
        return xref

    def _use_font(self, chars: set[str]) -> None:
        subset = font_for(chars)
        if subset is not self._installed:
            install_font(self._doc, subset, self._font_slots)
            self._installed = subset

    # -- once per copy --
    def _render_checked(self, copy: CopyFacts) -> bytes:
        """A failure here is the input's fault (exit 3), never the destination's."""
        try:
            return self._render_copy(copy)
        except MijiError:
            raise
        except Exception as exc:
            log.debug("stamping failed on %s", self._source, exc_info=True)
            raise CorruptInput("无法为此 PDF 生成标密副本，文件结构有误 (cannot stamp this PDF: its structure is "
                               "damaged)", path=self._source) from exc

    def _render_copy(self, copy: CopyFacts) -> bytes:
        values = metadata_values(self._facts, copy)
        payloads = self._payloads(copy, values)
        template = self._template
        if template is None or not template.fits(self._installed, payloads):
            template = self._template = self._make_template(payloads) if self._templates else None
            self._templates = template is not None
        if template is not None:
            return template.fill(payloads)
        doc = self._doc
        for name, data in payloads.items():  # the template could not be made: write this copy whole
            if name in self._slot_streams:
                doc.update_stream(self._slot_streams[name], data)
        doc.xref_set_key(self._own_program, "Length1", str(len(payloads[_OWN_PROGRAM])))
        doc.xref_set_key(-1, "ID", f"[<{payloads[_ID[0]].decode()}><{payloads[_ID[1]].decode()}>]")
        self._write_metadata(values)
        return pdf_bytes(doc, keep_id=True)

    def _payloads(self, copy: CopyFacts, values: dict[str, str]) -> dict[str, bytes]:
        """What differs from copy to copy, by slot: the per-copy streams (the recipient's own font
        among them), the info values, the XMP, the trailer's /ID."""
        facts = self._facts
        payloads: dict[str, bytes] = {}
        self._slot_streams: dict[str, int] = {}
        own = own_font(set(watermark_text(facts, copy)) - self._base_chars)
        payloads[_OWN_PROGRAM], payloads[_OWN_CMAP] = own.program, own.to_unicode
        self._slot_streams[_OWN_PROGRAM], self._slot_streams[_OWN_CMAP] = self._own_program, self._own_to_unicode
        for index, group in enumerate(self._groups.values()):
            payloads[f"W{index}"] = _copy_stream(group.layout, facts, copy, own).encode()
            payloads[f"L{index}"] = _label_stream(group.layout, copy).encode()
            self._slot_streams[f"W{index}"], self._slot_streams[f"L{index}"] = group.per_copy, group.label
        x, _, _, size = self._first_layout.mark_lines()
        payloads["N"] = _show(copy.copy_number, x, self._mark_baselines[0], size).encode()
        self._slot_streams["N"] = self._copy_number_xref
        for key in KEYS:
            if values.get(key):
                payloads[_INFO + key] = _hex_text(values[key])
        payloads[_XMP] = to_xmp(values).encode()
        for name in _ID:  # this copy's own file identifier (readers' caches and print servers key on it)
            payloads[name] = secrets.token_hex(16).upper().encode()
        return payloads

    def _make_template(self, payloads: dict[str, bytes]) -> _Template | None:
        """Render the document once with a unique placeholder of fixed size in every slot, and
        find each placeholder in the bytes; None when any is not found exactly once (an encrypted
        or unusual file: its copies are then written whole)."""
        doc = self._doc
        token = secrets.token_hex(8)
        order = tuple(payloads)
        caps = {name: len(data) + _slack(name) for name, data in payloads.items()}
        holders = {name: f"{token}{index:03d}".ljust(caps[name], "X") for index, name in enumerate(order)}
        for name, xref in self._slot_streams.items():
            doc.update_stream(xref, holders[name].encode(), compress=False)
        doc.xref_set_key(self._own_program, "Length1", str(caps[_OWN_PROGRAM]))  # the program padded with zeros
        # bytes MuPDF writes as hex strings (a mostly printable string it writes as a literal)
        file_id = [bytes(b | 0x80 for b in secrets.token_bytes(16)).hex().upper() for _ in _ID]
        doc.xref_set_key(-1, "ID", f"[<{file_id[0]}><{file_id[1]}>]")
        info = {key: holders[_INFO + key] for key in KEYS if _INFO + key in payloads}
        self._write_metadata(info)
        doc.set_xml_metadata(holders[_XMP])
        data = pdf_bytes(doc, keep_id=True)
        spans: list[tuple[int, int]] = []
        for name in order:
            if name in _ID:
                continue
            placeholder = holders[name].encode()
            start = data.find(placeholder)
            if start < 0 or data.find(placeholder, start + 1) >= 0:
                log.debug("copy template: slot %s not found once in %s", name, self._source)
                return None
            end = start + len(placeholder)
            if name.startswith(_INFO):  # the literal string's parentheses are the slot's too
                if data[start - 1:start] != b"(" or data[end:end + 1] != b")":
                    return None
                start, end = start - 1, end + 1
            spans.append((start, end))
        ids = self._id_spans(data, file_id)
        if ids is None:
            return None
        spans.extend(ids)
        ranked = sorted(zip(spans, [name for name in order if name not in _ID] + list(_ID), strict=True))
        pieces, names, at = [], [], 0
        for (start, end), name in ranked:
            pieces.append(data[at:start])
            names.append((name, end - start))
            at = end
        pieces.append(data[at:])
        assert self._installed is not None
        return _Template(self._installed, frozenset(order), tuple(pieces), tuple(names))

    @staticmethod
    def _id_spans(data: bytes, file_id: list[str]) -> list[tuple[int, int]] | None:
        """Where the two hex strings of the trailer's /ID are."""
        whole = f"/ID[<{file_id[0]}><{file_id[1]}>]".encode()
        start = data.find(whole)
        if start < 0 or data.find(whole, start + 1) >= 0:
            log.debug("copy template: trailer /ID not found once")
            return None
        one = start + 5
        two = one + len(file_id[0]) + 2
        return [(one, one + len(file_id[0])), (two, two + len(file_id[1]))]

    def _write_metadata(self, values: dict[str, str]) -> None:
        extra = {LAYOUT_KEY: "; ".join(self.layout_notes)} if self.layout_notes else None
        write_metadata(self._doc, values, extra)

    def close(self) -> None:
        super().close()
        self._doc.close()

    def __enter__(self) -> PdfStamper:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def join_pdfs(parts: list[Path], out_path: Path) -> str:
    """One file holding every part in order (print-ready jobs), written atomically; its SHA-256."""
    import pymupdf

    combined = pymupdf.open()
    try:
        for part in parts:
            with pymupdf.open(part) as piece:
                combined.insert_pdf(piece)
        data = combined.tobytes(garbage=3, deflate=True)
    except Exception as exc:
        raise CorruptInput("无法合并印件 (cannot join the print-ready copies)", path=out_path) from exc
    finally:
        combined.close()
    with atomic_write(out_path, overwrite=False) as handle:
        handle.write(data)
    return hashlib.sha256(data).hexdigest()


def image_as_pdf(path: Path, data: bytes | None = None) -> bytes:
    """A scan's images as PDF bytes (one page per image), to be stamped; `data` is the image's
    bytes as its reader read them (else the file is read)."""
    import pymupdf

    try:
        source = data if data is not None else path.read_bytes()
        with pymupdf.open(stream=source, filetype=path.suffix.lstrip(".").lower()) as images:
            return bytes(images.convert_to_pdf())
    except Exception as exc:
        raise CorruptInput("图片无法转换为 PDF (cannot turn the image into a PDF)", path=path) from exc
