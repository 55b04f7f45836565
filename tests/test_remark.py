"""`miji remark`: re-marking whole archives — actions, struck marks, ledger, dry run, resume, jobs."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pymupdf
import pytest

from marker.domain.policy import default_policy, default_policy_text
from marker.errors import ExitCode
from marker.intake.mark import mark_file
from marker.ledger.store import open_ledger
from marker.reading.documents import read
from marker.worker.isolation import InProcess
from tests.builders import (
    FINANCIAL_REPORT,
    FINANCIAL_TABLE,
    INTERNAL_NOTICE,
    MEETING_MINUTES,
    make_docx,
    make_text,
)
from tests.conftest import json_lines
from tests.daemon_helpers import MIJI, wait_until
from tests.roster import ACTOR, staff

AS_OF = "2026-11-21"
OLD_DATE = "2019年3月1日"
NEW_DATE = "2026年10月9日"
FINANCE_TEXT = "\n".join(FINANCIAL_REPORT)


PARTIAL = ExitCode.PARTIAL  # the fixture archive holds broken/corrupt.pdf: every run lists it and exits 10


def make_page_pdf(path: Path, text: str, *, pages: int = 1) -> Path:
    """A CJK PDF whose body starts below where the mark goes (GB/T 9704 leaves that room)."""
    doc = pymupdf.open()
    for _ in range(pages):
        page = doc.new_page(width=595, height=842)
        page.insert_textbox(pymupdf.Rect(80, 240, 520, 780), text, fontname="china-s", fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(path)
    doc.close()
    return path


def _mark(draft: Path, target: Path, ledger, **kwargs) -> Path:
    """Mark a draft with the real marking path and put its copy at `target` in the archive."""
    marked = mark_file(draft, default_policy(), ledger, worker=InProcess(),
                       actor="档案员", out_dir=draft.parent / "copies",
                           **kwargs)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(marked.copies[0].path, target)
    return target


def build_archive(base: Path) -> tuple[Path, Path]:
    """An archive marked through `mark_document`, plus its workspace (ledger and key)."""
    workspace, archive, drafts = base / "ws", base / "archive", base / "drafts"
    staff(workspace)  # `miji init`: nothing is stamped before it
    ledger = open_ledger(workspace / "ledger.sqlite3", workspace / "keys" / "ledger.key")
    with ledger:
        old = make_page_pdf(drafts / "old.pdf", f"{FINANCE_TEXT}\n财务部\n{OLD_DATE}")
        _mark(old, archive / "2019" / "expired.pdf", ledger, level="秘密", period="1年")
        old_docx = make_docx(drafts / "old.docx", [*FINANCIAL_REPORT, "财务部", OLD_DATE])
        _mark(old_docx, archive / "2019" / "expired.docx", ledger, level="秘密", period="2年")
        finance = make_page_pdf(drafts / "finance.pdf", f"{FINANCE_TEXT}\n财务部\n{NEW_DATE}", pages=3)
        _mark(finance, archive / "current" / "finance.pdf", ledger)
        finance_docx = make_docx(drafts / "finance.docx", [*FINANCIAL_REPORT, "财务部", NEW_DATE],
                                 table=FINANCIAL_TABLE)
        _mark(finance_docx, archive / "current" / "finance.docx", ledger)
        long_term = make_page_pdf(drafts / "long.pdf", f"{FINANCE_TEXT}\n{OLD_DATE}")
        _mark(long_term, archive / "current" / "deep" / "long.pdf", ledger, level="绝密", period="长期")
        condition = make_page_pdf(drafts / "cond.pdf", f"{FINANCE_TEXT}\n{OLD_DATE}")
        _mark(condition, archive / "current" / "condition.pdf", ledger, level="绝密", period="公布后")
    make_page_pdf(archive / "drafts" / "minutes.pdf", MEETING_MINUTES)
    make_text(archive / "drafts" / "minutes.txt", MEETING_MINUTES)
    make_text(archive / "drafts" / "notice.txt", INTERNAL_NOTICE)
    (archive / "broken").mkdir(parents=True)
    (archive / "broken" / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<>> garbage" + os.urandom(200))
    (archive / "broken" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    (archive / "current" / "figures.xlsx").write_bytes(b"PK\x03\x04 not a document we mark")
    shutil.rmtree(drafts)
    return workspace, archive


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("remark-template")
    build_archive(base)
    return base


@pytest.fixture()
def site(template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A fresh copy of the archive and its workspace for one test."""
    shutil.copytree(template / "ws", tmp_path / "ws")
    shutil.copytree(template / "archive", tmp_path / "archive")
    return tmp_path / "ws", tmp_path / "archive"


