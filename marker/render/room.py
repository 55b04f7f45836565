"""Finding room for the marks on a PDF page, or making it, so that a mark never covers content.

A print room rejects a page whose mark lies on its text, and a reader cannot read either. So
before stamping, every page's drawn content (text, images, vector paths, shadings) and its
annotations and form widgets are measured where the marks go. A mark that has no room at its
GB/T 9704 place slides toward the paper edge within its band; when the band is full, the page
content is scaled uniformly (never below `SCALE_FLOOR`) and shifted to open the band, keeping the
page size; as a last resort the mark takes the nearest free band on the page. A page where even
that fails is refused: a mark over text is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from marker.domain.page import CLEARANCE, EDGE, SCALE_FLOOR, Box, nearest_free_top
from marker.reading.page_turn import shown_turn
from marker.reading.pdf_measure import drawn_boxes

if TYPE_CHECKING:
    import pymupdf



@dataclass(frozen=True, slots=True)
class Line:
    """One mark line at its standard place on the visual page (y down)."""

    x0: float
    x1: float
    top: float
    height: float


@dataclass(frozen=True, slots=True)
class Marks:
    """The marks one page carries, at their standard places."""

    header: Line
    footer: tuple[Line, ...]
    block: tuple[Line, ...] = ()  # page 1: 份号 line, mark line
    compact_pitch: float = 0.0  # line distance of the block when it has to close up
    inline_dx: float = 0.0  # where the mark line starts when it has to follow the 份号 on one line
    edge: float = EDGE  # nearest a mark may come to the paper's edge


@dataclass(frozen=True, slots=True)
class PagePlan:
    """Where the marks go on one page and how the content moves (visual, y down: p' = s·p + d)."""

    header_top: float
    footer_top: float
    block_tops: tuple[float, ...] = ()
    mark_dx: float = 0.0  # the mark line moved right, onto the 份号's line (tightest layout)
    scale: float = 1.0
    dx: float = 0.0
    dy: float = 0.0
    notes: tuple[str, ...] = field(default=())

    @property
    def moves_content(self) -> bool:
        return self.scale != 1.0 or abs(self.dy) > 0.01 or abs(self.dx) > 0.01


class NoRoom(Exception):
    """No free place for a mark even after making room; the message names the mark."""


def content_boxes(page: pymupdf.Page, probe: Box | None = None, rect: pymupdf.Rect | None = None, *,
                  measured: Iterable[Box] | None = None) -> tuple[list[Box], bool]:
    """Everything the page shows, as boxes on the visual page: what the content stream draws
    (one interpreter pass, no rasterising) plus annotations and form widgets. With `probe`, the
    last thing drawn must be that box (see PdfStamper._prepare); the flag says whether it was.
    `measured` is what that pass drew, already made by the reader with the probe found
    (marker.reading.pdf_measure): the page is then not interpreted again."""
    import pymupdf

    rect = rect if rect is not None else page.rect
    width, height = rect.width, rect.height
    turn = shown_turn(page) if page.rotation % 360 else None
    if measured is not None:
        boxes, probed = list(measured), True
    else:
        log = page.get_bboxlog()
        probed = probe is None
        if probe is not None:
            # Annotations are drawn after the content, so the probe is the last *content* entry.
            for index in range(len(log) - 1, -1, -1):
                kind, raw = log[index]
                box = tuple(pymupdf.Rect(raw) * turn) if turn is not None else raw
                if kind == "fill-path" and all(abs(a - b) < 0.1 for a, b in zip(box, probe, strict=True)):
                    probed = True
                    del log[index]
                    break
        boxes = drawn_boxes(log, width, height, turn)
    if not page.annot_xrefs():
        return boxes, probed
    shown = [a.rect for a in page.annots() if a.type[0] != pymupdf.PDF_ANNOT_POPUP]
    for raw in shown + [w.rect for w in page.widgets()]:
        box = raw * turn if turn is not None else pymupdf.Rect(raw)
        box &= rect
        if not box.is_empty:
            boxes.append((box.x0, box.y0, box.x1, box.y1))
    return boxes, probed


Placement = tuple[float, float, tuple[float, ...], float]


def _place(marks: Marks, height: float, boxes: list[Box], *, wide: bool, inline: bool = True) -> Placement | None:
    """Header top, footer top, block tops and the mark line's shift, each mark at the free place
    nearest its standard one: the block keeps its GB/T 9704 lines if it can, else closes up, else
    puts the mark line after the 份号 on one line."""
    edge = marks.edge
    header = marks.header
    high = header.top if not wide else height / 2
    header_top = nearest_free_top([(header.x0, header.x1)], header.height, header.top, edge, high, boxes)
    if header_top is None:
        return None
    footer = marks.footer
    f_height = max(line.height for line in footer)
    f_pref = min(line.top for line in footer)
    f_low = f_pref if not wide else height / 2
    footer_top = nearest_free_top([(line.x0, line.x1) for line in footer], f_height, f_pref, f_low,
                                  height - edge - f_height, boxes)
    if footer_top is None:
        return None
    if not marks.block:
        return header_top, footer_top, (), 0.0
    first, second = marks.block
    spans = [(first.x0, first.x1), (second.x0, second.x1)]
    taken = [*boxes, (header.x0, header_top, header.x1, header_top + header.height)]
    below_header = edge if _beside(marks) else header_top + header.height + CLEARANCE
    standard = second.top + second.height - first.top
    top = nearest_free_top(spans, standard, first.top, first.top, first.top, taken)
    if top is not None:
        return header_top, footer_top, (top, top + second.top - first.top), 0.0
    compact = marks.compact_pitch + second.height
    high = first.top + standard - compact if not wide else footer_top - compact - CLEARANCE
    top = nearest_free_top(spans, compact, first.top, below_header, high, taken)
    if top is not None:
        return header_top, footer_top, (top, top + marks.compact_pitch), 0.0
    if not inline:
        return None
    dx = marks.inline_dx
    inline = [(first.x0, first.x1), (second.x0 + dx, second.x1 + dx)]
    below_header = edge if second.x1 + dx + 2 * CLEARANCE < header.x0 else below_header
    high = first.top + standard - second.height if not wide else footer_top - second.height - CLEARANCE
    top = nearest_free_top(inline, second.height, first.top, below_header, high, taken)
    if top is None:
        return None
    return header_top, footer_top, (top, top), dx


def _beside(marks: Marks) -> bool:
    """The 份号 block clears the centred header sideways, so the two may share a band."""
    right = max(line.x1 for line in marks.block)
    return right + 2 * CLEARANCE < marks.header.x0


def _need(marks: Marks, *, inline: bool) -> tuple[float, float]:
    """Bands the marks need at the top and at the bottom when packed toward the edges, the block
    in its two closed-up lines or (`inline`) on one line."""
    edge = marks.edge
    top = edge + marks.header.height + CLEARANCE
    if marks.block:
        second = marks.block[1]
        block = second.height + CLEARANCE + (0.0 if inline else marks.compact_pitch)
        right = second.x1 + marks.inline_dx if inline else max(line.x1 for line in marks.block)
        beside = right + 2 * CLEARANCE < marks.header.x0
        top = edge + max(marks.header.height, block) + CLEARANCE if beside else top + CLEARANCE + block
    bottom = edge + max(line.height for line in marks.footer) + CLEARANCE
    return top + CLEARANCE, bottom + CLEARANCE


def plan_page(width: float, height: float, marks: Marks, boxes: list[Box], *, number: int) -> PagePlan:
    """Find room, else make room, else the nearest free band; `NoRoom` when nothing works."""
    found = _place(marks, height, boxes, wide=False, inline=False)
    if found is not None:
        return PagePlan(found[0], found[1], found[2], found[3])
    union = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
             max(b[3] for b in boxes))
    compact_top, compact_bottom = _need(marks, inline=False)
    inline_top, inline_bottom = _need(marks, inline=True)
    last = marks.block[-1] if marks.block else marks.header
    standard_top = last.top + last.height + 2 * CLEARANCE
    standard_bottom = height - min(line.top for line in marks.footer) + 2 * CLEARANCE
    span = union[3] - union[1]
    candidates = []
    # Open the bands the marks need at their standard places if the page allows, else packed to
    # the edges; the least scaling wins, then the standard places.
    for standard, top_need, bottom_need in ((2, standard_top, standard_bottom), (1, compact_top, compact_bottom),
                                            (0, inline_top, inline_bottom)):
        for want_top, want_bottom in ((True, True), (True, False), (False, True)):
            low = top_need if want_top else union[1]
            high = height - bottom_need if want_bottom else union[3]
            if span <= 0 or high <= low:
                continue
            scale = min(1.0, (high - low) / span)
            candidates.append((max(scale, SCALE_FLOOR), standard, want_top, want_bottom, top_need, bottom_need))
    candidates.sort(key=lambda c: (-round(c[0], 3), -c[1]))
    # The two GB/T lines first, then the one-line form, then the nearest free band.
    tries = [(False, False, c) for c in candidates] + [(False, True, c) for c in candidates]
    for wide, inline, (scale, _, want_top, want_bottom, top_need, bottom_need) in (
            tries + [(True, True, c) for c in candidates]):
        dx = (1 - scale) * width / 2
        if want_top:
            dy = max(0.0, top_need - scale * union[1]) if want_bottom else top_need - scale * union[1]
        else:
            dy = height - bottom_need - scale * union[3]
        moved = [(scale * b[0] + dx, scale * b[1] + dy, scale * b[2] + dx, scale * b[3] + dy) for b in boxes]
        if any(b[1] < -0.5 or b[3] > height + 0.5 for b in moved):
            continue
        found = _place(marks, height, moved, wide=wide, inline=inline)
        if found is not None:
            notes = [f"第 {number} 页内容缩放至 {scale:.0%} 并移动 {dy:+.0f} pt，为标志留出位置"
                     if scale < 1 else f"第 {number} 页内容移动 {dy:+.0f} pt，为标志留出位置"]
            if wide:
                notes.append(f"第 {number} 页标志放在最近的空白处")
            return PagePlan(found[0], found[1], found[2], found[3], scale, dx, dy, tuple(notes))
    found = _place(marks, height, boxes, wide=True)
    if found is not None:
        return PagePlan(found[0], found[1], found[2], found[3], notes=(f"第 {number} 页标志放在最近的空白处",))
    raise NoRoom(f"第 {number} 页没有放置密级标志的空白，内容缩放到 {SCALE_FLOOR:.0%} 仍不够 "
                 f"(page {number}: no room for the marks even with the content scaled to {SCALE_FLOOR:.0%})")
