"""Suggest a secrecy level from text: rules (policy terms, patterns, cues) and a trained model.

Takes plain inputs (text blocks and the category rules a policy hands over) and imports nothing
from `marker/` or `watch/`.
"""

from __future__ import annotations

from classifiers.blocks import CategoryRules, CueRules, RuleSet, TextBlock
from classifiers.rules import suggest_by_rules
from classifiers.suggestion import Evidence, Suggestion

__all__ = ["CategoryRules", "CueRules", "Evidence", "RuleSet", "Suggestion", "TextBlock", "suggest"]


def suggest(blocks: tuple[TextBlock, ...], rules: RuleSet) -> Suggestion:
    """The suggestion for a document's text blocks under `rules`."""
    return suggest_by_rules(blocks, rules)
