"""Marking a DOCX: 份号 and mark line on top of the body, header/footer lines, a Word watermark and
custom properties, written the way Word writes them so Word and LibreOffice both show them.

The draft is read once; each copy is rebuilt from its bytes, so copies never share state and the
draft on disk is never opened for writing.
"""

from __future__ import annotations

import io
import logging
import struct
import zipfile
from collections.abc import Iterator
from copy import copy as shallow_copy
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from marker.domain.marks import CopyFacts, MarkFacts, header_text, metadata_values, watermark_text
from marker.errors import CorruptInput, MijiError
from marker.render.stamper import CopyStamper

log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
W10_NS = "urn:schemas-microsoft-com:office:word"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_PARTNAME = "/docProps/custom.xml"
# The format id Office uses for every user-defined property (FMTID_UserDefinedProperties).
USER_DEFINED_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
PROPERTY_PREFIX = "miji:"

MARK_FONT = "黑体"
WATERMARK_OPACITY = 0.2  # silver at 20 %: the body reads through it (issue 14: at most 0.2)
MARK_SIZE_HALF_POINTS = 32  # 3号 = 16 pt
HEADER_SIZE_HALF_POINTS = 21  # 五号 = 10.5 pt
# Rotated by 45° the box must fit inside an A4 type area (156 × 225 mm ≈ 442 × 638 pt).
WATERMARK_WIDTH_PT = (540.0, 600.0)  # aimed at, at most
WATERMARK_HEIGHT_PT = (20.0, 110.0)

# The preset WordArt "plain text" shape type Word declares before its watermark shape.
_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"'
    ' path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    + "".join(
        f'<v:f eqn="{eqn}"/>'
        for eqn in (
            "sum #0 0 10800",
            "prod #0 2 1",
            "sum 21600 0 @1",
            "sum 0 0 @2",
            "sum 21600 0 @3",
            "if @0 @3 0",
            "if @0 21600 @1",
            "if @0 0 @2",
            "if @0 @4 21600",
            "mid @5 @6",
            "mid @8 @5",
            "mid @7 @8",
            "mid @6 @7",
            "sum @6 0 @5",
        )
    )
    + '</v:formulas><v:path textpathok="t" o:connecttype="custom"'
    ' o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight"'
    ' xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
)


def run_properties(size_half_points: int) -> str:
    """黑体 for ASCII and East Asian text: without w:eastAsia Word shows CJK in the theme font."""
    font = quoteattr(MARK_FONT)
    return (
        f'<w:rPr><w:rFonts w:ascii={font} w:eastAsia={font} w:hAnsi={font} w:hint="eastAsia"/>'
        f'<w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/></w:rPr>'
    )


def _paragraph_xml(text: str, *, size_half_points: int, align: str, plain: bool) -> str:
    """A one-run paragraph; `plain` cancels the Normal style's indents and spacing so the mark
    sits at the left edge of the type area as GB/T 9704 places it."""
    spacing = (
        '<w:spacing w:before="0" w:after="0"/><w:ind w:left="0" w:leftChars="0" w:firstLine="0" w:firstLineChars="0"/>'
        if plain
        else ""
    )
    return (
        f'<w:p xmlns:w="{W_NS}"><w:pPr>{spacing}<w:jc w:val="{align}"/></w:pPr>'
        f"<w:r>{run_properties(size_half_points)}"
        f'<w:t xml:space="preserve">{escape_xml(text)}</w:t></w:r></w:p>'
    )


def _field_xml(instruction: str, shown: str, size_half_points: int) -> str:
    """A Word field (PAGE, NUMPAGES) whose result Word and LibreOffice recompute on every page."""
    return (f'<w:fldSimple w:instr=" {instruction} "><w:r>{run_properties(size_half_points)}'
            f'<w:t>{shown}</w:t></w:r></w:fldSimple>')


