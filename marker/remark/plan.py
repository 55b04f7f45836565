"""Deciding ONE action per file of an archive: declassify, re-level, mark, keep, or error.

Planning is pure: it sees a read `Document`, the policy, the run's options and what the ledger
knows, and changes nothing, so a dry run and a real run decide exactly the same.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from classifiers import Suggestion
from marker.domain.labels import category_label
from marker.domain.marks import Change
from marker.domain.periods import Period, PeriodError, add_months, parse_period
from marker.domain.policy import Policy
from marker.intake.decide import auto_apply_refusal
from marker.reading.documents import Document, ExistingMark

ACTIONS = ("declassify", "relevel", "mark", "keep", "error")
UNMARKED = "未标密"
DECLASSIFIED = "解密"  # also in marker.domain.marks


@dataclass(frozen=True, slots=True)
class RemarkOptions:
    """What the person asked for; part of the run id, so a resumed run decides the same."""

    as_of: date
    declassify_expired: bool = False
    mark_unmarked: bool = False


@dataclass(frozen=True, slots=True)
class Known:
    """What the ledger knows about a registry number: the category and who decided the level, and
    the document's current state there (level, period, declassification), which a copy's marks
    never override."""

    category: str | None
    decided_by: str | None
    level: str | None = None
    period: str | None = None
    expiry: str | None = None
    declassified: str | None = None


@dataclass(frozen=True, slots=True)
class Plan:
    action: str
    reason: str
    old_level: str | None = None
    old_period: str | None = None
    new_level: str | None = None
    new_period: str | None = None
    new_expiry: date | None = None
    expiry: date | None = None  # the current mark's expiry, for --summary
    declassified: date | None = None
    needs_person: bool = False
    registry: str | None = None
    category: str | None = None
    owner: str | None = None

    @property
    def changes_mark(self) -> bool:
        return self.action in ("declassify", "relevel")

    @property
    def level_after(self) -> str:
        if self.action == "declassify":
            return DECLASSIFIED
        return self.new_level or self.old_level or UNMARKED


def _keep(reason: str, mark: ExistingMark | None, *, person: bool = False, expiry: date | None = None) -> Plan:
    return Plan("keep", reason, old_level=mark.level if mark else None, old_period=mark.period if mark else None,
                expiry=expiry, needs_person=person, registry=mark.registry if mark else None)


def _start_date(document: Document, mark: ExistingMark, as_of: date) -> date:
    """Expiry counts from the 成文日期, else the day it was marked (DESIGN.md, "period")."""
    if document.document_date is not None:
        return document.document_date
    marked_at = mark.fields.get("marked_at", "")
    try:
        return datetime.fromisoformat(marked_at).date()
    except ValueError:
        return as_of


def current_expiry(document: Document, mark: ExistingMark, period: Period | None) -> date | None:
    """The mark's expiry: the metadata's, else computed from the period and the document date."""
    if mark.expiry:
        try:
            return date.fromisoformat(mark.expiry)
        except ValueError:
            pass
    if period is None or not period.has_date:
        return None
    if period.kind == "date" or document.document_date is not None or mark.fields.get("marked_at"):
        return period.expiry(_start_date(document, mark, date.today()))
    return None


def plan_for(document: Document, policy: Policy, options: RemarkOptions, *, known: Mapping[str, Known],
             registered: Mapping[str, str], suggest: Callable[[], Suggestion]) -> Plan:
    """The action for one file. `suggest` is called only when the ledger cannot tell."""
    mark = document.existing_mark
    if mark is None:
        return _plan_unmarked(document, policy, options, registered, suggest)
    state = known.get(mark.registry or "") if mark.registry else None
    if mark.fields.get("declassified"):
        return _keep(f"已于 {mark.fields['declassified']} 解密 (already declassified)", mark)
    if state is not None and state.declassified:
        if document.kind == "txt":
            return _keep("文本文件不能原处改标 (text files are not re-marked in place)", mark, person=True)
        rest = [rule.name for rule in policy.levels if not rule.max_years]
        return Plan("declassify", f"登记簿记载已于 {state.declassified} 解密 (declassified in the ledger)",
                    old_level=mark.level, old_period=mark.period, new_level=rest[-1] if rest else None,
                    declassified=date.fromisoformat(state.declassified), registry=mark.registry, owner=_owner(mark))
    if state is not None and state.level and state.decided_by == "person" and (
            state.level != mark.level or (state.period or None) != (mark.period or None)):
        if document.kind == "txt":
            return _keep("文本文件不能原处改标 (text files are not re-marked in place)", mark, person=True)
        return Plan("relevel", f"登记簿记载为 {state.level} {state.period or ''}".rstrip() + " (the ledger's state)",
                    old_level=mark.level, old_period=mark.period, new_level=state.level, new_period=state.period,
                    new_expiry=date.fromisoformat(state.expiry) if state.expiry else None,
                    registry=mark.registry, owner=_owner(mark))
    period: Period | None = None
    if mark.period:
        try:
            period = parse_period(mark.period)
        except PeriodError:
            return _keep(f"保密期限「{mark.period}」无法识别，需人工判断 (unreadable period)", mark, person=True)
    expiry = current_expiry(document, mark, period)
    if options.declassify_expired:
        if period is not None and period.kind == "condition":
            return _keep(f"条件期限「{period}」不按日期解密，需人工判断 (a person ends a condition period)",
                         mark, person=True)
        if period is not None and period.has_date and expiry is None:
            return _keep("无法确定成文日期，不能计算解密日期 (no document date to count the period from)",
                         mark, person=True)
        if expiry is not None and expiry <= options.as_of:
            if document.kind == "txt":
                return _keep("文本文件不能原处改标，需人工处理 (text files are not re-marked in place)", mark,
                             person=True, expiry=expiry)
            rest = [rule.name for rule in policy.levels if not rule.max_years]
            return Plan("declassify", f"保密期限于 {expiry.isoformat()} 届满 (period ended)",
                        old_level=mark.level, old_period=mark.period, new_level=rest[-1] if rest else None,
                        expiry=expiry, declassified=options.as_of, registry=mark.registry, owner=_owner(mark))
    return _plan_relevel(document, policy, mark, expiry, known, suggest)


def _owner(mark: ExistingMark) -> str | None:
    return mark.fields.get("owner") or None


def _plan_unmarked(document: Document, policy: Policy, options: RemarkOptions, registered: Mapping[str, str],
                   suggest: Callable[[], Suggestion]) -> Plan:
    if document.sha256 in registered:
        return Plan("keep", f"原稿已登记为 {registered[document.sha256]} (draft already registered)",
                    registry=registered[document.sha256])
    if not options.mark_unmarked:
        return Plan("keep", "未标密 (unmarked)")
    suggestion = suggest()
    if suggestion.needs_review:
        reasons = "；".join(suggestion.review_reasons) or "建议需确认"
        return Plan("keep", f"建议密级「{suggestion.level}」需人工确认：{reasons} (suggestion needs review)",
                    new_level=suggestion.level, needs_person=True, category=suggestion.category)
    why = auto_apply_refusal(policy, suggestion)
    if why:  # the same gate as the daemon: nobody confirms a level during a re-marking run
        return Plan("keep", f"建议密级「{suggestion.level}」需人工确认：{why}", new_level=suggestion.level,
                    needs_person=True, category=suggestion.category)
    period = policy.default_period(suggestion.level, suggestion.category)
    return Plan("mark", f"按建议标密 {suggestion.level} (marked as suggested)", new_level=suggestion.level,
                new_period=str(period) if period else None, category=suggestion.category)


def _plan_relevel(document: Document, policy: Policy, mark: ExistingMark, expiry: date | None,
                  known: Mapping[str, Known], suggest: Callable[[], Suggestion]) -> Plan:
    levels = {rule.name for rule in policy.levels}
    if mark.level not in levels:
        return _keep(f"密级「{mark.level}」不在现行策略中，需人工判断 (level not in policy)", mark, person=True,
                     expiry=expiry)
    record = known.get(mark.registry or "") if mark.source == "metadata" else None
    compare_period = True
    if record is not None and record.category and policy.category(record.category) is not None:
        category = record.category
        level = policy.category(category).level  # type: ignore[union-attr]
    elif record is not None:
        return _keep("密级由人确定，保持不变 (level was decided by a person)", mark, expiry=expiry)
    else:
        suggestion = suggest()
        if suggestion.needs_review:
            return _keep(f"无法确定类别，建议「{suggestion.level}」需人工确认 (suggestion needs review)", mark,
                         person=True, expiry=expiry)
        category, level = suggestion.category, suggestion.level
        compare_period = mark.source == "metadata"
    # A level with no legal maximum (内部, 公开) carries no period, as when it was marked (decide.checked_period).
    period = policy.default_period(level, category) if policy.level(level).max_years else None
    new_period = str(period) if period else None
    same = level == mark.level and (not compare_period or new_period == (mark.period or None))
    if same:
        return _keep("符合现行策略 (mark matches the policy)", mark, expiry=expiry)
    if document.kind == "txt":
        return _keep(f"现行策略应为 {level} {new_period or ''}；文本文件不能原处改标 (text files are not re-marked)",
                     mark, person=True, expiry=expiry)
    start = _start_date(document, mark, date.today())
    new_expiry = period.expiry(start) if period else None
    label = category_label(policy, category) or "—"  # the policy's Chinese label, not the id
    reason = f"现行策略：{label} → {level} {new_period or ''}".rstrip() + " (policy gives another mark)"
    return Plan("relevel", reason, old_level=mark.level, old_period=mark.period, new_level=level,
                new_period=new_period, new_expiry=new_expiry, expiry=expiry, registry=mark.registry,
                category=category, owner=_owner(mark))


def within_a_year(expiry: date | None, as_of: date) -> bool:
    return expiry is not None and as_of < expiry <= add_months(as_of, 12)


def change_for(plan: Plan, mark: ExistingMark | None, policy: Policy) -> Change:
    """The Change a declassify or relevel plan makes, keeping every other metadata field."""
    values = dict(mark.fields) if mark and mark.source == "metadata" else {}
    values.setdefault("scheme", policy.scheme)
    values.setdefault("policy", policy.name)
    if plan.action == "declassify":
        assert plan.declassified is not None
        values.update(level=plan.new_level or "", period="", expiry="", declassified=plan.declassified.isoformat())
    else:
        values.update(level=plan.new_level or "", period=plan.new_period or "",
                      expiry=plan.new_expiry.isoformat() if plan.new_expiry else "")
    values["policy"] = policy.name
    return Change(new_level=plan.new_level, new_period=plan.new_period, scheme=policy.scheme,
                  owner=plan.owner or policy.owner, declassified=plan.declassified,
                  metadata=tuple((key, value) for key, value in values.items() if value))
