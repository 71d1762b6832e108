"""Recording by hand: interviews, contacts, messages and notes of one application, by position."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import (
    Application,
    Contact,
    EventKind,
    Interview,
    Message,
    Status,
)
from unghost.domain.stages import change_status
from unghost.errors import ConflictError, InvalidInputError, NotFoundError

# What a reply the user records proposes for the stage: they told it themselves, so it applies.
STATUS_OF_REPLY = {"rejection": Status.REJECTED, "offer": Status.OFFER,
                   "interview-invite": Status.INTERVIEWING}  # fmt: skip


def _change(ctx: Context, ref: str, apply: Callable[[Application], None]) -> Application:
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        row = repo.get_row(ref)
        app = repo.get(str(row.id))
        apply(app)
        repo.save(app, row)
        return app


def item_key(item: Any) -> str:
    """A short fingerprint of one interview, contact, message or note: a form sends it back so
    a change made in another tab is never applied to the wrong line."""
    import hashlib

    return hashlib.sha256(repr(item).encode("utf-8")).hexdigest()[:12]


def _at(items: list[Any], index: int, what: str, ref: str, expect: str | None = None) -> Any:
    if not 0 <= index < len(items):
        raise NotFoundError(f"{ref} has no {what} number {index}",
                            hint="reload the application page to see the current list")  # fmt: skip
    if expect and item_key(items[index]) != expect:
        raise ConflictError(f"{what} {index} of {ref} changed since the page was shown",
                            hint="reload the page and try again")  # fmt: skip
    return items[index]


def _keeping_extra(old: Any, new: Any) -> Any:
    """An edited line keeps the unknown fields its import brought (a form knows none)."""
    return new if new.extra or not old.extra else replace(new, extra=dict(old.extra))


# -- interviews ---------------------------------------------------------------------------------
def _interviewing_since(app: Application) -> None:
    """The `interviewing` step of the history is dated by the first interview, not by the day
    the form was saved; it appears with the first interview and is dated again on edits."""
    first = min((i.at.date() for i in app.interviews), default=None)
    steps = [
        e for e in app.events if e.kind is EventKind.STATUS and e.status is Status.INTERVIEWING
    ]
    if first is None:
        return
    if not steps:
        if app.status.rank < Status.INTERVIEWING.rank:
            change_status(app, Status.INTERVIEWING, first)
        return
    steps[0].on = first
    app.events.sort(key=lambda e: e.on)


def add_interview(ctx: Context, ref: str, interview: Interview) -> Application:
    def apply(app: Application) -> None:
        app.interviews.append(interview)
        app.interviews.sort(key=lambda i: i.at)
        _interviewing_since(app)

    return _change(ctx, ref, apply)


def edit_interview(ctx: Context, ref: str, index: int, interview: Interview,
                   expect: str | None = None) -> Application:  # fmt: skip
    def apply(app: Application) -> None:
        old = _at(app.interviews, index, "interview", ref, expect)
        app.interviews[index] = _keeping_extra(old, interview)
        app.interviews.sort(key=lambda i: i.at)
        _interviewing_since(app)

    return _change(ctx, ref, apply)


def delete_interview(ctx: Context, ref: str, index: int, expect: str | None = None) -> Application:
    def apply(app: Application) -> None:
        _at(app.interviews, index, "interview", ref, expect)
        del app.interviews[index]
        _interviewing_since(app)

    return _change(ctx, ref, apply)


# -- contacts -----------------------------------------------------------------------------------
def add_contact(ctx: Context, ref: str, contact: Contact) -> Application:
    def apply(app: Application) -> None:
        if contact.email and any(k.email and k.email.casefold() == contact.email.casefold()
                                 for k in app.contacts):  # fmt: skip
            raise InvalidInputError(f"email: {contact.email} is already one of the contacts",
                                    hint="edit that contact instead")  # fmt: skip
        app.contacts.append(contact)

    return _change(ctx, ref, apply)


def edit_contact(ctx: Context, ref: str, index: int, contact: Contact,
                 expect: str | None = None) -> Application:  # fmt: skip
    def apply(app: Application) -> None:
        old = _at(app.contacts, index, "contact", ref, expect)
        app.contacts[index] = _keeping_extra(old, contact)

    return _change(ctx, ref, apply)


def delete_contact(ctx: Context, ref: str, index: int, expect: str | None = None) -> Application:
    def apply(app: Application) -> None:
        _at(app.contacts, index, "contact", ref, expect)
        del app.contacts[index]

    return _change(ctx, ref, apply)


@dataclass(frozen=True, slots=True)
class ContactLine:
    """One contact on the Contacts page, with the application it belongs to."""

    index: int
    contact: Contact
    ref: str
    company: str
    title: str

    def to_dict(self) -> dict[str, Any]:
        k = self.contact
        return {"index": self.index, "name": k.name, "role": k.role, "email": k.email,
                "phone": k.phone, "linkedin": k.linkedin, "application": self.ref,
                "company": self.company, "title": self.title}  # fmt: skip


def list_contacts(ctx: Context, query: str = "") -> list[ContactLine]:
    """Every contact of every application, by name; `query` matches any of their words
    (name, role, email, phone, LinkedIn, company, job title), case-insensitively."""
    from unghost.store.application_parts import list_contact_rows

    with ctx.transaction() as session:
        rows = list_contact_rows(session)
        lines = [
            ContactLine(row.position, Contact(name=row.name, email=row.email, phone=row.phone,
                                              role=row.role, linkedin=row.linkedin),
                        ref, company, title)
            for row, ref, company, title in rows
        ]  # fmt: skip
    words = query.casefold().split()
    if words:

        def hay(line: ContactLine) -> str:
            k = line.contact
            parts = (k.name, k.role, k.email, k.phone, k.linkedin, line.company, line.title)
            return " ".join(p for p in parts if p).casefold()

        lines = [line for line in lines if all(w in hay(line) for w in words)]
    lines.sort(key=lambda line: ((line.contact.name or line.contact.email or "").casefold(),
                                 line.company.casefold()))  # fmt: skip
    return lines


# -- messages -----------------------------------------------------------------------------------
def record_message(ctx: Context, ref: str, message: Message) -> Application:
    """A message sent or received outside unghost joins the timeline; a reply that decides
    (rejection, offer, invitation) moves the stage on its own date."""
    from unghost.services.mailrecords import add_message_once

    def apply(app: Application) -> None:
        if not add_message_once(app, message):
            raise InvalidInputError("this message is already recorded on this application")
        status = STATUS_OF_REPLY.get(message.kind.value)
        if message.direction.value == "received" and status and status.rank > app.status.rank:
            change_status(app, status, message.at.date())

    return _change(ctx, ref, apply)


def delete_message(ctx: Context, ref: str, index: int, expect: str | None = None) -> Application:
    def apply(app: Application) -> None:
        _at(app.messages, index, "message", ref, expect)
        del app.messages[index]

    return _change(ctx, ref, apply)


# -- notes --------------------------------------------------------------------------------------
def set_notes(ctx: Context, ref: str, text: str | None) -> Application:
    from unghost.services.recordparse import vocabulary

    value = (text or "").replace("\r\n", "\n").strip() or None
    limit = vocabulary()["limits"]["app_notes"]
    if value and len(value) > limit:
        raise InvalidInputError(f"notes: {limit} characters at most")

    def apply(app: Application) -> None:
        app.notes = value

    return _change(ctx, ref, apply)


def edit_note(ctx: Context, ref: str, index: int, text: str, on: date | None = None,
              expect: str | None = None) -> Application:  # fmt: skip
    """Change a dated note of the history (status steps keep their stage; only the note)."""
    value = text.replace("\r\n", "\n").strip()

    def apply(app: Application) -> None:
        event = _at(app.events, index, "history line", ref, expect)
        if event.kind is EventKind.NOTE and not value:
            raise InvalidInputError("note: write the note, or delete it")
        event.note = value or None
        if on is not None:
            event.on = on
            app.events.sort(key=lambda e: e.on)

    return _change(ctx, ref, apply)


def delete_note(ctx: Context, ref: str, index: int, expect: str | None = None) -> Application:
    def apply(app: Application) -> None:
        event = _at(app.events, index, "history line", ref, expect)
        if event.kind is not EventKind.NOTE:
            raise InvalidInputError("only notes can be deleted from the history; stage steps stay")
        del app.events[index]

    return _change(ctx, ref, apply)
