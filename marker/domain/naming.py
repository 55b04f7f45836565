"""File names Miji gives its outputs; kept under the file system's 255-byte limit."""

from __future__ import annotations

from pathlib import Path

MAX_NAME_BYTES = 240


def fit_stem(stem: str, room: int) -> str:
    """Shorten a stem so the whole name stays under the file system's 255-byte limit."""
    while len(stem.encode("utf-8")) > room:
        stem = stem[:-1]
    return stem


def copy_name(source: Path | str, registry: str, copy_no: str) -> str:
    """`<stem>.<registry>-<份号>.<ext>`; a text draft's copies are DOCX."""
    source = Path(source)
    suffix = source.suffix.lower()
    tail = f".{registry}-{copy_no}{'.docx' if suffix in ('.txt', '.md') else suffix}"
    return fit_stem(source.stem, MAX_NAME_BYTES - len(tail.encode("utf-8"))) + tail


def sidecar_name(name: str, suffix: str) -> str:
    """`<name><suffix>`, shortened if the name is near the limit."""
    return fit_stem(name, MAX_NAME_BYTES - len(suffix.encode("utf-8"))) + suffix
