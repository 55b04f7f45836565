"""File names Miji gives its outputs; kept under the file system's 255-byte limit."""

from __future__ import annotations

from pathlib import Path

MAX_NAME_BYTES = 240


def fit_stem(stem: str, room: int) -> str:
    """Shorten a stem so the whole name stays under the file system's 255-byte limit."""
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    return stem


# A copy is written in the modern format of its draft: text → DOCX, WPS and legacy Office → OOXML.
COPY_SUFFIX = {".txt": ".docx", ".md": ".docx", ".doc": ".docx", ".wps": ".docx", ".xls": ".xlsx", ".et": ".xlsx",
               ".ppt": ".pptx", ".dps": ".pptx", ".jpg": ".pdf", ".jpeg": ".pdf", ".png": ".pdf", ".tif": ".pdf",
               ".tiff": ".pdf"}


def copy_name(source: Path | str, registry: str, copy_no: str) -> str:
    """`<stem>.<registry>-<份号>.<ext>`, in the copy's format (COPY_SUFFIX)."""
    source = Path(source)
    suffix = source.suffix.lower()
    tail = f".{registry}-{copy_no}{COPY_SUFFIX.get(suffix, suffix)}"
    return fit_stem(source.stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))) + tail


def sidecar_name(name: str, suffix: str) -> str:
    """`<name><suffix>`, shortened if the name is near the limit."""
    return fit_stem(name, MAX_NAME_BYTES - len(suffix.encode("utf-8"))) + suffix
