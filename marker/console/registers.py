"""登记簿: the registers with the paper forms' columns (`ledger.export`), filtered by date, level and
person, a page at a time; the same filter exported as CSV or XLSX."""

from __future__ import annotations

from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.approvals import parse_date
from marker.console.web import console_of, page, render
from marker.errors import UsageError
from marker.ledger.export import REGISTERS, RowFilter, export, rows_for
from marker.ledger.people import Person

PAGE_ROWS = 200


def _chosen(request: Request) -> tuple[str, RowFilter, dict[str, str]]:
    query = request.query_params
    register = query.get("register", REGISTERS[0])
    if register not in REGISTERS:
        raise UsageError(f"未知登记簿 {register!r} (choose one of {'、'.join(REGISTERS)})")
    values = {k: query.get(k, "").strip() for k in ("since", "until", "level", "person")}
    return register, RowFilter(since=parse_date(values["since"], "起始"), until=parse_date(values["until"], "截止"),
                               level=values["level"], person=values["person"]), values


def register_rows(request: Request, register: str, filters: RowFilter) -> tuple[list[str], list[list[str]]]:
    """The register's rows, folded once per ledger head: paging and filtering a register of 100,000
    events must not fold every event again while nothing was written."""
    console = console_of(request)
    head = console.ledger.head()
    cached = console.cache.get(("register", register))
    if cached is None or cached[0] != head:
        cached = (head, rows_for(console.ledger, register))
        console.cache[("register", register)] = cached
    columns, rows = cached[1]
    return columns, [row for row in rows if filters.keep(columns, row)] if filters != RowFilter() else rows


def listing(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    register, filters, values = _chosen(request)
    head, rows = register_rows(request, register, filters)
    pages = max(1, -(-len(rows) // PAGE_ROWS))
    try:
        number = min(pages, max(1, int(request.query_params.get("page", "1"))))
    except ValueError:
        number = 1
    newest_first = rows[::-1][(number - 1) * PAGE_ROWS:number * PAGE_ROWS]
    query = "&".join(f"{k}={quote(v)}" for k, v in {"register": register, **values}.items() if v)
    return render(request, "registers.html", person, registers=REGISTERS, register=register, head=head,
                  rows=newest_first, total=len(rows), page=number, pages=pages, query=query, values=values,
                  levels=[r.name for r in console.policy().levels])


def download(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    register, filters, _ = _chosen(request)
    fmt = request.query_params.get("format", "csv")
    data = export(console.ledger, register, fmt, None, filters=filters)
    media = "text/csv; charset=utf-8" if fmt == "csv" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    name = quote(f"{register}登记表.{fmt}")
    return Response(data, media_type=media, headers={"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})


routes = [Route("/registers", page(listing)), Route("/registers/export", page(download))]
