"""Marking speed: Miji's stampers against the raw pymupdf floor, in the same run.

Run by hand:  python bench/mark_bench.py [--repeat 5] [--png docs/marked-pdf.png]

Builds a 10-page and a 200-page Chinese PDF (and the 200-page shape whose pages share one
resource dictionary, where `show_pdf_page` slows quadratically) and a 20-page DOCX, then prints
ms per document and pages per second for 1 copy and for 20 copies, beside the floor: open, stamp
a pre-rendered one-page stamp on every page with `show_pdf_page`, save. Timings are medians after
a warm-up, so the font subset is cached; the "cold" line shows what a new character set costs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf

from marker.domain.marks import CopyFacts, MarkFacts
from marker.reading.documents import read
from marker.render import pdf as stamp_pdf
from marker.render.pdf import PdfStamper
from tests.builders import make_docx, make_pdf

PARAGRAPH = ("为加强公司经营管理，现将本季度财务报表及经营情况报告如下。营业收入同比增长百分之八，"
             "净利润保持稳定，应收账款周转天数有所下降。") * 6
FACTS = MarkFacts(level="机密", period="10年", expiry=None, registry="MJ-2026-000001",
                  mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
                  original_sha256="0" * 64, marked_at="2026-11-21T00:00:00+08:00")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def floor(source: Path, out: Path) -> None:
    """The raw library floor: one pre-rendered stamp page shown on every page, then save."""
    stamp = pymupdf.open()
    page = stamp.new_page()
    page.insert_text((80, 110), "000001  某某公司 机密 10年", fontname="china-s", fontsize=16)
    doc = pymupdf.open(source)
    for target in doc:
        target.show_pdf_page(target.rect, stamp, 0, overlay=True)
    doc.save(out)
    doc.close()


def make_full_pdf(path: Path, pages: int) -> Path:
    """Pages whose text runs from 10 mm below the top to 10 mm above the bottom: every mark must
    make room, so the content of every page is scaled and shifted."""
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page()
        page.insert_textbox(pymupdf.Rect(40, 28, page.rect.width - 40, page.rect.height - 28),
                            PARAGRAPH * 4, fontname="china-s", fontsize=11)
    doc.save(path)
    doc.close()
    return path


def mark_pdf(source: Path, out_dir: Path, copies: int) -> None:
    out_dir = Path(tempfile.mkdtemp(dir=out_dir))
    read(source, full_text=False)  # the date needs only the edge pages
    stamper = PdfStamper(source, FACTS)
    for number in range(1, copies + 1):
        stamper.write_copy(CopyFacts(f"{number:06d}", "张三"), out_dir / f"c{number}.pdf")
    stamper.close()


def docx_stamper() -> type | None:
    """The DOCX stamper is written separately; the bench runs without it."""
    try:
        from marker.render.docx import DocxStamper
    except ImportError:
        return None
    return DocxStamper


def mark_docx(source: Path, out_dir: Path, copies: int) -> None:
    DocxStamper = docx_stamper()
    assert DocxStamper is not None
    out_dir = Path(tempfile.mkdtemp(dir=out_dir))
    read(source, full_text=False)
    stamper = DocxStamper(source, FACTS)
    for number in range(1, copies + 1):
        stamper.write_copy(CopyFacts(f"{number:06d}", "张三"), out_dir / f"c{number}.docx")


def cold_font_ms(source: Path, out_dir: Path, repeat: int) -> float:
    """One copy with the font-subset cache emptied: the cost of a new character set."""

    def cold() -> None:
        stamp_pdf._subset_font.cache_clear()
        mark_pdf(source, out_dir, 1)

    return median_ms(cold, repeat)


def render_png(path: Path, scratch: Path) -> None:
    """The first page of a marked copy at 100 dpi, for the README and reviewers."""
    draft = pymupdf.open()
    for _ in range(2):  # a real draft leaves the GB/T 9704 lines for 份号 and mark free
        page = draft.new_page()
        page.insert_textbox(pymupdf.Rect(80, 200, page.rect.width - 74, page.rect.height - 100),
                            "2026年第一季度经营情况报告\n\n" + PARAGRAPH[:300], fontname="china-s",
                            fontsize=14)
    draft.save(scratch / "png2.pdf")
    draft.close()
    stamper = PdfStamper(scratch / "png2.pdf", FACTS)
    stamper.write_copy(CopyFacts("000003", "财务部张三"), scratch / "marked.pdf")
    stamper.close()
    with pymupdf.open(scratch / "marked.pdf") as doc:
        doc[0].get_pixmap(dpi=100).save(path)


def print_table(rows: list[tuple[str, float | None, float | None, float | None, int]]) -> None:
    headers = ["document", "floor ms", "1 copy ms", "x floor", "pages/s",
               "20 copies ms", "x 1 copy", "pages/s"]
    lines = []
    for label, base, one, twenty, pages in rows:
        if one is None or twenty is None:
            lines.append([label, "—", "n/a", "—", "n/a", "n/a", "—", "n/a"])
            continue
        lines.append([label, f"{base:.1f}" if base else "—", f"{one:.1f}",
                      f"{one / base:.2f}" if base else "—", f"{pages / one * 1000:.0f}",
                      f"{twenty:.1f}", f"{twenty / one:.2f}", f"{20 * pages / twenty * 1000:.0f}"])
    try:
        from rich.console import Console
        from rich.table import Table
    except ImportError:
        print("  ".join(f"{h:>12}" for h in headers))
        for line in lines:
            print("  ".join(f"{cell:>12}" for cell in line))
        return
    table = Table(*headers, title="Miji marking speed (median)")
    for line in lines:
        table.add_row(*line)
    Console(width=120).print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--png", type=Path, help="also save a marked first page here (100 dpi)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        out = root / "out"
        out.mkdir()
        if args.png:
            render_png(args.png, root)
        inputs = {
            "PDF 10 pages": (make_pdf(root / "p10.pdf", [PARAGRAPH] * 10), 10),
            "PDF 200 pages": (make_pdf(root / "p200.pdf", [PARAGRAPH] * 200), 200),
            "PDF 200 pages, shared resources": (
                make_pdf(root / "shared.pdf", [PARAGRAPH] * 200, shared_resources=True), 200),
            "PDF 200 pages, content scaled": (make_full_pdf(root / "full.pdf", 200), 200),
            "DOCX 20 pages": (make_docx(root / "d20.docx", [PARAGRAPH] * 120), 20),
        }
        rows: list[tuple[str, float | None, float | None, float | None, int]] = []
        for label, (source, pages) in inputs.items():
            is_pdf = source.suffix == ".pdf"
            if not is_pdf and docx_stamper() is None:
                rows.append((label, None, None, None, pages))
                continue
            base = median_ms(lambda s=source: floor(s, out / "floor.pdf"), args.repeat) if is_pdf else None
            mark = mark_pdf if is_pdf else mark_docx
            one = median_ms(lambda s=source, m=mark: m(s, out, 1), args.repeat)
            twenty = median_ms(lambda s=source, m=mark: m(s, out, 20), max(1, args.repeat // 2))
            rows.append((label, base, one, twenty, pages))
        cold = cold_font_ms(inputs["PDF 200 pages"][0], out, args.repeat)
    print_table(rows)
    print(f"PDF 200 pages, 1 copy with a new character set (font subset not cached): {cold:.1f} ms")
    print("goals: 200-page PDF, 1 copy within 1.5x the show_pdf_page floor (2x when the content is scaled); "
          "20 copies within 10x one copy")


if __name__ == "__main__":
    main()
