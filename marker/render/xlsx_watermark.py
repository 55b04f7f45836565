"""The watermark of a spreadsheet copy: a header picture, the only watermark Excel shows.

Excel has no watermark feature; offices put a picture in the page header (`&G`), which Excel
draws behind the cells on every printed page and in page layout view. The picture is the
diagonal tracing text (level, 登记号, 份号, recipient) rendered light and transparent; the sheet
refers to it through a VML drawing (`legacyDrawingHF`), as Excel itself writes it. Added to the
saved package, so openpyxl (which does not keep header pictures) never sees it.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

SS_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
VML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing"
IMAGE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing"
# CT_Worksheet children that come after legacyDrawingHF.
AFTER = ("drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst")
WIDTH_PT, HEIGHT_PT = 460.0, 300.0
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


def watermark_png(text: str) -> bytes:
    """The tracing text, turned 30°, light red, on a transparent background."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=WIDTH_PT, height=HEIGHT_PT)
    font = pymupdf.Font("cjk")
    size = min(26.0, 0.95 * WIDTH_PT / max(1.0, font.text_length(text, fontsize=1)))
    length = font.text_length(text, fontsize=size)
    centre = pymupdf.Point(WIDTH_PT / 2, HEIGHT_PT / 2)
    writer = pymupdf.TextWriter(page.rect)
    writer.append(pymupdf.Point(centre.x - length / 2, centre.y + size / 3), text, font=font, fontsize=size)
    writer.write_text(page, color=(0.72, 0.1, 0.1), opacity=0.25, morph=(centre, pymupdf.Matrix(30)))
    png = page.get_pixmap(dpi=110, alpha=True).tobytes("png")
    doc.close()
    return png


def _vml(rel_id: str) -> bytes:
    return (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>'
        '<v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" '
        'path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:stroke joinstyle="miter"/><v:formulas>'
        '<v:f eqn="if lineDrawn pixelLineWidth 0"/><v:f eqn="sum @0 1 0"/><v:f eqn="sum 0 0 @1"/>'
        '<v:f eqn="prod @2 1 2"/><v:f eqn="prod @3 21600 pixelWidth"/><v:f eqn="prod @3 21600 pixelHeight"/>'
        '<v:f eqn="sum @0 0 1"/><v:f eqn="prod @6 1 2"/><v:f eqn="prod @7 21600 pixelWidth"/>'
        '<v:f eqn="sum @8 21600 0"/><v:f eqn="prod @7 21600 pixelHeight"/><v:f eqn="sum @10 21600 0"/>'
        '</v:formulas><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/>'
        '<o:lock v:ext="edit" aspectratio="t"/></v:shapetype>'
        f'<v:shape id="CH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;'
        f'margin-top:0;width:{WIDTH_PT:.0f}pt;height:{HEIGHT_PT:.0f}pt;z-index:1">'
        f'<v:imagedata o:relid="{rel_id}" o:title="Miji watermark"/><o:lock v:ext="edit" rotation="t"/></v:shape>'
        "</xml>").encode()


def _rels(entries: list[tuple[str, str, str]], existing: bytes | None = None) -> bytes:
    root = etree.fromstring(existing, _PARSER) if existing else etree.Element(f"{{{PKG_REL}}}Relationships",
                                                                             nsmap={None: PKG_REL})
    for rel_id, kind, target in entries:
        etree.SubElement(root, f"{{{PKG_REL}}}Relationship", Id=rel_id, Type=kind, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_picture_code(header: str) -> str:
    """`&G` in the centre section (kept after whatever the centre already shows)."""
    if "&G" in header:
        return header
    sections = re.split(r"(&[LCR])", header)
    if "&C" in sections:
        at = sections.index("&C") + 1
        sections[at] = sections[at] + "&G"
        return "".join(sections)
    right = header.find("&R")
    return header + "&C&G" if right < 0 else header[:right] + "&C&G" + header[right:]


def with_watermark(data: bytes, text: str) -> bytes:
    """The workbook with the watermark picture in every sheet's page header."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    parts: dict[str, bytes] = {name: source.read(name) for name in names}
    image = "xl/media/miji_watermark.png"
    parts[image] = watermark_png(text)
    sheets = sorted(n for n in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n))
    for number, sheet in enumerate(sheets, start=1):
        root = etree.fromstring(parts[sheet], _PARSER)
        footer = root.find(f"{{{SS_NS}}}headerFooter")
        if footer is None:
            continue
        header = footer.find(f"{{{SS_NS}}}oddHeader")  # the VML shape "CH" is the odd pages' centre header
        if header is None:
            continue
        header.text = _with_picture_code(header.text or "")
        vml = f"xl/drawings/vmlDrawingMiji{number}.vml"
        parts[vml] = _vml("rIdMijiImage")
        parts[f"xl/drawings/_rels/vmlDrawingMiji{number}.vml.rels"] = _rels(
            [("rIdMijiImage", IMAGE_REL, "../media/miji_watermark.png")])
        rels_name = sheet.replace("worksheets/", "worksheets/_rels/") + ".rels"
        parts[rels_name] = _rels([("rIdMijiWatermark", VML_REL, f"../drawings/vmlDrawingMiji{number}.vml")],
                                 parts.get(rels_name))
        for old in root.findall(f"{{{SS_NS}}}legacyDrawingHF"):
            root.remove(old)
        element = etree.Element(f"{{{SS_NS}}}legacyDrawingHF", nsmap={"r": R_NS})
        element.set(f"{{{R_NS}}}id", "rIdMijiWatermark")
        later = next((child for child in root if isinstance(child.tag, str)
                      and child.tag.rsplit("}", 1)[-1] in AFTER), None)
        if later is not None:
            later.addprevious(element)
        else:
            root.append(element)
        parts[sheet] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    types = etree.fromstring(parts["[Content_Types].xml"], _PARSER)
    present = {d.get("Extension", "").lower() for d in types.iter(f"{{{CT_NS}}}Default")}
    for extension, kind in (("vml", VML_TYPE), ("png", "image/png")):
        if extension not in present:
            types.insert(0, etree.Element(f"{{{CT_NS}}}Default", Extension=extension, ContentType=kind))
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in ["[Content_Types].xml", *[n for n in parts if n != "[Content_Types].xml"]]:
            target.writestr(name, parts[name])
    return out.getvalue()
