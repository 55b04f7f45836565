"""What the daemon is doing, as `miji status` and the console's 状态 page show it: files waiting in
each folder, the last files it finished, the last it quarantined, and whether the chain holds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marker.ledger.registers import FileState, file_states
from marker.ledger.store import Ledger, VerifyResult
from marker.reading.inputs import is_junk
from marker.workspace import Layout

FOLDER_ZH = {"inbox": "收件箱", "review": "待确认", "quarantine": "已隔离", "outbox": "已标密副本",
             "archive": "原件归档"}
STATE_ZH = {"marked": "已标密", "review": "待确认", "quarantined": "已隔离", "rejected": "已退回", "gone": "已不在",
            "processing": "处理中"}
_SIDECARS = (".reason.txt", ".suggestion.json", ".report.json")


@dataclass(frozen=True, slots=True)
class Status:
    counts: dict[str, int]
    recent: list[FileState]
    errors: list[FileState]
    chain: VerifyResult


def _count(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.rglob("*") if p.is_file() and not is_junk(p.name) and not p.name.endswith(_SIDECARS))


def daemon_status(ledger: Ledger, layout: Layout, *, last: int = 10, errors: int = 5) -> Status:
    counts = {name: _count(getattr(layout, name)) for name in FOLDER_ZH}
    states = file_states(ledger)
    return Status(counts=counts, recent=[s for s in states if s.state != "processing"][-last:],
                  errors=[s for s in states if s.state == "quarantined"][-errors:],
                  chain=ledger.verify_incremental())
