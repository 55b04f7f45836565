"""登记簿: the registers with the paper forms' columns (`ledger.export`), filtered by date, level and
person, a page at a time (newest first); the same filter exported as CSV or XLSX."""

from __future__ import annotations

from urllib.parse import quote

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.approvals import parse_date
from marker.console.web import console_of, page, render
from marker.errors import UsageError
from marker.ledger.export import REGISTERS, RowFilter, export, register_page
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


def listing(request: Request, person: Person, form: FormData | None) -> Response:
    """A page of the register, newest first, read from the side tables: no count of every row and
    no fold of the chain, so the first view after a write costs the same at any ledger size."""
    console = console_of(request)
    register, filters, values = _chosen(request)
    try:
        number = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        number = 1
    head, rows, more = register_page(console.ledger, register, filters, page=number, size=PAGE_ROWS)
    query = "&".join(f"{k}={quote(v)}" for k, v in {"register": register, **values}.items() if v)
    return render(request, "registers.html", person, registers=REGISTERS, register=register, head=head,
                  rows=rows, page=number, more=more, query=query, values=values,
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
