"""Further copies of one PDF come from one rendered template (issue 18): each must still be a
whole, valid PDF that shows, embeds and records only its own 份号 and recipient."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from marker.domain.marks import CopyFacts, MarkFacts
from marker.reading.documents import read
from marker.render import pdf as stamp_pdf
from marker.render.pdf import PdfStamper
from marker.render.pdf_font import TrueType, cjk_font, own_font
from tests.builders import FINANCIAL_REPORT, make_pdf

FACTS = MarkFacts(
    level="机密", period="10年", expiry=date(2036, 4, 9), registry="MJ-2026-000123",
    mark_line="某某公司 机密 10年", scheme="enterprise", owner="某某公司", policy="默认保密策略",
    original_sha256="ab" * 32, marked_at="2026-04-09T10:00:00+08:00",
)
BATCH = [CopyFacts("000001", "财务部张三"), CopyFacts("000002", "财务部张三"), CopyFacts("000003", "王五"),
         CopyFacts("000004", "财务部张三"), CopyFacts("000005", ""), CopyFacts("000006", "Bob (外聘) 审计"),
         CopyFacts("000007", "阿依古丽·买买提"), CopyFacts("000008", "José Ñandú 李")]


@pytest.fixture()
def draft(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 3)


def _issue(draft: Path, folder: Path, *, whole: bool = False) -> list[Path]:
    """The batch as Miji issues it; `whole`: every copy rendered on its own (the reference)."""
    paths = [folder / f"c{copy.copy_number}.pdf" for copy in BATCH]
    with PdfStamper(draft, FACTS) as stamper:
        if whole:
            stamper._templates = False
        stamper.write_copies(list(zip(BATCH, paths, strict=True)))
    return paths


def _fonts(doc: pymupdf.Document) -> list[bytes]:
    """The embedded font programs of our mark fonts (the recipient's own font is padded with zeros
    to the size its template reserved: the bytes after its tables are left out)."""
    found = []
    for xref in range(1, doc.xref_length()):
        kind, _ = doc.xref_get_key(xref, "Subtype")
        if doc.xref_is_stream(xref) and (doc.xref_get_key(xref, "Length1")[0] != "null" or kind == "/CIDFontType0C"):
            found.append((doc.xref_stream(xref) or b"").rstrip(b"\0"))
    return found


def _one_font_copy(draft: Path, copy: CopyFacts, out: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reference: `copy` saved whole with the recipient's characters in the shared subset, as
    every copy was drawn before the recipient had a font of their own."""
    with monkeypatch.context() as patch:
        patch.setattr(stamp_pdf, "own_font", lambda chars: own_font(""))
        with PdfStamper(draft, FACTS) as stamper:
            stamper._templates = False
            stamper._base_chars = stamper._base_chars | set(copy.recipient or "")
            stamper._use_font(stamper._base_chars)
            stamper.write_copy(copy, out)
    return out


def test_each_copy_of_a_batch_shows_and_records_only_its_own_number_and_recipient(draft: Path, tmp_path: Path):
    paths = _issue(draft, tmp_path / "out")
    for copy, path in zip(BATCH, paths, strict=True):
        with pymupdf.open(path) as doc:
            assert not doc.is_repaired, "offsets and cross-reference table exact"
            text = "".join(page.get_text() for page in doc)
            assert copy.copy_number in doc[0].get_text(clip=pymupdf.Rect(0, 0, 300, 200))
            assert text.count(f"第 {copy.copy_number} 份") == doc.page_count  # every page's footer
            for other in BATCH:
                if other.copy_number != copy.copy_number:
                    assert f"第{other.copy_number}份" not in text
            if copy.recipient:
                assert f"发放对象 {copy.recipient}" in text
            else:
                assert "发放对象" not in text
        mark = read(path).existing_mark
        assert mark is not None and mark.copy_number == copy.copy_number
        assert (mark.recipient or "") == copy.recipient and mark.registry == FACTS.registry


def test_a_copy_from_the_template_looks_and_embeds_exactly_what_a_whole_render_does(draft: Path, tmp_path: Path):
    fast = _issue(draft, tmp_path / "fast")
    whole = _issue(draft, tmp_path / "whole", whole=True)
    for a, b in zip(fast, whole, strict=True):
        with pymupdf.open(a) as one, pymupdf.open(b) as other:
            assert _fonts(one) == _fonts(other), "the same glyphs: no other recipient's name in the subset"
            assert one.metadata == other.metadata
            assert "".join(one.get_xml_metadata().split()) == "".join(other.get_xml_metadata().split())
            for page, twin in zip(one, other, strict=True):
                assert page.get_pixmap(dpi=50).samples == twin.get_pixmap(dpi=50).samples
                assert page.get_text("words") == twin.get_text("words")


