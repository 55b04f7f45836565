"""Readers run in a worker process: a crash, a hang or a memory blow-up costs one file, not the
daemon."""

from __future__ import annotations

import io
import os
import threading
import zipfile
from pathlib import Path

import pytest

from marker.errors import CorruptInput, ReaderCrashed, ReaderTimedOut, TooLargeInput
from marker.settings import Limits
from marker.worker.isolation import Isolation, WorkerLimits
from tests.builders import FINANCIAL_REPORT, make_docx, make_pdf


@pytest.fixture()
def isolation():
    iso = Isolation(WorkerLimits(memory_mb=1024, cpu_seconds=30, wall_seconds=30))
    yield iso
    iso.close()


def test_worker_reads_like_in_process_and_stays_warm(tmp_path: Path, isolation: Isolation):
    pdf = make_pdf(tmp_path / "a.pdf", ["\n".join(FINANCIAL_REPORT)] * 3)
    first = isolation.read(pdf)
    pid = isolation.worker._process.pid
    second = isolation.read(pdf)
    assert first.page_count == second.page_count == 3 and "财务报表" in second.text
    assert isolation.worker._process.pid == pid


def test_library_errors_come_back_as_named_errors(tmp_path: Path, isolation: Isolation):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(CorruptInput):
        isolation.read(bad)
    assert isolation.read(make_pdf(tmp_path / "ok.pdf", ["正文"])).page_count == 1


def test_a_worker_stays_warm_until_its_memory_grows(tmp_path: Path, isolation: Isolation,
                                                    monkeypatch: pytest.MonkeyPatch):
    """A reader is not renewed every few hundred requests (each renewal costs a warm-up), but once
    it has grown well past what it held after its first request."""
    monkeypatch.setattr(type(isolation.worker), "RECYCLE_GROWTH_MB", 64)
    pdf = make_pdf(tmp_path / "a.pdf", ["正文"])
    isolation.read(pdf)
    pid = isolation.worker._process.pid
    for _ in range(300):
        isolation.read(pdf)
    assert isolation.worker._process.pid == pid, "300 reads, no growth: the same warm process"
    isolation.run(os.putenv, "MIJI_TEST_LEAK", "x" * (128 * 1048576))  # kept by the C library, as a leak would be
    isolation.read(pdf)
    assert isolation.worker._process.pid != pid, "grown by 128 MB: renewed before the next file"
    assert isolation.read(pdf).page_count == 1


def test_a_worker_killed_mid_read_is_reported_and_replaced(tmp_path: Path, isolation: Isolation):
    pdf = make_pdf(tmp_path / "big.pdf", [f"第{i}页" for i in range(1500)])
    isolation.read(make_pdf(tmp_path / "warm.pdf", ["预热"]))
    victim = isolation.worker._process
    killer = threading.Timer(0.05, victim.kill)
    killer.start()
    with pytest.raises(ReaderCrashed, match="崩溃"):
        for _ in range(50):
            isolation.read(pdf)
    killer.join()
    assert isolation.read(make_pdf(tmp_path / "after.pdf", ["之后"])).page_count == 1
    assert isolation.worker._process.pid != victim.pid


def test_a_hang_times_out_and_the_next_file_is_served(tmp_path: Path):
    iso = Isolation(WorkerLimits(wall_seconds=0.001))
    try:
        pdf = make_pdf(tmp_path / "slow.pdf", ["页"] * 300)
        with pytest.raises(ReaderTimedOut, match="超时"):
            iso.read(pdf)
        iso.worker.limits = WorkerLimits(wall_seconds=30)
        assert iso.read(pdf).page_count == 300
    finally:
        iso.close()


def test_memory_limit_turns_a_bomb_into_a_named_error(tmp_path: Path):
    base = make_docx(tmp_path / "base.docx", ["正文"]).read_bytes()
    buffer = io.BytesIO()
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + paragraph * 3_000_000)
            dst.writestr(item, data)
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(buffer.getvalue())
    iso = Isolation(WorkerLimits(memory_mb=300, wall_seconds=60))
    try:
        generous = Limits(max_zip_uncompressed=2**40, max_zip_ratio=2**30)
        with pytest.raises((TooLargeInput, ReaderCrashed, CorruptInput)):
            iso.read(bomb, generous)
        assert iso.read(make_pdf(tmp_path / "ok.pdf", ["正文"])).page_count == 1
    finally:
        iso.close()


def test_the_cpu_limit_is_per_file_not_per_worker_life(tmp_path: Path):
    iso = Isolation(WorkerLimits(cpu_seconds=1, wall_seconds=60))
    iso.worker.RECYCLE_AFTER = 10_000
    try:
        pdf = make_pdf(tmp_path / "a.pdf", ["\n".join(FINANCIAL_REPORT)] * 40)
        pid = None
        for _ in range(300):  # well over one CPU second in total
            iso.read(pdf)
            pid = pid or iso.worker._process.pid
        assert iso.worker._process.pid == pid
    finally:
        iso.close()


def test_a_long_lived_worker_is_recycled_to_bound_its_memory(tmp_path: Path, isolation: Isolation):
    isolation.worker.RECYCLE_AFTER = 3
    pdf = make_pdf(tmp_path / "a.pdf", ["正文"])
    pids = []
    for _ in range(7):
        assert isolation.read(pdf).page_count == 1
        pids.append(isolation.worker._process.pid)
    assert len(set(pids)) == 3 and pids[0] == pids[2] != pids[3]
