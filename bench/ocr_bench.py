"""OCR engines on the same rendered Chinese pages: character accuracy and time per page.

Run by hand:  python bench/ocr_bench.py [--pages 5] [--dpi 300]
Compares Tesseract (chi_sim, the engine Miji uses) with RapidOCR (ONNX, its wheel ships its models)
when `rapidocr_onnxruntime` is importable (e.g. in a separate venv with this repository on PYTHONPATH).
Accuracy is 1 − (edit distance / reference length) over the page's characters, whitespace removed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf

from bench.summary import add_summary_argument, figure, write_summary
from marker.reading import ocr

SENTENCES = ("经公司研究决定，自二〇二六年七月一日起调整员工基本工资。", "各部门应于本月底前报送预算执行情况。",
             "本次会议审议通过了年度投资计划和经营规划。", "合同价款为人民币伍拾万元整，验收后三十日内支付。",
             "请各单位高度重视，认真组织实施，确保按期完成。", "财务部负责编制资产负债表和现金流量表。",
             "会议纪要印发各部门，请遵照执行。", "招标文件发售时间为二〇二六年五月六日至五月十日。")


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def accuracy(reference: str, found: str) -> float:
    ref, got = "".join(reference.split()), "".join(found.split())
    return max(0.0, 1 - _levenshtein(ref, got) / max(1, len(ref)))


def pages(count: int, dpi: int) -> list[tuple[str, bytes]]:
    rng = random.Random(3)
    made = []
    for _ in range(count):
        text = "\n".join(rng.choice(SENTENCES) for _ in range(14))
        doc = pymupdf.open()
        page = doc.new_page()
        page.insert_text((60, 80), text, fontname="china-s", fontsize=12)
        made.append((text, page.get_pixmap(dpi=dpi, colorspace=pymupdf.csGRAY).tobytes("png")))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--dpi", type=int, default=ocr.DPI)
    add_summary_argument(parser)
    args = parser.parse_args()
    work = pages(args.pages, args.dpi)
    engines = {}
    if ocr.available():
        engines["tesseract chi_sim"] = lambda png: ocr.recognise_png(png, timeout=120).text
    try:
        from rapidocr_onnxruntime import RapidOCR

        rapid = RapidOCR()
        engines["rapidocr onnx"] = lambda png: "\n".join(line[1] for line in (rapid(png)[0] or []))
    except ImportError:
        print("rapidocr_onnxruntime not importable: install it in a separate venv to compare")
    print(f"{args.pages} pages at {args.dpi} dpi")
    print(f"{'engine':<20}{'accuracy':>10}{'s/page':>10}")
    for name, run in engines.items():
        scores, times = [], []
        for reference, png in work:
            start = time.perf_counter()
            found = run(png)
            times.append(time.perf_counter() - start)
            scores.append(accuracy(reference, found))
        print(f"{name:<20}{statistics.mean(scores):>10.3f}{statistics.median(times):>10.2f}")
        write_summary(args.summary, [
            figure(f"ocr: {name}, one page at {args.dpi} dpi", statistics.median(times), "s"),
            figure(f"ocr: {name}, character accuracy", statistics.mean(scores), "", goal=None)])


if __name__ == "__main__":
    main()