def changed_policy(path: Path) -> Path:
    """The default policy with 财务 lowered from 机密 10年 to 秘密 5年."""
    text = default_policy_text()
    old = '[categories.financial]\nlabel = "财务"\nlevel = "机密"\nperiod = "10年"'
    assert old in text
    path.write_text(text.replace(old, '[categories.financial]\nlabel = "财务"\nlevel = "秘密"\nperiod = "5年"'),
                    encoding="utf-8")
    return path


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def remarked_events(workspace: Path) -> list[dict]:
    with sqlite3.connect(workspace / "ledger.sqlite3") as conn:
        return [{**json.loads(r[0]), "registry": r[1], "actor": r[2], "at": r[3]} for r in conn.execute(
            "SELECT payload, registry, actor, at FROM events WHERE kind = 'remarked' ORDER BY seq")]


def by_path(out: str) -> dict[str, dict]:
    return {row["path"]: row for row in json_lines(out) if not row.get("summary")}


def summary_of(out: str) -> dict:
    return next(row for row in json_lines(out) if row.get("summary"))


def page_one(path: Path) -> tuple[str, pymupdf.Page, pymupdf.Document]:
    doc = pymupdf.open(path)
    return doc[0].get_text("text"), doc[0], doc


def strike_coverage(path: Path, mark_text: str) -> float:
    """The longest unbroken dark run along a row of `mark_text`'s box on the rendered page 1, as a share
    of the box width: a strike line crosses the gaps between characters, glyph strokes do not."""
    doc = pymupdf.open(path)
    page = doc[0]
    box = page.search_for(mark_text)[0]
    zoom = 3
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
    best = 0.0
    for y in range(int(box.y0 * zoom + box.height * zoom * 0.25), int(box.y1 * zoom - box.height * zoom * 0.25)):
        xs = range(int(box.x0 * zoom) + 2, int(box.x1 * zoom) - 2)
        run = longest = 0
        for x in xs:
            run = run + 1 if pix.pixel(x, y)[0] < 100 else 0
            longest = max(longest, run)
        best = max(best, longest / len(xs))
    doc.close()
    return best


def ws(workspace: Path) -> tuple[str, str]:
    return "--workspace", str(workspace)


# --- actions ---------------------------------------------------------------------------------------
def test_dry_run_decides_every_action_and_changes_nothing(site, cli: Callable, tmp_path: Path):
    workspace, archive = site
    before_archive, before_ws = hashes(archive), hashes(workspace)
    policy = changed_policy(tmp_path / "policy.toml")
    code, out, err = cli("remark", archive, *ws(workspace), "--policy", policy, "--as-of", AS_OF,
                         "--declassify-expired", "--mark-unmarked", "--dry-run", "--json", "--jobs", "1",
                         "--report", tmp_path / "plan.csv")
    assert code == PARTIAL, err
    rows = by_path(out)
    actions = {path: row["action"] for path, row in rows.items()}
    assert actions == {
        "2019/expired.pdf": "declassify", "2019/expired.docx": "declassify",
        "current/finance.pdf": "relevel", "current/finance.docx": "relevel",
        "current/deep/long.pdf": "keep", "current/condition.pdf": "keep",
        "drafts/minutes.pdf": "keep", "drafts/minutes.txt": "keep", "drafts/notice.txt": "mark",
        "broken/corrupt.pdf": "error",
    }
    assert rows["current/condition.pdf"]["needs_person"] and "条件" in rows["current/condition.pdf"]["reason"]
    assert rows["current/finance.pdf"]["old_level"] == "机密" and rows["current/finance.pdf"]["new_level"] == "秘密"
    assert rows["current/finance.pdf"]["new_period"] == "5年"
    summary = summary_of(out)
    assert summary["other_files"] == 2 and summary["errors"] == ["broken/corrupt.pdf"]
    assert "current/condition.pdf" in summary["needs_person"]
    assert summary["by_action"] == {"declassify": 2, "relevel": 2, "keep": 4, "mark": 1, "error": 1}
    assert summary["by_action_label"] == {"解密": 2, "变更密级": 2, "保留": 4, "标密": 1, "错误": 1}
    assert all(row["action_label"] for row in rows.values())
    assert rows["drafts/minutes.pdf"]["needs_person"] and "自动定密上限" in rows["drafts/minutes.pdf"]["reason"]
    with (tmp_path / "plan.csv").open(encoding="utf-8-sig") as handle:
        assert {row["path"]: row["action"] for row in csv.DictReader(handle)} == actions
    assert hashes(archive) == before_archive and hashes(workspace) == before_ws


