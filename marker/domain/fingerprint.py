"""Content fingerprints: recognising a registered document's copies by their text, in any format.

A copy converted to PDF, printed to PDF, or pasted into a new file keeps its text and loses its
bytes, metadata and Miji's marks. The fingerprint is taken from the text alone: normalised
(NFKC, no whitespace or punctuation, no mark lines), cut into overlapping character shingles, and
sampled Broder-style ("On the resemblance and containment of documents", 1997): every shingle is
hashed with one fixed 64-bit hash and the smallest hashes are kept. Because every document keeps a
prefix of the same hash order, two sketches compared below the smaller of their two cut-offs are a
uniform sample of both shingle sets, which estimates resemblance (Jaccard) and containment in
either direction, also between a short excerpt and a long original. The sample grows with the
document (1 in `SAMPLE_RATE` shingles, within `MIN_SAMPLE`..`MAX_SAMPLE`), so a long registered
document keeps enough hashes for an excerpt of it to be recognised.

What is stored is hashes, never text. The hash is not keyed: whoever holds a fingerprint can test
whether a guessed phrase is among the sampled shingles, so fingerprints deserve the ledger's
protection.

Thresholds were measured with `bench/fingerprint_threshold.py` (figures in the issue note): every
real conversion and marked copy scored Jaccard 1.000, a copy embedded whole in another draft at
most 0.812 and two contracts from one template 0.647, hence `REPRODUCTION` 0.90. 30% of a
document pasted scored at least 0.300 as a quotation and unrelated public documents of one kind
0.198 at the 99th percentile, hence `QUOTATION` 0.25; documents filled from one form share its
text (0.43-0.79) until the blank form is left out (`common_hashes`, then at most 0.159).
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import numpy as np

from marker.errors import LedgerIntegrityError

DEFAULT_LEVELS = ("绝密", "机密", "秘密", "核心商密", "普通商密", "内部", "公开")
SHINGLE = 6
SAMPLE_RATE = 8
MIN_SAMPLE = 256
MAX_SAMPLE = 4096
REPRODUCTION = 0.90
QUOTATION = 0.25
MIN_QUOTED_SHINGLES = 100

_FORMAT = 1
_HEADER = struct.Struct("<4sBBII")  # magic, format, k, shingle count, sample size
_MAGIC = b"MJFP"
_SEED = np.uint64(0x6D696A69_66703031)  # "mijifp01"
_PRIME = np.uint64(0x9E3779B97F4A7C15)

_REGISTRY = r"MJ-\d{4}-\d{6,}"  # six digits, more past 999,999 in a year
_PERIOD = (
    r"(?:\d{1,3}\s*年|\d{1,3}\s*个月|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|长期"
    r"|[\u4e00-\u9fff]{1,12}[前后])"
)
# Miji's own words on a copy, wherever a reader puts them: footer, page count, watermark pieces.
_STAMP_PIECES = re.compile(r"第\s*\d{6}\s*份|第\s*\d+\s*页\s*共\s*\d+\s*页|发放对象\s*\S+")
_NOT_CONTENT = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the ledger keeps for a registered document: `to_bytes()` (or `hex()`), a few KB."""

    shingles: int  # how many distinct shingles the text has
    hashes: bytes  # the sample: the smallest shingle hashes, ascending, uint64 little-endian
    k: int = SHINGLE

    @property
    def sample(self) -> np.ndarray:
        return np.frombuffer(self.hashes, dtype="<u8")

    @property
    def recognisable(self) -> bool:
        """Enough readable text to recognise a copy by. A PDF whose text layer was lost (glyph
        codes without a Unicode map, a scan) has none: it cannot be cleared as a new draft."""
        return self.shingles >= MIN_QUOTED_SHINGLES

    @property
    def complete(self) -> bool:
        """Every shingle is in the sample (a short text): its cut-off is the end of the range."""
        return len(self.hashes) // 8 >= self.shingles

    def to_bytes(self) -> bytes:
        return _HEADER.pack(_MAGIC, _FORMAT, self.k, self.shingles, len(self.hashes) // 8) + self.hashes

    def hex(self) -> str:
        return self.to_bytes().hex()

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        if len(data) < _HEADER.size:
            raise LedgerIntegrityError("内容指纹已损坏 (content fingerprint is truncated)")
        magic, version, k, shingles, size = _HEADER.unpack_from(data)
        if magic != _MAGIC or version != _FORMAT:
            raise LedgerIntegrityError("内容指纹格式不符 (unknown content fingerprint format)")
        body = data[_HEADER.size :]
        if len(body) != 8 * size or size > shingles:
            raise LedgerIntegrityError("内容指纹已损坏 (content fingerprint is truncated)")
        return cls(shingles=shingles, hashes=bytes(body), k=k)

    @classmethod
    def from_hex(cls, text: str) -> Fingerprint:
        try:
            return cls.from_bytes(bytes.fromhex(text))
        except ValueError as exc:
            raise LedgerIntegrityError("内容指纹已损坏 (content fingerprint is not hex)") from exc


@dataclass(frozen=True, slots=True)
class Similarity:
    """Estimates from the two samples; `compared` is how many hashes the estimate rests on."""

    jaccard: float  # resemblance of the two shingle sets
    registered_in_candidate: float  # share of the registered document found in the candidate
    candidate_in_registered: float  # share of the candidate found in the registered document
    shared: float  # estimated number of shingles the two have in common
    compared: int


K = TypeVar("K")


@dataclass(frozen=True, slots=True)
class Match(Generic[K]):
    key: K
    kind: str  # "reproduction" | "quotation"
    similarity: Similarity

    @property
    def score(self) -> float:
        if self.kind == "reproduction":
            return self.similarity.jaccard
        return quotation_score(self.similarity)


@lru_cache(maxsize=16)
def _mark_lines(levels: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(level) for level in sorted(levels, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:"
        rf"(?:{names})\s*★\s*(?:{_PERIOD})?"  # 机密★10年
        rf"|(?:\S{{2,30}}?\s*)?(?:{names})(?:\s*{_PERIOD})?"  # 某某公司 机密 10年 (spaces may be lost)
        rf"|(?:份号:?\s*)?\d{{6}}"  # 份号
        rf"|解密\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"  # a re-marking's 解密 line
        rf"|.*{_REGISTRY}.*"  # running header 机密 MJ-2026-000123, watermark
        rf")\s*$",
        re.MULTILINE,
    )


def normalise(text: str, *, levels: Sequence[str] = DEFAULT_LEVELS) -> str:
    """The text that two copies of one document share whatever their format: letters and digits
    only, without Miji's marks (mark line, 份号, running header, footer, page count, watermark)."""
    text = unicodedata.normalize("NFKC", text)
    text = _mark_lines(tuple(levels)).sub("", text)
    text = _STAMP_PIECES.sub("", text)
    return _NOT_CONTENT.sub("", text).casefold()


def fingerprint(text: str, *, levels: Sequence[str] = DEFAULT_LEVELS, k: int = SHINGLE) -> Fingerprint:
    """The fingerprint of a document's text (as `Document.text` gives it, any format)."""
    hashes = _shingle_hashes(normalise(text, levels=levels), k)
    size = min(max(len(hashes) // SAMPLE_RATE, MIN_SAMPLE), MAX_SAMPLE)
    kept = hashes[:size].astype("<u8")
    return Fingerprint(shingles=len(hashes), hashes=kept.tobytes(), k=k)


def _shingle_hashes(text: str, k: int) -> np.ndarray:
    """The distinct hashes of the text's k-character shingles, ascending."""
    if not text:
        return np.empty(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    width = min(k, len(codes))
    count = len(codes) - width + 1
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(width):
        hashes = hashes * _PRIME + codes[offset : offset + count]
    return np.unique(_mix(hashes ^ _SEED))


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: nearby inputs spread over the whole 64-bit range."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def compare(candidate: Fingerprint, registered: Fingerprint, *, common: np.ndarray | None = None) -> Similarity:
    """Resemblance and containment both ways, from the part of the hash range both samples cover.

    `common` (from `common_hashes`) is text many registered documents share, a template's clauses:
    left out, what remains is what the two documents have of their own."""
    a, b = candidate.sample, registered.sample
    if candidate.k != registered.k or not len(a) or not len(b):
        return Similarity(0.0, 0.0, 0.0, 0.0, 0)
    cutoffs = [s[-1] for s, fp in ((a, candidate), (b, registered)) if not fp.complete]
    if cutoffs:
        cutoff = min(cutoffs)
        a, b = a[a <= cutoff], b[b <= cutoff]
    if common is not None and len(common):
        a = a[~np.isin(a, common, assume_unique=True)]
        b = b[~np.isin(b, common, assume_unique=True)]
    if not len(a) or not len(b):
        return Similarity(0.0, 0.0, 0.0, 0.0, 0)
    both = len(np.intersect1d(a, b, assume_unique=True))
    union = len(a) + len(b) - both
    jaccard = both / union if union else 0.0
    in_candidate = both / len(b) if len(b) else 0.0
    in_registered = both / len(a) if len(a) else 0.0
    return Similarity(
        jaccard=jaccard,
        registered_in_candidate=in_candidate,
        candidate_in_registered=in_registered,
        shared=in_registered * candidate.shingles,
        compared=union,
    )


def common_hashes(fingerprints: Iterable[Fingerprint], *, min_documents: int = 2) -> np.ndarray:
    """Sampled shingles found in at least `min_documents` of the given fingerprints: text that is
    not any one document's own. Give it text that is nobody's secret (blank forms, 公开 documents)
    with `min_documents=1`. Built from secret documents it also discounts what two versions of one
    secret document share, so a quote of that text would pass: then ask for more documents (a
    template's clauses are in every contract made from it). Approximate: a long document's sample
    covers only the low end of the hash range."""
    samples = [fp.sample for fp in fingerprints]
    if not samples:
        return np.empty(0, dtype="<u8")
    values, counts = np.unique(np.concatenate(samples), return_counts=True)
    return values[counts >= min_documents]


def quotation_score(similarity: Similarity) -> float:
    """How much of one document the other quotes: the registered document's share in the draft,
    or the draft's share in the registered document when the draft is an excerpt of enough text."""
    excerpt = similarity.candidate_in_registered if similarity.shared >= MIN_QUOTED_SHINGLES else 0.0
    return max(similarity.registered_in_candidate, excerpt)


def matches(
    candidate: Fingerprint,
    stored: Iterable[tuple[K, Fingerprint]],
    *,
    reproduction: float = REPRODUCTION,
    quotation: float = QUOTATION,
    common: np.ndarray | None = None,
) -> list[Match[K]]:
    """Every registered document the candidate reproduces or quotes, best first (reproductions
    before quotations). A compilation quotes several; it takes the highest level among them.
    Reproduction is judged on the whole text; quotation leaves `common` text out."""
    found: list[Match[K]] = []
    for key, registered in stored:
        similarity = compare(candidate, registered)
        if similarity.jaccard >= reproduction:
            found.append(Match(key, "reproduction", similarity))
            continue
        if common is not None:
            similarity = compare(candidate, registered, common=common)
        if quotation_score(similarity) >= quotation:
            found.append(Match(key, "quotation", similarity))
    found.sort(key=lambda m: (m.kind != "reproduction", -m.score))
    return found


def best_match(
    candidate: Fingerprint,
    stored: Iterable[tuple[K, Fingerprint]],
    *,
    reproduction: float = REPRODUCTION,
    quotation: float = QUOTATION,
    common: np.ndarray | None = None,
) -> Match[K] | None:
    """The registered document the candidate is a copy of, else the one it quotes most, else None."""
    found = matches(candidate, stored, reproduction=reproduction, quotation=quotation, common=common)
    return found[0] if found else None
