from __future__ import annotations

from datetime import date

import pytest

from marker.domain.periods import PeriodError, find_document_date, parse_period


@pytest.mark.parametrize(
    ("text", "canonical", "expiry"),
    [
        ("10年", "10年", date(2033, 5, 19)),
        ("6个月", "6个月", date(2023, 11, 19)),
        ("24个月", "2年", date(2025, 5, 19)),
        ("2027-06-30", "2027年6月30日", date(2027, 6, 30)),
        ("2027年6月30日", "2027年6月30日", date(2027, 6, 30)),
        ("长期", "长期", None),
        ("公布后", "公布后", None),
        ("会议结束后", "会议结束后", None),
    ],
)
def test_period_forms_parse_to_canonical_text_and_expiry(text, canonical, expiry):
    period = parse_period(text)
    assert str(period) == canonical
    assert period.expiry(date(2023, 5, 19)) == expiry


@pytest.mark.parametrize("text", ["", "十年", "0年", "2027-02-30", "forever", "12 weeks"])
def test_unparseable_periods_are_refused_with_a_message(text):
    with pytest.raises(PeriodError) as info:
        parse_period(text)
    assert "保密期限" in str(info.value) or "日期" in str(info.value)


def test_leap_day_plus_one_year_is_the_last_day_of_february():
    assert parse_period("1年").expiry(date(2024, 2, 29)) == date(2025, 2, 28)


def test_period_beyond_level_maximum_is_detected():
    start = date(2026, 1, 1)
    assert parse_period("11年").exceeds(10, start)
    assert not parse_period("10年").exceeds(10, start)
    assert parse_period("长期").exceeds(30, start)
    assert not parse_period("公布后").exceeds(10, start)


def test_document_date_is_the_last_date_near_the_end():
    text = "会议于2023年1月2日召开。" + "正文" * 300 + "\n某某公司\n2023年5月19日"
    assert find_document_date(text) == date(2023, 5, 19)


def test_document_date_in_chinese_numerals():
    assert find_document_date("正文。\n二〇二三年五月十九日") == date(2023, 5, 19)


def test_no_document_date_when_none_near_the_end():
    assert find_document_date("2020年1月1日 开始。" + "正文" * 400) is None
