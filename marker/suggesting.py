"""Joins a read `Document` and the policy to the classifiers, which know neither."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from classifiers import CategoryRules, CueRules, RuleSet, Suggestion, suggest
from marker.documents import Document
from marker.policy import Policy


@lru_cache(maxsize=8)
def ruleset_for(policy: Policy) -> RuleSet:
    """The plain rules the classifiers take, derived once per policy."""
    return RuleSet(
        level_names=tuple(rule.name for rule in policy.levels),
        level_max_years=tuple(rule.max_years for rule in policy.levels),
        categories=tuple(
            CategoryRules(
                name=cat.name, level_rank=policy.rank(cat.level),
                period=str(cat.period) if cat.period else None, terms=cat.terms,
                patterns=cat.patterns, detectors=cat.detectors, table_figures=cat.table_figures,
            )
            for cat in policy.categories
        ),
        cues=CueRules(
            public_phrases=policy.cues.public_phrases, public_titles=policy.cues.public_titles,
            government_issuers=policy.cues.government_issuers,
            government_notice_phrases=policy.cues.government_notice_phrases,
            rule_titles=policy.cues.rule_titles,
        ),
    )


def suggest_for(document: Document, policy: Policy) -> Suggestion:
    """The suggestion for a document; pages the classifier could not read force a review."""
    suggestion = suggest(document.blocks, ruleset_for(policy))
    if document.pages_without_text and document.page_count > len(document.pages_without_text):
        pages = "、".join(str(n) for n in document.pages_without_text[:10])
        reason = f"第 {pages} 页没有文字层，内容未检查 (pages without a text layer: {pages})"
        rank = max(suggestion.level_rank, 1)
        suggestion = replace(
            suggestion, needs_review=True, level_rank=rank, level=policy.levels[rank].name,
            confidence=min(suggestion.confidence, 0.5),
            review_reasons=(*suggestion.review_reasons, reason))
    elif document.pages_without_text:
        suggestion = replace(
            suggestion, needs_review=True,
            review_reasons=("全部页面没有文字层，可能是扫描件 (no page has a text layer: scanned?)",))
    return suggestion
