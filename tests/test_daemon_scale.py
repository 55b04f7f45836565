"""The daemon under a burst (issue 18.5) and what crosses out of its workers (issue 16.2): several
limited workers share the drops, the ledger gets one writer and one registration per draft, each
draft is read and parsed once, and the daemon process never receives a document's text."""

from __future__ import annotations

import pickle
from pathlib import Path

import docx
import pytest

from marker.intake.pipeline import Context, process_file
from marker.settings import build_settings
from marker.worker import isolation
from marker.workspace import open_workspace_ledger
from tests.builders import distinct_lines, make_pdf, make_text
from tests.daemon_helpers import files_in, ledger_rows, run_miji, start_daemon, stop, wait_until, write_config
from tests.test_daemon_faults import _contract
from watch.workspace_setup import ensure_workspace


def _own_contract(index: int) -> str:
    return _contract(index) + "\n" + "\n".join(distinct_lines(index, 40))


SECRET_LINE = "附记：本页第三行由张晓明于周二下午誊录，编号 QX-7731-丙。"


def _workspace(tmp_path: Path, extra: str = "") -> Path:
    workspace = tmp_path / "ws"
    write_config(workspace, extra=extra)
    ensure_workspace(build_settings({"workspace": str(workspace)}, {}))
    return workspace


def test_the_daemon_process_never_receives_a_documents_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Everything a real worker sends back while a draft is marked, pickled as it crossed the pipe:
    the draft's text is not in it; the copy, laid out by the worker from its own reading, is."""
    workspace = _workspace(tmp_path)
    replies: list[bytes] = []
    call = isolation.Worker.call

    def watched(self: isolation.Worker, op: str, args: object, **kwargs: object) -> object:
        reply = call(self, op, args, **kwargs)  # type: ignore[arg-type]
        replies.append(pickle.dumps(reply))
        return reply

    monkeypatch.setattr(isolation.Worker, "call", watched)
    settings = build_settings({"workspace": str(workspace)}, {})
    draft = make_text(workspace / "inbox" / "合同.txt", _contract(1) + "\n" + SECRET_LINE)
    with open_workspace_ledger(settings) as ledger:
        ctx = Context.of(settings, ledger=ledger)
        try:
            result = process_file(ctx, draft)
        finally:
            ctx.worker.close()
    assert result.outcome == "marked", result.reason
    assert replies and not any(SECRET_LINE.encode("utf-8") in reply for reply in replies)
    [copy] = files_in(workspace / "outbox")
    assert any(SECRET_LINE in p.text for p in docx.Document(str(copy)).paragraphs)


def test_a_draft_is_read_once_and_its_copies_are_stamped_from_that_reading(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch):
    import marker.reading.documents as documents
    import marker.render as render

    workspace = _workspace(tmp_path)
    read_opened, stamper_for = documents.read_opened, render.stamper_for
    reads: list[tuple[documents.Document, documents.Opened]] = []
    stamped: list[tuple[documents.Document, object]] = []

    def counted_read(*args: object, **kwargs: object) -> tuple[documents.Document, documents.Opened]:
        reads.append(read_opened(*args, **kwargs))  # type: ignore[arg-type]
        return reads[-1]

    def recorded(document: documents.Document, facts: object, opened: object = None) -> object:
        stamped.append((document, opened))
        return stamper_for(document, facts, opened)  # type: ignore[arg-type]

    monkeypatch.setattr(documents, "read_opened", counted_read)
    monkeypatch.setattr(render, "stamper_for", recorded)
    settings = build_settings({"workspace": str(workspace), "isolate": False}, {})
    draft = make_pdf(workspace / "inbox" / "合同.pdf", [_contract(2)])
    with open_workspace_ledger(settings) as ledger:
        ctx = Context.of(settings, ledger=ledger)
        result = process_file(ctx, draft)
        ctx.worker.close()
    assert result.outcome == "marked", result.reason
    assert len(reads) == 1 and stamped
    assert all(document is reads[0][0] and opened is reads[0][1] for document, opened in stamped), \
        "the stamper is given the reader's Document and what it opened (bytes and tree), not the path"


def test_a_burst_is_shared_by_two_workers_with_one_writer_and_one_registration_each(tmp_path: Path):
    workspace = _workspace(tmp_path, extra="workers = 2\n")
    log = tmp_path / "daemon.log"
    daemon = start_daemon(workspace, log=log)
    try:
        assert wait_until(lambda: "2 workers" in log.read_text(encoding="utf-8"), timeout=180), log.read_text()
        children = Path(f"/proc/{daemon.pid}/task/{daemon.pid}/children")
        assert len(children.read_text().split()) >= 2  # both workers started (and warmed) before any file
        staging = tmp_path / "staging"
        drafts = [make_text(staging / f"合同-{n}.txt", _own_contract(n)) for n in range(6)]
        drafts.append(make_text(staging / "合同-0 副本.txt", _own_contract(0)))  # the same draft twice, at once
        for draft in drafts:
            draft.rename(workspace / "inbox" / draft.name)
        assert wait_until(lambda: len(files_in(workspace / "outbox")) == 6 and not files_in(workspace / "inbox"),
                          timeout=300), log.read_text()
    finally:
        assert stop(daemon) == 0
    registered = ledger_rows(workspace, "document_registered")
    assert len(registered) == 6 and len({registry for registry, _, _ in registered}) == 6
    assert len(files_in(workspace / "review")) == 1  # the second of the two: a duplicate, not registered again
    assert run_miji(workspace, "ledger", "verify").returncode == 0


@pytest.mark.parametrize("value", ["0", "\"two\"", "true"])
def test_the_number_of_workers_is_checked(tmp_path: Path, value: str):
    workspace = tmp_path / "ws"
    write_config(workspace, extra=f"workers = {value}\n", initialise=False)
    result = run_miji(workspace, "watch", "--oneshot")
    assert result.returncode == 4 and "watch.workers" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
