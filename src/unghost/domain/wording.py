"""Every sentence the diagnosis shows, in one table per language (English for now)."""

from __future__ import annotations

from datetime import date
from string import Formatter
from typing import Any, NamedTuple

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

EN: dict[str, str] = {
    # evidence: the silence itself
    "silence": "It has been {bd} since {event} on {day} without an answer.",
    "event.interview": "your {stage}interview",
    "event.applied": "you applied",
    "event.received": "their last message",
    "event.decision": "the decision date they gave ({day})",
    "event.invite": "their invitation",
    # no-follow-up
    "thank_you_missing": "You have not sent a thank-you note for your {stage}interview on {day}.",
    "follow_up_overdue": "You have not followed up {bd} after {event}.",
    "on_track": "Your thank-you went out on {day} and the first follow-up is not due until {due}.",
    "followed_up": "You followed up on {dates}.",
    # contact-info
    "bounce": "Your mail bounced on {day}: it did not reach the employer.",
    "acknowledged": "They acknowledged your application on {day}, so it reached them.",
    # no-hurry
    "new_position": "This is a new position: there is no vacancy they must fill in a hurry.",
    "fresh_posting": "The posting went up on {day}, {days} before {event}.",
    "candidates_remaining": "They still had {n} other candidates to see after you.",
    "candidate_remaining": "They still had another candidate to see after you.",
    "decision_date_ahead": "They said they would decide by {day}; that date has not come yet.",
    "still_deciding": "They wrote on {day} that they are still deciding.",
    "posting_open": "The posting was still open on {day}.",
    # holiday
    "closure.past": "{names} ({span}) fell inside the {bd} after {event}.",
    "closure.ahead": "{names} ({span}) falls inside the expected wait.",
    "slow.past": "{name} ({span}), a slow period for employers, fell inside your wait.",
    "slow.ahead": "{name} ({span}), a slow period for employers, falls inside the expected wait.",
    "ooo": "{who} is out of the office until {day} (auto-reply of {received}).",
    "holiday_mail": "They mentioned a holiday or vacation on {day}.",
    "provisional": "The {year} public holidays of {country} are not officially published yet; "
    "the dates used are provisional.",
    # budget
    "fiscal_year_boundary": "Your wait falls around the start of {company}'s fiscal year on "
    "{day}, when budgets for new hires are set.",
    "funding_pending": "{company}'s funding is pending.",
    "budget_mail": "They mentioned the budget on {day}.",
    "hiring_freeze": "{company} has a hiring freeze.",
    # busy
    "busy_season": "{name} ({span}), a busy season, overlaps your wait.",
    "busy_mail": "They wrote on {day} that they are busy.",
    # offer-elsewhere and position-gone
    "decision_date_passed": "They said they would decide by {day}; {bd} have passed since "
    "with no answer.",
    "posting_closed": "The posting was taken down on {day} and no rejection arrived.",
    "posting_reposted": "The posting was put up again on {day}.",
    "reorganisation_mail": "They mentioned a reorganisation on {day}.",
    "requisition_cancelled": "They wrote on {day} that the requisition was cancelled or frozen.",
    "position_closed_message": "They wrote on {day} that the position is closed.",
    # silent-rejection
    "follow_up_unanswered": "Your follow-up of {day} has gone {bd} without an answer.",
    # advice, one per reason
    "advice.no-follow-up": "Send a short, polite follow-up: it keeps you in mind and often "
    "brings out the real answer.",
    "advice.contact-info": "Check the email address and phone number on your resume and "
    "application, and send the corrected details to your contact.",
    "advice.no-hurry": "Give them time and keep other applications moving; they are still "
    "interviewing or have no deadline.",
    "advice.holiday": "Wait until they are back, then follow up a business day or two later.",
    "advice.budget": "Ask politely whether the budget for the role is confirmed and when they "
    "expect to decide.",
    "advice.busy": "Follow up briefly; busy recruiters answer short messages first.",
    "advice.offer-elsewhere": "Stay friendly and available: if their first choice declines, "
    "you may be next. Keep other options moving.",
    "advice.position-gone": "Ask whether the position is still open, and put your energy into "
    "other applications.",
    "advice.silent-rejection": "Plan to move on: keep applying elsewhere and treat any answer "
    "as a bonus.",
    # next action
    "why.not_applied": "You have not applied yet.",
    "why.no_date": "There is no application or interview date to count the silence from.",
    "why.rejected": "They answered: the application was rejected{on}.",
    "why.withdrawn": "You withdrew from this application.",
    "why.accepted": "You accepted their offer.",
    "why.offer": "You have an offer{on}; the next move is yours.",
    "why.ghosted": "You marked this application as ghosted.",
    "why.rejection_message": "They sent a rejection on {day}; mark the application as "
    "rejected and move on.",
    "why.position_closed": "They wrote on {day} that the position is closed; move on.",
    "why.fix_contact": "Fix your contact details first: {problem}",
    "why.thank_you": "Send a thank-you note for your {stage}interview on {day}; it is best "
    "within {hours} hours.",
    "why.interview": "Your {stage}interview is on {day}; nothing to chase before it.",
    "why.follow_up": "Send follow-up {n} of {total}: {basis}.",
    "why.wait": "Wait: follow-up {n} of {total} is due on {due} ({basis}).",
    "why.wait_ooo": "Wait: your contact is away until {day}; follow up on {due}.",
    "why.wait_move_on": "You have sent every follow-up; if nothing comes by {due}, move on.",
    "why.move_on": "You followed up {times} with no answer; time to move on.",
    "why.low_odds": "The chance of any answer has fallen to {percent}%; time to move on.",
    "basis.interview": "{bd} after your interview on {day}",
    "basis.applied": "{bd} after you applied on {day}",
    "basis.decision": "{bd} after the decision date they gave, {day}",
    "basis.previous": "{bd} after your last follow-up on {day}",
    "basis.schedule": "{bd} after the previous follow-up was due, {day}",
    "basis.received": "{bd} after their message of {day}",
    # calendar entries (interchange/ics.py)
    "ics.thank-you": "Send a thank-you note to {company} ({role})",
    "ics.follow-up": "Follow up with {company} ({role}), {n} of {total}",
    "ics.move-on": "Decide whether to move on from {company} ({role})",
    "ics.interview": "{stage}nterview: {company} ({role})",
    "ics.window": "{summary}. Window: {window}. Application: {ref}.",
    "ics.with": "With {names}.",
    "ics.application": "Application: {ref}.",
    "ics.tomorrow": "Tomorrow: {summary}",
    # a sentence that comes whole from elsewhere (a contact-check finding)
    "text": "{text}",
}

