"""Re-marking spreadsheets, presentations and OFD: strike the old mark, write the new one (or
解密 and the date) beside it, and rewrite Miji's facts.

XLSX: the mark lives in every sheet's page header; Excel's header code `&S` strikes text, so
the old mark becomes `&S…&S` followed by the new one. The sheet XML is edited in the package,
so nothing else of the workbook (formulas, the header picture) is touched. PPTX: the mark line
and the footer of every slide get struck runs (`strike="sngStrike"`) and a new run beside them.
OFD: marker.render.rewrite_ofd. The newest mark is always the unstruck one, so a document
re-marked twice is struck at its latest mark.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from typing import Any

from marker.domain.mark_text import recognise_mark
from marker.domain.marks import Change
from marker.errors import CorruptInput, MijiError
from marker.render.ooxml import with_custom_properties

log = logging.getLogger(__name__)


def rewrite_office(kind: str, data: bytes, change: Change, *, old_level: str | None, name: str = "") -> bytes:
    """The re-marked bytes of an XLSX, PPTX or OFD copy; `data` itself is left as it is."""
    try:
        if kind == "xlsx":
            return with_custom_properties(_rewrite_xlsx(data, change, old_level, name), change.values)
        if kind == "pptx":
            return with_custom_properties(_rewrite_pptx(data, change, old_level, name), change.values)
        if kind == "ofd":
            from marker.render.rewrite_ofd import rewrite_ofd

            return rewrite_ofd(data, change, old_level=old_level, name=name)
    except MijiError:
        raise
    except Exception as exc:
        log.debug("re-marking failed on %s", name, exc_info=True)
        raise CorruptInput(f"{kind.upper()} 无法改标 (cannot re-mark this file)", path=name or None) from exc
    raise CorruptInput(f"不能改标 {kind} 文件 (this format is not re-marked)", path=name or None)


# --- XLSX ---------------------------------------------------------------------------------------
_SECTION = re.compile(r"&[LCR]")
_HEADERS = ("oddHeader", "evenHeader", "firstHeader")
SS_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _restrike_left(text: str, old_level: str | None, change: Change) -> str | None:
    """The header with its left section's live mark struck and the new one after it; None when
    the left section carries no mark of `old_level`."""
    sections = [(m.start(), m.group()) for m in _SECTION.finditer(text)]
    left = next((i for i, (_, code) in enumerate(sections) if code == "&L"), None)
    if left is None:
        return None
    start = sections[left][0] + 2
    end = sections[left + 1][0] if left + 1 < len(sections) else len(text)
    section = text[start:end]
    struck_to = section.rfind("&S")
    live_from = struck_to + 2 if struck_to >= 0 else 0
    live = section[live_from:]
    match = re.search(r"\d{6}\s+", live) if struck_to < 0 else re.match(r"\s*", live)
    mark_from = match.end() if match else 0
    mark = live[mark_from:].strip()
    seen = recognise_mark([mark.replace("&&", "&")]) if mark else None
    if seen is None or (old_level and seen.level != old_level):
        return None
    new = change.line(seen.owner).replace("&", "&&")
    rebuilt = section[:live_from] + live[:mark_from] + f"&S{mark}&S {new}"
    return text[:start] + rebuilt + text[end:]


def _restrike_right(text: str, old_level: str | None, change: Change) -> str:
    """The running "密级  登记号" of the right section: the level struck, the new one (or 解密) after it."""
    new = "解密" if change.declassified is not None else (change.new_level or "")
    registry = change.values.get("registry", "")
    if not old_level or not new or new == old_level or not registry:
        return text
    found = re.search(r"&R(?:&\d+\s?)?" + re.escape(f"{old_level}  {registry}"), text)
    if found is None:
        return text
    at = found.end() - len(f"{old_level}  {registry}")
    return text[:at] + f"&S{old_level}&S {new}  " + text[at + len(old_level) + 2:]


def _rewrite_xlsx(data: bytes, change: Change, old_level: str | None, name: str) -> bytes:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    source = zipfile.ZipFile(io.BytesIO(data))
    changed: dict[str, bytes] = {}
    for part in source.namelist():
        if not (part.startswith("xl/worksheets/") and part.endswith(".xml")):
            continue
        root = etree.fromstring(source.read(part), parser)
        touched = False
        for tag in _HEADERS:
            for header in root.iter(f"{{{SS_NS}}}{tag}"):
                rebuilt = _restrike_left(header.text or "", old_level, change)
                if rebuilt is not None:
                    header.text = _restrike_right(rebuilt, old_level, change)
                    touched = True
        if touched:
            changed[part] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if not changed:
        raise CorruptInput("页眉中找不到原密级标志 (cannot find the old mark in the sheet headers)", path=name or None)
    return replace_parts(source, changed)


def replace_parts(source: zipfile.ZipFile, changed: dict[str, bytes]) -> bytes:
    """The package with some parts replaced, every other part copied as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, changed.get(info.filename, source.read(info.filename)),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# --- PPTX ---------------------------------------------------------------------------------------
def _struck(run: Any) -> bool:
    properties = run._r.rPr
    return properties is not None and properties.get("strike", "noStrike") != "noStrike"


def _live_text(paragraph: Any) -> str:
    return "".join(run.text for run in paragraph.runs if not _struck(run))


def _strike_and_add(paragraph: Any, text: str) -> None:
    template = None
    for run in paragraph.runs:
        if not _struck(run) and run.text.strip():
            run._r.get_or_add_rPr().set("strike", "sngStrike")
            template = run
    added = paragraph.add_run()
    added.text = text
    if template is not None:
        added.font.size, added.font.bold, added.font.name = template.font.size, template.font.bold, template.font.name
        if template.font.color and template.font.color.type is not None:
            added.font.color.rgb = template.font.color.rgb


def _rewrite_pptx(data: bytes, change: Change, old_level: str | None, name: str) -> bytes:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    registry = change.values.get("registry", "")
    level_text = "解密" if change.declassified is not None else (change.new_level or "")
    found = False
    for slide in deck.slides:
        for shape in slide.shapes:
            if not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
                continue
            for paragraph in shape.text_frame.paragraphs:
                live = _live_text(paragraph).strip()
                seen = recognise_mark([live]) if live else None
                if seen is not None and (not old_level or seen.level == old_level):
                    _strike_and_add(paragraph, " " + change.line(seen.owner))
                    found = True
                elif old_level and registry and live.startswith(f"{old_level}  {registry}") and level_text:
                    _strike_and_add(paragraph, " " + level_text)
    if not found:
        raise CorruptInput("幻灯片上找不到原密级标志 (cannot find the old mark on the slides)", path=name or None)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
