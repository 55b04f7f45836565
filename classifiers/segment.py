"""Word segmentation with jieba, the policy's terms loaded as a user dictionary.

jieba costs about 0.5 s to initialise, so it is imported only when a text is first segmented,
and one tokenizer is kept per set of terms (a daemon reloading its policy gets a new one).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

_TERM_FREQ = 200_000


def _cache_dir() -> str:
    """jieba caches its prefix dictionary with marshal; keep that cache in a private folder."""
    base = Path.home() / ".cache" / "miji"
    try:
        base.mkdir(parents=True, exist_ok=True, mode=0o700)
        return str(base)
    except OSError:
        return tempfile.mkdtemp(prefix="miji-jieba-")


@lru_cache(maxsize=4)
def tokenizer_for(terms: tuple[str, ...]) -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = _cache_dir()
    tokenizer.initialize()
    for term in terms:
        if term.strip():
            tokenizer.add_word(term, freq=_TERM_FREQ)
    return tokenizer


def segment(text: str, terms: Iterable[str]) -> list[str]:
    """Tokens of `text`; multi-character policy terms come out whole."""
    tokenizer = tokenizer_for(tuple(sorted(set(terms))))
    return tokenizer.lcut(text, HMM=False)
