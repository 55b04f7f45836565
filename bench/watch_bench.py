"""The daemon end to end: a real `miji watch` process, 500 drafts dropped into its inbox.

Run by hand:  python bench/watch_bench.py [--files 500] [--quiet 0.5]

Prints the time from drop to outcome (marked copies in outbox/, or the draft in review/) beyond
the configured quiet delay (median and 95th percentile), files per second overall, and the peak
RSS of the daemon and of its reader worker.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.builders import make_docx, make_pdf  # noqa: E402

CONTRACT = ("设备采购合同（草稿）\n合同编号：________\n甲方：华岳精工股份有限公司\n乙方：________\n"
            "第一条 合同价款：人民币____元。第二条 付款方式：验收后30日内支付。\n"
            "第三条 违约责任：任何一方违约应承担违约责任。双方签字盖章后生效。\n")
NOTICE = ("关于{n}号会议室使用安排的通知\n各部门：\n为做好会议室使用管理，现将有关安排通知如下。"
          "请各部门遵照执行，做好值班和安全检查。特此通知。\n行政部\n")


def peak_rss_kb(pid: int) -> tuple[int, int]:
    """VmHWM (peak RSS) of the daemon and of its reader worker, in kB."""
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


def own_text(rng: random.Random, index: int, lines: int) -> list[str]:
    """What makes each draft its own document: near-identical drafts are copies of one another."""
    names, things = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨", ("设备", "材料", "场地", "车辆", "软件", "维保", "培训", "印刷")
    return [f"附{n}：{rng.choice(names)}{rng.choice(names)}经办{rng.choice(things)}事项，编号{index:04d}-{n}-"
            f"{rng.randint(1000, 9999)}，于{rng.randint(1, 12)}月{rng.randint(1, 28)}日办理完毕。"
            for n in range(lines)]


def build_drafts(folder: Path, count: int) -> list[Path]:
    rng = random.Random(11)
    drafts = []
    for index in range(count):
        if index % 2 == 0:
            pages = ["\n".join([CONTRACT, *own_text(rng, index, 12)]) for _ in range(10)]
            drafts.append(make_pdf(folder / f"合同-{index:04d}.pdf", pages))
        else:
            paragraphs = [NOTICE.format(n=index), *own_text(rng, index, 60)]
            drafts.append(make_docx(folder / f"通知-{index:04d}.docx", paragraphs))
    return drafts


def outcome_time(workspace: Path, draft: Path) -> float | None:
    stem = draft.stem
    for folder in (workspace / "outbox", workspace / "review", workspace / "quarantine"):
        for found in folder.rglob(f"{stem}*"):
            if found.suffix in (".pdf", ".docx"):
                return found.stat().st_mtime
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--quiet", type=float, default=0.5)
    parser.add_argument("--paced", type=int, default=60, help="drafts dropped one at a time for latency")
    parser.add_argument("--interval", type=float, default=0.4, help="seconds between paced drops")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        workspace = root / "ws"
        workspace.mkdir()
        (workspace / "miji.toml").write_text(
            f"[watch]\nquiet_seconds = {args.quiet}\nrescan_seconds = 30\n", encoding="utf-8")
        print(f"building {args.files} drafts …", file=sys.stderr)
        drafts = build_drafts(root / "staging", args.files)
        env = {**os.environ, "MIJI_WORKSPACE": str(workspace)}
        daemon = subprocess.Popen([sys.executable, "-c", "from marker.cli import entry; entry()", "watch"],
                                  env=env, stderr=subprocess.DEVNULL)
        try:
            while not (workspace / "inbox").is_dir():
                time.sleep(0.05)
            time.sleep(1.0)  # the daemon's start-up scan
            peak = (0, 0)

            def watch_until_empty() -> None:
                nonlocal peak
                deadline = time.time() + 1800
                while time.time() < deadline:
                    now = peak_rss_kb(daemon.pid)
                    peak = (max(peak[0], now[0]), max(peak[1], now[1]))
                    if not any((workspace / "inbox").iterdir()):
                        break
                    time.sleep(0.1)
                time.sleep(1.0)

            paced, burst = drafts[: args.paced], drafts[args.paced:]
            dropped: dict[Path, float] = {}
            for draft in paced:  # latency: one draft at a time, below capacity
                os.rename(draft, workspace / "inbox" / draft.name)
                dropped[draft] = time.time()
                time.sleep(args.interval)
            watch_until_empty()
            start = time.time()
            for draft in burst:  # throughput: everything at once
                os.rename(draft, workspace / "inbox" / draft.name)
            watch_until_empty()
            end = max((t for t in (outcome_time(workspace, d) for d in burst) if t), default=time.time())
        finally:
            daemon.terminate()
            daemon.wait(timeout=60)
        latencies = sorted(max(0.0, done - at - args.quiet) * 1000 for draft, at in dropped.items()
                           if (done := outcome_time(workspace, draft)) is not None)
        finished = [d for d in burst if outcome_time(workspace, d) is not None]
        marked = sum(1 for p in (workspace / "outbox").rglob("*.MJ-*") if p.suffix in (".pdf", ".docx"))
        p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
        print(f"{'drafts (paced + burst)':40} {len(paced)} + {len(burst)}; marked copies {marked}")
        print(f"{'paced: drop → outcome beyond quiet, median':40} {statistics.median(latencies):.0f} ms")
        print(f"{'paced: drop → outcome beyond quiet, p95':40} {p95:.0f} ms")
        print(f"{'burst: throughput':40} {len(finished) / max(end - start, 1e-9):.1f} files/s")
        print(f"{'peak RSS: daemon / reader worker':40} {peak[0] / 1024:.0f} MB / {peak[1] / 1024:.0f} MB")
        print("goals: median < 150 ms beyond the quiet delay, >= 10 files/s, RSS < 300 MB")


if __name__ == "__main__":
    main()
