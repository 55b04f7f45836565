"""Text drafts become DOCX before marking: a mark must live inside a real page, and Word is
what the office opens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marker.domain.marks import MarkFacts
from marker.reading.documents import Document

if TYPE_CHECKING:
    from marker.render.docx import DocxStamper


def docx_stamper_for_text(document: Document, facts: MarkFacts) -> DocxStamper:
    """A DOCX stamper over the text's lines laid out as paragraphs, once: the stamper takes the
    built tree itself (nothing is saved and parsed again), so a killed worker leaves nothing behind."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    from marker.render.docx import DocxStamper

    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.size = Pt(12)
    normal.font.name = "宋体"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for line in document.text.splitlines():
        word.add_paragraph(line)
    return DocxStamper(document.path, facts, document=word)
