"""Dates, interview stages and note lines written naturally in English and Simplified Chinese."""

from __future__ import annotations

import re
from datetime import date

from unghost.drafting.tables import DraftingTables
from unghost.errors import InvalidInputError

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A sentence ends at . ! ? ; before a space (not inside "v2.0" or "Node.js"), or at CJK stops.
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|(?<=[。！？；])\s*")
_TRAILING = " \t.,;:!?。，；：！？、"


def parse_lang(value: str, tables: DraftingTables) -> str:
    """`en` or `zh` from what a user types (`zh-CN`, `zh_Hans`, `English`...)."""
    key = value.strip().lower().replace("_", "-")
    lang = key if key in tables.languages else tables.aliases.get(key)
    if lang is None:
        known = ", ".join(tables.languages)
        raise InvalidInputError(f"unknown language {value!r}; choose one of {known}")
    return lang


def format_date(day: date, lang: str, today: date, tables: DraftingTables) -> str:
    """`Monday 28 September` / `9月28日（周一）`, with the year when it is not this year's."""
    words = tables.dates[lang]
    pattern = words.this_year if day.year == today.year else words.other_year
    return pattern.format(
        weekday=words.weekdays[day.weekday()],
        day=day.day,
        month=words.months[day.month - 1],
        year=day.year,
    )


def _stage_key(stage: str) -> str:
    return re.sub(r"[\s_]+", "-", stage.strip().lower())


def describe_stage(stage: str | None, lang: str, tables: DraftingTables) -> str:
    """The interview stage as a noun phrase: `on-site interview`, `现场面试`."""
    phrases = tables.stages[lang]
    if not stage or not stage.strip():
        return phrases["default"]
    key = _stage_key(stage)
    if key in phrases and key not in ("default", "unknown"):
        return phrases[key]
    if lang == "zh":
        return stage.strip() if _CJK.search(stage) else phrases["unknown"]
    if _CJK.search(stage) or not stage.isascii():
        return phrases["default"]
    words = key.replace("-", " ")
    if words.endswith("interview"):
        return words
    return phrases["unknown"].format(stage=words)


def _strip_lead_words(line: str, lead_words: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        for word in lead_words:
            if line.lower().startswith(word):
                line = line[len(word) :].lstrip(" \t:：,，")
                changed = True
    return line


def pick_note(notes: str | None, lang: str, tables: DraftingTables) -> str | None:
    """One line from the user's interview notes, fit to follow `our discussion of`."""
    if not notes:
        return None
    limit = tables.note_chars
    for raw in notes.splitlines():
        line = raw.strip().lstrip("-*•·").strip()
        if not line:
            continue
        line = _SENTENCE_END.split(line, maxsplit=1)[0]
        line = _strip_lead_words(line, tables.lead_words.get(lang, ()))
        if len(line) > limit:
            cut = line[:limit]
            space = cut.rfind(" ")
            line = cut[:space] if lang == "en" and space > limit // 2 else cut
        line = line.rstrip(_TRAILING)
        first, _, rest = line.partition(" ")
        if first.lower() in tables.lowercase_first.get(lang, frozenset()):
            line = f"{first.lower()} {rest}".rstrip()  # it continues the template's sentence
        return line or None
    return None


def join_words(words: list[str], lang: str, tables: DraftingTables) -> str:
    """`phone number and email address` / `电话号码和邮箱地址`."""
    if len(words) <= 1:
        return "".join(words)
    glue = tables.corrections[lang]["and"]
    comma = "、" if lang == "zh" else ", "
    return comma.join(words[:-1]) + glue + words[-1]
