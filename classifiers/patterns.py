"""Recognisers for things words cannot show: ID numbers, bank cards, passwords, money.

Each checks what a typo or a random number would fail (ID check digit and birth date, the
Luhn sum), so a phone number or an order number is not taken for personal data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])(\d{17}[\dXx])(?![0-9A-Za-z])")
_CARD_CANDIDATE = re.compile(r"(?<![\d-])((?:\d[ -]?){15,18}\d)(?![\d-])")
_CARD_CONTEXT = re.compile(r"(账号|帐号|卡号|银行|开户|账户|帐户|card)", re.IGNORECASE)
# The value must look like a password: on the same line, no Chinese (prose such as 密钥：一个密钥是…), not
# itself a key (`password:` followed by `student_id:` on the next line of an API description).
_CREDENTIAL = re.compile(
    r"(?:管理员密码|登录密码|初始密码|数据库密码|密码|口令|密钥|password|passwd|pwd|secret|api[_-]?key|token)"
    r"[ \t]*(?:为|是)?[ \t]*[:：=][ \t]*[\"']?([^\s\"'，。；;,:：（）()\u3000-\u9fff]{4,64})(?![:：\w])",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"(?:[¥￥]\s*\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s*(?:元|万元|亿元|万|美元|人民币))"
)
_PLACEHOLDER = re.compile(r"^[_＿*＊xX.…\-]+$")


@dataclass(frozen=True, slots=True)
class PatternHit:
    detector: str
    start: int
    end: int
    text: str


def valid_resident_id(number: str) -> bool:
    """GB 11643 check digit plus a plausible birth date."""
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    if _ID_CHECK[total % 11] != number[17].upper():
        return False
    try:
        born = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return 1900 <= born.year <= 2100


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def find_resident_ids(text: str) -> Iterator[PatternHit]:
    for match in _ID_CANDIDATE.finditer(text):
        if valid_resident_id(match.group(1)):
            yield PatternHit("cn_resident_id", match.start(1), match.end(1), match.group(1))


def find_bank_cards(text: str) -> Iterator[PatternHit]:
    """Card-like numbers that pass Luhn; a context word nearby is required for 16-digit runs,
    because many order and serial numbers are 16 digits."""
    for match in _CARD_CANDIDATE.finditer(text):
        digits = re.sub(r"[ -]", "", match.group(1))
        if not 16 <= len(digits) <= 19 or not luhn_ok(digits):
            continue
        if len(digits) == 18 and valid_resident_id(digits):
            continue
        context = text[max(0, match.start() - 20):match.start()]
        if _CARD_CONTEXT.search(context):
            yield PatternHit("bank_card", match.start(1), match.end(1), match.group(1))


# A hand-over list writes `* 密码 Legle@#23` without a colon: only a Chinese key, and only a value that looks
# like a password (6+ characters with a digit and a letter or symbol), so prose after 密码 never counts.
_CREDENTIAL_SPACED = re.compile(
    r"(?:管理员密码|登录密码|初始密码|数据库密码|密码|口令)[ \t]+"
    r"([^\s\"'，。；;,:：（）()\u3000-\u9fff]{6,64})(?![:：\w])")


def _password_like(value: str) -> bool:
    return bool(re.search(r"\d", value)) and bool(re.search(r"[A-Za-z!@#$%^&*_\-+.]", value))


def find_credentials(text: str) -> Iterator[PatternHit]:
    """`密码：xxxx` / `password=xxxx` assignments with a real value, not a blank to fill in."""
    for match in _CREDENTIAL.finditer(text):
        value = match.group(1)
        if _PLACEHOLDER.match(value) or value in ("******", "已修改", "见附件"):
            continue
        yield PatternHit("credential", match.start(), match.end(), match.group(0))
    for match in _CREDENTIAL_SPACED.finditer(text):
        if _password_like(match.group(1)) and not _PLACEHOLDER.match(match.group(1)):
            yield PatternHit("credential", match.start(), match.end(), match.group(0))


def find_money(text: str) -> Iterator[PatternHit]:
    for match in _MONEY.finditer(text):
        yield PatternHit("money", match.start(), match.end(), match.group(0))


DETECTOR_FUNCTIONS = {
    "cn_resident_id": find_resident_ids,
    "bank_card": find_bank_cards,
    "credential": find_credentials,
    "money": find_money,
}
