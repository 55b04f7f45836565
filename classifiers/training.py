"""Fitting the model with scikit-learn, and exporting it to the arrays `classifiers.model` scores.

Imported only by `miji train` (and tests): scikit-learn stays out of the daemon and `miji classify`.
Why these choices: tf-idf over jieba words *and* character 2–3-grams (the words carry the policy's
vocabulary, the n-grams survive jieba's mistakes and unseen compounds); a logistic regression with
balanced class weights (秘密 and 公开 are rarer than 机密); Platt (sigmoid) calibration fitted on
cross-validated scores, with a single final estimator so the export is one weight matrix.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.features import Analyzers, secret_tokens
from classifiers.model import FORMAT, FORMAT_VERSION, Model, model_bytes, vocab_array
from classifiers.publication import NAMES

MAX_WORDS = 12_000
MAX_CHARS = 24_000
C_LEVEL = 20.0
C_CATEGORY = 20.0
C_PUBLICATION = 5.0
SEED = 20240917


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    level: str
    category: str | None = None
    source: str = "corpus"
    publication: str | None = None  # published / internal / draft, when the corpus labels it (the real one does)


@dataclass(slots=True)
class Fitted:
    """The fitted scikit-learn objects, kept for evaluation and the export-agreement test."""

    features: Any
    level_model: Any
    category_model: Any | None
    levels: tuple[str, ...]
    categories: tuple[str, ...]
    terms: tuple[str, ...]
    publication_model: Any | None = None

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities in policy level order (the calibrated classifier sorts its classes)."""
        raw = self.level_model.predict_proba(self.features.transform(list(texts)))
        order = [list(self.level_model.classes_).index(level) for level in self.levels]
        return raw[:, order]


def read_jsonl(path: Path, *, source: str = "corpus") -> list[Example]:
    examples: list[Example] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            examples.append(Example(row["text"], row["level"], row.get("category"), source))
    return examples


