"""Dates of the corpus: when a message was sent, and return or decision dates written in words."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WEEKDAYS_ZH = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
UTC_OFFSET_H = {"US": -5, "CA": -5, "GB": 0, "IE": 0, "DE": 1, "FR": 1, "AU": 10, "SG": 8, "CN": 8}
MONTH_FIRST = {"US", "CA", "CN"}


def sent_at(
    rng: random.Random, country: str, *, weekdays: tuple[int, ...] = (0, 1, 2, 3)
) -> datetime:
    """A sending time on one of `weekdays`, between 2025-01 and 2027-06, in the country's zone."""
    while True:
        day = date(2025, 1, 6) + timedelta(days=rng.randrange(0, 900))
        if day.weekday() in weekdays:
            break
    zone = timezone(timedelta(hours=UTC_OFFSET_H[country]))
    return datetime.combine(day, time(rng.randrange(8, 19), rng.choice((0, 15, 30, 45))), zone)


def next_weekday(after: date, weekday: int) -> date:
    """The first `weekday` strictly after `after` (Monday is 0)."""
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def resolve(kind: str, sent: date, explicit: date | None = None) -> date | None:
    """The date a decision phrase of `kind` (see texts_en.WHEN_EN) means when sent on `sent`."""
    if kind == "none":
        return None
    if kind == "explicit":
        return explicit
    name, _, arg = kind.partition(":")
    monday = sent - timedelta(days=sent.weekday())
    if name == "next-weekday":
        return next_weekday(sent, int(arg))
    if name == "weekday-next-week":
        return monday + timedelta(days=7 + int(arg))
    if name == "end-of-next-week":
        return monday + timedelta(days=11)
    if name == "days":
        return sent + timedelta(days=int(arg))
    raise ValueError(kind)


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def render_en(rng: random.Random, day: date, country: str, *, with_year: bool | None = None) -> str:
    """`day` written as an English sender from `country` would write it."""
    year = rng.random() < 0.3 if with_year is None else with_year
    month, weekday = MONTHS_EN[day.month - 1], WEEKDAYS_EN[day.weekday()]
    us = country in MONTH_FIRST
    choices = [
        f"{weekday}, {month} {day.day}" if us else f"{weekday} {day.day} {month}",
        f"{month} {_ordinal(day.day)}" if us else f"{day.day} {month}",
        f"{month[:3]} {day.day}" if us else f"{day.day} {month[:3]}",
        f"{day.month}/{day.day}" if us else f"{day.day}/{day.month}",
    ]
    if country == "DE":
        choices.append(f"{day.day}.{day.month}.")
    text = rng.choice(choices)
    if year:
        if "/" in text:
            text += f"/{day.year}"
        elif text.endswith("."):
            text += str(day.year)
        else:
            text += f", {day.year}" if us else f" {day.year}"
    if rng.random() < 0.1:
        text = day.isoformat()
    return text


def render_zh(rng: random.Random, day: date) -> str:
    """`day` written the Chinese way (yearless most of the time)."""
    choices = [
        f"{day.month}月{day.day}日",
        f"{day.month}月{day.day}日（{WEEKDAYS_ZH[day.weekday()]}）",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.month}月{day.day}号",
    ]
    return rng.choice(choices)
