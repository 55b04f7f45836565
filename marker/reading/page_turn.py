"""The turn from a page's unrotated view to the page as a reader sees it (its /Rotate applied).

pymupdf's `Page.rotation_matrix` translates by the crop box in PDF units, so on a page with a
/UserUnit (the unit is then that many points) it moves boxes off the page. Text, the bbox log and
annotation rectangles come in the unrotated view *with* the unit applied: this turn is built from
that view's own size, and equals `rotation_matrix` wherever the unit is 1."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymupdf


def shown_turn(page: pymupdf.Page) -> pymupdf.Matrix:
    """Unrotated page view → visual page, for any /Rotate and /UserUnit."""
    import pymupdf

    rotation = page.rotation % 360
    if not rotation:
        return pymupdf.Matrix(1, 0, 0, 1, 0, 0)
    shown = page.rect
    width, height = (shown.height, shown.width) if rotation in (90, 270) else (shown.width, shown.height)
    turn = pymupdf.Matrix(rotation)
    moved = pymupdf.Rect(0, 0, width, height) * turn
    return turn * pymupdf.Matrix(1, 0, 0, 1, -moved.x0, -moved.y0)


def user_to_shown(page: pymupdf.Page) -> pymupdf.Matrix:
    """The page's PDF user space → visual page, as MuPDF itself draws the page (crop box, /Rotate,
    /UserUnit); pymupdf's `transformation_matrix` leaves the unit out."""
    import pymupdf
    from pymupdf import mupdf

    ctm = mupdf.FzMatrix()
    mupdf.pdf_page_transform(page._pdf_page(), mupdf.FzRect(), ctm)
    return pymupdf.Matrix(ctm.a, ctm.b, ctm.c, ctm.d, ctm.e, ctm.f)
