"""状态: the daemon's queue counts, last files and errors (`intake.status`, as `miji status`)."""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.web import console_of, page, render
from marker.intake.status import FOLDER_ZH, STATE_ZH, daemon_status
from marker.ledger.people import Person


def overview(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    status = daemon_status(console.ledger, console.layout)
    return render(request, "status.html", person, status=status, folders=FOLDER_ZH, states=STATE_ZH)


routes = [Route("/status", page(overview))]
