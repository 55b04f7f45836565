"""What every console page shares: the open ledger and worker, the login guard, the CSRF check,
rendering with the ledger's integrity banner, and turning core errors into a message."""

from __future__ import annotations

import hmac
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.templating import Jinja2Templates

from marker.domain.policy import Policy
from marker.errors import AuthError, MijiError
from marker.intake.pipeline import Context
from marker.ledger.approvals import covers
from marker.ledger.people import Person, roster
from marker.ledger.store import Ledger, VerifyResult
from marker.settings import Settings
from marker.worker.isolation import Reader, open_worker
from marker.workspace import Layout, load_installed_policy

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
NAV = (("/review", "待审"), ("/approvals", "审批"), ("/copies", "发放"), ("/registers", "登记簿"),
       ("/expiring", "到期"), ("/preflight", "印前检查"), ("/status", "状态"))


@dataclass
class Console:
    """One per server: the ledger connection and reader worker are not shared between threads, so
    every request that touches them holds `lock` (the console is a few people, not a crowd)."""

    settings: Settings
    ledger: Ledger
    clock: Callable[[], float] = time.time
    lock: threading.Lock = field(default_factory=threading.Lock)
    templates: Jinja2Templates = field(default_factory=lambda: Jinja2Templates(directory=str(HERE / "templates")))
    _worker: Reader | None = None

    @property
    def layout(self) -> Layout:
        return Layout.of(self.settings)

    def worker(self) -> Reader:
        if self._worker is None:
            self._worker = open_worker(self.settings)
        return self._worker

    def policy(self) -> Policy:
        return load_installed_policy(self.settings, self.ledger)

    def context(self) -> Context:
        return Context.of(self.settings, ledger=self.ledger, worker=self.worker())

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
        self.ledger.close()


class LoginRequired(Exception):
    """Raised by the guard: the page is answered with the login page (and why)."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


class CsrfRefused(Exception):
    pass


def console_of(request: Request) -> Console:
    return request.app.state.console


def client_of(request: Request) -> str:
    return request.client.host if request.client else "?"


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = secrets.token_urlsafe(24)
    return token


def check_csrf(request: Request, form: FormData | None) -> None:
    sent = str(form.get("csrf", "")) if form is not None else ""
    expected = request.session.get("csrf", "")
    if not sent or not expected or not hmac.compare_digest(sent, expected):
        raise CsrfRefused()


def signed_in(request: Request) -> Person:
    """The logged-in person, still on the roster, within the session's lifetime."""
    console = console_of(request)
    name = request.session.get("who")
    if not name:
        raise LoginRequired()
    started = float(request.session.get("at", 0))
    if console.clock() - started > console.settings.console.session_minutes * 60:
        request.session.clear()
        raise LoginRequired("会话已过期，请重新登录 (session expired)")
    person = roster(console.ledger).get(name)
    if person is None:
        request.session.clear()
        raise LoginRequired("该人员已不在名册中 (no longer on the roster)")
    return person


def may_decide(policy: Policy, person: Person, level: str) -> bool:
    """Whether the person's role covers `level` (the same rule approvals and decisions use)."""
    return covers(policy, level, person.name, person.role)


def flash(request: Request, text: str, *, kind: str = "ok") -> None:
    request.session.setdefault("flash", [])
    request.session["flash"] = [*request.session["flash"], [kind, text]]


def back(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303)


def integrity(console: Console) -> VerifyResult:
    return console.ledger.verify_incremental()


def render(request: Request, template: str, person: Person | None, status_code: int = 200,
           **values: Any) -> Response:
    console = console_of(request)
    chain = integrity(console)
    messages = request.session.pop("flash", []) if "flash" in request.session else []
    return console.templates.TemplateResponse(request, template, {
        "person": person, "nav": NAV, "path": request.url.path, "chain": chain, "messages": messages,
        "csrf": csrf_token(request), **values}, status_code=status_code)


Handler = Callable[[Request, Person, FormData | None], Response]


def page(handler: Handler, *, fallback: str = "") -> Callable[[Request], Any]:
    """An endpoint that needs a logged-in person (and, for a POST, the session's CSRF token). A
    refusal from the core comes back to the page it was made from as a red message."""

    async def endpoint(request: Request) -> Response:
        form = await request.form() if request.method == "POST" else None
        try:
            return await run_in_threadpool(_guarded, handler, request, form, fallback)
        finally:
            if form is not None:
                await form.close()

    return endpoint


def _guarded(handler: Handler, request: Request, form: FormData | None, fallback: str) -> Response:
    console = console_of(request)
    with console.lock:
        try:
            person = signed_in(request)
        except LoginRequired as exc:
            if exc.reason:
                flash(request, exc.reason, kind="error")
            return back("/login?next=" + quote(request.url.path))
        if request.method == "POST":
            try:
                check_csrf(request, form)
            except CsrfRefused:
                log.warning("CSRF 校验失败，拒绝 %s %s（%s）(csrf refused)", request.method, request.url.path,
                            person.name)
                return render(request, "refused.html", person, status_code=403,
                              message="请求无效：缺少或错误的 CSRF 令牌，请从页面重新提交 (missing or wrong CSRF "
                                      "token)")
        try:
            return handler(request, person, form)
        except MijiError as exc:
            log.info("拒绝 %s（%s）：退出码 %s (refused)", request.url.path, person.name, int(exc.exit_code))
            if request.method == "POST":
                flash(request, exc.message, kind="error")
                return back(local_path(text(form, "back")) or fallback or request.url.path)
            status = 403 if isinstance(exc, AuthError) else 400
            return render(request, "refused.html", person, status_code=status, message=exc.message)


def local_path(value: str) -> str:
    """A path on this site, or "" (a redirect elsewhere would turn the console into a phishing tool)."""
    return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else ""


def text(form: FormData | None, name: str) -> str:
    value = form.get(name) if form is not None else None
    return value.strip() if isinstance(value, str) else ""


def secret(form: FormData | None, name: str) -> str:
    """A typed secret, exactly as typed (never stripped, never logged)."""
    value = form.get(name) if form is not None else None
    return value if isinstance(value, str) else ""
