"""Marked copies of OFD documents: a layer of text objects on every page, in an embedded font.

Each page gets a foreground layer holding the running header (密级 and 登记号), the footer
(份号, 第 n 页 共 N 页) and a light diagonal watermark; the first page also the 份号 and the
mark line at the top left, placed where no content of the page lies. The font holding those
characters is embedded (marker.render.ofd_font) and Miji's facts go into the document's
DocInfo/CustomDatas, where re-marking and pre-flight read them back. Every other part of the
package is copied as it was. A signed OFD is refused: any change breaks its signature.
"""

from __future__ import annotations

import math
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marker.domain.marks import CopyFacts, MarkFacts, header_text, watermark_text
from marker.domain.page import nearest_free_top
from marker.errors import SignedInput
from marker.reading.ofd import NS, PREFIX, Package, Q, box_of, open_ofd
from marker.render.ofd_font import advance, mark_font

FONT_NAME = "MijiMark"
_ID = re.compile(rb'\bID="(\d+)"')
BLACK, GRAY, WATERMARK = "20 20 20", "64 64 64", "180 20 20"
WATERMARK_ALPHA = 46  # of 255: about the PDF copies' 15-20 % opacity
MARK_SIZE = 5.6  # mm: 3号 (16 pt), GB/T 9704
SMALL_SIZE = 3.2  # mm: about 9 pt
# Children of CT_Res and CT_CommonData in schema order: new elements go where a validator expects them.
RES_ORDER = ("ColorSpaces", "DrawParams", "Fonts", "MultiMedias", "CompositeGraphicUnits")
COMMON_ORDER = ("MaxUnitID", "PageArea", "PublicRes", "DocumentRes", "TemplatePage", "DefaultCS")
DOCINFO_ORDER = ("DocID", "Title", "Author", "Subject", "Abstract", "CreationDate", "ModDate", "DocUsage", "Cover",
                 "Keywords", "Creator", "CreatorVersion", "CustomDatas")


def _insert_in_order(parent: Any, child: Any, order: tuple[str, ...]) -> Any:
    """Place `child` after every sibling that comes before it in the schema order."""
    name = child.tag.removeprefix(Q)
    before = set(order[: order.index(name)])
    position = 0
    for index, sibling in enumerate(parent):
        if isinstance(sibling.tag, str) and sibling.tag.removeprefix(Q) in before:
            position = index + 1
    parent.insert(position, child)
    return child


def _element(tag: str, **attributes: str) -> Any:
    from lxml import etree

    return etree.Element(Q + tag, {k: v for k, v in attributes.items()}, nsmap={"ofd": NS})


def _sub(parent: Any, tag: str, text: str | None = None, **attributes: str) -> Any:
    from lxml import etree

    child = etree.SubElement(parent, Q + tag, attributes)
    if text is not None:
        child.text = text
    return child


