"""The suggestion's fast paths give exactly what the slow, reference code gives: the same words as jieba's own cut,
the same character n-gram counts as the training side's `char_ngrams`. A difference would change levels silently."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.fast_cut import cut
from classifiers.features import char_ngrams, normalize
from classifiers.ngram_keys import counted_columns, vocabulary_keys
from classifiers.segment import tokenizer_for
from classifiers.training import read_jsonl
from marker.domain.policy import default_policy
from marker.intake.suggest import ruleset_for

ROOT = Path(__file__).resolve().parents[1]
# Characters that exercise every branch: dictionary words and prefixes, policy terms, letters and digits jieba glues
# together, the symbols its text runs allow (+#&._%-), whitespace it keeps, punctuation it splits off, a character
# outside the Basic Multilingual Plane.
ALPHABET = ("的一是了我不人在有这个上们来到时大为中国年公司密码合同工资薪酬投标底价战略规划机密"
            "abcZ019 \n\t\r\u3000，。、：%#&+-._/😀\ud800\x00")


@pytest.fixture(scope="module")
def tokenizer():
    terms = sorted({term for category in ruleset_for(default_policy()).categories for term in category.terms})
    return tokenizer_for(tuple(terms))


def _written_texts() -> list[str]:
    return [example.text for example in read_jsonl(ROOT / "classifiers/corpus/heldout.jsonl")]


def test_the_fast_cut_gives_jiebas_words_on_every_written_document(tokenizer):
    texts = _written_texts()
    assert len(texts) > 100
    for text in texts:
        assert cut(tokenizer, text) == tokenizer.lcut(text, HMM=False)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_the_fast_cut_gives_jiebas_words_on_any_text(tokenizer, text):
    assert cut(tokenizer, text) == tokenizer.lcut(text, HMM=False)


def test_the_fast_cut_follows_words_added_to_the_tokenizer_after_it_cut():
    """The per-tokenizer weights are a copy of jieba's dictionary: a word added later (a policy term) must count."""
    import jieba

    fresh = jieba.Tokenizer()
    fresh.tmp_dir = tokenizer_for(("保密",)).tmp_dir
    text = "本公司的鲲鹏计划书由研发部起草"
    assert cut(fresh, text) == fresh.lcut(text, HMM=False)
    assert "鲲鹏计划书" not in cut(fresh, text)
    fresh.add_word("鲲鹏计划书", freq=200_000)
    assert "鲲鹏计划书" in cut(fresh, text)
    assert cut(fresh, text) == fresh.lcut(text, HMM=False)


def _reference_counts(text: str, index: dict[str, int]) -> dict[int, int]:
    return {index[gram]: count for gram, count in Counter(char_ngrams(normalize(text))).items() if gram in index}


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, int]:
    """Every n-gram of a few written documents, plus entries char_ngrams never makes (they must never match)."""
    grams = sorted({gram for text in _written_texts()[:20] for gram in char_ngrams(normalize(text))})
    grams += ["公", "四个字符", "😀a", "a😀b"]
    return {gram: column for column, gram in enumerate(grams)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=120))
def test_ngram_keys_count_what_char_ngrams_counts(vocabulary, text):
    columns, counts = counted_columns(normalize(text), *vocabulary_keys(vocabulary))
    assert dict(zip(columns.tolist(), counts.tolist(), strict=True)) == _reference_counts(text, vocabulary)


def test_ngram_keys_count_what_char_ngrams_counts_on_whole_documents(vocabulary):
    keys = vocabulary_keys(vocabulary)
    for text in _written_texts()[:60]:
        columns, counts = counted_columns(normalize(text), *keys)
        found = dict(zip(columns.tolist(), counts.tolist(), strict=True))
        assert found == _reference_counts(text, vocabulary)
        assert found  # the first twenty built the vocabulary; every document shares some n-grams with them


def test_a_lone_surrogate_from_a_broken_extraction_is_suggested_like_any_character():
    from classifiers import TextBlock, suggest
    from marker.intake.suggest import model_for

    text = "关于工作\ud800安排的通知\n" * 30
    rules = ruleset_for(default_policy())
    suggestion = suggest((TextBlock("para", text),), rules, model_for(None))
    assert suggestion.level in rules.level_names
    for evidence in suggestion.evidence:  # what is stored and printed must be writable as UTF-8
        evidence.snippet.encode("utf-8")
    assert any("\ufffd" in evidence.snippet for evidence in suggestion.evidence)
