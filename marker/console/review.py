"""待审: the drafts the daemon left for a person, with the suggestion and its evidence; accept
(the suggestion, or another level and period) or reject — the core's `intake.review` does it."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from marker.console.highlight import excerpt, pieces
from marker.console.web import back, console_of, flash, may_decide, page, render, text
from marker.domain.labels import category_label, publication_label, term_label
from marker.domain.policy import Policy
from marker.errors import UsageError
from marker.intake.review import Pending, accept, find_pending, pending, reject
from marker.ledger.people import Person

_DECIDED = ("文种:", "发布状态:")


def _card(item: Pending, policy: Policy, person: Person) -> dict[str, Any]:
    """What the page shows of one waiting draft; evidence only to someone who may decide its level."""
    suggestion = item.report.get("suggestion") or {}
    level = suggestion.get("level") or ""
    # a draft of unknown level is shown only to someone who may decide the highest one
    allowed = may_decide(policy, person, level if level in {r.name for r in policy.levels} else policy.levels[-1].name)
    evidence = []
    if allowed:
        for ev in (suggestion.get("evidence") or [])[:8]:
            term = str(ev.get("term", ""))
            if term.startswith(_DECIDED):
                continue
            evidence.append({"term": term_label(term), "label": category_label(policy, ev.get("category")) or "",
                             "pieces": pieces(str(ev.get("snippet", "")), [term])})
    confidence = suggestion.get("confidence")
    rule = policy.level(level) if level and level in [r.name for r in policy.levels] else None
    return {"name": item.path.name, "level": level or "—", "period": suggestion.get("period") or "",
            "category": suggestion.get("category_label") or category_label(policy, suggestion.get("category")) or "—",
            "kind": suggestion.get("kind") or "—",
            "publication": suggestion.get("publication_label") or publication_label(suggestion.get("publication"))
            or "",
            "confidence": f"{confidence:.2f}" if isinstance(confidence, int | float) else "—",
            "reason": item.report.get("reason") or "", "review_reasons": suggestion.get("review_reasons") or [],
            "kind_evidence": (suggestion.get("kind_evidence") or [])[:3] if allowed else [],
            "evidence": evidence, "allowed": allowed,
            "needed": rule.approver_role if rule is not None else ""}


PAGE_DRAFTS = 50


def queue(request: Request, person: Person, form: FormData | None) -> Response:
    """A page of the queue, oldest first (a reviewer works through it; 1,000 cards on one page help nobody)."""
    ctx = console_of(request).context()
    policy = ctx.policy
    waiting = pending(ctx)
    pages = max(1, -(-len(waiting) // PAGE_DRAFTS))
    try:
        number = min(pages, max(1, int(request.query_params.get("page", "1"))))
    except ValueError:
        number = 1
    shown = waiting[(number - 1) * PAGE_DRAFTS:number * PAGE_DRAFTS]
    items = [_card(item, policy, person) for item in shown]
    return render(request, "review.html", person, items=items, total=len(waiting), page=number, pages=pages,
                  levels=[r.name for r in policy.levels])


def item(request: Request, person: Person, form: FormData | None) -> Response:
    """One draft with an excerpt of its text (read in the limited worker) and the evidence marked."""
    ctx = console_of(request).context()
    found = find_pending(ctx, request.query_params.get("name", ""))
    card = _card(found, ctx.policy, person)
    passage: list[tuple[str, bool]] = []
    if card["allowed"]:
        terms = [str(ev.get("term", "")) for ev in (found.report.get("suggestion") or {}).get("evidence") or []
                 if not str(ev.get("term", "")).startswith(_DECIDED)]
        document = ctx.read(found.path)
        passage = pieces(excerpt(document.text, terms), terms)
    return render(request, "review_item.html", person, item=card, passage=passage,
                  levels=[r.name for r in ctx.policy.levels])


def do_accept(request: Request, person: Person, form: FormData | None) -> Response:
    ctx = console_of(request).context()
    name = text(form, "name")
    result = accept(ctx, name, level=text(form, "level") or None, period=text(form, "period") or None,
                    by=person.name, role=person.role)
    flash(request, f"已标密：{result.name} → {result.registry}（{result.level}）")
    return back("/review")


def do_reject(request: Request, person: Person, form: FormData | None) -> Response:
    ctx = console_of(request).context()
    reason = text(form, "reason")
    if not reason:
        raise UsageError("退回须说明原因 (a reason is required)")
    reject(ctx, text(form, "name"), reason=reason, by=person.name)
    flash(request, f"已退回：{text(form, 'name')}")
    return back("/review")


routes = [
    Route("/review", page(queue)),
    Route("/review/item", page(item)),
    Route("/review/accept", page(do_accept, fallback="/review"), methods=["POST"]),
    Route("/review/reject", page(do_reject, fallback="/review"), methods=["POST"]),
]
