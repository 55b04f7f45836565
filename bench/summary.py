"""The `--summary PATH` convention of every bench script, read by bench/run_all.py.

Each figure is one JSON line appended to PATH:
`{"issue": "18", "what": str, "miji": float, "floor": float|null, "unit": str, "ratio": float|null,
"goal": str|null}`: what Miji measured, the raw-library floor (or peer) measured in the same run,
Miji ÷ floor, and the goal the issue sets.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

ISSUE = "18"


def add_summary_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--summary", type=Path, metavar="PATH",
                        help="append one JSON line per figure to PATH (bench/run_all.py)")


def figure(what: str, miji: float, unit: str, *, floor: float | None = None, goal: str | None = None,
           ratio: float | None = None) -> dict[str, Any]:
    """One summary line; the ratio is Miji ÷ floor unless given (e.g. for rates, floor ÷ Miji)."""
    if ratio is None and floor:
        ratio = miji / floor
    return {"issue": ISSUE, "what": what, "miji": float(miji), "floor": None if floor is None else float(floor),
            "unit": unit, "ratio": None if ratio is None else float(ratio), "goal": goal}


def write_summary(path: Path | None, lines: Iterable[Mapping[str, Any]]) -> None:
    if path is None:
        return
    with path.open("a", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps({"issue": ISSUE, **line}, ensure_ascii=False) + "\n")
