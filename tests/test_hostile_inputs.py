"""A corpus of broken and hostile inputs, built in code: each gets its documented error and exit
code, and the daemon quarantines it and leaves nothing else behind."""

from __future__ import annotations

import io
import os
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pymupdf
import pytest

from marker.errors import (
    CorruptInput,
    EmptyInput,
    EncryptedInput,
    ExitCode,
    InputError,
    NotAFileInput,
    TooLargeInput,
    UndecodableText,
    UnsupportedInput,
    WrongTypeInput,
)
from marker.intake.pipeline import Context, process_file
from marker.settings import Limits, build_settings
from marker.workspace import load_effective_policy, open_workspace_ledger
from tests.builders import FINANCIAL_REPORT, make_docx, make_pdf
from tests.conftest import json_lines
from watch.workspace_setup import ensure_workspace

Builder = Callable[[Path], Path]


def _pdf_bytes(pages: int = 3) -> bytes:
    doc = pymupdf.open()
    for index in range(pages):
        doc.new_page().insert_text((72, 72), f"page {index} 财务报表", fontname="china-s")
    return doc.tobytes()


def _raw_pdf(objects: list[str], root: int = 1) -> bytes:
    """A hand-written PDF with a correct xref, so MuPDF sees exactly the structure we mean."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def _docx_bytes(_folder: Path) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        return make_docx(Path(scratch) / "base.docx", FINANCIAL_REPORT).read_bytes()


def _docx_with(tmp: Path, *, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
               add: dict[str, bytes] | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_docx_bytes(tmp))) as src, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in drop:
                continue
            data = (replace or {}).get(item.filename, src.read(item))
            dst.writestr(item.filename, data)
        for name, data in (add or {}).items():
            dst.writestr(name, data)
    return buffer.getvalue()


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + f']><w:document {W_NS}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
)
XXE = (
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    f'<w:document {W_NS}><w:body><w:p><w:r><w:t>合同 &xxe; 甲方</w:t></w:r></w:p></w:body></w:document>'
)
DEEP = (f'<?xml version="1.0"?><w:document {W_NS}><w:body>' + "<w:p>" * 20000 + "</w:p>" * 20000
        + "</w:body></w:document>")


def _write(name: str, data: bytes) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return build


def _truncated(fraction: float) -> Builder:
    def build(folder: Path) -> Path:
        data = _pdf_bytes(4)
        path = folder / f"truncated-{int(fraction * 100)}.pdf"
        path.write_bytes(data[: max(9, int(len(data) * fraction))])
        return path
    return build


def _bitflips(seed: int) -> Builder:
    def build(folder: Path) -> Path:
        data = bytearray(_pdf_bytes(3))
        rng = random.Random(seed)
        for _ in range(40):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        data[:5] = b"%PDF-"
        path = folder / f"bitflip-{seed}.pdf"
        path.write_bytes(bytes(data))
        return path
    return build


def _encrypted(user_pw: str) -> Builder:
    def build(folder: Path) -> Path:
        doc = pymupdf.open()
        doc.new_page().insert_text((72, 72), "secret")
        path = folder / f"encrypted-{'user' if user_pw else 'owner'}.pdf"
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw=user_pw)
        return path
    return build


def _docx_variant(name: str, **changes: object) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(_docx_with(folder, **changes))  # type: ignore[arg-type]
        return path
    return build


def _zip_bomb(folder: Path) -> Path:
    path = folder / "zipbomb.docx"
    path.write_bytes(_docx_with(folder, add={"word/media/bomb.bin": b"\0" * (60 * 1024 * 1024)}))
    return path


def _many_members(folder: Path) -> Path:
    path = folder / "members.docx"
    path.write_bytes(_docx_with(folder, add={f"customXml/extra{i}.xml": b"<a/>" for i in range(2100)}))
    return path


def _ole(encrypted: bool) -> Builder:
    def build(folder: Path) -> Path:
        body = "EncryptedPackage".encode("utf-16-le") if encrypted else b"WordDocument"
        path = folder / ("encrypted.docx" if encrypted else "legacy.docx")
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500 + body + b"\0" * 500)
        return path
    return build


def _named(name: str) -> Builder:
    def build(folder: Path) -> Path:
        return make_pdf(folder / name, ["财务报表\n营业收入 1,000 万元"])
    return build


def _directory(folder: Path) -> Path:
    path = folder / "folder.pdf"
    path.mkdir()
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _jpeg_as_pdf(folder: Path) -> Path:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 8, 8), False)
    path = folder / "photo.pdf"
    path.write_bytes(pix.tobytes("jpeg"))
    return path


def _docx_as_pdf(folder: Path) -> Path:
    path = folder / "word.pdf"
    path.write_bytes(_docx_bytes(folder))
    return path


def _many_pages(folder: Path) -> Path:
    return make_pdf(folder / "pages.pdf", ["页"] * 12)


CATALOG = "<< /Type /Catalog /Pages 2 0 R >>"
BAD_INPUTS: list[tuple[str, Builder, tuple[type[InputError], ...] | None]] = [
    *[(f"truncated at {f:.0%}", _truncated(f), (CorruptInput,)) for f in (0.02, 0.1, 0.3, 0.5, 0.7, 0.9)],
    ("broken xref", _write("xref.pdf", _pdf_bytes().replace(b"xref", b"xqef")), None),
    ("cyclic page tree", _write("cycle.pdf", _raw_pdf(
        [CATALOG, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"])),
     (CorruptInput,)),
    ("huge /Count", _write("count.pdf", _raw_pdf(
        [CATALOG, "<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])), (CorruptInput, TooLargeInput)),
    ("object stream loop", _write("objstm.pdf", _raw_pdf(
        [CATALOG, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>",
         "<< /Type /ObjStm /N 1 /First 4 /Extends 4 0 R /Length 0 >>\nstream\n\nendstream"])), None),
    *[(f"bit flips {seed}", _bitflips(seed), None) for seed in range(4)],
    ("encrypted with user password", _encrypted("user"), (EncryptedInput,)),
    ("encrypted without user password", _encrypted(""), None),
    ("zero pages", _write("nopages.pdf", _raw_pdf([CATALOG, "<< /Type /Pages /Kids [] /Count 0 >>"])),
     (CorruptInput,)),
    ("JPEG named .pdf", _jpeg_as_pdf, (WrongTypeInput,)),
    ("DOCX named .pdf", _docx_as_pdf, (WrongTypeInput,)),
    ("0-byte file", _write("empty.pdf", b""), (EmptyInput,)),
    ("docx that is not a zip", _write("text.docx", "普通文本".encode()), (WrongTypeInput,)),
    ("zip without document.xml", _docx_variant("nodoc.docx", drop=("word/document.xml",)), (WrongTypeInput,)),
    ("zip without content types", _docx_variant("notypes.docx", drop=("[Content_Types].xml",)), (WrongTypeInput,)),
    ("truncated zip", lambda folder: _write("cut.docx", _docx_bytes(folder)[:600])(folder), (CorruptInput,)),
    ("zip bomb", _zip_bomb, (TooLargeInput,)),
    ("too many zip members", _many_members, (TooLargeInput,)),
    ("billion laughs", _docx_variant("laughs.docx", replace={"word/document.xml": BILLION_LAUGHS.encode()}), None),
    ("external entity", _docx_variant("xxe.docx", replace={"word/document.xml": XXE.encode()}), None),
    ("deeply nested XML", _docx_variant("deep.docx", replace={"word/document.xml": DEEP.encode()}), (CorruptInput,)),
    ("XXE in custom properties", _docx_variant("props.docx", add={"docProps/custom.xml": XXE.encode()}), None),
    ("encrypted Word file", _ole(True), (EncryptedInput,)),
    ("legacy .doc named .docx", _ole(False), (WrongTypeInput,)),
    ("binary named .txt", _write("binary.txt", bytes(range(256)) * 8), (WrongTypeInput,)),
    ("undecodable text", _write("latin.txt", bytes(random.Random(1).randrange(128, 256) for _ in range(400))),
     (UndecodableText,)),
    ("whitespace-only text", _write("blank.txt", b" \n\t\n"), (EmptyInput,)),
    ("unsupported extension", _write("bundle.zip", b"PK\x03\x04"), (UnsupportedInput,)),
    ("a folder named .pdf", _directory, (NotAFileInput,)),
    ("a FIFO named .txt", _fifo, (NotAFileInput,)),
    ("too many pages", _many_pages, (TooLargeInput,)),
    ("name with a newline", _named("line\nbreak.pdf"), None),
    ("name with spaces", _named("  spaced  name .pdf"), None),
    ("200-character name", _named("a" * 180 + "长" * 16 + ".pdf"), None),
    ("mixed scripts", _named("报告-تقرير-отчёт-🙂.pdf"), None),
]
LIMITS = Limits(max_pages=10, max_zip_uncompressed=50 * 1024 * 1024)


@pytest.mark.parametrize(("label", "build", "expected"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_each_bad_input_reads_or_raises_its_named_error(tmp_path: Path, label, build, expected):
    from marker.reading.documents import read

    path = build(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    try:
        document = read(path, LIMITS)
    except InputError as exc:
        assert expected is None or isinstance(exc, expected), f"{label}: {type(exc).__name__}: {exc}"
        assert exc.exit_code == ExitCode.INPUT and str(exc)
    else:
        assert expected is None, f"{label} was read but should raise {expected}"
        assert "root:x:0:0" not in document.text, "an external entity was resolved"
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "reading left something behind"


def test_bad_inputs_through_classify_give_one_line_each(tmp_path: Path, cli):
    folder = tmp_path / "bad"
    folder.mkdir()
    paths = [build(folder) for _, build, expected in BAD_INPUTS if expected and expected[0] is not NotAFileInput]
    workspace = tmp_path / "ws"
    workspace.mkdir()
    (workspace / "miji.toml").write_text(
        f"[limits]\nmax_pages = {LIMITS.max_pages}\nmax_zip_uncompressed = {LIMITS.max_zip_uncompressed}\n")
    code, out, err = cli("classify", *paths, "--json", "--workspace", workspace)
    rows = json_lines(out)
    assert code == ExitCode.INPUT and len(rows) == len(paths)
    assert all(row["error"] for row in rows) and "Traceback" not in err


def test_the_daemon_quarantines_each_bad_file_and_leaves_nothing_else(tmp_path: Path):
    settings = build_settings({"workspace": tmp_path / "ws"}, {})
    layout = ensure_workspace(settings)
    ctx = Context(policy=load_effective_policy(settings), ledger=open_workspace_ledger(settings), layout=layout,
                  limits=LIMITS)
    dropped = []
    for _, build, expected in BAD_INPUTS:
        if expected and expected[0] is not NotAFileInput:
            dropped.append(build(layout.inbox))
    outcomes = [process_file(ctx, path).outcome for path in dropped]
    assert outcomes == ["quarantined"] * len(dropped)
    assert list(layout.inbox.iterdir()) == []
    quarantined = [p for p in layout.quarantine.iterdir() if not p.name.endswith(".reason.txt")]
    assert len(quarantined) == len(dropped)
    assert all(p.with_name(p.name + ".reason.txt").exists() for p in quarantined)
    leftovers = [p for p in layout.root.rglob(".miji-tmp-*")]
    assert leftovers == [] and list(layout.outbox.rglob("*.*")) == []


def test_symbolic_link_out_of_the_inbox_is_never_followed(tmp_path: Path):
    settings = build_settings({"workspace": tmp_path / "ws"}, {})
    layout = ensure_workspace(settings)
    ctx = Context(policy=load_effective_policy(settings), ledger=open_workspace_ledger(settings), layout=layout)
    secret = make_pdf(tmp_path / "outside" / "机密.pdf", ["财务报表 营业收入"])
    before = secret.read_bytes()
    link = layout.inbox / "link.pdf"
    link.symlink_to(secret)
    result = process_file(ctx, link)
    assert result.outcome == "quarantined" and "symbolic link" in result.reason
    assert secret.read_bytes() == before and (layout.quarantine / "link.pdf").is_symlink()
    assert list(layout.archive.rglob("*.pdf")) == []


def test_a_fifo_dropped_in_the_inbox_is_quarantined_without_blocking(tmp_path: Path):
    settings = build_settings({"workspace": tmp_path / "ws"}, {})
    layout = ensure_workspace(settings)
    ctx = Context(policy=load_effective_policy(settings), ledger=open_workspace_ledger(settings), layout=layout)
    result = process_file(ctx, _fifo(layout.inbox))
    assert result.outcome == "quarantined" and list(layout.inbox.iterdir()) == []
