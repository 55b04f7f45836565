"""Bench for `miji remark`: ten-page documents (PDF mostly, some DOCX), as a real archive.

A few drafts are marked through the real marking path (expired 秘密 1年, 财务 机密 10年, 绝密 长期);
the archive is built by copying those marked files with distinct bytes. The policy is changed
(财务 → 秘密 5年) and expired documents declassified, so most files are re-marked.

Beside Miji, the same archive is re-marked by a plain two-process pymupdf/python-docx script
(`--plain`: the same strikes and new lines, page headers and metadata, no isolation, no ledger):
the floor issue 18 measures CPU against. CPU is user + system seconds of the command and every
process it started (its pool, its isolated readers).

    python bench/remark_bench.py [--files 300] [--before /work/before-18] [--summary PATH] [--keep DIR]

Goals: re-marking (--jobs 2) within 1.5× the plain script's CPU; >= 40 files/s dry run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
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
from marker.settings import build_settings  # noqa: E402
from marker.worker.isolation import InProcess  # noqa: E402
from marker.workspace import open_workspace_ledger  # noqa: E402
from tests.builders import FINANCIAL_REPORT, FINANCIAL_TABLE, make_docx  # noqa: E402
from tests.roster import ACTOR, install_policy, staff  # noqa: E402
from tests.test_remark import changed_policy, make_page_pdf  # noqa: E402

PAGES = 10
BODY = "\n".join(FINANCIAL_REPORT * 6)
AS_OF = "2026-11-21"


def _templates(base: Path, workspace: Path) -> list[tuple[Path, int]]:
    """Marked files and how many of every 20 archive files are copies of each."""
    drafts = base / "drafts"
    made: list[tuple[Path, int]] = []
    specs = [
        ("expired.pdf", "2019年3月1日", {"level": "秘密", "period": "1年"}, 8),
        ("finance.pdf", "2026年10月9日", {}, 6),
        ("longterm.pdf", "2019年3月1日", {"level": "绝密", "period": "长期"}, 2),
        ("expired.docx", "2018年5月1日", {"level": "秘密", "period": "2年"}, 2),
        ("finance.docx", "2026年10月9日", {}, 2),
    ]
    with open_workspace_ledger(build_settings({"workspace": workspace})) as ledger:
        for name, day, decision, share in specs:
            if name.endswith(".pdf"):
                draft = make_page_pdf(drafts / name, f"{BODY}\n财务部\n{day}", pages=PAGES)
            else:
                paragraphs = [*FINANCIAL_REPORT] * 8 + ["财务部", day]
                draft = make_docx(drafts / name, paragraphs, table=FINANCIAL_TABLE)
            marked = mark_file(draft, default_policy(), ledger, worker=InProcess(), actor=ACTOR,
                               out_dir=base / "marked", **decision)
            made.append((marked.copies[0].path, share))
    return made


def build(base: Path, files: int) -> tuple[Path, dict[str, str]]:
    """The archive, and the environment the CLI runs with (a workspace with its staff)."""
    workspace, archive = base / "ws", base / "archive"
    tokens = staff(workspace)
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
    install_policy(workspace, changed_policy(base / "policy.toml"))
    env = {**os.environ, "MIJI_WORKSPACE": str(workspace), "MIJI_TOKEN": ",".join(tokens.values()),
           "MIJI_USER": ACTOR}
    return archive, env


def _reap_descendants() -> None:
    """Become the subreaper of every process the commands start: a forkserver and the workers
    under it outlive `miji` by a moment and would be reaped by init, their CPU never counted."""
    import ctypes

    if ctypes.CDLL("libc.so.6", use_errno=True).prctl(36, 1, 0, 0, 0) != 0:  # PR_SET_CHILD_SUBREAPER
        raise SystemExit("cannot count the CPU of the command's descendants (prctl PR_SET_CHILD_SUBREAPER)")


def timed(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the command and all it started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    while True:  # descendants orphaned by the command (its forkserver, pool and readers) end here
        try:
            os.wait()
        except ChildProcessError:
            break
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} … failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


MIJI = [sys.executable, "-c", "from marker.cli import entry; entry()"]


def env_for(env: dict[str, str], tree: Path | None) -> dict[str, str]:
    """Another tree's `miji` (its own `marker`, workers included) through PYTHONPATH; commands run
    in a scratch folder, so the current folder does not come first on their path."""
    return {**env, "PYTHONPATH": str(tree)} if tree else env


# --- the plain script -----------------------------------------------------------------------------
def _plain_pdf(source: Path, target: Path) -> bool:
    """Strike the old mark on page 1 and write the new one beside it, strike the level in every
    page header, rewrite the metadata, save: what re-marking a PDF needs, with pymupdf alone."""
    import pymupdf

    with pymupdf.open(source) as doc:
        _, info = doc.xref_get_key(-1, "Info")
        info_xref = int(info.split()[0])
        level = doc.xref_get_key(info_xref, "MijiLevel")[1]
        period = doc.xref_get_key(info_xref, "MijiPeriod")[1]
        registry = doc.xref_get_key(info_xref, "MijiRegistry")[1]
        expiry = doc.xref_get_key(info_xref, "MijiExpiry")[1]
        new = _plain_decision(level, period, expiry)
        if new is None:
            return False
        page = doc[0]
        text_page = page.get_textpage()
        line = next(x for x in page.get_text("text", textpage=text_page).splitlines() if level in x and "公司" in x)
        box = page.search_for(line, textpage=text_page)[0]
        page.draw_line((box.x0, (box.y0 + box.y1) / 2), (box.x1, (box.y0 + box.y1) / 2))
        page.insert_text((box.x1 + 10, box.y1 - 3), new, fontname="china-s", fontsize=box.height / 1.3)
        for page in doc:
            band = pymupdf.Rect(0, 0, page.rect.width, page.rect.height * 0.12)
            text_page = page.get_textpage(clip=band)
            levels = page.search_for(level, clip=band, textpage=text_page)
            registries = page.search_for(registry, clip=band, textpage=text_page)
            if levels and registries:
                hit = levels[0]
                page.draw_line((hit.x0, (hit.y0 + hit.y1) / 2), (hit.x1, (hit.y0 + hit.y1) / 2))
                page.insert_text((registries[0].x1 + 8, registries[0].y1 - 2), new.split()[0], fontname="china-s",
                                 fontsize=9)
        doc.xref_set_key(info_xref, "MijiLevel", pymupdf.get_pdf_str(new.split()[0]))
        doc.save(target)
    return True


def _plain_docx(source: Path, target: Path) -> bool:
    """The same for a DOCX with python-docx: strike the mark paragraph's runs, add the new mark,
    strike the header line, rewrite the custom properties, save."""
    import docx
    from lxml import etree

    with zipfile.ZipFile(source) as archive:
        custom = etree.fromstring(archive.read("docProps/custom.xml"))
    values = {prop.get("name"): "".join(prop.itertext()) for prop in custom}
    new = _plain_decision(values.get("miji:level", ""), values.get("miji:period", ""), values.get("miji:expiry", ""))
    if new is None:
        return False
    document = docx.Document(str(source))
    paragraph = next(p for p in document.paragraphs[:8] if values["miji:level"] in p.text)
    for run in paragraph.runs:
        run.font.strike = True
    paragraph.add_run(" " + new)
    for section in document.sections:
        for header_paragraph in section.header.paragraphs:
            if values["miji:registry"] in header_paragraph.text:
                for run in header_paragraph.runs:
                    run.font.strike = True
                header_paragraph.add_run(" " + new.split()[0])
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    part = document.part.package.part_related_by(RT.CUSTOM_PROPERTIES)
    part._blob = part.blob.replace(values["miji:level"].encode(), new.split()[0].encode())
    document.save(str(target))
    return True


def _plain_decision(level: str, period: str, expiry: str) -> str | None:
    if expiry and expiry <= AS_OF:
        return "解密"
    if level == "机密" and period == "10年":
        return "秘密 5年"
    return None


def _plain_one(job: tuple[str, str]) -> bool:
    source, target = Path(job[0]), Path(job[1])
    target.parent.mkdir(parents=True, exist_ok=True)
    return (_plain_pdf if source.suffix == ".pdf" else _plain_docx)(source, target)


def plain(archive: Path, out: Path) -> None:
    """The floor: two processes re-marking every file, nothing else."""
    from multiprocessing import Pool

    jobs = [(str(path), str(out / path.relative_to(archive))) for path in sorted(archive.rglob("*"))
            if path.is_file()]
    with Pool(2) as pool:
        written = sum(pool.map(_plain_one, jobs, chunksize=8))
    print(written)


# --- the run ----------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument("--before", type=Path, help="also run the code of this tree (a worktree of main)")
    parser.add_argument("--summary", type=Path, help="append JSON lines of the figures here (bench/run_all.py)")
    parser.add_argument("--plain", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plain:
        plain(*args.plain)
        return
    _reap_descendants()
    base = args.keep or Path(tempfile.mkdtemp(prefix="miji-remark-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    archive, env = build(base, args.files)
    print(f"archive: {args.files} files of {PAGES} pages in {time.perf_counter() - started:.1f} s ({base})")
    common = [str(archive), "--policy", str(base / "policy.toml"), "--as-of", AS_OF, "--declassify-expired"]
    rows: list[tuple[str, float, float]] = []
    floor = timed([sys.executable, __file__, "--plain", str(archive), str(base / "out-plain")], env, base)
    rows.append(("plain pymupdf/python-docx script, 2 processes", *floor))
    trees: list[tuple[str, Path | None]] = [("", None)] + ([("before: ", args.before)] if args.before else [])
    results: dict[str, tuple[float, float]] = {}
    for prefix, tree in trees:
        for name, extra in (("--dry-run --jobs 2", ["--dry-run", "--jobs", "2"]),
                            ("--out --jobs 2", ["--out", str(base / f"out-{prefix.strip(': ')}2"), "--jobs", "2"])):
            figures = timed([*MIJI, "remark", *common, *extra], env_for(env, tree), base)
            results[prefix + name] = figures
            rows.append((f"{prefix}miji remark {name}", *figures))
    written = sum(1 for p in (base / "out-2").rglob("*") if p.is_file())
    plain_written = sum(1 for p in (base / "out-plain").rglob("*") if p.is_file())
    print(f"re-marked files: Miji {written}, plain script {plain_written}")
    print(f"{'run':<52}{'seconds':>10}{'files/s':>10}{'CPU s':>10}{'CPU × plain':>13}")
    for name, seconds, cpu in rows:
        print(f"{name:<52}{seconds:>10.1f}{args.files / seconds:>10.1f}{cpu:>10.1f}{cpu / floor[1]:>13.2f}")
    print("goal: miji remark --out --jobs 2 within 1.5x the plain script's CPU")
    if args.summary:
        with args.summary.open("a", encoding="utf-8") as handle:
            for key, goal in (("--out --jobs 2", "≤ 1.5×"), ("before: --out --jobs 2", None)):
                if key in results:
                    cpu = results[key][1]
                    handle.write(json.dumps({
                        "issue": "18", "what": f"remark {args.files} ten-page files, {key} (floor: plain 2-process "
                                              "script)", "miji": round(cpu, 2), "floor": round(floor[1], 2),
                        "unit": "CPU s", "ratio": round(cpu / floor[1], 3), "goal": goal}, ensure_ascii=False) + "\n")
    if not args.keep:
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
