"""The stage history of an application: the dated status changes a user can show an office."""

from __future__ import annotations

from datetime import date

from unghost.domain.records import Application, Event, EventKind, MessageKind, Status

_DECISIVE = {MessageKind.REJECTION: Status.REJECTED, MessageKind.OFFER: Status.OFFER}


def initial_history(app: Application, today: date, *, dated_today: bool = True) -> list[Event]:
    """History for an application that arrives without one, built from what its dates say.
    With `dated_today`, a status nothing dates is dated `today` (the user sets it now); an
    import passes False so no stage gets the import day."""
    if app.events:
        return list(app.events)
    events: list[Event] = []
    if app.applied_on:
        events.append(Event(on=app.applied_on, kind=EventKind.STATUS, status=Status.APPLIED))
    if app.interviews and app.status.rank >= Status.INTERVIEWING.rank:
        first = min(i.at for i in app.interviews).date()
        events.append(Event(on=first, kind=EventKind.STATUS, status=Status.INTERVIEWING))
    for message in app.messages:
        status = _DECISIVE.get(message.kind)
        if status is app.status:
            events.append(Event(on=message.at.date(), kind=EventKind.STATUS, status=status))
            break
    undated = not any(e.status is app.status for e in events)
    if dated_today and undated and app.status is not Status.SAVED:
        events.append(Event(on=today, kind=EventKind.STATUS, status=app.status))
    events.sort(key=lambda e: e.on)
    return events


def change_status(app: Application, status: Status, on: date, note: str | None = None) -> bool:
    """Record a status change the user made; False when it is already the status."""
    if status is app.status:
        return False
    app.status = status
    app.events.append(Event(on=on, kind=EventKind.STATUS, status=status, note=note))
    app.events.sort(key=lambda e: e.on)
    return True


def format_history(events: list[Event]) -> str:
    """`2026-09-05 applied → 2026-09-28 interviewing → 2026-10-02 note: called HR`."""
    parts = []
    for e in events:
        if e.status is not None:
            parts.append(
                f"{e.on.isoformat()} {e.status.value}" + (f" ({e.note})" if e.note else "")
            )
        else:
            parts.append(f"{e.on.isoformat()} note: {e.note}")
    return " → ".join(parts)
