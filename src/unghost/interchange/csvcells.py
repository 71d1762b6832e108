"""The cells of unghost's CSV that need care: the spreadsheet formula guard (both ways) and the
manage columns (tags, rating, salary, work mode, archived)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from unghost.domain.records import Application, Salary
from unghost.interchange.manage import (
    format_amount,
    parse_amount,
    parse_currency,
    parse_period,
    parse_salary,
)

# OWASP "CSV Injection": a spreadsheet runs a cell that starts with one of these as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER_LIKE = re.compile(r"^[+-][\d ().-]*\d[\d ().-]*$")  # +14155550132, -5, +86 138-0013


def _is_formula(text: str) -> bool:
    return text.startswith(_FORMULA_START) and not _NUMBER_LIKE.match(text)


def _guarded(text: str) -> bool:
    """True when the cell is written with a leading `'`: a formula, or text that starts with
    quotes before one (so that reading it back gives exactly the text)."""
    rest = text.lstrip("'")
    return _is_formula(rest)


def guard_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text (OWASP: a `'` before =, +, -, @); numbers and phone
    numbers such as +14155550132 stay as they are."""
    return "'" + value if isinstance(value, str) and _guarded(value) else value


def unguard_cell(text: str) -> str:
    """The cell as it was before guard_cell (the round trip is the identity)."""
    return text[1:] if text.startswith("'") and _guarded(text[1:]) else text


def read_salary(get: Any) -> Any:
    """The salary: its own columns (unghost's CSV), else one text column (Teal, Huntr)."""

    salary = Salary(
        min=get("salary_min", parse_amount),
        max=get("salary_max", parse_amount),
        currency=get("salary_currency", parse_currency),
        period=get("salary_period", parse_period),
    )
    if salary.is_empty:
        text = get("salary", parse_salary)
        if text is not None:
            return Salary(text.min, text.max, salary.currency or text.currency,
                          salary.period or text.period)  # fmt: skip
    return None if salary.is_empty and not salary.currency else salary


def manage_cells(app: Application) -> list[Any]:
    pay = app.role.salary
    return [
        ", ".join(app.tags), app.rating,
        format_amount(pay.min if pay else None), format_amount(pay.max if pay else None),
        pay.currency if pay else None, pay.period.value if pay and pay.period else None,
        app.role.work_mode.value if app.role.work_mode else None, bool_cell(app.archived),
    ]  # fmt: skip


class GuardedWriter:
    """Writes rows with every cell passed through guard_cell; a row with a carriage return
    in a cell is quoted whole (the csv module quotes only the line terminator, `\n`)."""

    def __init__(self, write_row: Any, write_quoted: Any) -> None:
        self.write_row = write_row
        self.write_quoted = write_quoted

    def writerow(self, row: Iterable[Any]) -> None:
        cells = [guard_cell(cell) for cell in row]
        carriage = any(isinstance(c, str) and "\r" in c for c in cells)
        (self.write_quoted if carriage else self.write_row)(cells)


def bool_cell(value: bool | None) -> str:
    return "" if value is None else str(value).lower()