_TABLES = {"en": EN}
_UNITS = {
    "en": {
        "bd": ("{n} business day", "{n} business days"),
        "days": ("{n} day", "{n} days"),
        "times": ("once", "{n} times"),
    }
}


_COUNTED: dict[tuple[str, str], tuple[str, ...]] = {}


def say(key: str, /, language: str = "en", **values: Any) -> str:
    """The sentence `key` in `language` with its blanks filled.

    Counted blanks take a number and are spelt here: `bd=3` gives "3 business days".
    """
    template = _TABLES.get(language, EN)[key]
    counted = _COUNTED.get((language, key))
    if counted is None:
        fields = {field for _, field, _, _ in Formatter().parse(template) if field}
        units = _UNITS.get(language, _UNITS["en"])
        counted = _COUNTED[(language, key)] = tuple(f for f in fields if f in units)
    if counted:
        units = _UNITS.get(language, _UNITS["en"])
        for name in counted:
            count = values[name]
            if isinstance(count, int):
                one, many = units[name]
                values[name] = (one if count == 1 else many).format(n=count)
    return template.format(**values)


def format_day(day: date, reference_year: int) -> str:
    """`10 Nov`, or `10 Nov 2025` when the year is not the reference year."""
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == reference_year else f"{text} {day.year}"


def format_span(start: date, end: date, reference_year: int) -> str:
    """`1–7 Oct`, `29 Apr–6 May`, `20 Dec 2025–3 Jan 2026`."""
    if start == end:
        return format_day(start, reference_year)
    if start.year != end.year:
        return f"{format_day(start, -1)}–{format_day(end, -1)}"
    year = "" if start.year == reference_year else f" {start.year}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]}{year}"
    return f"{start.day} {_MONTHS[start.month - 1]}–{end.day} {_MONTHS[end.month - 1]}{year}"


def format_names(names: tuple[str, ...]) -> str:
    """`National Day and Mid-Autumn Festival`."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class Span(NamedTuple):
    """A stretch of days, shown as `1–7 Oct`."""

    start: date
    end: date


class Phrase(NamedTuple):
    """A sentence not yet put into words: its key and raw values (dates, spans, counts).

    Evidence is kept as phrases and rendered only when shown, so a diagnosis that is never
    printed never pays for its wording, and a second language needs only a second table.
    """

    key: str
    values: dict[str, Any]


def phrase(key: str, /, **values: Any) -> Phrase:
    return Phrase(key, values)


def render(item: Phrase, reference_year: int, language: str = "en") -> str:
    """The phrase as a sentence: dates as `10 Nov`, spans, lists of names, nested phrases."""
    return capitalise(_render(item, reference_year, language))


def _render(item: Phrase, year: int, language: str) -> str:
    shown: dict[str, Any] = {}
    for name, value in item.values.items():
        if isinstance(value, date):
            shown[name] = format_day(value, year)
        elif isinstance(value, Span):
            shown[name] = format_span(value.start, value.end, year)
        elif isinstance(value, Phrase):
            shown[name] = _render(value, year, language)
        elif isinstance(value, tuple):
            if value and isinstance(value[0], date):
                shown[name] = ", ".join(format_day(d, year) for d in value)
            else:
                shown[name] = format_names(value)
        else:
            shown[name] = value
    return say(item.key, language, **shown)
