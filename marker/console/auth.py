"""Logging in and out: a person on the roster with the secret the CLI asks for (scrypt hashes in
the ledger). Failed attempts are ledger events, and too many in the window refuse further tries
for that name, whatever the secret."""

from __future__ import annotations

import logging
import secrets

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response

from marker.console.web import (
    CsrfRefused,
    LoginRequired,
    back,
    check_csrf,
    client_of,
    console_of,
    csrf_token,
    flash,
    local_path,
    render,
    secret,
    signed_in,
    text,
)
from marker.errors import AuthError
from marker.ledger.logins import failed_logins_since, record_failed_login, record_login
from marker.ledger.people import Person, authenticate
from marker.ledger.registers import record_refusal

log = logging.getLogger(__name__)


def _next(value: str) -> str:
    return local_path(value) or "/review"


async def login_page(request: Request) -> Response:
    def work() -> Response:
        with console_of(request).lock:
            try:
                person = signed_in(request)
                return back("/review") if person else back("/login")
            except LoginRequired:
                pass
            csrf_token(request)
            return render(request, "login.html", None, next=_next(request.query_params.get("next", "/review")))

    return await run_in_threadpool(work)


async def login(request: Request) -> Response:
    form = await request.form()
    return await run_in_threadpool(_login, request, form)


def _login(request: Request, form: FormData) -> Response:
    console = console_of(request)
    options = console.settings.console
    name, typed, client = text(form, "name"), secret(form, "secret"), client_of(request)
    target = _next(text(form, "next"))
    with console.lock:
        try:
            check_csrf(request, form)
        except CsrfRefused:
            return render(request, "login.html", None, status_code=403, next=target,
                          error="请求无效：缺少或错误的 CSRF 令牌，请刷新页面后重试 (missing or wrong CSRF token)")
        now = console.clock()
        ledger = console.ledger
        if not name or not typed:
            return render(request, "login.html", None, status_code=400, next=target, name=name,
                          error="请输入姓名和口令 (name and secret are required)")
        if failed_logins_since(ledger, name=name, since=now - options.login_window_minutes * 60) \
                >= options.login_attempts:
            reason = (f"登录失败次数过多，请 {options.login_window_minutes} 分钟后再试 "
                      "(too many failed logins; try again later)")
            record_failed_login(ledger, name=name, client=client, reason="rate-limited", at=now)
            log.warning("登录次数受限 %s，来自 %s (login rate-limited)", name, client)
            return render(request, "login.html", None, status_code=429, next=target, name=name, error=reason)
        try:
            person = authenticate(ledger, name, typed)
        except AuthError as exc:
            record_failed_login(ledger, name=name, client=client, reason=exc.message, at=now)
            log.warning("登录失败 %s，来自 %s (login failed)", name, client)
            return render(request, "login.html", None, status_code=401, next=target, name=name,
                          error="姓名或口令错误 (wrong name or secret)")
        record_login(ledger, name=person.name, client=client, at=now)
        request.session.clear()
        request.session.update({"who": person.name, "at": now, "csrf": secrets.token_urlsafe(24)})
        log.info("登录 %s，来自 %s (login)", person.name, client)
        return back(target)


async def logout(request: Request) -> Response:
    form = await request.form()

    def work() -> Response:
        with console_of(request).lock:
            try:
                check_csrf(request, form)
            except CsrfRefused:
                return back("/review")
            request.session.clear()
            flash(request, "已退出 (logged out)")
            return back("/login")

    return await run_in_threadpool(work)


def confirm_secret(request: Request, person: Person, name: str, typed: str, *, action: str,
                   registry: str | None = None) -> Person:
    """A second person (a witness, the other side of a handover) types their own secret into
    `person`'s form. It counts against the same limit as a login, or the form would be an unlimited
    guessing service for anyone's secret; a failure is recorded under `person`, who submitted it."""
    console = console_of(request)
    options, ledger, now = console.settings.console, console.ledger, console.clock()
    try:
        if not name or not typed:
            raise AuthError("需要姓名和口令 (name and secret are required)")
        if failed_logins_since(ledger, name=name, since=now - options.login_window_minutes * 60) \
                >= options.login_attempts:
            raise AuthError(f"{name} 的口令错误次数过多，请 {options.login_window_minutes} 分钟后再试 "
                            "(too many wrong secrets; try again later)")
        return authenticate(ledger, name, typed)
    except AuthError as exc:
        if name:
            record_failed_login(ledger, name=name, client=client_of(request), reason=f"{action}: {exc.message}",
                                at=now, typed_by=person.name)
        record_refusal(ledger, action=action, reason=f"{name or '?'}：{exc.message}", actor=person.name,
                       registry=registry)
        log.warning("确认口令失败 %s（由 %s 提交）(confirmation failed)", name or "?", person.name)
        raise
