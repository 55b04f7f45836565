"""The recipient's own characters as a tiny TrueType font of their own (issue 18).

A copy to another person must not carry anyone else's glyphs, so the glyphs of a 发放对象 that
are not in the document's shared subset go into a second, per-copy font. MuPDF's subsetter
keeps every glyph id (a 400 kB program, deflated, of varying size) and costs about 20 ms per
character set; this one copies the few glyphs out of Droid Sans Fallback, numbered 1…n, with a
cmap for just those characters: microseconds per name once the font's tables were read (once per
process). Its output is small and uncompressed, so a template copy can reserve a fixed number of
bytes for it and patch it in place.
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pymupdf

# The tables a PDF TrueType program for a CID font needs (glyf, head, hhea, hmtx, loca, maxp), plus
# a cmap (for the copies' checks and readers that look) and the small descriptive ones readers expect.
_KEPT = ("OS/2", "head", "hhea", "maxp", "name", "post")
_COMPOSITE_MORE, _WORDS, _SCALE, _XY_SCALE, _TWO_BY_TWO = 0x20, 0x01, 0x08, 0x40, 0x80


class TrueType:
    """Read access to one TrueType font's tables (any font: the tests read copies' programs too)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        count = struct.unpack_from(">H", data, 4)[0]
        self.tables: dict[str, tuple[int, int]] = {}
        for index in range(count):
            tag, _, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
            self.tables[tag.decode("latin-1")] = (offset, length)
        head = self.tables["head"][0]
        self.units_per_em = struct.unpack_from(">H", data, head + 18)[0]
        self.bbox = struct.unpack_from(">hhhh", data, head + 36)
        self._long_loca = struct.unpack_from(">h", data, head + 50)[0] == 1
        self.glyph_count = struct.unpack_from(">H", data, self.tables["maxp"][0] + 4)[0]
        self._hmetrics = struct.unpack_from(">H", data, self.tables["hhea"][0] + 34)[0]

    def table(self, tag: str) -> bytes:
        offset, length = self.tables[tag]
        return self.data[offset:offset + length]

    def glyph(self, gid: int) -> bytes:
        """The glyf record of one glyph (empty for a glyph without outline)."""
        loca = self.tables["loca"][0]
        if self._long_loca:
            start, end = struct.unpack_from(">II", self.data, loca + 4 * gid)
        else:
            start, end = (2 * v for v in struct.unpack_from(">HH", self.data, loca + 2 * gid))
        glyf = self.tables["glyf"][0]
        return self.data[glyf + start:glyf + end]

    def metrics(self, gid: int) -> tuple[int, int]:
        """Advance width and left side bearing, in font units."""
        hmtx = self.tables["hmtx"][0]
        last = self._hmetrics - 1
        advance = struct.unpack_from(">H", self.data, hmtx + 4 * min(gid, last))[0]
        if gid <= last:
            lsb = struct.unpack_from(">h", self.data, hmtx + 4 * gid + 2)[0]
        else:
            lsb = struct.unpack_from(">h", self.data, hmtx + 4 * self._hmetrics + 2 * (gid - self._hmetrics))[0]
        return advance, lsb

    def cmap(self) -> dict[int, int]:
        """Code point → glyph id from the (3,1) format 4 and (3,10) format 12 subtables (none
        in a program without a cmap, as MuPDF's subsets of a CID font are)."""
        if "cmap" not in self.tables:
            return {}
        data, base = self.data, self.tables["cmap"][0]
        found: dict[int, int] = {}
        for index in range(struct.unpack_from(">H", data, base + 2)[0]):
            platform, encoding, offset = struct.unpack_from(">HHI", data, base + 4 + 8 * index)
            at = base + offset
            kind = struct.unpack_from(">H", data, at)[0]
            if (platform, encoding, kind) == (3, 1, 4):
                found.update(_read_format4(data, at))
            elif (platform, encoding, kind) == (3, 10, 12):
                for group in range(struct.unpack_from(">I", data, at + 12)[0]):
                    first, last, gid = struct.unpack_from(">III", data, at + 16 + 12 * group)
                    found.update({code: gid + code - first for code in range(first, last + 1)})
        return {code: gid for code, gid in found.items() if gid}


