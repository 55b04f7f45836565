"""Zip containers (OOXML, OFD): the zip-bomb guard every zip-based reader goes through first."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from marker.errors import CorruptInput, TooLargeInput
from marker.settings import Limits


def guarded_zip(data: bytes, path: Path, limits: Limits, *, label: str) -> zipfile.ZipFile:
    """The archive, once its member count, total size and per-member ratio are within the limits:
    a parser never inflates a bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CorruptInput(f"{label} 压缩包已损坏 (corrupt zip)", path=path) from exc
    if len(members) > limits.max_zip_members:
        raise TooLargeInput(f"{label} 含 {len(members)} 个部件，超过上限 {limits.max_zip_members} (zip bomb guard)",
                            path=path)
    total = sum(member.file_size for member in members)
    if total > limits.max_zip_uncompressed:
        raise TooLargeInput(f"{label} 解压后 {total / 1048576:.0f} MB，超过上限 (zip bomb guard)", path=path)
    for member in members:
        if member.compress_size and member.file_size / member.compress_size > limits.max_zip_ratio \
                and member.file_size > 10 * 1024 * 1024:
            raise TooLargeInput(f"{label} 部件 {member.filename} 压缩比异常 (zip bomb guard)", path=path)
    return archive