def test_human_report_names_actions_in_chinese(site, cli: Callable, tmp_path: Path):
    workspace, archive = site
    policy = changed_policy(tmp_path / "policy.toml")
    code, out, err = cli("remark", archive, *ws(workspace), "--policy", policy, "--as-of", AS_OF,
                         "--declassify-expired", "--mark-unmarked", "--dry-run", "--jobs", "1")
    assert code == PARTIAL, err
    assert all(word in out for word in ("解密", "变更密级", "标密", "错误"))
    assert not any(f" {action} " in out for action in ("declassify", "relevel", "keep"))


def test_without_options_expired_and_unmarked_files_are_kept(site, cli: Callable):
    workspace, archive = site
    code, out, err = cli("remark", archive, *ws(workspace), "--as-of", AS_OF, "--dry-run", "--json", "--jobs", "1")
    assert code == PARTIAL, err
    actions = {path: row["action"] for path, row in by_path(out).items()}
    assert actions["2019/expired.pdf"] == actions["drafts/minutes.pdf"] == actions["current/finance.pdf"] == "keep"
    assert actions["broken/corrupt.pdf"] == "error"


def test_declassify_strikes_the_old_mark_and_writes_jiemi_beside_it(site, cli: Callable, tmp_path: Path):
    workspace, archive = site
    before = hashes(archive)
    out_dir = tmp_path / "out"
    code, _, err = cli("remark", archive, *ws(workspace), "--as-of", AS_OF, "--declassify-expired",
                       "--out", out_dir, "--json", "--jobs", "1")
    assert code == PARTIAL, err
    assert hashes(archive) == before, "the archive itself is untouched in --out mode"
    result = out_dir / "2019" / "expired.pdf"
    text, _, doc = page_one(result)
    assert "某某公司 秘密 1年" in text and "解密 2026年11月21日" in text
    doc.close()
    assert strike_coverage(result, "某某公司 秘密 1年") > 0.9
    assert strike_coverage(archive / "2019" / "expired.pdf", "某某公司 秘密 1年") < 0.5
    assert strike_coverage(result, "解密 2026年11月21日") < 0.5, "the new mark is not struck"
    mark = read(result).existing_mark
    assert mark is not None and mark.fields["declassified"] == "2026-11-21" and not mark.expiry
    assert sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*") if p.is_file()) == [
        "2019/expired.docx", "2019/expired.pdf"]
    docx_mark = read(out_dir / "2019" / "expired.docx")
    assert docx_mark.existing_mark.fields["declassified"] == "2026-11-21"
    assert "某某公司 秘密 2年 解密 2026年11月21日" in docx_mark.text


def test_docx_mark_runs_get_w_strike_and_a_new_run(site, cli: Callable, tmp_path: Path):
    import docx

    workspace, archive = site
    policy = changed_policy(tmp_path / "policy.toml")
    code, _, err = cli("remark", archive, *ws(workspace), "--policy", policy, "--as-of", AS_OF,
                       "--out", tmp_path / "out", "--jobs", "1")
    assert code == PARTIAL, err
    document = docx.Document(tmp_path / "out" / "current" / "finance.docx")
    paragraph = next(p for p in document.paragraphs[:4] if "某某公司 机密 10年" in p.text)
    struck = [run for run in paragraph.runs if run.font.strike]
    live = [run for run in paragraph.runs if not run.font.strike]
    assert "".join(r.text for r in struck) == "某某公司 机密 10年"
    assert "".join(r.text for r in live).strip() == "某某公司 秘密 5年"
    mark = read(tmp_path / "out" / "current" / "finance.docx").existing_mark
    assert (mark.level, mark.period) == ("秘密", "5年") and mark.expiry == "2031-10-09"


