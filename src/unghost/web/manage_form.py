"""The add/edit form's fields for managing many applications, and the limits the server
enforces on every field (the same as the form's, so a hand-made POST gets the same answer)."""

from __future__ import annotations

from datetime import date
from typing import Any

from unghost.domain.records import RATING_RANGE, PayPeriod, Salary, WorkMode

MANAGE_FIELDS = ("tags", "rating", "salary_min", "salary_max", "salary_currency",
                 "salary_period", "work_mode", "confirm_future")  # fmt: skip
_LIMITED = {"company": "company", "title": "title", "ref": "ref", "domain": "domain",
            "industry": "industry", "location": "location", "email": "email",
            "phone": "phone", "url": "url", "notes": "notes"}  # fmt: skip


def manage_values(app: Any) -> dict[str, str]:
    from unghost.interchange.manage import format_amount

    pay = app.role.salary or Salary()
    return {
        "tags": ", ".join(app.tags), "rating": str(app.rating or ""),
        "salary_min": format_amount(pay.min), "salary_max": format_amount(pay.max),
        "salary_currency": pay.currency or "", "salary_period": pay.period.value if pay.period else "",
        "work_mode": app.role.work_mode.value if app.role.work_mode else "", "confirm_future": "",
    }  # fmt: skip


def check_fields(values: dict[str, str], errors: dict[str, str]) -> None:
    """Put a message key next to each field the server refuses (limits, codes, numbers)."""
    from unghost.interchange.fields import TEXT_LIMITS, FieldError, is_country
    from unghost.interchange.manage import parse_amount, parse_currency, parse_tags

    for name, limit_of in _LIMITED.items():
        if len(values.get(name, "")) > TEXT_LIMITS[limit_of]:
            errors[name] = "manage.too_long"
    country = values.get("country", "")
    if country and "country" not in errors and not is_country(country):
        errors["country"] = "form.bad_country"
    if values.get("phone") and "phone" not in errors and not _possible_phone(values):
        errors["phone"] = "manage.bad_phone"
    try:
        parse_tags(values.get("tags", ""))
    except FieldError:
        errors["tags"] = "manage.bad_tags"
    if values.get("rating") and values["rating"] not in [
        str(n) for n in range(1, RATING_RANGE[1] + 1)
    ]:
        errors["rating"] = "manage.bad_rating"
    amounts = []
    for name in ("salary_min", "salary_max"):
        try:
            amounts.append(parse_amount(values.get(name, "")))
        except FieldError:
            errors[name] = "manage.bad_amount"
    if len(amounts) == 2 and None not in amounts and amounts[0] > amounts[1]:  # type: ignore[operator]
        errors["salary_max"] = "manage.min_above_max"
    try:
        parse_currency(values.get("salary_currency", ""))
    except FieldError:
        errors["salary_currency"] = "manage.bad_currency"
    if values.get("salary_period") and values["salary_period"] not in PayPeriod._value2member_map_:
        errors["salary_period"] = "manage.bad_choice"
    if values.get("work_mode") and values["work_mode"] not in WorkMode._value2member_map_:
        errors["work_mode"] = "manage.bad_choice"


def _possible_phone(values: dict[str, str]) -> bool:
    import phonenumbers

    region = (values.get("country") or "US").upper()
    try:
        number = phonenumbers.parse(values["phone"], region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


def check_future(values: dict[str, str], errors: dict[str, str], today: date) -> None:
    """An application date after today is kept only once the user confirms it."""
    from unghost.interchange.fields import FieldError, parse_date

    if not values.get("applied_on") or "applied_on" in errors or values.get("confirm_future"):
        return
    try:
        if parse_date(values["applied_on"]) > today:
            errors["applied_on"] = "manage.future_date"
    except FieldError:
        return


def manage_changes(values: dict[str, str]) -> dict[str, Any]:
    """The checked fields as `edit_application` changes (empty fields clear the value)."""
    from unghost.interchange.manage import parse_amount, parse_currency, parse_tags

    salary = Salary(
        min=parse_amount(values.get("salary_min", "")),
        max=parse_amount(values.get("salary_max", "")),
        currency=parse_currency(values.get("salary_currency", "")),
        period=PayPeriod(values["salary_period"]) if values.get("salary_period") else None,
    )
    return {
        "tags": parse_tags(values.get("tags", "")),
        "rating": int(values["rating"]) if values.get("rating") else None,
        "salary": None if salary.is_empty else salary,
        "work_mode": WorkMode(values["work_mode"]) if values.get("work_mode") else None,
    }
