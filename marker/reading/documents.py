"""Reading .pdf, .docx and .txt drafts into one `Document` value, within limits.

The file's real type is checked by its bytes before any parser sees it, and every library error
becomes a named Miji error: pymupdf opens a JPEG named `.pdf` without complaint, python-docx
says "not a Word file" for anything.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from classifiers.blocks import TextBlock
from marker.domain.mark_metadata import from_xmp
from marker.domain.mark_text import VisibleMark, recognise_mark
from marker.domain.periods import find_document_date
from marker.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    InputError,
    NotAFileInput,
    NotFoundInput,
    TooLargeInput,
    UndecodableText,
    UnsupportedInput,
    WrongTypeInput,
)
from marker.reading.filetype import kind_for_suffix, sniff
from marker.reading.office import read_pptx, read_xlsx
from marker.reading.ooxml import custom_properties, open_package
from marker.reading.pdf_measure import PageMeasure, Prober, open_prober
from marker.settings import Limits

log = logging.getLogger(__name__)
EDGE_PAGES = 2


@dataclass(frozen=True, slots=True)
class ExistingMark:
    """A mark the file already carries: Miji's metadata, else a visible mark in the first lines."""

    source: str  # "metadata" or "visible"
    level: str
    period: str | None = None
    copy_number: str | None = None
    registry: str | None = None
    recipient: str | None = None
    expiry: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    kind: str  # pdf | docx | xlsx | pptx | ofd | txt | image
    sha256: str
    size: int
    blocks: tuple[TextBlock, ...]
    page_count: int
    pages_without_text: tuple[int, ...] = ()
    document_date: date | None = None
    existing_mark: ExistingMark | None = None
    full_text: bool = True
    converted_from: str | None = None  # ".doc", ".wps" …: read (and marked) as its modern format
    converted: Path | None = None  # that conversion, in the reading process's private folder
    ocr_confidence: float | None = None  # set when page text was recognised from images (0..1)
    text_withheld: bool = False  # the daemon's copy: the text stayed in the worker that read it
    known_title: str | None = None

    @property
    def text(self) -> str:
        if self.text_withheld:
            raise RuntimeError("the text of this document stayed in the worker that read it")
        return "\n".join(block.text for block in self.blocks)

    def without_text(self) -> Document:
        """Every fact of the document but its text: what leaves the worker for the daemon (a 24 MB
        text never crosses into the process that holds the ledger)."""
        return replace(self, blocks=(), text_withheld=True, known_title=self.title)

    @property
    def title(self) -> str:
        if self.known_title is not None:
            return self.known_title
        for block in self.blocks:
            for line in block.text.splitlines():
                if line.strip() and not recognise_mark([line]) and not line.strip().isdigit():
                    return line.strip()[:120]
        return self.path.stem


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_path(path: Path, limits: Limits) -> tuple[str, int]:
    if not path.exists():
        raise NotFoundInput("文件不存在 (no such file)", path=path)
    if not path.is_file():
        raise NotAFileInput("不是普通文件 (not a regular file)", path=path)
    kind = kind_for_suffix(path)
    if kind is None:
        raise UnsupportedInput(
            f"不支持的文件类型 {path.suffix or '(无扩展名)'} (supported: .pdf .docx .xlsx .pptx .ofd .txt .md)",
            path=path)
    size = path.stat().st_size
    if size == 0:
        raise EmptyInput("空文件 (empty file)", path=path)
    if size > limits.max_bytes:
        raise TooLargeInput(
            f"文件过大 {size / 1048576:.1f} MB，上限 {limits.max_bytes / 1048576:.0f} MB (file too large)",
            path=path)
    return kind, size


