"""Hostile files built in code for the daemon's fault tests: a nested-form PDF bomb, a sparse file."""

from __future__ import annotations

import os
from pathlib import Path


def nested_form_pdf(path: Path, *, depth: int = 12, fanout: int = 10) -> Path:
    """A few KB of PDF whose one page draws form X<depth>, which draws X<depth-1> `fanout` times,
    and so on: fanout**depth text draws (10¹² by default) for any reader that renders or extracts."""
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        f"/Resources << /XObject << /X {6 + depth} 0 R >> >> >>".encode(),
        None,  # type: ignore[list-item]  # page content, below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    page = b"q /X Do Q"
    objects[3] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(page), page)
    leaf = b"BT /F1 12 Tf 10 10 Td (x) Tj ET"
    objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                   b"/Length %d >>\nstream\n%s\nendstream" % (len(leaf), leaf))
    for level in range(1, depth + 1):
        body = b" ".join([b"q /Y Do Q"] * fanout)
        objects.append(b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                       b"/Resources << /XObject << /Y %d 0 R >> >> /Length %d >>\nstream\n%s\nendstream"
                       % (5 + level, len(body), body))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def sparse_file(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no disk space (a hole): cheap to make, slow to hash."""
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.4\n")
        os.ftruncate(handle.fileno(), size)
    return path
