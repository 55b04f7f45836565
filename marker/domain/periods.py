"""Secrecy periods (保密期限): parsing what people write, printing the canonical form, expiry.

A period is N years, N months, a date, 长期, or a condition a person ends (公布后).
Only the first three have an expiry date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from marker.errors import UsageError

PeriodKind = Literal["years", "months", "date", "long_term", "condition"]

_DIGITS_ZH = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
_YEARS = re.compile(r"^(\d{1,3})\s*年$")
_MONTHS = re.compile(r"^(\d{1,3})\s*个?月$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ZH_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_CONDITION = re.compile(r"^[\u4e00-\u9fff]{1,20}[前后]$")
LONG_TERM = "长期"


class PeriodError(UsageError):
    reason_zh = "保密期限无法识别"


@dataclass(frozen=True, slots=True)
class Period:
    kind: PeriodKind
    count: int = 0
    until: date | None = None
    condition: str = ""

    def __str__(self) -> str:
        match self.kind:
            case "years":
                return f"{self.count}年"
            case "months":
                return f"{self.count}个月"
            case "date":
                assert self.until is not None
                return format_date_zh(self.until)
            case "long_term":
                return LONG_TERM
            case _:
                return self.condition

    @property
    def has_date(self) -> bool:
        return self.kind in ("years", "months", "date")

    def expiry(self, start: date) -> date | None:
        """The day the level lapses, or None for 长期 and conditions (a person ends those)."""
        match self.kind:
            case "years":
                return add_months(start, 12 * self.count)
            case "months":
                return add_months(start, self.count)
            case "date":
                return self.until
            case _:
                return None

    def exceeds(self, max_years: int, start: date) -> bool:
        """True when this period outlasts `max_years` counted from `start`."""
        if self.kind == "long_term":
            return True
        if self.kind == "condition":
            return False
        end = self.expiry(start)
        assert end is not None
        return end > add_months(start, 12 * max_years)


def add_months(start: date, months: int) -> date:
    """Calendar arithmetic: 2024-02-29 + 12 months is 2025-02-28."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def format_date_zh(value: date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def years(count: int) -> Period:
    return Period("years", count=count)


def parse_period(text: str) -> Period:
    """Parse `10年`, `6个月`, `2027-06-30`, `2027年6月30日`, `长期`, or a condition like `公布后`."""
    raw = text.strip()
    if not raw:
        raise PeriodError("保密期限为空 (empty secrecy period)")
    if raw == LONG_TERM:
        return Period("long_term")
    if match := _YEARS.match(raw):
        count = int(match.group(1))
        if count <= 0:
            raise PeriodError(f"保密期限必须大于零: {raw!r}")
        return Period("years", count=count)
    if match := _MONTHS.match(raw):
        count = int(match.group(1))
        if count <= 0:
            raise PeriodError(f"保密期限必须大于零: {raw!r}")
        if count % 12 == 0:
            return Period("years", count=count // 12)
        return Period("months", count=count)
    if match := (_ISO_DATE.match(raw) or _ZH_DATE.match(raw)):
        try:
            until = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError as exc:
            raise PeriodError(f"日期无效 (invalid date): {raw!r}") from exc
        return Period("date", until=until)
    if _CONDITION.match(raw):
        return Period("condition", condition=raw)
    raise PeriodError(
        f"无法识别的保密期限 {raw!r}; use N年, N个月, 2027-06-30, 2027年6月30日, 长期 or a condition "
        "such as 公布后"
    )


_ZH_DATE_ANY = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ZH_NUMERAL_DATE = re.compile(
    r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def _zh_number(text: str) -> int:
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGITS_ZH.get(tens, 1) if tens else 1) * 10 + (_DIGITS_ZH.get(ones, 0) if ones else 0)
    return int("".join(str(_DIGITS_ZH[ch]) for ch in text))


def find_dates(text: str) -> list[tuple[int, date]]:
    """Every valid date in `text` written as 2023年5月19日 or 二〇二三年五月十九日, with its offset."""
    found: list[tuple[int, date]] = []
    for match in _ZH_DATE_ANY.finditer(text):
        try:
            found.append((match.start(), date(*(int(g) for g in match.groups()))))
        except ValueError:
            continue
    for match in _ZH_NUMERAL_DATE.finditer(text):
        try:
            found.append((match.start(), date(*(_zh_number(g) for g in match.groups()))))
        except (ValueError, KeyError):
            continue
    found.sort()
    return found


def find_document_date(text: str, *, tail_chars: int = 400) -> date | None:
    """The 成文日期: the last date in the closing part of the text, where a signature block puts it."""
    tail = text[-tail_chars:]
    dates = find_dates(tail)
    return dates[-1][1] if dates else None