def components(record: bytes) -> list[tuple[int, int]]:
    """Where each component glyph id of a composite glyph record sits, and its value."""
    if len(record) < 10 or struct.unpack_from(">h", record, 0)[0] >= 0:
        return []
    found, at = [], 10
    while True:
        flags, gid = struct.unpack_from(">HH", record, at)
        found.append((at + 2, gid))
        at += 4 + (4 if flags & _WORDS else 2)
        at += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
        if not flags & _COMPOSITE_MORE:
            return found


@dataclass(frozen=True, slots=True)
class OwnFont:
    """A font of a few characters: the program, each character's glyph id in it (its CID under
    /CIDToGIDMap /Identity) and advance in 1/1000 em, and the ToUnicode CMap for its CIDs."""

    program: bytes
    cids: dict[str, int]
    widths: dict[str, int]
    to_unicode: bytes


@functools.cache
def cjk_font() -> pymupdf.Font:
    """pymupdf's built-in Droid Sans Fallback; its glyph ids survive MuPDF's subsetting."""
    import pymupdf

    return pymupdf.Font("cjk")


@functools.cache
def _droid() -> TrueType:
    return TrueType(bytes(cjk_font().buffer))


def font_bbox() -> tuple[int, ...]:
    """Droid Sans Fallback's bounding box in 1/1000 em, for the font descriptor."""
    source = _droid()
    return tuple(round(v * 1000 / source.units_per_em) for v in source.bbox)


def own_font(chars: Iterable[str]) -> OwnFont:
    """The font for `chars` (those Droid Sans Fallback lacks are left out)."""
    return _own_font("".join(sorted(set(chars))))


