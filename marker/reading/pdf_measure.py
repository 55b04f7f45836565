"""A PDF page's text and what it draws where, from one pass of the content interpreter.

The stamper needs to know where each page draws (so a mark never covers content) and that the
page's content leaves the graphics state as it found it (so the marks drawn after it land where
they are placed); the reader needs the page's text. Interpreting a page is the costly step of
both, so the reader runs each page once, with the state probe drawn after the page's own content,
through a device that feeds MuPDF's text device and records bounding boxes on the way. The
probe is the stamper's check (marker.render.pdf, `_prepare`): after the page's content, restoring
the state saved before it and filling a tiny square must put that square exactly where the page's
own transformation says; anything else means the content unbalanced the state or swallowed what
follows it.
"""

from __future__ import annotations

import contextlib
import logging
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]
PROBE = b"Q q 0.5 0.5 0.25 0.25 re f Q\n"  # in the page's user space, after "q" + the page's content
PROBE_RECT = (0.5, 0.5, 0.75, 0.75)
PROBE_TOLERANCE = 0.1
# Full-page fills, frames and shadings (an unclipped shading reports an infinite box) are page
# backgrounds, not content a mark could hide: a mark on them stays legible.
BACKGROUND_SHARE = 0.9
BACKGROUND_KINDS = ("path", "shade")
IGNORED_KINDS = ("ignore-text", "clip", "pop-clip", "group", "pop-group", "layer", "pop-layer")


def drawn_boxes(log: Iterable[tuple[str, Any]], width: float, height: float, turn: Any = None) -> list[Box]:
    """The boxes of a bounding-box log that a mark must not cover, cut to the visual page
    (`turn`: the page's rotation, for a log of the unrotated page)."""
    import pymupdf

    area = width * height
    boxes: list[Box] = []
    for kind, raw in log:
        if kind in IGNORED_KINDS or kind.startswith("ignore"):
            continue
        if turn is not None:
            raw = tuple(pymupdf.Rect(raw) * turn)
        x0, y0, x1, y1 = max(raw[0], 0.0), max(raw[1], 0.0), min(raw[2], width), min(raw[3], height)
        if x1 <= x0 or y1 <= y0:
            continue
        if kind.endswith(BACKGROUND_KINDS) and (x1 - x0) * (y1 - y0) >= BACKGROUND_SHARE * area:
            continue
        boxes.append((x0, y0, x1, y1))
    return boxes


@dataclass(frozen=True, slots=True)
class PageMeasure:
    """What one page drew as the reader measured it, on the visual page (rotated, y down): the
    boxes of its content and annotations' appearances a mark must not cover (the probe taken
    out), and whether the probe landed where it must. Valid while the page's boxes are those
    measured."""

    rect: Box  # the visual page when measured
    ctm: tuple[float, ...]  # the page's user space to the visual page, as MuPDF draws it
    drawn: array  # what a mark must not cover (`drawn_boxes`), flat: x0 y0 x1 y1 per box (a long
    probed: bool  # document's boxes are many: 32 bytes each, not a tuple of tuples)

    @property
    def boxes(self) -> Iterator[Box]:
        drawn = self.drawn
        return (tuple(drawn[i:i + 4]) for i in range(0, len(drawn), 4))  # type: ignore[misc]


def between_contents(m: Any, pdf: Any, page_xref: int, first: Any, last: Any) -> tuple[Any, Any]:
    """The page's /Contents made [first, its own streams…, last] (MuPDF objects, no save); returns
    the page object and its /Contents before, so a caller can put it back."""
    obj = m.pdf_load_object(pdf, page_xref)
    original = m.pdf_dict_get(obj, m.PDF_ENUM_NAME_Contents)
    array = m.pdf_new_array(pdf, 4)
    m.pdf_array_push(array, first)
    if m.pdf_is_array(original):
        for index in range(m.pdf_array_len(original)):
            item = m.pdf_array_get(original, index)
            if m.pdf_is_indirect(item):
                m.pdf_array_push(array, item)
    elif m.pdf_is_indirect(original):
        m.pdf_array_push(array, original)
    m.pdf_array_push(array, last)
    m.pdf_dict_put(obj, m.PDF_ENUM_NAME_Contents, array)
    return obj, original


def open_prober(doc: Any) -> Prober | None:
    """A prober for `doc`, or None where MuPDF's internals it relies on are not there (another
    pymupdf, an odd document): the page is then read by `get_text` and measured the old way."""
    try:
        return Prober(doc)
    except Exception:
        log.debug("the PDF measure could not start", exc_info=True)
        return None


