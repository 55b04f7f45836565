"""Bench for `miji remark`: 2,000 ten-page documents (PDF mostly, some DOCX), as a real archive.

A few drafts are marked through the real marking path (expired 秘密 1年, 财务 机密 10年, 绝密 长期);
the archive is built by copying those marked files with distinct bytes. The policy is changed
(财务 → 秘密 5年) and expired documents declassified, so most files are re-marked.

    /work/venv/bin/python bench/remark_bench.py [--files 2000] [--keep DIR]

Goals: >= 40 files/s dry run, >= 15 files/s re-marking with --jobs 2, --jobs 2 >= 1.7x --jobs 1.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from marker.domain.policy import default_policy  # noqa: E402
from marker.intake.mark import mark_file  # noqa: E402
from marker.ledger.store import open_ledger  # noqa: E402
from marker.worker.isolation import InProcess  # noqa: E402
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx  # noqa: E402
from tests.test_remark import changed_policy, make_page_pdf  # noqa: E402

MIJI = [sys.executable, "-c", "from marker.cli import entry; entry()"]
PAGES = 10
BODY = "\n".join(FINANCIAL_REPORT * 6)


def _templates(base: Path, workspace: Path) -> list[tuple[Path, int]]:
    """Marked files and how many of every 20 archive files are copies of each."""
    drafts = base / "drafts"
    ledger = open_ledger(workspace / "ledger.sqlite3", workspace / "keys" / "ledger.key")
    made: list[tuple[Path, int]] = []
    specs = [
        ("expired.pdf", "2019年3月1日", {"level": "秘密", "period": "1年"}, 8),
        ("finance.pdf", "2026年10月9日", {}, 6),
        ("longterm.pdf", "2019年3月1日", {"level": "绝密", "period": "长期"}, 2),
        ("expired.docx", "2018年5月1日", {"level": "秘密", "period": "2年"}, 2),
        ("finance.docx", "2026年10月9日", {}, 2),
    ]
    with ledger:
        for name, day, decision, share in specs:
            if name.endswith(".pdf"):
                draft = make_page_pdf(drafts / name, f"{BODY}\n财务部\n{day}", pages=PAGES)
            else:
                paragraphs = [*FINANCIAL_REPORT] * 8 + ["财务部", day]
                draft = make_docx(drafts / name, paragraphs, table=FINANCIAL_TABLE)
            marked = mark_file(draft, default_policy(), ledger, worker=InProcess(),
                       actor="bench", out_dir=base / "marked",
                                   **decision)
            made.append((marked.copies[0].path, share))
    return made


def build(base: Path, files: int) -> tuple[Path, Path]:
    workspace, archive = base / "ws", base / "archive"
    templates = _templates(base, workspace)
    cycle = [path for path, share in templates for _ in range(share)]
    for index in range(files):
        source = cycle[index % len(cycle)]
        target = archive / f"{2015 + index % 10}年" / f"卷{index // 100:03d}" / f"{index:05d}-{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".pdf":
            target.write_bytes(source.read_bytes() + f"\n% archive copy {index}\n".encode())
        else:
            shutil.copyfile(source, target)
            with zipfile.ZipFile(target, "a") as bundle:
                bundle.writestr("customXml/archive-copy.txt", str(index))
    changed_policy(base / "policy.toml")
    return workspace, archive


def _burn(count: int) -> int:
    total = 0
    for value in range(count):
        total += value * value
    return total


def cpu_baseline() -> float:
    """How much faster 2 processes burn CPU than 1 right now: on a shared machine the ceiling for
    --jobs 2 is this, not 2."""
    from concurrent.futures import ProcessPoolExecutor

    times = []
    for jobs in (1, 2):
        started = time.perf_counter()
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_burn, [2_000_000] * 8))
        times.append(time.perf_counter() - started)
    return times[0] / times[1]


def timed(workspace: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "MIJI_WORKSPACE": str(workspace)}
    started = time.perf_counter()
    done = subprocess.run([*MIJI, "remark", *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"miji remark {' '.join(args)} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="miji-remark-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    workspace, archive = build(base, args.files)
    print(f"archive: {args.files} files of {PAGES} pages in {time.perf_counter() - started:.1f} s ({base})")
    common = (str(archive), "--policy", str(base / "policy.toml"), "--as-of", "2026-11-21", "--declassify-expired")
    rows: list[tuple[str, float]] = []
    elapsed, _ = timed(workspace, *common, "--dry-run", "--jobs", "2")
    rows.append(("--dry-run --jobs 2", elapsed))
    elapsed, _ = timed(workspace, *common, "--dry-run", "--jobs", "1")
    rows.append(("--dry-run --jobs 1", elapsed))
    for jobs in ("1", "2"):
        elapsed, _ = timed(workspace, *common, "--out", str(base / f"out-{jobs}"), "--jobs", jobs)
        rows.append((f"--out --jobs {jobs}", elapsed))
    written = sum(1 for p in (base / "out-2").rglob("*") if p.is_file())
    print(f"re-marked files per real run: {written}")
    print(f"{'run':<22}{'seconds':>10}{'files/s':>10}")
    for name, seconds in rows:
        print(f"{name:<22}{seconds:>10.1f}{args.files / seconds:>10.1f}")
    speedup = rows[2][1] / rows[3][1]
    print(f"--jobs 2 vs --jobs 1: {speedup:.2f}x  (cores: {os.cpu_count()}; pure-CPU 2-process speedup on this "
          f"machine right now: {cpu_baseline():.2f}x)")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