@functools.lru_cache(maxsize=1024)
def _own_font(chars: str) -> OwnFont:
    source, font = _droid(), cjk_font()
    order, index, cids = [0], {0: 0}, {}
    for char in chars:
        gid = font.has_glyph(ord(char)) if char.isprintable() else 0
        if gid:
            if gid not in index:
                index[gid] = len(order)
                order.append(gid)
            cids[char] = index[gid]
    at = 0
    while at < len(order):  # a composite glyph brings its components
        for _, gid in components(source.glyph(order[at])):
            if gid not in index:
                index[gid] = len(order)
                order.append(gid)
        at += 1
    glyphs, loca, offset = [], [], 0
    for gid in order:
        record = bytearray(source.glyph(gid))
        for where, old in components(bytes(record)):
            struct.pack_into(">H", record, where, index[old])
        record += b"\0" * (-len(record) % 4)
        loca.append(offset)
        glyphs.append(bytes(record))
        offset += len(record)
    loca.append(offset)
    metrics = [source.metrics(gid) for gid in order]
    count = len(order)
    tables = {tag: bytearray(source.table(tag)) for tag in _KEPT if tag in source.tables}
    struct.pack_into(">h", tables["head"], 50, 1)  # long loca offsets
    struct.pack_into(">I", tables["head"], 8, 0)  # checkSumAdjustment, set below
    struct.pack_into(">H", tables["hhea"], 34, count)
    struct.pack_into(">H", tables["maxp"], 4, count)
    if "post" in tables:  # format 3: no glyph names, which would name the original glyph ids
        tables["post"] = bytearray(struct.pack(">I", 0x00030000) + bytes(tables["post"][4:32]))
    tables["glyf"] = bytearray(b"".join(glyphs))
    tables["loca"] = bytearray(struct.pack(f">{count + 1}I", *loca))
    tables["hmtx"] = bytearray(b"".join(struct.pack(">Hh", a, b) for a, b in metrics))
    tables["cmap"] = bytearray(_cmap_table({ord(c): cid for c, cid in cids.items()}))
    program = _assemble(tables)
    units = source.units_per_em
    widths = {char: metrics[cid][0] * 1000 // units for char, cid in cids.items()}  # as MuPDF writes /W
    return OwnFont(program, cids, widths, _to_unicode(cids))


def _assemble(tables: dict[str, bytearray]) -> bytes:
    """An sfnt file from its tables: directory, each table 4-byte aligned, head's checksum set."""
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    offset = 12 + 16 * count
    directory, body = [], []
    for tag in tags:
        data = bytes(tables[tag])
        directory.append(struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    font = bytearray(header + b"".join(directory) + b"".join(body))
    head = 12 + 16 * count + sum(len(b) for b in body[:tags.index("head")])
    struct.pack_into(">I", font, head + 8, (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF)
    return bytes(font)


def _checksum(data: bytes) -> int:
    data += b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(data) // 4}I", data)) & 0xFFFFFFFF


def _cmap_table(codes: dict[int, int]) -> bytes:
    """A cmap of (3,1) format 4 for the BMP characters and, when any lies beyond, (3,10) format 12."""
    bmp = sorted((code, gid) for code, gid in codes.items() if code < 0xFFFF)
    segments = [*bmp, (0xFFFF, 0)]
    count = len(segments)
    power = 1 << (count.bit_length() - 1)
    ends = [code for code, _ in segments]
    deltas = [(gid - code) % 0x10000 if code != 0xFFFF else 1 for code, gid in segments]
    body = (struct.pack(f">{count}H", *ends) + b"\0\0" + struct.pack(f">{count}H", *ends)
            + struct.pack(f">{count}H", *deltas) + b"\0\0" * count)
    format4 = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, count * 2, power * 2, power.bit_length() - 1,
                          count * 2 - power * 2) + body
    subtables = [(3, 1, format4)]
    wide = sorted(codes.items())
    if any(code > 0xFFFF for code, _ in wide):
        groups = b"".join(struct.pack(">III", code, code, gid) for code, gid in wide)
        subtables.append((3, 10, struct.pack(">HHIII", 12, 0, 16 + len(groups), 0, len(wide)) + groups))
    offset = 4 + 8 * len(subtables)
    records, data = [], []
    for platform, encoding, table in subtables:
        records.append(struct.pack(">HHI", platform, encoding, offset))
        data.append(table)
        offset += len(table)
    return struct.pack(">HH", 0, len(subtables)) + b"".join(records) + b"".join(data)


def _read_format4(data: bytes, at: int) -> dict[int, int]:
    count = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{count}H", data, at + 14)
    starts = struct.unpack_from(f">{count}H", data, at + 16 + 2 * count)
    deltas = struct.unpack_from(f">{count}H", data, at + 16 + 4 * count)
    ranges_at = at + 16 + 6 * count
    ranges = struct.unpack_from(f">{count}H", data, ranges_at)
    found: dict[int, int] = {}
    for segment, (start, end, delta, offset) in enumerate(zip(starts, ends, deltas, ranges, strict=True)):
        if start == 0xFFFF:
            continue
        for code in range(start, end + 1):
            if offset == 0:
                gid = (code + delta) % 0x10000
            else:
                where = ranges_at + 2 * segment + offset + 2 * (code - start)
                gid = struct.unpack_from(">H", data, where)[0]
                gid = (gid + delta) % 0x10000 if gid else 0
            found[code] = gid
    return found


def _to_unicode(cids: dict[str, int]) -> bytes:
    """A ToUnicode CMap for the font's CIDs (text extraction, search, copy and paste)."""
    pairs = sorted((cid, char) for char, cid in cids.items())
    lines = []
    for start in range(0, len(pairs), 100):
        block = pairs[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{cid:04X}> <{char.encode('utf-16-be').hex().upper()}>" for cid, char in block)
        lines.append("endbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "".join(line + "\n" for line in lines)
            + "endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n").encode()
