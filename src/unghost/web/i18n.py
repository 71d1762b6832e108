"""Page text in English and Simplified Chinese: a TOML catalogue per language."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "zh")
LANG_COOKIE = "unghost_lang"


@cache
def catalogue(lang: str) -> dict[str, str]:
    text = resources.files("unghost.web").joinpath("locales", f"{lang}.toml").read_text("utf-8")
    return _flatten(tomllib.loads(text))


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, name + "."))
        else:
            flat[name] = str(value)
    return flat


def translate(lang: str, key: str, **values: Any) -> str:
    """The text of `key`; English when the language lacks it, the key itself when both do.
    A count `n` of exactly one picks `one.KEY` where the language has it ("1 day", not
    "1 days"); Chinese has no plural and needs none."""
    if values.get("n") in (1, "1"):
        key = _singular(lang, key)
    text = catalogue(lang).get(key) or catalogue("en").get(key) or key
    return text.format(**values) if values else text


def translate_code(lang: str, group: str, value: object) -> str:
    """A code the data holds (a reason, a mail label, a role, a state) in words: the
    catalogue's `code.GROUP.VALUE`, else the code itself made readable."""
    text = "" if value is None else str(getattr(value, "value", value))
    if not text:
        return ""
    key = f"code.{group}.{text}"
    return catalogue(lang).get(key) or catalogue("en").get(key) or text.replace("-", " ")


@cache
def _sentences(file: str, group: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    text = resources.files("unghost.web").joinpath("locales", file)
    table = tomllib.loads(text.read_text("utf-8"))
    return tuple((re.compile(r["pattern"]), r["zh"]) for r in table[group])


def _translate_sentence(lang: str, text: str | None, file: str, group: str) -> str:
    """An English sentence made below the edge in the page's language, by a pattern table."""
    if not text or lang != "zh":
        return text or ""
    for pattern, words in _sentences(file, group):
        found = pattern.fullmatch(text)
        if found:
            return _fill(words, ("", *(g or "" for g in found.groups())))
    return text


def translate_posting_reason(lang: str, reason: str | None) -> str:
    """A posting look's reason (kept in English by the watcher) in the page's language."""
    return _translate_sentence(lang, reason, "posting_reasons.toml", "reason")


def translate_error(lang: str, message: str | None) -> str:
    """A service's error message or hint (errors.py, written in English) in `lang`."""
    return _translate_sentence(lang, message, "service_texts.toml", "error")


def translate_proposal(lang: str, summary: str | None) -> str:
    """A mail proposal's summary (stored in English by the mail import) in `lang`."""
    return _translate_sentence(lang, summary, "service_texts.toml", "proposal")


def _fill(words: str, groups: tuple[str, ...]) -> str:
    return re.sub(r"\{(\d)\}", lambda g: groups[int(g[1])], words)


def _singular(lang: str, key: str) -> str:
    one = f"one.{key}"
    if one in catalogue(lang) or (one in catalogue("en") and key not in catalogue(lang)):
        return one
    return key


def choose_language(cookie: str | None, accept_language: str | None, default: str) -> str:
    """The settings cookie, else the browser's first supported language, else the setting."""
    if cookie in LANGUAGES:
        return cookie
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return default if default in LANGUAGES else "en"
