"""The rule classifier: policy terms and patterns become weighted evidence, evidence a level.

Why these weights: a term in the title says what the document *is*, so it counts three times
a term in the body; the first lines (addressee, subject) count twice; a financial term inside a
table of figures is a statement, not a mention. Repeats add little (log), so a long text that
mentions 预算 twenty times is not thereby secret.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate

from classifiers.blocks import RuleSet, TextBlock
from classifiers.hanzi import simplified_blocks
from classifiers.kinds import INVESTMENT_EVIDENCE, PUBLISHED, KindFinding, cjk_share, recognise
from classifiers.patterns import DETECTOR_FUNCTIONS, PatternHit, find_credentials
from classifiers.segment import segment
from classifiers.suggestion import Evidence, Suggestion, Where

STRONG = 3.0
MIN_CHARS = 30
FIRST_LINES = 6
SNIPPET = 60
ASCII_NEAR = 80
KIND_WEIGHT = 4.0
NOT_CHINESE = "不是以中文为主的文本 (text is not mostly Chinese)"
NO_CREDENTIAL_VALUE = "提到账号密码但没有密码值 (mentions credentials but holds no password-like value)"
CREDENTIALS_IN_FOREIGN = "中文标题下列有账号密码 (passwords listed under a Chinese 账号/密码 heading)"
_CHINESE_CREDENTIAL = re.compile(r"账号|帐号|用户名|密码|口令")
MOSTLY_CHINESE = 0.3
# Kinds that carry their own level (DESIGN "Labelling real documents"), by the default policy's category
# names; a policy without that category leaves the decision to the words.
KIND_CATEGORY = {"制度办法": "internal", "会议通知": "internal", "工作报告": "internal",
                 "模板空白表": "internal", "产品手册": "internal",
                 "纪要": "meeting_minutes",
                 "合同协议": "contracts", "技术资料": "technical", "标书": "bid", "个人简历": "personnel"}
PUBLISHED_KINDS = ("公告", "新闻", "法规规章", "案例", "模板空白表", "产品手册", "已发布文件")
# A plan whose title names investment, strategy or financing is the company's strategy whatever figures fill it.
_STRATEGY_TITLE = re.compile(r"投资计划|投资方案|战略|规划|商业计划|融资|经营计划|发展计划|并购|收购|上市计划|扩产|"
                             r"计划书|销售计划|营销计划|营销方案|商业模式")
_CUSTOMER_DATA = re.compile(
    r"(?i)客户|会员|收货|订单|手机|电话|地址|member|order|customer|receiver|address|phone|mobile")
_ZONE_WEIGHT: dict[Where, float] = {"title": 3.0, "first_lines": 2.0, "body": 1.0, "table": 1.0}
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?%?")
_HARD_COUNTS = {"cn_resident_id": 3, "bank_card": 1, "credential": 1}
_DETECTOR_WEIGHT = {"cn_resident_id": 2.0, "bank_card": 3.0, "credential": 4.0, "money": 0.4}
# A notice that issues, revises or explains a document: 关于印发《费用报销管理办法》的通知. What it
# issues decides what it is; the title itself ends in 通知, so the rule-title cue alone misses it.
_ISSUING_TITLE = re.compile(
    r"关于(?:印发|发布|颁布|下发|修订|修改|废止|重新印发|执行|实施|贯彻落实|学习)\s*《?(?P<issued>[^《》]{2,60}?)》?"
    r"(?:（[^）]*）|\([^)]*\))?\s*(?:的|等)?(?:通知|决定|公告|函)\s*$")
_EXPLAINED_TITLE = re.compile(r"^《(?P<issued>[^《》]{2,60})》(?:（[^）]*）)?\s*(?:解读|释义|问答|说明|宣贯材料)\s*$")
_DRAFT_SUFFIX = "（）()草案稿试行暂行修订版征求意见"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    where: Where
    figures: bool


def _lines(blocks: tuple[TextBlock, ...]) -> tuple[str, list[_Line]]:
    """Join blocks into one text and note for each line its zone and whether it holds figures."""
    parts: list[str] = []
    lines: list[_Line] = []
    offset = 0
    seen_text = 0
    for block in blocks:
        for raw in block.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                seen_text += 1
            if seen_text == 1 and stripped and len(stripped) <= 60 and block.kind != "table":
                where: Where = "title"
            elif stripped and seen_text <= FIRST_LINES:
                where = "first_lines"
            else:
                where = "table" if block.kind == "table" else "body"
            figures = len(_NUMBER.findall(raw)) >= 2
            tabular = block.kind == "table" or (figures and ("\t" in raw or "|" in raw))
            if where != "title" and tabular:
                where = "table"
            lines.append(_Line(offset, offset + len(raw), where, figures))
            parts.append(raw)
            offset += len(raw) + 1
    return "\n".join(parts), lines


def _snippet(text: str, start: int, end: int) -> str:
    room = max(0, SNIPPET - (end - start)) // 2
    left = max(0, start - room)
    right = min(len(text), end + room)
    snippet = text[left:right].replace("\n", " ").replace("\t", " ").strip()
    return snippet[:SNIPPET]


class _Scorer:
    def __init__(self, rules: RuleSet, text: str, lines: list[_Line]) -> None:
        self.rules = rules
        self.text = text
        self.lines = lines
        self.starts = [line.start for line in lines]
        self.evidence: dict[str, list[Evidence]] = defaultdict(list)
        self._credentials: list[PatternHit] | None = None

    def credentials(self) -> list[PatternHit]:
        """The text's password values, found once: the credential detector and the ASCII-term check both ask."""
        if self._credentials is None:
            self._credentials = list(find_credentials(self.text))
        return self._credentials

    def line_at(self, offset: int) -> _Line:
        return self.lines[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def add(self, category: str, term: str, start: int, end: int, weight: float, *,
            hard: bool = False, table_boost: bool = False) -> None:
        line = self.line_at(start)
        zone_weight = _ZONE_WEIGHT[line.where]
        if table_boost and line.figures and line.where in ("table", "body"):
            zone_weight = 1.5
        self.evidence[category].append(Evidence(
            category=category, term=term, snippet=_snippet(self.text, start, end),
            where=line.where, weight=weight * zone_weight, hard=hard))

    def score(self, category: str) -> float:
        """Distinct terms add; repeats of one term add by log, strongest zone counts."""
        best: dict[str, float] = {}
        counts: dict[str, int] = defaultdict(int)
        for ev in self.evidence.get(category, []):
            best[ev.term] = max(best.get(ev.term, 0.0), ev.weight)
            counts[ev.term] += 1
        return sum(w * (1 + 0.3 * math.log(counts[t])) for t, w in best.items())


def _term_weight(term: str) -> float:
    return 0.6 if len(term) <= 2 else 1.0


def _match_terms(scorer: _Scorer, rules: RuleSet) -> None:
    term_categories: dict[str, list[str]] = defaultdict(list)
    ascii_terms: dict[str, list[str]] = defaultdict(list)
    for cat in rules.categories:
        for term in cat.terms:
            if term.isascii():
                ascii_terms[term.lower()].append(cat.name)
            else:
                term_categories[term].append(cat.name)
    tables = {cat.name for cat in rules.categories if cat.table_figures}
    tokens = segment(scorer.text, term_categories.keys())
    # Most tokens are not terms: find the few that are, and their offsets, without a Python step per token.
    ends = list(accumulate(map(len, tokens)))
    for index in [index for index, token in enumerate(tokens) if token in term_categories]:
        token = tokens[index]
        offset = ends[index] - len(token)
        for category in term_categories[token]:
            scorer.add(category, token, offset, ends[index], _term_weight(token), table_boost=category in tables)
    lowered = scorer.text.lower()
    # An English/code word that looks like a credential word (admin, password, token) is evidence only
    # beside a password-like value: SQL dumps and manuals are full of them.
    values = [hit.start for hit in scorer.credentials()]
    if not values:
        return
    for term, categories in ascii_terms.items():
        for match in re.finditer(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", lowered):
            if not any(abs(match.start() - at) <= ASCII_NEAR for at in values):
                continue
            for category in categories:
                scorer.add(category, term, match.start(), match.end(), _term_weight(term))


def _match_patterns(scorer: _Scorer, rules: RuleSet) -> set[str]:
    """Detector and regex hits; returns the categories proved by a hard pattern."""
    hits: dict[str, list[PatternHit]] = {
        name: scorer.credentials() if name == "credential" else list(func(scorer.text))
        for name, func in DETECTOR_FUNCTIONS.items() if any(name in cat.detectors for cat in rules.categories)
    }
    hard: set[str] = set()
    for cat in rules.categories:
        has_terms = bool(scorer.evidence.get(cat.name))
        for detector in cat.detectors:
            found = hits.get(detector, [])
            if detector == "money" and not has_terms:
                continue
            is_hard = detector in _HARD_COUNTS and len(found) >= _HARD_COUNTS[detector]
            if is_hard:
                hard.add(cat.name)
            for hit in found[:8]:
                scorer.add(cat.name, detector, hit.start, hit.end, _DETECTOR_WEIGHT[detector],
                           hard=is_hard, table_boost=cat.table_figures)
        for pattern in cat.patterns:
            for match in list(re.finditer(pattern, scorer.text))[:8]:
                scorer.add(cat.name, pattern, match.start(), match.end(), 2.0)
    return hard


def _cue_evidence(scorer: _Scorer, rules: RuleSet) -> tuple[float, float, list[Evidence]]:
    """Scores for 'already published' and 'this is a 制度', with the evidence for each."""
    cues = rules.cues
    text = scorer.text
    title_line = next((line for line in scorer.lines if line.where == "title"), None)
    title = text[title_line.start:title_line.end] if title_line else ""
    head = text[: scorer.lines[min(len(scorer.lines), FIRST_LINES + 2) - 1].end] if scorer.lines else ""
    found: list[Evidence] = []
    public = 0.0

    def note(category: str, term: str, start: int, weight: float) -> None:
        line = scorer.line_at(start)
        found.append(Evidence(category, term, _snippet(text, start, start + len(term)),
                              line.where, weight))

    for word in cues.public_titles:
        if word and word in title:
            public += 3.0
            note(rules.public_category, word, text.find(word), 3.0)
            break
    for phrase in cues.public_phrases:
        position = text.find(phrase)
        if phrase and position >= 0:
            public += 1.5
            note(rules.public_category, phrase, position, 1.5)
    for notice in cues.government_notice_phrases:
        position = head.find(notice) if notice else -1
        if position < 0:
            continue
        prefix = head[head.rfind("\n", 0, position) + 1:position].strip()
        if any(prefix.endswith(issuer) for issuer in cues.government_issuers if issuer):
            public += 3.0
            note(rules.public_category, prefix + notice, position, 3.0)
            break
    rule_score = 0.0
    stripped_title = title.strip().rstrip(_DRAFT_SUFFIX)
    issued = _ISSUING_TITLE.search(title.strip()) or _EXPLAINED_TITLE.search(title.strip())
    issued_title = issued.group("issued").strip().rstrip(_DRAFT_SUFFIX) if issued else ""
    for word in cues.rule_titles:
        if word and stripped_title.endswith(word):
            rule_score = 4.0
            note(rules.internal_category, word, text.find(word), 4.0)
            break
        if word and issued_title.endswith(word):
            rule_score = 4.0
            note(rules.internal_category, issued.group(0).strip(), text.find(issued.group(0).strip()), 4.0)
            break
    return public, rule_score, found


def _distinct(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """One piece of evidence per (category, term): the strongest occurrence."""
    best: dict[tuple[str, str], Evidence] = {}
    for ev in evidence:
        key = (ev.category, ev.term)
        if key not in best or ev.weight > best[key].weight:
            best[key] = ev
    return tuple(best.values())


def _confidence(top: float, runner_up: float) -> float:
    strength = 1 - math.exp(-top / 4)
    margin = (top - runner_up) / top if top > 0 else 0.0
    return round(max(0.05, min(0.99, strength * (0.6 + 0.4 * margin))), 3)


def suggest_by_rules(blocks: tuple[TextBlock, ...], rules: RuleSet) -> Suggestion:
    text, lines = _lines(simplified_blocks(blocks))
    internal_rank = rules.rank_of(rules.level_names[min(1, len(rules.level_names) - 1)])
    public_rank = 0
    meaningful = len(re.sub(r"\s", "", text))
    if meaningful < MIN_CHARS:
        reason = "没有文字 (no text)" if meaningful == 0 else "文字太少 (too little text)"
        return _suggestion(rules, internal_rank, None, 0.0, (), needs_review=True, reasons=(reason,))

    finding = recognise(text)
    if finding.kind != "代码数据" and cjk_share(text) < MOSTLY_CHINESE:
        return _foreign(text, lines, rules, finding, internal_rank)

    scorer = _Scorer(rules, text, lines)
    _match_terms(scorer, rules)
    hard = _match_patterns(scorer, rules)
    public, rule_score, cue_evidence = _cue_evidence(scorer, rules)
    kind_evidence = _finding_evidence(finding, rules, text)
    cue_evidence = kind_evidence + cue_evidence
    if finding.publication == PUBLISHED:
        public = max(public, 2 * finding.published_strength)

    scores = {cat.name: scorer.score(cat.name) for cat in rules.categories}
    all_evidence = [ev for evs in scorer.evidence.values() for ev in evs]
    evidence = _distinct(cue_evidence + all_evidence)
    lowering = {rules.internal_category, rules.public_category}
    secret = {name: score for name, score in scores.items()
              if name not in lowering and (score >= STRONG or name in hard)}

    def rank(name: str) -> int:
        cat = rules.category(name)
        return cat.level_rank if cat else internal_rank

    if hard:
        top_rank = max(rank(name) for name in hard | set(secret))
        category = max((n for n in hard | set(secret) if rank(n) == top_rank), key=scores.__getitem__)
        return _suggestion(rules, top_rank, category, max(0.9, _confidence(scores[category], 0)),
                           evidence, finding=finding)
    by_kind = _by_kind(finding, rules, scores, secret, public, text)
    if by_kind is not None:
        category, confidence = by_kind
        return _suggestion(rules, rank(category), category, confidence, evidence, finding=finding)
    if public >= STRONG:
        strongest_secret = max(secret.values(), default=0.0)
        if strongest_secret >= 3 * public:
            category = max(secret, key=secret.__getitem__)
            return _suggestion(rules, rank(category), category, 0.4, evidence, needs_review=True, finding=finding,
                               reasons=("公开线索与涉密证据冲突 (published cues conflict with secret evidence)",))
        return _suggestion(rules, public_rank, rules.public_category,
                           _confidence(public, strongest_secret / 2), evidence, finding=finding)
    if rule_score:
        return _suggestion(rules, internal_rank, rules.internal_category,
                           _confidence(rule_score + scores.get(rules.internal_category, 0), 0),
                           evidence, finding=finding)
    # Talking about passwords is not holding one: a credential category by its words alone (no value
    # found) is not evidence for 绝密; the next category decides and a person confirms.
    detector_only = {cat.name for cat in rules.categories if "credential" in cat.detectors}
    if any(name in detector_only for name in secret) and not any(
            ev.term == "credential" for name in detector_only for ev in scorer.evidence.get(name, [])):
        secret = {name: value for name, value in secret.items() if name not in detector_only}
        if not secret:
            return _suggestion(rules, internal_rank, None, 0.3, evidence, needs_review=True, finding=finding,
                               reasons=(NO_CREDENTIAL_VALUE,))
    if secret:
        top_rank = max(rank(name) for name in secret)
        category = max((n for n in secret if rank(n) == top_rank), key=secret.__getitem__)
        others = [s for n, s in secret.items() if n != category]
        return _suggestion(rules, top_rank, category,
                           _confidence(secret[category], max(others, default=0.0)), evidence,
                           finding=finding)
    internal_score = scores.get(rules.internal_category, 0.0)
    if internal_score >= STRONG / 2:
        return _suggestion(rules, internal_rank, rules.internal_category,
                           _confidence(internal_score, max(scores.values(), default=0) / 2), evidence,
                           finding=finding)
    return _suggestion(rules, internal_rank, None, 0.2, evidence, needs_review=True, finding=finding,
                       reasons=("证据不足 (not enough evidence for any category)",))


def _foreign(text: str, lines: list[_Line], rules: RuleSet, finding: KindFinding, internal_rank: int) -> Suggestion:
    """A text that is not mostly Chinese goes to a person; one that lists passwords under a Chinese 账号/密码
    heading (a credential note of shell blocks) goes there at the level of a credential list, not at 内部."""
    hits = [hit for hit in find_credentials(text)
            if _CHINESE_CREDENTIAL.search(text[max(0, hit.start - 160):hit.end])]
    holders = [cat for cat in rules.categories if "credential" in cat.detectors]
    if not hits or not holders:
        return _suggestion(rules, internal_rank, None, 0.2, (), needs_review=True, finding=finding,
                           reasons=(NOT_CHINESE,))
    holder = max(holders, key=lambda cat: cat.level_rank)
    scorer = _Scorer(rules, text, lines)
    for hit in hits[:8]:
        scorer.add(holder.name, "credential", hit.start, hit.end, _DETECTOR_WEIGHT["credential"], hard=True)
    return _suggestion(rules, holder.level_rank, holder.name, 0.5, tuple(scorer.evidence[holder.name]),
                       needs_review=True, finding=finding, reasons=(NOT_CHINESE, CREDENTIALS_IN_FOREIGN))


def _finding_evidence(finding: KindFinding, rules: RuleSet, text: str) -> list[Evidence]:
    """The kind and publication sentences as evidence a person can check (shown first), for the category the kind
    carries (an SQL dump's is the customer list or the technical data it holds, as `_by_kind` decides)."""
    found: list[Evidence] = []
    kind_category = KIND_CATEGORY.get(finding.kind, rules.internal_category)
    if finding.kind == "代码数据":
        kind_category = "customers" if _CUSTOMER_DATA.search(text) else "technical"
    category = rules.public_category if finding.publication == PUBLISHED else kind_category
    for sentence in finding.publication_evidence[:2]:
        found.append(Evidence(category, f"发布状态:{finding.publication}", sentence[:SNIPPET], "first_lines",
                              KIND_WEIGHT))
    for sentence in finding.kind_evidence[:1]:
        found.append(Evidence(category, f"文种:{finding.kind}", sentence[:SNIPPET], "title", KIND_WEIGHT))
    return found


def _by_kind(finding: KindFinding, rules: RuleSet, scores: dict[str, float], secret: dict[str, float],
             public: float, text: str) -> tuple[str, float] | None:
    """The level a kind carries by itself: published → 公开; 制度 and a convening notice → 内部; minutes → 机密;
    a contract → 秘密; design documents and data dumps → 机密. None: the words decide."""
    strongest_secret = max(secret.values(), default=0.0)
    if finding.publication == PUBLISHED or (finding.kind in PUBLISHED_KINDS and public >= STRONG):
        if rules.category(rules.public_category) is None or strongest_secret >= 4 * max(public, 1.0):
            return None
        return rules.public_category, _confidence(public + 2, strongest_secret / 3)
    name = KIND_CATEGORY.get(finding.kind)
    if finding.kind == "方案计划" and (_STRATEGY_TITLE.search(finding.title) or any(
            sentence.startswith(INVESTMENT_EVIDENCE) for sentence in finding.kind_evidence)):
        name = "strategy"
    if finding.kind == "代码数据":
        name = "customers" if _CUSTOMER_DATA.search(text) else "technical"
    if name is None or rules.category(name) is None:
        return None
    own = rules.category(name)
    assert own is not None
    if finding.kind == "技术资料":
        higher = {n: v for n, v in secret.items() if (cat := rules.category(n)) and cat.level_rank > own.level_rank}
        if higher and max(higher.values()) >= 2 * STRONG:
            return None
    return name, _confidence(KIND_WEIGHT + scores.get(name, 0.0), strongest_secret / 3 if name != "internal" else
                             strongest_secret / 2)


def _suggestion(rules: RuleSet, rank: int, category: str | None, confidence: float,
                evidence: tuple[Evidence, ...], *, needs_review: bool = False,
                reasons: tuple[str, ...] = (), finding: KindFinding | None = None) -> Suggestion:
    if needs_review:
        rank = max(rank, 1)
        confidence = min(confidence, 0.5)
    evidence = tuple(sorted(evidence, key=lambda ev: (ev.category != category, -ev.weight)))[:12]
    cat = rules.category(category) if category else None
    period = cat.period if cat is not None and cat.level_rank == rank else None
    if period is None and rules.level_max_years[rank]:
        period = f"{rules.level_max_years[rank]}年"
    return Suggestion(
        level=rules.level_names[rank], level_rank=rank, category=category,
        confidence=confidence, evidence=evidence, period=period, needs_review=needs_review,
        review_reasons=reasons,
        kind=finding.kind if finding else None, publication=finding.publication if finding else None,
        kind_evidence=finding.kind_evidence if finding else (),
        publication_evidence=finding.publication_evidence if finding else (),
    )
