"""Text → tokens, the same way for training (scikit-learn) and for serving (numpy).

Training and serving must cut text identically or the exported weights mean nothing, so both
call these functions. Figures are folded to `0` (an amount is evidence, its value is not), the
text is NFKC-folded and lower-cased, and jieba gets the policy terms the model was trained with.

Words are cut from the *raw* text with the same tokenizer and terms the rules use, then each token
is normalised: the rules have already cut that text, so `segment` hands back their tokens and a
suggestion runs jieba once, not twice.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from classifiers.blocks import TextBlock
from classifiers.hanzi import to_simplified
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


@lru_cache(maxsize=65_536)
def _normal_token(token: str) -> str:
    return normalize(token) if _WORDLIKE.search(token) else ""


def word_tokens(text: str, terms: tuple[str, ...]) -> list[str]:
    """jieba words of the raw text (policy terms whole), each normalised; punctuation and spaces dropped."""
    return [norm for tok in segment(text, terms) if (norm := _normal_token(tok))]


def flat_text(normalized: str) -> str:
    """The text character n-grams are taken over: whitespace runs folded to one space, ends stripped."""
    return _SPACE.sub(" ", normalized).strip()


def char_ngrams(normalized: str) -> list[str]:
    """Character 2- and 3-grams over the text with whitespace runs folded to one space."""
    flat = flat_text(normalized)
    low, high = CHAR_NGRAMS
    return [flat[i:i + n] for n in range(low, high + 1) for i in range(len(flat) - n + 1)]


# A long word that mixes letters and figures (a key, a hash, a generated password: digits fold to 0) says nothing about
# a level and must not reach the shipped vocabulary.
_RANDOM_LOOKING = re.compile(r"^(?=.*[a-z])(?=.*0)[a-z0-9_\-]{10,}$")
_SECRET_LIKE = re.compile(r"^(?=.*[A-Za-z])(?=.*[\d!@#$%^&*_\-+.]).{5,}$")


def secret_tokens(texts: Iterable[str], terms: tuple[str, ...]) -> frozenset[str]:
    """The normalised words of the credential values in `texts` (`密码：Kd92mxq7` → kd0mxq0, `admin/admin123` →
    admin0): kept out of a fitted vocabulary, so no password of a training document is shipped in the model."""
    from itertools import chain

    from classifiers.patterns import find_credentials, sql_passwords

    found: set[str] = set()
    for text in texts:
        # every password of an SQL dump's rows, not only the first of each INSERT that the rules need
        for hit in chain(find_credentials(text), sql_passwords(text, rows=None)):
            for token in segment(hit.text, terms):
                if _SECRET_LIKE.match(token) and (norm := _normal_token(token)):
                    found.add(norm)
    return frozenset(found)


class Analyzers:
    """The two analyzer callables a TfidfVectorizer takes, for one fixed set of policy terms. Words in `secrets`
    (see secret_tokens) and random-looking ones are left out, so they never enter a fitted vocabulary; serving
    ignores words outside the vocabulary, so it needs no such filter."""

    def __init__(self, terms: tuple[str, ...]) -> None:
        self.terms = tuple(sorted(set(terms)))
        self._words: dict[str, list[str]] = {}
        self.secrets: frozenset[str] = frozenset()

    def words(self, text: str) -> list[str]:
        """Cached: cross-validation refits the vectorizers on the same texts, and jieba is slow."""
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = word_tokens(to_simplified(text), self.terms)
        return [token for token in found if token not in self.secrets and not _RANDOM_LOOKING.match(token)]

    def chars(self, text: str) -> list[str]:
        return char_ngrams(normalize(to_simplified(text)))
