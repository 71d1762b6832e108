"""One application's record and evidence read with the database's own driver (store/fastread.py's
Reader), for `why` without SQLAlchemy: the same records store/mapping.application_record makes of
the ORM's rows, the columns converted as SQLAlchemy's types convert them."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from unghost.store.fastread import Reader

_APP_SQL = """
SELECT a.id, a.ref, a.title, a.posting_url, a.posted_on, a.new_position, a.closed_on,
       a.location, a.description, a.salary_min, a.salary_max, a.salary_currency,
       a.salary_period, a.work_mode, a.status, a.applied_on, a.candidate_email,
       a.candidate_phone, a.notes, a.source, a.extra, a.version, a.tags, a.rating, a.archived,
       c.name, c.domain, c.country, c.subdivision, c.industry, c.fiscal_year_end_month,
       c.funding_pending, c.hiring_freeze
FROM applications a JOIN companies c ON c.id = a.company_id
WHERE a.owner_id = %s AND {which}
"""
# The children in the order of the ORM relationships (store/models.py ApplicationRow).
_CHILD_SQL = {
    "contacts": "SELECT name, email, phone, role, linkedin, extra FROM contacts "
    "WHERE application_id = %s ORDER BY position",
    "interviews": "SELECT at_utc, utc_offset_min, stage, interviewers, decision_expected_on, "
    "candidates_remaining, notes, format, extra FROM interviews WHERE application_id = %s "
    "ORDER BY at_utc, id",
    "messages": "SELECT at_utc, utc_offset_min, direction, kind, subject, counterpart, message_id, "
    "return_date, body, extra FROM messages WHERE application_id = %s ORDER BY at_utc, id",
    "events": 'SELECT "on", kind, status, note, extra FROM events WHERE application_id = %s '
    'ORDER BY "on", position, id',
    "documents": "SELECT path, kind, extra FROM documents WHERE application_id = %s "
    "ORDER BY position",
}
# The evidence queries of store/evidence.load_evidence_rows, scoped to the owner as the ORM's
# criteria scope them (store/tenancy.py), in the same order.
_CHECKS_SQL = (
    "SELECT application_id, findings, checked_at FROM contact_checks "
    "WHERE application_id = %s AND owner_id = %s"
)
_LOOKS_SQL = (
    "SELECT application_id, checked_at, state, confirmed FROM posting_checks "
    "WHERE application_id = %s AND owner_id = %s ORDER BY checked_at"
)
_MAIL_SQL = (
    "SELECT application_id, sent_at, signals FROM mail_messages "
    "WHERE application_id = %s AND owner_id = %s"
)


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def load_application(reader: Reader, owner_id: int, ref_or_id: str) -> Any:
    """The owner's application named by `ref_or_id` (a ref or a numeric id, as the repository
    finds it), or None when there is none."""
    from unghost.domain.records import (
        Application,
        Candidate,
        Company,
        Contact,
        Direction,
        Document,
        Event,
        EventKind,
        Interview,
        Message,
        MessageKind,
        Role,
        Status,
        WorkMode,
    )
    from unghost.domain.refs import parse_id
    from unghost.store.mapping_values import join_aware, salary_record

    row = None
    number = parse_id(ref_or_id)
    if number is not None:
        row = reader.one(_APP_SQL.format(which="a.id = %s"), owner_id, number)
    if row is None:
        row = reader.one(_APP_SQL.format(which="a.ref = %s"), owner_id, ref_or_id)
    if row is None:
        return None
    kids = {name: reader.rows(sql, row[0], few=True) for name, sql in _CHILD_SQL.items()}
    return Application(
        id=row[0], ref=row[1],
        company=Company(name=row[25], domain=row[26], country=row[27], subdivision=row[28],
                        industry=row[29], fiscal_year_end_month=row[30],
                        funding_pending=_flag(row[31]), hiring_freeze=_flag(row[32])),  # type: ignore[arg-type]
        role=Role(title=row[2], posting_url=row[3], posted_on=_day(row[4]),
                  new_position=_flag(row[5]), closed_on=_day(row[6]), location=row[7],
                  description=row[8], salary=salary_record(row[9], row[10], row[11], row[12]),
                  work_mode=WorkMode(row[13]) if row[13] else None),
        status=Status(row[14]), applied_on=_day(row[15]),
        candidate=Candidate(email=row[16], phone=row[17]),
        contacts=[Contact(name=c[0], email=c[1], phone=c[2], role=c[3], linkedin=c[4],
                          extra=dict(_json(c[5]) or {})) for c in kids["contacts"]],
        interviews=[Interview(at=join_aware(_moment(i[0]), i[1]), stage=i[2],  # type: ignore[arg-type]
                              interviewers=list(_json(i[3]) or []),
                              decision_expected_on=_day(i[4]), candidates_remaining=i[5],
                              notes=i[6], format=i[7], extra=dict(_json(i[8]) or {}))
                    for i in kids["interviews"]],
        messages=[Message(at=join_aware(_moment(m[0]), m[1]), direction=Direction(m[2]),  # type: ignore[arg-type]
                          kind=MessageKind(m[3]), subject=m[4], counterpart=m[5],
                          message_id=m[6], return_date=_day(m[7]), body=m[8],
                          extra=dict(_json(m[9]) or {})) for m in kids["messages"]],
        events=[Event(on=_day(e[0]), kind=EventKind(e[1]),  # type: ignore[arg-type]
                      status=Status(e[2]) if e[2] else None, note=e[3],
                      extra=dict(_json(e[4]) or {})) for e in kids["events"]],
        documents=[Document(path=d[0], kind=d[1], extra=dict(_json(d[2]) or {}))
                   for d in kids["documents"]],
        notes=row[18], source=row[19], extra=dict(_json(row[20]) or {}), version=row[21],
        tags=list(_json(row[22]) or []), rating=row[23], archived=bool(row[24]),
    )  # fmt: skip


def evidence_rows(
    reader: Reader, owner_id: int, app_id: int
) -> tuple[list[Any], list[Any], list[Any]]:
    """The contact checks, posting looks and mail signals load_evidence_rows reads, converted."""
    checks = [
        (a, _json(f), _moment(at))
        for a, f, at in reader.rows(_CHECKS_SQL, app_id, owner_id, few=True)
    ]
    looks = [(a, _moment(at), state, bool(ok))
             for a, at, state, ok in reader.rows(_LOOKS_SQL, app_id, owner_id, few=True)]  # fmt: skip
    mail = [
        (a, _moment(at), _json(s))
        for a, at, s in reader.rows(_MAIL_SQL, app_id, owner_id, few=True)
    ]
    return checks, looks, mail
