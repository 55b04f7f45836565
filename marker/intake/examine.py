"""What the daemon learns from a document's text, computed in the limited worker.

Classifying a 24 MB text in the daemon took 2.26 GB and stalled every other file for 94 s. The
suggestion and the content fingerprint are the two passes over the whole text; the worker reads
the file and runs them (`Reader.read_and_run(path, examine_draft, …)`) under its memory, CPU and
time limits, and keeps the Document for stamping. The daemon receives an `Examined`: the facts,
the suggestion and the fingerprint, never the text.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from classifiers import Suggestion
from marker.domain.fingerprint import Fingerprint, fingerprint
from marker.domain.policy import Policy
from marker.intake.suggest import suggest_for
from marker.reading.documents import Document


@dataclass(frozen=True, slots=True)
class Examined:
    """A draft as it leaves the worker: its facts without the text, its suggestion, its fingerprint."""

    document: Document
    suggestion: Suggestion
    fingerprint: Fingerprint


def examine(document: Document, policy: Policy, workspace: Path | None) -> tuple[Suggestion, Fingerprint]:
    """The suggestion and the fingerprint of a read document (runs in the worker)."""
    levels = tuple(rule.name for rule in policy.levels)
    return suggest_for(document, policy, workspace=workspace), fingerprint(document.text, levels=levels)


def examine_draft(document: Document, policy: Policy, workspace: Path | None) -> Examined:
    """`examine`, with the text left behind (runs in the worker, on the Document it just read)."""
    suggestion, found = examine(document, policy, workspace)
    return Examined(document.without_text(), suggestion, found)


_LATEST: dict[tuple[str, tuple[str, ...]], Fingerprint] = {}
_KEPT = 64  # several drafts are in flight at once in a daemon with several workers


def remember(document: Document, policy: Policy, found: Fingerprint) -> None:
    """Keep the worker's fingerprint of this document, so recognition and registration in the
    daemon do not need its text (only the latest few are kept)."""
    if len(_LATEST) >= _KEPT:
        _LATEST.pop(next(iter(_LATEST)))
    _LATEST[(document.sha256, _levels(policy))] = found


def fingerprint_for(document: Document, policy: Policy) -> Fingerprint:
    """The document's fingerprint: the one the worker computed, else computed here (a document
    whose text stayed in the worker must have been remembered: never treated as textless)."""
    known = _LATEST.get((document.sha256, _levels(policy)))
    if known is not None:
        return known
    if document.text_withheld:
        raise RuntimeError(f"no fingerprint kept for {document.sha256[:12]}, whose text stayed in the worker")
    return fingerprint(document.text, levels=_levels(policy))


def _levels(policy: Policy) -> tuple[str, ...]:
    return tuple(rule.name for rule in policy.levels)


WARM_TEXT = ("关于预热的通知\n各部门：本通知仅用于在处理第一份草稿之前加载分词词典、模型和标密所需的字体。\n"
             "请各部门遵照执行。\n办公室\n2026年1月5日")


def warm_up(policy: Policy, workspace: Path | None) -> int:
    """Everything the first draft would load, loaded on small drafts made here (runs in each
    worker as the daemon starts): jieba's dictionary, the model, MuPDF, python-docx and the
    stamping fonts. Returns how many formats were warmed."""
    import docx
    import pymupdf

    from marker.domain.mark_text import format_mark
    from marker.domain.marks import CopyFacts, MarkFacts
    from marker.reading.documents import read
    from marker.render import stamper_for

    level = policy.levels[-1].name
    facts = MarkFacts(level=level, period=None, expiry=None, registry=f"MJ-{date.today().year}-000000",
                      mark_line=format_mark(scheme=policy.scheme, owner=policy.owner, level=level, period=None),
                      scheme=policy.scheme, owner=policy.owner, policy=policy.name, original_sha256="0" * 64,
                      marked_at=date.today().isoformat())
    with tempfile.TemporaryDirectory(prefix="miji-warm-") as scratch:
        pdf = Path(scratch) / "预热.pdf"
        with pymupdf.open() as made:
            page = made.new_page()
            page.insert_textbox(pymupdf.Rect(72, 100, 520, 700), WARM_TEXT, fontname="china-s", fontsize=11)
            made.save(pdf)
        word = docx.Document()
        for line in WARM_TEXT.splitlines():
            word.add_paragraph(line)
        word.save(str(Path(scratch) / "预热.docx"))
        (Path(scratch) / "预热.txt").write_text(WARM_TEXT, encoding="utf-8")
        warmed = 0
        for name in ("预热.pdf", "预热.docx", "预热.txt"):
            document = read(Path(scratch) / name)
            examine(document, policy, workspace)
            stamper = stamper_for(document, facts)
            try:
                stamper.rehearse(CopyFacts("000001"))
            finally:
                stamper.close()
            warmed += 1
    return warmed