def page_number_xml() -> str:
    """`第 n 页 共 N 页` with PAGE and NUMPAGES fields, which Word and LibreOffice fill in per page."""
    size = HEADER_SIZE_HALF_POINTS

    def run(text: str) -> str:
        return f'<w:r>{run_properties(size)}<w:t xml:space="preserve">{escape_xml(text)}</w:t></w:r>'

    return (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:jc w:val="center"/></w:pPr>'
            + run("第 ") + _field_xml("PAGE", "1", size) + run(" 页 共 ")
            + _field_xml("NUMPAGES", "1", size) + run(" 页") + "</w:p>")


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _watermark_size(text: str) -> tuple[float, float]:
    """Box of the WordArt: Word stretches the text to fill it, so its shape follows the text's."""
    ems = sum(1.0 if ord(ch) > 0x2E7F else 0.55 for ch in text) or 1.0
    aim, most = WATERMARK_WIDTH_PT
    low, high = WATERMARK_HEIGHT_PT
    height = min(high, max(low, aim / ems))
    width = min(most, height * ems)
    return round(width, 1), round(height, 1)


def _watermark_style(text: str) -> str:
    width, height = _watermark_size(text)
    return (
        f"position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:{height}pt;"
        "rotation:315;z-index:-251654144;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        "mso-position-vertical-relative:margin"
    )


def _watermark_run_xml(text: str, number: int) -> str:
    """A Word text watermark: the VML shape Word's 水印 dialog writes, anchored in a header run.

    Each header part is its own story, so each declares the shape type, as Word does."""
    style = _watermark_style(text)
    textpath_style = f'font-family:"{MARK_FONT}";font-size:1pt'
    return (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="{V_NS}" xmlns:o="{O_NS}" xmlns:w10="{W10_NS}">'
        "<w:rPr><w:noProof/></w:rPr><w:pict>"
        + _SHAPETYPE
        + f'<v:shape id="PowerPlusWaterMarkObject{100001 + number}" o:spid="_x0000_s{2049 + number}"'
        f' type="#_x0000_t136" style={quoteattr(style)} o:allowincell="f" fillcolor="silver"'
        f' stroked="f"><v:fill opacity="{WATERMARK_OPACITY:g}"/>'
        f"<v:textpath style={quoteattr(textpath_style)} string={quoteattr(text)}/>"
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )


@dataclass(slots=True)
class _Template:
    """The draft parsed and stamped once; per copy only a few leaves change (份号, the footer
    label, the watermark's text and box) and only the parts holding them are written again."""

    document: Any
    entries: dict[str, tuple[zipfile.ZipInfo, bytes]]  # every part as saved once (deflated), by zip name
    changed: dict[str, Any]  # zip name -> python-docx part whose XML is written per copy
    custom_name: str  # zip name of the custom properties part, rebuilt per copy
    custom_base: bytes | None  # the draft's own custom properties, kept in every copy
    copy_number: Any  # w:t of the first body line
    labels: list[Any] = field(default_factory=list)  # w:t of each footer's 份号 line
    watermarks: list[tuple[Any, Any]] = field(default_factory=list)  # (v:shape, v:textpath) per header