@dataclass(slots=True)
class Opened:
    """What the reader read and parsed, kept in the reading process (never sent out of it) so the
    stamper or the re-marking of the same file uses it: one read and one parse per file.

    `parsed` (a pymupdf or python-docx document) is handed to one user, who owns it from then on;
    a later user parses `data` again rather than the file on disk."""

    data: bytes  # the bytes read (of a converted legacy file: its modern conversion)
    identity: tuple[int, int, int, int]  # (st_dev, st_ino, st_size, st_mtime_ns) of the file when read
    parsed: Any = None
    converted: bool = False  # `data` is a conversion, not the file's own bytes (re-marking reads the file)
    measures: dict[int, PageMeasure] = field(default_factory=dict)  # PDF pages measured while read, by index

    def take(self) -> Any:
        """The parsed document, once; None after (or if nothing was kept)."""
        parsed, self.parsed = self.parsed, None
        return parsed

    def close(self) -> None:
        parsed = self.take()
        if parsed is not None and hasattr(parsed, "close"):
            parsed.close()


def file_identity(path: Path) -> tuple[int, int, int, int]:
    """What changes when a file is replaced or written to: checked before writing over it."""
    info = path.stat()
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def read(path: Path | str, limits: Limits | None = None, *, full_text: bool = True) -> Document:
    """Read a draft. With `full_text=False` a PDF's text is taken from its first and last pages
    only (enough for the mark and the 成文日期), which keeps marking of long files fast."""
    return read_opened(path, limits, full_text=full_text, keep=False)[0]


def read_opened(path: Path | str, limits: Limits | None = None, *, full_text: bool = True,
                keep: bool = True) -> tuple[Document, Opened]:
    """`read`, also returning the bytes read and (with `keep`, for PDF and DOCX) the parsed
    document, open: the worker keeps them for the stamper and the re-marking of this file."""
    path = Path(path)
    limits = limits or Limits()
    kind, size = _check_path(path, limits)
    try:
        identity = file_identity(path)
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"无法读取文件 (cannot read file): {exc.strerror}", path=path) from exc
    opened = Opened(data, identity)
    try:
        document = _read_data(path, kind, size, data, limits, full_text, opened if keep else None)
    except BaseException:
        opened.close()
        raise
    return document, opened


def _read_data(path: Path, kind: str, size: int, data: bytes, limits: Limits, full_text: bool,
               opened: Opened | None) -> Document:
    sniffed = sniff(data[:4096])
    converted: Path | None = None
    ocr: float | None = None
    try:
        if kind == "pdf":
            if sniffed != "pdf":
                raise WrongTypeInput(_mismatch("PDF", sniffed), path=path)
            parts, ocr = _read_pdf(data, path, limits, full_text=full_text, opened=opened)
        elif kind == "image":
            parts, ocr = _read_image(data, path, sniffed, limits)
        elif kind == "legacy":
            kind, parts, converted = _read_legacy(data, path, sniffed, limits, opened)
        elif kind == "xlsx":
            parts = read_xlsx(data, path, sniffed, limits)
        elif kind == "pptx":
            parts = read_pptx(data, path, sniffed, limits)
        elif kind == "ofd":
            from marker.reading.ofd import read_ofd

            parts = read_ofd(data, path, sniffed, limits)
        elif kind == "docx":
            parts = _read_docx(data, path, sniffed, limits, opened)
        else:
            parts = _read_text(data, path, sniffed)
    except InputError:
        raise
    except MemoryError as exc:
        raise TooLargeInput("内存不足 (out of memory while reading)", path=path) from exc
    except Exception as exc:
        log.debug("reader failed on %s", path, exc_info=True)
        raise CorruptInput("文件无法解析 (unreadable file)", path=path) from exc
    blocks, page_count, blank_pages, metadata = parts
    text = "\n".join(block.text for block in blocks)
    return Document(
        path=path, kind=kind, sha256=hashlib.sha256(data).hexdigest(), size=size, blocks=blocks,
        page_count=page_count, pages_without_text=blank_pages,
        document_date=find_document_date(text), existing_mark=_existing_mark(metadata, text),
        full_text=full_text or kind != "pdf",
        converted_from=path.suffix.lower() if converted is not None else None, converted=converted,
        ocr_confidence=ocr,
    )


