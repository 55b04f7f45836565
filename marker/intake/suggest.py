"""Joins a read `Document`, the policy and the trained model to the classifiers, which know none of them.

The model is the workspace's own (`<workspace>/models/model.npz`, installed by `miji train
--workspace`) if there is one, else the shipped default. A cheap stat on each call notices a newly
installed model, so the daemon picks it up without a restart. A missing, corrupt or incompatible
model never stops a suggestion: it is logged once and the rules decide alone.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from classifiers import CategoryRules, CueRules, RuleSet, Suggestion, suggest
from marker.domain.policy import Policy
from marker.reading.documents import Document

if TYPE_CHECKING:
    from classifiers.model import Model

log = logging.getLogger(__name__)

WORKSPACE_MODEL = Path("models") / "model.npz"
_Signature = tuple[tuple[int, int], ...]
_lock = threading.Lock()
_loaded: dict[Path, tuple[_Signature, Model | None]] = {}


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


def _signature(path: Path) -> _Signature | None:
    from classifiers.model import manifest_path

    try:
        stats = (path.stat(), manifest_path(path).stat())
    except OSError:
        return None
    return tuple((st.st_mtime_ns, st.st_size) for st in stats)


def model_path_for(workspace: Path | None) -> Path:
    """The workspace's own model when installed, else the shipped one."""
    from classifiers.model import default_model_path

    if workspace is not None:
        own = Path(workspace) / WORKSPACE_MODEL
        if own.exists():
            return own
    return default_model_path()


def model_for(workspace: Path | None = None) -> Model | None:
    """The model to combine with the rules, reloaded when its files change; None means rules only."""
    from classifiers.model import ModelLoadError, load_model

    path = model_path_for(workspace)
    signature = _signature(path) or ()
    with _lock:
        cached = _loaded.get(path)
        if cached is not None and cached[0] == signature:
            return cached[1]
        model: Model | None = None
        try:
            model = load_model(path)
            log.info("已加载模型 %s (model loaded, %s)", path, model.manifest.get("created", "?"))
        except ModelLoadError as exc:
            log.warning("模型不可用，仅按规则建议 (model unusable, suggesting by rules only): %s", exc)
        _loaded[path] = (signature, model)
        return model


def suggest_for(document: Document, policy: Policy, *, workspace: Path | None) -> Suggestion:
    """The suggestion for a document; pages the classifier could not read force a review.

    `workspace` is required (None only where there is none): the company's retrained model lives there."""
    rules = ruleset_for(policy)
    model = model_for(workspace)
    if model is not None and model.levels != rules.level_names:
        _warn_levels_once(model, rules)
        model = None
    suggestion = suggest(document.blocks, rules, model)
    if document.ocr_confidence is not None:
        suggestion = _from_scan(suggestion, document.ocr_confidence, policy)
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


OCR_REVIEW_BELOW = 0.80  # mean word confidence under which recognised text is not trusted alone


def _from_scan(suggestion: Suggestion, confidence: float, policy: Policy) -> Suggestion:
    """A suggestion from recognised (OCR) text carries that confidence, and a poor scan goes to a person."""
    suggestion = replace(suggestion, ocr_confidence=round(confidence, 3),
                         confidence=min(suggestion.confidence, max(confidence, 0.0)))
    if confidence < OCR_REVIEW_BELOW:
        reason = f"扫描件文字识别置信度 {confidence:.0%} 偏低，请核对 (low OCR confidence)"
        rank = max(suggestion.level_rank, 1)  # never 公开 on text nobody could read reliably
        return replace(suggestion, needs_review=True, level_rank=rank, level=policy.levels[rank].name,
                       review_reasons=(*suggestion.review_reasons, reason))
    return suggestion


@lru_cache(maxsize=8)
def _warn_levels_once_key(path: str, model_levels: tuple[str, ...], policy_levels: tuple[str, ...]) -> None:
    log.warning("模型密级与策略不符，仅按规则建议 (model %s levels %s differ from the policy's %s)",
                path, "/".join(model_levels), "/".join(policy_levels))


def _warn_levels_once(model: Model, rules: RuleSet) -> None:
    _warn_levels_once_key(str(model.path), model.levels, rules.level_names)
