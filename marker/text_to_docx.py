"""Text drafts become DOCX before marking: a mark must live inside a real page, and Word is
what the office opens."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from marker.documents import Document

_scratch: Path | None = None


def _scratch_dir() -> Path:
    global _scratch
    if _scratch is None:
        _scratch = Path(tempfile.mkdtemp(prefix="miji-text-"))
        atexit.register(shutil.rmtree, _scratch, True)
    return _scratch


def docx_from_text(document: Document) -> Path:
    """A DOCX holding the text's lines as paragraphs, in a private scratch folder."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.size = Pt(12)
    normal.font.name = "宋体"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for line in document.text.splitlines():
        word.add_paragraph(line)
    target = _scratch_dir() / f"{document.sha256}.docx"
    word.save(target)
    return target
