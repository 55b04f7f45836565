"""Reading real files: CJK PDFs, DOCX with tables, GBK text, marks already present, limits."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from marker.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    NotFoundInput,
    TooLargeInput,
    UnsupportedInput,
    WrongTypeInput,
)
from marker.reading.documents import read
from marker.settings import Limits
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    INTERNAL_NOTICE,
    make_docx,
    make_image_only_pdf,
    make_pdf,
    make_text,
)


def test_cjk_pdf_text_pages_and_date(tmp_path: Path):
    pdf = make_pdf(tmp_path / "a.pdf", ["第一页 财务报表", "第二页\n某某公司\n2023年5月19日"])
    doc = read(pdf)
    assert doc.kind == "pdf" and doc.page_count == 2
    assert "财务报表" in doc.text
    assert doc.document_date == date(2023, 5, 19)
    assert len(doc.sha256) == 64 and doc.pages_without_text == ()


def test_docx_reads_body_tables_headers_and_footers(tmp_path: Path):
    path = make_docx(tmp_path / "a.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE,
                     header="华岳精工 内部资料", footer="第1页", paragraphs_after=["2026年4月1日"])
    doc = read(path)
    kinds = [block.kind for block in doc.blocks]
    assert kinds == ["para", "table", "para", "header", "header"]
    table = doc.blocks[1].text
    assert "营业收入\t12,860.00\t11,885.40" in table
    assert "华岳精工 内部资料" in doc.text and "第1页" in doc.text
    assert doc.title == "2026年第一季度财务报表"
    assert doc.document_date == date(2026, 4, 1)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig"])
def test_text_in_gbk_and_utf8_is_decoded(tmp_path: Path, encoding: str):
    path = make_text(tmp_path / "notice.txt", INTERNAL_NOTICE, encoding=encoding)
    doc = read(path)
    assert "劳动节放假" in doc.text and doc.document_date == date(2026, 4, 20)


def test_visible_marks_in_the_first_lines_are_recognised(tmp_path: Path):
    state = read(make_text(tmp_path / "s.txt", "000003\n机密★1年\n关于某事的报告\n正文"))
    assert state.existing_mark is not None
    assert (state.existing_mark.level, state.existing_mark.period) == ("机密", "1年")
    assert state.existing_mark.copy_number == "000003"
    enterprise = read(make_text(tmp_path / "e.txt", "某某公司 秘密 5年\n工资表\n正文内容"))
    assert enterprise.existing_mark and enterprise.existing_mark.level == "秘密"
    bare = read(make_text(tmp_path / "b.txt", "绝密\n标题\n正文"))
    assert bare.existing_mark and bare.existing_mark.level == "绝密"
    mention = read(make_text(tmp_path / "m.txt", "机密文件管理制度\n第一条 机密文件应当登记。"))
    assert mention.existing_mark is None


def test_pages_without_text_are_reported(tmp_path: Path):
    doc = read(make_image_only_pdf(tmp_path / "scan.pdf", pages=2))
    assert doc.pages_without_text == (1, 2)


@pytest.mark.parametrize(
    ("name", "content", "error"),
    [
        ("empty.pdf", b"", EmptyInput),
        ("blank.txt", b"  \n\n ", EmptyInput),
        ("photo.pdf", b"\xff\xd8\xff\xe0" + b"\x00" * 200, WrongTypeInput),
        ("letter.docx", "这不是压缩包".encode(), WrongTypeInput),
        ("report.zip", b"PK\x03\x04", UnsupportedInput),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, WrongTypeInput),
    ],
)
def test_bad_inputs_raise_named_errors(tmp_path: Path, name: str, content: bytes, error: type):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error):
        read(path)


def test_missing_file(tmp_path: Path):
    with pytest.raises(NotFoundInput):
        read(tmp_path / "nope.pdf")


def test_truncated_pdf_is_corrupt(tmp_path: Path):
    whole = make_pdf(tmp_path / "whole.pdf", ["财务报表"] * 3).read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[:200])
    with pytest.raises(CorruptInput):
        read(cut)


def test_encrypted_pdf(tmp_path: Path):
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret", fontsize=12)
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(EncryptedInput):
        read(path)


def test_zip_that_is_not_a_word_file(tmp_path: Path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(WrongTypeInput):
        read(path)


def test_zip_bomb_guard_on_uncompressed_size_and_member_count(tmp_path: Path):
    base = make_docx(tmp_path / "base.docx", ["正文"]).read_bytes()
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("word/media/zeros.bin", b"\x00" * (30 * 1024 * 1024))
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(TooLargeInput, match="zip bomb"):
        read(bomb, Limits(max_zip_uncompressed=20 * 1024 * 1024))
    with pytest.raises(TooLargeInput, match="zip bomb"):
        read(bomb, Limits(max_zip_members=5))


def test_size_and_page_limits(tmp_path: Path):
    pdf = make_pdf(tmp_path / "many.pdf", ["页"] * 6)
    with pytest.raises(TooLargeInput, match="页数"):
        read(pdf, Limits(max_pages=5))
    with pytest.raises(TooLargeInput, match="文件过大"):
        read(pdf, Limits(max_bytes=100))


def test_reading_never_modifies_the_input(tmp_path: Path):
    path = make_docx(tmp_path / "a.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    before = path.read_bytes()
    read(path)
    assert path.read_bytes() == before


def test_edges_only_reading_keeps_first_and_last_pages(tmp_path: Path):
    pages = [f"第{i}页内容" for i in range(1, 10)] + ["某某公司\n2024年2月3日"]
    doc = read(make_pdf(tmp_path / "long.pdf", pages), full_text=False)
    assert doc.page_count == 10 and len(doc.blocks) == 4
    assert doc.document_date == date(2024, 2, 3)


def test_a_file_that_cannot_be_read_is_a_named_error(tmp_path: Path, monkeypatch):
    from marker.errors import InputError

    path = make_text(tmp_path / "locked.txt", INTERNAL_NOTICE)
    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputError, match="Permission denied"):
        read(path)
