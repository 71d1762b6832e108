"""Typed, validated reads from one parameter table, with errors that name the parameter."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from unghost.domain.parameters import MonthDay, Window
from unghost.errors import InvalidInputError

HINT = "Check the [model] table of your config file against docs/diagnosis.md."


class TableReader:
    """Typed access to one table, raising a user-facing error that names the parameter."""

    def __init__(self, table: Mapping[str, Any], path: str) -> None:
        self.table = table
        self.path = path

    def sub(self, key: str) -> TableReader:
        value = self.table.get(key)
        if not isinstance(value, Mapping):
            raise self.error(key, "must be a table")
        return TableReader(value, f"{self.path}.{key}")

    def raw(self, key: str) -> Any:
        if key not in self.table:
            raise self.error(key, "is missing")
        value = self.table[key]
        if isinstance(value, Mapping) and "value" in value:
            return value["value"]
        return value

    def number(self, key: str, low: float = 0.0, high: float | None = None) -> float:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, "must be a number")
        if value < low or (high is not None and value > high):
            upper = f" and at most {high}" if high is not None else ""
            raise self.error(key, f"must be at least {low}{upper}, not {value}")
        return float(value)

    def positive(self, key: str) -> float:
        value = self.number(key)
        if value <= 0:
            raise self.error(key, "must be above 0")
        return value

    def probability(self, key: str) -> float:
        return self.number(key, 0.0, 1.0)

    def count(self, key: str, low: int = 0) -> int:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise self.error(key, f"must be a whole number of at least {low}")
        return value

    def month_value(self, value: Any, key: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 12:
            raise self.error(key, "must be a month number from 1 to 12")
        return value

    def window(self, key: str) -> Window:
        value = self.raw(key)
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
            or not 0 <= value[0] <= value[1]
        ):
            raise self.error(key, "must be [earliest, latest] business days, earliest first")
        return (value[0], value[1])

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, "must be a non-empty text")
        return value

    def words(self, key: str) -> tuple[str, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(key, "must be a list of texts")
        return tuple(v.casefold().strip() for v in value if v.strip())

    def codes(self, key: str) -> frozenset[str]:
        return frozenset(w.upper() if w != "*" else w for w in self.words(key))

    def fractions(self, key: str) -> tuple[float, ...]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1 for v in value
        ):
            raise self.error(key, "must be a list of numbers from 0 to 1")
        return tuple(float(v) for v in value)

    def month_day(self, key: str) -> MonthDay:
        return self.month_day_value(self.raw(key), key)

    def month_day_value(self, value: Any, key: str) -> MonthDay:
        try:
            month, day = (int(part) for part in str(value).split("-"))
            date(2000, month, day)  # a leap year, so 02-29 is allowed
        except ValueError:
            raise self.error(key, f"must be a date as MM-DD, not {value!r}") from None
        return (month, day)

    def error(self, key: str, problem: str) -> InvalidInputError:
        return InvalidInputError(f"model parameter {self.path}.{key} {problem}", hint=HINT)
