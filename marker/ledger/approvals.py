"""Approvals (审批): a person whose role covers the level grants N copies of one document.

Regulation 6, 第十条: 绝密 needs 副总经理 or above (or a named delegate); 机密 and 秘密 need 部门经理
or above. Every refusal is itself recorded. An approval counts only if its event is authentic
(written with the workspace key) and the approver still holds a covering role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from marker.domain.policy import Policy
from marker.errors import NotApproved, UsageError
from marker.ledger.people import Person, roster
from marker.ledger.registers import record_refusal, require_document
from marker.ledger.store import Event, Ledger


@dataclass(frozen=True, slots=True)
class Approval:
    id: int
    registry: str
    approver: str
    role: str
    copies: int
    used: int
    purpose: str
    until: str | None
    granted_at: str
    revoked: bool

    @property
    def remaining(self) -> int:
        return max(0, self.copies - self.used)

    def valid_on(self, day: date) -> bool:
        return not self.revoked and (self.until is None or date.fromisoformat(self.until) >= day)


def covers(policy: Policy, level: str, name: str, role: str) -> bool:
    return policy.role_covers(role, level) or name in policy.level(level).delegates


def grant(ledger: Ledger, policy: Policy, *, registry: str, by: Person, copies: int,
          purpose: str = "", until: date | None = None) -> Approval:
    """`by` is the authenticated approver; their role must cover the document's level."""
    if copies < 1:
        raise UsageError("批准份数必须至少为 1 (--copies must be at least 1)")
    document = require_document(ledger, registry)
    person = by
    approver = by.name
    if not covers(policy, document.level, person.name, person.role):
        needed = policy.level(document.level).approver_role or "—"
        reason = (f"{person.name}（{person.role}）无权审批{document.level}文件，需要{needed}或以上 "
                  f"({person.role} cannot approve {document.level})")
        record_refusal(ledger, action="approve", reason=reason, actor=approver, registry=registry)
        raise NotApproved(reason)
    event = ledger.append("approval_granted", {
        "approver": person.name, "role": person.role, "copies": copies, "purpose": purpose,
        "until": until.isoformat() if until else None, "level": document.level,
    }, registry=registry, actor=person.name)
    return _from_event(event, used=0, revoked=False)


def revoke(ledger: Ledger, policy: Policy, *, approval_id: int, by: Person) -> None:
    events = ledger.events("seq = ? AND kind = 'approval_granted'", (approval_id,))
    if not events:
        raise UsageError(f"没有编号为 {approval_id} 的审批 (no such approval)")
    approval = events[0]
    person = by
    level = approval.payload.get("level", "")
    if person.name != approval.payload.get("approver") and not covers(policy, level, person.name, person.role):
        reason = f"{person.name} 无权撤销该审批 (cannot revoke this approval)"
        record_refusal(ledger, action="revoke", reason=reason, actor=person.name, registry=approval.registry)
        raise NotApproved(reason)
    ledger.append("approval_revoked", {"approval": approval_id}, registry=approval.registry, actor=person.name)


def _from_event(event: Event, *, used: int, revoked: bool) -> Approval:
    p = event.payload
    return Approval(id=event.seq, registry=event.registry or "", approver=p["approver"], role=p["role"],
                    copies=int(p["copies"]), used=used, purpose=p.get("purpose", ""), until=p.get("until"),
                    granted_at=event.at, revoked=revoked)


def approvals(ledger: Ledger, policy: Policy, registry: str) -> list[Approval]:
    """Authentic approvals of a document whose approver still holds a covering role."""
    document = require_document(ledger, registry)
    revoked = {e.payload.get("approval") for e in ledger.events(
        "kind = 'approval_revoked' AND registry = ?", (registry,)) if ledger.authentic(e)}
    used = _used_copies(ledger, registry)
    people = roster(ledger)
    found: list[Approval] = []
    for event in ledger.events("kind = 'approval_granted' AND registry = ?", (registry,)):
        if not ledger.authentic(event):
            continue
        person = people.get(event.payload.get("approver", ""))
        if person is None or not covers(policy, document.level, person.name, person.role):
            continue
        found.append(_from_event(event, used=used.get(event.seq, 0), revoked=event.seq in revoked))
    return found


def _used_copies(ledger: Ledger, registry: str) -> dict[int, int]:
    """Copies reserved under each approval, less those voided (a voided copy gives its place back),
    plus prints pre-flight recorded under it (print_job_verified names them).

    Kept as a running count per approval, in the same transaction as each of those events
    (marker.ledger.index): issuing the ten-thousandth copy costs what the first did.
    """
    return {int(approval): int(used) for approval, used in ledger.query(
        "SELECT approval, used FROM ix_approval_use WHERE registry = ?", (registry,))}


def usable_approval(ledger: Ledger, policy: Policy, registry: str, count: int, today: date) -> Approval:
    """An approval with `count` copies left; NotApproved saying why there is none."""
    candidates = approvals(ledger, policy, registry)
    valid = [a for a in candidates if a.valid_on(today)]
    for approval in valid:
        if approval.remaining >= count:
            return approval
    if not candidates:
        raise NotApproved(f"{registry} 没有有效审批，不得复制 (no approval for this document)")
    if not valid:
        raise NotApproved(f"{registry} 的审批已过期或已撤销 (approval expired or revoked)")
    left = max(a.remaining for a in valid)
    raise NotApproved(f"{registry} 审批剩余 {left} 份，申请 {count} 份，超出批准数量 "
                      f"(only {left} approved copies left, {count} requested)")
