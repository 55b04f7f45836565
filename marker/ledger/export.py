"""The registers as people read them on paper: Chinese column names, one row per entry."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from marker.atomic import write_bytes_atomic
from marker.domain.labels import refused_action_label
from marker.errors import UsageError
from marker.ledger.registers import copies, documents, status_zh
from marker.ledger.store import Ledger

REGISTERS = ("发放", "审批", "销毁", "移交", "承印", "解密", "变更")
_PERSON_COLUMNS = {"发放对象", "持有人", "签收人", "批准人", "销毁人", "监销人", "移交人", "接收人", "经办人", "委托人",
                   "查验人", "变更人"}
_LEVEL_COLUMNS = ("密级", "原密级", "新密级")


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Which rows of a register a person asked for: the entry's date within [since, until], its level,
    and a person named in any of the form's person columns (or in 备注, where refusals name theirs)."""

    since: date | None = None
    until: date | None = None
    level: str = ""
    person: str = ""

    def keep(self, head: list[str], row: list[str]) -> bool:
        cells = dict(zip(head, row, strict=False))
        when = next((cells[c] for c in head if "时间" in c), "")
        day = when[:10]
        if self.since is not None and (not day or day < self.since.isoformat()):
            return False
        if self.until is not None and (not day or day > self.until.isoformat()):
            return False
        if self.level and not any(cells.get(c) == self.level for c in _LEVEL_COLUMNS):
            return False
        if self.person:
            named = [cells[c] for c in head if c in _PERSON_COLUMNS] + [cells.get("备注", "")]
            if not any(self.person in value for value in named if value):
                return False
        return True


def _titles(ledger: Ledger) -> dict[str, tuple[str, str]]:
    return {d.registry: (d.title, d.level) for d in documents(ledger)}