def data_hash(examples: Iterable[Example]) -> str:
    digest = hashlib.sha256()
    for ex in examples:
        digest.update(json.dumps([ex.text, ex.level, ex.category], ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def fit(examples: Sequence[Example], *, levels: Sequence[str], terms: Iterable[str],
        seed: int = SEED, analyzers: Analyzers | None = None) -> Fitted:
    """Pass one `analyzers` to several fits (cross-validation) to segment each text once."""
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold
    from sklearn.pipeline import FeatureUnion

    analyzers = analyzers or Analyzers(tuple(terms))
    analyzers.secrets = secret_tokens((ex.text for ex in examples), analyzers.terms)
    features = FeatureUnion([
        ("words", TfidfVectorizer(analyzer=analyzers.words, sublinear_tf=True, min_df=2, max_features=MAX_WORDS)),
        ("chars", TfidfVectorizer(analyzer=analyzers.chars, sublinear_tf=True, min_df=2, max_features=MAX_CHARS)),
    ])
    texts = [ex.text for ex in examples]
    matrix = features.fit_transform(texts)
    y_level = np.array([ex.level for ex in examples])
    present = [level for level in levels if level in set(y_level)]
    folds = min(5, int(min(np.sum(y_level == level) for level in present)))
    if folds < 2 or len(present) < 2:
        raise ValueError("每个密级至少需要 2 个样本 (every level in the corpus needs at least 2 examples)")
    base = LogisticRegression(C=C_LEVEL, class_weight="balanced", max_iter=3000)
    level_model = CalibratedClassifierCV(
        base, method="sigmoid", ensemble=False,
        cv=StratifiedKFold(n_splits=max(2, folds), shuffle=True, random_state=seed))
    level_model.fit(matrix, y_level)

    labelled = [i for i, ex in enumerate(examples) if ex.category]
    categories = tuple(sorted({examples[i].category for i in labelled if examples[i].category}))
    category_model = None
    if len(categories) >= 2:
        category_model = LogisticRegression(C=C_CATEGORY, class_weight="balanced", max_iter=3000)
        category_model.fit(matrix[labelled], [examples[i].category for i in labelled])
    return Fitted(features, level_model, category_model, tuple(levels), categories, analyzers.terms,
                  fit_publication(matrix, examples))


def fit_publication(matrix: Any, examples: Sequence[Example]) -> Any | None:
    """Published or not, from the tf-idf text and the page's structures (classifiers/publication.py), on the
    examples whose publication state is labelled; None when there are too few of either state."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    from classifiers.hanzi import to_simplified
    from classifiers.publication import structure_values

    labelled = [i for i, ex in enumerate(examples) if ex.publication]
    y = np.array([examples[i].publication == "published" for i in labelled], dtype=int)
    if len(labelled) < 10 or min(int(y.sum()), int(len(y) - y.sum())) < 2:
        return None
    structures = sparse.csr_matrix(np.array([structure_values(to_simplified(examples[i].text)) for i in labelled]))
    x = sparse.hstack([matrix[labelled], structures]).tocsr()
    return LogisticRegression(C=C_PUBLICATION, class_weight="balanced", max_iter=3000).fit(x, y)


def export(fitted: Fitted) -> dict[str, np.ndarray]:
    """The arrays the numpy scorer needs; levels follow the policy order, not sklearn's sorted one."""
    words = fitted.features.transformer_list[0][1]
    chars = fitted.features.transformer_list[1][1]
    calibrated = fitted.level_model.calibrated_classifiers_[0]
    estimator = calibrated.estimator
    classes = list(estimator.classes_)
    n_features = len(words.vocabulary_) + len(chars.vocabulary_)
    level_coef = np.zeros((len(fitted.levels), n_features))
    level_intercept = np.zeros(len(fitted.levels))
    cal_a = np.zeros(len(fitted.levels))
    cal_b = np.full(len(fitted.levels), 50.0)  # a level never seen in training: probability ~0
    for row, level in enumerate(fitted.levels):
        if level in classes:
            k = classes.index(level)
            level_coef[row] = estimator.coef_[k]
            level_intercept[row] = estimator.intercept_[k]
            cal_a[row] = calibrated.calibrators[k].a_
            cal_b[row] = calibrated.calibrators[k].b_
    if fitted.category_model is not None:
        order = [list(fitted.category_model.classes_).index(c) for c in fitted.categories]
        category_coef = fitted.category_model.coef_[order]
        category_intercept = fitted.category_model.intercept_[order]
    else:
        category_coef = np.zeros((len(fitted.categories), n_features))
        category_intercept = np.zeros(len(fitted.categories))
    arrays = {
        "word_vocab": vocab_array(_ordered(words.vocabulary_)),
        "word_idf": words.idf_.astype(np.float64),
        "char_vocab": vocab_array(_ordered(chars.vocabulary_)),
        "char_idf": chars.idf_.astype(np.float64),
        "level_coef": level_coef.astype(np.float32),
        "level_intercept": level_intercept,
        "cal_a": cal_a,
        "cal_b": cal_b,
        "category_coef": category_coef.astype(np.float32),
        "category_intercept": category_intercept.astype(np.float64),
    }
    if fitted.publication_model is not None:  # optional: a workspace model trained without labels has none
        arrays["pub_coef"] = fitted.publication_model.coef_[0].astype(np.float32)
        arrays["pub_intercept"] = fitted.publication_model.intercept_.astype(np.float64)
    return arrays


def _ordered(vocabulary: dict[str, int]) -> list[str]:
    names = [""] * len(vocabulary)
    for term, index in vocabulary.items():
        names[index] = term
    return names


def manifest_for(fitted: Fitted, examples: Sequence[Example], *, category_levels: dict[str, str],
                 metrics: dict[str, Any] | None = None) -> dict[str, Any]:
    import jieba
    import sklearn

    sources: dict[str, int] = {}
    for ex in examples:
        sources[ex.source] = sources.get(ex.source, 0) + 1
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "libraries": {"python": platform.python_version(), "numpy": np.__version__,
                      "scikit-learn": sklearn.__version__, "jieba": jieba.__version__},
        "training_data": {"sha256": data_hash(examples), "documents": len(examples), "sources": sources},
        "levels": list(fitted.levels),
        "categories": list(fitted.categories),
        "category_levels": {c: category_levels[c] for c in fitted.categories if c in category_levels},
        "terms": list(fitted.terms),
        "publication_features": list(NAMES) if fitted.publication_model is not None else [],
        "features": {"words": "jieba on the raw text (HMM off, policy terms), each token normalised",
                     "script": "繁體 texts folded to simplified (OpenCC t2s) first",
                     "chars": "2-3-grams", "tf": "sublinear", "digits": "folded to 0",
                     "max_words": MAX_WORDS, "max_chars": MAX_CHARS},
        "estimator": {"level": f"LogisticRegression(C={C_LEVEL}, balanced) + sigmoid calibration",
                      "publication": f"LogisticRegression(C={C_PUBLICATION}, balanced) on tf-idf + page structures",
                      "category": f"LogisticRegression(C={C_CATEGORY}, balanced)"},
        "metrics": metrics or {},
        "python_executable": Path(sys.executable).name,
    }


def build(examples: Sequence[Example], *, levels: Sequence[str], terms: Iterable[str],
          category_levels: dict[str, str], metrics: dict[str, Any] | None = None,
          artifact_name: str = "model.npz") -> tuple[bytes, dict[str, Any], Model, Fitted]:
    """Fit, export and wrap: the artifact bytes, its manifest, the loaded numpy model, the sklearn fit."""
    fitted = fit(examples, levels=levels, terms=terms)
    arrays = export(fitted)
    data = model_bytes(arrays)
    manifest = manifest_for(fitted, examples, category_levels=category_levels, metrics=metrics)
    manifest["artifact"] = {"file": artifact_name, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}
    return data, manifest, Model.from_arrays(arrays, manifest), fitted


def as_fitted_model(fitted: Fitted, category_levels: dict[str, str]) -> Model:
    """The numpy model of a fit, without writing it (cross-validation folds)."""
    manifest = {"levels": list(fitted.levels), "categories": list(fitted.categories),
                "category_levels": category_levels, "terms": list(fitted.terms),
                "publication_features": list(NAMES) if fitted.publication_model is not None else []}
    return Model.from_arrays(export(fitted), manifest)