def test_relevel_in_place_records_events_and_a_rerun_keeps_everything(site, cli: Callable, tmp_path: Path):
    workspace, archive = site
    policy = changed_policy(tmp_path / "policy.toml")
    before = hashes(archive)
    args = ("remark", archive, *ws(workspace), "--policy", policy, "--as-of", AS_OF, "--declassify-expired",
            "--in-place", "--json", "--jobs", "2")
    code, out, err = cli(*args)
    assert code == PARTIAL, err
    events = {e["path"]: e for e in remarked_events(workspace)}
    assert set(events) == {"2019/expired.pdf", "2019/expired.docx", "current/finance.pdf", "current/finance.docx"}
    finance = events["current/finance.pdf"]
    assert (finance["old_level"], finance["old_period"], finance["new_level"], finance["new_period"]) == (
        "机密", "10年", "秘密", "5年")
    assert finance["sha_before"] == before["current/finance.pdf"]
    assert finance["sha_after"] == hashlib.sha256((archive / "current/finance.pdf").read_bytes()).hexdigest()
    assert finance["registry"].startswith("MJ-") and finance["actor"] and finance["at"] and finance["reason"]
    assert events["2019/expired.pdf"]["declassified"] == AS_OF
    text, _, doc = page_one(archive / "current" / "finance.pdf")
    assert "某某公司 机密 10年" in text and "某某公司 秘密 5年" in text
    doc.close()
    assert strike_coverage(archive / "current" / "finance.pdf", "某某公司 机密 10年") > 0.9
    assert not list(archive.rglob("*.orig")) and not list(archive.rglob(".miji-tmp-*"))
    assert hashes(archive)["current/deep/long.pdf"] == before["current/deep/long.pdf"]

    code, out, err = cli(*args[:-2], "--jobs", "1")
    assert code == PARTIAL, err
    changed = {path for path, r in by_path(out).items() if r["action"] in ("relevel", "declassify")}
    assert changed == set(events) and {by_path(out)[p]["state"] for p in changed} == {"resumed"}
    code, out, err = cli(*args[:-2], "--jobs", "1", "--as-of", date.today().isoformat())
    assert code == PARTIAL, err
    assert {r["action"] for r in by_path(out).values()} <= {"keep", "error"}, "a new run finds nothing to do"
    assert len(remarked_events(workspace)) == 4, "nothing is re-marked twice"


def test_keep_originals_leaves_the_orig_files(site, cli: Callable):
    workspace, archive = site
    before = hashes(archive)
    code, _, err = cli("remark", archive, *ws(workspace), "--as-of", AS_OF, "--declassify-expired", "--in-place",
                       "--keep-originals", "--jobs", "1")
    assert code == PARTIAL, err
    origs = sorted(p.relative_to(archive).as_posix() for p in archive.rglob("*.orig"))
    assert origs == ["2019/expired.docx.orig", "2019/expired.pdf.orig"]
    assert hashlib.sha256((archive / "2019/expired.pdf.orig").read_bytes()).hexdigest() == before["2019/expired.pdf"]


def test_mark_unmarked_uses_the_normal_marking_path(site, cli: Callable, tmp_path: Path):
    workspace, archive = site
    code, out, err = cli("remark", archive, *ws(workspace), "--as-of", AS_OF, "--mark-unmarked",
                         "--out", tmp_path / "out", "--json", "--jobs", "1")
    assert code == PARTIAL, err
    rows = by_path(out)
    pdf, notice = rows["drafts/minutes.pdf"], rows["drafts/notice.txt"]
    assert pdf["action"] == "keep" and pdf["needs_person"], "机密 is above the auto-apply maximum, as in the daemon"
    assert notice["action"] == "mark" and notice["new_level"] == "内部"
    assert Path(notice["output"]).suffix == ".docx" and Path(notice["output"]).parent == tmp_path / "out" / "drafts"
    marked = read(Path(notice["output"])).existing_mark
    assert marked.registry == notice["registry"] and marked.level == "内部"
    with sqlite3.connect(workspace / "ledger.sqlite3") as conn:
        registered = [r[0] for r in conn.execute("SELECT registry FROM events WHERE kind = 'document_registered'")]
    assert registered.count(notice["registry"]) == 1 and pdf["registry"] not in registered
    code, out, err = cli("remark", archive, *ws(workspace), "--as-of", AS_OF, "--mark-unmarked", "--dry-run",
                         "--json", "--jobs", "1")
    assert by_path(out)["drafts/notice.txt"]["action"] == "keep", "a registered draft is not marked twice"

    code, _, err = cli("remark", archive, *ws(workspace))
    assert code == 2 and "--out" in err


