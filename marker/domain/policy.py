"""The secrecy policy: levels, categories, approver roles, mark scheme; loaded from TOML.

Validation collects every problem with its key path, so `miji policy check` can report all of
them at once instead of stopping at the first.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from marker.domain.periods import Period, PeriodError, parse_period
from marker.errors import PolicyError

DEFAULT_POLICY_NAME = "default_policy.toml"
SCHEMES = ("enterprise", "state")
SECRET_KINDS = ("commercial", "state")
DETECTORS = ("cn_resident_id", "bank_card", "credential", "money")

_TOP_KEYS = {"name", "owner", "secrets", "scheme", "levels", "roles", "officer_role", "auto_apply", "limits",
             "categories", "cues"}
_LEVEL_KEYS = {"name", "max_years", "approver_role", "long_term", "electronic_copies", "delegates"}
_CATEGORY_KEYS = {"label", "level", "period", "terms", "patterns", "detectors", "table_figures"}
_AUTO_KEYS = {"min_confidence", "max_level"}
_LIMIT_KEYS = {"max_copies", "credential_retention_years"}
_CUE_KEYS = {"public_phrases", "public_titles", "government_issuers", "government_notice_phrases",
             "rule_titles"}


@dataclass(frozen=True, slots=True)
class LevelRule:
    name: str
    rank: int
    max_years: int
    approver_role: str
    long_term: bool
    electronic_copies: bool
    delegates: tuple[str, ...]

    @property
    def needs_approval(self) -> bool:
        return bool(self.approver_role)


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    label: str
    level: str
    period: Period | None
    terms: tuple[str, ...]
    patterns: tuple[str, ...]
    detectors: tuple[str, ...]
    table_figures: bool


@dataclass(frozen=True, slots=True)
class Cues:
    public_phrases: tuple[str, ...] = ()
    public_titles: tuple[str, ...] = ()
    government_issuers: tuple[str, ...] = ()
    government_notice_phrases: tuple[str, ...] = ()
    rule_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    name: str
    owner: str
    secrets: str
    scheme: str
    levels: tuple[LevelRule, ...]
    roles: tuple[tuple[str, int], ...]
    categories: tuple[Category, ...]
    cues: Cues
    auto_min_confidence: float
    auto_max_level: str
    max_copies: int
    credential_retention_years: int
    source: str = field(default="(built-in)")
    officer_role: str = "保密管理员"

    def level(self, name: str) -> LevelRule:
        for rule in self.levels:
            if rule.name == name:
                return rule
        names = "、".join(rule.name for rule in self.levels)
        raise PolicyError(f"密级 {name!r} 不在策略中 (level not in policy; known: {names})")

    def rank(self, name: str) -> int:
        return self.level(name).rank

    def medium(self, name: str) -> str:
        """"electronic", or "paper" where the level never travels by computer (绝密 by default)."""
        return "electronic" if self.level(name).electronic_copies else "paper"

    def level_by_rank(self, rank: int) -> LevelRule:
        return self.levels[rank]

    def category(self, name: str) -> Category | None:
        return next((cat for cat in self.categories if cat.name == name), None)

    def role_covers(self, role: str, level_name: str) -> bool:
        """Whether a person with `role` may approve reproduction of a `level_name` document."""
        rule = self.level(level_name)
        if not rule.needs_approval:
            return True
        ranks = dict(self.roles)
        if role not in ranks or rule.approver_role not in ranks:
            return False
        return ranks[role] >= ranks[rule.approver_role]

    def default_period(self, level_name: str, category: str | None) -> Period | None:
        """The category's suggested period, else the level's legal maximum, else none (内部/公开)."""
        cat = self.category(category) if category else None
        if cat is not None and cat.period is not None and cat.level == level_name:
            return cat.period
        rule = self.level(level_name)
        return Period("years", count=rule.max_years) if rule.max_years else None


def _problem(problems: list[str], key: str, message: str) -> None:
    problems.append(f"{key}: {message}")


def _strings(value: Any, key: str, problems: list[str], *, allow_empty: bool = True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        _problem(problems, key, "应为字符串列表 (must be a list of strings)")
        return ()
    if not allow_empty and not value:
        _problem(problems, key, "列表为空 (empty list)")
    return tuple(value)


def _unknown(table: Mapping[str, Any], known: set[str], prefix: str, problems: list[str]) -> None:
    for key in table:
        if key not in known:
            _problem(problems, f"{prefix}{key}", "未知的键 (unknown key)")


def _parse_levels(raw: Any, problems: list[str]) -> tuple[LevelRule, ...]:
    if not isinstance(raw, list) or not raw:
        _problem(problems, "levels", "至少需要一个密级 (at least one level is required)")
        return ()
    levels: list[LevelRule] = []
    for index, item in enumerate(raw):
        key = f"levels[{index}]"
        if not isinstance(item, dict):
            _problem(problems, key, "应为表 (must be a table)")
            continue
        _unknown(item, _LEVEL_KEYS, f"{key}.", problems)
        name = item.get("name")
        if not isinstance(name, str) or not name:
            _problem(problems, f"{key}.name", "缺少密级名称 (missing level name)")
            continue
        max_years = item.get("max_years", 0)
        if not isinstance(max_years, int) or max_years < 0:
            _problem(problems, f"{key}.max_years", "应为非负整数 (must be a non-negative integer)")
            max_years = 0
        approver = item.get("approver_role", "")
        if not isinstance(approver, str):
            _problem(problems, f"{key}.approver_role", "应为字符串 (must be a string)")
            approver = ""
        delegates = _strings(item.get("delegates", []), f"{key}.delegates", problems)
        levels.append(LevelRule(
            name=name, rank=len(levels), max_years=max_years, approver_role=approver,
            long_term=bool(item.get("long_term", False)),
            electronic_copies=bool(item.get("electronic_copies", True)), delegates=delegates,
        ))
    names = [rule.name for rule in levels]
    for name in {n for n in names if names.count(n) > 1}:
        _problem(problems, "levels", f"密级重复 (duplicate level) {name!r}")
    return tuple(levels)


def _parse_categories(
    raw: Any, level_names: set[str], problems: list[str]
) -> tuple[Category, ...]:
    if not isinstance(raw, dict) or not raw:
        _problem(problems, "categories", "至少需要一个类别 (at least one category is required)")
        return ()
    categories: list[Category] = []
    for name, item in raw.items():
        key = f"categories.{name}"
        if not isinstance(item, dict):
            _problem(problems, key, "应为表 (must be a table)")
            continue
        _unknown(item, _CATEGORY_KEYS, f"{key}.", problems)
        level = item.get("level")
        if level not in level_names:
            _problem(problems, f"{key}.level", f"密级 {level!r} 不存在 (level does not exist)")
        period: Period | None = None
        if "period" in item:
            try:
                period = parse_period(str(item["period"]))
            except PeriodError as exc:
                _problem(problems, f"{key}.period", exc.message)
        terms = _strings(item.get("terms", []), f"{key}.terms", problems, allow_empty=False)
        patterns = _strings(item.get("patterns", []), f"{key}.patterns", problems)
        for index, pattern in enumerate(patterns):
            try:
                re.compile(pattern)
            except re.error as exc:
                _problem(problems, f"{key}.patterns[{index}]", f"正则表达式无效 (bad regex): {exc}")
        detectors = _strings(item.get("detectors", []), f"{key}.detectors", problems)
        for detector in detectors:
            if detector not in DETECTORS:
                _problem(problems, f"{key}.detectors", f"未知识别器 (unknown detector) {detector!r}")
        categories.append(Category(
            name=name, label=str(item.get("label", name)), level=str(level), period=period,
            terms=terms, patterns=patterns, detectors=detectors,
            table_figures=bool(item.get("table_figures", False)),
        ))
    return tuple(categories)


def policy_from_mapping(data: Mapping[str, Any], *, source: str = "(built-in)") -> Policy:
    """Validate a parsed TOML mapping; raise PolicyError listing every problem by key path."""
    problems: list[str] = []
    _unknown(data, _TOP_KEYS, "", problems)
    levels = _parse_levels(data.get("levels"), problems)
    level_names = {rule.name for rule in levels}

    roles_raw = data.get("roles", {})
    roles: dict[str, int] = {}
    if not isinstance(roles_raw, dict) or not all(isinstance(v, int) for v in roles_raw.values()):
        _problem(problems, "roles", "应为 角色 = 等级数字 (must map role names to integer ranks)")
    else:
        roles = dict(roles_raw)
    officer_role = data.get("officer_role", "保密管理员")
    if not isinstance(officer_role, str) or (roles and officer_role not in roles):
        _problem(problems, "officer_role", f"保密管理员角色 {officer_role!r} 不在 roles 中 (role not defined)")
    for rule in levels:
        if rule.approver_role and rule.approver_role not in roles:
            _problem(problems, f"levels[{rule.rank}].approver_role",
                     f"角色 {rule.approver_role!r} 不在 roles 中 (role not defined)")

    scheme = data.get("scheme", "enterprise")
    if scheme not in SCHEMES:
        _problem(problems, "scheme", f"应为 {' 或 '.join(SCHEMES)} (unknown scheme {scheme!r})")
    secrets = data.get("secrets", "commercial")
    if secrets not in SECRET_KINDS:
        _problem(problems, "secrets", f"应为 {' 或 '.join(SECRET_KINDS)} (unknown kind {secrets!r})")
    if secrets == "commercial" and scheme == "state":
        _problem(problems, "scheme",
                 "商业秘密不得使用★标志 (the ★ state scheme is not allowed on commercial secrets)")
    owner = data.get("owner", "")
    if scheme == "enterprise" and (not isinstance(owner, str) or not owner.strip()):
        _problem(problems, "owner", "企业标志需要权属单位名称 (enterprise marks need an owner name)")

    categories = _parse_categories(data.get("categories"), level_names, problems)

    cues_raw = data.get("cues", {})
    cues = Cues()
    if not isinstance(cues_raw, dict):
        _problem(problems, "cues", "应为表 (must be a table)")
    else:
        _unknown(cues_raw, _CUE_KEYS, "cues.", problems)
        cues = Cues(**{k: _strings(v, f"cues.{k}", problems) for k, v in cues_raw.items()
                       if k in _CUE_KEYS})

    auto = data.get("auto_apply", {})
    limits = data.get("limits", {})
    min_conf, max_level, max_copies, retention = 1.0, "", 500, 2
    if isinstance(auto, dict):
        _unknown(auto, _AUTO_KEYS, "auto_apply.", problems)
        min_conf = auto.get("min_confidence", 1.0)
        if not isinstance(min_conf, int | float) or not 0 <= min_conf <= 1:
            _problem(problems, "auto_apply.min_confidence", "应在 0 与 1 之间 (must be in 0..1)")
            min_conf = 1.0
        max_level = auto.get("max_level", "")
        if max_level and max_level not in level_names:
            _problem(problems, "auto_apply.max_level", f"密级 {max_level!r} 不存在 (level does not exist)")
    if isinstance(limits, dict):
        _unknown(limits, _LIMIT_KEYS, "limits.", problems)
        max_copies = limits.get("max_copies", 500)
        retention = limits.get("credential_retention_years", 2)
        if not isinstance(max_copies, int) or max_copies < 1:
            _problem(problems, "limits.max_copies", "应为正整数 (must be a positive integer)")
            max_copies = 500
        if not isinstance(retention, int) or retention < 0:
            _problem(problems, "limits.credential_retention_years", "应为非负整数")
            retention = 2

    name = data.get("name", "")
    if not isinstance(name, str) or not name:
        _problem(problems, "name", "缺少策略名称 (missing policy name)")

    if problems:
        raise PolicyError(
            f"保密策略无效，{len(problems)} 个问题 (invalid policy): " + "; ".join(problems),
            path=None if source == "(built-in)" else source, problems=tuple(problems),
        )
    return Policy(
        name=str(name), owner=str(owner), secrets=str(secrets), scheme=str(scheme), levels=levels,
        roles=tuple(roles.items()), categories=categories, cues=cues, auto_min_confidence=float(min_conf),
        auto_max_level=str(max_level), max_copies=int(max_copies),
        credential_retention_years=int(retention), source=source, officer_role=str(officer_role),
    )


def default_policy_text() -> str:
    return resources.files("marker.domain").joinpath(DEFAULT_POLICY_NAME).read_text(encoding="utf-8")


@cache
def default_policy() -> Policy:
    return policy_from_mapping(tomllib.loads(default_policy_text()))


def load_policy(path: Path | str | None) -> Policy:
    """The policy in `path`, or the built-in default when `path` is None."""
    if path is None:
        return default_policy()
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise PolicyError("策略文件不存在 (policy file not found)", path=path) from exc
    except OSError as exc:
        raise PolicyError(f"无法读取策略文件 (cannot read policy): {exc.strerror}", path=path) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise PolicyError("策略文件不是 UTF-8 (policy is not UTF-8)", path=path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise PolicyError(f"TOML 语法错误 (syntax error): {exc}", path=path) from exc
    return policy_from_mapping(data, source=str(path))
