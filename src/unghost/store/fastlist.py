"""The list's rows (`unghost list --json`) in one query, for the CLI's fast path (cli/fast.py):
per application what store/readmodel.py's pipeline summary, the stored odds and silence and
(when asked) the stored agenda say of it, as plain tuples of text and numbers; no record is
built. Read through store/fastread.Reader, after its check that every row is current."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from unghost.store.fastread import Reader

# The last day of each kind of activity, per application, as store/readmodel.py's SUMMARY_SQL
# joins them (unscoped: only the owner's applications are looked up in them); on SQLite the
# stdlib driver's ISO text compares as the days do (the three in one grouping: one temporary
# index instead of three), on PostgreSQL GREATEST skips the NULLs.
_SQLITE = """
SELECT a.id, a.ref, c.name, a.title, a.status, c.country, substr(a.applied_on, 1, 10),
       MAX(COALESCE(substr(a.applied_on, 1, 10), ''), COALESCE(x.d, '')),
       a.tags, a.rating, a.archived, r.silence_business_days, r.p_hear_back{agenda}
FROM applications a
JOIN companies c ON c.id = a.company_id
LEFT JOIN readmodel_rows r ON r.application_id = a.id
LEFT JOIN (SELECT application_id, MAX(d) AS d
           FROM (SELECT application_id, substr("on", 1, 10) AS d FROM events
                 UNION ALL SELECT application_id, substr(at_utc, 1, 10) FROM messages
                 UNION ALL SELECT application_id, substr(at_utc, 1, 10) FROM interviews)
           GROUP BY application_id) x ON x.application_id = a.id
WHERE a.owner_id = %s{status}
ORDER BY a.id
"""
_SQLITE_AGENDA = """,
       CASE WHEN r.agenda_kind IS NOT NULL AND r.action_on <= %s AND a.archived = 0
            THEN r.agenda_kind END,
       substr(r.action_on, 1, 10), substr(r.due_now_on, 1, 10)"""
_POSTGRES = """
SELECT a.id, a.ref, c.name, a.title, a.status, c.country, to_char(a.applied_on, 'YYYY-MM-DD'),
       to_char(GREATEST(a.applied_on, e.d, m.d, i.d), 'YYYY-MM-DD'),
       a.tags, a.rating, a.archived, r.silence_business_days, r.p_hear_back{agenda}
FROM applications a
JOIN companies c ON c.id = a.company_id
LEFT JOIN readmodel_rows r ON r.application_id = a.id
LEFT JOIN (SELECT application_id, MAX("on") AS d FROM events
           GROUP BY application_id) e ON e.application_id = a.id
LEFT JOIN (SELECT application_id, CAST(MAX(at_utc) AS date) AS d FROM messages
           GROUP BY application_id) m ON m.application_id = a.id
LEFT JOIN (SELECT application_id, CAST(MAX(at_utc) AS date) AS d FROM interviews
           GROUP BY application_id) i ON i.application_id = a.id
WHERE a.owner_id = %s{status}
ORDER BY a.id
"""
_POSTGRES_AGENDA = """,
       CASE WHEN r.agenda_kind IS NOT NULL AND r.action_on <= %s AND NOT a.archived
            THEN r.agenda_kind END,
       to_char(r.action_on, 'YYYY-MM-DD'), to_char(r.due_now_on, 'YYYY-MM-DD')"""


def list_rows(
    reader: Reader, owner_id: int, status: str | None, horizon: date | None
) -> list[tuple[Any, ...]]:
    """(id, ref, company, title, status, country, applied_on, last_activity, tags, rating,
    archived, silence_business_days, p_hear_back[, agenda kind, its day, due-now day]) of each
    of the owner's applications (of `status` when given), by id; days as ISO text, tags a
    list. The agenda's three columns come when `horizon` is given (its kind only for an item
    due by `horizon` of an application not archived, as store/fastread.AGENDA_SQL reads it)."""
    sql, agenda = (_SQLITE, _SQLITE_AGENDA) if reader.sqlite else (_POSTGRES, _POSTGRES_AGENDA)
    values: list[Any] = []
    if horizon is not None:
        values.append(horizon)
    values.append(owner_id)
    if status:
        values.append(status)
    text = sql.format(agenda=agenda if horizon is not None else "",
                      status=" AND a.status = %s" if status else "")  # fmt: skip
    out = []
    for row in reader.rows(text, *values):
        tags = row[8]
        if not tags or tags == "[]":
            tags = []
        elif isinstance(tags, str | bytes):
            tags = [str(t) for t in json.loads(tags)]
        else:
            tags = [str(t) for t in tags]
        out.append((*row[:7], row[7] or None, tags, row[9], bool(row[10]), *row[11:]))
    return out
