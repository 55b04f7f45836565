"""Suggest a secrecy level from text: rules (policy terms, patterns, cues) and a trained model.

Takes plain inputs (text blocks and the category rules a policy hands over) and imports nothing
from `marker/` or `watch/`. numpy and jieba are imported only when a model is used.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from classifiers.blocks import CategoryRules, CueRules, RuleSet, TextBlock
from classifiers.hanzi import simplified_blocks
from classifiers.rules import suggest_by_rules
from classifiers.suggestion import Evidence, Suggestion

if TYPE_CHECKING:
    from classifiers.model import Model

# A lone surrogate (a broken extraction) cannot be written as UTF-8: the evidence quoted from the text would fail where
# it is stored or printed. It is shown as U+FFFD instead.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["CategoryRules", "CueRules", "Evidence", "RuleSet", "Suggestion", "TextBlock", "suggest"]


def suggest(blocks: tuple[TextBlock, ...], rules: RuleSet, model: Model | None = None) -> Suggestion:
    """The suggestion for a document's text blocks under `rules`, corrected by `model` if given."""
    blocks = simplified_blocks(tuple(replace(block, text=_LONE_SURROGATE.sub("\ufffd", block.text))
                                     if _LONE_SURROGATE.search(block.text) else block for block in blocks))
    suggestion = suggest_by_rules(blocks, rules)
    if model is None:
        return suggestion
    from classifiers.combine import combine
    from classifiers.features import blocks_text

    text = blocks_text(blocks)
    return combine(suggestion, model.predict_text(text, explain=6), rules, text)
