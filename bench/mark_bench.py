"""Marking speed: Miji's stampers against raw-library floors, in the same run.

Run by hand:  python bench/mark_bench.py [--repeat 5] [--before /work/before-18] [--summary PATH] [--png FILE]

Builds a 10-page and a 200-page Chinese PDF (and the 200-page shapes whose pages share one
resource dictionary, or whose content must be scaled to make room) and a 20-page DOCX. For each
PDF, one copy (open, prepare, write) is set beside three pymupdf floors: `show_pdf_page` of a
one-page stamp; one shared Form XObject drawn on every page; the same plus one new small content
stream per page (what a per-page footer needs) — the floor issue 18 measures against. Each extra
copy is measured twice: added to a job ((20 copies − 1 copy) ÷ 19, each job one durable batch as
`mark --copies N` writes it: what one more copy costs), and as copies 2–20 written as a durable
batch of their own (its own flush beside the first copy's). Both are set beside a plain
`doc.save(path)` of the same document and a durable one (save, fsync, rename, fsync of the folder:
what a single output costs through `marker/atomic.py`), with every copy to the same person, each
to a different person, and each to a person whose font the process has not built yet. DOCX: one copy beside
python-docx open + header/footer + save, and 20 copies beside one. Timings are medians after a
warm-up, so the font subset is cached; the "cold" line shows what a new character set costs.
The stamper in Miji is fed by the reader (one parse per file): the reader's pass, which reads the
text of every page, also measures where each page draws, so the stamper does not interpret the
pages again. That moves work from the stamper to the reader, so the PDF rows are also printed as
read + stamp (reader's pass, then one copy from what it kept) beside read floor (pymupdf open +
`get_text` of every page) + stamp floor (XObject + per-page stream), and the stamp alone from the
reader's document beside the stamp floor.
`--before DIR` runs the same Miji measurements on another tree (a worktree of main) in a child
process and prints them in a "before" column. `--summary PATH` appends JSON lines for run_all.
"""

from __future__ import annotations

import sys
from pathlib import Path

if "--tree" in sys.argv:  # the child of --before: import that tree's marker, not ours
    sys.path.insert(0, sys.argv[sys.argv.index("--tree") + 1])
else:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse
import functools
import json
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

import pymupdf

from marker.domain.marks import CopyFacts, MarkFacts
from marker.reading.documents import read_opened
from marker.render import pdf as stamp_pdf
from marker.render import stamper_for
from marker.render.docx import DocxStamper
from marker.render.pdf import PdfStamper
from tests.builders import make_docx, make_pdf

PARAGRAPH = ("为加强公司经营管理，现将本季度财务报表及经营情况报告如下。营业收入同比增长百分之八，"
             "净利润保持稳定，应收账款周转天数有所下降。") * 6
FACTS = MarkFacts(level="机密", period="10年", expiry=None, registry="MJ-2026-000001",
                  mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
                  original_sha256="0" * 64, marked_at="2026-11-21T00:00:00+08:00")
COPIES = 20
_REF = re.compile(r"(\d+) 0 R")


def median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


# --- floors ---------------------------------------------------------------------------------------
def floor(source: Path, out: Path) -> None:
    """`show_pdf_page`: one pre-rendered stamp page shown on every page, then save."""
    stamp = pymupdf.open()
    page = stamp.new_page()
    page.insert_text((80, 110), "000001  某某公司 机密 10年", fontname="china-s", fontsize=16)
    doc = pymupdf.open(source)
    for target in doc:
        target.show_pdf_page(target.rect, stamp, 0, overlay=True)
    doc.save(out)
    doc.close()


def _put_resource(doc: pymupdf.Document, xref: int, category: str, name: str, value: str) -> None:
    """A name in a page's resources, through an indirect resource or category dictionary."""
    holder, prefix = xref, "Resources/"
    kind, found = doc.xref_get_key(xref, "Resources")
    if kind == "xref":
        holder, prefix = int(found.split()[0]), ""
    kind, found = doc.xref_get_key(holder, prefix + category)
    if kind == "xref":
        doc.xref_set_key(int(found.split()[0]), name, value)
    else:
        doc.xref_set_key(holder, f"{prefix}{category}/{name}", value)


