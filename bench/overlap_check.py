"""Marks never cover the document, checked on real files: stamp every PDF and DOCX in a folder the
way `miji mark` does (in memory, one copy) and measure what the copy really draws.

Run by hand:  python bench/overlap_check.py FOLDER [FOLDER ...] [--show 10]

For each PDF: the stamper's verdict (marked, or refused with a reason); on a marked copy, every
mark box against the page's own content boxes (marker.reading.pdf_facts.stamp_overlaps: the stamp
and the page interpreted apart) and whether each page's mark text extracts (header and page
number on every page, 份号 and mark line on page 1, mark line at least MIN_MARK_SIZE). For each
DOCX: marked (the stamper reopens its copy) or refused. Prints files, marked, overlaps, unreadable
marks and refusals by reason. The peer corpus: `collect_peer_corpus.sh` over pdf.js, qpdf and
python-docx (see the issue note).
"""

from __future__ import annotations

import argparse
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf

from marker.domain.marks import CopyFacts, MarkFacts, header_text
from marker.errors import MijiError
from marker.reading.pdf_facts import stamp_overlaps
from marker.render.docx import DocxStamper
from marker.render.pdf import MIN_MARK_SIZE, PdfStamper

FACTS = MarkFacts(level="绝密", period="30年", expiry=None, registry="MJ-2026-000123",
                  mark_line="某某公司 绝密 30年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
                  original_sha256="0" * 64, marked_at="2026-11-21T00:00:00+08:00")
COPY = CopyFacts("000007", "张三")
PER_FILE_SECONDS = 30


class _Slow(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise _Slow


def reason_of(exc: BaseException) -> str:
    """The refusal's reason without the file name and page numbers, so like refusals group."""
    if isinstance(exc, _Slow):
        return "timeout (harness)"
    if not isinstance(exc, MijiError):
        return f"unexpected {type(exc).__name__}"
    text = re.sub(r"\d+(\.\d+)?", "N", exc.message)
    return f"{type(exc).__name__}: {text[:90]}"


def unreadable(data: bytes) -> list[str]:
    """Pages whose marks do not extract as text, or whose mark line is smaller than the minimum."""
    problems = []
    header = header_text(FACTS)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        total = doc.page_count
        for page in doc:
            text = page.get_text()
            wanted = [header, f"第 {page.number + 1} 页 共 {total} 页", COPY.footer_label]
            if page.number == 0:
                wanted += [FACTS.mark_line, COPY.copy_number]
            missing = [w for w in wanted if w not in text]
            if missing:
                problems.append(f"page {page.number + 1}: missing {missing}")
            if page.number == 0:
                sizes = [span["size"] for block in page.get_text("dict")["blocks"] for line in block.get("lines", [])
                         for span in line["spans"] if FACTS.mark_line in span["text"]]
                if sizes and min(sizes) < MIN_MARK_SIZE - 0.01:
                    problems.append(f"page 1: mark line {min(sizes):.1f} pt")
    return problems


def check_pdf(path: Path) -> tuple[str, dict[str, Any]]:
    stamper = PdfStamper(path, FACTS)
    try:
        stamper.rehearse(COPY)
        rehearsed = stamper._rehearsed
        assert rehearsed is not None
        data = rehearsed[1]
        notes = list(stamper.layout_notes)
    finally:
        stamper.close()
    overlaps, stamped = stamp_overlaps(data)
    return "marked", {"overlaps": overlaps, "stamped": stamped, "unreadable": unreadable(data), "notes": notes}


def check_docx(path: Path, keep: Path | None = None) -> tuple[str, dict[str, Any]]:
    stamper = DocxStamper(path, FACTS)
    try:
        stamper.rehearse(COPY)  # renders, then reopens the copy and checks its marks
        if keep is not None:
            stamper.write_copy(COPY, keep / f"{len(list(keep.iterdir())):03d}.docx")
    finally:
        stamper.close()
    return "marked", {"overlaps": [], "stamped": 0, "unreadable": [], "notes": []}


def libreoffice_opens(folder: Path) -> tuple[int, int]:
    """Marked DOCX copies LibreOffice converts to PDF with the mark line on page 1: (opened, total)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    copies = sorted(folder.glob("*.docx"))
    if office is None or not copies:
        return 0, len(copies)
    subprocess.run([office, f"-env:UserInstallation={(folder / 'lo').as_uri()}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(folder), *map(str, copies)], capture_output=True, timeout=1800)
    opened = 0
    for copy in copies:
        pdf = copy.with_suffix(".pdf")
        if pdf.exists():
            with pymupdf.open(pdf) as doc:
                opened += "某某公司绝密30年" in "".join(doc[0].get_text().split())
    return opened, len(copies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--show", type=int, default=10, help="list this many problem files")
    parser.add_argument("--libreoffice", action="store_true",
                        help="also convert every marked DOCX with LibreOffice and look for the mark")
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="miji-overlap-"))
    keep = scratch if args.libreoffice else None
    files = sorted(p for folder in args.folders for p in folder.rglob("*")
                   if p.is_file() and p.suffix.lower() in (".pdf", ".docx"))
    signal.signal(signal.SIGALRM, _alarm)
    pymupdf.TOOLS.mupdf_display_errors(False)  # broken files on purpose: their parser noise is not news
    counts: Counter[str] = Counter()
    refusals: Counter[str] = Counter()
    problems: list[str] = []
    started = time.perf_counter()
    for path in files:
        kind = path.suffix.lower().lstrip(".")
        counts[f"{kind} files"] += 1
        signal.alarm(PER_FILE_SECONDS)
        try:
            _, facts = check_pdf(path) if kind == "pdf" else check_docx(path, keep)
        except Exception as exc:  # a bench counts every outcome, MijiError and the harness timeout included
            refusals[f"{kind} {reason_of(exc)}"] += 1
            continue
        finally:
            signal.alarm(0)
        counts[f"{kind} marked"] += 1
        counts["pages stamped"] += facts["stamped"]
        if facts["notes"]:
            counts[f"{kind} layout adapted"] += 1
        if facts["overlaps"]:
            counts["files with overlaps"] += 1
            counts["overlapping marks"] += len(facts["overlaps"])
            first = facts["overlaps"][0]
            problems.append(f"OVERLAP {path.name}: page {first.page} {first.problem}")
        if facts["unreadable"]:
            counts["files with unreadable marks"] += 1
            problems.append(f"UNREADABLE {path.name}: {facts['unreadable'][0]}")
    elapsed = time.perf_counter() - started
    print(f"checked {len(files)} files in {elapsed:.0f} s")
    for key in ("pdf files", "pdf marked", "pdf layout adapted", "pages stamped", "files with overlaps",
                "overlapping marks", "files with unreadable marks", "docx files", "docx marked"):
        print(f"  {key:28} {counts[key]}")
    if args.libreoffice:
        opened, total = libreoffice_opens(scratch)
        print(f"  {'docx LibreOffice shows mark':28} {opened} of {total}")
    shutil.rmtree(scratch, ignore_errors=True)
    print("refusals by reason:")
    for reason, count in refusals.most_common():
        print(f"  {count:4}  {reason}")
    for line in problems[:args.show]:
        print(line)


if __name__ == "__main__":
    main()
