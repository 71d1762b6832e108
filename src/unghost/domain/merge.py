"""Merging an incoming copy of an application into the stored one: idempotent, never a downgrade."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import fields, replace
from datetime import date
from typing import TypeVar

from unghost.domain.records import (
    Application,
    Contact,
    Document,
    Event,
    Interview,
    Message,
    Status,
)

T = TypeVar("T")
Item = TypeVar("Item", Contact, Interview, Message, Document, Event)


def higher_status(current: Status, incoming: Status) -> Status:
    """The incoming status unless it would move the application backwards or sideways."""
    return incoming if incoming.rank > current.rank else current


def merge_application(stored: Application, incoming: Application, today: date) -> Application:
    """Stored + incoming: known values win over blanks, lists are united, status only rises."""
    merged = replace(stored)
    for name in ("applied_on", "notes", "source", "rating"):
        value = getattr(incoming, name)
        if value not in (None, ""):
            setattr(merged, name, value)
    merged.company = _fill(stored.company, incoming.company)
    merged.role = _fill(stored.role, incoming.role)
    merged.candidate = _fill(stored.candidate, incoming.candidate)
    merged.contacts = _union(stored.contacts, incoming.contacts, _contact_key)
    merged.interviews = _union(stored.interviews, incoming.interviews, _interview_key)
    merged.messages = _union(stored.messages, incoming.messages, _message_key)
    merged.documents = _union(stored.documents, incoming.documents, lambda d: d.path)
    merged.events = _union(stored.events, incoming.events, _event_key)
    merged.extra = {**stored.extra, **incoming.extra}
    known_tags = {t.casefold() for t in stored.tags}
    merged.tags = [*stored.tags, *(t for t in incoming.tags if t.casefold() not in known_tags)]
    merged.archived = stored.archived or incoming.archived
    # a new stage keeps the dates the file gave; none is invented (the import day is not the
    # day they rejected you)
    merged.status = higher_status(stored.status, incoming.status)
    merged.events.sort(key=lambda e: e.on)
    return merged


def _fill(stored: T, incoming: T) -> T:
    """Field by field: the incoming value when it says something, else the stored one."""
    updates = {}
    for f in fields(stored):  # type: ignore[arg-type]  # only dataclasses come here
        value = getattr(incoming, f.name)
        if value not in (None, "", False):
            updates[f.name] = value
    return replace(stored, **updates)  # type: ignore[type-var]  # a dataclass instance


def _union(
    stored: list[Item], incoming: Iterable[Item], key: Callable[[Item], Hashable]
) -> list[Item]:
    """Stored items, then the incoming ones not among them; an incoming copy of a stored item
    adds its unknown fields to the stored item's (a copy, so `stored` is left as it was)."""
    where: dict[Hashable, int] = {}
    out = list(stored)
    for position, x in enumerate(stored):
        where.setdefault(key(x), position)
    for item in incoming:
        k = key(item)
        at = where.get(k)
        if at is None:
            where[k] = len(out)
            out.append(item)
            continue
        extra = {**out[at].extra, **item.extra}
        if extra != out[at].extra:
            out[at] = replace(out[at], extra=extra)
    return out


def _contact_key(c: Contact) -> Hashable:
    return (c.email or "").casefold() or (c.name or "").casefold() or (c.phone or "")


def _interview_key(i: Interview) -> Hashable:
    return (i.at, (i.stage or "").casefold())


def _message_key(m: Message) -> Hashable:
    return m.message_id or (m.at, m.direction, m.kind)


def _event_key(e: Event) -> Hashable:
    return (e.on, e.kind, e.status, e.note)


def dedupe_documents(docs: Iterable[Document]) -> list[Document]:
    return _union([], docs, lambda d: d.path)
