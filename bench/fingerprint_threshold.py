"""Content fingerprint: similarity of real conversions, pastes and unrelated documents; thresholds.

Run by hand:  nice -n 10 python bench/fingerprint_threshold.py [--corpus /work/corpus/real] [--pairs 4000]

Builds four Chinese documents as DOCX (salary table, contract, minutes, strategy plan), and three
long public documents from `--corpus`, and for each makes what a user would make of a registered
copy: LibreOffice "Save as PDF", a pymupdf re-save of that PDF, Miji's marked DOCX and PDF copies,
the marked DOCX saved as PDF by LibreOffice, the PDF's text copied into a .txt, and 30/60/100% of
the text pasted into a new file (alone, and inside another draft). Every file is read the way Miji
reads it (`marker.reading.documents.read`) and compared with the registered original's fingerprint.
Shown for information, neither copies nor strangers: revised versions (1 character in 200 or in 50
changed) and a PDF redrawn by MuPDF (print-like), which loses its text layer. Unrelated pairs: a
document of the same kind (a second contract from the same template, another month's salary
table, other minutes, another plan; quote-tpl leaves the blank form's text out), the other
documents, and same-kind pairs of public documents from `--corpus`.
Prints one line per pair, the thresholds' margins, and fingerprint speed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf

from marker.domain.fingerprint import (
    QUOTATION,
    REPRODUCTION,
    Fingerprint,
    Similarity,
    common_hashes,
    compare,
    fingerprint,
    quotation_score,
)
from marker.domain.marks import CopyFacts
from marker.reading.documents import read
from marker.render.docx import DocxStamper
from marker.render.pdf import PdfStamper
from tests.builders import make_docx, make_text, sample_facts
from tests.documents_zh import ALL, BLANK_TEMPLATES, UNRELATED_SAME_KIND, Draft

FACTS = sample_facts(expiry=date(2036, 4, 9), policy="默认保密策略", marked_at="2026-04-09T10:00:00+08:00")
COPY = CopyFacts("000003", "财务部张三")
REPRODUCTIONS = (
    "LibreOffice PDF",
    "pymupdf re-save",
    "marked DOCX",
    "marked PDF",
    "marked DOCX → LO PDF",
    "PDF text → TXT",
    "paste 100% alone",
)
QUOTATIONS = ("paste 30% alone", "paste 30% in draft", "paste 60% alone", "paste 60% in draft", "paste 100% in draft")


@dataclass
class Row:
    group: str  # reproduction | quotation | unrelated
    document: str
    variant: str
    similarity: Similarity
    template_discounted: float | None = None  # quotation score with a blank template's text left out

    @property
    def quote(self) -> float:
        return quotation_score(self.similarity)


def build(draft: Draft, path: Path) -> Path:
    return make_docx(path, draft.paragraphs, table=draft.table, paragraphs_after=draft.after)


def libreoffice_pdf(paths: list[Path], out: Path, profile: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        sys.exit("LibreOffice (soffice) is needed for the conversions")
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, paths),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )


def resave(source: Path, out: Path) -> Path:
    with pymupdf.open(source) as doc:
        doc.set_metadata({})
        doc.del_xml_metadata()
        doc.save(out, garbage=4, deflate=True, clean=True)
    return out


def print_like(source: Path, out: Path) -> Path:
    """MuPDF's display-list rewrite (`convert_to_pdf`): every page redrawn into a new file, the way
    a print-to-PDF driver redraws it (no poppler or Ghostscript here). On LibreOffice's subset
    fonts it loses the ToUnicode map: the copy has glyph codes and no readable text."""
    with pymupdf.open(source) as doc:
        out.write_bytes(doc.convert_to_pdf())
    return out


def edited(text: str, every: int) -> str:
    """A revised version: one character in `every` changed."""
    chars = list(text)
    for i in range(every // 2, len(chars), every):
        if "\u4e00" <= chars[i] <= "\u9fff":
            chars[i] = "改"
    return "".join(chars)


def chunk(text: str, share: float) -> str:
    """A contiguous share of the text, whole lines, from the middle (where the body is)."""
    lines = text.splitlines()
    total = sum(len(line) for line in lines)
    want = share * total
    start = 0 if share >= 1 else max(0, int(len(lines) * (1 - share) / 2))
    taken: list[str] = []
    size = 0
    for line in lines[start:] + lines[:start]:
        if size >= want:
            break
        taken.append(line)
        size += len(line)
    return "\n".join(taken)


def text_of(path: Path) -> str:
    return read(path).text


def long_documents(corpus: Path) -> tuple[dict[str, Draft], dict[str, Draft]]:
    """The two longest public documents of a few kinds: the first is registered, the second is
    the unrelated document of the same kind (and the draft the pastes go into)."""
    index = corpus / "real.jsonl"
    if not index.exists():
        return {}, {}
    by_kind: dict[str, list[str]] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        by_kind.setdefault(item["kind"], []).append(item["text"])
    docs, others = {}, {}
    for kind in ("法规规章", "合同协议", "制度办法"):
        texts = sorted(by_kind.get(kind, []), key=len, reverse=True)
        if len(texts) >= 2:
            docs[kind] = Draft(kind, [line for line in texts[0].splitlines() if line.strip()])
            others[kind] = Draft(kind, [line for line in texts[1].splitlines() if line.strip()])
    return docs, others


def measure(
    work: Path, drafts: dict[str, Draft], other_drafts: dict[str, Draft]
) -> tuple[list[Row], dict[str, Fingerprint]]:
    docs = {name: build(draft, work / f"{name}.docx") for name, draft in drafts.items()}
    others = {name: build(draft, work / f"{name}-其他.docx") for name, draft in other_drafts.items()}
    registered = {name: fingerprint(text_of(path)) for name, path in docs.items()}
    templates = {
        name: common_hashes([fingerprint(text_of(build(draft, work / f"{name}-空白模板.docx")))], min_documents=1)
        for name, draft in BLANK_TEMPLATES.items()
    }

    marked: dict[str, Path] = {}
    for name, path in docs.items():
        stamper = DocxStamper(path, FACTS)
        try:
            stamper.write_copy(COPY, work / "marked" / f"{name}.docx")
        finally:
            stamper.close()
        marked[name] = work / "marked" / f"{name}.docx"
    libreoffice_pdf(list(docs.values()), work / "lo", work / "lo-profile")
    libreoffice_pdf(list(marked.values()), work / "lo-marked", work / "lo-profile")

    rows: list[Row] = []
    for name, path in docs.items():
        original = text_of(path)
        lo_pdf = work / "lo" / f"{name}.pdf"
        with PdfStamper(lo_pdf, FACTS) as stamper:
            stamper.write_copy(COPY, work / "marked" / f"{name}.pdf")
        pdf_text = text_of(lo_pdf)
        other_text = text_of(others[name])
        half = len(other_text) // 2
        variants = {
            "LibreOffice PDF": lo_pdf,
            "pymupdf re-save": resave(lo_pdf, work / f"{name}-resaved.pdf"),
            "redrawn PDF, text lost": print_like(lo_pdf, work / f"{name}-printed.pdf"),
            "marked DOCX": marked[name],
            "marked PDF": work / "marked" / f"{name}.pdf",
            "marked DOCX → LO PDF": work / "lo-marked" / f"{name}.pdf",
            "PDF text → TXT": make_text(work / f"{name}-pdf.txt", pdf_text),
            "edited: 1 char in 200": make_text(work / f"{name}-e200.txt", edited(original, 200)),
            "edited: 1 char in 50": make_text(work / f"{name}-e50.txt", edited(original, 50)),
        }
        for share in (0.3, 0.6, 1.0):
            part = chunk(original, share)
            variants[f"paste {share:.0%} alone"] = make_text(work / f"{name}-{share}.txt", part)
            variants[f"paste {share:.0%} in draft"] = make_text(
                work / f"{name}-{share}-draft.txt", other_text[:half] + "\n" + part + "\n" + other_text[half:]
            )
        for variant, copy_path in variants.items():
            candidate = fingerprint(text_of(copy_path))
            if variant.startswith(("edited", "redrawn")):
                group = "info"
            else:
                group = "reproduction" if variant in REPRODUCTIONS else "quotation"
            discounted = quotation_score(compare(candidate, registered[name], common=templates.get(name)))
            rows.append(Row(group, name, variant, compare(candidate, registered[name]), discounted))
        candidate = fingerprint(other_text)
        rows.append(
            Row(
                "unrelated",
                name,
                "same kind: " + ("second contract, same template" if name == "合同A" else "another of its kind"),
                compare(candidate, registered[name]),
                quotation_score(compare(candidate, registered[name], common=templates.get(name))),
            )
        )
    for a, b in itertools.permutations(docs, 2):
        rows.append(Row("unrelated", a, f"other kind: {b}", compare(registered[b], registered[a])))
    return rows, registered


def corpus_rows(corpus: Path, pairs: int) -> list[tuple[str, str, str, Similarity]]:
    """Pairs of public documents of the same kind (same source too: the likeliest near-duplicates)."""
    index = corpus / "real.jsonl"
    if not index.exists():
        return []
    by_kind: dict[str, list[tuple[str, Fingerprint]]] = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if len(item["text"]) >= 300:
            by_kind.setdefault(item["kind"], []).append((item["id"], fingerprint(item["text"])))
    found: list[tuple[str, str, str, Similarity]] = []
    every = [(kind, a, b) for kind, items in by_kind.items() for a, b in itertools.combinations(items, 2)]
    random.Random(15).shuffle(every)
    for kind, (id_a, a), (id_b, b) in every[:pairs]:
        found.append((kind, id_a, id_b, compare(a, b)))
    return found


def speed() -> list[tuple[str, float]]:
    base = "\n".join(draft.text for draft in (*ALL.values(), *UNRELATED_SAME_KIND.values()))
    out = []
    for size in (5_000, 50_000, 200_000):
        text = (base * (size // len(base) + 1))[:size]
        fingerprint(text)
        times = []
        for _ in range(20):
            start = time.perf_counter()
            fingerprint(text)
            times.append(time.perf_counter() - start)
        out.append((f"fingerprint {size:,} chars", statistics.median(times) * 1000))
    stored = [(i, fingerprint(base[i:] + str(i))) for i in range(1000)]
    candidate = fingerprint(base)
    start = time.perf_counter()
    for _, fp in stored:
        compare(candidate, fp)
    out.append(("compare with 1,000 stored", (time.perf_counter() - start) * 1000))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path("/work/corpus/real"),
        help="public documents (real.jsonl): long documents converted, same-kind pairs compared",
    )
    parser.add_argument("--pairs", type=int, default=4000, help="same-kind corpus pairs to compare")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows, registered = measure(Path(tmp) / "built", ALL, UNRELATED_SAME_KIND)
        if args.corpus:
            long_rows, long_registered = measure(Path(tmp) / "corpus", *long_documents(args.corpus))
            rows += long_rows
            registered |= long_registered
    print(
        f"{'group':<12} {'document':<8} {'pair':<38} {'Jaccard':>7} {'reg⊂cand':>8} {'cand⊂reg':>8} "
        f"{'quote':>6} {'quote-tpl':>9}"
    )
    for row in rows:
        s = row.similarity
        tpl = f"{row.template_discounted:.3f}" if row.template_discounted is not None else ""
        print(
            f"{row.group:<12} {row.document:<8} {row.variant:<38} {s.jaccard:7.3f} "
            f"{s.registered_in_candidate:8.3f} {s.candidate_in_registered:8.3f} {row.quote:6.3f} {tpl:>9}"
        )
    print("registered shingles:", {name: fp.shingles for name, fp in registered.items()})

    corpus = corpus_rows(args.corpus, args.pairs)
    if corpus:
        jaccards = sorted(s.jaccard for *_, s in corpus)
        quotes = sorted(quotation_score(s) for *_, s in corpus)
        print(f"\ncorpus: {len(corpus)} same-kind pairs of public documents from {args.corpus}")
        for label, values in (("Jaccard", jaccards), ("quote", quotes)):
            print(
                f"  {label:<8} median {values[len(values) // 2]:.3f}  p99 {values[int(len(values) * 0.99)]:.3f}"
                f"  max {values[-1]:.3f}"
            )
        over_quote = sum(q >= QUOTATION for q in quotes)
        over_copy = sum(j >= REPRODUCTION for j in jaccards)
        print(
            f"  at or above the thresholds: quotation {QUOTATION} {over_quote}, reproduction {REPRODUCTION} {over_copy}"
        )
        print("  highest pairs (kind, ids, Jaccard, quote):")
        for kind, a, b, s in sorted(corpus, key=lambda r: -quotation_score(r[3]))[:8]:
            print(f"    {kind:<8} {a} {b}  {s.jaccard:.3f}  {quotation_score(s):.3f}")

    copies = [r.similarity.jaccard for r in rows if r.group == "reproduction"]
    unrelated = [r.similarity.jaccard for r in rows if r.group in ("quotation", "unrelated")]
    quoted = [r.quote for r in rows if r.group == "quotation"]
    strangers = [r.quote for r in rows if r.group == "unrelated" and r.variant.startswith("other kind")]
    same_kind = [r.quote for r in rows if r.group == "unrelated" and r.variant.startswith("same kind")]
    same_kind_tpl = [
        r.template_discounted
        for r in rows
        if r.group == "unrelated" and r.document in BLANK_TEMPLATES and r.template_discounted is not None
    ]
    print(f"\nreproduction (Jaccard): lowest copy {min(copies):.3f}; highest other {max(unrelated):.3f}")
    print(
        f"quotation (score): lowest pasted part {min(quoted):.3f}; unrelated: other kinds {max(strangers):.3f},"
        f" same kind {max(same_kind):.3f}, same kind with the blank form left out {max(same_kind_tpl):.3f}"
    )
    if corpus:
        print(f"corpus same-kind pairs: highest Jaccard {jaccards[-1]:.3f}, highest quote {quotes[-1]:.3f}")
    print("\nspeed (median of 20):")
    for label, ms in speed():
        print(f"  {label:<28} {ms:7.2f} ms")


if __name__ == "__main__":
    main()
