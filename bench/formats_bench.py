"""Reading and suggesting per format, beside the raw library floor (issue 17).

Run by hand:  python bench/formats_bench.py [--repeat 3] [--no-libreoffice] [--summary PATH]

Builds a 2,000-row XLSX, a 30-slide PPTX, a 10-page OFD and a 10-page scan (image-only PDF, OCR)
and prints, per format, the median time of Miji's read + suggest (documents.read, then
intake.suggest_for with the shipped model, in this process) beside the floor: openpyxl's
read-only load of every cell, python-pptx's load of every shape's text, an independent OFD
parser's text (ofdkit, else zip + XML parse), Tesseract alone on the scan's page images; and
LibreOffice converting the same XLSX/PPTX to PDF. It also times marking one copy of each format
beside the library's own load + save. `--summary PATH` appends one JSON line per figure.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf

from marker.domain.marks import CopyFacts
from marker.domain.policy import default_policy
from marker.intake.suggest import suggest_for
from marker.reading import ocr
from marker.reading.documents import read
from marker.render import stamper_for
from tests.builders import sample_facts
from tests.ofd_builder import make_ofd

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄勇", "周杰", "吴婷"]
LINES = ["关于2027年度经营计划的董事会会议纪要", "会议审议了2027年度投资计划和预算方案，",
         "同意拟收购华东两家企业，投资总额约12亿元。", "由财务部牵头完善资金筹措方案；",
         "战略发展部在12月底前提交并购尽职调查报告。", "本纪要发至公司领导班子成员。"]


def median_s(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_xlsx(path: Path, rows: int = 2000) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "工资表"
    sheet.append(["工号", "姓名", "身份证号", "部门", "基本工资", "绩效工资", "社保扣款", "实发工资"])
    for index in range(rows):
        base = 8000 + index % 40 * 50
        sheet.append([f"E{index:05d}", NAMES[index % 10], f"11010519{80 + index % 20}0101{index % 10000:04d}",
                      "财务部", base, 1200, 980, base + 220])
    book.save(path)
    return path


def build_pptx(path: Path, slides: int = 30) -> Path:
    from pptx import Presentation

    deck = Presentation()
    for number in range(slides):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"第 {number + 1} 部分：发展战略规划"
        slide.placeholders[1].text = "\n".join(LINES[1:])
        slide.notes_slide.notes_text_frame.text = "讲解要点：本页内容仅限董事会成员。"
    deck.save(path)
    return path


def build_scan(path: Path, pages: int = 10) -> Path:
    doc = pymupdf.open()
    for _ in range(pages):
        source = pymupdf.open()
        page = source.new_page()
        page.insert_text((60, 90), "\n".join(LINES * 3), fontname="china-s", fontsize=12)
        pixmap = page.get_pixmap(dpi=200, colorspace=pymupdf.csGRAY)
        target = doc.new_page(width=page.rect.width, height=page.rect.height)
        target.insert_image(target.rect, stream=pixmap.tobytes("png"))
        source.close()
    doc.save(path)
    doc.close()
    return path


def read_suggest(path: Path) -> None:
    suggest_for(read(path), default_policy(), workspace=None)


def floor_xlsx(path: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    for sheet in book.worksheets:
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()


def floor_pptx(path: Path) -> None:
    from pptx import Presentation

    for slide in Presentation(path).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                _ = shape.text_frame.text


def floor_ofd(path: Path) -> None:
    try:
        import ofdkit
    except ImportError:
        import zipfile

        from lxml import etree

        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.endswith(".xml"):
                    etree.fromstring(archive.read(name))
        return
    ofdkit.extract_text(path)


def floor_ocr(path: Path) -> None:
    with pymupdf.open(path) as doc:
        for page in doc:
            png = page.get_pixmap(dpi=ocr.DPI, colorspace=pymupdf.csGRAY).tobytes("png")
            subprocess.run(["tesseract", "stdin", "stdout", "-l", ocr.LANGUAGES, "--psm", "6"], input=png,
                           capture_output=True, check=False)


def libreoffice_pdf(path: Path, scratch: Path) -> None:
    binary = shutil.which("soffice") or shutil.which("libreoffice")
    assert binary
    subprocess.run([binary, f"-env:UserInstallation={(scratch / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(scratch), str(path)], capture_output=True, check=True,
                   timeout=300)


def stamp_once(path: Path) -> None:
    stamper = stamper_for(read(path, full_text=False), sample_facts())
    stamper.rehearse(CopyFacts("000001", "张三"))
    stamper.close()  # rehearse renders the copy in memory: the whole stamping work


def floor_load_save(path: Path) -> None:
    import io

    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        load_workbook(path).save(io.BytesIO())
    elif path.suffix == ".pptx":
        from pptx import Presentation

        Presentation(path).save(io.BytesIO())
    else:
        import zipfile

        with zipfile.ZipFile(path) as source, zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED) as target:
            for name in source.namelist():
                target.writestr(name, source.read(name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--summary", type=Path, help="append JSON lines of the figures to this file")
    args = parser.parse_args()
    rows: list[dict[str, object]] = []

    def record(what: str, miji: float, floor: float | None, unit: str = "s", goal: str | None = None) -> None:
        rows.append({"issue": "17", "what": what, "miji": round(miji, 4), "floor": None if floor is None
                     else round(floor, 4), "unit": unit, "ratio": None if not floor else round(miji / floor, 2),
                     "goal": goal})

    with tempfile.TemporaryDirectory(prefix="miji-formats-bench-") as folder:
        scratch = Path(folder)
        xlsx = build_xlsx(scratch / "工资表.xlsx")
        pptx = build_pptx(scratch / "战略.pptx")
        ofd = make_ofd(scratch / "纪要.ofd", [LINES * 4] * 10)
        read_suggest(xlsx)  # warm: model, jieba, fonts
        lo = not args.no_libreoffice and (shutil.which("soffice") or shutil.which("libreoffice"))
        for what, path, floor in (("xlsx 2000 rows read+suggest", xlsx, floor_xlsx),
                                  ("pptx 30 slides read+suggest", pptx, floor_pptx),
                                  ("ofd 10 pages read+suggest", ofd, floor_ofd)):
            miji = median_s(lambda p=path: read_suggest(p), args.repeat)
            record(what, miji, median_s(lambda p=path, f=floor: f(p), args.repeat))
            if lo and path.suffix != ".ofd":
                record(f"{what} vs LibreOffice to PDF", miji, median_s(lambda p=path: libreoffice_pdf(p, scratch), 1))
        for what, path in (("xlsx 2000 rows mark 1 copy", xlsx), ("pptx 30 slides mark 1 copy", pptx),
                           ("ofd 10 pages mark 1 copy", ofd)):
            stamp_once(path)
            record(what, median_s(lambda p=path: stamp_once(p), args.repeat),
                   median_s(lambda p=path: floor_load_save(p), args.repeat))
        if not args.no_ocr and ocr.available():
            scan = build_scan(scratch / "扫描件.pdf")
            total = median_s(lambda: read_suggest(scan), 1)
            floor = median_s(lambda: floor_ocr(scan), 1)
            record("scan 10 pages read+suggest", total, floor)
            record("scan OCR per page", total / 10, floor / 10, "s/page")
    print(f"{'what':52} {'miji':>9} {'floor':>9} {'ratio':>7}  unit")
    for row in rows:
        floor_text = "—" if row["floor"] is None else f"{row['floor']:.3f}"
        ratio = "—" if row["ratio"] is None else f"{row['ratio']:.2f}"
        print(f"{row['what']:52} {row['miji']:9.3f} {floor_text:>9} {ratio:>7}  {row['unit']}")
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
