"""Countries' and holidays' names for sentences, in English and Simplified Chinese."""

from __future__ import annotations

import re
from functools import lru_cache

from unghost.domain.calendar import NAME_LANGUAGE, country_entry, holiday_names

_CHINESE = "zh_CN"
_COUNTRY_ZH = {"CN": "中国", "HK": "香港", "MO": "澳门", "TW": "台湾", "JP": "日本", "US": "美国"}


def country_name(country: str | None) -> str:
    """`China`, `United States`: the English name the `holidays` package gives a country."""
    if country is None:
        return "your region"
    entry = country_entry(country)
    return str(entry["name"]) if entry else country


def country_name_zh(country: str | None) -> str:
    """`中国`, or the English name where no Chinese one is known."""
    if country is None:
        return "你所在地区"
    return _COUNTRY_ZH.get(country) or country_name(country)


@lru_cache(maxsize=64)
def translate_holidays(country: str | None, subdivision: str | None, year: int) -> dict[str, str]:
    """English holiday name -> Simplified Chinese one, where the `holidays` package has it.

    Empty for a country without Chinese names: sentences then keep the English name.
    """
    if country is None:
        return {}
    entry = country_entry(country)
    if (
        entry is None
        or _CHINESE not in entry["languages"]
        or NAME_LANGUAGE not in entry["languages"]
    ):
        return {}
    english = holiday_names(country, subdivision, year, NAME_LANGUAGE)
    chinese = holiday_names(country, subdivision, year, _CHINESE)
    names: dict[str, str] = {}
    for day, en_name in english.items():
        en_parts = en_name.split("; ")
        zh_parts = str(chinese.get(day, "")).split("; ")
        if len(en_parts) != len(zh_parts):
            continue
        for en_part, zh_part in zip(en_parts, zh_parts, strict=True):
            key = en_part.replace(" (observed)", "").replace(" (estimated)", "").strip()
            value = re.sub(r"（[^）]*）$", "", zh_part).strip()
            if key and value:
                names.setdefault(key, value)
    return names