def rows_for(ledger: Ledger, register: str) -> tuple[list[str], list[list[str]]]:
    titles = _titles(ledger)
    if register == "发放":
        head = ["登记号", "文件名称", "密级", "份号", "发放对象", "持有人", "发放时间", "签收人", "清退期限",
                "清退时间", "状态", "备注"]
        rows = [[c.registry, *titles.get(c.registry, ("", "")), c.copy_no, c.recipient or "", c.holder or "",
                 c.issued_at or "", c.recipient or "", c.recall_by or "", c.recalled_at or "", status_zh(c.status),
                 "纸质" if c.medium == "paper" else "电子"]
                for c in copies(ledger) if c.status != "reserved"]
        return head, rows
    if register == "审批":
        head = ["审批编号", "登记号", "文件名称", "密级", "批准人", "职务", "批准份数", "用途", "有效期至",
                "批准时间", "备注"]
        revoked = {e.payload.get("approval") for e in ledger.events("kind = 'approval_revoked'")}
        rows = [[str(e.seq), e.registry or "", titles.get(e.registry or "", ("", ""))[0], e.payload.get("level", ""),
                 e.payload.get("approver", ""), e.payload.get("role", ""), str(e.payload.get("copies", "")),
                 e.payload.get("purpose", ""), e.payload.get("until") or "", e.at,
                 "已撤销" if e.seq in revoked else ""]
                for e in ledger.events("kind = 'approval_granted'")]
        # A refused attempt approved nothing: no 批准人 and no 用途; the attempt (in Chinese) and who made
        # it go in 备注, so the paper form never shows a login as an approver or `issue` as a purpose.
        refused = [[str(e.seq), e.registry or "", titles.get(e.registry or "", ("", ""))[0], "", "", "",
                    "", "", "", e.at,
                    f"拒绝: {refused_action_label(e.payload.get('action', ''))}"
                    + (f"（操作人 {e.actor}）" if e.actor else "") + f"：{e.payload.get('reason', '')}"]
                   for e in ledger.events("kind = 'refused'")]
        return head, rows + refused
    if register == "销毁":
        head = ["登记号", "文件名称", "密级", "份号", "销毁人", "监销人", "销毁时间"]
        rows = [[c.registry, *titles.get(c.registry, ("", "")), c.copy_no, c.destroyed_by or "", c.witness or "",
                 c.destroyed_at or ""] for c in copies(ledger) if c.status == "destroyed"]
        return head, rows
    if register == "移交":
        head = ["移交时间", "移交人", "接收人", "份数", "清单", "经办人"]
        rows = [[e.at, e.payload.get("from", ""), e.payload.get("to", ""), str(len(e.payload.get("copies", []))),
                 "、".join(e.payload.get("copies", [])), e.actor or ""] for e in ledger.events("kind = 'handover'")]
        return head, rows
    if register == "承印":
        head = ["登记时间", "印件", "委托人", "部门", "类别", "份数", "承印单位", "查验证件", "查验人", "证件留存至"]
        rows = [[e.at, e.payload.get("job", ""), e.payload.get("requester", ""), e.payload.get("department", ""),
                 e.payload.get("category", ""), str(e.payload.get("copies", "")), e.payload.get("printer", ""),
                 "、".join(e.payload.get("credentials", [])), e.actor or "", e.payload.get("retain_until", "")]
                for e in ledger.events("kind = 'print_job_verified'")]
        return head, rows
    if register == "解密":
        head = ["登记号", "文件名称", "原密级", "原保密期限", "解密日期", "解密依据", "经办人", "登记时间"]
        rows = [[e.registry or "", titles.get(e.registry or "", ("", ""))[0], e.payload.get("old_level", ""),
                 e.payload.get("old_period") or "", e.payload.get("on", ""), e.payload.get("reason", ""),
                 e.actor or "", e.at] for e in ledger.events("kind = 'document_declassified'")]
        return head, rows
    if register == "变更":
        head = ["登记号", "文件名称", "原密级", "原保密期限", "新密级", "新保密期限", "新解密日期", "变更原因",
                "变更人", "变更时间"]
        rows = [[e.registry or "", titles.get(e.registry or "", ("", ""))[0], e.payload.get("old_level", ""),
                 e.payload.get("old_period") or "", e.payload.get("level", ""), e.payload.get("period") or "",
                 e.payload.get("expiry") or "", e.payload.get("reason", ""), e.actor or "", e.at]
                for e in ledger.events("kind = 'document_relevelled'")]
        return head, rows
    raise UsageError(f"未知登记簿 {register!r} (choose one of {'、'.join(REGISTERS)})")


def filtered_rows(ledger: Ledger, register: str, filters: RowFilter | None = None
                  ) -> tuple[list[str], list[list[str]]]:
    head, rows = rows_for(ledger, register)
    if filters is None or filters == RowFilter():
        return head, rows
    return head, [row for row in rows if filters.keep(head, row)]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert_csv(cell: str) -> str:
    """A cell a spreadsheet would run as a formula (a draft titled `=HYPERLINK(…)`) is quoted as text."""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START) and cell not in ("-", "—"):
        try:
            float(cell)
        except ValueError:
            return "'" + cell
    return cell


def export(ledger: Ledger, register: str, fmt: str, out: Path | None, *, filters: RowFilter | None = None) -> bytes:
    """The register as CSV (UTF-8 with BOM, so Excel shows Chinese) or XLSX bytes; written
    atomically to `out` when given."""
    head, rows = filtered_rows(ledger, register, filters)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(head)
        writer.writerows([[_inert_csv(cell) for cell in row] for row in rows])
        data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    elif fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = f"{register}登记"
        sheet.append(head)
        for row in rows:
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # a title written by whoever wrote the draft is text, never a formula
        binary = io.BytesIO()
        book.save(binary)
        data = binary.getvalue()
    else:
        raise UsageError(f"未知格式 {fmt!r} (csv or xlsx)")
    if out is not None:
        write_bytes_atomic(out, data, overwrite=True)
    return data