# --- parallel, cluster, resume -----------------------------------------------------------------------
def _outcome(out: str, out_dir: Path) -> dict[str, tuple]:
    result = {}
    for path, row in by_path(out).items():
        marks = None
        if row["action"] in ("relevel", "declassify"):
            document = read(out_dir / path)
            fields = document.existing_mark.fields
            marks = (fields.get("level"), fields.get("period"), fields.get("expiry"), fields.get("declassified"),
                     document.text.count("解密"))
        result[path] = (row["action"], row["new_level"], row["new_period"], row["needs_person"], marks)
    return result


def test_jobs_2_gives_the_same_result_as_jobs_1(template: Path, tmp_path: Path, cli: Callable):
    outcomes = []
    for jobs in ("1", "2"):
        shutil.copytree(template, tmp_path / jobs)
        policy = changed_policy(tmp_path / jobs / "policy.toml")
        code, out, err = cli("remark", tmp_path / jobs / "archive", *ws(tmp_path / jobs / "ws"), "--policy", policy,
                             "--as-of", AS_OF, "--declassify-expired", "--mark-unmarked",
                             "--out", tmp_path / jobs / "out", "--json", "--jobs", jobs)
        assert code == PARTIAL, err
        outcomes.append(_outcome(out, tmp_path / jobs / "out"))
    assert outcomes[0] == outcomes[1]
    assert {v[0] for v in outcomes[0].values()} == {"declassify", "relevel", "mark", "keep", "error"}


def test_dask_cluster_gives_the_same_result(template: Path, tmp_path: Path, cli: Callable):
    distributed = pytest.importorskip("distributed", reason="dask[distributed] (miji[cluster]) is not installed")
    outcomes = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        address = cluster.scheduler_address.removeprefix("tcp://")
        for name, extra in (("local", ("--jobs", "1")), ("dask", ("--executor", f"dask://{address}"))):
            shutil.copytree(template, tmp_path / name)
            code, out, err = cli("remark", tmp_path / name / "archive", *ws(tmp_path / name / "ws"), "--as-of",
                                 AS_OF, "--declassify-expired", "--out", tmp_path / name / "out", "--json", *extra)
            assert code == PARTIAL, err
            outcomes.append(_outcome(out, tmp_path / name / "out"))
    assert outcomes[0] == outcomes[1]
    assert len(remarked_events(tmp_path / "dask" / "ws")) == 2


def _big_archive(template: Path, base: Path, count: int = 60) -> tuple[Path, Path]:
    """`count` expired marked files (PDF and DOCX), each with its own bytes."""
    shutil.copytree(template / "ws", base / "ws")
    archive = base / "archive"
    sources = [template / "archive" / "2019" / "expired.pdf", template / "archive" / "2019" / "expired.docx"]
    for index in range(count):
        source = sources[index % 5 == 4]
        target = archive / f"box{index // 20}" / f"file{index:03d}{source.suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        data = source.read_bytes()
        if source.suffix == ".pdf":
            data += f"\n% copy {index}\n".encode()
        else:
            import zipfile

            shutil.copyfile(source, target)
            with zipfile.ZipFile(target, "a") as bundle:
                bundle.writestr("customXml/copy.txt", str(index))
            continue
        target.write_bytes(data)
    return base / "ws", archive


def _miji_processes(workspace: Path) -> list[int]:
    """Processes (workers included) started for this workspace, found by their environment."""
    wanted = f"MIJI_WORKSPACE={workspace}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if wanted in (entry / "environ").read_bytes().split(b"\0"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["--in-place", "--out"])
