"""The trained model at serving time: numpy arrays and a JSON manifest, scored without scikit-learn.

Importing scikit-learn costs ~0.7 s and pickles run code on load, so training exports what the
fitted pipeline needs (vocabularies, idf, weights, Platt calibration) into an `.npz` read with
`allow_pickle=False`, and a manifest that names the format version and the artifact's SHA-256.
Anything wrong with either gives `ModelLoadError`; callers fall back to the rules.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.features import normalize, word_tokens
from classifiers.hanzi import to_simplified
from classifiers.ngram_keys import counted_columns, vocabulary_keys
from classifiers.publication import NAMES, structure_line, structure_values

log = logging.getLogger(__name__)

FORMAT = "miji-model"
FORMAT_VERSION = 1
_ARRAYS = ("word_vocab", "word_idf", "char_vocab", "char_idf", "level_coef", "level_intercept",
           "cal_a", "cal_b", "category_coef", "category_intercept")


class ModelLoadError(Exception):
    """A model file is missing, corrupt, truncated or made for another format version."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(f"{message}: {path}" if path else message)
        self.message = message
        self.path = path


@dataclass(frozen=True, slots=True)
class Prediction:
    """Calibrated level probabilities (policy level order), category probabilities, and the words
    that pushed hardest toward the top level (shown as evidence)."""

    level_probs: tuple[float, ...]
    levels: tuple[str, ...]
    category_probs: dict[str, float]
    top_words: tuple[tuple[str, float], ...] = ()
    # P(published) from the publication head (None: a model without one), and what pushed it: the page structures
    # and words with the largest contributions toward the state it chose, each with the line it was found on.
    published: float | None = None
    publication_reasons: tuple[tuple[str, str, float], ...] = ()

    @property
    def level(self) -> str:
        return self.levels[int(np.argmax(self.level_probs))]

    def prob(self, level: str) -> float:
        return self.level_probs[self.levels.index(level)]


