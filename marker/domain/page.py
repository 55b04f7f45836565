"""GB/T 9704-2012 page geometry: where marks go on an A4 page, scaled for other sizes."""

from __future__ import annotations

MM = 72 / 25.4
A4_SHORT, A4_LONG = 210 * MM, 297 * MM
# Binding (left) 28 mm, top 37 mm, type area 156 x 225 mm.
MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM = 28 * MM, 37 * MM, 26 * MM, 35 * MM
MARK_SIZE = 16.0  # 3号
LINE_PITCH = 28.95  # 22 lines in the 225 mm type area
