"""审批: who may copy what. Grant (count, purpose, expiry) and revoke through `ledger.approvals`,
which checks the approver's role and records a refusal itself."""

from __future__ import annotations

from datetime import date

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.web import back, console_of, flash, may_decide, page, render, text
from marker.errors import UsageError
from marker.ledger.approval_requests import approval_requests, decline_request, request_approval
from marker.ledger.approvals import approvals, grant, revoke
from marker.ledger.people import Person
from marker.ledger.registers import documents

SHOWN = 100


def parse_date(value: str, what: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"{what}日期无效，应为 YYYY-MM-DD (invalid date {value!r})") from exc


def parse_count(value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError as exc:
        raise UsageError(f"{what}应为整数 (must be a whole number)") from exc


def listing(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    policy = console.policy()
    wanted = request.query_params.get("q", "").strip()
    docs = [d for d in documents(console.ledger) if not d.declassified and policy.level(d.level).needs_approval]
    if wanted:
        docs = [d for d in docs if wanted in d.registry or wanted in d.title]
    docs = docs[-SHOWN:][::-1]
    today = date.fromtimestamp(console.clock())
    rows = []
    for d in docs:
        granted = approvals(console.ledger, policy, d.registry)
        rows.append({"doc": d, "approvals": granted, "may": may_decide(policy, person, d.level),
                     "valid": [a for a in granted if a.valid_on(today) and a.remaining],
                     "needed": policy.level(d.level).approver_role})
    titles = {d.registry: d for d in documents(console.ledger)}
    asked = [{"request": r, "doc": titles.get(r.registry),
              "may": r.registry in titles and may_decide(policy, person, titles[r.registry].level)}
             for r in approval_requests(console.ledger)[:SHOWN]]
    return render(request, "approvals.html", person, rows=rows, q=wanted, shown=SHOWN, asked=asked)


def do_request(request: Request, person: Person, form: FormData | None) -> Response:
    asked = request_approval(console_of(request).ledger, registry=text(form, "registry"), by=person,
                             copies=parse_count(text(form, "copies"), "申请份数"), purpose=text(form, "purpose"))
    flash(request, f"已提交复制申请 {asked.id}：{asked.registry} {asked.copies} 份，等待审批")
    return back("/approvals")


def do_decline(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    request_id = parse_count(text(form, "request"), "申请编号")
    decline_request(console.ledger, console.policy(), request_id=request_id, by=person, reason=text(form, "reason"))
    flash(request, f"已驳回申请 {request_id}")
    return back("/approvals")


def do_grant(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    approval = grant(console.ledger, console.policy(), registry=text(form, "registry"), by=person,
                     copies=parse_count(text(form, "copies"), "批准份数"), purpose=text(form, "purpose"),
                     until=parse_date(text(form, "until"), "有效期"))
    flash(request, f"审批编号 {approval.id}：{approval.approver} 批准 {approval.registry} {approval.copies} 份")
    return back(f"/copies?registry={approval.registry}")


def do_revoke(request: Request, person: Person, form: FormData | None) -> Response:
    console = console_of(request)
    approval_id = parse_count(text(form, "approval"), "审批编号")
    revoke(console.ledger, console.policy(), approval_id=approval_id, by=person)
    flash(request, f"已撤销审批 {approval_id}")
    return back("/approvals")


routes = [
    Route("/approvals", page(listing)),
    Route("/approvals/grant", page(do_grant, fallback="/approvals"), methods=["POST"]),
    Route("/approvals/revoke", page(do_revoke, fallback="/approvals"), methods=["POST"]),
    Route("/approvals/request", page(do_request, fallback="/approvals"), methods=["POST"]),
    Route("/approvals/decline", page(do_decline, fallback="/approvals"), methods=["POST"]),
]