def vocab_array(terms: list[str]) -> np.ndarray:
    """A vocabulary as UTF-8 JSON bytes: compact, and loadable without pickle."""
    return np.frombuffer(json.dumps(terms, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)


def _vocab(array: np.ndarray) -> dict[str, int]:
    return {term: index for index, term in enumerate(json.loads(array.tobytes().decode("utf-8")))}


def model_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    return buffer.getvalue()


def manifest_path(model_path: Path) -> Path:
    return Path(model_path).with_suffix(".json")


@dataclass(slots=True)
class Model:
    levels: tuple[str, ...]
    categories: tuple[str, ...]
    category_levels: dict[str, str]
    terms: tuple[str, ...]
    manifest: dict[str, Any]
    arrays: dict[str, np.ndarray]
    path: Path | None = None
    _word_index: dict[str, int] = field(default_factory=dict)
    _char_index: dict[str, int] = field(default_factory=dict)
    # The character vocabulary as sorted n-gram keys and their columns (ngram_keys): built once, on first use.
    _char_keys: tuple[np.ndarray, np.ndarray] | None = None

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], manifest: dict[str, Any],
                    path: Path | None = None) -> Model:
        missing = [name for name in _ARRAYS if name not in arrays]
        if missing:
            raise ModelLoadError(f"模型缺少数组 (model lacks arrays {', '.join(missing)})", path)
        try:
            levels = tuple(manifest["levels"])
            categories = tuple(manifest["categories"])
            words, chars = _vocab(arrays["word_vocab"]), _vocab(arrays["char_vocab"])
        except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
            raise ModelLoadError(f"模型清单或词表无效 (bad manifest or vocabulary: {exc})", path) from exc
        width = len(words) + len(chars)
        shapes_ok = (
            arrays["word_idf"].shape == (len(words),) and arrays["char_idf"].shape == (len(chars),)
            and arrays["level_coef"].shape == (len(levels), width)
            and arrays["level_intercept"].shape == (len(levels),)
            and arrays["cal_a"].shape == arrays["cal_b"].shape == (len(levels),)
            and arrays["category_coef"].shape == (len(categories), width)
            and arrays["category_intercept"].shape == (len(categories),)
        )
        if not shapes_ok:
            raise ModelLoadError("模型数组形状不一致 (array shapes do not match the manifest)", path)
        if "pub_coef" in arrays and (arrays["pub_coef"].shape != (width + len(NAMES),)
                                     or list(manifest.get("publication_features", ())) != list(NAMES)):
            raise ModelLoadError("模型发布状态特征与程序不符 (publication features do not match this version)", path)
        return cls(levels=levels, categories=categories,
                   category_levels=dict(manifest.get("category_levels", {})),
                   terms=tuple(manifest.get("terms", ())), manifest=manifest, arrays=arrays, path=path,
                   _word_index=words, _char_index=chars)

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and tf-idf values (each block l2-normalised), as TfidfVectorizer makes them."""
        return self._features(to_simplified(text))

    def _features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """`features` of a text already folded to simplified characters."""
        word_counts = Counter(word_tokens(text, self.terms))
        known = [(col, count) for tok, count in word_counts.items() if (col := self._word_index.get(tok)) is not None]
        word_cols = np.fromiter((col for col, _ in known), dtype=np.int64, count=len(known))
        word_counts_array = np.fromiter((count for _, count in known), dtype=np.int64, count=len(known))
        if self._char_keys is None:
            self._char_keys = vocabulary_keys(self._char_index)
        char_cols, char_counts = counted_columns(normalize(text), *self._char_keys)
        parts_idx: list[np.ndarray] = []
        parts_val: list[np.ndarray] = []
        offset = 0
        for cols, counts, idf, width in ((word_cols, word_counts_array, self.arrays["word_idf"], len(self._word_index)),
                                         (char_cols, char_counts, self.arrays["char_idf"], len(self._char_index))):
            values = (1.0 + np.log(counts.astype(np.float64))) * idf[cols]
            norm = float(np.sqrt(values @ values))
            if norm > 0:
                values = values / norm
            parts_idx.append(cols + offset)
            parts_val.append(values)
            offset += width
        return np.concatenate(parts_idx), np.concatenate(parts_val)

    def predict_text(self, text: str, *, explain: int = 0) -> Prediction:
        simplified = to_simplified(text)
        cols, values = self._features(simplified)
        level_coef = self.arrays["level_coef"][:, cols].astype(np.float64)
        decision = level_coef @ values + self.arrays["level_intercept"]
        calibrated = 1.0 / (1.0 + np.exp(self.arrays["cal_a"] * decision + self.arrays["cal_b"]))
        total = calibrated.sum()
        probs = calibrated / total if total > 0 else np.full(len(self.levels), 1 / len(self.levels))
        cat_scores = self.arrays["category_coef"][:, cols].astype(np.float64) @ values
        cat_scores = cat_scores + self.arrays["category_intercept"]
        cat_probs = np.exp(cat_scores - cat_scores.max())
        cat_probs /= cat_probs.sum()
        top: tuple[tuple[str, float], ...] = ()
        if explain:
            top = self._top_words(cols, values, level_coef[int(np.argmax(probs))], explain)
        published, reasons = self._publication(text, simplified, cols, values, explain)
        return Prediction(level_probs=tuple(float(p) for p in probs), levels=self.levels,
                          category_probs={c: float(p) for c, p in zip(self.categories, cat_probs, strict=True)},
                          top_words=top, published=published, publication_reasons=reasons)

    def _publication(self, text: str, simplified: str, cols: np.ndarray, values: np.ndarray,
                     explain: int) -> tuple[float | None, tuple[tuple[str, str, float], ...]]:
        """P(published) and, when asked, the structures and words that pushed it most toward its side."""
        coef = self.arrays.get("pub_coef")
        if coef is None:
            return None, ()
        width = len(self._word_index) + len(self._char_index)
        structures = np.array(structure_values(simplified))
        text_part = coef[cols].astype(np.float64) * values
        structure_part = coef[width:].astype(np.float64) * structures
        score = float(text_part.sum() + structure_part.sum() + self.arrays["pub_intercept"][0])
        published = 1.0 / (1.0 + math.exp(-score))
        if not explain:
            return published, ()
        sign = 1.0 if score >= 0 else -1.0
        found: list[tuple[str, str, float]] = []
        for index in np.argsort(-sign * structure_part)[:explain]:
            if sign * structure_part[index] <= 0.05:
                break
            name = NAMES[int(index)]
            line = structure_line(text, name)
            if line:
                found.append((name, line, float(structure_part[index])))
        names = self._word_names()
        words = len(self._word_index)
        for position in np.argsort(-sign * text_part)[: explain * 3]:
            col = int(cols[position])
            if len(found) >= explain or sign * text_part[position] <= 0.05:
                break
            if col < words and len(names[col]) >= 2 and names[col] in text:
                found.append((f"用词「{names[col]}」", "", float(text_part[position])))
        return published, tuple(found)

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        return np.array([self.predict_text(text).level_probs for text in texts])

    def _top_words(self, cols: np.ndarray, values: np.ndarray, coef: np.ndarray,
                   count: int) -> tuple[tuple[str, float], ...]:
        words = len(self._word_index)
        contribution = coef * values
        order = np.argsort(-contribution)
        names = self._word_names()
        found: list[tuple[str, float]] = []
        for position in order:
            col = int(cols[position])
            if contribution[position] <= 0:
                break
            if col < words and len(names[col]) >= 2:
                found.append((names[col], float(contribution[position])))
                if len(found) == count:
                    break
        return tuple(found)

    def _word_names(self) -> list[str]:
        cached = self.arrays.get("_word_names")
        if cached is None:
            names = [""] * len(self._word_index)
            for term, index in self._word_index.items():
                names[index] = term
            self.arrays["_word_names"] = cached = np.array(names, dtype=object)
        return cached  # type: ignore[return-value]


def load_model(path: Path) -> Model:
    """Load `path` (.npz) with its manifest (.json), checking format version and SHA-256."""
    path = Path(path)
    manifest_file = manifest_path(path)
    try:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ModelLoadError("模型文件不存在 (model file missing)", Path(exc.filename or path)) from exc
    except (OSError, ValueError) as exc:
        raise ModelLoadError(f"模型清单无法读取 (cannot read the manifest: {exc})", manifest_file) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ModelLoadError("不是 Miji 模型清单 (not a Miji model manifest)", manifest_file)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ModelLoadError(
            f"模型格式版本 {manifest.get('format_version')!r} 不兼容，需要 {FORMAT_VERSION} "
            "(incompatible model format version: retrain with `miji train`)", path)
    expected = (manifest.get("artifact") or {}).get("sha256")
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelLoadError("模型文件校验和不符，文件损坏或被截断 (SHA-256 mismatch: corrupt or truncated)", path)
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except (OSError, ValueError, KeyError, EOFError) as exc:
        raise ModelLoadError(f"模型数组无法读取 (cannot read arrays: {exc})", path) from exc
    _warn_on_library_drift(manifest, path)
    return Model.from_arrays(arrays, manifest, path)


def _warn_on_library_drift(manifest: dict[str, Any], path: Path) -> None:
    """jieba's dictionary decides the word features; another version may cut words differently."""
    try:
        import jieba

        trained = (manifest.get("libraries") or {}).get("jieba")
        if trained and trained != jieba.__version__:
            log.warning("model %s was trained with jieba %s, running %s", path, trained, jieba.__version__)
    except ImportError:  # pragma: no cover
        pass


def default_model_path() -> Path:
    """The shipped model, package data of `models/`."""
    import models

    return Path(models.__file__).parent / "default.npz"