class Prober:
    """Draws the probe after each page's content while the page is interpreted, then puts the
    page's content back as it was: the document is left as the reader found it, save two freed
    object numbers."""

    def __init__(self, doc: Any) -> None:
        from pymupdf import mupdf

        self.m = mupdf
        self.pdf = mupdf.pdf_specifics(doc.this)
        self._save = self._stream(b"q\n")
        self._probe = self._stream(PROBE)

    def _stream(self, content: bytes) -> Any:
        return self.m.pdf_add_stream(self.pdf, self.m.fz_new_buffer_from_copied_data(content), self.m.PdfObj(), 0)

    @contextlib.contextmanager
    def _probing(self, page: Any) -> Iterator[None]:
        """The page's content is [q, its own streams…, probe] meanwhile, then as it was."""
        m = self.m
        obj, original = between_contents(m, self.pdf, page.xref, self._save, self._probe)
        try:
            yield
        finally:
            if m.pdf_is_null(original):
                m.pdf_dict_del(obj, m.PDF_ENUM_NAME_Contents)
            else:
                m.pdf_dict_put(obj, m.PDF_ENUM_NAME_Contents, original)

    def text_and_measure(self, page: Any) -> tuple[str, PageMeasure | None]:
        """The page's text as `page.get_text("text")` gives it, and its measure, from one run of
        the page through a device that hands every call to MuPDF's text device and records the
        bounding boxes on the way (a display list would do the same, but its text can differ)."""
        import pymupdf

        m = self.m
        textpage = m.FzStextPage(m.fz_bound_page(page.this))
        text_device = m.fz_new_stext_device(textpage, m.FzStextOptions(pymupdf.TEXTFLAGS_TEXT))
        entries: list[tuple[str, Box]] = []
        both = _both_devices(text_device, entries)
        with self._probing(page):
            m.fz_run_page(page.this, both, m.FzMatrix(), m.FzCookie())
        m.fz_close_device(both)
        m.fz_close_device(text_device)
        text = pymupdf.TextPage(textpage).extractText()
        try:
            measure = self._probed(page, entries, m.fz_bound_page(page.this))
        except Exception:  # an odd page: the stamper measures it itself
            log.debug("measuring page %s failed", page.number, exc_info=True)
            measure = None
        return text, measure

    def measure(self, page: Any) -> PageMeasure | None:
        """The measure alone (the stamper's own pass, for pages no reader measured)."""
        import pymupdf

        m = self.m
        try:
            entries: list[tuple[str, Box]] = []
            device = pymupdf.JM_new_bbox_device(entries, False)
            with self._probing(page):
                m.fz_run_page(page.this, device, m.FzMatrix(), m.FzCookie())
            m.fz_close_device(device)
            return self._probed(page, entries, m.fz_bound_page(page.this))
        except Exception:
            log.debug("measuring page %s failed", page.number, exc_info=True)
            return None

    def _probed(self, page: Any, entries: list[tuple[str, Any]], bound: Any) -> PageMeasure:
        """The measure from a bounding-box log on the visual page: the probe found and taken out."""
        import pymupdf

        m = self.m
        ctm = m.FzMatrix()
        m.pdf_page_transform(page._pdf_page(), m.FzRect(), ctm)
        expected = tuple(pymupdf.Rect(*PROBE_RECT) * pymupdf.Matrix(ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f))
        probed = False
        # Annotations are drawn after the content, so the probe is the last *content* entry.
        for index in range(len(entries) - 1, -1, -1):
            kind, box = entries[index]
            if kind == "fill-path" and all(abs(a - b) < PROBE_TOLERANCE for a, b in zip(box, expected, strict=True)):
                probed = True
                del entries[index]
                break
        drawn = array("d")
        for box in drawn_boxes(entries, bound.x1 - bound.x0, bound.y1 - bound.y0):
            drawn.extend(box)
        return PageMeasure((bound.x0, bound.y0, bound.x1, bound.y1), (ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f),
                           drawn, probed)

    def close(self) -> None:
        """Free the two streams: nothing of the probe stays in the document."""
        for stream in (self._save, self._probe):
            self.m.pdf_delete_object(self.pdf, self.m.pdf_to_num(stream))


# --- one run, two devices ---------------------------------------------------------------------------
# Every call a device can receive, handed on to the text device unchanged (the raw MuPDF functions
# take the C arguments as they come); those a bounding-box device records are recorded first,
# exactly as pymupdf's `get_bboxlog` device records them.
_CALLS = ("begin_group", "begin_layer", "begin_mask", "begin_metatext", "begin_structure", "begin_tile",
          "clip_image_mask", "clip_path", "clip_stroke_path", "clip_stroke_text", "clip_text", "end_group",
          "end_layer", "end_mask", "end_metatext", "end_structure", "end_tile", "fill_image", "fill_image_mask",
          "fill_path", "fill_shade", "fill_text", "ignore_text", "pop_clip", "render_flags",
          "set_default_colorspaces", "stroke_path", "stroke_text")
_RECORDED = ("fill_path", "stroke_path", "fill_text", "stroke_text", "ignore_text", "fill_shade", "fill_image",
             "fill_image_mask")


def _tee_class() -> type:
    import pymupdf
    import pymupdf._mupdf as raw
    from pymupdf import mupdf

    def handing_on(name: str) -> Any:
        onward = getattr(raw, "ll_fz_" + ("begin_tile_tid" if name == "begin_tile" else name))
        record = getattr(pymupdf, "jm_bbox_" + name) if name in _RECORDED else None
        if record is None:
            def call(self: Any, ctx: Any, *args: Any) -> Any:
                return onward(self.target, *args)
        else:
            def call(self: Any, ctx: Any, *args: Any) -> Any:
                record(self, ctx, *args)
                return onward(self.target, *args)
        return call

    class Tee(mupdf.FzDevice2):  # type: ignore[misc]
        def __init__(self, target: Any, result: list[tuple[str, Box]]) -> None:
            super().__init__()
            self.keep = target
            self.target = target.m_internal
            self.result, self.layers, self.layer_name = result, False, ""
            self.m_internal.hints = self.target.hints  # e.g. images not decoded, as for the text device
            for name in _CALLS:
                getattr(self, "use_virtual_" + name)()

    for name in _CALLS:
        setattr(Tee, name, handing_on(name))
    return Tee


_tee: type | None = None


def _both_devices(target: Any, result: list[tuple[str, Box]]) -> Any:
    """The text device `target` behind a recorder of bounding boxes (the class is made once)."""
    global _tee
    if _tee is None:
        _tee = _tee_class()
    return _tee(target, result)
