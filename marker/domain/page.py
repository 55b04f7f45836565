"""GB/T 9704-2012 page geometry: where marks go on an A4 page, scaled for other sizes."""

from __future__ import annotations

MM = 72 / 25.4
A4_SHORT, A4_LONG = 210 * MM, 297 * MM
# Binding (left) 28 mm, top 37 mm, type area 156 x 225 mm.
MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = 28 * MM, 37 * MM, 26 * MM, 35 * MM
MARK_SIZE = 16.0  # 3号
LINE_PITCH = 28.95  # 22 lines in the 225 mm type area

# The smallest page a legible mark fits on: A7 (74 x 105 mm), with 1 mm of tolerance.
MIN_PAGE_SHORT, MIN_PAGE_LONG = 73 * MM, 104 * MM
# Print tools shrink a page's content to open a band for marks, never below this factor: 90 % is
# what a reader does not notice and what keeps 五号 body text above 9.4 pt.
SCALE_FLOOR = 0.90
# Marks never go nearer the paper edge than this (office printers do not print the outer 3-4 mm).
EDGE = 4 * MM
# Gap kept between a mark and the page's own content.
CLEARANCE = 1.5

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 on the visual page, y down


def intersects(a: Box, b: Box, pad: float = 0.0) -> bool:
    return a[0] < b[2] + pad and b[0] < a[2] + pad and a[1] < b[3] + pad and b[1] < a[3] + pad


def too_small(width: float, height: float) -> bool:
    short, long_ = sorted((width, height))
    return short < MIN_PAGE_SHORT or long_ < MIN_PAGE_LONG


def nearest_free_top(spans: list[tuple[float, float]], height: float, preferred: float, low: float,
                     high: float, boxes: list[Box], pad: float = CLEARANCE) -> float | None:
    """The top y in [low, high] nearest `preferred` where lines `height` tall over the x `spans`
    touch no box; None when every position is taken. Blocked spans are computed, not probed, so a
    page with thousands of glyph boxes costs one sort."""
    if high < low:
        return None
    blocked = sorted((b[1] - height - pad, b[3] + pad) for b in boxes
                     if any(b[0] < x1 + pad and x0 - pad < b[2] for x0, x1 in spans))
    free: list[tuple[float, float]] = []
    start = low
    for b0, b1 in blocked:
        if b1 <= start:
            continue
        if b0 > start:
            free.append((start, min(b0, high)))
        start = max(start, b1)
        if start > high:
            break
    if start <= high:
        free.append((start, high))
    best: float | None = None
    for a, b in free:
        if b < a:
            continue
        candidate = min(max(preferred, a), b)
        if best is None or abs(candidate - preferred) < abs(best - preferred):
            best = candidate
    return best
