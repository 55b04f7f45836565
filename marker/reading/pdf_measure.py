"""A PDF page's text and what it draws where, from one pass of the content interpreter.

The stamper needs to know where each page draws (so a mark never covers content) and that the
page's content leaves the graphics state as it found it (so the marks drawn after it land where
they are placed); the reader needs the page's text. Interpreting a page is the costly step of
both, so the reader records each page once as a display list, with the state probe drawn after
the page's own content, and takes its text and the stamper's measure from that one list. The
probe is the stamper's check (marker.render.pdf, `_prepare`): after the page's content, restoring
the state saved before it and filling a tiny square must put that square exactly where the page's
own transformation says; anything else means the content unbalanced the state or swallowed what
follows it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]
PROBE = b"Q q 0.5 0.5 0.25 0.25 re f Q\n"  # in the page's user space, after "q" + the page's content
PROBE_RECT = (0.5, 0.5, 0.75, 0.75)
PROBE_TOLERANCE = 0.1


@dataclass(frozen=True, slots=True)
class PageMeasure:
    """What one page drew as the reader measured it: the bounding-box log of its content and
    annotations on the visual page (rotated, y down), with the probe taken out, and whether the
    probe landed where it must. Valid while the page's boxes are those measured."""

    rect: Box  # the visual page when measured
    log: tuple[tuple[str, Box], ...]
    probed: bool


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
        obj = m.pdf_load_object(self.pdf, page.xref)
        original = m.pdf_dict_get(obj, m.PDF_ENUM_NAME_Contents)
        array = m.pdf_new_array(self.pdf, 4)
        m.pdf_array_push(array, self._save)
        if m.pdf_is_array(original):
            for index in range(m.pdf_array_len(original)):
                item = m.pdf_array_get(original, index)
                if m.pdf_is_indirect(item):
                    m.pdf_array_push(array, item)
        elif m.pdf_is_indirect(original):
            m.pdf_array_push(array, original)
        m.pdf_array_push(array, self._probe)
        m.pdf_dict_put(obj, m.PDF_ENUM_NAME_Contents, array)
        try:
            yield
        finally:
            if m.pdf_is_null(original):
                m.pdf_dict_del(obj, m.PDF_ENUM_NAME_Contents)
            else:
                m.pdf_dict_put(obj, m.PDF_ENUM_NAME_Contents, original)

    def text_and_measure(self, page: Any) -> tuple[str, PageMeasure | None]:
        """The page's text as `page.get_text("text")` gives it, and its measure (None if the page
        could not be measured: the stamper then measures it itself)."""
        import pymupdf

        with self._probing(page):
            listed = page.get_displaylist(annots=True)
        text = pymupdf.TextPage(listed.get_textpage(flags=pymupdf.TEXTFLAGS_TEXT)).extractText()
        try:
            measure = self._measure(page, listed.this, self.m.fz_bound_display_list(listed.this))
        except Exception:  # an odd page: the stamper measures it itself
            log.debug("measuring page %s failed", page.number, exc_info=True)
            measure = None
        return text, measure

    def measure(self, page: Any) -> PageMeasure | None:
        """The measure alone (the stamper's own pass, for pages no reader measured)."""
        try:
            with self._probing(page):
                return self._measure(page, None, self.m.fz_bound_page(page.this))
        except Exception:
            log.debug("measuring page %s failed", page.number, exc_info=True)
            return None

    def _measure(self, page: Any, listed: Any, bound: Any) -> PageMeasure:
        """Run the display list (or else the page) through a bounding-box device."""
        import pymupdf

        m = self.m
        entries: list[tuple[str, Box]] = []
        device = pymupdf.JM_new_bbox_device(entries, False)
        if listed is not None:
            m.fz_run_display_list(listed, device, m.FzMatrix(), m.FzRect(m.FzRect.Fixed_INFINITE), m.FzCookie())
        else:
            m.fz_run_page(page.this, device, m.FzMatrix(), m.FzCookie())
        m.fz_close_device(device)
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
        return PageMeasure((bound.x0, bound.y0, bound.x1, bound.y1), tuple((kind, tuple(box)) for kind, box in entries),
                           probed)

    def close(self) -> None:
        """Free the two streams: nothing of the probe stays in the document."""
        for stream in (self._save, self._probe):
            self.m.pdf_delete_object(self.pdf, self.m.pdf_to_num(stream))
