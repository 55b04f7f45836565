"""Miji's facts in an Office Open XML package's custom properties (docProps/custom.xml).

Done on the saved zip, so XLSX and PPTX share one code path whatever library wrote them; the
reader (marker.reading.ooxml.custom_properties) gets them back for re-marking and pre-flight.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
PART = "docProps/custom.xml"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
PREFIX = "miji:"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)


def with_custom_properties(data: bytes, values: dict[str, str]) -> bytes:
    """The package with `miji:<key>` properties set (other custom properties kept)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    root = (etree.fromstring(source.read(PART), _PARSER) if PART in names
            else etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS}))
    for prop in list(root):
        if prop.get("name", "").startswith(PREFIX):
            root.remove(prop)
    pid = max([1, *(int(p.get("pid")) for p in root if (p.get("pid") or "").isdigit())]) + 1
    for key, value in values.items():
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=FMTID, pid=str(pid), name=PREFIX + key)
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
        pid += 1
    parts = {name: source.read(name) for name in names}
    parts[PART] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["[Content_Types].xml"] = _with_override(parts["[Content_Types].xml"])
    parts["_rels/.rels"] = _with_relationship(parts.get("_rels/.rels"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in ["[Content_Types].xml", *[n for n in parts if n != "[Content_Types].xml"]]:
            target.writestr(name, parts[name])
    return out.getvalue()


def _with_override(raw: bytes) -> bytes:
    root = etree.fromstring(raw, _PARSER)
    if not any(o.get("PartName") == f"/{PART}" for o in root.iter(f"{{{CT_NS}}}Override")):
        etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=f"/{PART}", ContentType=CUSTOM_TYPE)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _with_relationship(raw: bytes | None) -> bytes:
    root = etree.fromstring(raw, _PARSER) if raw else etree.Element(f"{{{REL_NS}}}Relationships",
                                                                     nsmap={None: REL_NS})
    relationships = list(root.iter(f"{{{REL_NS}}}Relationship"))
    if not any(r.get("Type") == CUSTOM_REL for r in relationships):
        taken = {r.get("Id") for r in relationships}
        number = 1
        while f"rIdMiji{number}" in taken:
            number += 1
        etree.SubElement(root, f"{{{REL_NS}}}Relationship", Id=f"rIdMiji{number}", Type=CUSTOM_REL, Target=PART)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
