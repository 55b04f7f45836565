"""Whole-process timings of the commands a reviewer repeats, cold and warm, by hand:

    python bench/warm_bench.py [--runs 7]

Cold: no daemon runs, so every `miji` process loads jieba, the model and a reader worker itself.
Warm: `miji watch` runs on the workspace and answers through its socket (`run/miji.sock`).
Each figure is the median wall time of `--runs` fresh `miji` processes (start to exit), the way a
person at a terminal waits for them. Goal (issue 20): warm well under 0.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.summary import add_summary_argument, figure, write_summary  # noqa: E402

MIJI = [sys.executable, "-c", "from marker.cli import entry; entry()"]
OFFICER, PERSON = "保密员", "总经理甲"
DRAFT = ("2026年第一季度财务报表\n财务部\n一、本季度营业收入 12,860 万元，同比增长 8.2%，净利润 1,420 万元。\n"
         "二、应收账款余额较上季度下降，现金流量表显示经营活动现金流为正。\n")


def _setup(workspace: Path) -> str:
    """An initialised workspace with one person who may decide every level; returns their token."""
    from marker.domain.policy import load_policy
    from marker.ledger.people import add_person, issue_token, roster
    from marker.settings import build_settings
    from marker.workspace import Layout, open_workspace_ledger
    from watch.workspace_setup import initialise

    settings = build_settings({"workspace": workspace})
    initialise(settings, company="基准测试公司", officer_name=OFFICER, secret="officer-secret")
    policy = load_policy(Layout.of(settings).policy)
    with open_workspace_ledger(settings) as ledger:
        by = roster(ledger)[OFFICER]
        add_person(ledger, policy, name=PERSON, role="总经理", dept="办公室", secret="person-secret", by=by)
        return issue_token(ledger, name=PERSON, by=by)


def _timed(env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([*MIJI, *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"miji {' '.join(args)} failed: {done.stderr}")
    return elapsed


def _queue(workspace: Path, names: list[str], env: dict[str, str], *, daemon: bool) -> None:
    """Drafts the policy sends to review (机密), waiting in review/."""
    from tests.builders import FINANCIAL_TABLE, distinct_lines, make_docx

    for name in names:
        # lines of its own: drafts that differ in one line are refused as reproductions of the first one registered
        own = distinct_lines(zlib.crc32(name.encode()), 12)
        make_docx(workspace / "inbox" / name, [*DRAFT.splitlines(), name, *own], table=FINANCIAL_TABLE)
    if not daemon:
        subprocess.run([*MIJI, "watch", "--oneshot"], env=env, capture_output=True, check=True)
    deadline = time.monotonic() + 300
    while not all((workspace / "review" / name).exists() for name in names):
        if time.monotonic() > deadline:
            raise SystemExit("drafts did not reach review/")
        time.sleep(0.2)


def _measure(workspace: Path, document: Path, env: dict[str, str], runs: int, tag: str, *,
             daemon: bool) -> dict[str, float]:
    classify = [_timed(env, "classify", str(document), "--json") for _ in range(runs)]
    names = [f"{tag}-{index:02d}.docx" for index in range(runs)]
    _queue(workspace, names, env, daemon=daemon)
    accept = [_timed(env, "review", "accept", name, "--by", PERSON, "--json") for name in names]
    return {"classify": statistics.median(classify), "review accept": statistics.median(accept)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    add_summary_argument(parser)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp) / "ws"
        token = _setup(workspace)
        env = {key: value for key, value in os.environ.items() if not key.startswith("MIJI_")}
        env |= {"MIJI_WORKSPACE": str(workspace), "MIJI_TOKEN": token}
        document = Path(tmp) / "报表.txt"
        document.write_text((DRAFT * 12)[:2000], encoding="utf-8")
        subprocess.run([*MIJI, "--help"], env=env, capture_output=True, check=True)  # page cache, bytecode
        cold = _measure(workspace, document, env, args.runs, "cold", daemon=False)
        daemon = subprocess.Popen([*MIJI, "watch"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            socket = workspace / "run" / "miji.sock"
            deadline = time.monotonic() + 120
            while not socket.is_socket():
                if time.monotonic() > deadline:
                    raise SystemExit("the daemon did not open its socket")
                time.sleep(0.1)
            time.sleep(2)  # the warm-up suggestion
            warm = _measure(workspace, document, env, args.runs, "warm", daemon=True)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=60)
    print(f"whole-process wall time, median of {args.runs} runs (2,000-character .txt; a 机密 .docx in review/)")
    print(f"{'command':<16}{'cold':>10}{'warm':>10}")
    for name in cold:
        print(f"{name:<16}{cold[name]:>9.3f}s{warm[name]:>9.3f}s")
    print(json.dumps({"cold": cold, "warm": warm, "runs": args.runs}))
    write_summary(args.summary, [figure(f"warm: `miji {name}` through the daemon (floor: the same, cold)", warm[name],
                                        "s", floor=cold[name], goal="warm < 0.5 s") for name in cold])


if __name__ == "__main__":
    main()
