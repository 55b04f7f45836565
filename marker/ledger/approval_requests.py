"""Requests for reproduction (复制申请): a person asks for N copies of a document with a purpose; an
approver whose role covers the level grants them (`approvals.grant`) or declines with a reason.

A request is answered by the first authentic approval of the same document granted after it, or
by a decline; until then it waits in the approvers' list."""

from __future__ import annotations

from dataclasses import dataclass, replace

from marker.domain.policy import Policy
from marker.errors import NotApproved, UsageError
from marker.ledger.approvals import covers
from marker.ledger.people import Person
from marker.ledger.registers import record_refusal, require_document
from marker.ledger.store import Ledger

REQUESTED = "approval_requested"
DECLINED = "approval_request_declined"


@dataclass(frozen=True, slots=True)
class ApprovalRequest:
    id: int
    registry: str
    requester: str
    copies: int
    purpose: str
    at: str
    state: str  # open | granted | declined
    answer: str = ""


def request_approval(ledger: Ledger, *, registry: str, by: Person, copies: int, purpose: str) -> ApprovalRequest:
    if copies < 1:
        raise UsageError("申请份数必须至少为 1 (copies must be at least 1)")
    if not purpose.strip():
        raise UsageError("申请须说明用途 (a purpose is required)")
    document = require_document(ledger, registry)
    event = ledger.append(REQUESTED, {"copies": copies, "purpose": purpose.strip(), "level": document.level},
                          registry=registry, actor=by.name)
    return ApprovalRequest(event.seq, registry, by.name, copies, purpose.strip(), event.at, "open")


def approval_requests(ledger: Ledger) -> list[ApprovalRequest]:
    """Every authentic request, newest first, with its state."""
    found: dict[int, ApprovalRequest] = {}
    for event in ledger.events("kind IN (?, ?, 'approval_granted')", (REQUESTED, DECLINED)):
        if not ledger.authentic(event):
            continue
        p = event.payload
        if event.kind == REQUESTED:
            found[event.seq] = ApprovalRequest(event.seq, event.registry or "", event.actor or "",
                                               int(p.get("copies", 0)), str(p.get("purpose", "")), event.at, "open")
        elif event.kind == DECLINED:
            request = found.get(int(p.get("request", 0)))
            if request is not None and request.state == "open":
                found[request.id] = replace(request, state="declined", answer=f"{event.actor}：{p.get('reason', '')}")
        else:
            for request in found.values():
                if request.registry == event.registry and request.state == "open":
                    answer = f"{p.get('approver', '')} 批准 {p.get('copies')} 份"
                    found[request.id] = replace(request, state="granted", answer=answer)
    return sorted(found.values(), key=lambda r: r.id, reverse=True)


def decline_request(ledger: Ledger, policy: Policy, *, request_id: int, by: Person, reason: str) -> None:
    """Only an approver who could have granted it declines a request; the reason is recorded."""
    if not reason.strip():
        raise UsageError("驳回须说明原因 (a reason is required)")
    request = next((r for r in approval_requests(ledger) if r.id == request_id and r.state == "open"), None)
    if request is None:
        raise UsageError(f"没有待处理的申请 {request_id} (no open request)")
    level = require_document(ledger, request.registry).level
    if not covers(policy, level, by.name, by.role):
        reason_zh = f"{by.name}（{by.role}）无权处理{level}文件的复制申请 ({by.role} cannot answer it)"
        record_refusal(ledger, action="approve", reason=reason_zh, actor=by.name, registry=request.registry)
        raise NotApproved(reason_zh)
    ledger.append(DECLINED, {"request": request_id, "reason": reason.strip()}, registry=request.registry,
                  actor=by.name)