def _read_legacy(data: bytes, path: Path, sniffed: str, limits: Limits,
                 opened: Opened | None) -> tuple[str, _Parts, Path | None]:
    """A WPS or legacy Office file (recognised by its bytes), read as its modern format.

    An OLE file is converted by LibreOffice; a file whose bytes are already OOXML (WPS can save
    .wps as DOCX) is read as it is; anything else is refused for what it really is."""
    from marker.reading.convert import LEGACY_TARGETS, convert

    target = LEGACY_TARGETS[path.suffix.lower()]
    if sniffed == "zip":
        return target, _modern(target, data, path, sniffed, limits, opened), None
    if sniffed != "ole":
        raise WrongTypeInput(_mismatch(path.suffix.lstrip(".").upper(), sniffed), path=path)
    if "EncryptedPackage".encode("utf-16-le") in data[:1 << 20]:
        raise EncryptedInput(f"{path.suffix} 文件已加密，需要密码 (password-protected file)", path=path)
    converted = convert(data, path, target, timeout=max(10.0, limits.worker_wall_seconds - 5))
    modern = converted.read_bytes()
    if opened is not None:
        opened.data, opened.converted = modern, True  # what is stamped: the conversion
    return target, _modern(target, modern, path, sniff(modern[:4096]), limits, opened), converted


def _modern(kind: str, data: bytes, path: Path, sniffed: str, limits: Limits, opened: Opened | None) -> _Parts:
    if kind == "docx":
        return _read_docx(data, path, sniffed, limits, opened)
    return _READERS[kind](data, path, sniffed, limits)




def _mismatch(expected: str, sniffed: str) -> str:
    names = {"zip": "ZIP/DOCX", "ole": "旧版 Office/加密文件", "jpeg": "JPEG 图片", "png": "PNG 图片",
             "gif": "GIF 图片", "text": "纯文本", "binary": "二进制数据", "pdf": "PDF"}
    return f"内容不是 {expected}，而是 {names.get(sniffed, sniffed)} (file is not a {expected})"


def _existing_mark(metadata: dict[str, str], text: str) -> ExistingMark | None:
    if metadata.get("level"):
        return ExistingMark(
            source="metadata", level=metadata["level"], period=metadata.get("period"),
            copy_number=metadata.get("copy_number"), registry=metadata.get("registry"),
            recipient=metadata.get("recipient"), expiry=metadata.get("expiry"), fields=metadata)
    first_page = text[:20000]
    stamped = _STAMPED_HEADER.search(first_page)
    copy = _STAMPED_COPY.search(first_page)
    visible: VisibleMark | None = recognise_mark(text[:400].splitlines())
    if visible is None and stamped is None:
        return None
    return ExistingMark(
        source="visible", level=visible.level if visible else stamped.group(1),
        period=visible.period if visible else None,
        copy_number=(visible.copy_number if visible else None) or (copy.group(1) if copy else None),
        registry=stamped.group(2) if stamped else None)


# Miji's own running header and footer: what is left of a copy whose metadata was stripped.
_STAMPED_HEADER = re.compile(r"^\s*(绝密|机密|秘密|内部|公开)\s+(MJ-\d{4}-\d{6,})\s*$", re.MULTILINE)
_STAMPED_COPY = re.compile(r"第\s*(\d{6})\s*份")


_Parts = tuple[tuple[TextBlock, ...], int, tuple[int, ...], dict[str, str]]


def _read_pdf(data: bytes, path: Path, limits: Limits, *, full_text: bool,
              opened: Opened | None = None) -> tuple[_Parts, float | None]:
    import pymupdf

    pymupdf.TOOLS.mupdf_display_errors(False)
    pymupdf.TOOLS.mupdf_display_warnings(False)
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        if looks_encrypted(data):
            raise EncryptedInput("PDF 已加密，无法打开 (encrypted PDF)", path=path) from exc
        raise CorruptInput("PDF 已损坏，无法打开 (corrupt PDF)", path=path) from exc
    try:
        # Reading every page's text interprets every page: the measure for the stamper rides along.
        parts = _pdf_parts(doc, data, path, limits, full_text=full_text,
                           measures=opened.measures if opened is not None and full_text else None)
    except BaseException:
        doc.close()
        raise
    if opened is not None:
        opened.parsed = doc  # the stamper's document: not opened again
    else:
        doc.close()
    return parts


