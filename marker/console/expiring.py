"""到期: the yearly declassification and destruction list (`ledger.registers.expiring`, as `miji expiring`)."""

from __future__ import annotations

from datetime import date

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.web import console_of, page, render
from marker.ledger.people import Person
from marker.ledger.registers import expiring, issued_counts


def listing(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    this_year = date.fromtimestamp(console.clock()).year
    try:
        year = int(request.query_params.get("year", this_year))
    except ValueError:
        year = this_year
    docs = expiring(console.ledger, year)
    outstanding = set(issued_counts(console.ledger, (d.registry for d in docs)))
    return render(request, "expiring.html", person, year=year, docs=docs, outstanding=outstanding,
                  years=range(this_year - 1, this_year + 6))


routes = [Route("/expiring", page(listing))]
