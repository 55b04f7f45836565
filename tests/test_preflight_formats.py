"""Pre-flight of spreadsheets, presentations and OFD: a marked, registered, approved copy passes;
one with its marks taken off, an edited one, or one from another ledger does not."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pptx import Presentation

from tests.conftest import json_lines
from tests.ofd_builder import MEETING_MINUTES, make_ofd
from tests.roster import ACTOR
from tests.test_office_formats import make_salary_xlsx, make_strategy_pptx
from tests.test_preflight import Cli, approve_copies, errors, order_file, run_json

MAKERS = {
    ".xlsx": make_salary_xlsx,
    ".pptx": make_strategy_pptx,
    ".ofd": lambda path: make_ofd(path, MEETING_MINUTES),
}


@pytest.fixture()
def office(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("MIJI_USER", "验证员小陈")
    return cli


def marked(cli: Cli, tmp: Path, suffix: str) -> tuple[str, Path]:
    source = MAKERS[suffix](tmp / f"印件{suffix}")
    code, out, err = cli("mark", source, "--level", "机密", "--json", "--by", ACTOR)
    assert code == 0, err
    result = json_lines(out)[0]
    approve_copies(cli, result["registry"], 5, by="王芳")
    return result["registry"], Path(result["copies"][0]["path"])


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".ofd"])
def test_a_marked_registered_copy_passes(office: Cli, tmp_path: Path, suffix: str) -> None:
    registry, copy = marked(office, tmp_path, suffix)
    code, result = run_json(office, copy, "--order", order_file(tmp_path))
    assert code == 0, result["findings"]
    assert result["files"][0]["registry"] == registry and result["level"] == "机密"


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".ofd"])
def test_a_copy_from_another_ledger_is_not_registered(office: Cli, tmp_path: Path, suffix: str) -> None:
    _, copy = marked(office, tmp_path, suffix)
    _, result = run_json(office, copy, "--order", order_file(tmp_path), "--workspace", tmp_path / "other")
    assert "LEDGER-REGISTERED" in errors(result)


def _without_marks(copy: Path, out: Path) -> Path:
    """The copy with its visible marks taken off (metadata kept): what a careless edit leaves."""
    if copy.suffix == ".xlsx":
        book = load_workbook(copy)
        for sheet in book.worksheets:
            sheet.oddHeader.left.text = sheet.oddHeader.right.text = None
            sheet.oddFooter.center.text = None
        book.save(out)
    elif copy.suffix == ".pptx":
        deck = Presentation(copy)
        for slide in deck.slides:
            for shape in list(slide.shapes):
                if shape.has_text_frame and ("MJ-" in shape.text_frame.text or "某某公司" in shape.text_frame.text):
                    shape._element.getparent().remove(shape._element)
        deck.save(out)
    else:
        source = zipfile.ZipFile(copy)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as target:
            for name in source.namelist():
                raw = source.read(name)
                if name.endswith("Content.xml"):
                    raw = raw[: raw.index(b'<ofd:Layer ID', raw.index(b"</ofd:Layer>"))] + b"</ofd:Content></ofd:Page>"
                target.writestr(name, raw)
        out.write_bytes(buffer.getvalue())
    return out


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx", ".ofd"])
def test_a_copy_without_its_visible_marks_fails(office: Cli, tmp_path: Path, suffix: str) -> None:
    _, copy = marked(office, tmp_path, suffix)
    stripped = _without_marks(copy, tmp_path / f"stripped{suffix}")
    code, result = run_json(office, stripped, "--order", order_file(tmp_path))
    assert code == 6
    assert {"MARK-HEADER", "MARK-FIRSTPAGE", "LEDGER-HASH"} <= errors(result), result["findings"]


def test_an_unsupported_job_file_is_refused(office: Cli, tmp_path: Path) -> None:
    job = tmp_path / "job.docx"
    shutil.copy(Path(__file__), job)
    code, _, err = office("preflight", job, "--order", order_file(tmp_path))
    assert code == 3 and "XLSX" in err
