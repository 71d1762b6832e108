"""Every sentence the diagnosis shows, in one table per language (English and Chinese)."""

from __future__ import annotations

from datetime import date
from string import Formatter
from typing import Any, NamedTuple

from unghost.domain.languages import LANGUAGES as LANGUAGES
from unghost.domain.languages import find_language as find_language
from unghost.domain.sentences import EN, ZH

__all__ = ["EN", "LANGUAGES", "ZH", "Phrase", "Span", "Words", "phrase", "render", "say"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_TABLES = {"en": EN, "zh": ZH}
assert tuple(_TABLES) == LANGUAGES  # a language is named where its sentences are
_UNITS = {
    "en": {
        "bd": ("{n} business day", "{n} business days"),
        "days": ("{n} day", "{n} days"),
        "times": ("once", "{n} times"),
    },
    "zh": {
        "bd": ("{n}个工作日", "{n}个工作日"),
        "days": ("{n}天", "{n}天"),
        "times": ("一次", "{n}次"),
    },
}


_COUNTED: dict[tuple[str, str], tuple[str, ...]] = {}


def say(key: str, /, language: str = "en", **values: Any) -> str:
    """The sentence `key` in `language` with its blanks filled.

    Counted blanks take a number and are spelt here: `bd=3` gives "3 business days".
    """
    template = _TABLES.get(language, EN)[key]
    counted = _COUNTED.get((language, key))
    if counted is None:
        fields = {field for _, field, _, _ in Formatter().parse(template) if field}
        units = _UNITS.get(language, _UNITS["en"])
        counted = _COUNTED[(language, key)] = tuple(f for f in fields if f in units)
    if counted:
        units = _UNITS.get(language, _UNITS["en"])
        for name in counted:
            count = values[name]
            if isinstance(count, int):
                one, many = units[name]
                values[name] = (one if count == 1 else many).format(n=count)
    return template.format(**values)


def format_day(day: date, reference_year: int, language: str = "en") -> str:
    """`10 Nov`, or `10 Nov 2025` when the year is not the reference year (`10月1日`)."""
    if language == "zh":
        text = f"{day.month}月{day.day}日"
        return text if day.year == reference_year else f"{day.year}年{text}"
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == reference_year else f"{text} {day.year}"


def format_span(start: date, end: date, reference_year: int, language: str = "en") -> str:
    """`1–7 Oct`, `29 Apr–6 May`, `20 Dec 2025–3 Jan 2026`; `10月1日至7日` in Chinese."""
    if start == end:
        return format_day(start, reference_year, language)
    if language == "zh":
        return _format_span_zh(start, end, reference_year)
    if start.year != end.year:
        return f"{format_day(start, -1)}–{format_day(end, -1)}"
    year = "" if start.year == reference_year else f" {start.year}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]}{year}"
    return f"{start.day} {_MONTHS[start.month - 1]}–{end.day} {_MONTHS[end.month - 1]}{year}"


def _format_span_zh(start: date, end: date, reference_year: int) -> str:
    if start.year != end.year:
        return f"{format_day(start, -1, 'zh')}至{format_day(end, -1, 'zh')}"
    first = format_day(start, reference_year, "zh")
    if start.month == end.month:
        return f"{first}至{end.day}日"
    return f"{first}至{end.month}月{end.day}日"


def format_names(names: tuple[str, ...], language: str = "en") -> str:
    """`National Day and Mid-Autumn Festival`; `国庆节、端午节和中秋节` in Chinese."""
    if len(names) == 1:
        return names[0]
    if language == "zh":
        return "、".join(names[:-1]) + "和" + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalise(text: str) -> str:
    """The sentence with its first letter in upper case, unless it opens with an address or a
    link, which is written as it is (talent@acme.example, not Talent@acme.example)."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if "@" in first or "://" in first:
        return text
    return text[:1].upper() + text[1:]


class Span(NamedTuple):
    """A stretch of days, shown as `1–7 Oct`."""

    start: date
    end: date


class Words(NamedTuple):
    """A name from the data or a calendar with its Chinese form; English when there is none."""

    en: str
    zh: str = ""

    def in_language(self, language: str) -> str:
        return self.zh if language == "zh" and self.zh else self.en


class Phrase(NamedTuple):
    """A sentence not yet put into words: its key and raw values (dates, spans, counts).

    Evidence is kept as phrases and rendered only when shown, so a diagnosis that is never
    printed never pays for its wording, and a second language needs only a second table.
    """

    key: str
    values: dict[str, Any]


def phrase(key: str, /, **values: Any) -> Phrase:
    return Phrase(key, values)


def render(item: Phrase, reference_year: int, language: str = "en") -> str:
    """The phrase as a sentence: dates as `10 Nov`, spans, lists of names, nested phrases."""
    if language not in _TABLES:
        language = "en"
    return capitalise(_render(item, reference_year, language))


def _render(item: Phrase, year: int, language: str) -> str:
    shown: dict[str, Any] = {}
    for name, value in item.values.items():
        if isinstance(value, date):
            shown[name] = format_day(value, year, language)
        elif isinstance(value, Span):
            shown[name] = format_span(value.start, value.end, year, language)
        elif isinstance(value, Phrase):
            shown[name] = _render(value, year, language)
        elif isinstance(value, Words):
            shown[name] = value.in_language(language)
        elif isinstance(value, tuple):
            if value and isinstance(value[0], date):
                comma = "、" if language == "zh" else ", "
                shown[name] = comma.join(format_day(d, year, language) for d in value)
            else:
                words = tuple(w.in_language(language) if isinstance(w, Words) else w for w in value)
                shown[name] = format_names(words, language)
        else:
            shown[name] = value
    return say(item.key, language, **shown)
