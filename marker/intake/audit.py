"""`ledger verify`'s second half: does the workspace on disk agree with what the chain says?

The chain can be intact while the folders are not: a copy in outbox/ that the ledger calls 作废
(written by a worker that outlived its daemon), a registered original missing from archive/, an
issued copy whose bytes changed. Problems make `verify` fail; notes (an issued copy taken out of
outbox/, which is how copies are handed on) are only listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from marker.atomic import TEMP_PREFIX
from marker.intake.names import printable
from marker.ledger.registers import copies, documents
from marker.ledger.store import Ledger
from marker.reading.documents import sha256_file
from marker.reading.inputs import is_junk
from marker.workspace import Layout

SIDECARS = (".reason.txt", ".suggestion.json", ".report.json")


@dataclass(slots=True)
class Audit:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if (p.is_file() or p.is_symlink()) and not is_junk(p.name)
            and not p.name.startswith(TEMP_PREFIX) and not p.name.endswith(SIDECARS)]


def _within(path: Path, folder: Path) -> bool:
    try:
        return folder.resolve() in path.resolve().parents
    except (OSError, RuntimeError):
        return False


def audit_workspace(ledger: Ledger, layout: Layout) -> Audit:
    """Registrations against archive/, copies against outbox/, print/ and copies/."""
    found = Audit()
    for record in documents(ledger):
        if not record.archive_path:
            continue
        path = Path(record.archive_path)
        if not _within(path, layout.archive):
            found.problems.append(f"{record.registry} 的存档路径不在 archive/ 内 (archive path outside archive/): "
                                  f"{printable(str(path))}")
        elif not path.is_file():
            found.problems.append(f"{record.registry} 的原件不在 archive/ 中 (registered original missing from "
                                  f"archive/): {printable(str(path))}")
        elif sha256_file(path) != record.original_sha256:
            found.problems.append(f"{record.registry} 的存档原件已被改动 (archived original altered): "
                                  f"{printable(str(path))}")
    folders = (layout.outbox, layout.print_copies, layout.copies)
    known: dict[str, tuple[str, str, str]] = {}
    for copy in copies(ledger):
        if not copy.path:
            continue
        path = Path(copy.path)
        if not any(_within(path, folder) for folder in folders):
            continue
        known[str(path.resolve())] = (copy.registry, copy.copy_no, copy.status)
        if copy.status != "issued":
            continue
        if not path.is_file():
            found.notes.append(f"{copy.registry} 第 {copy.copy_no} 份已发放，文件已不在 {path.parent.name}/ "
                               f"(issued copy no longer in its folder): {printable(path.name)}")
        elif copy.sha256 and sha256_file(path) != copy.sha256:
            found.problems.append(f"{copy.registry} 第 {copy.copy_no} 份的文件已被改动 (issued copy altered): "
                                  f"{printable(str(path))}")
    for folder in folders:
        for path in _files(folder):
            entry = known.get(str(path.resolve()))
            if entry is None:
                found.problems.append(f"{folder.name}/ 中有登记簿未记载的副本 (a copy the ledger does not know): "
                                      f"{printable(str(path))}")
            elif entry[2] in ("voided", "reserved"):
                state = "作废 voided" if entry[2] == "voided" else "未完成 reserved"
                found.problems.append(f"{entry[0]} 第 {entry[1]} 份在登记簿中为{state}，文件却存在 (a copy file for a "
                                      f"份号 that was never issued): {printable(str(path))}")
    return found
