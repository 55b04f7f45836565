"""Every command takes the same road: one decision, one distribution, reads in the limited worker.

These are the promises of docs/ARCHITECTURE.md as a user meets them: the same exit code for the
same refusal in every command, nothing registered for a file that cannot be stamped, a failed
acceptance that stays in review, and limits that hold for `miji mark` as for the daemon.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

import pytest

from marker.errors import CorruptInput, ExitCode
from marker.intake.pipeline import Context, process_file
from marker.intake.review import accept
from marker.settings import build_settings
from marker.workspace import load_effective_policy, open_workspace_ledger
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, MEETING_MINUTES, make_docx, make_pdf, make_text
from tests.roster import staff
from watch.workspace_setup import ensure_workspace


def _kinds(workspace: Path) -> list[str]:
    with sqlite3.connect(workspace / "ledger.sqlite3") as conn:
        return [kind for (kind,) in conn.execute("SELECT kind FROM events ORDER BY seq")]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _context(workspace: Path) -> Context:
    staff(workspace)
    settings = build_settings({"workspace": workspace}, {})
    layout = ensure_workspace(settings)
    return Context(policy=load_effective_policy(settings), ledger=open_workspace_ledger(settings), layout=layout)


def test_a_file_that_cannot_be_stamped_is_refused_before_any_registry_number(cli, tmp_path: Path, monkeypatch):
    from marker.render import pdf as stamp_pdf

    draft = make_pdf(tmp_path / "纪要.pdf", [MEETING_MINUTES])
    before = _sha(draft)

    def broken(self, copy):
        raise RuntimeError("simulated damaged page tree")

    monkeypatch.setattr(stamp_pdf.PdfStamper, "_render_copy", broken)
    monkeypatch.setenv("MIJI_ISOLATE", "0")  # the patch lives in this process
    code, _, err = cli("mark", draft, "--level", "机密", "--workspace", tmp_path / "ws")
    assert code == ExitCode.INPUT, err  # the file's fault, not the destination's
    assert "cannot stamp" in err and "RuntimeError" not in err
    assert "document_registered" not in _kinds(tmp_path / "ws") and "copy_reserved" not in _kinds(tmp_path / "ws")
    assert _sha(draft) == before and not (tmp_path / "marked").exists()


def test_needs_review_is_exit_5_in_mark_and_in_review_accept(cli, tmp_path: Path):
    ws = tmp_path / "ws"
    short = make_text(tmp_path / "便条.txt", "请阅。")
    code, _, err = cli("mark", short, "--workspace", ws)
    assert code == ExitCode.REFUSED and "--level" in err
    ctx = _context(ws)
    result = process_file(ctx, make_text(ctx.layout.inbox / "便条.txt", "请阅。"))
    assert result.outcome == "review"
    code, _, err = cli("review", "accept", "便条.txt", "--workspace", ws)
    assert code == ExitCode.REFUSED and "--level" in err


def test_a_failed_review_accept_stays_in_review_with_the_reason_and_a_retry_reuses_the_number(
        tmp_path: Path, monkeypatch):
    from marker.render import docx as stamp_docx

    ctx = _context(tmp_path / "ws")
    draft = make_docx(ctx.layout.inbox / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    assert process_file(ctx, draft).outcome == "review"  # 机密 is above the auto-apply maximum
    real = stamp_docx.DocxStamper.write_copies

    def full_disk(self, copies, **kwargs):
        raise CorruptInput("无法为此 Word 文件生成标密副本 (cannot stamp this Word file)")

    monkeypatch.setattr(stamp_docx.DocxStamper, "write_copies", full_disk)
    with pytest.raises(CorruptInput):
        accept(ctx, "预算.docx", level="机密", period=None, by="王经理")
    in_review = ctx.layout.review / "预算.docx"
    assert in_review.exists() and not list(ctx.layout.archive.rglob("预算.docx"))
    report = (ctx.layout.review / "预算.docx.suggestion.json").read_text(encoding="utf-8")
    assert "标密失败" in report and "cannot stamp" in report
    [failed] = [k for k in _kinds(ctx.layout.root) if k == "document_failed"]
    assert failed
    monkeypatch.setattr(stamp_docx.DocxStamper, "write_copies", real)
    result = accept(ctx, "预算.docx", level="机密", period=None, by="王经理")
    assert result.outcome == "marked"
    kinds = _kinds(ctx.layout.root)
    assert kinds.count("document_registered") == 1 and "document_retried" in kinds
    assert (ctx.layout.archive / result.registry / "预算.docx").exists()


def test_mark_reads_in_the_limited_worker_with_the_workspace_limits(cli, tmp_path: Path):
    ws = tmp_path / "ws"
    draft = make_docx(tmp_path / "预算.docx", FINANCIAL_REPORT, table=FINANCIAL_TABLE)
    code, _, err = cli("mark", draft, "--level", "机密", "--workspace", ws)
    assert code == 0, err
    # The same draft under a memory limit no Python process can live in: the worker cannot read it,
    # and the command says so in one line (in-process reading would have succeeded).
    (ws / "miji.toml").write_text("[limits]\nworker_memory_mb = 40\n", encoding="utf-8")
    other = make_docx(tmp_path / "预算2.docx", [*FINANCIAL_REPORT, "补充说明"], table=FINANCIAL_TABLE)
    code, _, err = cli("mark", other, "--level", "机密", "--workspace", ws)
    assert code == ExitCode.INPUT, err
    assert len(err.strip().splitlines()) == 1
    assert _kinds(ws).count("document_registered") == 1


@pytest.mark.parametrize("name, data", [
    ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\ngarbage"),
    ("truncated.docx", b"PK\x03\x04" + b"\x00" * 40),
    ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4),
])
def test_errors_name_what_is_wrong_never_a_library_class_or_a_repr(cli, tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    for args in (("classify", path), ("mark", path, "--level", "内部", "--workspace", tmp_path / "ws")):
        code, _, err = cli(*args)
        assert code == ExitCode.INPUT, err
        assert re.search(r"[\u4e00-\u9fff]", err), err
        assert not re.search(r"\b\w*(Error|Exception)\b|Fz[A-Z]\w+|<[\w.]+ object at", err), err


def test_an_encrypted_pdf_is_named_encrypted(cli, tmp_path: Path):
    import pymupdf

    doc = pymupdf.open()
    doc.new_page().insert_text((72, 72), "secret")
    path = tmp_path / "locked.pdf"
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o", user_pw="u")
    code, _, err = cli("classify", path)
    assert code == ExitCode.INPUT and "加密" in err and "encrypted" in err