class DocxStamper(CopyStamper):
    """Marks copies of one DOCX draft; `write_copy` is called once per copy number.

    The draft is parsed once and stamped once; each copy sets its own 份号, footer label and
    watermark in that tree and writes the parts holding them, reusing every other part's bytes."""

    def __init__(self, source: Path, facts: MarkFacts, *, document: Any = None,
                 data: bytes | None = None) -> None:
        """`document` is a tree already parsed (by the reader, or built by Miji for a text draft) and
        now owned by this stamper; `data` the draft's bytes as its reader read them (the reader
        does not refuse a DTD, so they are checked here)."""
        super().__init__(source, facts, data=data)
        if document is None or data is not None:
            data = self._read_source()
            _refuse_dtd(data, self._source)
        if document is None:
            document = self._load(data)  # fail on a broken draft before any copy is written
        self._mark_xml = _paragraph_xml(
            facts.mark_line, size_half_points=MARK_SIZE_HALF_POINTS, align="left", plain=True
        )
        self._header_xml = _paragraph_xml(
            header_text(facts), size_half_points=HEADER_SIZE_HALF_POINTS, align="right", plain=False
        )
        self._template = self._stamped(document)
        self._verified = False

    def _load(self, data: bytes) -> Any:
        import docx

        try:
            return docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise CorruptInput("DOCX 无法解析 (unreadable Word file)", path=self._source) from exc

    def _damaged(self, exc: Exception) -> CorruptInput:
        log.debug("stamping failed on %s", self._source, exc_info=True)
        error = CorruptInput(
            "无法为此 Word 文件生成标密副本，文件结构有误 (cannot stamp this Word file: its structure is damaged)",
            path=self._source,
        )
        error.__cause__ = exc
        return error

    # --- once per document ---------------------------------------------------------------------
    def _stamped(self, document: Any) -> _Template:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        try:
            package = document.part.package
            try:
                custom = package.part_related_by(RT.CUSTOM_PROPERTIES)
                custom_base: bytes | None = custom.blob
            except KeyError:
                custom_base = None
            sample = CopyFacts("000000")
            copy_number = self._stamp_body(document, sample)
            labels, watermarks, stories = self._stamp_headers_footers(document, sample)
            set_custom_properties(document, metadata_values(self._facts, sample))
            custom_name = package.part_related_by(RT.CUSTOM_PROPERTIES).partname.membername
            buffer = io.BytesIO()
            document.save(buffer)
            entries = _raw_entries(buffer.getvalue())
        except MijiError:
            raise
        except Exception as exc:
            raise self._damaged(exc) from exc
        changed = {part.partname.membername: part for part in [document.part, *stories]}
        return _Template(document, entries, changed, custom_name, custom_base, copy_number, labels, watermarks)

    def _stamp_body(self, document: Any, copy: CopyFacts) -> Any:
        from docx.oxml import parse_xml

        body = document.element.body
        copy_line = parse_xml(_paragraph_xml(copy.copy_number, size_half_points=MARK_SIZE_HALF_POINTS,
                                             align="left", plain=True))
        body.insert(0, parse_xml(self._mark_xml))
        body.insert(0, copy_line)
        return next(copy_line.iter(f"{{{W_NS}}}t"))

    def _stamp_headers_footers(self, document: Any, copy: CopyFacts) -> tuple[list[Any], list[tuple[Any, Any]],
                                                                                list[Any]]:
        from docx.oxml import parse_xml

        footer = _paragraph_xml(copy.footer_label, size_half_points=HEADER_SIZE_HALF_POINTS, align="center",
                                plain=False)
        text = watermark_text(self._facts, copy)
        done: set[str] = set()
        labels: list[Any] = []
        watermarks: list[tuple[Any, Any]] = []
        stories: list[Any] = []
        for part, is_header in _story_parts(document, done):
            part_root = part.element
            stories.append(part)
            paragraph = parse_xml(self._header_xml if is_header else footer)
            if is_header:
                run = parse_xml(_watermark_run_xml(text, len(watermarks)))
                shape = next(run.iter(f"{{{V_NS}}}shape"))  # the shape type before it has a textpath too
                watermarks.append((shape, next(shape.iter(f"{{{V_NS}}}textpath"))))
                ppr = paragraph.find(f"{{{W_NS}}}pPr")
                ppr.addnext(run)
            else:
                labels.append(next(paragraph.iter(f"{{{W_NS}}}t")))
            _drop_lone_empty_paragraph(part_root)
            part_root.append(paragraph)
            if not is_header:
                part_root.append(parse_xml(page_number_xml()))
        return labels, watermarks, stories

    # --- per copy ---------------------------------------------------------------------------
    def _render_checked(self, copy: CopyFacts) -> bytes:
        """The copy's bytes, checked before anyone is given them: a copy Word cannot open, or
        whose first lines are not its marks, is refused (exit 3), never issued. The first copy
        is reopened whole; later ones differ only in the parts they rewrote, which are reparsed."""
        data = self._render(copy)
        try:
            shown = _reopened_marks(data) if not self._verified else self._changed_marks(data)
        except Exception as exc:
            log.debug("reopening the copy failed on %s", self._source, exc_info=True)
            raise CorruptInput("标密副本复核失败：Word 无法打开生成的文件 (the marked copy does not reopen)",
                               path=self._source) from exc
        lines, footers = shown
        if lines != [copy.copy_number, self._facts.mark_line] or not footers or not all(
                copy.footer_label in footer for footer in footers):
            raise CorruptInput("标密副本复核失败：首页没有份号和密级标志 (the marked copy does not show its marks)",
                               path=self._source)
        self._verified = True
        return data

    def _changed_marks(self, data: bytes) -> tuple[list[str], list[str]]:
        """The first two body lines and each footer's text, from the rewritten parts only."""
        from lxml import etree

        template = self._template
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        footers: list[str] = []
        lines: list[str] = []
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if set(archive.namelist()) != set(template.entries):
                raise ValueError("the copy's parts differ from the stamped draft's")
            for name, part in template.changed.items():
                root = etree.fromstring(archive.read(name), parser)
                if part is template.document.part:
                    body = root.find(f"{{{W_NS}}}body")
                    lines = [_text(p).strip() for p in islice(body.iterchildren(f"{{{W_NS}}}p"), 2)]
                elif root.tag == f"{{{W_NS}}}ftr":
                    footers.append(_text(root))
            etree.fromstring(archive.read(template.custom_name), parser)
        return lines, footers

    def _render(self, copy: CopyFacts) -> bytes:
        template = self._template
        try:
            template.copy_number.text = copy.copy_number
            for label in template.labels:
                label.text = copy.footer_label
            text = watermark_text(self._facts, copy)
            style = _watermark_style(text)
            for shape, textpath in template.watermarks:
                shape.set("style", style)
                textpath.set("string", text)
            parts = {name: part.blob for name, part in template.changed.items()}
            parts[template.custom_name] = custom_properties_xml(template.custom_base,
                                                                metadata_values(self._facts, copy))
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, (info, raw) in template.entries.items():
                    if name in parts:
                        archive.writestr(name, parts[name])
                    else:
                        _copy_raw(archive, info, raw)
        except MijiError:
            raise
        except Exception as exc:
            raise self._damaged(exc) from exc
        return buffer.getvalue()


