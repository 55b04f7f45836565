"""Bad input per format (issue 17.7): password-protected Office files say "encrypted", a workbook
of formulas without saved values, too many slides, an OFD with too many pages or text objects or
an entity bomb — each a one-line refusal with exit 3, nothing written, and the daemon carries on."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from marker.errors import ExitCode
from tests.daemon_helpers import files_in
from tests.ofd_builder import ofd_bytes
from tests.test_office_formats import make_strategy_pptx
from tests.test_watch import _context

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _encrypted_office() -> bytes:
    """What Office writes for a password-protected file: an OLE container with an EncryptedPackage."""
    return OLE + b"\0" * 500 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 500


def _formulas_only(path: Path) -> Path:
    book = Workbook()
    for row in range(1, 30):
        book.active.append([f"=ROW()*{row}", f"=A{row}*2", f"=SUM(A1:B{row})"])
    book.save(path)
    return path


def _one_line_refusal(cli, path: Path, *words: str) -> None:
    code, out, err = cli("classify", path)
    assert code == ExitCode.INPUT and len(err.strip().splitlines()) == 1 and not out, err
    assert all(word in err for word in words), err


@pytest.mark.parametrize("name", ["工资表.xlsx", "方案.pptx", "报表.xls", "报表.et", "汇报.ppt", "汇报.dps"])
def test_password_protected_office_files_are_refused_as_encrypted(cli, tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(_encrypted_office())
    _one_line_refusal(cli, path, "加密")


def test_a_workbook_of_formulas_without_saved_values_is_refused(cli, tmp_path: Path):
    _one_line_refusal(cli, _formulas_only(tmp_path / "公式.xlsx"), "公式", "保存")


def test_too_many_slides_or_ofd_pages_or_text_objects(cli, tmp_path: Path):
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "miji.toml").write_text("[limits]\nmax_pages = 3\nmax_cells = 50\n", encoding="utf-8")
    deck = make_strategy_pptx(tmp_path / "四张.pptx")
    pages = tmp_path / "五页.ofd"
    pages.write_bytes(ofd_bytes([["第一页"]] * 5))
    lines = tmp_path / "多行.ofd"
    lines.write_bytes(ofd_bytes([[f"第 {n} 行" for n in range(30)]] * 2))
    for path, words in ((deck, "幻灯片"), (pages, "页数"), (lines, "文字对象")):
        code, _, err = cli("classify", path, "--workspace", workspace)
        assert code == ExitCode.INPUT and words in err and len(err.strip().splitlines()) == 1, err


def test_an_entity_bomb_in_an_ofd_page_is_not_expanded(cli, tmp_path: Path):
    bomb = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "AAAAAAAAAA"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
            '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
            '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1">'
            '<ofd:TextObject ID="2" Boundary="0 0 10 10" Font="2" Size="4"><ofd:TextCode X="0" Y="4">&f;&f;&f;'
            "</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
    source = zipfile.ZipFile(io.BytesIO(ofd_bytes([["正文"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            target.writestr(name, bomb if name.endswith("Content.xml") else source.read(name))
    path = tmp_path / "实体.ofd"
    path.write_bytes(buffer.getvalue())
    code, out, err = cli("classify", path, "--json")
    assert code in (0, ExitCode.INPUT) and len(err.strip().splitlines()) <= 1, err
    assert "AAAAAAAAAA" not in out


def test_the_daemon_quarantines_bad_spreadsheets_and_ofds_and_carries_on(tmp_path: Path):
    from marker.intake.pipeline import process_file

    ctx = _context(tmp_path / "ws")
    encrypted = ctx.layout.inbox / "加密.xlsx"
    encrypted.write_bytes(_encrypted_office())
    missing = ctx.layout.inbox / "缺页.ofd"
    missing.write_bytes(ofd_bytes([["第一页"], ["第二页"]], missing_page=True))
    for path, words in ((encrypted, "加密"), (_formulas_only(ctx.layout.inbox / "公式.xlsx"), "公式"),
                        (missing, "缺少部件")):
        assert process_file(ctx, path).outcome == "quarantined"
        assert words in (ctx.layout.quarantine / f"{path.name}.reason.txt").read_text(encoding="utf-8")
    assert files_in(ctx.layout.outbox) == []
