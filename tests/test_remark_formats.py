"""Re-marking spreadsheets, presentations and OFD copies: the old mark struck, 解密 and the date (or
the new mark) beside it, Miji's facts rewritten, and the file still opening."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from openpyxl import load_workbook
from pptx import Presentation

from marker.domain.policy import default_policy
from marker.intake.mark import mark_file
from marker.ledger.store import open_ledger
from marker.reading.documents import read
from marker.worker.isolation import InProcess
from tests.conftest import json_lines
from tests.ofd_builder import NS, make_ofd
from tests.roster import staff
from tests.test_office_formats import make_salary_xlsx

AS_OF = "2026-11-21"
DATED = "成文日期：2019年3月1日"


def _xlsx(path: Path) -> Path:
    make_salary_xlsx(path)
    book = load_workbook(path)
    book["说明"].append([DATED])
    book.save(path)
    return path


def _pptx(path: Path) -> Path:
    deck = Presentation()
    for title in ("2019年投资计划（讨论稿）", "并购方案"):
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = f"拟收购华东两家企业，投资总额约 12 亿元。\n{DATED}"
    deck.save(path)
    return path


def _ofd(path: Path) -> Path:
    return make_ofd(path, [["关于2019年预算的会议纪要", "会议审议了预算方案。", DATED], ["第二页：资金安排。"]])


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("remark-formats")
    workspace, archive, drafts = base / "ws", base / "archive", base / "drafts"
    drafts.mkdir()
    staff(workspace)  # `miji init`: nothing is stamped before it
    ledger = open_ledger(workspace / "ledger.sqlite3", workspace / "keys" / "ledger.key")
    with ledger:
        for draft in (_xlsx(drafts / "工资表.xlsx"), _pptx(drafts / "投资计划.pptx"), _ofd(drafts / "纪要.ofd")):
            marked = mark_file(draft, default_policy(), ledger, worker=InProcess(), actor="档案员",
                               out_dir=drafts / "copies", level="秘密", period="1年")
            target = archive / f"expired{draft.suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(marked.copies[0].path, target)
    return workspace, archive


@pytest.fixture()
def declassified(archive: tuple[Path, Path], tmp_path: Path, cli: Callable) -> tuple[Path, dict]:
    workspace, folder = archive
    ws = tmp_path / "ws"
    shutil.copytree(workspace, ws)
    out = tmp_path / "out"
    code, stdout, err = cli("remark", folder, "--workspace", ws, "--as-of", AS_OF, "--declassify-expired",
                            "--out", out, "--json", "--jobs", "1")
    assert code == 0, err
    rows = {row["path"]: row for row in json_lines(stdout) if not row.get("summary")}
    return out, rows


def test_every_format_is_declassified_with_its_facts_rewritten(declassified):
    out, rows = declassified
    assert {path: row["action"] for path, row in rows.items()} == {
        "expired.xlsx": "declassify", "expired.pptx": "declassify", "expired.ofd": "declassify"}
    for name in rows:
        mark = read(out / name).existing_mark
        assert mark is not None and mark.fields["declassified"] == "2026-11-21" and not mark.expiry, name


def test_a_spreadsheets_header_mark_is_struck_with_jiemi_beside_it(declassified):
    out, _ = declassified
    book = load_workbook(out / "expired.xlsx")  # the re-marked workbook reopens
    for sheet in book.worksheets:
        left = sheet.oddHeader.left.text
        assert "&S某某公司 秘密 1年&S 解密 2026年11月21日" in left and "000001" in left, left
        assert sheet.oddHeader.right.text.startswith("&S秘密&S 解密  MJ-"), "the running level is struck too"
    assert book.worksheets[0]["H2"].value == "=E2+F2-G2", "formulas kept"


def test_a_slides_mark_and_footer_runs_are_struck(declassified):
    out, _ = declassified
    deck = Presentation(out / "expired.pptx")
    for slide in deck.slides:
        runs = [run for shape in slide.shapes if shape.has_text_frame for p in shape.text_frame.paragraphs
                for run in p.runs]
        struck = {run.text for run in runs if run._r.rPr is not None and run._r.rPr.get("strike") == "sngStrike"}
        live = {run.text.strip() for run in runs if run.text.strip() and run.text not in struck}
        assert "某某公司 秘密 1年" in struck and "解密 2026年11月21日" in live
        assert any(text.startswith("秘密  MJ-") for text in struck) and "解密" in live


def test_an_ofds_mark_gets_a_stroke_and_jiemi_in_a_new_layer(declassified):
    out, _ = declassified
    text = read(out / "expired.ofd").text
    assert "解密 2026年11月21日" in text
    with zipfile.ZipFile(out / "expired.ofd") as archive:
        page = etree.fromstring(archive.read("Doc_0/Pages/Page_0/Content.xml"))
    q = f"{{{NS}}}"
    mark = next(o for o in page.iter(f"{q}TextObject") if "".join(o.itertext()).startswith("某某公司 秘密 1年"))
    mx, my, mw, mh = (float(v) for v in mark.get("Boundary").split())
    strokes = [[float(v) for v in p.get("Boundary").split()] for p in page.iter(f"{q}PathObject")]
    assert any(abs(x - mx) < 1 and my < y + 1 < my + mh and w >= mw - 1 for x, y, w, _ in strokes), \
        "a stroke runs through the old mark"


def test_the_re_marked_ofd_opens_in_an_independent_parser(declassified):
    ofdkit = pytest.importorskip("ofdkit", reason="ofdkit (test extra) is not installed")
    out, _ = declassified
    with ofdkit.open(out / "expired.ofd") as document:
        assert document.info.custom_data["miji:declassified"] == "2026-11-21"
        assert "解密 2026年11月21日" in document.pages[0].text()


def test_a_second_re_marking_strikes_the_newest_mark(archive: tuple[Path, Path], tmp_path: Path):
    from marker.domain.marks import Change
    from marker.render.rewrite_office import rewrite_office

    _, folder = archive
    for name in ("expired.xlsx", "expired.pptx", "expired.ofd"):
        data = (folder / name).read_bytes()
        for old, new in (("秘密", "机密"), ("机密", "绝密")):
            change = Change(new_level=new, new_period="5年", scheme="enterprise", owner="某某公司", declassified=None,
                            metadata=(("level", new), ("period", "5年"), ("registry", "MJ-2026-000001")))
            data = rewrite_office(name.rsplit(".", 1)[1], data, change, old_level=old, name=name)
        (tmp_path / name).write_bytes(data)
        assert read(tmp_path / name).existing_mark.level == "绝密", name
        if name != "expired.xlsx":  # a workbook's text is its cells; its mark is in the page header
            assert "某某公司 绝密 5年" in read(tmp_path / name).text, name
    left = load_workbook(tmp_path / "expired.xlsx").worksheets[0].oddHeader.left.text
    assert left.count("&S") == 4 and left.endswith("&S 某某公司 绝密 5年"), left