def _raw_entries(data: bytes) -> dict[str, tuple[zipfile.ZipInfo, bytes]]:
    """Each member of a zip as its entry and its stored (compressed) bytes, in order."""
    entries: dict[str, tuple[zipfile.ZipInfo, bytes]] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            head = info.header_offset
            name_length, extra_length = struct.unpack("<HH", data[head + 26:head + 30])
            start = head + 30 + name_length + extra_length
            entries[info.filename] = (info, data[start:start + info.compress_size])
    return entries


def _copy_raw(archive: zipfile.ZipFile, template: zipfile.ZipInfo, raw: bytes) -> None:
    """Append a member already compressed, as zipfile would have written it: the parts a copy
    does not change are deflated once per document, not once per copy (the bulk of a copy's cost).
    `zipfile` has no public call for this; the first copy of each document is reopened whole."""
    info = shallow_copy(template)
    info.extra = b""
    info.flag_bits &= ~0x08  # sizes are in the local header: no data descriptor follows
    assert archive.fp is not None
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader())
    archive.fp.write(raw)
    archive.filelist.append(info)
    archive.NameToInfo[info.filename] = info
    archive.start_dir = archive.fp.tell()


def _text(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(f"{{{W_NS}}}t"))


def _reopened_marks(data: bytes) -> tuple[list[str], list[str]]:
    """The copy reopened as Word would: its first two lines and every footer's text."""
    import docx

    reopened = docx.Document(io.BytesIO(data))
    lines = [p.text.strip() for p in reopened.paragraphs[:2]]
    footers = ["".join(p.text for p in section.footer.paragraphs) for section in reopened.sections]
    return lines, footers


