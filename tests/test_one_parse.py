"""One read and one parse per file, and copies written as one durable batch.

The stamper and the re-marking use the bytes and the tree the reader opened (never the path
again), and produce the very copies they produced when they reopened the file. Copies of one
issue are fsynced together and renamed together; a crash in the middle leaves only reserved
copies, which `copies recover` voids and removes.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import signal
import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import docx
import pymupdf
import pytest

from marker import atomic
from marker.domain.marks import Change, CopyFacts
from marker.errors import OutputError, UsageError
from marker.render.docx import DocxStamper
from marker.render.pdf import PdfStamper
from marker.worker.isolation import InProcess
from tests.builders import FINANCIAL_REPORT, make_docx, make_pdf, make_text, sample_facts

FACTS = sample_facts()
COPIES = [CopyFacts(f"{n:06d}", "张三") for n in range(1, 4)]


class Opens:
    """Counts how often the draft is read, opened by pymupdf and parsed by python-docx, and how
    often python-docx starts a blank document (a text draft's layout)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, draft: Path) -> None:
        self.pdf = self.docx = self.blank = self.reads = 0
        real_pdf, real_docx, real_read = pymupdf.open, docx.Document, Path.read_bytes
        draft_bytes = real_read(draft)

        def pdf(*args: object, **kwargs: object) -> object:
            self.pdf += 1
            return real_pdf(*args, **kwargs)

        def word(source: object = None) -> object:
            # python-docx also reopens each rendered copy to check its marks: not the draft
            self.blank += source is None
            self.docx += source == draft or (isinstance(source, io.BytesIO) and source.getvalue() == draft_bytes)
            return real_docx(source)

        def read_bytes(path: Path) -> bytes:
            self.reads += path == draft
            return real_read(path)

        monkeypatch.setattr(pymupdf, "open", pdf)
        monkeypatch.setattr(docx, "Document", word)
        monkeypatch.setattr(Path, "read_bytes", read_bytes)


def _contents(folder: Path) -> list[object]:
    """Each copy's content: a PDF's bytes up to its trailer (whose second file identifier MuPDF
    draws at random per save), a DOCX's parts (their zip entries carry the time they were written)."""
    found: list[object] = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".docx":
            with zipfile.ZipFile(path) as archive:
                found.append([(info.filename, archive.read(info)) for info in archive.infolist()])
        else:
            data = path.read_bytes()
            found.append(data[:data.rindex(b"trailer")])
    return found


def _stamp_from_path(cls: type, draft: Path, out: Path) -> list[str]:
    stamper = cls(draft, FACTS)
    try:
        return stamper.write_copies([(c, out / f"{c.copy_number}{draft.suffix}") for c in COPIES])
    finally:
        stamper.close()


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_stamper_uses_the_document_the_reader_opened_and_makes_the_same_copies(
        kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if kind == "pdf":
        draft, cls = make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 3), PdfStamper
    else:
        draft, cls = make_docx(tmp_path / "报表.docx", FINANCIAL_REPORT), DocxStamper
    _stamp_from_path(cls, draft, tmp_path / "before")

    opens = Opens(monkeypatch, draft)
    worker = InProcess()
    document = worker.read(draft)
    stamper = worker.stamper(document, FACTS)
    stamper.rehearse(COPIES[0])
    after = stamper.write_copies([(c, tmp_path / "after" / f"{c.copy_number}{draft.suffix}") for c in COPIES])
    stamper.close()
    monkeypatch.undo()

    assert (opens.pdf, opens.docx) == ((1, 0) if kind == "pdf" else (0, 1)), "one parse, by the reader"
    assert opens.reads == 1, "the draft is read once, by the reader"
    assert after == [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((tmp_path / "after").iterdir())]
    assert _contents(tmp_path / "after") == _contents(tmp_path / "before"), \
        "the same copies as when the stamper reopened the file"


def test_a_second_stamper_of_the_same_document_parses_the_bytes_read_not_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 2)
    worker = InProcess()
    document = worker.read(draft)
    worker.stamper(document, FACTS).close()  # the first stamper took (and closed) the reader's document
    original = draft.read_bytes()
    draft.write_bytes(b"%PDF-1.7 replaced meanwhile")
    opens = Opens(monkeypatch, draft)
    stamper = worker.stamper(document, FACTS)
    stamper.write_copy(COPIES[0], tmp_path / "c1.pdf")
    stamper.close()
    monkeypatch.undo()
    assert opens.reads == 0 and opens.pdf == 1
    with pymupdf.open(tmp_path / "c1.pdf") as copy:
        assert copy.page_count == 2 and copy.metadata is not None
    assert len(original) > 100


