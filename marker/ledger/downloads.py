"""Downloading an electronic copy from the console: once per copy, recorded before the bytes leave.

A second download is refused (and recorded as a refusal): one numbered copy is one file in one
person's hands, as on paper."""

from __future__ import annotations

from marker.errors import RefusedError
from marker.ledger.registers import CopyRecord, copy_record, record_refusal
from marker.ledger.store import Ledger

DOWNLOADED = "copy_downloaded"


def downloaded(ledger: Ledger, registry: str, copy_no: str) -> bool:
    return any(ledger.authentic(e) for e in ledger.events(
        "kind = ? AND registry = ? AND copy_no = ?", (DOWNLOADED, registry, copy_no)))


def record_download(ledger: Ledger, registry: str, copy_no: str, *, actor: str, client: str) -> CopyRecord:
    """The copy, once its download is on record; RefusedError (recorded) when it may not leave."""
    refusal = ""
    with ledger.transaction():
        record = copy_record(ledger, registry, copy_no)
        if record.status != "issued" or record.medium != "electronic" or not record.path:
            refusal = f"第 {copy_no} 份不是可下载的电子副本 (not an issued electronic copy)"
        elif downloaded(ledger, registry, copy_no):
            refusal = f"第 {copy_no} 份已下载过一次，不能再次下载 (this copy was already downloaded)"
        else:
            ledger.append(DOWNLOADED, {"client": client, "sha256": record.sha256}, registry=registry,
                          copy_no=copy_no, actor=actor)
    if refusal:
        record_refusal(ledger, action="download", reason=refusal, actor=actor, registry=registry, copy_no=copy_no)
        raise RefusedError(refusal)
    return record