def _refuse_dtd(data: bytes, source: Path) -> None:
    """OOXML forbids DTDs and Word refuses them; python-docx drops the declaration but keeps the
    entity references, so the copy would be a file no parser opens. Refused with the part named."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise CorruptInput("DOCX 无法解析 (unreadable Word file)", path=source) from exc
    with archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")) or info.file_size > 64 * 1024 * 1024:
                continue
            with archive.open(info) as part:
                head = part.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise CorruptInput(f"Word 文件的 {info.filename} 含有 DOCTYPE/实体声明，Word 不允许，无法安全标密 "
                                   f"(a DOCTYPE/entity declaration in {info.filename}: refused)", path=source)


def _story_parts(document: Any, done: set[str]) -> Iterator[tuple[Any, bool]]:
    """Each header and footer part that some page shows, once.

    A header "linked to previous" has no part of its own and shows the prior section's, so it is
    stamped there; python-docx creates the part when the first section has none.
    """
    even = bool(document.settings.odd_and_even_pages_header_footer)
    for section in document.sections:
        kinds = [(section.header, True), (section.footer, False)]
        if section.different_first_page_header_footer:
            kinds += [(section.first_page_header, True), (section.first_page_footer, False)]
        if even:
            kinds += [(section.even_page_header, True), (section.even_page_footer, False)]
        for story, is_header in kinds:
            part = story.part  # the definition in force: own, inherited, or newly added
            name = str(part.partname)
            if name in done:
                continue
            done.add(name)
            yield part, is_header


def _drop_lone_empty_paragraph(root: Any) -> None:
    """A header python-docx just created (or an empty one) holds one blank paragraph; replacing
    it keeps the mark from sitting under an empty line."""
    children = list(root)
    if (
        len(children) == 1
        and children[0].tag == f"{{{W_NS}}}p"
        and all(child.tag == f"{{{W_NS}}}pPr" for child in children[0])
    ):
        root.remove(children[0])


def set_custom_properties(document: Any, values: dict[str, str]) -> None:
    """Write `miji:<key>` properties, keeping any other custom properties the draft has."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    try:
        part = package.part_related_by(RT.CUSTOM_PROPERTIES)
    except KeyError:
        part = None
    blob = custom_properties_xml(part.blob if part is not None else None, values)
    if part is None:
        part = Part(PackURI(CUSTOM_PARTNAME), CT.OFC_CUSTOM_PROPERTIES, blob, package)
        package.relate_to(part, RT.CUSTOM_PROPERTIES)
    else:
        # python-docx loads custom.xml as a plain blob Part, which has no blob setter.
        part._blob = blob


def custom_properties_xml(existing: bytes | None, values: dict[str, str]) -> bytes:
    """The custom properties part with `miji:<key>` set to `values` and every other property of
    `existing` (the draft's part, if it has one) kept."""
    from lxml import etree

    if existing is not None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
        root = etree.fromstring(existing, parser)
        for prop in list(root):
            if prop.get("name", "").startswith(PROPERTY_PREFIX):
                root.remove(prop)
    else:
        root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    pids = [int(p.get("pid")) for p in root if (p.get("pid") or "").isdigit()]
    pid = max([1, *pids]) + 1
    for key, value in values.items():
        prop = etree.SubElement(
            root, f"{{{CUSTOM_NS}}}property", fmtid=USER_DEFINED_FMTID, pid=str(pid), name=PROPERTY_PREFIX + key
        )
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
        pid += 1
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
