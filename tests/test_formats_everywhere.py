"""Every format goes through everything: the daemon marks or holds spreadsheets, presentations and
OFD like any draft, copies are issued in the same format, and a copy or a reproduction in any
format is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook

from marker.errors import ExitCode
from marker.reading.documents import read
from tests.conftest import json_lines
from tests.daemon_helpers import files_in, ledger_rows
from tests.ofd_builder import make_ofd
from tests.test_office_formats import make_salary_xlsx, make_strategy_pptx
from tests.test_preflight import approve_copies
from tests.test_watch import CONTRACT, _context

CONTRACT_LINES = CONTRACT.splitlines()


def test_the_daemon_marks_an_ofd_contract_and_quarantines_a_signed_one(tmp_path: Path):
    from marker.intake.pipeline import process_file

    ctx = _context(tmp_path / "ws")
    result = process_file(ctx, make_ofd(ctx.layout.inbox / "采购合同.ofd", [CONTRACT_LINES]))
    assert result.outcome == "marked" and result.level == "秘密"
    [copy] = files_in(ctx.layout.outbox / "秘密")
    assert copy.name == f"采购合同.{result.registry}-000001.ofd"
    assert read(copy).existing_mark.registry == result.registry
    signed = process_file(ctx, make_ofd(ctx.layout.inbox / "签章合同.ofd", [CONTRACT_LINES[:3]], signed=True))
    assert signed.outcome == "quarantined"
    reason = (ctx.layout.quarantine / "签章合同.ofd.reason.txt").read_text(encoding="utf-8")
    assert "签名" in reason
    assert [p.name for p in ctx.layout.quarantine.iterdir() if p.suffix == ".ofd"] == ["签章合同.ofd"]


@pytest.mark.parametrize("maker", [make_salary_xlsx, make_strategy_pptx], ids=["xlsx", "pptx"])
def test_the_daemon_takes_spreadsheets_and_presentations(tmp_path: Path, maker, cli):
    from marker.intake.pipeline import process_file

    workspace = tmp_path / "ws"
    ctx = _context(workspace)
    draft = maker(ctx.layout.inbox / ("工资表.xlsx" if maker is make_salary_xlsx else "战略规划.pptx"))
    result = process_file(ctx, draft)
    assert result.outcome in ("marked", "review"), result
    if result.outcome == "review":
        code, _, err = cli("review", "accept", draft.name, "--level", result.level, "--workspace", workspace)
        assert code == 0, err
    marked = [p for p in ctx.layout.root.rglob(f"*{draft.suffix}") if ".MJ-" in p.name]
    assert marked and read(marked[0]).existing_mark is not None


def test_copies_of_an_ofd_are_issued_as_ofd(cli, tmp_path: Path):
    path = make_ofd(tmp_path / "合同.ofd", [CONTRACT_LINES])
    code, out, err = cli("mark", path, "--level", "秘密", "--json")
    assert code == 0, err
    registry = json_lines(out)[0]["registry"]
    approve_copies(cli, registry, 3, by="王芳")
    code, out, err = cli("copies", "issue", registry, "--to", "李四", "--json")
    assert code == 0, err
    copy = Path(json_lines(out)[0]["copies"][0]["path"])
    mark = read(copy).existing_mark
    assert copy.suffix == ".ofd" and mark.copy_number == "000002" and mark.recipient == "李四"


def test_a_reproduction_in_another_format_is_recognised(cli, tmp_path: Path):
    path = make_ofd(tmp_path / "合同.ofd", [CONTRACT_LINES])
    code, out, err = cli("mark", path, "--level", "秘密", "--json")
    assert code == 0, err
    registry = json_lines(out)[0]["registry"]
    word = WordDocument()
    for line in CONTRACT_LINES:
        word.add_paragraph(line)
    word.save(tmp_path / "合同（重存）.docx")
    relaid = make_ofd(tmp_path / "合同（重排）.ofd", [CONTRACT_LINES[:4], CONTRACT_LINES[4:]])
    for reproduction in (tmp_path / "合同（重存）.docx", relaid):
        code, _, err = cli("mark", reproduction, "--level", "内部")
        assert code == ExitCode.REFUSED and registry in err, (reproduction.name, err)


def test_a_resaved_spreadsheet_copy_is_still_recognised(cli, tmp_path: Path):
    path = make_salary_xlsx(tmp_path / "工资表.xlsx")
    code, out, err = cli("mark", path, "--level", "秘密", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    book = load_workbook(result["copies"][0]["path"])
    book.active["J1"] = "备注"
    resaved = tmp_path / "工资表（另存）.xlsx"
    book.save(resaved)
    code, _, err = cli("mark", resaved, "--level", "内部")
    assert code == ExitCode.REFUSED and result["registry"] in err, err


def test_refusals_are_recorded_per_format(tmp_path: Path):
    from marker.intake.pipeline import process_file

    ctx = _context(tmp_path / "ws")
    result = process_file(ctx, make_ofd(ctx.layout.inbox / "合同.ofd", [CONTRACT_LINES]))
    [copy] = files_in(ctx.layout.outbox / "秘密")
    dropped = ctx.layout.inbox / copy.name
    dropped.write_bytes(copy.read_bytes())
    assert process_file(ctx, dropped).outcome == "quarantined"
    refusals = [(r, c) for r, c, p in ledger_rows(ctx.layout.root, "refused") if p["action"] == "reproduce"]
    assert refusals == [(result.registry, "000001")]
