"""Suggest a secrecy level from text: rules (policy terms, patterns, cues) and a trained model.

Takes plain inputs (text blocks and the category rules a policy hands over) and imports nothing
from `marker/` or `watch/`. numpy and jieba are imported only when a model is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from classifiers.blocks import CategoryRules, CueRules, RuleSet, TextBlock
from classifiers.hanzi import simplified_blocks
from classifiers.rules import suggest_by_rules
from classifiers.suggestion import Evidence, Suggestion

if TYPE_CHECKING:
    from classifiers.model import Model

__all__ = ["CategoryRules", "CueRules", "Evidence", "RuleSet", "Suggestion", "TextBlock", "suggest"]


def suggest(blocks: tuple[TextBlock, ...], rules: RuleSet, model: Model | None = None) -> Suggestion:
    """The suggestion for a document's text blocks under `rules`, corrected by `model` if given."""
    blocks = simplified_blocks(blocks)
    suggestion = suggest_by_rules(blocks, rules)
    if model is None:
        return suggestion
    from classifiers.combine import combine
    from classifiers.features import blocks_text

    text = blocks_text(blocks)
    return combine(suggestion, model.predict_text(text, explain=6), rules, text)
