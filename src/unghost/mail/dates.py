"""Finds dates written in mail text (English and Chinese) and resolves them against the send date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from unghost.mail.domains import registrable_domain
from unghost.mail.lexicon import load_table

_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_ZH_WEEK = r"(?:周|星期|礼拜)"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in text: where it is, the day it means, and how it was written."""

    start: int
    end: int
    on: date
    kind: str  # "date" (day and month written), "numeric", "weekday" or "relative"


@dataclass(frozen=True, slots=True)
class _Grammar:
    iso: re.Pattern[str]
    zh_full: re.Pattern[str]
    zh_day_range: re.Pattern[str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    day_before: re.Pattern[str]
    zh_day: re.Pattern[str]
    ordinal: re.Pattern[str]
    numeric: re.Pattern[str]
    weekday_en: re.Pattern[str]
    weekday_zh: re.Pattern[str]
    relative: re.Pattern[str]
    months: dict[str, int]
    weekdays: dict[str, int]


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


@cache
def _grammar() -> _Grammar:
    table = load_table("mail_dates")
    months = {w: i + 1 for i, names in enumerate(table["months"]["value"]) for w in names}
    weekdays = {w: i for i, names in enumerate(table["weekdays"]["en"]) for w in names}
    zh_days = "|".join(table["weekdays"]["zh"])
    month = rf"(?P<month>{_alternation(list(months))})\.?"
    weekday = rf"(?:(?P<wd>{_alternation(list(weekdays))})\.?,?\s+(?:the\s+)?)?"
    year = r"(?:,?(?:\s+|-)(?P<year>\d{4}))?"
    flags = re.IGNORECASE
    return _Grammar(
        iso=re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
        zh_full=re.compile(
            r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]?"
            r"(?:\s*[(（]?\s*" + _ZH_WEEK + rf"(?:{zh_days})\s*[)）]?)?"
        ),
        zh_day_range=re.compile(r"\s*[-–—~～至到]\s*(?P<day>\d{1,2})\s*[日号]"),
        day_month=re.compile(
            rf"\b{weekday}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-){month}(?![a-z]){year}",
            flags,
        ),
        month_day=re.compile(
            rf"\b{weekday}{month}\s+(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{year}", flags
        ),
        # "14-18 December": the first day of a range written with the month once
        day_before=re.compile(r"(?<![\d/.:-])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*[-–—]\s*$"),
        # "21号回来": a day of the month said alone (not 3号楼, 5号线: a building, a line)
        zh_day=re.compile(
            r"(?<![\d月号/.:-])(?P<day>[1-9]|[12]\d|3[01])\s*[日号]"
            r"(?![楼线门厅馆院室口路街厂站位码机床车房座层栋单元会期]|\s*[-–—~～至到]\s*\d)"
        ),
        # "back on the 21st", "Monday the 21st": a day of this month or the next, at a clause's end
        ordinal=re.compile(
            rf"\b{weekday}the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[.,;:!?)]|$|\s(?:and|to|until|till|at|when|then|as|or|if|-|–)\b))",
            flags,
        ),
        numeric=re.compile(
            r"(?<![\d./:-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
            r"(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?P=sep)?(?![\d/:]|\.\d)"
        ),
        weekday_en=re.compile(
            rf"\b(?:(?P<which>next|this|coming)\s+)?(?P<wd>{_alternation(list(weekdays))})\b\.?",
            flags,
        ),
        weekday_zh=re.compile(rf"(?P<which>下个?|本|这个?)?{_ZH_WEEK}(?P<wd>{zh_days})"),
        relative=re.compile(
            r"\b(?P<en>day after tomorrow|tomorrow|next week)\b|(?P<zh>大后天|后天|明天|明日|下周(?![一二三四五六日天]))",
            flags,
        ),
        months=months,
        weekdays=weekdays,
    )


def _translate(text: str) -> str:
    """Full-width digits and punctuation as ASCII; same length, so positions stay valid."""
    return text.translate(_FULL_WIDTH)


def date_order_for(sender: str | None, content_language: str | None, chinese: bool) -> str | None:
    """ "mdy", "dmy", or None (unknown) for bare numeric dates such as 10/12."""
    table = load_table("mail_dates")["date_order"]
    if content_language:
        region = content_language.replace("_", "-").split(",")[0].strip().split("-")
        if len(region) > 1 and region[-1].isalpha() and len(region[-1]) == 2:
            code = region[-1].upper()
            if code in table["ambiguous_regions"]:
                return None
            return "mdy" if code in table["month_first_regions"] else "dmy"
        if region[0].lower() == "zh":
            return "mdy"
    if sender:
        tld = registrable_domain(sender.rpartition("@")[2]).rsplit(".", 1)[-1]
        if tld in table["month_first_tlds"]:
            return "mdy"
        if tld in table["day_first_tlds"]:
            return "dmy"
    return "mdy" if chinese else None


