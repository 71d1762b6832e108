"""Return dates of out-of-office replies, English and Chinese, resolved against the send date."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.mailcorpus import dates as corpus_dates
from unghost.mail.dates import date_order_for, find_dates
from unghost.mail.ooo import find_return_date

SENT = date(2026, 9, 28)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will be back on Monday 12 October.", date(2026, 10, 12)),
        ("I am out of the office until 5 Jan with limited access to email.", date(2027, 1, 5)),
        ("Back in the office on October 14th.", date(2026, 10, 14)),
        ("I'm on leave, returning 2026-10-20.", date(2026, 10, 20)),
        ("I will be out of the office through Friday, October 2.", date(2026, 10, 3)),
        (
            "I'm out of office from 3 October to 10 October and will reply when I'm back.",
            date(2026, 10, 11),
        ),
        ("Please note I'm on holiday and back on Thursday.", date(2026, 10, 1)),
        ("Away today, back tomorrow.", date(2026, 9, 29)),
        ("我将于10月8日返回，期间回复可能不及时。", date(2026, 10, 8)),
        ("国庆假期（10月1日-7日）期间邮件不能及时回复，10月9日起恢复正常处理。", date(2026, 10, 9)),
        ("本人于9月29日至10月7日休假，返回后第一时间回复您。", date(2026, 10, 8)),
        ("本人休年假中，10月12日前无法回复邮件。", date(2026, 10, 12)),
        ("您好，我目前出差在外，２０２６年１０月１５日回到办公室。", date(2026, 10, 15)),
        ("春节假期期间暂停处理邮件，2月24日起恢复办公。", date(2027, 2, 24)),
        ("我下周三回来。", date(2026, 10, 7)),
    ],
)
def test_return_date_phrases(text: str, expected: date) -> None:
    assert find_return_date(text, SENT) == expected


def test_no_date_and_past_dates_give_none() -> None:
    assert find_return_date("I am out of the office with limited access to email.", SENT) is None
    assert find_return_date("I was away until 1 September.", SENT) is None
    assert find_return_date("节后回复您。", SENT) is None


def test_numeric_dates_follow_the_senders_locale() -> None:
    text = "I'm out of the office, returning 10/12."
    us = date_order_for("jane@acme.us", None, chinese=False)
    uk = date_order_for("jane@acme.co.uk", None, chinese=False)
    assert (us, uk) == ("mdy", "dmy")
    assert find_return_date(text, SENT, order=us) == date(2026, 10, 12)
    assert find_return_date(text, SENT, order=uk) == date(2026, 12, 10)
    # Unknown locale (.com): the reading nearest after the send date wins.
    assert find_return_date(text, SENT, order=None) == date(2026, 10, 12)
    assert find_return_date("back on 12/10", date(2026, 12, 1), order=None) == date(2026, 12, 10)
    assert date_order_for("a@acme.com", "en-GB", chinese=False) == "dmy"
    assert date_order_for("a@acme.com", "en-US", chinese=False) == "mdy"
    assert date_order_for("a@acme.com", "en-CA", chinese=False) is None
    assert date_order_for("a@acme.com", None, chinese=True) == "mdy"


def test_weekday_names_choose_the_right_year_for_yearless_dates() -> None:
    # 5 January 2027 is a Tuesday; written in December 2026 it means next year.
    assert find_return_date("back on Tuesday 5 January", date(2026, 12, 21)) == date(2027, 1, 5)
    found = find_dates("Monday 12 October", date(2026, 10, 1))
    assert [m.on for m in found] == [date(2026, 10, 12)]


def test_dates_inside_words_or_times_are_not_dates() -> None:
    assert find_dates("version 3.11.7 at 10:30", SENT) == []
    assert [m.kind for m in find_dates("call 021-12345678", SENT)] == []


@settings(max_examples=200, deadline=None)
@given(
    offset_days=st.integers(min_value=1, max_value=150),
    sent_offset=st.integers(min_value=0, max_value=700),
    country=st.sampled_from(["US", "GB", "DE", "AU", "SG", "FR"]),
    seed=st.integers(min_value=0, max_value=10_000),
    cue=st.sampled_from(
        ["I will be back on {}.", "I am out of the office until {}.", "Returning {}."]
    ),
)
def test_rendered_english_dates_round_trip(
    offset_days: int, sent_offset: int, country: str, seed: int, cue: str
) -> None:
    sent = date(2025, 1, 6) + timedelta(days=sent_offset)
    back = sent + timedelta(days=offset_days)
    written = corpus_dates.render_en(
        random.Random(seed), back, country, with_year=back.year != sent.year
    )
    order = "mdy" if country in corpus_dates.MONTH_FIRST else "dmy"
    assert find_return_date(cue.format(written), sent, order=order) == back


@settings(max_examples=200, deadline=None)
@given(
    offset_days=st.integers(min_value=1, max_value=150),
    sent_offset=st.integers(min_value=0, max_value=700),
    seed=st.integers(min_value=0, max_value=10_000),
    cue=st.sampled_from(
        ["我将于{}返回。", "{}回到办公室。", "{}前无法回复邮件。", "{}起恢复办公。"]
    ),
)
def test_rendered_chinese_dates_round_trip(
    offset_days: int, sent_offset: int, seed: int, cue: str
) -> None:
    sent = date(2025, 1, 6) + timedelta(days=sent_offset)
    back = sent + timedelta(days=offset_days)
    written = corpus_dates.render_zh(random.Random(seed), back)
    if back.year != sent.year and "年" not in written:
        written = f"{back.year}年{written}"
    assert find_return_date(cue.format(written), sent) == back


def test_a_day_said_alone_is_read_where_it_is_a_date() -> None:
    # "21号回来", "back on the 21st", "14-18 December": a day of the month without its month, or
    # with it only once; "3号楼" (a building), "5号线" (a metro line), "the 1st round" are none.
    sent = date(2026, 12, 7)
    assert [m.on for m in find_dates("21号回来后处理", sent)] == [date(2026, 12, 21)]
    assert [m.on for m in find_dates("back on the 3rd.", sent)] == [date(2027, 1, 3)]
    assert [m.on for m in find_dates("Monday the 21st", sent)] == [date(2026, 12, 21)]
    assert [m.on for m in find_dates("Away 14-18 December", sent)] == [
        date(2026, 12, 14),
        date(2026, 12, 18),
    ]
    for text in ("地址：3号楼5层", "地铁5号线", "第3号会议室", "for the 1st round"):
        assert find_dates(text, sent) == [], text
    assert [m.on for m in find_dates("Back in the office 25-Oct-2027.", sent)] == [
        date(2027, 10, 25)
    ]
