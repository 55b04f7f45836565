"""How good the suggestion is: rules alone, model alone, combined — on cross-validation and held out.

The number that matters most is the severe under-classification rate: a 机密 or 绝密 document
suggested as 内部 or 公开 would be handled as if it were not secret. Macro-F1 weighs the rare levels
as much as the common ones. Imported only by `miji train`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

import numpy as np

from classifiers.blocks import RuleSet, TextBlock
from classifiers.combine import combine
from classifiers.model import Model
from classifiers.rules import suggest_by_rules
from classifiers.training import SEED, Example, as_fitted_model, fit

SYSTEMS = ("rules", "model", "combined")
SEVERE_TRUE = 3  # 机密 and above …
SEVERE_PRED = 1  # … suggested as 内部 or below
RELIABILITY_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


@dataclass(frozen=True, slots=True)
class Outcome:
    """Per document: the true rank and each system's rank, plus combined confidence."""

    truth: tuple[int, ...]
    ranks: dict[str, tuple[int, ...]]
    confidence: dict[str, tuple[float, ...]]


def metrics(truth: Sequence[int], predicted: Sequence[int], level_names: Sequence[str]) -> dict[str, Any]:
    n = len(level_names)
    confusion = np.zeros((n, n), dtype=int)
    for t, p in zip(truth, predicted, strict=True):
        confusion[t, p] += 1
    per_level: dict[str, dict[str, float]] = {}
    f1s: list[float] = []
    for k, name in enumerate(level_names):
        tp, predicted_k, actual_k = confusion[k, k], confusion[:, k].sum(), confusion[k, :].sum()
        precision = tp / predicted_k if predicted_k else 0.0
        recall = tp / actual_k if actual_k else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_level[name] = {"precision": round(float(precision), 4), "recall": round(float(recall), 4),
                           "f1": round(float(f1), 4), "support": int(actual_k)}
        if actual_k or predicted_k:
            f1s.append(f1)
    severe_support = int(confusion[SEVERE_TRUE:, :].sum())
    severe = int(confusion[SEVERE_TRUE:, : SEVERE_PRED + 1].sum())
    return {
        "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
        "accuracy": round(float(np.trace(confusion) / max(1, confusion.sum())), 4),
        "severe_rate": round(severe / severe_support, 4) if severe_support else 0.0,
        "severe": severe, "severe_support": severe_support,
        "per_level": per_level, "confusion": confusion.tolist(), "levels": list(level_names),
    }


def reliability(confidence: Sequence[float], correct: Sequence[bool]) -> list[dict[str, Any]]:
    """Bins of stated confidence against observed accuracy: calibrated means the two agree."""
    rows = []
    conf, ok = np.asarray(confidence), np.asarray(correct, dtype=bool)
    for low, high in pairwise(RELIABILITY_BINS):
        mask = (conf >= low) & (conf < high)
        if mask.any():
            rows.append({"bin": f"{low:.1f}–{min(high, 1.0):.1f}", "documents": int(mask.sum()),
                         "mean_confidence": round(float(conf[mask].mean()), 3),
                         "accuracy": round(float(ok[mask].mean()), 3)})
    return rows


def outcomes(model: Model, examples: Sequence[Example], rules: RuleSet) -> Outcome:
    truth, by_rules, by_model, combined = [], [], [], []
    conf_model, conf_combined = [], []
    for ex in examples:
        suggestion = suggest_by_rules((TextBlock("para", ex.text),), rules)
        prediction = model.predict_text(ex.text)
        joined = combine(suggestion, prediction, rules, ex.text)
        truth.append(rules.rank_of(ex.level))
        by_rules.append(suggestion.level_rank)
        by_model.append(int(np.argmax(prediction.level_probs)))
        conf_model.append(max(prediction.level_probs))
        combined.append(joined.level_rank)
        conf_combined.append(joined.confidence)
    return Outcome(tuple(truth), {"rules": tuple(by_rules), "model": tuple(by_model), "combined": tuple(combined)},
                   {"model": tuple(conf_model), "combined": tuple(conf_combined)})


def summarize(outcome: Outcome, rules: RuleSet) -> dict[str, Any]:
    result: dict[str, Any] = {name: metrics(outcome.truth, outcome.ranks[name], rules.level_names)
                              for name in SYSTEMS}
    for name in ("model", "combined"):
        correct = [t == p for t, p in zip(outcome.truth, outcome.ranks[name], strict=True)]
        result[name]["reliability"] = reliability(outcome.confidence[name], correct)
    return result


def cross_validate(examples: Sequence[Example], rules: RuleSet, *, terms: Sequence[str],
                   category_levels: dict[str, str], folds: int = 5, seed: int = SEED) -> dict[str, Any]:
    """Stratified k-fold on the level; each fold's model is scored through the numpy export."""
    from sklearn.model_selection import StratifiedKFold

    from classifiers.features import Analyzers

    analyzers = Analyzers(tuple(terms))
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    levels = [ex.level for ex in examples]
    merged: list[tuple[int, Outcome]] = []
    for train_idx, test_idx in splitter.split(np.zeros(len(examples)), levels):
        fitted = fit([examples[i] for i in train_idx], levels=rules.level_names, terms=terms, analyzers=analyzers)
        model = as_fitted_model(fitted, category_levels)
        merged.append((0, outcomes(model, [examples[i] for i in test_idx], rules)))
    joined = Outcome(
        truth=tuple(t for _, o in merged for t in o.truth),
        ranks={name: tuple(r for _, o in merged for r in o.ranks[name]) for name in SYSTEMS},
        confidence={name: tuple(c for _, o in merged for c in o.confidence[name]) for name in ("model", "combined")},
    )
    return summarize(joined, rules) | {"folds": folds, "documents": len(examples)}


def heldout(model: Model, examples: Sequence[Example], rules: RuleSet) -> dict[str, Any]:
    return summarize(outcomes(model, examples, rules), rules) | {"documents": len(examples)}


def not_worse(candidate: dict[str, Any], baseline: dict[str, Any], *, tolerance: float = 0.0) -> bool:
    """A workspace model replaces the shipped one only if combined macro-F1 and severe rate both hold."""
    new, old = candidate["combined"], baseline["combined"]
    return new["macro_f1"] >= old["macro_f1"] - tolerance and new["severe_rate"] <= old["severe_rate"]
