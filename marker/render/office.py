"""Marked copies of spreadsheets and presentations (and the OFD stamper's shell, see render/ofd.py).

XLSX: every sheet's printed page header carries 份号 and the mark (left) and the level, 登记号
and recipient (right), the footer `第 000001 份  第 &P 页 共 &N 页`, a watermark picture in the
header (marker.render.xlsx_watermark), and headers are set to print; formulas and values are kept
as they were. PPTX: every slide gets the mark at the top left, 登记号/份号 and 第 n 页 共 N 页 at
the foot and a light diagonal watermark. Both carry Miji's facts as custom properties. Each copy
is rendered from the draft's bytes, so copies never share state.
"""

from __future__ import annotations

import abc
import io
import logging
from pathlib import Path
from typing import Any

from marker.domain.marks import CopyFacts, MarkFacts, header_text, metadata_values, watermark_text
from marker.errors import CorruptInput, MijiError
from marker.render.ooxml import with_custom_properties
from marker.render.stamper import CopyStamper

log = logging.getLogger(__name__)


class _OfficeStamper(CopyStamper):
    label = "Office"

    def __init__(self, source: Path, facts: MarkFacts, *, data: bytes | None = None) -> None:
        super().__init__(source, facts, data=data)
        self._data = self._read_source()

    @abc.abstractmethod
    def _render(self, copy: CopyFacts) -> bytes:
        """The copy's bytes before Miji's properties are added (each format renders its own)."""

    def _with_metadata(self, data: bytes, values: dict[str, str]) -> bytes:
        """Miji's facts in the rendered package (OOXML custom properties; OFD writes its own)."""
        return with_custom_properties(data, values)

    def _render_checked(self, copy: CopyFacts) -> bytes:
        try:  # the properties too: a malformed package part is the input's fault, never a traceback
            return self._with_metadata(self._render(copy), metadata_values(self._facts, copy))
        except MijiError:
            raise
        except Exception as exc:
            log.debug("stamping failed on %s", self._source, exc_info=True)
            raise CorruptInput(f"无法为此 {self.label} 文件生成标密副本 (cannot stamp this {self.label} file)",
                               path=self._source) from exc


def _header_safe(text: str) -> str:
    """Excel header codes start with &: a literal ampersand is written &&."""
    return text.replace("&", "&&")


class XlsxStamper(_OfficeStamper):
    label = "XLSX"

    def _render(self, copy: CopyFacts) -> bytes:
        from openpyxl import load_workbook

        book = load_workbook(io.BytesIO(self._data))  # formulas kept: a copy is the same workbook
        facts = self._facts
        left = _header_safe(f"{copy.copy_number}  {facts.mark_line}")
        right = _header_safe(header_text(facts) + (f"  发放对象 {copy.recipient}" if copy.recipient else ""))
        footer = f"{copy.footer_label}  第 &P 页 共 &N 页"
        for sheet in book.worksheets:
            for header in (sheet.oddHeader, sheet.evenHeader, sheet.firstHeader):
                header.left.text, header.left.size, header.left.font = left, 12, "黑体,Bold"
                header.right.text, header.right.size = right, 9
            for footer_part in (sheet.oddFooter, sheet.evenFooter, sheet.firstFooter):
                footer_part.center.text, footer_part.center.size = footer, 9
            sheet.print_options.headings = False
            sheet.page_setup.fitToWidth = sheet.page_setup.fitToWidth or 1
        out = io.BytesIO()
        book.save(out)
        from marker.render.xlsx_watermark import with_watermark

        return with_watermark(out.getvalue(), watermark_text(facts, copy))


class PptxStamper(_OfficeStamper):
    label = "PPTX"

    def _render(self, copy: CopyFacts) -> bytes:
        from pptx import Presentation
        from pptx.dml.color import RGBColor
        from pptx.util import Emu, Pt

        deck = Presentation(io.BytesIO(self._data))
        width, height = deck.slide_width or Emu(9144000), deck.slide_height or Emu(6858000)
        facts = self._facts
        total = len(deck.slides)
        for number, slide in enumerate(deck.slides, start=1):
            _text(slide, f"{copy.copy_number}\n{facts.mark_line}", Emu(int(width * 0.02)), Emu(int(height * 0.01)),
                  Emu(int(width * 0.45)), Emu(int(height * 0.12)), Pt(14), RGBColor(0x10, 0x10, 0x10), bold=True)
            _text(slide, f"{facts.level}  {facts.registry}  第 {copy.copy_number} 份  第 {number} 页 共 {total} 页",
                  Emu(int(width * 0.45)), Emu(int(height * 0.94)), Emu(int(width * 0.53)), Emu(int(height * 0.05)),
                  Pt(9), RGBColor(0x40, 0x40, 0x40), align_right=True)
            mark = _text(slide, watermark_text(facts, copy), Emu(int(width * 0.1)), Emu(int(height * 0.42)),
                         Emu(int(width * 0.8)), Emu(int(height * 0.16)), Pt(28), RGBColor(0xE8, 0xC8, 0xC8))
            mark.rotation = -30.0
        out = io.BytesIO()
        deck.save(out)
        return out.getvalue()


def _text(slide: Any, text: str, left: Any, top: Any, width: Any, height: Any, size: Any, color: Any, *,
          bold: bool = False, align_right: bool = False) -> Any:
    from pptx.enum.text import PP_ALIGN

    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for number, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.alignment = PP_ALIGN.RIGHT if align_right else PP_ALIGN.LEFT
        run = paragraph.add_run()
        run.text = line
        run.font.size, run.font.bold, run.font.name = size, bold, "黑体"
        run.font.color.rgb = color
    return box


class OfdStamper(_OfficeStamper):
    """OFD copies: marker.render.ofd draws the marks and writes Miji's facts into the package itself."""

    label = "OFD"

    def _with_metadata(self, data: bytes, values: dict[str, str]) -> bytes:
        return data

    def _render(self, copy: CopyFacts) -> bytes:
        from marker.render.ofd import stamp_ofd

        return stamp_ofd(self._data, self._source, self._facts, copy)
