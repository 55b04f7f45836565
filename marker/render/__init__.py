"""Bytes to marked bytes, one module per format; re-marking uses the same modules.

`stamper_for` is the one public entry for issuing copies: it picks the format's stamper. Each
stamper can `rehearse` a copy in memory (so a file that cannot be stamped is refused before a
登记号 is taken) and `write_copy` atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from marker.errors import UnsupportedInput

if TYPE_CHECKING:
    from marker.domain.marks import CopyFacts, MarkFacts
    from marker.reading.documents import Document


class Stamper(Protocol):
    def rehearse(self, copy: CopyFacts) -> str: ...

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str: ...

    def close(self) -> None: ...


def stamper_for(document: Document, facts: MarkFacts) -> Stamper:
    """The stamper of the document's format; text drafts become DOCX; a WPS or legacy Office file
    is stamped from its conversion (made again if this process has not got it)."""
    if document.converted_from is not None:
        document = _converted(document)
    if document.kind == "pdf":
        from marker.render.pdf import PdfStamper

        return PdfStamper(document.path, facts)
    if document.kind == "image":  # a scan is marked as a PDF copy of its images
        from marker.render.pdf import PdfStamper, image_as_pdf

        return PdfStamper(image_as_pdf(document.path), facts)
    if document.kind == "docx":
        from marker.render.docx import DocxStamper

        return DocxStamper(document.path, facts)
    if document.kind == "xlsx":
        from marker.render.office import XlsxStamper

        return XlsxStamper(document.path, facts)
    if document.kind == "pptx":
        from marker.render.office import PptxStamper

        return PptxStamper(document.path, facts)
    if document.kind == "ofd":
        from marker.render.office import OfdStamper

        return OfdStamper(document.path, facts)
    if document.kind == "txt":
        from marker.render.text import docx_stamper_for_text

        return docx_stamper_for_text(document, facts)
    raise UnsupportedInput("只能为 PDF、DOCX、XLSX、PPTX、OFD 和文本稿标密 (only PDF, DOCX, XLSX, PPTX, OFD and "
                           "text can be marked)", path=document.path)


def _converted(document: Document) -> Document:
    from dataclasses import replace

    from marker.reading.convert import convert

    source = document.converted
    if source is None or not source.is_file():
        source = convert(document.path.read_bytes(), document.path, document.kind, timeout=120.0)
    return replace(document, path=source)
