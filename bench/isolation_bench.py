"""The cost of isolation: reading and stamping 10-page drafts in the warm worker process versus
in-process.

Run by hand:  python bench/isolation_bench.py [--files 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.summary import add_summary_argument, figure, write_summary
from marker.domain.marks import CopyFacts, MarkFacts
from marker.reading.documents import read
from marker.render import stamper_for
from marker.worker.isolation import Isolation
from tests.builders import make_docx, make_pdf

TEXT = "设备采购合同（草稿）甲方：华岳精工股份有限公司 乙方：________ 合同价款、付款方式、违约责任。" * 12
FACTS = MarkFacts(level="秘密", period="5年", expiry=None, registry="MJ-2026-000001", mark_line="某某公司 秘密 5年",
                  scheme="enterprise", owner="某某公司", policy="默认保密策略", original_sha256="0" * 64,
                  marked_at="2026-11-21T00:00:00+08:00")


def per_file_ms(files: list[Path], out: Path, iso: Isolation | None) -> float:
    times = []
    for index, path in enumerate(files):
        start = time.perf_counter()
        document = iso.read(path) if iso else read(path)
        stamper = iso.stamper(document, FACTS) if iso else stamper_for(document, FACTS)
        target = out / f"{'iso' if iso else 'in'}-{index}{path.suffix}"
        target.unlink(missing_ok=True)
        stamper.write_copy(CopyFacts("000001"), target)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=40)
    add_summary_argument(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        pdfs = [make_pdf(root / f"p{i}.pdf", [f"{TEXT}{i}-{p}" for p in range(10)]) for i in range(args.files)]
        docxs = [make_docx(root / f"d{i}.docx", [f"{TEXT}{i}-{p}" for p in range(40)]) for i in range(args.files)]
        out = root / "out"
        out.mkdir()
        iso = Isolation()
        iso.read(pdfs[0])  # warm the worker
        rows = []
        for label, files in (("PDF, 10 pages", pdfs), ("DOCX, ~10 pages", docxs)):
            warm = Path(tempfile.mkdtemp(dir=out))
            per_file_ms(files[:3], warm, None)
            per_file_ms(files[:3], warm, iso)
            inproc = per_file_ms(files, out, None)
            isolated = per_file_ms(files, out, iso)
            rows.append((label, inproc, isolated))
        iso.close()
    print(f"{'read + stamp one copy':22} {'in-process ms':>14} {'worker ms':>10} {'overhead':>9}")
    for label, inproc, isolated in rows:
        print(f"{label:22} {inproc:14.2f} {isolated:10.2f} {100 * (isolated - inproc) / inproc:8.1f}%")
    print("goal: under 10% overhead with warm workers")
    write_summary(args.summary, [figure(f"isolation: read + stamp one copy, {label}, in the worker (floor: "
                                        "in-process)", isolated, "ms", floor=inproc, goal="≤ 1.10×")
                                 for label, inproc, isolated in rows])


if __name__ == "__main__":
    main()
