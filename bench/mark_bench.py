"""Marking speed: Miji's stampers against the raw pymupdf floor, in the same run.

Run by hand:  python bench/mark_bench.py [--repeat 5]

Builds a 10-page and a 200-page Chinese PDF (and the 200-page shape whose pages share one
resource dictionary, where `show_pdf_page` slows quadratically) and a 20-page DOCX, then prints
ms per document and pages per second for 1 copy and for 20 copies, beside the floor: open, stamp
a pre-rendered one-page stamp on every page with `show_pdf_page`, save.
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

from marker.documents import read
from marker.marks import CopyFacts, MarkFacts
from marker.stamp_docx import DocxStamper
from marker.stamp_pdf import PdfStamper
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


def mark_pdf(source: Path, out_dir: Path, copies: int) -> None:
    out_dir = Path(tempfile.mkdtemp(dir=out_dir))
    read(source, full_text=False)  # the date needs only the edge pages
    stamper = PdfStamper(source, FACTS)
    for number in range(1, copies + 1):
        stamper.write_copy(CopyFacts(f"{number:06d}", "张三"), out_dir / f"c{number}.pdf")
    stamper.close()


def mark_docx(source: Path, out_dir: Path, copies: int) -> None:
    out_dir = Path(tempfile.mkdtemp(dir=out_dir))
    read(source, full_text=False)
    stamper = DocxStamper(source, FACTS)
    for number in range(1, copies + 1):
        stamper.write_copy(CopyFacts(f"{number:06d}", "张三"), out_dir / f"c{number}.docx")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        inputs = {
            "PDF 10 pages": (make_pdf(root / "p10.pdf", [PARAGRAPH] * 10), 10),
            "PDF 200 pages": (make_pdf(root / "p200.pdf", [PARAGRAPH] * 200), 200),
            "PDF 200 pages, shared resources": (
                make_pdf(root / "shared.pdf", [PARAGRAPH] * 200, shared_resources=True), 200),
            "DOCX 20 pages": (make_docx(root / "d20.docx", [PARAGRAPH] * 120), 20),
        }
        rows = []
        for label, (source, pages) in inputs.items():
            out = root / "out"
            out.mkdir(exist_ok=True)
            is_pdf = source.suffix == ".pdf"
            base = median_ms(lambda s=source, o=out: floor(s, o / "floor.pdf"), args.repeat) if is_pdf else None
            mark = mark_pdf if is_pdf else mark_docx
            one = median_ms(lambda s=source, o=out, m=mark: m(s, o, 1), args.repeat)
            twenty = median_ms(lambda s=source, o=out, m=mark: m(s, o, 20), max(1, args.repeat // 2))
            rows.append((label, base, one, twenty, pages))
    print(f"{'document':34} {'floor ms':>9} {'1 copy ms':>10} {'x floor':>8} {'pages/s':>8} "
          f"{'20 copies ms':>13} {'x 1 copy':>9} {'pages/s':>8}")
    for label, base, one, twenty, pages in rows:
        ratio = f"{one / base:.2f}" if base else "—"
        print(f"{label:34} {base or 0:9.1f} {one:10.1f} {ratio:>8} {pages / one * 1000:8.0f} "
              f"{twenty:13.1f} {twenty / one:9.2f} {20 * pages / twenty * 1000:8.0f}")
    print("goals: 200-page PDF, 1 copy within 1.5x the show_pdf_page floor; 20 copies within 10x one copy")


if __name__ == "__main__":
    main()
