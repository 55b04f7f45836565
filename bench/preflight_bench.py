"""Pre-flight speed, measured by hand (numbers go in the issue note, never in tests).

    /work/venv/bin/python bench/preflight_bench.py [--pages 200] [--runs 5]

Marks a PDF of N pages (embedded CJK font) through the real marking path in a temporary
workspace, approves it, then times `marker.preflight.preflight()` on the marked copy (all rule
groups, ledger included) and its parts: documents.read(), the page pass (inspect_pdf), and the
HTML report. Target: a 200-page marked PDF under 2 s.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.summary import add_summary_argument, figure, write_summary  # noqa: E402
from marker.domain.policy import default_policy  # noqa: E402
from marker.intake.mark import mark_file  # noqa: E402
from marker.ledger.approvals import grant  # noqa: E402
from marker.ledger.people import add_person, appoint_officer  # noqa: E402
from marker.ledger.store import open_ledger  # noqa: E402
from marker.preflight import preflight  # noqa: E402
from marker.preflight.order import IN_HOUSE, Order  # noqa: E402
from marker.preflight.report_html import render_report  # noqa: E402
from marker.reading.pdf_facts import inspect_pdf  # noqa: E402
from marker.worker.isolation import InProcess  # noqa: E402


def make_long_pdf(path: Path, pages: int) -> None:
    import pymupdf

    font = pymupdf.Font("cjk")
    doc = pymupdf.open()
    body = "本季度营业收入同比增长，应收账款余额下降，现金流量表显示经营活动现金流为正。" * 12
    for number in range(pages):
        page = doc.new_page()
        writer = pymupdf.TextWriter(page.rect)
        writer.fill_textbox(pymupdf.Rect(80, 120, 515, 720), f"第{number + 1}节 财务报表\n{body}", font=font,
                            fontsize=11)
        writer.write_text(page)
    doc.subset_fonts()
    doc.save(path)
    doc.close()


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), max(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    add_summary_argument(parser)
    args = parser.parse_args()
    from marker.reading.documents import read

    policy = default_policy()
    with tempfile.TemporaryDirectory(prefix="miji-bench-") as folder:
        root = Path(folder)
        source = root / "long.pdf"
        make_long_pdf(source, args.pages)
        with open_ledger(root / "ledger.sqlite3", root / "ledger.key") as ledger:
            # the officer first, as `miji init` appoints one: nothing is stamped before
            officer = appoint_officer(ledger, policy, name="保密员", secret="bench-secret")
            marked = mark_file(source, policy, ledger, worker=InProcess(),
                               actor="bench", level="机密", out_dir=root / "out")
            person = add_person(ledger, policy, name="王芳", role="部门经理", dept="办公室", secret="bench-secret",
                                by=officer)
            grant(ledger, policy, registry=marked.registry, by=person, copies=5)
            copy = marked.copies[0].path
            size = copy.stat().st_size
            order = Order(job="bench", requester="bench", department="", category="内部文件", copies=1,
                          supervised=True)
            result = preflight([copy], policy=policy, ledger=ledger, order=order, shop=IN_HOUSE, verifier="bench",
                               worker=InProcess(), workspace=None)
            rows = [
                ("documents.read (edge pages)", timed(args.runs, lambda: read(copy, full_text=False))),
                ("inspect_pdf (page pass)", timed(args.runs, lambda: inspect_pdf(copy))),
                ("preflight() all rules", timed(args.runs, lambda: preflight(
                    [copy], policy=policy, ledger=ledger, order=order, shop=IN_HOUSE, verifier="bench",
                    worker=InProcess(), workspace=None))),
                ("render_report (HTML, 3 thumbnails)", timed(args.runs, lambda: render_report(result))),
            ]
    print(f"pre-flight of a {args.pages}-page marked PDF ({size / 1e6:.1f} MB), median of {args.runs} runs")
    print(f"findings: {[f.rule for f in result.findings]}")
    print(f"{'step':<38}{'median s':>10}{'max s':>10}")
    for name, (median, worst) in rows:
        print(f"{name:<38}{median:>10.3f}{worst:>10.3f}")
    verdict = "OK" if rows[2][1][0] < 2.0 else "TOO SLOW"
    write_summary(args.summary, [figure(f"preflight: all rules on a {args.pages}-page marked PDF (floor: "
                                        "documents.read + inspect_pdf)", rows[2][1][0], "s",
                                        floor=rows[0][1][0] + rows[1][1][0],
                                        goal="< 2 s at 200 pages")])
    print(f"target < 2 s for preflight(): {verdict}")


if __name__ == "__main__":
    main()
