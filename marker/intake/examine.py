"""What the daemon learns from a document's text, computed in the limited worker.

Classifying a 24 MB text in the daemon took 2.26 GB and stalled every other file for 94 s. The
suggestion and the content fingerprint are the two passes over the whole text; the worker runs
them (`Reader.run(examine, …)`) under its memory, CPU and time limits, so a hostile text costs
only itself and the daemon keeps only the results.
"""

from __future__ import annotations

from pathlib import Path

from classifiers import Suggestion
from marker.domain.fingerprint import Fingerprint, fingerprint
from marker.domain.policy import Policy
from marker.intake.suggest import suggest_for
from marker.reading.documents import Document


def examine(document: Document, policy: Policy, workspace: Path | None) -> tuple[Suggestion, Fingerprint]:
    """The suggestion and the fingerprint of a read document (runs in the worker)."""
    levels = tuple(rule.name for rule in policy.levels)
    return suggest_for(document, policy, workspace=workspace), fingerprint(document.text, levels=levels)


_LATEST: dict[tuple[str, tuple[str, ...]], Fingerprint] = {}


def remember(document: Document, policy: Policy, found: Fingerprint) -> None:
    """Keep the worker's fingerprint of this document, so recognition and registration in the
    daemon do not fingerprint the whole text again (only the latest few are kept)."""
    if len(_LATEST) >= 8:
        _LATEST.pop(next(iter(_LATEST)))
    _LATEST[(document.sha256, _levels(policy))] = found


def fingerprint_for(document: Document, policy: Policy) -> Fingerprint:
    """The document's fingerprint: the one the worker computed, else computed here."""
    known = _LATEST.get((document.sha256, _levels(policy)))
    return known if known is not None else fingerprint(document.text, levels=_levels(policy))


def _levels(policy: Policy) -> tuple[str, ...]:
    return tuple(rule.name for rule in policy.levels)
