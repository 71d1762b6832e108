"""Reading the fields that help manage many applications: salary, rating, tags, work mode."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from unghost.domain.records import RATING_RANGE, PayPeriod, Salary, WorkMode
from unghost.interchange.fields import FieldError, normal_label, parse_text, vocabulary

_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*([kKmM万千]?)")
_CURRENCY_CODE = re.compile(r"\b([A-Z]{3})\b")
_STARS = re.compile(r"^[★⭐☆✩\s]+$")


@cache
def _symbols() -> tuple[tuple[str, str], ...]:
    """Currency symbols, longest first so "US$" wins over "$"."""
    table = vocabulary()["salary"]["symbols"]
    return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))


@cache
def _periods() -> dict[str, PayPeriod]:
    return {
        normal_label(word): PayPeriod(period)
        for period, words in vocabulary()["salary"]["periods"].items()
        for word in words
    }


@cache
def _work_modes() -> dict[str, WorkMode]:
    return {
        normal_label(word): WorkMode(mode)
        for mode, words in vocabulary()["work_mode"].items()
        for word in words
    }


def parse_currency(value: Any) -> str | None:
    text = parse_text(value)
    if text is None:
        return None
    for symbol, code in _symbols():
        if text == symbol:
            return code
    if not re.fullmatch(r"[A-Za-z]{3}", text):
        raise FieldError(f"{value!r} is not a currency code (ISO 4217, e.g. USD, EUR, CNY)")
    return text.upper()


def parse_period(value: Any) -> PayPeriod | None:
    text = parse_text(value)
    if text is None:
        return None
    period = _periods().get(normal_label(text.lstrip("/")))
    if period is None:
        known = ", ".join(p.value for p in PayPeriod)
        raise FieldError(f"{value!r} is not a pay period (known: {known})")
    return period


def parse_amount(value: Any) -> float | None:
    """A pay figure: `120000`, `120,000`, `120k`, `1.5万`; never negative."""
    text = parse_text(value)
    if text is None:
        return None
    m = _NUMBER.fullmatch(text.replace(" ", "").lstrip("$€£¥"))
    if not m:
        raise FieldError(f"{value!r} is not an amount")
    return _amount(m[1], m[2])


def _amount(digits: str, suffix: str) -> float:
    # "1,234.5" and "1.234,5" both occur; a separator followed by exactly three digits groups
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
        number = float(re.sub(r"[.,]", "", digits))
    else:
        number = float(digits.replace(",", "."))
    scale = {"k": 1e3, "K": 1e3, "千": 1e3, "m": 1e6, "M": 1e6, "万": 1e4}.get(suffix, 1)
    return round(number * scale, 2)


def parse_salary(value: Any) -> Salary | None:
    """Salary text as trackers keep it: `$120,000 - $150,000`, `30k-40k CNY/month`,
    `£45/hr`, `¥25万/年`. A single figure is both ends."""
    text = parse_text(value, limit=200)
    if text is None:
        return None
    amounts = [_amount(d, s) for d, s in _NUMBER.findall(text)]
    if not amounts or len(amounts) > 2:
        raise FieldError(f"{value!r} is not a salary (write e.g. 50000-60000 USD/year)")
    low, high = (amounts[0], amounts[-1])
    if low > high:
        low, high = high, low
    currency = None
    for symbol, code in _symbols():
        if symbol in text:
            currency = code
            break
    code_match = _CURRENCY_CODE.search(text)
    if code_match:
        currency = code_match[1]
    period = None
    rest = re.sub(r"[\d.,$€£¥￥₹₩]+[kKmM万千]?", " ", text)
    for word in re.split(r"[\s/\-–—]+|per|每", rest):
        period = _periods().get(normal_label(word)) or period
    return Salary(min=low, max=high, currency=currency, period=period)


def parse_rating(value: Any) -> int | None:
    """An excitement rating 1–5: `4`, `4.0`, `4/5`, `★★★★`."""
    text = parse_text(value)
    if text is None:
        return None
    low, high = RATING_RANGE
    if _STARS.match(text):
        number = sum(text.count(s) for s in "★⭐")
    else:
        m = re.fullmatch(r"(\d+(?:\.0+)?)\s*(?:/\s*5)?", text)
        if not m:
            raise FieldError(f"{value!r} is not a rating from {low} to {high}")
        number = int(float(m[1]))
    if number == 0:
        return None  # trackers write 0 for "not rated"
    if not low <= number <= high:
        raise FieldError(f"{value!r} is not a rating from {low} to {high}")
    return number


def parse_work_mode(value: Any) -> WorkMode | None:
    text = parse_text(value)
    if text is None:
        return None
    mode = _work_modes().get(normal_label(text))
    if mode is None:
        known = ", ".join(m.value for m in WorkMode)
        raise FieldError(f"{value!r} is not a work mode (known: {known})")
    return mode


def parse_tags(value: Any) -> list[str]:
    """Tags as a list or as text separated by commas or semicolons."""
    from unghost.domain.listing import normal_tags

    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).replace(";", ",").split(",")
    try:
        return normal_tags(str(item) for item in items if item is not None)
    except ValueError as exc:
        raise FieldError(str(exc)) from None


def format_salary(salary: Salary | None) -> str:
    """`120000-150000 USD/year`: what the CSV column holds and parse_salary reads back."""
    if salary is None or salary.is_empty:
        return ""
    low, high = (format_amount(v) for v in (salary.min, salary.max))
    text = low if low == high or not high else (f"{low}-{high}" if low else high)
    if salary.currency:
        text += f" {salary.currency}"
    if salary.period:
        text += f"/{salary.period.value}"
    return text


def format_amount(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def render_salary(salary: Salary | None) -> dict[str, Any] | None:
    """`role.salary` of unghost/v1: whole amounts as integers."""
    if salary is None:
        return None
    return {"min": _number(salary.min), "max": _number(salary.max), "currency": salary.currency,
            "period": salary.period.value if salary.period else None}  # fmt: skip


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