def test_a_text_draft_is_laid_out_once_for_all_its_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft = make_text(tmp_path / "通知.txt", "\n".join(FINANCIAL_REPORT))
    worker = InProcess()
    document = worker.read(draft)
    opens = Opens(monkeypatch, draft)
    stamper = worker.stamper(document, FACTS)
    stamper.write_copies([(c, tmp_path / f"{c.copy_number}.docx") for c in COPIES])
    stamper.close()
    monkeypatch.undo()
    assert opens.blank == 1 and opens.reads == 0
    assert len({p.read_bytes() for p in tmp_path.glob("*.docx")}) == len(COPIES)


def _marked_pdf(tmp_path: Path) -> Path:
    draft = make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 3)
    marked = tmp_path / "marked.pdf"
    with PdfStamper(draft, FACTS) as stamper:
        stamper.write_copy(CopyFacts("000001"), marked)
    return marked


def _change() -> Change:
    return Change(new_level=None, new_period=None, scheme=FACTS.scheme, owner=FACTS.owner,
                  declassified=date(2026, 11, 21),
                  metadata=(("level", FACTS.level), ("registry", FACTS.registry), ("declassified", "2026-11-21")))


def test_remarking_rewrites_the_file_its_reader_opened_without_reading_it_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from marker.render.rewrite import rewrite_file

    marked = _marked_pdf(tmp_path)
    change = _change()
    rewrite_file("pdf", marked, hashlib.sha256(marked.read_bytes()).hexdigest(), change, FACTS.level,
                 "marked.pdf", out=tmp_path / "expected" / "marked.pdf")
    worker = InProcess()
    opens = Opens(monkeypatch, marked)
    document = worker.read(marked, full_text=False)
    written = worker.rewrite("pdf", marked, document.sha256, change, FACTS.level, "marked.pdf",
                             out=tmp_path / "out" / "marked.pdf")
    monkeypatch.undo()
    assert (opens.reads, opens.pdf) == (1, 1)
    assert written == hashlib.sha256((tmp_path / "out" / "marked.pdf").read_bytes()).hexdigest()
    assert _contents(tmp_path / "out") == _contents(tmp_path / "expected")


def test_remarking_refuses_a_file_changed_since_it_was_read(tmp_path: Path) -> None:
    marked = _marked_pdf(tmp_path)
    change = _change()
    worker = InProcess()
    document = worker.read(marked, full_text=False)
    with marked.open("ab") as handle:
        handle.write(b"\n% appended by someone else\n")
    with pytest.raises(UsageError, match="changed"):
        worker.rewrite("pdf", marked, document.sha256, change, FACTS.level, "marked.pdf", out=marked)


# --- the durable batch -------------------------------------------------------------------------
@pytest.mark.parametrize(("syncfs_works", "local_disk", "kernel_reports"), [
    (True, True, True), (False, True, True), (True, False, True), (True, True, False)])
def test_a_batch_shows_nothing_before_commit_and_is_flushed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 syncfs_works: bool, local_disk: bool,
                                                                 kernel_reports: bool) -> None:
    """One syncfs writes the whole batch back. Where it also reports every write-back error (Linux
    ≥ 5.17) and reaches the disk (a local disk file system), no file is fsynced on its own; else
    (it failed, a network or FUSE share, an older kernel) each file is fsynced all the same. The
    folder is fsynced once after the renames."""
    synced: list[int] = []
    flushed: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    real_syncfs = atomic._syncfs()
    monkeypatch.setattr(atomic, "_syncfs", lambda: lambda fd: (
        flushed.append(fd), real_syncfs(fd) if syncfs_works and real_syncfs else -1)[1])
    monkeypatch.setattr(atomic, "_syncfs_suffices", lambda fd: local_disk)
    monkeypatch.setattr(atomic, "_kernel_reports_errors", lambda: kernel_reports)
    targets = [tmp_path / "out" / f"c{n}.pdf" for n in range(5)]
    with atomic.DurableBatch() as batch:
        for n, target in enumerate(targets):
            batch.write(target, b"copy %d" % n)
        first = batch._pending[0].fd
        assert not any(t.exists() for t in targets), "nothing is visible before the batch is durable"
        assert len(list((tmp_path / "out").iterdir())) == 5
        assert batch.commit() == targets
    assert [t.read_bytes() for t in targets] == [b"copy %d" % n for n in range(5)]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(t.name for t in targets)
    assert flushed == [first], "one file system, one write-back, through the file opened first (its errors since)"
    alone = syncfs_works and local_disk and kernel_reports and real_syncfs is not None
    assert len(synced) == (0 if alone else 5) + 1, "each file fsynced unless the syncfs sufficed; the folder once"
    assert all(oct(t.stat().st_mode & 0o777) == oct(0o640) for t in targets)