def test_copies_are_whole_renders_when_no_template_can_be_made(draft: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(PdfStamper, "_make_template", lambda self, payloads: None)
    paths = _issue(draft, tmp_path / "out")
    for copy, path in zip(BATCH, paths, strict=True):
        mark = read(path).existing_mark
        assert mark is not None and (mark.copy_number, mark.recipient or "") == (copy.copy_number, copy.recipient)


def test_copies_to_different_people_are_patched_from_one_save(draft: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    saves: list[int] = []
    real = stamp_pdf.pdf_bytes
    monkeypatch.setattr(stamp_pdf, "pdf_bytes", lambda doc, **kw: saves.append(1) or real(doc, **kw))
    named = [copy for copy in BATCH if copy.recipient]  # a copy to nobody has no 发放对象 slot: saved on its own
    with PdfStamper(draft, FACTS) as stamper:
        stamper.write_copies([(copy, tmp_path / f"c{copy.copy_number}.pdf") for copy in named])
    assert len(saves) == 1, "every recipient's copy comes from the one template"


def test_no_copy_carries_another_recipients_name_or_glyphs(draft: Path, tmp_path: Path):
    paths = _issue(draft, tmp_path / "out")
    font = cjk_font()
    droid = TrueType(bytes(font.buffer))
    with PdfStamper(draft, FACTS) as stamper:
        shared = stamper._base_chars
    for copy, path in zip(BATCH, paths, strict=True):
        own = set(copy.recipient or "")
        others = {c for other in BATCH for c in (other.recipient or "")} - own - shared
        glyphs = {c: droid.glyph(font.has_glyph(ord(c))) for c in others}
        data = path.read_bytes()
        with pymupdf.open(path) as doc:
            streams = b"".join(doc.xref_stream(x) or b"" for x in range(1, doc.xref_length()) if doc.xref_is_stream(x))
            for program in _fonts(doc):
                cmap = TrueType(program).cmap()
                if cmap:  # the recipient's own font: exactly their characters beyond the shared ones
                    assert {chr(code) for code in cmap} == {c for c in own - shared if font.has_glyph(ord(c))}
        for char, record in glyphs.items():
            assert len(record) > 20 and record not in streams, f"copy {copy.copy_number} holds the glyph of {char}"
        for other in {o.recipient for o in BATCH if o.recipient and o.recipient != copy.recipient}:
            if not set(other) <= own | shared:
                assert other.encode("utf-16-be").hex().upper().encode() not in data
                assert other.encode() not in data and other.encode() not in streams


def test_the_watermark_shows_the_same_glyphs_as_a_copy_drawn_in_one_font(draft: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    paths = _issue(draft, tmp_path / "fast")
    poppler = shutil.which("pdftoppm")
    for copy, path in zip(BATCH, paths, strict=True):
        if not copy.recipient:
            continue
        reference = _one_font_copy(draft, copy, tmp_path / f"one-{copy.copy_number}.pdf", monkeypatch)
        with pymupdf.open(path) as one, pymupdf.open(reference) as other:
            for page, twin in zip(one, other, strict=True):
                assert page.get_pixmap(dpi=72).samples == twin.get_pixmap(dpi=72).samples
        if poppler:  # a second renderer draws the recipient's font the same way
            shots = []
            for name, pdf in (("fast", path), ("one", reference)):
                prefix = tmp_path / f"{name}-{copy.copy_number}"
                subprocess.run([poppler, "-r", "60", "-f", "1", "-l", "1", "-png", str(pdf), str(prefix)],
                               check=True, capture_output=True)
                shots.append(next(tmp_path.glob(f"{prefix.name}*.png")).read_bytes())
            assert shots[0] == shots[1]


def test_every_copy_is_a_valid_pdf_for_other_readers(draft: Path, tmp_path: Path):
    import pypdf

    paths = _issue(draft, tmp_path / "out")
    qpdf = shutil.which("qpdf")
    for copy, path in zip(BATCH, paths, strict=True):
        reader = pypdf.PdfReader(path, strict=True)
        text = "".join(page.extract_text() for page in reader.pages)
        assert f"第{copy.copy_number}份" in text and (copy.recipient or "") in text
        if qpdf:
            done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
            assert done.returncode == 0 and "No syntax or stream encoding errors" in done.stdout, done.stdout


@pytest.mark.parametrize("whole", [False, True])
def test_each_copy_has_its_own_file_identifier(draft: Path, tmp_path: Path, whole: bool):
    import pypdf

    paths = _issue(draft, tmp_path / "out", whole=whole)
    seen: set[bytes] = set()
    for path in paths:
        ids = [value.original_bytes for value in pypdf.PdfReader(path).trailer["/ID"]]
        assert len(ids) == 2 and all(len(value) == 16 for value in ids)
        assert not seen & set(ids), "no two copies share a trailer /ID"
        seen |= set(ids)


def test_a_name_longer_than_the_template_reserved_still_gets_a_whole_and_private_copy(draft: Path, tmp_path: Path):
    long_name = "".join(dict.fromkeys("".join(FINANCIAL_REPORT).replace(" ", "")))[:150]
    batch = [CopyFacts("000001", "王五"), CopyFacts("000002", long_name), CopyFacts("000003", "李四")]
    paths = [tmp_path / f"c{copy.copy_number}.pdf" for copy in batch]
    with PdfStamper(draft, FACTS) as stamper:
        stamper.write_copies(list(zip(batch, paths, strict=True)))
    for copy, path in zip(batch, paths, strict=True):
        with pymupdf.open(path) as doc:
            assert not doc.is_repaired
            assert f"发放对象 {copy.recipient}" in doc[0].get_text().replace("\n", "")
            programs = [TrueType(p).cmap() for p in _fonts(doc)]
            assert [{chr(c) for c in cmap} - set(copy.recipient or "") for cmap in programs if cmap] == [set()]