def xobject_floor(source: Path, out: Path, *, per_page: bool) -> None:
    """One shared Form XObject drawn on every page (`per_page`: plus one new content stream per
    page with its own page number, what a footer needs), with pymupdf's ordinary calls, then save."""
    doc = pymupdf.open(source)
    font = doc.get_new_xref()
    doc.update_object(font, "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
    form = doc.get_new_xref()
    doc.update_object(form, f"<</Type/XObject/Subtype/Form/BBox[0 0 595 842]/Resources<</Font<</F1 {font} 0 R>>>>>>")
    doc.update_stream(form, b"BT /F1 16 Tf 80 730 Td (000001 MJ-2026-000001) Tj ET")
    shared = doc.get_new_xref()
    doc.update_object(shared, "<<>>")
    doc.update_stream(shared, b"q /MijiX Do Q")
    total = doc.page_count
    for page in doc:
        _put_resource(doc, page.xref, "XObject", "MijiX", f"{form} 0 R")
        refs = " ".join(f"{n} 0 R" for n in _REF.findall(doc.xref_get_key(page.xref, "Contents")[1]))
        if per_page:
            _put_resource(doc, page.xref, "Font", "MijiF", f"{font} 0 R")
            own = doc.get_new_xref()
            doc.update_object(own, "<<>>")
            doc.update_stream(own, f"q /MijiX Do BT /MijiF 10 Tf 480 30 Td (page {page.number + 1} of {total}) Tj "
                                   "ET Q".encode())
            doc.xref_set_key(page.xref, "Contents", f"[{refs} {own} 0 R]")
        else:
            doc.xref_set_key(page.xref, "Contents", f"[{refs} {shared} 0 R]")
    doc.save(out)
    doc.close()


def durable_save(doc: pymupdf.Document, out: Path) -> None:
    """A save any safe writer pays for: temp name, fsync, rename, fsync of the folder."""
    temp = out.with_name(f".tmp-{out.name}")
    doc.save(str(temp))
    fd = os.open(temp, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)
    os.replace(temp, out)
    fd = os.open(out.parent, os.O_RDONLY)
    os.fsync(fd)
    os.close(fd)


def durable_bytes_ms(data: bytes, out_dir: Path, repeat: int) -> float:
    """The disk's floor for a batch of copies that must survive a crash, whatever made their bytes: 19 files of
    these bytes written under temporary names, made durable the way Miji's batch decides (one syncfs(2) where that
    suffices, else an fsync of each file), renamed, one fsync of the folder; per file. A plain `doc.save(path)`
    leaves its bytes in the page cache, so on small documents this alone can exceed it."""
    from marker.atomic import _sync_file_systems

    def batch() -> float:
        folder = Path(tempfile.mkdtemp(dir=out_dir))
        start = time.perf_counter()
        fds = []
        for n in range(COPIES - 1):
            fd = os.open(folder / f".tmp-c{n}.pdf", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            fds.append(fd)
        if not _sync_file_systems(fds):
            for fd in fds:
                os.fsync(fd)
        for n, fd in enumerate(fds):
            os.close(fd)
            os.replace(folder / f".tmp-c{n}.pdf", folder / f"c{n}.pdf")
        fd = os.open(folder, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
        elapsed = (time.perf_counter() - start) * 1000 / (COPIES - 1)
        shutil.rmtree(folder)
        os.sync()  # outside the timed part, as above
        return elapsed

    batch()
    return statistics.median(batch() for _ in range(max(9, repeat)))


def read_floor(source: Path) -> None:
    """What any reader of the whole text pays: open, the text of every page."""
    with pymupdf.open(source) as doc:
        for page in doc:
            page.get_text("text")


def docx_floor(source: Path, out: Path) -> None:
    """python-docx: open, a header and a footer line, save."""
    import docx

    document = docx.Document(str(source))
    section = document.sections[0]
    section.header.paragraphs[0].text = "机密  MJ-2026-000001"
    section.footer.paragraphs[0].text = "第 000001 份"
    document.save(str(out))


# --- Miji -------------------------------------------------------------------------------------------
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


def stamper_class(source: Path) -> type:
    return PdfStamper if source.suffix == ".pdf" else DocxStamper


def _write(stamper: object, copies: list[tuple[CopyFacts, Path]]) -> None:
    """All copies as one durable batch, as Miji issues them (a tree from before batches: one by one)."""
    if hasattr(stamper, "write_copies"):
        stamper.write_copies(copies)
    else:
        for copy, out in copies:
            stamper.write_copy(copy, out)  # type: ignore[attr-defined]


def mark(source: Path, out_dir: Path, copies: int) -> None:
    """Open, prepare and write `copies` numbered copies (the draft was read before: not timed)."""
    out_dir = Path(tempfile.mkdtemp(dir=out_dir))
    stamper = stamper_class(source)(source, FACTS)
    _write(stamper, [(CopyFacts(f"{n:06d}", "张三"), out_dir / f"c{n}{source.suffix}") for n in range(1, copies + 1)])
    stamper.close()


# 发放对象 of a batch whose every copy goes to a different person (names of different characters: each copy's
# font subset then differs, so a copy cannot reuse the first copy's bytes).
RECIPIENTS = ("王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴芳", "徐涛", "孙丽",
              "胡斌", "朱红", "高翔", "林峰", "何琳", "郭勇", "马超", "罗毅")


def forget_name_fonts() -> None:
    """Empty the caches of the fonts built for recipients' names, so the next names are new to the
    process (a tree from before the per-copy font: its subsets of shared + name characters)."""
    try:
        from marker.render import pdf_font
    except ImportError:
        pdf_font = None
    if pdf_font is not None and hasattr(pdf_font, "_own_font"):
        pdf_font._own_font.cache_clear()
    else:
        stamp_pdf._font_for.cache_clear()
        stamp_pdf._subset_font.cache_clear()


def extra_copy_ms(source: Path, out_dir: Path, repeat: int, *, named: bool = False,
                  new_names: bool = False, flush: bool = True) -> tuple[float, Path]:
    """What each copy after the first costs: copy 1 written alone, then copies 2–20 issued as one
    batch (as `mark --copies 20` does) and timed; the median over a few stampers, per copy. With
    `named`, every copy goes to a different person (the usual 发放 of a numbered document); with
    `new_names` too, names whose font this process has not built yet (the first time). Without
    `flush`, each copy's bytes are made and written as `doc.save(path)` writes (no fsync, no
    rename): the same work as the plain save it is set beside, the durability left out."""
    times = []
    for _ in range(max(5, repeat)):
        folder = Path(tempfile.mkdtemp(dir=out_dir))
        stamper = stamper_class(source)(source, FACTS)
        first = folder / f"c1{source.suffix}"
        stamper.write_copy(CopyFacts("000001", RECIPIENTS[0] if named else "张三"), first)
        more = [(CopyFacts(f"{n:06d}", RECIPIENTS[(n - 1) % len(RECIPIENTS)] if named else "张三"),
                 folder / f"c{n}{source.suffix}") for n in range(2, COPIES + 1)]
        if new_names:
            forget_name_fonts()
        start = time.perf_counter()
        if flush:
            _write(stamper, more)
        else:
            for copy, out in more:
                out.write_bytes(stamper._render_checked(copy))  # type: ignore[attr-defined]
        times.append((time.perf_counter() - start) * 1000 / len(more))
        stamper.close()
    return statistics.median(times), first


def added_copy_ms(source: Path, out_dir: Path, repeat: int, *, named: bool = False) -> float:
    """What adding a copy to a job costs: (20 copies − 1 copy) ÷ 19, each job one durable batch as `mark
    --copies N` writes it (open, prepare, write, one flush), the two timed in turn and the median taken of the
    paired differences, so drift in the disk's flush latency falls on both."""
    def job(copies: int) -> float:
        folder = Path(tempfile.mkdtemp(dir=out_dir))
        start = time.perf_counter()
        stamper = stamper_class(source)(source, FACTS)
        _write(stamper, [(CopyFacts(f"{n:06d}", RECIPIENTS[(n - 1) % len(RECIPIENTS)] if named else "张三"),
                          folder / f"c{n}{source.suffix}") for n in range(1, copies + 1)])
        stamper.close()
        elapsed = (time.perf_counter() - start) * 1000
        shutil.rmtree(folder)  # outside the timed part: the disk does not fill over the run,
        os.sync()  # and the next job's flush does not commit this deletion
        return elapsed

    def pair(turn: int) -> float:
        """One paired difference; which job runs first alternates, so an order effect falls on both."""
        if turn % 2:
            one = job(1)
            return (job(COPIES) - one) / (COPIES - 1)
        many = job(COPIES)
        return (many - job(1)) / (COPIES - 1)

    job(1), job(COPIES)  # warm
    return statistics.median(pair(turn) for turn in range(max(10, repeat + repeat % 2)))


def read_and_stamp_ms(source: Path, out_dir: Path, repeat: int) -> tuple[float, float, float]:
    """Medians of the reader's pass (the full text, as `mark` reads), of one copy stamped from the
    document and measures it kept, and of the two together."""
    reads, stamps, both = [], [], []
    for turn in range(repeat + 1):  # the first is a warm-up
        folder = Path(tempfile.mkdtemp(dir=out_dir))
        start = time.perf_counter()
        document, opened = read_opened(source, full_text=True)
        middle = time.perf_counter()
        stamper = stamper_for(document, FACTS, opened)
        stamper.write_copies([(CopyFacts("000001", "张三"), folder / f"c1{source.suffix}")])
        stamper.close()
        end = time.perf_counter()
        opened.close()
        if turn:
            reads.append((middle - start) * 1000)
            stamps.append((end - middle) * 1000)
            both.append((end - start) * 1000)
    return statistics.median(reads), statistics.median(stamps), statistics.median(both)


@dataclass
class Row:
    label: str
    pages: int
    one: float
    twenty: float
    extra: float
    extra_named: float | None = None  # each extra copy to a different person
    extra_new_names: float | None = None  # the same, names new to the process (their fonts built)
    added: float | None = None  # a copy added to a job: (20 copies − 1 copy) ÷ 19, each one durable batch
    added_named: float | None = None
    extra_plain: float | None = None  # each extra copy made and written without a flush (as a plain save)
    extra_named_plain: float | None = None
    show: float | None = None
    shared: float | None = None
    per_page: float | None = None
    save: float | None = None
    durable: float | None = None
    durable_bytes: float | None = None  # the disk's floor: a copy's bytes written in a durable batch, per file
    before_one: float | None = None
    before_twenty: float | None = None
    before_extra: float | None = None
    before_named: float | None = None
    read: float | None = None  # the reader's pass (full text, and the measure for the stamper)
    stamp: float | None = None  # one copy stamped from the reader's document
    read_stamp: float | None = None
    read_floor: float | None = None


@functools.cache
def inputs(root: Path) -> dict[str, tuple[Path, int]]:
    return {
        "PDF 10 pages": (make_pdf(root / "p10.pdf", [PARAGRAPH] * 10), 10),
        "PDF 200 pages": (make_pdf(root / "p200.pdf", [PARAGRAPH] * 200), 200),
        "PDF 200 pages, shared resources": (
            make_pdf(root / "shared.pdf", [PARAGRAPH] * 200, shared_resources=True), 200),
        "PDF 200 pages, content scaled": (make_full_pdf(root / "full.pdf", 200), 200),
        "DOCX 20 pages": (make_docx(root / "d20.docx", [PARAGRAPH] * 120), 20),
    }


def measure_miji(root: Path, repeat: int) -> dict[str, Row]:
    out = root / "out"
    out.mkdir(exist_ok=True)
    rows: dict[str, Row] = {}
    for label, (source, pages) in inputs(root).items():
        one = median_ms(lambda s=source: mark(s, out, 1), repeat)
        twenty = median_ms(lambda s=source: mark(s, out, COPIES), max(1, repeat // 2))
        extra, _ = extra_copy_ms(source, out, repeat)
        named, _ = extra_copy_ms(source, out, repeat, named=True)
        new_names = None
        if source.suffix == ".pdf":
            new_names, _ = extra_copy_ms(source, out, repeat, named=True, new_names=True)
        rows[label] = Row(label, pages, one, twenty, extra, named, new_names)
        rows[label].added = added_copy_ms(source, out, repeat)
        rows[label].added_named = added_copy_ms(source, out, repeat, named=True)
        if source.suffix == ".pdf":
            rows[label].extra_plain, _ = extra_copy_ms(source, out, repeat, flush=False)
            rows[label].extra_named_plain, _ = extra_copy_ms(source, out, repeat, named=True, flush=False)
    return rows


def measure_floors(root: Path, rows: dict[str, Row], repeat: int) -> None:
    out = root / "out"
    for label, (source, _) in inputs(root).items():
        row = rows[label]
        _, first = extra_copy_ms(source, out, 1)
        if source.suffix == ".pdf":
            row.read, row.stamp, row.read_stamp = read_and_stamp_ms(source, out, repeat)
            row.read_floor = median_ms(lambda s=source: read_floor(s), repeat)
            row.show = median_ms(lambda s=source: floor(s, out / "show.pdf"), repeat)
            row.shared = median_ms(lambda s=source: xobject_floor(s, out / "x.pdf", per_page=False), repeat)
            row.per_page = median_ms(lambda s=source: xobject_floor(s, out / "xp.pdf", per_page=True), repeat)
            with pymupdf.open(first) as marked:
                row.save = median_ms(lambda m=marked: m.save(str(out / "save.pdf")), max(repeat, 9))
                row.durable = median_ms(lambda m=marked: durable_save(m, out / "durable.pdf"), max(repeat, 9))
            row.durable_bytes = durable_bytes_ms(first.read_bytes(), out, repeat)
        else:
            row.save = median_ms(lambda s=source: docx_floor(s, out / "floor.docx"), repeat)


def measure_before(tree: Path, repeat: int) -> dict[str, Row]:
    """The same Miji measurements on another tree, in a child process (its own `marker`)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as handle:
        subprocess.run([sys.executable, __file__, "--tree", str(tree), "--json-out", handle.name,
                        "--repeat", str(repeat)], check=True)
        data = json.loads(Path(handle.name).read_text())
    return {label: Row(**values) for label, values in data.items()}


def cold_font_ms(source: Path, out_dir: Path, repeat: int) -> float:
    """One copy with the font-subset cache emptied: the cost of a new character set."""

    def cold() -> None:
        stamp_pdf._subset_font.cache_clear()
        mark(source, out_dir, 1)

    return median_ms(cold, repeat)


def new_name_font_ms(repeat: int) -> float:
    """Building one recipient's own font when the process has not built it before (the font's
    tables are read once per process, before this)."""
    from marker.render.pdf_font import own_font

    def build() -> None:
        forget_name_fonts()
        for name in RECIPIENTS:
            own_font(name)

    return median_ms(build, repeat) / len(RECIPIENTS)


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


# --- printing -----------------------------------------------------------------------------------
def _f(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or not b else f"{a / b:.2f}"


def print_tables(rows: dict[str, Row], before: bool) -> None:
    print("\nOne copy (ms), the stamper alone (it opens and measures the file itself): Miji beside pymupdf floors; "
          "goal ≤ 1.3× the XObject + per-page-stream floor")
    head = ["document", "show_pdf_page", "XObject", "XObject+page", "Miji", "ms/page", "× floor"]
    if before:
        head += ["before", "before ×"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        cells = [_f(row.show), _f(row.shared), _f(row.per_page), _f(row.one), _f(row.one / row.pages, 2),
                 _ratio(row.one, row.per_page)]
        if before:
            cells += [_f(row.before_one), _ratio(row.before_one, row.per_page)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))
    print("\nRead + stamp (ms), PDF: the reader's pass (text of every page, and where each page draws) and one copy "
          "stamped from its document, beside read floor (open + get_text of every page) + stamp floor "
          "(XObject + per-page stream)")
    head = ["document", "read floor", "stamp floor", "floors", "Miji read", "Miji stamp", "read+stamp",
            "× floors", "stamp × floor"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        if row.read_stamp is None:
            continue
        floors = (row.read_floor or 0) + (row.per_page or 0)
        cells = [_f(row.read_floor), _f(row.per_page), _f(floors), _f(row.read), _f(row.stamp), _f(row.read_stamp),
                 _ratio(row.read_stamp, floors), _ratio(row.stamp, row.per_page)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))
    print("\nEach extra copy (ms, copies 2–20 as a durable batch of their own ÷ 19: its own flush, a second one "
          "beside the first copy's) beside a plain save of the same document and a durable save (save, fsync, "
          "rename, fsync of the folder). Same 发放对象 for all; "
          "each to a different person; each to a person new to the process (their font built first). "
          "(DOCX: the floor is python-docx open + header/footer + save)")
    head = ["document", "save(path)", "durable save", "same person", "× save", "× durable", "each named", "× save",
            "× durable", "new names", "× save"]
    if before:
        head += ["before same", "before × save", "before named", "before × save"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        cells = [_f(row.save, 2), _f(row.durable, 2), _f(row.extra, 2), _ratio(row.extra, row.save),
                 _ratio(row.extra, row.durable), _f(row.extra_named, 2), _ratio(row.extra_named, row.save),
                 _ratio(row.extra_named, row.durable), _f(row.extra_new_names, 2),
                 _ratio(row.extra_new_names, row.save)]
        if before:
            cells += [_f(row.before_extra, 2), _ratio(row.before_extra, row.save), _f(row.before_named, 2),
                      _ratio(row.before_named, row.save)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))
    print("\nEach copy added to a job (ms, (20 copies − 1 copy) ÷ 19, each job one durable batch with its flush, "
          "paired medians): goal ≤ 1.3× a plain save of the same document. Beside the disk's own floor: the copy's "
          "bytes, already made, written as a durable batch (temporary names, one syncfs, renames, folder fsync)")
    head = ["document", "save(path)", "durable save", "bytes durably", "same person", "× save", "× bytes",
            "each named", "× save", "× bytes"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        cells = [_f(row.save, 2), _f(row.durable, 2), _f(row.durable_bytes, 2), _f(row.added, 2),
                 _ratio(row.added, row.save), _ratio(row.added, row.durable_bytes), _f(row.added_named, 2),
                 _ratio(row.added_named, row.save), _ratio(row.added_named, row.durable_bytes)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))
    print("\nEach extra copy without the flush (ms): its bytes made and written as `doc.save(path)` writes, no fsync "
          "or rename, beside that plain save (the durable batch's own cost is the difference to the table above)")
    head = ["document", "save(path)", "same person", "× save", "each named", "× save"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        if row.extra_plain is None:
            continue
        cells = [_f(row.save, 2), _f(row.extra_plain, 2), _ratio(row.extra_plain, row.save),
                 _f(row.extra_named_plain, 2), _ratio(row.extra_named_plain, row.save)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))
    print(f"\n{COPIES} copies (ms): goal for DOCX ≤ 4× one copy")
    head = ["document", "1 copy", f"{COPIES} copies", "× 1 copy"]
    if before:
        head += ["before 1", f"before {COPIES}", "before ×"]
    print("".join(f"{h:>15}" if i else f"{h:<34}" for i, h in enumerate(head)))
    for row in rows.values():
        cells = [_f(row.one), _f(row.twenty), _ratio(row.twenty, row.one)]
        if before:
            cells += [_f(row.before_one), _f(row.before_twenty), _ratio(row.before_twenty, row.before_one)]
        print(f"{row.label:<34}" + "".join(f"{c:>15}" for c in cells))


def summary_lines(rows: dict[str, Row]) -> list[dict[str, object]]:
    lines: list[dict[str, object]] = []

    def add(what: str, miji: float, floor_value: float | None, unit: str, goal: str | None) -> None:
        lines.append({"issue": "18", "what": what, "miji": round(miji, 3),
                      "floor": None if floor_value is None else round(floor_value, 3), "unit": unit,
                      "ratio": None if not floor_value else round(miji / floor_value, 3), "goal": goal})

    pdf = rows["PDF 200 pages"]
    # Goals (issue 18) sit on what Miji does: the stamper is fed the reader's document in the worker (one parse per
    # file), so one copy is read + stamp against the floors' open + get_text + open + stamp (like for like), and an
    # extra copy is one more copy in a job (one flush per job). The stamper opening the file itself, the stamp alone
    # and copies 2-20 as a batch of their own (a second flush) are printed beside them, without a goal.
    add("PDF 200 pages, one copy, the stamper opening the file itself (floor: shared XObject + one stream per page)",
        pdf.one / pdf.pages, (pdf.per_page or 0) / pdf.pages or None, "ms/page", None)
    add("PDF 200 pages, one copy (floor: one shared XObject)", pdf.one / pdf.pages,
        (pdf.shared or 0) / pdf.pages or None, "ms/page", None)
    add("PDF 200 pages, one copy (floor: show_pdf_page)", pdf.one / pdf.pages,
        (pdf.show or 0) / pdf.pages or None, "ms/page", None)
    add("PDF 200 pages, each extra copy, copies 2–20 as a batch of their own (floor: doc.save(path))", pdf.extra,
        pdf.save, "ms", None)
    add("PDF 200 pages, each extra copy (floor: durable save, fsync + rename)", pdf.extra, pdf.durable, "ms", None)
    add("PDF 200 pages, each extra copy to a different person, copies 2–20 as a batch of their own (floor: "
        "doc.save(path))", pdf.extra_named or 0.0, pdf.save, "ms", None)
    add("PDF 200 pages, each extra copy to a person new to the process (floor: doc.save(path))",
        pdf.extra_new_names or 0.0, pdf.save, "ms", None)
    for label in ("PDF 10 pages", "PDF 200 pages"):
        row = rows[label]
        if row.extra_plain is not None:
            add(f"{label}, each extra copy without the flush (floor: doc.save(path))", row.extra_plain, row.save,
                "ms", None)
            add(f"{label}, each extra copy to a different person without the flush (floor: doc.save(path))",
                row.extra_named_plain or 0.0, row.save, "ms", None)
    small = rows["PDF 10 pages"]
    add("PDF 10 pages, each extra copy, copies 2–20 as a batch of their own (floor: doc.save(path))", small.extra,
        small.save, "ms", None)
    add("PDF 10 pages, each extra copy (floor: durable save, fsync + rename)", small.extra, small.durable, "ms", None)
    add("PDF 10 pages, each extra copy to a different person, copies 2–20 as a batch of their own (floor: "
        "doc.save(path))", small.extra_named or 0.0, small.save, "ms", None)
    add("PDF 10 pages, each extra copy to a different person (floor: durable save)", small.extra_named or 0.0,
        small.durable, "ms", None)
    for label in ("PDF 10 pages", "PDF 200 pages"):
        row = rows[label]
        add(f"{label}, each copy added to a job, (20 − 1 copy) ÷ 19 (floor: doc.save(path))", row.added or 0.0,
            row.save, "ms", "≤ 1.3×")
        add(f"{label}, each copy to a different person added to a job (floor: doc.save(path))",
            row.added_named or 0.0, row.save, "ms", "≤ 1.3×")
        add(f"{label}, each copy added to a job (floor: its bytes written durably, one syncfs a batch)",
            row.added or 0.0, row.durable_bytes, "ms", None)
    for label in ("PDF 200 pages, shared resources", "PDF 200 pages, content scaled"):
        row = rows[label]
        add(f"{label}, one copy, the stamper opening the file itself (floor: XObject + one stream per page)",
            row.one / row.pages, (row.per_page or 0) / row.pages or None, "ms/page", None)
    for label in ("PDF 200 pages", "PDF 200 pages, shared resources", "PDF 200 pages, content scaled"):
        row = rows[label]
        if row.stamp is not None and row.read_stamp is not None:
            add(f"{label}, one copy stamped from the reader's document (floor: XObject + one stream per page)",
                row.stamp / row.pages, (row.per_page or 0) / row.pages or None, "ms/page", None)
            # like for like: Miji's reader and stamper against the floors' own open + get_text and open + stamp
            add(f"{label}, read + one copy (floor: open + get_text of every page + XObject + one stream per page)",
                row.read_stamp / row.pages, ((row.read_floor or 0) + (row.per_page or 0)) / row.pages or None,
                "ms/page", "≤ 1.3×")
    docx = rows["DOCX 20 pages"]
    add("DOCX 20 pages, one copy (floor: python-docx open + header/footer + save)", docx.one, docx.save, "ms", None)
    add(f"DOCX 20 pages, {COPIES} copies (floor: one copy)", docx.twenty, docx.one, "ms", "≤ 4×")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--png", type=Path, help="also save a marked first page here (100 dpi)")
    parser.add_argument("--before", type=Path, help="a worktree of the code before, measured in a child process")
    parser.add_argument("--summary", type=Path, help="append JSON lines of the figures here (bench/run_all.py)")
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        if args.json_out:  # the child of --before: Miji's own figures only
            import marker

            assert args.tree and Path(marker.__file__).resolve().is_relative_to(args.tree.resolve()), marker.__file__
            rows = measure_miji(root, args.repeat)
            args.json_out.write_text(json.dumps({label: asdict(row) for label, row in rows.items()}))
            return
        before = measure_before(args.before, args.repeat) if args.before else {}
        if args.png:
            render_png(args.png, root)
        rows = measure_miji(root, args.repeat)
        measure_floors(root, rows, args.repeat)
        for label, row in rows.items():
            if label in before:
                row.before_one, row.before_twenty = before[label].one, before[label].twenty
                row.before_extra = before[label].extra
                row.before_named = before[label].extra_named
        cold = cold_font_ms(inputs(root)["PDF 200 pages"][0], root / "out", args.repeat)
        name_font = new_name_font_ms(args.repeat)
    print_tables(rows, bool(before))
    print(f"\nPDF 200 pages, 1 copy with a new character set (font subset not cached): {cold:.1f} ms")
    print(f"A new name's own font (its glyphs out of Droid Sans Fallback), built the first time: {name_font:.3f} ms")
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as handle:
            for line in summary_lines(rows):
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
