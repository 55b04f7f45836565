"""What a file really is, by its first bytes: an extension is a claim, not a fact."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

Sniffed = Literal["pdf", "zip", "ole", "jpeg", "png", "gif", "tiff", "text", "binary", "empty"]

_MAGIC: tuple[tuple[bytes, Sniffed], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
DOCUMENT_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".xlsx": "xlsx", ".pptx": "pptx", ".txt": "txt", ".md": "txt",
                     ".doc": "legacy", ".wps": "legacy", ".xls": "legacy", ".et": "legacy", ".ppt": "legacy",
                     ".dps": "legacy", ".jpg": "image", ".jpeg": "image", ".png": "image", ".tif": "image",
                     ".tiff": "image", ".ofd": "ofd"}


def sniff(head: bytes) -> Sniffed:
    """Classify the first kilobytes of a file."""
    if not head:
        return "empty"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    return "text"


def sniff_path(path: Path) -> Sniffed:
    with path.open("rb") as handle:
        return sniff(handle.read(4096))


def kind_for_suffix(path: Path) -> str | None:
    return DOCUMENT_SUFFIXES.get(path.suffix.lower())
