"""Character 2- and 3-grams as 64-bit integers, so a document's n-grams are counted and looked up in numpy.

Counting ~4,000 n-gram strings per 2,000 characters and looking each up in a dict was a third of the model's time
on an unseen draft. A code point fits in 21 bits, so a bigram is `a<<21 | b` and a trigram `1<<63 | a<<42 | b<<21 | c`
(the top bit keeps the two kinds apart); counting is then `np.unique` and the lookup `np.searchsorted` into the
vocabulary's sorted keys. The n-grams are exactly those of `features.char_ngrams` (the training side), which the
tests check on random text.
"""

from __future__ import annotations

import numpy as np

from classifiers.features import CHAR_NGRAMS, flat_text

_BITS = np.uint64(21)
_TRIGRAM = np.uint64(1 << 63)

if CHAR_NGRAMS != (2, 3):  # pragma: no cover - a guard for whoever changes the n-gram range
    raise ImportError("ngram_keys encodes 2- and 3-grams only: CHAR_NGRAMS changed")


def _code_points(text: str) -> np.ndarray:
    # surrogatepass: a lone surrogate (a broken extraction) is a code point like any other, as in char_ngrams
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)


def _keys(points: np.ndarray) -> np.ndarray:
    """Keys of every bigram then every trigram of a run of code points."""
    bigrams = (points[:-1] << _BITS) | points[1:]
    trigrams = _TRIGRAM | (points[:-2] << (_BITS + _BITS)) | (points[1:-1] << _BITS) | points[2:]
    return np.concatenate((bigrams, trigrams))


def vocabulary_keys(index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """The vocabulary's n-gram keys, sorted, and the column of each (entries that are not 2- or 3-grams never match
    anything `char_ngrams` makes, so they are left out)."""
    keys: list[np.ndarray] = []
    cols: list[np.ndarray] = []
    for size in (2, 3):
        terms = [term for term in index if len(term) == size]
        if not terms:
            continue
        points = _code_points("".join(terms)).reshape(len(terms), size)
        if size == 2:
            keys.append((points[:, 0] << _BITS) | points[:, 1])
        else:
            keys.append(_TRIGRAM | (points[:, 0] << (_BITS + _BITS)) | (points[:, 1] << _BITS) | points[:, 2])
        cols.append(np.fromiter((index[term] for term in terms), dtype=np.int64, count=len(terms)))
    if not keys:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    all_keys, all_cols = np.concatenate(keys), np.concatenate(cols)
    order = np.argsort(all_keys, kind="stable")
    return all_keys[order], all_cols[order]


def counted_columns(normalized: str, keys: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Columns of the vocabulary n-grams found in `normalized` text and how often each occurs."""
    flat = flat_text(normalized)
    if len(flat) < 2 or not len(keys):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    found, counts = np.unique(_keys(_code_points(flat)), return_counts=True)
    positions = np.searchsorted(keys, found)
    inside = positions < len(keys)
    matched = np.zeros(len(found), dtype=bool)
    matched[inside] = keys[positions[inside]] == found[inside]
    return cols[positions[matched]], counts[matched]
