"""The combination learnt from out-of-sample predictions (round 10): a multinomial logistic regression over what the
level head, the publication head, the rules and the cascade in `classifiers/combine.py` said about a document, fitted
by `tools/corpus/train_real.py learn` on predictions of documents none of the models that made them had seen, and
exported here as plain numbers (serving needs no scikit-learn).

The level is the one with the least expected cost under those probabilities (COST: a suggestion two or more levels
too low costs SEVERE_COST, any other wrong level its distance), never below the policy's floors that
`combine.py` keeps (a hard pattern, a published cue the heads do not contradict).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from classifiers.blocks import RuleSet
from classifiers.model import Prediction
from classifiers.suggestion import Suggestion

LEVELS = 5
SECRET_RANK = 2


def feature_names() -> tuple[str, ...]:
    return (*(f"p{r}" for r in range(LEVELS)), *(f"logp{r}" for r in range(LEVELS)), "published", "logit_published",
            *(f"rules{r}" for r in range(LEVELS)), "rules_confidence", "rules_review", "rules_nothing",
            *(f"cascade{r}" for r in range(LEVELS)), "floor", "by_kind", "cue", "words_only", "cue_published",
            "kind_level", "has_kind", "log_length", "evidence", "hard_evidence",
            *(f"weight{r}" for r in range(LEVELS)))


def _log(p: float) -> float:
    return math.log(min(max(p, 1e-4), 1.0))


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(suggestion: Suggestion, prediction: Prediction, rules: RuleSet, text: str, cascade_rank: int,
             floor: int, by_kind: bool, cue: bool) -> list[float]:
    """One row of FEATURES for a document (see feature_names)."""
    probs = prediction.level_probs
    published = 0.5 if prediction.published is None else float(prediction.published)
    rule_rank = suggestion.level_rank
    kind_level = -1
    weights = [0.0] * LEVELS
    hard = 0
    for ev in suggestion.evidence:
        cat = rules.category(ev.category)
        if cat is None:
            continue
        if ev.term.startswith("文种:"):
            kind_level = max(kind_level, cat.level_rank)
        weights[cat.level_rank] += ev.weight
        hard += ev.hard
    return [*(float(p) for p in probs), *(_log(p) for p in probs), published, _logit(published),
            *(float(rule_rank == r) for r in range(LEVELS)), float(suggestion.confidence),
            float(suggestion.needs_review), float(suggestion.category is None),
            *(float(cascade_rank == r) for r in range(LEVELS)), floor / (LEVELS - 1), float(by_kind), float(cue),
            float(not cue and not floor and not by_kind), float(suggestion.publication == "published"),
            max(kind_level, 0) / (LEVELS - 1), float(kind_level >= 0), math.log10(max(len(text), 10)),
            math.log1p(len(suggestion.evidence)), math.log1p(hard), *(math.log1p(w) for w in weights)]


def probabilities(row: Sequence[float], coef: Sequence[Sequence[float]] | None = None,
                  intercept: Sequence[float] | None = None, mean: Sequence[float] | None = None,
                  scale: Sequence[float] | None = None) -> list[float]:
    """The learnt P(level) for one feature row (standardised with MEAN/SCALE, then softmax of COEF·x + INTERCEPT)."""
    coef = COEF if coef is None else coef
    intercept = INTERCEPT if intercept is None else intercept
    mean = MEAN if mean is None else mean
    scale = SCALE if scale is None else scale
    x = [(v - m) / s for v, m, s in zip(row, mean, scale, strict=True)]
    scores = [b + sum(w * v for w, v in zip(ws, x, strict=True)) for ws, b in zip(coef, intercept, strict=True)]
    top = max(scores)
    exps = [math.exp(z - top) for z in scores]
    total = sum(exps)
    return [e / total for e in exps]


def cost(truth: int, suggested: int, severe: float | None = None) -> float:
    """What suggesting `suggested` for a document of level `truth` costs: two or more levels too low SEVERE_COST,
    otherwise the distance."""
    if suggested <= truth - 2:
        return SEVERE_COST if severe is None else severe
    return float(abs(truth - suggested))


def decide(q: Sequence[float], severe: float | None = None, lowest: int = 0) -> int:
    """The level (at least `lowest`) with the least expected cost under q."""
    expected = [(sum(p * cost(t, s, severe) for t, p in enumerate(q)), s) for s in range(lowest, len(q))]
    return min(expected)[1]


def confidence(q: Sequence[float], rank: int) -> float:
    """The shown confidence: q of the level, recalibrated (CALIBRATION: a·logit(q) + b, fitted on the cross-fitted q
    of the development predictions)."""
    a, b = CALIBRATION
    return 1.0 / (1.0 + math.exp(-(a * _logit(q[rank]) + b)))


# --- learnt constants (written by `tools/corpus/train_real.py learn`; do not edit by hand) ---------------------------
SEVERE_COST = 3.0
CALIBRATION: tuple[float, float] = (0.918484, -0.00955207)
MEAN: tuple[float, ...] = (
    0.359155, 0.151538, 0.145551, 0.229373, 0.114383, -2.21369, -4.09865, -5.5424,
    -4.09354, -4.78446, 0.366017, -0.750296, 0.184227, 0.294264, 0.167082, 0.25717,
    0.0972569, 0.670629, 0.167394, 0.165835, 0.293017, 0.13404, 0.158666, 0.285536,
    0.128741, 0.0283666, 0.479426, 0.389651, 0.382793, 0.182045, 0.273223, 0.682668,
    3.15847, 1.89417, 0.0200944, 0.460982, 0.865242, 0.704723, 0.956504, 0.335249,
)
SCALE: tuple[float, ...] = (
    0.373137, 0.272263, 0.319083, 0.332937, 0.238045, 2.02352, 2.50575, 2.93808,
    3.13222, 2.61752, 0.365995, 3.36995, 0.387669, 0.455711, 0.373049, 0.437074,
    0.296307, 0.257558, 0.373327, 0.371933, 0.455146, 0.340695, 0.365364, 0.451669,
    0.334913, 0.165076, 0.499577, 0.487671, 0.486068, 0.385882, 0.302677, 0.465438,
    0.404529, 0.672718, 0.116295, 0.859236, 0.803345, 0.956192, 0.845438, 0.588656,
)
COEF: tuple[tuple[float, ...], ...] = (
    (
        0.0575042, 0.122063, 0.0650356, -0.279255, 0.0736502, 0.301284, -0.24093, -0.183834,
        -0.0503889, -0.587625, 0.0393126, 0.733874, 0.040638, 0.239332, -0.0510014, -0.195153,
        -0.0691778, 0.331698, -0.0379555, -0.0781993, 0.0567455, -0.0336349, 0.0919218, -0.00517386,
        -0.136204, 0.129502, -0.331838, 0.467808, 0.0727179, 0.283358, 0.474208, -0.566953,
        -0.041708, 0.096275, 0.0144838, 0.0995582, -0.189412, -0.00990245, 0.112372, -0.000832618,
    ),
    (
        -0.0490993, 0.627214, -0.169902, -0.0456631, -0.348802, -0.412679, 0.79593, -0.253907,
        -0.37903, -0.49702, 0.229361, -0.186321, -0.0531197, 0.123829, 0.239052, 0.00675643,
        -0.431879, 0.216599, -0.0781043, -0.077578, 0.0684987, 0.0583537, -0.250002, -0.0818233,
        0.23063, -0.122481, 0.161141, 0.495861, 0.301355, -0.243681, -0.305862, -0.398858,
        -0.257249, -0.110149, -0.121249, -0.157972, 0.43042, -0.341343, 0.166269, 0.0871155,
    ),
    (
        -0.182205, -0.447993, 0.492173, 0.00495767, 0.13134, -0.166898, -0.233784, 1.12712,
        -0.328665, 0.0420844, -0.272137, -0.0118093, 0.0460979, -0.21475, 0.341812, -0.260252,
        0.223518, -0.198123, -0.0174032, 0.0200749, 0.0255724, 0.227753, 0.0246271, 0.0609764,
        -0.375539, 0.0184089, 0.0564748, 0.0984642, 0.264414, 0.0166135, 0.0928887, 0.24472,
        -0.0658193, -0.260691, 0.0816081, -0.028562, -0.178642, 0.63275, -0.298593, -0.182069,
    ),
    (
        0.18276, -0.39046, -0.237752, 0.511205, -0.236187, 0.202936, 0.0479549, -0.870984,
        0.816255, -0.0163466, -0.211626, -0.292094, -0.0269303, 0.033239, -0.274242, 0.27218,
        -0.0721015, 0.298932, 0.259314, 0.260563, 0.00485474, -0.141866, 0.137647, -0.0604212,
        0.0690409, -0.0887019, 0.05899, -0.712551, -0.394458, -0.0147947, -0.200088, 0.311702,
        0.182144, 0.075236, -0.0884058, 0.259253, 0.133515, -0.330132, 0.446341, -0.015366,
    ),
    (
        -0.00896002, 0.089176, -0.149554, -0.191245, 0.379998, 0.0753569, -0.36917, 0.181604,
        -0.0581714, 1.05891, 0.21509, -0.24365, -0.00668588, -0.18165, -0.255621, 0.176469,
        0.349641, -0.649107, -0.125851, -0.12486, -0.155671, -0.110606, -0.00419401, 0.086442,
        0.212071, 0.0632713, 0.0552319, -0.349582, -0.244028, -0.0414965, -0.0611463, 0.409389,
        0.182633, 0.199329, 0.113563, -0.172277, -0.195881, 0.0486279, -0.426389, 0.111152,
    ),
)
INTERCEPT: tuple[float, ...] = (
    2.29597, -0.0065945, -1.34731, -0.107654, -0.834413,
)
