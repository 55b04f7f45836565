"""Text → tokens, the same way for training (scikit-learn) and for serving (numpy).

Training and serving must cut text identically or the exported weights mean nothing, so both
call these functions. Figures are folded to `0` (an amount is evidence, its value is not), the
text is NFKC-folded and lower-cased, and jieba gets the policy terms the model was trained with.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from classifiers.blocks import TextBlock
from classifiers.segment import segment

CHAR_NGRAMS = (2, 3)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SPACE = re.compile(r"\s+")
_WORDLIKE = re.compile(r"\w")


def blocks_text(blocks: Iterable[TextBlock]) -> str:
    """One text per document, block order kept."""
    return "\n".join(block.text for block in blocks)


def normalize(text: str) -> str:
    return _DIGITS.sub("0", unicodedata.normalize("NFKC", text).lower())


def word_tokens(normalized: str, terms: tuple[str, ...]) -> list[str]:
    """jieba words (policy terms whole); punctuation and spaces dropped."""
    return [tok for tok in segment(normalized, terms) if _WORDLIKE.search(tok)]


def char_ngrams(normalized: str) -> list[str]:
    """Character 2- and 3-grams over the text with whitespace runs folded to one space."""
    flat = _SPACE.sub(" ", normalized).strip()
    low, high = CHAR_NGRAMS
    return [flat[i:i + n] for n in range(low, high + 1) for i in range(len(flat) - n + 1)]


class Analyzers:
    """The two analyzer callables a TfidfVectorizer takes, for one fixed set of policy terms."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.terms = tuple(sorted(set(terms)))
        self._words: dict[str, list[str]] = {}

    def words(self, text: str) -> list[str]:
        """Cached: cross-validation refits the vectorizers on the same texts, and jieba is slow."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = word_tokens(normalize(text), self.terms)
        return found

    def chars(self, text: str) -> list[str]:
        return char_ngrams(normalize(text))
