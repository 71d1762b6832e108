"""Why a phone number cannot be right, in words: too few or too many digits for its country,
an area code or mobile prefix that does not exist, an unknown country code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers
from phonenumbers.phonenumberutil import ValidationResult

from unghost.documents.datafiles import load_table

_NANP = "1"  # the North American plan: area codes never start with 0 or 1


@dataclass(frozen=True, slots=True)
class PhoneReason:
    """`why`: digit-missing | digit-extra | bad-prefix | bad-mobile-prefix | bad-country |
    foreign (a valid number of another country, written without its country code) | unreadable."""

    why: str
    region: str | None
    digits: int | None = None  # how many national digits the number has
    expected: int | None = None  # how many it should have
    prefix: str | None = None
    suggestion: str | None = None  # E.164 of the one-digit repair, when only one exists


def explain_phone(raw: str, region: str | None) -> PhoneReason:
    """What is wrong with `raw`, read for `region` (its own country when written with +CC)."""
    try:
        number = phonenumbers.parse(raw, region or "ZZ")
    except phonenumbers.NumberParseException:
        return PhoneReason("unreadable", region)
    country_code = number.country_code or 0
    own = phonenumbers.region_code_for_country_code(country_code)
    if own == "ZZ":
        return PhoneReason("bad-country", region, prefix=f"+{number.country_code}")
    national = phonenumbers.national_significant_number(number)
    repairs = _repairs(national, country_code)
    if not raw.strip().startswith("+"):
        trunk_zero = str(country_code) == _NANP and _digits(raw).startswith("0")
        if raw.strip().startswith(_elsewhere()["idd"]) or trunk_zero or not any(repairs.values()):
            foreign = _foreign(raw, region)
            if foreign is not None:
                return foreign
    if str(number.country_code) == _NANP and len(national) == 10 and national[0] in "01":
        return PhoneReason("bad-prefix", own, len(national), 10, national[:3])
    written = _written_digits(raw, national)
    mobile = _mobile_rules().get(own)
    if mobile and national.startswith(mobile["leading"]):
        if len(national) != mobile["length"]:
            why = "digit-missing" if len(national) < mobile["length"] else "digit-extra"
            return PhoneReason(why, own, len(national) + written, mobile["length"] + written)
        if national[1] not in mobile["second_digits"]:
            return PhoneReason("bad-mobile-prefix", own, len(national), prefix=national[:2])
    reason = phonenumbers.is_possible_number_with_reason(number)
    missing, extra = repairs["missing"], repairs["extra"]
    if missing and (not extra or reason == ValidationResult.TOO_SHORT):
        return _counted("digit-missing", own, national, written, missing)
    if extra and (not missing or reason == ValidationResult.TOO_LONG):
        return _counted("digit-extra", own, national, written, extra)
    if reason == ValidationResult.TOO_SHORT:
        return PhoneReason("digit-missing", own, len(national) + written)
    if reason in (ValidationResult.TOO_LONG, ValidationResult.INVALID_LENGTH):
        return PhoneReason("digit-extra", own, len(national) + written)
    return PhoneReason("bad-prefix", own, len(national), prefix=national[:3])


def _digits(raw: str) -> str:
    return "".join(ch for ch in raw if ch.isdigit())


def _foreign(raw: str, region: str | None) -> PhoneReason | None:
    """The one other country that reads `raw` as a valid number: written with the international
    prefix 00 where the region dials another ("0044 20 …" in the US), or as a national number of
    one of the likely home countries ("138 0013 8000" on a US resume)."""
    rules = _elsewhere()
    found: list[phonenumbers.PhoneNumber] = []
    stripped = raw.strip()
    if stripped.startswith(rules["idd"]):
        with_plus = "+" + _digits(stripped)[len(rules["idd"]) :]
        found = [n for n in [_parsed(with_plus, None)] if n is not None]
    else:
        for other in rules["regions"]:
            if other == region:
                continue
            number = _parsed(raw, other)
            if number is not None and phonenumbers.region_code_for_number(number) == other:
                found.append(number)
    if len(found) != 1:
        return None
    number = found[0]
    written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    own = phonenumbers.region_code_for_number(number)
    return PhoneReason("foreign", own, prefix=f"+{number.country_code}", suggestion=written)


def _parsed(raw: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(raw, region or "ZZ")
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


@cache
def _elsewhere() -> dict[str, Any]:
    return dict(load_table("phone_rules")["elsewhere"])


@cache
def _mobile_rules() -> dict[str, dict[str, Any]]:
    return dict(load_table("phone_rules")["mobile"])


def _written_digits(raw: str, national: str) -> int:
    """Digits written before the national number (a trunk 0), counted as the user counts them;
    none for numbers written with + or 00, whose national part is what is compared."""
    stripped = raw.strip()
    if stripped.startswith(("+", "00")):
        return 0
    return max(0, sum(ch.isdigit() for ch in stripped) - len(national))


def _counted(why: str, region: str, national: str, written: int, fixes: list[str]) -> PhoneReason:
    expected = len(national) + (1 if why == "digit-missing" else -1)
    suggestion = fixes[0] if len(fixes) == 1 else None
    return PhoneReason(
        why, region, len(national) + written, expected + written, suggestion=suggestion
    )


def _repairs(national: str, country_code: int) -> dict[str, list[str]]:
    """Valid numbers one digit away: with a digit added, or with one taken out."""
    found: dict[str, list[str]] = {"missing": [], "extra": []}
    if len(national) > 15 or not re.fullmatch(r"\d+", national):
        return found
    variants = {
        "missing": {
            national[:i] + d + national[i:] for i in range(len(national) + 1) for d in "0123456789"
        },
        "extra": {national[:i] + national[i + 1 :] for i in range(len(national))},
    }
    for kind, candidates in variants.items():
        for candidate in sorted(candidates):
            try:
                number = phonenumbers.parse(f"+{country_code}{candidate}")
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                found[kind].append(
                    phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                )
    return found


def region_name(region: str | None, language: str) -> str:
    """The country's name in `language` ("United States", "美国"), or its code."""
    if not region:
        return "?"
    from phonenumbers import geocoder  # its data are large: loaded only to word a message

    try:
        name = geocoder._region_display_name(region, "zh" if language == "zh" else "en")
    except Exception:  # a private helper of phonenumbers: never let it break a message
        name = ""
    return name or region


