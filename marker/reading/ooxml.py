"""Office Open XML packages (DOCX, XLSX, PPTX): the type check and Miji's custom properties."""

from __future__ import annotations

import zipfile
from pathlib import Path

from marker.errors import EncryptedInput, WrongTypeInput
from marker.reading.zipped import guarded_zip
from marker.settings import Limits


def open_package(
    data: bytes, path: Path, sniffed: str, limits: Limits, *, label: str, required: str
) -> zipfile.ZipFile:
    """The OOXML zip, after the zip-bomb and type checks (`required` is the part that makes it a
    `label` file, e.g. word/document.xml)."""
    if sniffed == "ole":
        if "EncryptedPackage".encode("utf-16-le") in data[:1 << 20] or b"EncryptedPackage" in data:
            raise EncryptedInput(f"{label} 已加密，需要密码 (password-protected {label} file)", path=path)
        raise WrongTypeInput(f"这是旧版 Office 文件，请另存为 .{label.lower()} (legacy Office file, not {label})",
                             path=path)
    if sniffed != "zip":
        raise WrongTypeInput(f"文件内容与扩展名不符：不是 {label} (the bytes are {sniffed}, not {label})", path=path)
    archive = guarded_zip(data, path, limits, label=label)
    names = set(archive.namelist())
    if required not in names or "[Content_Types].xml" not in names:
        raise WrongTypeInput(f"压缩包不是 {label} 文件 (zip is not a {label} file)", path=path)
    return archive


def custom_properties(archive: zipfile.ZipFile) -> dict[str, str]:
    """Miji's keys from docProps/custom.xml (`miji:level` ...), parsed without entity expansion."""
    from lxml import etree

    try:
        raw = archive.read("docProps/custom.xml")
    except KeyError:
        return {}
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        return {}
    found: dict[str, str] = {}
    for prop in root:
        name = prop.get("name", "")
        if name.startswith("miji:") and len(prop):
            found[name[5:]] = prop[0].text or ""
    return found
