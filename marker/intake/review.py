"""Finishing what the daemon left for a person: accept (with a level) or reject a draft in review/.

Accepting runs the same marking path as the daemon. Each decision is also kept as a labelled
example inside the workspace (`learned/`), for retraining the model on the company's own drafts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marker.atomic import write_bytes_atomic
from marker.errors import MijiError, UsageError
from marker.intake.decide import check_decider, decide, decided
from marker.intake.examine import Examined, examine_draft, remember
from marker.intake.pipeline import (
    Context,
    Result,
    mark_in_workspace,
    move_original,
    sidecar,
    state,
    write_review_report,
)
from marker.reading.documents import Document

REPORT_SUFFIX = ".suggestion.json"


@dataclass(frozen=True, slots=True)
class Pending:
    path: Path
    report: dict[str, Any]

    @property
    def suggested_level(self) -> str | None:
        return (self.report.get("suggestion") or {}).get("level")


def pending(ctx: Context) -> list[Pending]:
    folder = ctx.layout.review
    if not folder.is_dir():
        return []
    found: list[Pending] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.endswith(REPORT_SUFFIX) or path.name.startswith("."):
            continue
        report_path = sidecar(path, REPORT_SUFFIX)
        try:
            report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else {}
        except (OSError, ValueError):
            report = {}
        found.append(Pending(path, report))
    return found


def find_pending(ctx: Context, name: str) -> Pending:
    for item in pending(ctx):
        if item.path.name == name or item.path.name == Path(name).name:
            return item
    raise UsageError(f"待确认目录中没有 {name} (not in review/; see `miji review list`)")


def _learn(ctx: Context, item: Pending, document: Document, level: str, category: str | None,
           decision: str) -> None:
    example = {"level": level, "category": category, "decision": decision, "suggested": item.suggested_level,
               "name": item.path.name}
    sha = item.report.get("sha256") or "unknown"
    ctx.worker.run(write_example, document, ctx.layout.root / "learned" / f"{sha}.json", example)


def write_example(document: Document, target: Path, example: dict[str, Any]) -> None:
    """The labelled example, written by the worker that holds the document's text (runs there)."""
    write_bytes_atomic(target, json.dumps({"text": document.text, **example}, ensure_ascii=False).encode("utf-8"),
                       mode=0o600, overwrite=True)


def accept(ctx: Context, name: str, *, level: str | None, period: str | None, by: str,
           role: str | None = None) -> Result:
    """Mark a draft in review with the person's level (or the suggestion they confirm).

    A failure leaves the draft in review/ with the reason in its report, ready to retry."""
    item = find_pending(ctx, name)
    examined: Examined = ctx.worker.read_and_run(item.path, examine_draft, ctx.policy, ctx.layout.root,
                                                 limits=ctx.limits)  # the text stays in the worker
    document, suggestion = examined.document, examined.suggestion
    remember(document, ctx.policy, examined.fingerprint)
    decision = decided(decide(document, ctx.policy, level=level, period=period, workspace=ctx.layout.root,
                              confirmed=True, suggestion=suggestion), item.path)
    if role is not None:  # the person's role must allow the level they decide (绝密 only by 副总经理 …)
        # ... and the level suggested, when they choose a lower one: lowering a suggested 绝密 is a 绝密 decision
        # (as `relevel` asks for both the old and the new level).
        for touched in dict.fromkeys((decision.level, suggestion.level)):
            if touched == decision.level or ctx.policy.rank(touched) > ctx.policy.rank(decision.level):
                check_decider(ctx.policy, name=by, role=role, level=touched, path=item.path)
    try:
        result = mark_in_workspace(ctx, item.path, document, decision, actor=by)
    except MijiError as exc:
        if item.path.exists():
            write_review_report(item.path, document, suggestion,
                                f"标密失败，请处理后重试 (marking failed; fix and retry): {exc.message}",
                                policy=ctx.policy, **{k: v for k, v in item.report.items() if k == "duplicate_of"})
        raise
    ctx.ledger.append("review_decision", {"sha256": document.sha256, "decision": "accept",
                                          "level": decision.level, "suggested": suggestion.level,
                                          "registry": result.registry}, actor=by)
    category = suggestion.category if suggestion.level == decision.level else None
    _learn(ctx, item, document, decision.level, category,
           "accept" if decision.level == suggestion.level else "relevel")
    sidecar(item.path, REPORT_SUFFIX).unlink(missing_ok=True)
    return result


def reject(ctx: Context, name: str, *, reason: str, by: str) -> Path:
    if not reason.strip():
        raise UsageError("退回须说明原因 (--reason is required)")
    item = find_pending(ctx, name)
    sha = item.report.get("sha256", "")
    target = move_original(item.path, ctx.layout.quarantine)
    text = f"人工退回 rejected by {by}：{reason}\n"
    write_bytes_atomic(sidecar(target, ".reason.txt"), text.encode("utf-8"), overwrite=True)
    state(ctx.ledger, sha, item.path.name, "rejected", destination=str(target), reason=reason, by=by)
    ctx.ledger.append("review_decision", {"sha256": sha, "decision": "reject", "reason": reason}, actor=by)
    sidecar(item.path, REPORT_SUFFIX).unlink(missing_ok=True)
    return target