# Why a phone number cannot work, by the checker's `why`, in each language: {country} is the
# region's name, {digits}/{expected} the digit counts, {prefix} what the number starts with.
_WHY_PHONE = {
    "en": {
        "count": "{country} numbers have {expected} digits; this one has {digits} ({slip}).",
        "slip:digit-missing": "a digit is missing",
        "slip:digit-extra": "it has a digit too many",
        "digit-missing": "it is too short for a {country} number (a digit is missing).",
        "digit-extra": "it is too long for a {country} number (a digit too many).",
        "bad-mobile-prefix": "{country} mobile numbers start with 13 to 19, not {prefix}.",
        "bad-prefix": "no {country} number starts with {prefix}: check the area code.",
        "bad-country": "{prefix} is not a country code.",
        "foreign": "it reads as a {country} number, which HR in {home} cannot dial without "
        "its country code {prefix}.",
        "miswritten": "it is a {country} number, but written so that it cannot be dialled as it is.",
        "other": "it cannot be read as a number of region {region}.",
    },
    "zh": {
        "count": "{country}的号码是 {expected} 位，这个号码有 {digits} 位（{slip}）。",
        "slip:digit-missing": "少了一位",
        "slip:digit-extra": "多了一位",
        "digit-missing": "作为{country}的号码太短（少了数字）。",
        "digit-extra": "作为{country}的号码太长（多了数字）。",
        "bad-mobile-prefix": "{country}的手机号以 13 至 19 开头，而不是 {prefix}。",
        "bad-prefix": "{country}没有以 {prefix} 开头的号码：请检查区号。",
        "bad-country": "{prefix} 不是国家代码。",
        "foreign": "这是{country}的号码，{home}的招聘方不加国家代码 {prefix} 就无法拨打。",
        "miswritten": "这是{country}的号码，但这样的写法无法直接拨打。",
        "other": "无法按地区 {region} 读出这个号码。",
    },
}


def phone_reason_words(facts: dict[str, Any], language: str) -> str:
    """The reason a phone number cannot work (a contact finding's facts), in `language`."""
    texts = _WHY_PHONE[language]
    why, expected = facts.get("why"), facts.get("expected")
    values = {
        "country": region_name(facts.get("number_region") or facts.get("region"), language),
        "digits": facts.get("digits"), "expected": expected, "prefix": facts.get("prefix"),
        "region": facts.get("region"), "home": region_name(facts.get("region"), language),
    }  # fmt: skip
    if why in ("digit-missing", "digit-extra") and expected:
        return texts["count"].format(slip=texts[f"slip:{why}"], **values)
    return texts.get(str(why), texts["other"]).format(**values)