def test_resume_after_kill_9_re_marks_every_file_exactly_once(template: Path, tmp_path: Path, mode: str):
    workspace, archive = _big_archive(template, tmp_path)
    out_dir = tmp_path / "out"
    where = [mode] if mode == "--in-place" else [mode, str(out_dir)]
    args = ["remark", str(archive), "--as-of", AS_OF, "--declassify-expired", *where, "--jobs", "1"]
    env = {**os.environ, "MIJI_WORKSPACE": str(workspace), "MIJI_TOKEN": ",".join(staff(workspace).values()),
           "MIJI_USER": ACTOR}
    process = subprocess.Popen([*MIJI, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert wait_until(lambda: len(remarked_events(workspace)) >= 5 or process.poll() is not None, timeout=120)
        assert process.poll() is None, "the run finished before it could be interrupted"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    done_before = len(remarked_events(workspace))
    assert 5 <= done_before < 60
    assert wait_until(lambda: not _miji_processes(workspace), timeout=30), "workers outlived the killed run"

    rerun = subprocess.run([*MIJI, *args, "--json"], env=env, capture_output=True, text=True, timeout=300,
                           check=False)
    assert rerun.returncode == 0, rerun.stderr
    rows = by_path(rerun.stdout)
    assert len(rows) == 60 and {r["action"] for r in rows.values()} == {"declassify"}
    assert sum(r["state"] == "resumed" for r in rows.values()) >= done_before - 8
    events = remarked_events(workspace)
    paths = [e["path"] for e in events]
    assert sorted(paths) == sorted(rows) and len(set(paths)) == 60, "each file recorded exactly once"
    assert len({e["run"] for e in events}) == 1
    result_root = archive if mode == "--in-place" else out_dir
    for rel in rows:
        document = read(result_root / rel)
        assert document.existing_mark.fields["declassified"] == AS_OF
        assert document.text.count("解密") == 1 + document.page_count, f"{rel} struck twice"
        assert document.text.count("某某公司 秘密") == 1
    for leftover in ("*.miji-tmp*", ".miji-tmp-*", "*.orig"):
        assert not list(tmp_path.rglob(leftover))


def test_an_internal_notice_marked_by_miji_is_kept_as_it_is(cli: Callable, tmp_path: Path):
    notice = make_text(tmp_path / "通知.txt", INTERNAL_NOTICE)
    code, out, err = cli("mark", notice, "--json", "--out", tmp_path / "archive")  # the suggestion decides
    assert code == 0, err
    code, out, err = cli("remark", tmp_path / "archive", "--dry-run", "--json", "--jobs", "1")
    assert code == 0, err
    rows = [r for r in json_lines(out) if r.get("path", "").endswith(".docx")]
    assert rows and all(r["action"] == "keep" for r in rows), rows


def test_re_marking_a_file_in_the_worker_strikes_every_page_header_and_keeps_the_original(tmp_path: Path):
    """The worker that read a file rewrites it where it lies: the copy shows 解密 on every page,
    the original's bytes are kept as .orig in place, and a file changed since it was read is refused."""
    from marker.domain.marks import Change, CopyFacts
    from marker.errors import UsageError
    from marker.render.pdf import PdfStamper
    from marker.render.rewrite import rewrite_file
    from tests.builders import sample_facts

    facts = sample_facts()
    draft = make_page_pdf(tmp_path / "draft.pdf", "\n".join(FINANCIAL_REPORT), pages=3)
    marked = tmp_path / "archive" / "marked.pdf"
    with PdfStamper(draft, facts) as stamper:
        stamper.write_copy(CopyFacts("000001"), marked)
    original = marked.read_bytes()
    sha = hashlib.sha256(original).hexdigest()
    change = Change(new_level=None, new_period=None, scheme=facts.scheme, owner=facts.owner,
                    declassified=date(2026, 11, 21),
                    metadata=(("level", facts.level), ("registry", facts.registry), ("declassified", "2026-11-21")))
    out = tmp_path / "out" / "marked.pdf"
    written = rewrite_file("pdf", marked, sha, change, facts.level, "marked.pdf", out=out)
    assert written == hashlib.sha256(out.read_bytes()).hexdigest()
    assert marked.read_bytes() == original
    with pymupdf.open(out) as doc:
        for page in doc:
            band = pymupdf.Rect(0, 0, page.rect.width, page.rect.height * 0.12)
            assert "解密" in page.get_text(clip=band), f"page {page.number + 1} still shows only the old level"
        assert "解密 2026年11月21日" in doc[0].get_text()
    assert read(out).existing_mark.fields["declassified"] == "2026-11-21"
    orig = marked.with_name("marked.pdf.orig")
    rewrite_file("pdf", marked, sha, change, facts.level, "marked.pdf", out=marked, orig=orig)
    assert orig.read_bytes() == original and marked.read_bytes() != original
    with pytest.raises(UsageError):
        rewrite_file("pdf", marked, sha, change, facts.level, "marked.pdf", out=tmp_path / "again.pdf")
    assert not (tmp_path / "again.pdf").exists()
