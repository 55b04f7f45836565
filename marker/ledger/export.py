"""The registers as people read them on paper: Chinese column names, one row per entry.

The 发放 and 销毁 registers (one row per copy: millions at a company's scale) are read from the
copy and document side tables (marker.ledger.index), filtered and paged in SQL, newest first for a
page: a page costs the same at a thousand and at a million documents. The others list one kind of
event each (an approval, a handover, a 解密, …), read by the events' kind index, with the titles of
just the documents they name. `rows_from_chain` folds the whole chain as the registers were first
computed: the side tables must give the same rows (tests compare them; `ledger verify --full`
rebuilds the side tables from the verified events and reports any difference).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
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


_ISSUE_HEAD = ["登记号", "文件名称", "密级", "份号", "发放对象", "持有人", "发放时间", "签收人", "清退期限", "清退时间",
               "状态", "备注"]
_DESTROY_HEAD = ["登记号", "文件名称", "密级", "份号", "销毁人", "监销人", "销毁时间"]
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class _CopyRegister:
    """A register with one row per copy, read from `ix_copies` joined to `ix_documents`."""

    head: list[str]
    where: str  # which copies
    when: str  # the column the date filter reads (the register's first 时间 column)
    people: tuple[str, ...]  # the columns the person filter reads
    columns: str


_COPY_REGISTERS = {
    "发放": _CopyRegister(_ISSUE_HEAD, "c.status <> 'reserved'", "c.issued_at", ("c.recipient", "c.holder"),
                        "c.recipient, c.holder, c.issued_at, c.recall_by, c.recalled_at, c.status, c.medium"),
    "销毁": _CopyRegister(_DESTROY_HEAD, "c.status = 'destroyed'", "c.destroyed_at", ("c.destroyed_by", "c.witness"),
                        "c.destroyed_by, c.witness, c.destroyed_at"),
}


def _copy_row(register: str, row: tuple) -> list[str]:
    registry, title, level, copy_no, *rest = row
    if register == "发放":
        recipient, holder, issued_at, recall_by, recalled_at, status, medium = rest
        return [registry, title or "", level or "", copy_no, recipient or "", holder or "", issued_at or "",
                recipient or "", recall_by or "", recalled_at or "", status_zh(status),
                "纸质" if medium == "paper" else "电子"]
    return [registry, title or "", level or "", copy_no, *(value or "" for value in rest)]


def _copy_sql(ledger: Ledger, register: str, filters: RowFilter | None) -> tuple[str, tuple[str, ...]]:
    """SELECT and parameters of a copy register's rows (unordered), the filter applied in SQL
    exactly as `RowFilter.keep` applies it to a row."""
    spec = _COPY_REGISTERS[register]
    where, params = [spec.where], []
    if filters is not None:
        if filters.since is not None:
            where.append(f"{spec.when} >= ?")  # the day, the first ten characters, on or after
            params.append(filters.since.isoformat())
        if filters.until is not None:
            where.append(f"{spec.when} < ?")  # on or before: before the next day begins
            params.append((filters.until + timedelta(days=1)).isoformat())
        if filters.level:
            where.append("d.status = 'registered' AND d.level = ?")
            params.append(filters.level)
        if filters.person:
            find = "strpos({}, ?) > 0" if ledger.is_postgres else "instr({}, ?) > 0"
            named = [*spec.people] + (["CASE WHEN c.medium = 'paper' THEN '纸质' ELSE '电子' END"]
                                      if register == "发放" else [])
            where.append("(" + " OR ".join(find.format(column) for column in named) + ")")
            params += [filters.person] * len(named)
    sql = ("SELECT c.registry, CASE WHEN d.status = 'registered' THEN d.title END, "
           "CASE WHEN d.status = 'registered' THEN d.level END, c.copy_no, " + spec.columns +
           " FROM ix_copies c LEFT JOIN ix_documents d ON d.registry = c.registry WHERE " + " AND ".join(where))
    return sql, tuple(params)


def _titles_of(ledger: Ledger, registries: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(title, level) of the registered documents among these (the rest show blank, as on paper)."""
    wanted = [r for r in dict.fromkeys(registries) if r]
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        found.update({str(r): (str(t), str(lv)) for r, t, lv in ledger.query(
            f"SELECT registry, title, level FROM ix_documents WHERE status = 'registered' AND registry IN "
            f"({', '.join('?' * len(part))})", tuple(part))})
    return found


def rows_for(ledger: Ledger, register: str, filters: RowFilter | None = None) -> tuple[list[str], list[list[str]]]:
    """Every row of a register (oldest first), filtered."""
    if register in _COPY_REGISTERS:
        sql, params = _copy_sql(ledger, register, filters)
        return _COPY_REGISTERS[register].head, [_copy_row(register, r) for r in ledger.query(sql + " ORDER BY c.seq",
                                                                                              params)]
    head, rows = _event_rows(ledger, register)
    if filters is None or filters == RowFilter():
        return head, rows
    return head, [row for row in rows if filters.keep(head, row)]


def register_page(ledger: Ledger, register: str, filters: RowFilter | None = None, *, page: int = 1,
                  size: int = 200) -> tuple[list[str], list[list[str]], bool]:
    """One page of a register, newest first, and whether an older page follows. A copy register's
    page is read by its index in SQL (LIMIT/OFFSET), never by reading the whole register."""
    offset = (max(1, page) - 1) * size
    if register in _COPY_REGISTERS:
        sql, params = _copy_sql(ledger, register, filters)
        found = ledger.query(sql + f" ORDER BY c.seq DESC LIMIT {int(size) + 1} OFFSET {int(offset)}", params)
        return _COPY_REGISTERS[register].head, [_copy_row(register, r) for r in found[:size]], len(found) > size
    head, rows = rows_for(ledger, register, filters)
    newest = rows[::-1]
    return head, newest[offset : offset + size], len(newest) > offset + size


def _event_rows(ledger: Ledger, register: str) -> tuple[list[str], list[list[str]]]:
    """The registers with one row per event of a kind, titles from the documents they name."""
    kinds = {"审批": ("approval_granted", "refused"), "解密": ("document_declassified",),
             "变更": ("document_relevelled",)}.get(register, ())
    named = [str(r) for kind in kinds
             for (r,) in ledger.query("SELECT DISTINCT registry FROM events WHERE kind = ?", (kind,))]
    return rows_from_chain(ledger, register, _titles_of(ledger, named) if kinds else {})


def rows_from_chain(ledger: Ledger, register: str, titles: dict[str, tuple[str, str]] | None = None
                    ) -> tuple[list[str], list[list[str]]]:
    """A register folded from the chain's events alone (the registered documents' titles too, unless
    given): what the side-table registers must show, row for row."""
    if titles is None:
        titles = {d.registry: (d.title, d.level) for d in documents(ledger)}
    if register == "发放":
        head = _ISSUE_HEAD
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
        head = _DESTROY_HEAD
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
    return rows_for(ledger, register, filters)


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