def _fmt(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") or "0"


def text_width(text: str, size: float) -> float:
    return sum(advance(c) for c in text) * size


@dataclass
class Edit:
    """Changes to an opened OFD: new ids, the mark font, layers, custom data; then the new zip."""

    package: Package
    changed: dict[str, Any] = field(default_factory=dict)  # part name -> parsed root to write back
    added: dict[str, bytes] = field(default_factory=dict)
    next_id: int = 0
    font_id: str = ""
    chars: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        """New ids start past MaxUnitID and past every id any part uses (producers get MaxUnitID wrong)."""
        highest = [int(v) for v in (self.package.document.findtext(f"{Q}CommonData/{Q}MaxUnitID") or "0").split()
                   if v.isdigit()]
        archive = self.package.archive
        for name in archive.namelist():
            if name.lower().endswith(".xml"):
                highest += [int(v) for v in _ID.findall(archive.read(name)) if len(v) < 10]
        self.next_id = max([0, *highest]) + 1

    def part(self, name: str) -> Any:
        """A part to change, parsed once."""
        if name not in self.changed:
            if name == "OFD.xml":
                root = self.package.ofd
            elif name == self.package.document_path:
                root = self.package.document
            else:
                root = self.package.read_xml(name)
            self.changed[name] = root
        return self.changed[name]

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id - 1)

    def prepare(self, pages: range) -> None:
        """Parse the parts that get new objects."""
        for loc in self.package.resources[:1]:
            self.part(loc)
        for index in pages:
            self.part(self.package.pages[index][1])

    def layer(self, index: int) -> Any:
        page = self.part(self.package.pages[index][1])
        content = page.find(f"{Q}Content")
        if content is None:
            content = _element("Content")
            actions = page.find(f"{Q}Actions")
            if actions is not None:
                actions.addprevious(content)
            else:
                page.append(content)
        return _sub(content, "Layer", ID=self.new_id(), Type="Foreground")

    def text(self, layer: Any, text: str, x: float, baseline: float, size: float, *, color: str = BLACK,
             alpha: int | None = None, angle: float = 0.0, page_box: tuple[float, ...] | None = None) -> Any:
        """One text object; `angle` (degrees, counter-clockwise) turns it about its middle, inside
        a boundary the size of the page so no reader clips it."""
        self.chars |= set(text)
        width = text_width(text, size)
        attributes = {"ID": self.new_id(), "Font": "", "Size": _fmt(size)}
        if angle and page_box is not None:
            turn = math.radians(angle)
            cos, sin = math.cos(turn), math.sin(turn)
            attributes["Boundary"] = " ".join(_fmt(v) for v in page_box)
            e = x - page_box[0] - cos * width / 2
            f = baseline - page_box[1] + sin * width / 2
            attributes["CTM"] = " ".join(_fmt(v) for v in (cos, -sin, sin, cos, e, f))
            origin_y = 0.0
        else:
            attributes["Boundary"] = " ".join(_fmt(v) for v in (x, baseline - size, width + 0.5, size * 1.3))
            origin_y = size
        if alpha is not None:
            attributes["Alpha"] = str(alpha)
        obj = _sub(layer, "TextObject", **attributes)
        _sub(obj, "FillColor", Value=color)
        deltas = " ".join(_fmt(advance(c) * size) for c in text[:-1])
        _sub(obj, "TextCode", text, X="0", Y=_fmt(origin_y), **({"DeltaX": deltas} if deltas else {}))
        return obj

    def line(self, layer: Any, x0: float, y: float, x1: float, *, width: float = 0.35) -> Any:
        """A straight stroke (the strike-through of a changed mark)."""
        obj = _sub(layer, "PathObject", ID=self.new_id(), Boundary=" ".join(_fmt(v) for v in (x0, y - 1, x1 - x0, 2)),
                   LineWidth=_fmt(width))
        _sub(obj, "StrokeColor", Value=BLACK)
        _sub(obj, "AbbreviatedData", f"M 0 1 L {_fmt(x1 - x0)} 1")
        return obj

    def custom_data(self, values: dict[str, str]) -> None:
        """Miji's keys in OFD.xml DocInfo/CustomDatas; earlier Miji keys are replaced, others kept."""
        ofd = self.part("OFD.xml")
        body = ofd.find(f"{Q}DocBody")
        info = body.find(f"{Q}DocInfo")
        if info is None:
            info = _element("DocInfo")
            body.insert(0, info)
        datas = info.find(f"{Q}CustomDatas")
        if datas is None:
            datas = _insert_in_order(info, _element("CustomDatas"), DOCINFO_ORDER)
        for item in list(datas):
            if (item.get("Name") or "").startswith(PREFIX):
                datas.remove(item)
        for key, value in values.items():
            if value:
                _sub(datas, "CustomData", value, Name=PREFIX + key)

    def _install_font(self) -> None:
        """The mark font in the document's first public resource (one is made if there is none)."""
        package = self.package
        if package.resources:
            res_loc = package.resources[0]
            res = self.part(res_loc)
        else:
            res_loc = posixpath.join(posixpath.dirname(package.document_path), "MijiRes.xml")
            res = _element("Res", BaseLoc="Res")
            self.changed[res_loc] = res
            common = self.part(package.document_path).find(f"{Q}CommonData")
            _insert_in_order(common, _element("PublicRes"), COMMON_ORDER).text = posixpath.basename(res_loc)
        fonts = res.find(f"{Q}Fonts")
        if fonts is None:
            fonts = _insert_in_order(res, _element("Fonts"), RES_ORDER)
        font_id = self.new_id()
        file_name = f"{FONT_NAME}_{font_id}.ttf"
        folder = posixpath.dirname(res_loc)
        if res.get("BaseLoc"):
            folder = posixpath.normpath(posixpath.join(folder, res.get("BaseLoc")))
        font = _sub(fonts, "Font", ID=font_id, FontName=FONT_NAME, FamilyName="Droid Sans Fallback")
        _sub(font, "FontFile", file_name)
        self.added[posixpath.join(folder, file_name).lstrip("/")] = mark_font(self.chars)
        self.font_id = font_id

    def save(self) -> bytes:
        import io
        import zipfile

        from lxml import etree

        if self.chars:
            self._install_font()
            for root in self.changed.values():
                for obj in root.iter(f"{Q}TextObject"):
                    if obj.get("Font") == "":
                        obj.set("Font", self.font_id)
        common = self.part(self.package.document_path).find(f"{Q}CommonData")
        highest = common.find(f"{Q}MaxUnitID")
        if highest is None:
            highest = _insert_in_order(common, _element("MaxUnitID"), COMMON_ORDER)
        highest.text = str(self.next_id - 1)
        out = io.BytesIO()
        source = self.package.archive
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in source.infolist():
                name = info.filename
                if name in self.changed:
                    target.writestr(name, etree.tostring(self.changed[name], xml_declaration=True, encoding="UTF-8"))
                elif name not in self.added:
                    target.writestr(info, source.read(name), compress_type=zipfile.ZIP_DEFLATED)
            for name, root in self.changed.items():
                if name not in source.namelist():
                    target.writestr(name, etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
            for name, data in self.added.items():
                target.writestr(name, data)
        return out.getvalue()


def refuse_signed(package: Package) -> None:
    if package.signed:
        raise SignedInput("OFD 带有电子签章/数字签名，标密会使签名失效；请提供未签名的版本 (signed OFD: marking would "
                          "break its signature)", path=package.path)


def _scale(box: tuple[float, ...]) -> float:
    short, long_ = sorted((box[2], box[3]))
    return max(0.5, min(1.5, min(short / 210, long_ / 297)))


def page_box(root: Any, package: Package) -> tuple[float, ...]:
    return box_of(root.findtext(f"{Q}Area/{Q}PhysicalBox"), package.page_box)


def occupied(root: Any, page: tuple[float, ...]) -> list[tuple[float, float, float, float]]:
    """Boxes of the page's own objects (x0, y0, x1, y1), page backgrounds left out."""
    boxes = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag.removeprefix(Q) not in (
                "TextObject", "ImageObject", "PathObject", "CompositeObject"):
            continue
        x, y, w, h = box_of(element.get("Boundary"), (0.0, 0.0, 0.0, 0.0))
        if w > 0 and h > 0 and w * h < 0.9 * page[2] * page[3]:
            boxes.append((x, y, x + w, y + h))
    return boxes


def stamp_ofd(data: bytes, path: Path, facts: MarkFacts, copy: CopyFacts) -> bytes:
    package = open_ofd(data, path, "zip")
    refuse_signed(package)
    edit = Edit(package)
    total = len(package.pages)
    edit.prepare(range(total))
    for index in range(total):
        box = page_box(edit.part(package.pages[index][1]), package)
        x0, y0, width, height = box[:4]
        s = _scale(box)
        layer = edit.layer(index)
        head = header_text(facts)
        size = SMALL_SIZE * s
        edit.text(layer, head, x0 + (width - text_width(head, size)) / 2, y0 + 15 * s, size, color=GRAY)
        foot = f"{copy.footer_label}    第 {index + 1} 页 共 {total} 页"
        edit.text(layer, foot, x0 + (width - text_width(foot, size)) / 2, y0 + height - 10 * s, size, color=GRAY)
        if index == 0:
            _first_page_mark(edit, layer, package, box, facts, copy, s)
        mark = watermark_text(facts, copy)
        mark_size = min(width / 24, 9.0 * s)
        edit.text(layer, mark, x0 + width / 2, y0 + height / 2, mark_size, color=WATERMARK, alpha=WATERMARK_ALPHA,
                  angle=30.0, page_box=box)
    edit.custom_data(metadata_of(facts, copy))
    return edit.save()


def metadata_of(facts: MarkFacts, copy: CopyFacts) -> dict[str, str]:
    from marker.domain.marks import metadata_values

    return metadata_values(facts, copy)


def _first_page_mark(edit: Edit, layer: Any, package: Package, box: tuple[float, ...], facts: MarkFacts,
                     copy: CopyFacts, s: float) -> None:
    """份号 then the mark line, top left of the type area, moved up or down to where the page is free."""
    x0, y0 = box[0], box[1]
    size = MARK_SIZE * min(1.0, s)
    pitch = size * 1.45
    left = x0 + 28 * s
    widest = max(text_width(copy.copy_number, size), text_width(facts.mark_line, size))
    boxes = occupied(edit.part(package.pages[0][1]), box)
    top = nearest_free_top([(left, left + widest)], 2 * pitch, y0 + 37 * s - 2 * pitch, y0 + 18 * s,
                           y0 + 37 * s + pitch, boxes, pad=0.8)
    if top is None:
        top = y0 + 18 * s
    edit.text(layer, copy.copy_number, left, top + size, size)
    edit.text(layer, facts.mark_line, left, top + pitch + size, size)
