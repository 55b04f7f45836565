"""The console application: routes of every page group, the signed session cookie, the security
headers, and the request-size limit. `create_app(settings)` is what `miji serve` runs."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marker.console import approvals, auth, copies, expiring, preflight, registers, review, status
from marker.console.web import HERE, Console
from marker.settings import Settings
from marker.workspace import open_workspace_ledger

CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = {
    "content-security-policy": CSP,
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """Every response: no script, no framing, no referrer; pages are not cached (they show secrets'
    metadata). A response that set its own CSP (the pre-flight report) keeps it."""

    def __init__(self, app: ASGIApp, *, tls: bool) -> None:
        self.app, self.tls = app, tls

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = scope["path"].startswith("/static/")

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in headers}
                extra = dict(HEADERS)
                extra["cache-control"] = "max-age=3600" if static else "no-store"
                if self.tls:
                    extra["strict-transport-security"] = "max-age=31536000"
                headers += [(k.encode(), v.encode()) for k, v in extra.items() if k not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, sending)


class BodyLimit:
    """Refuse a request body over the limit before it is parsed (uploads included)."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await _too_large(scope, receive, send)
            return
        seen = 0

        async def receiving() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, receiving, send)
        except _TooLarge:
            await _too_large(scope, receive, send)


class _TooLarge(Exception):
    pass


async def _too_large(scope: Scope, receive: Receive, send: Send) -> None:
    response = PlainTextResponse("请求过大 (request too large)", status_code=413)
    await response(scope, receive, send)


def session_key(console: Console) -> str:
    """Derived from the ledger's key: only the workspace's owner can mint a session, and no new key
    file has to be kept."""
    return hmac.new(console.ledger.key, b"miji console session v1", hashlib.sha256).hexdigest()


async def home(request: Request) -> Response:
    return RedirectResponse("/review", status_code=303)


def create_app(settings: Settings, *, clock: Callable[[], float] | None = None) -> Starlette:
    console = Console(settings=settings, ledger=open_workspace_ledger(settings), clock=clock or time.time)
    options = settings.console
    secure = options.serves_tls or options.behind_tls_proxy

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            console.close()

    routes: list[Any] = [
        Route("/", home),
        Route("/login", auth.login_page),
        Route("/login", auth.login, methods=["POST"]),
        Route("/logout", auth.logout, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    for group in (review, approvals, copies, registers, expiring, preflight, status):
        routes += group.routes
    middleware = [
        Middleware(SecurityHeaders, tls=secure),
        Middleware(BodyLimit, limit=(options.max_upload_mb + 1) * 1024 * 1024),
        Middleware(SessionMiddleware, secret_key=session_key(console), session_cookie="miji_session",
                   max_age=options.session_minutes * 60, same_site="strict", https_only=secure),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.console = console
    return app