def _pdf_parts(doc: Any, data: bytes, path: Path, limits: Limits, *, full_text: bool,
               measures: dict[int, PageMeasure] | None = None) -> tuple[_Parts, float | None]:
    """The text, page count and marks of an open PDF (`doc` stays open); with `measures`, what
    each page read draws where, for the stamper (from the same interpreter pass as its text)."""
    if doc.needs_pass or doc.is_encrypted or (doc.page_count == 0 and looks_encrypted(data)):
        raise EncryptedInput("PDF 已加密，需要密码 (encrypted PDF)", path=path)
    if doc.is_repaired and b"%%EOF" not in data[-2048:]:
        raise CorruptInput("PDF 文件不完整，可能传输中断 (truncated PDF: no end-of-file marker)", path=path)
    count = doc.page_count
    if count == 0:
        raise CorruptInput("PDF 没有页面 (PDF has no pages)", path=path)
    if count > limits.max_pages:
        raise TooLargeInput(f"页数 {count} 超过上限 {limits.max_pages} (too many pages)", path=path)
    wanted = range(count)
    if not full_text and count > 2 * EDGE_PAGES:
        wanted = [*range(EDGE_PAGES), *range(count - EDGE_PAGES, count)]
    blocks, blank, confidence = _page_texts(doc, wanted, path, limits, ocr=full_text, measures=measures)
    metadata = from_xmp(doc.get_xml_metadata() or "")
    return (tuple(blocks), count, tuple(blank), metadata), confidence


def _page_texts(doc: Any, wanted: Any, path: Path, limits: Limits, *, ocr: bool,
                measures: dict[int, PageMeasure] | None = None) -> tuple[list[TextBlock], list[int], float | None]:
    """Each wanted page's text layer; a page without one is recognised (OCR) when `ocr` and the
    engine is installed, up to `limits.max_ocr_pages` pages, else reported as without text.
    With `measures`, each page's measure for the stamper is taken from the same pass."""
    from marker.reading import ocr as engine

    blocks: list[TextBlock] = []
    blank: list[int] = []
    confidences: list[float] = []
    can_ocr = ocr and engine.available()
    prober = open_prober(doc) if measures is not None else None
    try:
        for number in wanted:
            page = doc[number]
            page_text = _text_of(page, number, prober, measures)
            if not page_text.strip() and can_ocr and len(confidences) < limits.max_ocr_pages:
                import pymupdf

                png = page.get_pixmap(dpi=engine.DPI, colorspace=pymupdf.csGRAY).tobytes("png")
                found = engine.recognise_png(png, timeout=max(10.0, limits.worker_wall_seconds / 2))
                confidences.append(found.confidence)
                page_text = found.text
            if not page_text.strip():
                blank.append(number + 1)
            blocks.append(TextBlock("para", page_text.rstrip("\n")))
    finally:
        if prober is not None:
            prober.close()
    return blocks, blank, (sum(confidences) / len(confidences) if confidences else None)


def _text_of(page: Any, number: int, prober: Prober | None, measures: dict[int, PageMeasure] | None) -> str:
    """The page's text layer, measured on the way when asked (a page that cannot be measured so
    is read as before, and the stamper measures it itself)."""
    if prober is None or measures is None:
        return str(page.get_text("text"))
    try:
        text, measure = prober.text_and_measure(page)
    except Exception:
        log.debug("measuring page %s of a PDF failed", number + 1, exc_info=True)
        return str(page.get_text("text"))
    if measure is not None:
        measures[number] = measure
    return text


