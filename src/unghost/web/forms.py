"""The add/edit application form: parse the fields, and put each problem next to its field."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from unghost.domain.records import Application, Status
from unghost.web.manage_form import MANAGE_FIELDS, check_fields, manage_changes, manage_values

FIELDS: tuple[str, ...] = ("company", "title", "ref", "status", "applied_on", "url", "country",
                           "domain", "industry", "location", "email", "phone", "notes")  # fmt: skip
FIELDS += MANAGE_FIELDS


@dataclass(slots=True)
class ApplicationForm:
    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)  # field → message key of the catalogue

    @property
    def ok(self) -> bool:
        return not self.errors


def form_from_app(app: Application) -> ApplicationForm:
    values = {
        "company": app.company.name, "title": app.role.title, "ref": app.ref,
        "status": app.status.value,
        "applied_on": app.applied_on.isoformat() if app.applied_on else "",
        "url": app.role.posting_url or "", "country": app.company.country or "",
        "domain": app.company.domain or "", "industry": app.company.industry or "",
        "location": app.role.location or "", "email": app.candidate.email or "",
        "phone": app.candidate.phone or "", "notes": app.notes or "",
    }  # fmt: skip
    values.update(manage_values(app))
    return ApplicationForm(values)


def parse_form(raw: Any) -> ApplicationForm:
    """Check what the browser sent; errors are message keys shown next to their fields."""
    from unghost.interchange.fields import FieldError, parse_date

    values = {name: str(raw.get(name) or "").strip() for name in FIELDS}
    form = ApplicationForm(values)
    if not values["company"]:
        form.errors["company"] = "form.required"
    if not values["title"]:
        form.errors["title"] = "form.required"
    if values["applied_on"]:
        try:
            parse_date(values["applied_on"])
        except FieldError:
            form.errors["applied_on"] = "form.bad_date"
    country = values["country"]
    if country and (len(country) != 2 or not country.isalpha()):
        form.errors["country"] = "form.bad_country"
    if values["status"] and values["status"] not in Status._value2member_map_:
        form.errors["status"] = "form.bad_status"
    email = values["email"]
    if email and ("@" not in email or "." not in email.rsplit("@", 1)[-1]):
        form.errors["email"] = "form.bad_email"
    if values["url"] and not _is_posting_url(values["url"]):
        form.errors["url"] = "form.bad_url"
    check_fields(values, form.errors)
    return form


def _is_posting_url(url: str) -> bool:
    from unghost.domain.links import parse_posting_url
    from unghost.errors import InvalidInputError

    try:
        parse_posting_url(url)
    except InvalidInputError:
        return False
    return True


def applied_on(form: ApplicationForm) -> date | None:
    from unghost.interchange.fields import parse_date

    return parse_date(form.values["applied_on"]) if form.values["applied_on"] else None


def changes_of(form: ApplicationForm) -> dict[str, Any]:
    """The edit as `edit_application` changes (empty optional fields clear the value)."""
    v = form.values
    changes: dict[str, Any] = {
        "company": v["company"], "title": v["title"], "applied_on": applied_on(form),
        "url": v["url"] or None, "country": v["country"].upper() or None,
        "domain": v["domain"] or None, "industry": v["industry"] or None,
        "location": v["location"] or None, "email": v["email"] or None,
        "phone": v["phone"] or None, "notes": v["notes"] or None,
    }  # fmt: skip
    if v["status"]:
        changes["status"] = Status(v["status"])
    changes.update(manage_changes(v))
    return changes
