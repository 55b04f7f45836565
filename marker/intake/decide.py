"""The one decision: which level and period a document is marked with, or why a person must decide.

Every path that marks a new document (daemon, `mark`, `review accept`, `remark --mark-unmarked`)
comes here. A level a person gives stands (period limits still apply); a suggestion stands only
when it is not flagged for review and, where nobody confirmed it, the policy's auto-apply gate
lets it through. Undecided is a value, not an exception: the caller chooses review or refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from classifiers import Suggestion
from marker.domain.mark_text import format_mark
from marker.domain.marks import MarkFacts
from marker.domain.periods import Period, parse_period
from marker.domain.policy import Policy
from marker.errors import AlreadyMarked, NeedsReview, NotApproved, RefusedError, UsageError
from marker.intake.suggest import suggest_for
from marker.ledger.store import now_iso
from marker.reading.documents import Document


@dataclass(frozen=True, slots=True)
class Decision:
    level: str
    period: Period | None
    category: str | None
    suggestion: Suggestion | None
    decided_by: str  # "person" | "suggestion"


@dataclass(frozen=True, slots=True)
class Undecided:
    """A person must decide; `reason` says why, in Chinese and English."""

    reason: str
    suggestion: Suggestion


def check_level(policy: Policy, level: str | None) -> None:
    if level is not None and level not in {rule.name for rule in policy.levels}:
        known = "、".join(rule.name for rule in policy.levels)
        raise UsageError(f"密级 {level!r} 不在策略中 (level not in policy; known: {known})")


def refuse_if_marked(document: Document) -> None:
    """A file that already carries a mark is a copy, not a new draft."""
    mark = document.existing_mark
    if mark is None:
        return
    if mark.registry:
        raise AlreadyMarked(
            f"已标密，登记号 {mark.registry}，第 {mark.copy_number or '?'} 份：请从登记簿发放副本 "
            f"(already marked as registry {mark.registry}, copy {mark.copy_number or '?'}: "
            "issue copies from the ledger instead)", path=document.path)
    raise AlreadyMarked(
        f"已带有密级标志「{mark.level}{'★' + mark.period if mark.period else ''}」，不作为新稿标密 "
        "(already carries a visible mark: re-mark it deliberately with `miji remark`)", path=document.path)


def check_decider(policy: Policy, *, name: str, role: str, level: str, path: Path | None = None) -> None:
    """A level is decided only by someone whose role could approve copies of it (regulation 6,
    第十条: 绝密 副总经理 or above, 机密/秘密 部门经理 or above), or by a named delegate."""
    rule = policy.level(level)
    if policy.role_covers(role, level) or name in rule.delegates:
        return
    raise NotApproved(f"{name}（{role}）无权确定{level}密级，需要{rule.approver_role}或以上 "
                      f"({role} may not decide {level})", path=path)


def auto_apply_refusal(policy: Policy, suggestion: Suggestion) -> str:
    """Why the policy does not let this suggestion stand without a person ("" when it does)."""
    rule = policy.level(suggestion.level)
    if not rule.electronic_copies:
        return f"{suggestion.level}不自动定密，须人工处理并仅限纸质 ({suggestion.level} is never auto-applied)"
    if not policy.auto_max_level or policy.rank(suggestion.level) > policy.rank(policy.auto_max_level):
        return f"建议密级高于自动定密上限 {policy.auto_max_level or '—'} (above the auto-apply maximum)"
    if suggestion.confidence < policy.auto_min_confidence:
        return (f"置信度 {suggestion.confidence:.2f} 低于 {policy.auto_min_confidence:.2f} "
                "(confidence below the auto-apply threshold)")
    return ""


def decide(document: Document, policy: Policy, *, level: str | None, period: str | None,
           workspace: Path | None, confirmed: bool, suggestion: Suggestion | None = None) -> Decision | Undecided:
    """The level and period to mark: a person's level, else the suggestion if it may stand.

    `confirmed` says a person is acting on this document now (`mark`, `review accept`); without
    one (daemon, re-marking) the auto-apply gate applies too."""
    check_level(policy, level)
    category: str | None = None
    decided_by = "person"
    if level is None:
        suggestion = suggestion or suggest_for(document, policy, workspace=workspace)
        if suggestion.needs_review:
            return Undecided("需要人工确认 (needs review): " + "；".join(suggestion.review_reasons), suggestion)
        if not confirmed and (why := auto_apply_refusal(policy, suggestion)):
            return Undecided(why, suggestion)
        level, category, decided_by = suggestion.level, suggestion.category, "suggestion"
    return Decision(level=level, period=checked_period(document, policy, level, period, category),
                    category=category, suggestion=suggestion, decided_by=decided_by)


def decided(outcome: Decision | Undecided, path: Path) -> Decision:
    """For commands: an undecided document is refused (exit 5) with the reason and what to do."""
    if isinstance(outcome, Decision):
        return outcome
    raise NeedsReview(f"建议密级「{outcome.suggestion.level}」：{outcome.reason}；请用 --level 指定密级 "
                      "(give --level to decide)", path=path)


def checked_period(document: Document, policy: Policy, level: str, period: str | None,
                   category: str | None) -> Period | None:
    """The period asked for (or the policy's default), refused if the level does not allow it."""
    rule = policy.level(level)
    chosen = parse_period(period) if period else policy.default_period(level, category)
    if chosen is not None and not rule.max_years:
        chosen = None if period is None else chosen
    if chosen is not None and rule.max_years:
        start = document.document_date or date.today()
        if chosen.kind == "long_term" and not rule.long_term:
            raise RefusedError(f"{level}不得标为长期 (长期 is not allowed for {level})", path=document.path)
        if chosen.kind != "long_term" and chosen.exceeds(rule.max_years, start):
            raise RefusedError(
                f"保密期限 {chosen} 超过{level}的最长期限 {rule.max_years}年 "
                f"(period longer than the level's maximum)", path=document.path)
    return chosen


def mark_facts(document: Document, decision: Decision, policy: Policy, registry: str, *,
               owner: str | None = None, today: date | None = None) -> MarkFacts:
    start = document.document_date or today or date.today()
    period_text = str(decision.period) if decision.period else None
    owner_name = owner or policy.owner
    return MarkFacts(
        level=decision.level, period=period_text,
        expiry=decision.period.expiry(start) if decision.period else None, registry=registry,
        mark_line=format_mark(scheme=policy.scheme, owner=owner_name, level=decision.level, period=period_text),
        scheme=policy.scheme, owner=owner_name, policy=policy.name, original_sha256=document.sha256,
        marked_at=now_iso())