def _read_image(data: bytes, path: Path, sniffed: str, limits: Limits) -> tuple[_Parts, float | None]:
    """A scanned page or a multi-page TIFF: each image is a page, recognised by OCR."""
    import pymupdf

    from marker.reading import ocr as engine

    if sniffed not in ("jpeg", "png", "tiff"):
        raise WrongTypeInput(_mismatch("图片", sniffed), path=path)
    if not engine.available():
        raise UnsupportedInput("识别扫描件需要 Tesseract 中文数据（apt-get install tesseract-ocr "
                               "tesseract-ocr-chi-sim）(OCR engine not installed)", path=path)
    try:
        doc = pymupdf.open(stream=data, filetype=path.suffix.lstrip(".").lower())
    except Exception as exc:
        raise CorruptInput("图片无法打开 (unreadable image)", path=path) from exc
    with doc:
        if doc.page_count > limits.max_ocr_pages:
            raise TooLargeInput(f"图片共 {doc.page_count} 页，超过识别上限 {limits.max_ocr_pages} (too many pages to "
                                "recognise)", path=path)
        blocks, blank, confidence = _page_texts(doc, range(doc.page_count), path, limits, ocr=True)
        count = doc.page_count
    return (tuple(blocks), count, tuple(blank), {}), confidence


_ENCRYPT_KEY = re.compile(rb"/Encrypt\s*(\d+\s+\d+\s+R|<<)")


def looks_encrypted(data: bytes) -> bool:
    """A trailer naming an /Encrypt dictionary: MuPDF may fail on such a file, or find no pages,
    instead of asking for the password; the user must still hear "encrypted"."""
    return _ENCRYPT_KEY.search(data[-65536:]) is not None or _ENCRYPT_KEY.search(data[:65536]) is not None


def _table_text(table: Any) -> str:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # merged cells repeat the same element
                continue
            previous = cell._tc
            cells.append(cell.text.replace("\n", " ").strip())
        rows.append("\t".join(cells))
    return "\n".join(rows)


def _read_docx(data: bytes, path: Path, sniffed: str, limits: Limits, opened: Opened | None = None) -> _Parts:
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    archive = open_package(data, path, sniffed, limits, label="DOCX", required="word/document.xml")
    metadata = custom_properties(archive)
    try:
        document = docx.Document(io.BytesIO(data))
    except MemoryError:
        raise
    except Exception as exc:
        raise CorruptInput("DOCX 无法解析 (unreadable Word file)", path=path) from exc
    blocks: list[TextBlock] = []
    paragraph_run: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph_run.append(Paragraph(child, document).text)
        elif tag == "tbl":
            if paragraph_run:
                blocks.append(TextBlock("para", "\n".join(paragraph_run)))
                paragraph_run = []
            blocks.append(TextBlock("table", _table_text(Table(child, document))))
    if paragraph_run:
        blocks.append(TextBlock("para", "\n".join(paragraph_run)))
    seen: set[str] = set()
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous:
                continue
            text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            text += "".join("\n" + _table_text(t) for t in part.tables)
            if text.strip() and text not in seen:
                seen.add(text)
                blocks.append(TextBlock("header", text.strip()))
    if opened is not None:
        opened.parsed = document  # the stamper's tree: not parsed again
    return tuple(blocks), 1, (), metadata


def _read_text(data: bytes, path: Path, sniffed: str) -> _Parts:
    if sniffed not in ("text",):
        raise WrongTypeInput(_mismatch("文本", sniffed), path=path)
    text = _decode(data, path)
    if not text.strip():
        raise EmptyInput("文件只有空白 (file holds only whitespace)", path=path)
    return (TextBlock("para", text.replace("\r\n", "\n").replace("\r", "\n")),), 1, (), {}


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 (a superset of GBK)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise UndecodableText("无法识别的文本编码，请存为 UTF-8 (not UTF-8 or GBK)", path=path) from exc
    if sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") < len(text) * 0.05:
        raise UndecodableText("无法识别的文本编码，请存为 UTF-8 (not UTF-8 or GBK)", path=path)
    return text


# The modern format a WPS or legacy Office file is read as, by its reader.
_READERS = {"docx": _read_docx, "xlsx": read_xlsx, "pptx": read_pptx}
