"""Copies recognised by what they contain: a registered document's text in another format, marked,
or pasted into a new draft, is matched to its 登记号; different documents are not."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from marker.domain.fingerprint import (
    Fingerprint,
    best_match,
    common_hashes,
    compare,
    fingerprint,
    matches,
    normalise,
)
from marker.domain.marks import CopyFacts
from marker.errors import LedgerIntegrityError
from marker.reading.documents import read
from marker.render.docx import DocxStamper
from marker.render.pdf import PdfStamper
from tests.builders import convert_with_libreoffice, libreoffice, make_docx, make_pdf, sample_facts
from tests.documents_zh import ALL, BLANK_TEMPLATES, CONTRACT_B, Draft, contract

FACTS = sample_facts(expiry=date(2036, 4, 9), policy="默认保密策略", marked_at="2026-04-09T10:00:00+08:00")
COPY = CopyFacts("000003", "财务部张三")
MINUTES = ALL["纪要"]
CONTRACT_A = ALL["合同A"]


def _docx(tmp_path: Path, draft: Draft, name: str = "draft.docx") -> Path:
    return make_docx(tmp_path / name, draft.paragraphs, table=draft.table, paragraphs_after=draft.after)


def _fp(path: Path) -> Fingerprint:
    return fingerprint(read(path).text)


def _save_as_pdf(source: Path, tmp_path: Path) -> Path:
    if libreoffice() is None:
        pytest.skip("LibreOffice (soffice) not installed: the Save-as-PDF conversion cannot be made")
    out = tmp_path / "lo"
    out.mkdir(exist_ok=True)
    return convert_with_libreoffice(source, out)


def _long_text(seed: int, size: int = 50_000) -> str:
    """Prose-like text long enough that the fingerprint keeps a sample, not every shingle."""
    chars = "的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多"
    rng = random.Random(seed)
    lines = ("".join(rng.choice(chars) for _ in range(rng.randint(20, 60))) + "。" for _ in range(size // 40))
    return "\n".join(lines)[:size]


@pytest.mark.slow
def test_libreoffice_save_as_pdf_is_a_reproduction_of_the_docx(tmp_path: Path):
    original = _docx(tmp_path, CONTRACT_A, "合同.docx")
    pdf = _save_as_pdf(original, tmp_path)
    found = best_match(_fp(pdf), [("MJ-2026-000007", _fp(original))])
    assert found is not None and found.key == "MJ-2026-000007"
    assert found.kind == "reproduction"


@pytest.mark.slow
def test_a_marked_copy_saved_as_pdf_is_still_recognised(tmp_path: Path):
    original = _docx(tmp_path, MINUTES, "纪要.docx")
    with_marks = tmp_path / "copy.docx"
    stamper = DocxStamper(original, FACTS)
    stamper.write_copy(COPY, with_marks)
    stamper.close()
    pdf = _save_as_pdf(with_marks, tmp_path)
    found = best_match(_fp(pdf), [("MJ-2026-000123", _fp(original))])
    assert found is not None and found.kind == "reproduction" and found.similarity.jaccard > 0.97


def test_marked_copies_match_their_original(tmp_path: Path):
    original_docx = _docx(tmp_path, MINUTES)
    marked_docx = tmp_path / "copy.docx"
    stamper = DocxStamper(original_docx, FACTS)
    stamper.write_copy(COPY, marked_docx)
    stamper.close()
    assert "MJ-2026-000123" in read(marked_docx).text, "the copy does carry the marks"
    assert best_match(_fp(marked_docx), [("doc", _fp(original_docx))]).kind == "reproduction"

    original_pdf = make_pdf(tmp_path / "minutes.pdf", [MINUTES.text[:400], MINUTES.text[400:]])
    marked_pdf = tmp_path / "copy.pdf"
    with PdfStamper(original_pdf, FACTS) as pdf_stamper:
        pdf_stamper.write_copy(COPY, marked_pdf)
    similarity = compare(_fp(marked_pdf), _fp(original_pdf))
    assert similarity.jaccard == 1.0, "the mark line, 份号, header, footer and watermark are not content"


def test_two_contracts_from_one_template_are_not_reproductions_of_each_other():
    registered = [("MJ-2026-000001", fingerprint(CONTRACT_A.text))]
    other = fingerprint(contract(CONTRACT_B).text)
    found = best_match(other, registered)
    assert found is None or found.kind != "reproduction"
    blank_form = common_hashes([fingerprint(BLANK_TEMPLATES["合同A"].text)], min_documents=1)
    assert best_match(other, registered, common=blank_form) is None, "once the blank form is known, not a quote"


def test_sixty_percent_pasted_into_a_new_draft_is_a_quotation():
    registered = [("MJ-2026-000009", fingerprint(MINUTES.text)), ("MJ-2026-000010", fingerprint(CONTRACT_A.text))]
    lines = MINUTES.text.splitlines()
    pasted = "\n".join(lines[: int(len(lines) * 0.6)])
    own = ALL["战略规划"].text
    for draft in (pasted, own[:800] + "\n" + pasted + "\n" + own[800:]):
        found = matches(fingerprint(draft), registered)
        assert [(m.key, m.kind) for m in found] == [("MJ-2026-000009", "quotation")]
        assert found[0].score >= 0.5


def test_a_compilation_names_every_document_it_quotes():
    registered = [(name, fingerprint(draft.text)) for name, draft in ALL.items()]
    compilation = "\n".join([ALL["纪要"].text, "综合情况说明：以下为规划摘要。", ALL["战略规划"].text[:600]])
    found = matches(fingerprint(compilation), registered)
    assert {m.key for m in found} == {"纪要", "战略规划"}
    assert all(m.kind == "quotation" for m in found)


def test_an_excerpt_of_a_long_document_is_recognised_and_strangers_are_not():
    long_original = fingerprint(_long_text(1))
    assert not long_original.complete and long_original.shingles > 40_000
    excerpt = _long_text(1)[20_000:25_000]
    found = best_match(fingerprint(excerpt), [("MJ-2026-000042", long_original)])
    assert found is not None and found.kind == "quotation"
    assert found.similarity.candidate_in_registered > 0.8
    assert best_match(fingerprint(_long_text(2)), [("MJ-2026-000042", long_original)]) is None
    assert best_match(fingerprint(_long_text(1)), [("MJ-2026-000042", long_original)]).kind == "reproduction"


def test_unrelated_documents_do_not_match():
    registered = [(name, fingerprint(draft.text)) for name, draft in ALL.items() if name != "纪要"]
    assert matches(fingerprint(MINUTES.text), registered) == []


def test_mark_lines_and_layout_are_not_content():
    body = MINUTES.text
    stamped = "\n".join(
        [
            "000003",
            "某某公司 机密 10年",
            "机密  MJ-2026-000123",
            body.replace("。", "。\n  "),
            "第 000003 份",
            "第 1 页 共 3 页",
            "机密  MJ-2026-000123  第000003份  发放对象 财务部张三",
            "机密★10年",
        ]
    )
    assert normalise(stamped) == normalise(body)
    assert normalise("某某公司机密10 年\n正文") == "正文", "LibreOffice drops the spaces of the mark line"
    assert normalise("ＡＢＣ１２３，ｄｅｆ") == "abc123def"
    assert normalise("保密协议\n华岳 机要 10年", levels=("机要",)) == "保密协议", "the policy's own level names"
    assert normalise("保密协议\n华岳 机要 10年") == "保密协议华岳机要10年"


def test_signature_is_stable_round_trips_and_holds_no_text():
    first, second = fingerprint(CONTRACT_A.text), fingerprint(CONTRACT_A.text)
    assert first == second and first.to_bytes() == second.to_bytes()
    assert Fingerprint.from_bytes(first.to_bytes()) == first
    assert Fingerprint.from_hex(first.hex()) == first
    stored = first.to_bytes()
    text = normalise(CONTRACT_A.text)
    for encoding in ("utf-8", "utf-16-le", "utf-32-le", "gb18030"):
        assert not any(text[i : i + 4].encode(encoding) in stored for i in range(len(text) - 3))


def test_a_damaged_signature_is_a_ledger_integrity_error():
    stored = fingerprint(MINUTES.text).to_bytes()
    for damaged in (stored[:10], stored[:-3], b"XXXX" + stored[4:]):
        with pytest.raises(LedgerIntegrityError):
            Fingerprint.from_bytes(damaged)
    with pytest.raises(LedgerIntegrityError):
        Fingerprint.from_hex("not hex")


def test_empty_text_matches_nothing():
    assert fingerprint("").shingles == 0
    assert best_match(fingerprint("  \n。"), [("doc", fingerprint(MINUTES.text))]) is None


def test_a_common_phrase_alone_is_not_a_quotation():
    registered = [("MJ-2026-000009", fingerprint(MINUTES.text))]
    phrase = "会议要求，各责任部门要按照会议确定的分工和时间节点抓好落实。"
    assert phrase.rstrip("。") in MINUTES.text
    assert compare(fingerprint(phrase), registered[0][1]).candidate_in_registered == 1.0
    assert best_match(fingerprint(phrase), registered) is None
