"""A small TrueType font holding only the characters of the marks, for embedding in an OFD.

An OFD reader maps a text object's characters to glyphs through the embedded font's `cmap`.
MuPDF's subset of the built-in CJK font (the one the PDF stamper embeds, marker.render.pdf) keeps
the glyph ids but drops the `cmap`, which a PDF does not need; here a format-4 `cmap` and a
format-3 `post` are added back, so the subset is a complete font file of a few kilobytes once
zipped.
"""

from __future__ import annotations

import functools
import struct
import zlib
from collections.abc import Iterable
from typing import Any

from marker.render.pdf import font_for


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _tables(font: bytes) -> dict[bytes, bytes]:
    count = struct.unpack(">H", font[4:6])[0]
    found: dict[bytes, bytes] = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", font[12 + 16 * i: 28 + 16 * i])
        found[tag] = font[offset: offset + length]
    return found


def _cmap(mapping: dict[int, int]) -> bytes:
    """A format-4 table (Unicode BMP, platform 3 encoding 1): one segment per character."""
    codes = sorted(c for c in mapping if c < 0xFFFF)
    ends = [*codes, 0xFFFF]
    starts = [*codes, 0xFFFF]
    deltas = [(mapping[c] - c) & 0xFFFF for c in codes] + [1]
    segments = len(ends)
    search = 2 ** (segments.bit_length() - 1)
    body = struct.pack(">HHHH", segments * 2, search * 2, search.bit_length() - 1, segments * 2 - search * 2)
    body += struct.pack(f">{segments}H", *ends) + b"\0\0" + struct.pack(f">{segments}H", *starts)
    body += struct.pack(f">{segments}H", *deltas) + struct.pack(f">{segments}H", *([0] * segments))
    table = struct.pack(">HHH", 4, 6 + len(body), 0) + body
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + table


def _post() -> bytes:
    """Version 3: no glyph names (all a renderer needs)."""
    return struct.pack(">IIhhIIIII", 0x00030000, 0, -100, 50, 0, 0, 0, 0, 0)


def _assemble(tables: dict[bytes, bytes]) -> bytes:
    tags = sorted(tables)
    count = len(tags)
    search = 2 ** (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, search * 16, search.bit_length() - 1, count * 16 - search * 16)
    offset = 12 + 16 * count
    directory = b""
    body = b""
    head_at = 0
    for tag in tags:
        data = tables[tag]
        if tag == b"head":
            data = data[:8] + b"\0\0\0\0" + data[12:]
            head_at = offset + len(body)
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    font = bytearray(header + directory + body)
    adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    font[head_at + 8: head_at + 12] = struct.pack(">I", adjustment)
    return bytes(font)


@functools.cache
def _cjk_font() -> object:
    """The built-in CJK font MuPDF subsets in font_for (the same glyph ids)."""
    import pymupdf

    return pymupdf.Font("cjk")


@functools.lru_cache(maxsize=32)
def _font_file(chars: str) -> bytes:
    subset = font_for(chars)
    source, stream = next((src, s) for src, s in zip(subset.sources, subset.streams, strict=True)
                          if s is not None and "/Length1" in src)
    if "FlateDecode" in source:  # the PDF stamper keeps its subset streams as stored
        stream = zlib.decompress(stream)
    tables = {tag: data for tag, data in _tables(stream).items() if tag not in (b"cmap", b"post")}
    face: Any = _cjk_font()
    mapping = {ord(c): face.has_glyph(ord(c)) for c in chars if face.has_glyph(ord(c))}
    tables[b"cmap"] = _cmap(mapping)
    tables[b"post"] = _post()
    return _assemble(tables)


def mark_font(chars: Iterable[str]) -> bytes:
    """The font file for these characters (a missing one shows as `?`)."""
    return _font_file("".join(sorted(set(chars) | {"?"})))


def advance(char: str) -> float:
    """Advance width of one character at size 1 (as the font draws it)."""
    face: Any = _cjk_font()
    return face.glyph_advance(ord(char)) if face.has_glyph(ord(char)) else face.glyph_advance(ord("?"))
