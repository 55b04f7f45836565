"""Bytes to marked bytes, one module per format; re-marking uses the same modules.

`stamper_for` is the one public entry for issuing copies: it picks the format's stamper. Each
stamper can `rehearse` a copy in memory (so a file that cannot be stamped is refused before a
登记号 is taken) and `write_copies` as one durable batch.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from marker.errors import UnsupportedInput

if TYPE_CHECKING:
    from marker.domain.marks import CopyFacts, MarkFacts
    from marker.reading.documents import Document, Opened


class Stamper(Protocol):
    def rehearse(self, copy: CopyFacts) -> str: ...

    def write_copy(self, copy: CopyFacts, out_path: Path) -> str: ...

    def write_copies(self, copies: Sequence[tuple[CopyFacts, Path]], *,
                     before_commit: Callable[[], None] | None = None) -> list[str]: ...

    def close(self) -> None: ...


def stamper_for(document: Document, facts: MarkFacts, opened: Opened | None = None) -> Stamper:
    """The stamper of the document's format; text drafts become DOCX; a WPS or legacy Office file
    is stamped from its conversion (made again if this process has neither it nor its bytes).

    `opened` is what this process's reader read and parsed of `document`: the stamper takes the
    parsed document (or else the bytes) from it and never opens the draft by its path again."""
    data = opened.data if opened is not None else None
    if document.converted_from is not None and data is None:
        document = _converted(document)
    elif document.converted is not None:
        document = replace(document, path=document.converted)
    if document.kind == "pdf":
        from marker.render.pdf import PdfStamper

        doc = opened.take() if opened is not None else None
        return PdfStamper(document.path, facts, data=data, doc=doc,
                          measures=opened.measures if opened is not None and doc is not None else None)
    if document.kind == "image":  # a scan is marked as a PDF copy of its images
        from marker.render.pdf import PdfStamper, image_as_pdf

        return PdfStamper(document.path, facts, data=image_as_pdf(document.path, data))
    if document.kind == "docx":
        from marker.render.docx import DocxStamper

        return DocxStamper(document.path, facts, data=data, document=opened.take() if opened is not None else None)
    if document.kind == "xlsx":
        from marker.render.office import XlsxStamper

        return XlsxStamper(document.path, facts, data=data)
    if document.kind == "pptx":
        from marker.render.office import PptxStamper

        return PptxStamper(document.path, facts, data=data)
    if document.kind == "ofd":
        from marker.render.office import OfdStamper

        return OfdStamper(document.path, facts, data=data)
    if document.kind == "txt":
        from marker.render.text import docx_stamper_for_text

        return docx_stamper_for_text(document, facts)
    raise UnsupportedInput("只能为 PDF、DOCX、XLSX、PPTX、OFD 和文本稿标密 (only PDF, DOCX, XLSX, PPTX, OFD and "
                           "text can be marked)", path=document.path)


def _converted(document: Document) -> Document:
    from marker.reading.convert import convert

    source = document.converted
    if source is None or not source.is_file():
        source = convert(document.path.read_bytes(), document.path, document.kind, timeout=120.0)
    return replace(document, path=source)
