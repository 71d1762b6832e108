"""Form and API values (plain strings) to interviews, contacts and messages, checked field by field."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, tzinfo
from functools import cache
from typing import Any

from unghost.domain.records import Contact, Direction, Interview, Message, MessageKind
from unghost.errors import InvalidInputError

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]{2,}$")
_LINKEDIN = re.compile(
    r"^(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/([^/?#\s]+)/?(?:[?#].*)?$", re.I
)
_HANDLE = re.compile(r"^@?([A-Za-z0-9][A-Za-z0-9_-]{1,99})$")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_OFFSET = re.compile(r"^(?:UTC)?([+-])(\d{1,2}):?(\d{2})$", re.I)

# what each problem code says in English (the API); the web shows `rec.err.<code>` instead
MESSAGES = {
    "required": "this field is required",
    "bad_date": "not a date: use YYYY-MM-DD",
    "bad_time": "not a time: use HH:MM (24-hour)",
    "bad_zone": "not a time zone: use a name such as Asia/Shanghai or an offset such as +08:00",
    "bad_email": "not an email address (name@example.com)",
    "bad_phone": "not a phone number: write it with its country code, such as +86 138 0013 8000",
    "bad_linkedin": "not a LinkedIn profile: https://www.linkedin.com/in/your-name",
    "bad_number": "a whole number from 0 to {high}",
    "bad_choice": "choose one of the offered values",
    "too_long": "too long: {limit} characters at most",
    "empty_contact": "give at least a name, an email, a phone or a LinkedIn profile",
    "future": "this day is still ahead: record it once it has happened",
    "out_of_range": "a day between {first} and {last}",
    "taken": "this address is already one of the contacts: edit that contact instead",
    "too_big": "the file is too large (5 MB at most)",
    "duplicate": "this message is already recorded on this application",
}


class FieldProblems(InvalidInputError):
    """Several fields were refused; `fields` maps each field to a problem code of MESSAGES."""

    def __init__(self, fields: dict[str, str], values: Mapping[str, Any] | None = None) -> None:
        self.fields = fields
        details = values or {}
        parts = [f"{name}: {MESSAGES[code].format(**details.get(name, {}))}"
                 for name, code in fields.items()]  # fmt: skip
        super().__init__("; ".join(parts))
        self.details = details
        self.field_errors = [{"field": name, "code": code, "message": part.split(": ", 1)[1]}
                             for (name, code), part in zip(fields.items(), parts, strict=True)]  # fmt: skip


@cache
def vocabulary() -> dict[str, Any]:
    from unghost.mail.lexicon import load_table

    table = load_table("recording")
    return {key: entry["value"] for key, entry in table.items() if "value" in entry} | {
        "limits": {k: v for k, v in table["limits"].items() if k != "source"},
        "days": {k: v for k, v in table["days"].items() if k != "source"},
    }


class _Checker:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        self.fields: dict[str, str] = {}
        self.details: dict[str, dict[str, Any]] = {}
        self.limits: dict[str, int] = vocabulary()["limits"]

    def text(
        self, name: str, *, limit_key: str | None = None, required: bool = False
    ) -> str | None:
        value = str(self.raw.get(name) or "").strip()
        if not value:
            if required:
                self.fields[name] = "required"
            return None
        limit = self.limits[limit_key or name]
        if len(value) > limit:
            self.fail(name, "too_long", limit=limit)
        return value

    def fail(self, name: str, code: str, **details: Any) -> None:
        self.fields.setdefault(name, code)
        if details:
            self.details[name] = details

    def day(self, name: str, *, required: bool = False) -> date | None:
        value = self.text(name, limit_key="name", required=required)
        if value is None:
            return None
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.fail(name, "bad_date")
            return None
        from unghost.interchange.fields import day_bounds

        low, high = day_bounds()
        if not low <= day <= high:  # calendars and business days are kept for these years
            self.fail(name, "out_of_range", first=low.isoformat(), last=high.isoformat())
            return None
        return day

    def choice(self, name: str, choices: list[str]) -> str | None:
        value = self.text(name, limit_key="stage")
        if value is not None and value not in choices:
            self.fail(name, "bad_choice")
            return None
        return value

    def done(self) -> None:
        if self.fields:
            raise FieldProblems(self.fields, self.details)


def parse_zone(text: str) -> tzinfo:
    """An IANA name (Asia/Shanghai) or a fixed offset (+08:00, UTC-5:00)."""
    from datetime import timedelta, timezone
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    found = _OFFSET.match(text.strip())
    if found:
        sign = -1 if found.group(1) == "-" else 1
        hours, minutes = int(found.group(2)), int(found.group(3))
        if hours > 14 or minutes >= 60:
            raise ValueError(text)
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(text.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(text) from None


def zone_label(at: datetime) -> str:
    """The stored fixed offset as the form writes it back: `+08:00`."""
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def parse_interview(raw: Mapping[str, Any], default_zone: tzinfo) -> Interview:
    """Fields: date, time, zone, stage, format, interviewers (comma or line separated),
    decision_on, candidates_remaining, notes."""
    c = _Checker(raw)
    day = c.day("date", required=True)
    clock = time(9, 0)
    time_text = c.text("time", limit_key="stage")
    if time_text:
        found = _TIME.match(time_text)
        if found:
            clock = time(int(found.group(1)), int(found.group(2)))
        else:
            c.fail("time", "bad_time")
    zone = default_zone
    zone_text = c.text("zone", limit_key="stage")
    if zone_text:
        try:
            zone = parse_zone(zone_text)
        except ValueError:
            c.fail("zone", "bad_zone")
    stage = c.text("stage")
    kind = c.choice("format", vocabulary()["interview_formats"])
    names = [n.strip() for n in re.split(r"[,\n;，、]", str(raw.get("interviewers") or ""))]
    names = [n for n in names if n]
    if len(names) > c.limits["interviewers"] or any(
        len(n) > c.limits["interviewer"] for n in names
    ):
        c.fail("interviewers", "too_long", limit=c.limits["interviewer"])
    decision = c.day("decision_on")
    remaining = None
    count = c.text("candidates_remaining", limit_key="stage")
    if count is not None:
        high = c.limits["candidates_remaining"]
        if count.isdigit() and int(count) <= high:
            remaining = int(count)
        else:
            c.fail("candidates_remaining", "bad_number", high=high)
    notes = c.text("notes")
    c.done()
    assert day is not None  # required: done() raised otherwise
    at = datetime.combine(day, clock)
    offset = at.replace(tzinfo=zone).utcoffset()
    from datetime import timezone

    at = at.replace(tzinfo=timezone(offset) if offset is not None else zone)
    return Interview(at=at, stage=stage, interviewers=names, decision_expected_on=decision,
                     candidates_remaining=remaining, notes=notes, format=kind)  # fmt: skip


def parse_contact(raw: Mapping[str, Any], region: str | None) -> Contact:
    """Fields: name, role, email, phone, linkedin; at least one way to reach or name them."""
    from unghost.documents.phones import parse_phone

    c = _Checker(raw)
    name, role = c.text("name"), c.text("role")
    email = c.text("email")
    if email and not _EMAIL.match(email):
        c.fail("email", "bad_email")
    phone = c.text("phone")
    if phone:
        found = parse_phone(phone, region)
        if found is None or found.e164 is None:
            c.fail("phone", "bad_phone")
    linkedin = c.text("linkedin")
    if linkedin:
        linkedin = linkedin_url(linkedin)
        if linkedin is None:
            c.fail("linkedin", "bad_linkedin")
    if not any((name, email, phone, linkedin)) and not c.fields:
        c.fail("name", "empty_contact")
    c.done()
    return Contact(name=name, email=email, phone=phone, role=role, linkedin=linkedin)


def linkedin_url(text: str) -> str | None:
    """`https://www.linkedin.com/in/HANDLE` from a profile address or a bare handle."""
    found = _LINKEDIN.match(text.strip()) or _HANDLE.match(text.strip())
    return f"https://www.linkedin.com/in/{found.group(1)}" if found else None


def parse_sent(raw: Mapping[str, Any], today: date, zone: tzinfo) -> Message:
    """A message the user sent outside unghost. Fields: kind, on (date), subject, counterpart."""
    c = _Checker(raw)
    kind = c.choice("kind", ["thank-you", "follow-up", "other"]) or "follow-up"
    on = c.day("on", required=True)
    if on is not None and on > today:
        c.fail("on", "future")
    subject, to = c.text("subject"), c.text("counterpart")
    c.done()
    assert on is not None
    return Message(at=_noon(on, zone), direction=Direction.SENT, kind=MessageKind(kind),
                   subject=subject, counterpart=to)  # fmt: skip


def parse_received(raw: Mapping[str, Any], today: date, zone: tzinfo) -> Message:
    """Their reply, told by kind and date. Fields: kind, on, subject, counterpart, return_on."""
    from unghost.domain.records import RECEIVED_KINDS

    c = _Checker(raw)
    kind = c.choice("kind", sorted(k.value for k in RECEIVED_KINDS)) or "other"
    on = c.day("on", required=True)
    if on is not None and on > today:
        c.fail("on", "future")
    back = c.day("return_on")
    subject, sender = c.text("subject"), c.text("counterpart")
    c.done()
    assert on is not None
    return Message(at=_noon(on, zone), direction=Direction.RECEIVED, kind=MessageKind(kind),
                   subject=subject, counterpart=sender, return_date=back)  # fmt: skip


def _noon(day: date, zone: tzinfo) -> datetime:
    """A day given without a time is kept at noon, so no time zone moves it to another day."""
    return datetime.combine(day, time(12, 0), tzinfo=zone)
