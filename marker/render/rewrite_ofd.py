"""Re-marking an OFD: a stroke through the old mark on page 1 and the new mark (or 解密 and the
date) beside it, the same for the running header on every page, in a new layer with the
embedded mark font; Miji's facts in DocInfo/CustomDatas are replaced.

The old mark is the *last* text object on page 1 that reads as a mark of the old level: a
re-marking appends its objects, so a document re-marked twice is struck at its newest mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from marker.domain.mark_text import recognise_mark
from marker.domain.marks import Change
from marker.errors import CorruptInput
from marker.reading.ofd import Q, box_of, numbers, open_ofd
from marker.render.ofd import Edit, page_box, refuse_signed, text_width

GAP = 2.0  # mm between the struck mark and the new one


@dataclass(frozen=True, slots=True)
class Placed:
    text: str
    x: float
    baseline: float
    size: float
    width: float


def _placed(obj: Any) -> Placed | None:
    """A text object with no turn (Miji's marks and ordinary lines), where it lies on the page."""
    if obj.get("CTM"):
        return None
    codes = obj.findall(f"{Q}TextCode")
    if not codes:
        return None
    text = "".join(code.text or "" for code in codes)
    x, y = box_of(obj.get("Boundary"), (0.0, 0.0, 0.0, 0.0))[:2]
    size = (numbers(obj.get("Size")) or [3.5])[0]
    first = codes[0]
    deltas = numbers(first.get("DeltaX")) if "g" not in (first.get("DeltaX") or "") else []
    width = sum(deltas) + size if deltas else text_width(text, size)
    return Placed(text, x + (numbers(first.get("X")) or [0.0])[0], y + (numbers(first.get("Y")) or [0.0])[0],
                  size, width)


def _strike_beside(edit: Edit, layer: Any, old: Placed, text: str, page: tuple[float, ...]) -> None:
    edit.line(layer, old.x, old.baseline - old.size * 0.32, old.x + old.width, width=max(0.25, old.size / 14))
    x = old.x + old.width + GAP
    baseline = old.baseline
    if x + text_width(text, old.size) > page[0] + page[2] - 5:  # no room on the right: under the old mark
        x, baseline = old.x, old.baseline + old.size * 1.45
    edit.text(layer, text, x, baseline, old.size)


def rewrite_ofd(data: bytes, change: Change, *, old_level: str | None, name: str = "") -> bytes:
    from pathlib import Path

    package = open_ofd(data, Path(name or "document.ofd"), "zip")
    refuse_signed(package)
    edit = Edit(package)
    edit.prepare(range(len(package.pages)))
    first = edit.part(package.pages[0][1])
    marks = [p for p in map(_placed, first.iter(f"{Q}TextObject")) if p is not None
             and (seen := recognise_mark([p.text])) is not None and (not old_level or seen.level == old_level)]
    if not marks:
        raise CorruptInput("第一页找不到原密级标志 (cannot find the old mark on page 1)", path=name or None)
    old = marks[-1]
    layers = {0: edit.layer(0)}
    _strike_beside(edit, layers[0], old, change.line(recognise_mark([old.text]).owner), page_box(first, package))
    registry = change.values.get("registry", "")
    header = "解密" if change.declassified is not None else (change.new_level or "")
    if old_level and registry and header and header != old_level:
        for index, (_, loc) in enumerate(package.pages):
            root = edit.part(loc)
            running = [p for p in map(_placed, root.iter(f"{Q}TextObject")) if p is not None
                       and p.text in (f"{old_level}  {registry}", old_level)]
            if running:
                layer = layers.get(index)
                if layer is None:
                    layer = layers[index] = edit.layer(index)
                _strike_beside(edit, layer, running[-1], header, page_box(root, package))
    edit.custom_data(change.values)
    return edit.save()
