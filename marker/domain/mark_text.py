"""The visible mark line: writing it in the policy's scheme and recognising one in a document.

State scheme: 机密★10年 / 机密★2027年6月30日 / 绝密★长期. Enterprise scheme (commercial secrets,
no ★): 某某公司 机密 10年.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

KNOWN_LEVEL_WORDS = ("绝密", "机密", "秘密", "核心商密", "普通商密", "内部", "公开")
_LEVELS = "|".join(KNOWN_LEVEL_WORDS)
_PERIOD = r"(?:\d{1,3}\s*年|\d{1,3}\s*个月|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|长期|[\u4e00-\u9fff]{1,12}[前后])"
_STATE_MARK = re.compile(rf"^\s*({_LEVELS})\s*★\s*({_PERIOD})?\s*$")
_ENTERPRISE_MARK = re.compile(rf"^\s*(?:(\S{{2,30}}?)\s+)?({_LEVELS})(?:\s+({_PERIOD}))?\s*$")
_COPY_NUMBER = re.compile(r"^\s*(?:份号[:：]?\s*)?(\d{6})\s*$")
MARK_LINES = 6


@dataclass(frozen=True, slots=True)
class VisibleMark:
    level: str
    period: str | None
    copy_number: str | None
    scheme: str
    owner: str | None = None


def format_mark(*, scheme: str, owner: str, level: str, period: str | None) -> str:
    """The mark line for the first page, e.g. `某某公司 机密 10年` or `机密★10年`."""
    if scheme == "state":
        return f"{level}★{period}" if period else level
    return " ".join(part for part in (owner, level, period) if part)


def recognise_mark(lines: list[str]) -> VisibleMark | None:
    """A mark in the first lines of a document, with the 份号 above it when there is one."""
    copy_number: str | None = None
    for raw in lines[:MARK_LINES]:
        line = raw.strip()
        if not line:
            continue
        if number := _COPY_NUMBER.match(line):
            copy_number = number.group(1)
            continue
        if state := _STATE_MARK.match(line):
            period = state.group(2)
            return VisibleMark(state.group(1), _tidy(period), copy_number, "state")
        if (enterprise := _ENTERPRISE_MARK.match(line)) and enterprise.group(2) not in ("内部", "公开"):
            return VisibleMark(enterprise.group(2), _tidy(enterprise.group(3)), copy_number,
                               "enterprise", owner=enterprise.group(1))
    return None


def _tidy(period: str | None) -> str | None:
    return re.sub(r"\s+", "", period) if period else None