def test_a_batch_reports_a_folder_that_cannot_be_flushed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder's fsync is what makes the renames durable: where it fails, the batch is a write
    error the caller sees (it voids the copies and removes them), not a silent success."""
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    batch = atomic.DurableBatch()
    for n in range(3):
        batch.write(tmp_path / f"c{n}.pdf", b"copy")
    with pytest.raises(OutputError, match="Input/output error"):
        batch.commit()
    assert not any(p.name.startswith(atomic.TEMP_PREFIX) for p in tmp_path.iterdir())


def test_the_file_systems_whose_syncfs_suffices_are_local_disks(tmp_path: Path) -> None:
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        kind, suffices = atomic._file_system_type(fd), atomic._syncfs_suffices(fd)
    finally:
        os.close(fd)
    if kind is None:
        pytest.skip("statfs not available")
    assert suffices == (kind in atomic._SYNCFS_FILE_SYSTEMS)
    assert 0x6969 not in atomic._SYNCFS_FILE_SYSTEMS and 0x65735546 not in atomic._SYNCFS_FILE_SYSTEMS  # NFS, FUSE


@pytest.mark.parametrize(("mounted_as", "suffices"), [("ext4", True), ("ext3", True), ("ext2", False), (None, False)])
def test_an_ext2_mount_is_fsynced_file_by_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              mounted_as: str | None, suffices: bool) -> None:
    """ext2, ext3 and ext4 share one statfs magic; ext2 has no journal and its syncfs leaves the disk's cache
    unflushed, so only a mount the kernel names ext3 or ext4 may skip the fsync per file (unknown: fsync)."""
    monkeypatch.setattr(atomic, "_file_system_type", lambda fd: atomic._EXT_MAGIC)
    monkeypatch.setattr(atomic, "_mount_type", lambda device: mounted_as)
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        assert atomic._syncfs_suffices(fd) is suffices
    finally:
        os.close(fd)


def test_the_mount_type_of_a_folder_is_read_from_the_kernel(tmp_path: Path) -> None:
    if not Path("/proc/self/mountinfo").exists():
        pytest.skip("no /proc/self/mountinfo here")
    assert atomic._mount_type(os.stat(tmp_path).st_dev) not in (None, "")


def test_a_disk_mounted_again_as_ext2_is_seen_by_a_running_process(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A long-running daemon must not keep a mount's type from an earlier look: an ext2 disk mounted later at the
    device number an ext4 disk had (or the same volume mounted again as ext2) gets the fsync per file."""
    mountinfo = tmp_path / "mountinfo"
    monkeypatch.setattr(atomic, "_MOUNTINFO", mountinfo)
    device = os.makedev(259, 77)
    line = "36 25 259:77 / /srv/archive rw,relatime shared:1 - {} /dev/sdz1 rw\n"
    mountinfo.write_text(line.format("ext4"), encoding="utf-8")
    assert atomic._mount_type(device) == "ext4"
    mountinfo.write_text(line.format("ext2"), encoding="utf-8")  # unmounted; mounted again as ext2
    assert atomic._mount_type(device) == "ext2"


def test_an_abandoned_batch_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), atomic.DurableBatch() as batch:
        batch.write(tmp_path / "a.pdf", b"a")
        batch.write(tmp_path / "b.pdf", b"b")
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []


def test_a_batch_never_replaces_an_existing_copy(tmp_path: Path) -> None:
    (tmp_path / "b.pdf").write_bytes(b"someone's file")
    batch = atomic.DurableBatch()
    batch.write(tmp_path / "a.pdf", b"a")
    batch.write(tmp_path / "b.pdf", b"b")
    with pytest.raises(OutputError, match="已存在"):
        batch.commit()
    assert (tmp_path / "b.pdf").read_bytes() == b"someone's file"
    assert not any(p.name.startswith(atomic.TEMP_PREFIX) for p in tmp_path.iterdir())


KILLED_MID_BATCH = """
import os
import signal
import sys
from pathlib import Path

from marker import atomic
from marker.domain.naming import copy_name
from marker.intake.distribute import write_reserved
from marker.ledger.registers import reserve_copies
from marker.ledger.store import Ledger
from marker.worker.isolation import InProcess
from tests.builders import sample_facts

root, draft, folder = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
registry, moment = sys.argv[4], sys.argv[5]
ledger = Ledger(str(root / "ledger.sqlite3"), bytes.fromhex((root / "keys" / "ledger.key").read_text()))
numbers = reserve_copies(ledger, registry, ["张三", "李四", "王五"], actor="小陈",
                         paths=[folder / copy_name("copy.pdf", registry, "{copy}")] * 3)
real = atomic._publish
renamed = []

def publish(temp, path, overwrite):
    if moment == "rename" and len(renamed) == 2:  # two copies are in place, the third is not: the power goes
        os.kill(os.getpid(), signal.SIGKILL)
    real(temp, path, overwrite)
    renamed.append(path)

def flush(fds):  # every copy written to its temporary name, none written back yet: the power goes
    os.kill(os.getpid(), signal.SIGKILL)

atomic._publish = publish
if moment == "flush":
    atomic._sync_file_systems = flush
worker = InProcess()
stamper = worker.stamper(worker.read(draft), sample_facts(registry=registry))
write_reserved(ledger, stamper, registry=registry, source_name="copy.pdf", out_dir=folder, numbers=numbers,
               recipients=["张三", "李四", "王五"], actor="小陈")
"""