def _yearless(month: int, day: int, sent: date, weekday: int | None = None) -> date | None:
    tolerance = load_table("mail_dates")["yearless"]["past_tolerance_days"]
    options = []
    for year in (sent.year, sent.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:
        matching = [
            d for d in options if d.weekday() == weekday and d >= sent - timedelta(days=tolerance)
        ]
        if matching:
            return matching[0]
    ahead = load_table("mail_dates")["yearless"]["max_ahead_without_year_days"]
    future = [d for d in options if d >= sent - timedelta(days=tolerance)]
    if not future or future[0] > sent + timedelta(days=ahead):
        return None
    return future[0]


def _dated(
    year: str | None, month: int, day: int, sent: date, weekday: int | None = None
) -> date | None:
    if year:
        full = int(year) + (2000 if len(year) == 2 else 0)
        try:
            return date(full, month, day)
        except ValueError:
            return None
    return _yearless(month, day, sent, weekday)


def _day_of_month(day: int, sent: date, weekday: int | None) -> date | None:
    """The next `day` of a month on or after `sent` (this month or the next two), on `weekday`
    when one is named."""
    options = []
    for ahead in range(3):
        month = (sent.month - 1 + ahead) % 12 + 1
        year = sent.year + (sent.month - 1 + ahead) // 12
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    future = [d for d in options if d >= sent]
    if weekday is not None:
        future = [d for d in future if d.weekday() == weekday]
    return future[0] if future else None


def next_weekday(after: date, weekday: int) -> date:
    """The first `weekday` strictly after `after` (Monday is 0)."""
    return after + timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def _numeric(a: int, b: int, year: str | None, sent: date, order: str | None) -> date | None:
    readings = {"mdy": (a, b), "dmy": (b, a)}
    if order in readings:
        month, day = readings[order]
        return _dated(year, month, day, sent)
    found = [d for d in (_dated(year, m, d, sent) for m, d in readings.values()) if d is not None]
    tolerance = load_table("mail_dates")["yearless"]["past_tolerance_days"]
    future = [d for d in found if d >= sent - timedelta(days=tolerance)]
    return min(future, key=lambda d: abs((d - sent).days)) if future else None


def _explicit(text: str, sent: date, order: str | None, g: _Grammar) -> list[DateMention]:
    found: list[DateMention] = []
    for m in g.iso.finditer(text):
        on = _dated(m["year"], int(m["month"]), int(m["day"]), sent)
        if on:
            found.append(DateMention(m.start(), m.end(), on, "date"))
    for m in g.zh_full.finditer(text):
        on = _dated(m["year"], int(m["month"]), int(m["day"]), sent)
        if on:
            found.append(DateMention(m.start(), m.end(), on, "date"))
            tail = g.zh_day_range.match(text, m.end())
            if tail:
                end = _dated(m["year"], int(m["month"]), int(tail["day"]), sent)
                if end:
                    found.append(DateMention(tail.start("day"), tail.end(), end, "date"))
    for pattern in (g.day_month, g.month_day):
        for m in pattern.finditer(text):
            wd = g.weekdays.get(m["wd"].lower()) if m["wd"] else None
            on = _dated(m["year"], g.months[m["month"].lower()], int(m["day"]), sent, wd)
            if on:
                found.append(DateMention(m.start(), m.end(), on, "date"))
            first = g.day_before.search(text, max(0, m.start() - 8), m.start())
            if on and pattern is g.day_month and first:
                start = _dated(m["year"], on.month, int(first["day"]), sent)
                if start and start <= on:
                    found.append(DateMention(first.start(), first.end("day"), start, "date"))
    for m in g.zh_day.finditer(text):
        on = _day_of_month(int(m["day"]), sent, None)
        if on:
            found.append(DateMention(m.start(), m.end(), on, "date"))
    for m in g.ordinal.finditer(text):
        wd = g.weekdays.get(m["wd"].lower()) if m["wd"] else None
        on = _day_of_month(int(m["day"]), sent, wd)
        if on:
            found.append(DateMention(m.start(), m.end(), on, "date"))
    for m in g.numeric.finditer(text):
        on = _numeric(int(m["a"]), int(m["b"]), m["year"], sent, order)
        if on:
            found.append(DateMention(m.start(), m.end(), on, "numeric"))
    return found


def _relative(text: str, sent: date, g: _Grammar) -> list[DateMention]:
    found: list[DateMention] = []
    monday = sent - timedelta(days=sent.weekday())
    for m in g.weekday_en.finditer(text):
        wd = g.weekdays[m["wd"].lower()]
        which = (m["which"] or "").lower()
        on = monday + timedelta(days=wd) if which == "this" else next_weekday(sent, wd)
        if which == "this" and on < sent:
            on = next_weekday(sent, wd)
        found.append(DateMention(m.start(), m.end(), on, "weekday"))
    for m in g.weekday_zh.finditer(text):
        wd = 6 if m["wd"] in ("日", "天") else "一二三四五六".index(m["wd"])
        which = m["which"] or ""
        if which.startswith("下"):
            on = monday + timedelta(days=7 + wd)
        elif which:
            on = monday + timedelta(days=wd)
        else:
            on = next_weekday(sent, wd)
        found.append(DateMention(m.start(), m.end(), on, "weekday"))
    for m in g.relative.finditer(text):
        word = (m["en"] or m["zh"]).lower()
        offset = {
            "tomorrow": 1,
            "明天": 1,
            "明日": 1,
            "day after tomorrow": 2,
            "后天": 2,
            "大后天": 3,
        }
        on = sent + timedelta(days=offset[word]) if word in offset else monday + timedelta(days=7)
        found.append(DateMention(m.start(), m.end(), on, "relative"))
    return found


def find_dates(text: str, sent: date, *, order: str | None = None) -> list[DateMention]:
    """Every date mentioned in `text`, in order; overlapping readings keep the longest."""
    g = _grammar()
    clean = _translate(text)
    mentions = _explicit(clean, sent, order, g) + _relative(clean, sent, g)
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
