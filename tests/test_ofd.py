"""OFD (GB/T 33190) documents, as official documents increasingly arrive: read from their text
objects, classified, marked with a layer of text objects in an embedded font, read back, and
opened by an independent OFD parser (ofdkit, in the test extra)."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pymupdf
import pytest
from lxml import etree

from marker.errors import ExitCode
from marker.reading.documents import read
from marker.render.ofd_font import mark_font
from tests.conftest import json_lines
from tests.ofd_builder import MEETING_MINUTES, NS, make_ofd, ofd_bytes

Q = f"{{{NS}}}"


def test_an_ofd_is_read_page_by_page_and_classified(cli, tmp_path: Path):
    path = make_ofd(tmp_path / "董事会纪要.ofd", MEETING_MINUTES)
    document = read(path)
    assert document.kind == "ofd" and document.page_count == 2
    assert document.title == "关于2027年度经营计划的董事会会议纪要"
    assert document.blocks[1].text.splitlines()[0] == "会议决定："
    code, out, err = cli("classify", path, "--json")
    assert code == 0, err
    [row] = json_lines(out)
    assert row["error"] is None and row["level"] in ("机密", "绝密")


def _part(archive: zipfile.ZipFile, name: str) -> etree._Element:
    return etree.fromstring(archive.read(name))


def test_a_marked_ofd_copy_carries_marks_on_every_page_an_embedded_font_and_mijis_facts(cli, tmp_path: Path):
    path = make_ofd(tmp_path / "董事会纪要.ofd", MEETING_MINUTES)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, out, err = cli("mark", path, "--level", "机密", "--to", "张三", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    copy = Path(result["copies"][0]["path"])
    registry = result["registry"]
    assert copy.suffix == ".ofd" and hashlib.sha256(path.read_bytes()).hexdigest() == before
    marked = read(copy)
    assert marked.existing_mark is not None and marked.existing_mark.source == "metadata"
    assert marked.existing_mark.registry == registry and marked.existing_mark.copy_number == "000001"
    first = marked.blocks[0].text.splitlines()
    assert first[:2] == [f"机密  {registry}", "000001"] and first[2].startswith("某某公司 机密 "), \
        "the header, then 份号 and the mark line, above the page's text"
    for number, block in enumerate(marked.blocks, start=1):
        assert f"机密  {registry}" in block.text and f"第 {number} 页 共 2 页" in block.text
        assert "发放对象 张三" in block.text, "the watermark names the recipient"
    with zipfile.ZipFile(copy) as archive:
        res = _part(archive, "Doc_0/PublicRes.xml")
        [font] = [f for f in res.iter(f"{Q}Font") if f.findtext(f"{Q}FontFile")]
        data = archive.read("Doc_0/Res/" + font.findtext(f"{Q}FontFile"))
        face = pymupdf.Font(fontbuffer=data)
        assert all(face.has_glyph(ord(c)) for c in f"某某公司机密10年第份页共{registry}发放对象张三" if c != " ")
        assert archive.getinfo("Doc_0/Res/" + font.findtext(f"{Q}FontFile")).compress_size < 20_000, "a subset"
        ids = [e.get("ID") for name in archive.namelist() if name.endswith(".xml")
               for e in _part(archive, name).iter() if isinstance(e.tag, str) and e.get("ID")]
        document_ids = [i for i in ids if i.isdigit()]
        assert len(document_ids) == len(set(document_ids)), "every object id is unique in the document"
        highest = int(_part(archive, "Doc_0/Document.xml").findtext(f"{Q}CommonData/{Q}MaxUnitID"))
        assert highest >= max(int(i) for i in document_ids)
    code, _, err = cli("mark", copy, "--level", "内部")
    assert code == ExitCode.REFUSED and registry in err, "a marked copy is recognised as registered"


def test_new_object_ids_never_repeat_existing_ones_even_when_max_unit_id_is_wrong(tmp_path: Path):
    from marker.domain.marks import CopyFacts
    from marker.render.ofd import stamp_ofd
    from tests.builders import sample_facts

    data = ofd_bytes(MEETING_MINUTES)
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            raw = source.read(name)
            if name == "Doc_0/Document.xml":
                raw = re.sub(rb"<ofd:MaxUnitID>\d+</ofd:MaxUnitID>", b"<ofd:MaxUnitID>3</ofd:MaxUnitID>", raw)
            target.writestr(name, raw)
    marked = stamp_ofd(buffer.getvalue(), tmp_path / "x.ofd", sample_facts(), CopyFacts("000001"))
    with zipfile.ZipFile(io.BytesIO(marked)) as archive:
        ids = [e.get("ID") for name in archive.namelist() if name.endswith(".xml")
               for e in _part(archive, name).iter() if isinstance(e.tag, str) and e.get("ID")]
    assert len(ids) == len(set(ids))


def test_the_marked_copy_opens_in_an_independent_ofd_parser(cli, tmp_path: Path):
    ofdkit = pytest.importorskip("ofdkit", reason="ofdkit (test extra) is not installed")
    path = make_ofd(tmp_path / "纪要.ofd", MEETING_MINUTES)
    code, out, err = cli("mark", path, "--level", "机密", "--json")
    assert code == 0, err
    [result] = json_lines(out)
    with ofdkit.open(Path(result["copies"][0]["path"])) as document:
        assert len(document.pages) == 2 and not document.warnings
        assert document.info.custom_data["miji:registry"] == result["registry"]
        first = document.pages[0]
        mark = next(run for run in first.runs if run.text.startswith("某某公司 机密 "))
        copy_no = next(run for run in first.runs if run.text == "000001")
        title = next(run for run in first.runs if run.text.startswith("关于2027年度"))
        assert copy_no.y < mark.y < title.y, "份号 above the mark, both above the page's first line"
        assert 20 <= mark.x <= 35 and mark.y - mark.size >= 15
        for page in document.pages:
            assert f"第 {page.index + 1} 页 共 2 页" in page.text()


def _pua_ofd(path: Path) -> Path:
    """A page whose text codes are private-use characters, with the real glyphs in CGTransform and
    the font embedded: the form some converters write."""
    words = "机密文件"
    font = mark_font(words)
    face = pymupdf.Font(fontbuffer=font)
    glyphs = " ".join(str(face.has_glyph(ord(c))) for c in words)
    data = ofd_bytes([["第一行"]])
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            raw = source.read(name)
            if name == "Doc_0/PublicRes.xml":
                raw = raw.replace(b"</ofd:Fonts>", b'<ofd:Font ID="3" FontName="X"><ofd:FontFile>x.ttf</ofd:FontFile>'
                                  b"</ofd:Font></ofd:Fonts>")
            if name.endswith("Page_0/Content.xml"):
                extra = (f'<ofd:TextObject ID="90" Boundary="25 20 100 8" Font="3" Size="5">'
                         f'<ofd:CGTransform CodePosition="0" CodeCount="4" GlyphCount="4"><ofd:Glyphs>{glyphs}'
                         f'</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0" Y="5">\ue000\ue001\ue002\ue003'
                         f"</ofd:TextCode></ofd:TextObject>")
                raw = raw.replace(b"</ofd:Layer>", extra.encode() + b"</ofd:Layer>")
            target.writestr(name, raw)
        target.writestr("Doc_0/Res/x.ttf", font)
    path.write_bytes(out.getvalue())
    return path


def test_glyph_codes_are_read_through_the_embedded_fonts_map(tmp_path: Path):
    document = read(_pua_ofd(tmp_path / "转换件.ofd"))
    assert document.text.splitlines()[:2] == ["机密文件", "第一行"]


def test_a_signed_ofd_is_classified_but_not_marked(cli, tmp_path: Path):
    path = make_ofd(tmp_path / "签章件.ofd", MEETING_MINUTES, signed=True)
    code, _, err = cli("classify", path)
    assert code == 0, err
    code, _, err = cli("mark", path, "--level", "机密")
    assert code == ExitCode.INPUT and "签名" in err and len(err.strip().splitlines()) == 1, err
    assert [p.name for p in tmp_path.rglob("*.ofd")] == ["签章件.ofd"], "no copy written"


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", "<x/>")
        archive.writestr("Doc_0/big.xml", b"\0" * (120 * 1024 * 1024))
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "words"), [
    ("加密.ofd", ofd_bytes([["正文"]], encrypted=True), "加密"),
    ("缺页.ofd", ofd_bytes([["第一页"], ["第二页"]], missing_page=True), "缺少部件"),
    ("炸弹.ofd", _bomb(), "zip bomb"),
    ("不是.ofd", b"%PDF-1.7\n" + b"0" * 100, "不是 OFD"),
    ("压缩包.ofd", b"PK\x05\x06" + b"\0" * 18, "不是 OFD"),
])
def test_bad_ofd_files_are_one_line_refusals(cli, tmp_path: Path, name: str, data: bytes, words: str):
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = cli("classify", path)
    assert code == ExitCode.INPUT and words in err and len(err.strip().splitlines()) == 1, err