def test_each_copy_is_reserved_at_the_path_it_is_written_to(cli, tmp_path: Path) -> None:
    """Recovery removes the file at the reserved path: a draft whose own name contains `{copy}` must
    not make the reservation name another file than the copy written."""
    from marker.ledger.registers import copies
    from tests.test_approvals_copies import open_ws_ledger

    draft = make_pdf(tmp_path / "通知{copy}.pdf", ["\n".join(FINANCIAL_REPORT)])
    code, _, err = cli("mark", draft, "--level", "秘密", "--copies", "2", "--out", tmp_path / "marked")
    assert code == 0, err
    written = sorted(str(p.absolute()) for p in (tmp_path / "marked").iterdir())
    assert len(written) == 2 and all("通知{copy}." in p for p in written)
    with open_ws_ledger() as ledger:
        [registry] = {c.registry for c in copies(ledger)}
        reserved = sorted(e.payload["path"] for e in ledger.events("kind = 'copy_reserved' AND registry = ?",
                                                                   (registry,)))
    assert reserved == written


@pytest.mark.parametrize(("moment", "visible"), [("rename", 2), ("flush", 0)])
def test_a_crash_in_the_middle_of_a_batch_is_recovered(cli, tmp_path: Path, moment: str, visible: int) -> None:
    """Killed after two of three copies were renamed into place, or while the batch was being written
    back (no copy renamed yet: nothing that is not whole is ever visible), and before the ledger
    recorded any: every copy is still reserved, and `copies recover` voids them and removes their
    files and temporary files."""
    from marker.ledger.registers import copies
    from tests.test_approvals_copies import WORKSPACE, open_ws_ledger

    draft = make_pdf(tmp_path / "报表.pdf", ["\n".join(FINANCIAL_REPORT)] * 2)
    code, out, err = cli("mark", draft, "--level", "秘密", "--json", "--out", tmp_path / "marked")
    assert code == 0, err
    with open_ws_ledger() as ledger:
        [registry] = {c.registry for c in copies(ledger)}
    folder = tmp_path / WORKSPACE / "copies" / registry  # where `copies issue` writes
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    writer = subprocess.run([sys.executable, "-c", KILLED_MID_BATCH, WORKSPACE, str(draft), str(folder), registry,
                             moment], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert writer.returncode == -signal.SIGKILL, writer.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert len([n for n in names if not n.startswith(atomic.TEMP_PREFIX)]) == visible
    with open_ws_ledger() as ledger:
        states = {c.copy_no: c.status for c in copies(ledger, registry)}
    assert list(states.values()).count("reserved") == 3, "no copy was recorded before all were durable"

    code, out, err = cli("copies", "recover")
    assert code == 0, err
    assert "共清理 3 份" in out
    assert list(folder.iterdir()) == []
    with open_ws_ledger() as ledger:
        states = {c.copy_no: c.status for c in copies(ledger, registry)}
    assert list(states.values()).count("voided") == 3 and list(states.values()).count("issued") == 1
    assert cli("ledger", "verify")[0] == 0


@pytest.mark.parametrize(("release", "reports"), [
    ("5.10.0-28-amd64", False), ("5.15.0-91-generic", False), ("5.14.0-362.el9.x86_64", False),
    ("5.17.0", True), ("6.1.0-18-amd64", True), ("6.18.44", True), ("weird", False)])
def test_syncfs_alone_is_trusted_only_from_the_kernel_that_reports_journal_errors(
        monkeypatch: pytest.MonkeyPatch, release: str, reports: bool) -> None:
    """Between 5.8 and 5.16 syncfs reports data write-back errors but not a failed journal commit or device
    flush (Debian 11, Ubuntu 22.04, RHEL 9): there every copy is still fsynced on its own."""
    atomic._kernel_reports_errors.cache_clear()
    monkeypatch.setattr(os, "uname", lambda: os.uname_result(("Linux", "h", release, "#1", "x86_64")))
    try:
        assert atomic._kernel_reports_errors() is reports
    finally:
        atomic._kernel_reports_errors.cache_clear()
