"""The template context of a follow-up: who writes to whom, about which interview, in which words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from typing import Any

from unghost.domain.records import Application, Contact, Interview
from unghost.drafting.tables import DraftingTables
from unghost.drafting.wording import describe_stage, format_date, join_words, pick_note
from unghost.errors import InvalidInputError

_EMAIL = re.compile(r"^[^@\s<>,;\"()\[\]]+@[^@\s<>,;\"()\[\]]+\.[^@\s<>,;\"()\[\].]+$")
_CORRECTION_FIELDS = ("email", "phone", "link")


@dataclass(frozen=True, slots=True)
class Sender:
    """The job seeker as they sign their mail (UNGHOST_FROM, their profile)."""

    name: str
    email: str
    phone: str | None = None
    signature: str | None = None  # replaces the name and phone lines when set


@dataclass(frozen=True, slots=True)
class Correction:
    """A contact detail the employer has wrong, and the right one (`contact-update`)."""

    field: str  # email, phone or link
    right: str
    wrong: str | None = None


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str | None
    email: str
    group: str  # interviewer, recruiter, hiring-manager, other, or given (chosen by the user)

    @property
    def formatted(self) -> str:
        """`Li Wei <li.wei@acme.example>`, quoted where RFC 5322 needs it."""
        if not self.name:
            return self.email
        local, _, domain = self.email.rpartition("@")
        return str(Address(display_name=self.name, username=local, domain=domain))


def is_email(value: str | None) -> bool:
    return bool(value) and _EMAIL.match(value.strip()) is not None  # type: ignore[union-attr]


def _name_key(name: str) -> str:
    return re.sub(r"\s+", "", name).casefold()


def find_interview(app: Application, today: date) -> Interview | None:
    """The latest interview held on or before today (None when there is none yet)."""
    past = [i for i in app.interviews if i.at.date() <= today]
    return max(past, key=lambda i: i.at) if past else None


def _group(contact: Contact, interviewers: set[str], tables: DraftingTables) -> str:
    if contact.name and _name_key(contact.name) in interviewers:
        return "interviewer"
    role = (contact.role or "").casefold()
    for group in ("recruiter", "hiring-manager", "interviewer"):
        if any(word in role for word in tables.roles.get(group, ())):
            return group
    return "other"


def choose_recipient(
    app: Application, kind: str, interview: Interview | None, tables: DraftingTables
) -> Recipient:
    """The contact to write to: by the kind's order of groups, the first with an email."""
    named = {_name_key(n) for n in (interview.interviewers if interview else []) if n.strip()}
    candidates = [c for c in app.contacts if is_email(c.email)]
    order = tables.kind_rule(kind).recipients
    for group in order:
        for contact in candidates:
            if group == "other" or _group(contact, named, tables) == group:
                assert contact.email is not None
                name = contact.name.strip() if contact.name and contact.name.strip() else None
                return Recipient(name, contact.email.strip(), group)
    raise InvalidInputError(
        f"{app.ref} has no contact with an email address to write to",
        hint="Add the recruiter's or interviewer's email to the application's contacts, "
        "or give the address to write to.",
    )


def default_corrections(app: Application, sender: Sender) -> list[Correction]:
    """What the employer has that differs from the sender's details (email, phone)."""
    found = []
    given = app.candidate
    if given.email and sender.email and given.email.strip().lower() != sender.email.lower():
        found.append(Correction("email", sender.email, given.email.strip()))
    if given.phone and sender.phone and not _same_phone(given.phone, sender.phone):
        found.append(Correction("phone", sender.phone, given.phone.strip()))
    return found


def _same_phone(a: str, b: str) -> bool:
    da, db = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    short, long = sorted((da, db), key=len)
    return short == long or (len(short) >= 7 and long.endswith(short))


def build_context(
    app: Application,
    kind: str,
    lang: str,
    sender: Sender,
    recipient: Recipient,
    today: date,
    tables: DraftingTables,
    *,
    corrections: Sequence[Correction] = (),
    decision_on: date | None = None,
) -> dict[str, Any]:
    """The plain values a template sees; see data/templates/README.md for the fields."""
    interview = find_interview(app, today)
    interviewers = [n.strip() for n in (interview.interviewers if interview else []) if n.strip()]
    interviewer = interviewers[0] if interviewers else None
    if interviewer is None and recipient.group == "interviewer":
        interviewer = recipient.name
    decision = decision_on or (interview.decision_expected_on if interview else None)
    labels = tables.corrections[lang]
    fixes: list[dict[str, str | None]] = []
    for fix in corrections:
        if fix.field not in _CORRECTION_FIELDS:
            raise InvalidInputError(
                f"cannot correct {fix.field!r}; choose one of {', '.join(_CORRECTION_FIELDS)}"
            )
        fixes.append({"label": labels[fix.field], "right": fix.right, "wrong": fix.wrong})

    def when(day: date | None) -> str | None:
        return format_date(day, lang, today, tables) if day else None

    return {
        "kind": kind,
        "lang": lang,
        "sender": {
            "name": sender.name,
            "email": sender.email,
            "phone": sender.phone,
            "signature": sender.signature,
        },
        "recipient": {"name": recipient.name, "email": recipient.email},
        "interviewer": interviewer,
        "interviewers": interviewers,
        "company": app.company.name,
        "role": app.role.title,
        "interview": {
            "date": when(interview.at.date()),
            "stage": describe_stage(interview.stage, lang, tables),
        }
        if interview
        else None,
        "note": pick_note(interview.notes if interview else None, lang, tables),
        "decision_date": when(decision),
        "decision_passed": bool(decision and decision < today),
        "applied_on": when(app.applied_on),
        "corrections": fixes,
        "correction_labels": join_words([labels[f.field] for f in corrections], lang, tables),
        "today": when(today),
    }
