"""The daemon end to end (issue 18.5): a real `miji watch` process, drafts dropped into its inbox.

Run by hand:  python bench/watch_bench.py [--paced 30] [--burst 200] [--workers N] [--summary PATH]

Three phases on one warm daemon, started and left to warm up (the log says when it watches):
  first   one draft: its processing time against the median of the paced drafts (goal: ≤ 200 ms more);
  paced   drafts dropped one per `--interval` seconds: drop → outcome beyond the quiet delay (median,
          p95; goal p95 < 300 ms). The median processing time of these drafts (the daemon logs each
          file's) is the single-file time;
  burst   `--burst` drafts at once: total time against 200 × single ÷ workers (goal ≤ 1.5×).
Also files per second in the burst and the peak RSS of the daemon and of its workers. `--summary PATH`
appends one JSON line per figure: {"issue", "what", "miji", "floor", "unit", "ratio", "goal"}.
Timings are noisy on a shared machine: run it when the machine is quiet, and more than once.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.builders import distinct_lines, make_docx, make_pdf  # noqa: E402
from tests.roster import staff  # noqa: E402

CONTRACT = ("设备采购合同（草稿）\n合同编号：________\n甲方：华岳精工股份有限公司\n乙方：________\n"
            "第一条 合同价款：人民币____元。第二条 付款方式：验收后30日内支付。\n"
            "第三条 违约责任：任何一方违约应承担违约责任。双方签字盖章后生效。\n")
NOTICE = ("关于{n}号会议室使用安排的通知\n各部门：\n为做好会议室使用管理，现将有关安排通知如下。"
          "请各部门遵照执行，做好值班和安全检查。特此通知。\n行政部\n")
PROCESSED = re.compile(r"INFO watch\.daemon: \S+ (.+?) 登记号=.* \((\w+), (\d+) ms\)$")


def peak_rss_kb(pid: int) -> tuple[int, int]:
    """VmHWM (peak RSS) of the daemon and of its largest reader worker, in kB."""
    def hwm(one: int) -> int:
        try:
            for line in Path(f"/proc/{one}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0
    children = Path(f"/proc/{pid}/task/{pid}/children")
    workers = [int(p) for p in children.read_text().split()] if children.exists() else []
    return hwm(pid), max((hwm(w) for w in workers), default=0)


def build_drafts(folder: Path, count: int) -> list[Path]:
    """Half ten-page PDF contracts, half DOCX notices, each its own text."""
    drafts = []
    for index in range(count):
        if index % 2 == 0:
            pages = ["\n".join([CONTRACT, *distinct_lines(index * 100 + page, 12)]) for page in range(10)]
            drafts.append(make_pdf(folder / f"合同-{index:04d}.pdf", pages))
        else:
            paragraphs = [NOTICE.format(n=index), *distinct_lines(index * 100, 60)]
            drafts.append(make_docx(folder / f"通知-{index:04d}.docx", paragraphs))
    return drafts


def outcome_time(workspace: Path, draft: Path) -> float | None:
    stem = draft.stem
    for folder in (workspace / "outbox", workspace / "review", workspace / "quarantine"):
        for found in folder.rglob(f"{stem}*"):
            if found.suffix in (".pdf", ".docx"):
                return found.stat().st_mtime
    return None


def processing_ms(log: Path) -> dict[str, tuple[str, int]]:
    """name → (outcome, milliseconds) from the daemon's log (it logs each file's processing time)."""
    found: dict[str, tuple[str, int]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        match = PROCESSED.search(line)
        if match:
            found[match.group(1)] = (match.group(2), int(match.group(3)))
    return found


def wait_for(predicate: object, timeout: float, step: float = 0.05) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():  # type: ignore[operator]
            return True
        time.sleep(step)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paced", type=int, default=30, help="drafts dropped one at a time (latency)")
    parser.add_argument("--burst", type=int, default=200, help="drafts dropped at once (throughput)")
    parser.add_argument("--files", type=int, help="total drafts (older form: the burst is files - paced)")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between paced drops")
    parser.add_argument("--quiet", type=float, default=0.5)
    parser.add_argument("--workers", type=int, help="[watch] workers (default: the daemon's, by cores)")
    parser.add_argument("--summary", type=Path, help="append the figures as JSON lines here")
    args = parser.parse_args()
    burst_count = args.files - args.paced if args.files else args.burst
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        workspace = root / "ws"
        workspace.mkdir()
        workers_line = f"workers = {args.workers}\n" if args.workers else ""
        (workspace / "miji.toml").write_text(
            f"[watch]\nquiet_seconds = {args.quiet}\nrescan_seconds = 30\n{workers_line}", encoding="utf-8")
        staff(workspace)  # initialised as `miji init` would: nothing is stamped before
        print(f"building {1 + args.paced + burst_count} drafts …", file=sys.stderr)
        drafts = build_drafts(root / "staging", 1 + args.paced + burst_count)
        env = {**os.environ, "MIJI_WORKSPACE": str(workspace)}
        log = workspace / "logs" / "miji.log"
        started = time.time()
        daemon = subprocess.Popen([sys.executable, "-c", "from marker.cli import entry; entry()", "watch"],
                                  env=env, stderr=subprocess.DEVNULL)
        peak = (0, 0)

        def sample() -> None:
            nonlocal peak
            now = peak_rss_kb(daemon.pid)
            peak = (max(peak[0], now[0]), max(peak[1], now[1]))

        def settle(expected: list[Path]) -> None:
            def done() -> bool:
                sample()
                return all(outcome_time(workspace, d) is not None for d in expected)
            wait_for(done, 1800, 0.1)

        try:
            assert wait_for(lambda: log.exists() and "开始监控" in log.read_text(encoding="utf-8"), 600)
            ready_after = time.time() - started
            workers = int(re.search(r"(\d+) workers", log.read_text(encoding="utf-8")).group(1))  # type: ignore[union-attr]
            first, paced, burst = drafts[0], drafts[1: 1 + args.paced], drafts[1 + args.paced:]
            dropped: dict[Path, float] = {}
            for draft in [first, *paced]:  # one at a time, below capacity
                os.rename(draft, workspace / "inbox" / draft.name)
                dropped[draft] = time.time()
                time.sleep(args.interval)
            settle([first, *paced])
            start = time.time()
            for draft in burst:  # everything at once
                os.rename(draft, workspace / "inbox" / draft.name)
            settle(burst)
            end = max((t for t in (outcome_time(workspace, d) for d in burst) if t), default=time.time())
        finally:
            daemon.terminate()
            daemon.wait(timeout=120)
        times = processing_ms(log)
        latencies = sorted(max(0.0, done - at - args.quiet) * 1000 for draft, at in dropped.items()
                           if draft != first and (done := outcome_time(workspace, draft)) is not None)
        single = statistics.median(times[d.name][1] for d in paced if d.name in times)
        first_ms = times.get(first.name, ("?", float("nan")))[1]
        finished = [d for d in burst if outcome_time(workspace, d) is not None]
        outcomes = [times[d.name][0] for d in burst if d.name in times]
        total = end - start
        ideal = len(burst) * single / 1000 / workers
        p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
        median = statistics.median(latencies) if latencies else float("nan")
        rows = [
            ("daemon start → watching (workers warm)", f"{ready_after:.1f} s", ""),
            ("single-file time (paced, median)", f"{single:.0f} ms", ""),
            ("first file / rest (median)", f"{first_ms:.0f} ms / {single:.0f} ms",
             f"+{first_ms - single:.0f} ms (goal ≤ +200 ms)"),
            ("paced: drop → outcome beyond quiet, median", f"{median:.0f} ms", ""),
            ("paced: drop → outcome beyond quiet, p95", f"{p95:.0f} ms", "goal < 300 ms"),
            (f"burst of {len(burst)}: all marked or queued", f"{total:.1f} s",
             f"{total / ideal:.2f}× of {len(burst)} × {single:.0f} ms ÷ {workers} = {ideal:.1f} s (goal ≤ 1.5×)"),
            ("burst: throughput", f"{len(finished) / max(total, 1e-9):.1f} files/s",
             f"{sum(o == 'marked' for o in outcomes)} marked, {sum(o == 'review' for o in outcomes)} review, "
             f"{sum(o == 'quarantined' for o in outcomes)} quarantined"),
            ("peak RSS: daemon / largest worker", f"{peak[0] / 1024:.0f} MB / {peak[1] / 1024:.0f} MB", ""),
        ]
        for what, value, note in rows:
            print(f"{what:44} {value:>22}  {note}")
        if args.summary:
            figures = [
                ("daemon: first file after start", first_ms, single, "ms", "≤ rest + 200 ms"),
                ("daemon: paced drop → marked beyond quiet, p95", p95, None, "ms", "< 300 ms"),
                ("daemon: paced drop → marked beyond quiet, median", median, None, "ms", None),
                (f"daemon: burst of {len(burst)}, {workers} workers", total, ideal, "s",
                 "≤ 1.5 × (files × single-file time ÷ workers)"),
                ("daemon: burst throughput", len(finished) / max(total, 1e-9), None, "files/s", None),
            ]
            with args.summary.open("a", encoding="utf-8") as out:
                for what, miji, floor, unit, goal in figures:
                    out.write(json.dumps({"issue": "18", "what": what, "miji": round(float(miji), 3),
                                          "floor": round(floor, 3) if floor is not None else None, "unit": unit,
                                          "ratio": round(float(miji) / floor, 3) if floor else None, "goal": goal},
                                         ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
