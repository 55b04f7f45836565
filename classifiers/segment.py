"""Word segmentation with jieba, the policy's terms loaded as a user dictionary.

jieba costs about 0.5 s to initialise, so it is imported only when a text is first segmented,
and one tokenizer is kept per set of terms (a daemon reloading its policy gets a new one).

Cutting is the slowest step of a suggestion (~1.5 ms per 2,000 characters with fast_cut, jieba's own
cut ~3 ms), and the rules and the model's word features both cut the same text with the same terms. So the
last few cuts are kept: the second caller gets the first one's tokens instead of cutting again.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from classifiers import fast_cut

_TERM_FREQ = 200_000
_RECENT = 8
_recent: OrderedDict[tuple[tuple[str, ...], str], tuple[str, ...]] = OrderedDict()
_recent_lock = threading.Lock()


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


def segment(text: str, terms: Iterable[str]) -> tuple[str, ...]:
    """Tokens of `text`; multi-character policy terms come out whole. Cut once per (text, terms)."""
    key = (tuple(sorted(set(terms))), text)
    with _recent_lock:
        found = _recent.get(key)
        if found is not None:
            _recent.move_to_end(key)
            return found
    found = tuple(fast_cut.cut(tokenizer_for(key[0]), text))
    with _recent_lock:
        _recent[key] = found
        while len(_recent) > _RECENT:
            _recent.popitem(last=False)
    return found
