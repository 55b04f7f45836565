"""Re-marking a DOCX: the runs of the mark paragraph get w:strike, a run with the new mark follows.

The mark paragraph is the first body paragraph whose *unstruck* text is a mark, so a document
re-marked before is struck at its newest mark; the custom properties are rewritten with
`stamp_docx`'s writer.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from marker.domain.mark_text import MARK_LINES, VisibleMark, recognise_mark
from marker.domain.marks import Change
from marker.errors import CorruptInput, MijiError
from marker.render.docx import (
    MARK_SIZE_HALF_POINTS,
    W_NS,
    escape_xml,
    run_properties,
    set_custom_properties,
)

log = logging.getLogger(__name__)
SEARCH_PARAGRAPHS = MARK_LINES + 4


def rewrite_docx(data: bytes, change: Change, *, old_level: str | None, name: str = "",
                 document: Any = None) -> bytes:
    """The re-marked DOCX's bytes; `data` itself is left as it is. `document` is `data` as its
    reader parsed it (then changed here instead of parsing `data` again)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    if document is None:
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:
            raise CorruptInput("DOCX 无法解析 (unreadable Word file)", path=name or None) from exc
    try:
        found = find_mark_paragraph(document, old_level)
        if found is None:
            raise CorruptInput("找不到原密级标志段落 (cannot find the old mark paragraph)", path=name or None)
        paragraph, visible = found
        strike_runs(paragraph)
        paragraph.append(_new_run(" " + change.line(visible.owner)))
        header_text = "解密" if change.declassified is not None else (change.new_level or "")
        changed = [document.part]
        if header_text and header_text != old_level:
            changed += strike_headers(document, old_level, change.values.get("registry", ""), header_text)
        set_custom_properties(document, change.values)
        changed.append(document.part.package.part_related_by(RT.CUSTOM_PROPERTIES))
        buffer = io.BytesIO()
        document.save(buffer)
        _check_reopens(buffer.getvalue(), [part.partname.membername for part in changed])
    except MijiError:
        raise
    except Exception as exc:
        log.debug("re-marking failed on %s", name, exc_info=True)
        raise CorruptInput("DOCX 无法改标 (cannot re-mark this Word file)",
                           path=name or None) from exc
    return buffer.getvalue()


def _runs(paragraph: Any) -> list[Any]:
    return paragraph.findall(f"{{{W_NS}}}r")


def _struck(run: Any) -> bool:
    strike = run.find(f"{{{W_NS}}}rPr/{{{W_NS}}}strike")
    return strike is not None and strike.get(f"{{{W_NS}}}val", "true") not in ("0", "false")


def live_text(paragraph: Any) -> str:
    """The paragraph's text without struck runs: what the mark says now."""
    return "".join(t.text or "" for run in _runs(paragraph) if not _struck(run)
                   for t in run.iter(f"{{{W_NS}}}t"))


def find_mark_paragraph(document: Any, level: str | None) -> tuple[Any, VisibleMark] | None:
    body = document.element.body
    for paragraph in body.iterchildren(f"{{{W_NS}}}p"):
        text = live_text(paragraph)
        visible = recognise_mark([text]) if text.strip() else None
        if visible is not None and (not level or visible.level == level):
            return paragraph, visible
        if paragraph.getparent().index(paragraph) > SEARCH_PARAGRAPHS:
            break
    return None


def strike_runs(paragraph: Any) -> None:
    from docx.oxml import OxmlElement

    for run in _runs(paragraph):
        if _struck(run) or not "".join(t.text or "" for t in run.iter(f"{{{W_NS}}}t")).strip():
            continue
        properties = run.find(f"{{{W_NS}}}rPr")
        if properties is None:
            properties = OxmlElement("w:rPr")
            run.insert(0, properties)
        strike = OxmlElement("w:strike")
        # CT_RPr wants w:strike before sizes, colours and the rest; after fonts and b/i is fine.
        anchor = None
        for tag in ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps"):
            found = properties.find(f"{{{W_NS}}}{tag}")
            if found is not None:
                anchor = found
        if anchor is None:
            properties.insert(0, strike)
        else:
            anchor.addnext(strike)


def strike_headers(document: Any, old_level: str | None, registry: str, text: str) -> list[Any]:
    """In every section's headers, strike the running "密级  登记号" line and add the new level
    (or 解密) after it, so no page keeps showing a level the document no longer has. Returns the
    header parts changed."""
    if not old_level or not registry:
        return []
    wanted = f"{old_level}  {registry}"
    changed: list[Any] = []
    seen: set[int] = set()
    for section in document.sections:
        for part in (section.header, section.first_page_header, section.even_page_header):
            if part.is_linked_to_previous or id(part._element) in seen:
                continue
            seen.add(id(part._element))
            for paragraph in part._element.iter(f"{{{W_NS}}}p"):
                if live_text(paragraph).strip() == wanted:
                    strike_runs(paragraph)
                    paragraph.append(_new_run(" " + text, size_half_points=21))
                    if part.part not in changed:
                        changed.append(part.part)
    return changed


def _check_reopens(data: bytes, changed: list[str]) -> None:
    """The re-marked file must reopen, as a new copy must: the package and every part this
    rewrite changed are parsed again (the others are python-docx's own serialisation of what it
    parsed, unchanged)."""
    import zipfile

    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in ("[Content_Types].xml", *changed):
            etree.fromstring(archive.read(name), parser)


def _new_run(text: str, size_half_points: int = MARK_SIZE_HALF_POINTS) -> Any:
    from docx.oxml import parse_xml

    return parse_xml(f'<w:r xmlns:w="{W_NS}">{run_properties(size_half_points)}'
                     f'<w:t xml:space="preserve">{escape_xml(text)}</w:t></w:r>')
