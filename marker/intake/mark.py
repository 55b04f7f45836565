"""`miji mark` and re-marking's "mark what was never marked": one given file through the one road.

The file is read in the limited worker, refused if it already carries a mark, decided by
`decide()` and registered by `distribute`; the user's file itself is left untouched (a copy of it
is kept in the workspace archive).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from marker.domain.policy import Policy
from marker.intake.decide import check_decider, check_level, decide, decided, refuse_if_marked
from marker.intake.distribute import Marked, Worker, check_recipients, register_and_issue
from marker.ledger.store import Ledger
from marker.settings import Limits


def mark_file(
    path: Path, policy: Policy, ledger: Ledger, *, worker: Worker, actor: str, level: str | None = None,
    period: str | None = None, recipients: Sequence[str | None] = (None,), owner: str | None = None,
    out_dir: Path | None = None, archive_dir: Path | None = None, limits: Limits | None = None,
    workspace: Path | None = None, confirmed: bool = True, decider_role: str | None = None,
) -> Marked:
    """Mark a new draft and register its copies (one file per copy, in `out_dir`, default
    `marked/` beside the draft). `confirmed=False` (re-marking an archive unattended) applies the
    policy's auto-apply gate to a suggested level, as the daemon does; `decider_role` (the acting
    person's role) must allow the level decided."""
    check_level(policy, level)
    check_recipients(policy, recipients)
    document = worker.read(path, limits, full_text=True)  # the fingerprint needs every page
    refuse_if_marked(document)
    decision = decided(decide(document, policy, level=level, period=period, workspace=workspace,
                              confirmed=confirmed), path)
    if decider_role is not None:  # a person decides: their role must allow the level
        check_decider(policy, name=actor, role=decider_role, level=decision.level, path=path)
    return register_and_issue(ledger, worker, policy, document, decision, actor=actor, recipients=recipients,
                              out_dir=out_dir or path.parent / "marked", archive_dir=archive_dir, keep_copy=True,
                              owner=owner)
