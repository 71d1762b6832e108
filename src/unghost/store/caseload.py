"""The counsellor side's queries: a caseload's pipelines in one statement, one student's
pipeline metadata, and the tables between people (notes, marks, shares, outcomes).

The caseload statement reads other people's rows: it runs in a transaction that opts in with
`app.caseload` (transaction-local), where PostgreSQL's `caseload_read` policy shows the
stored counts, applications and read-model rows of the students assigned to the acting user,
and no one else's (migrations 0013_caseload, 0016_caseload_counts). Every other read of a
student's data acts as that student."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from unghost.domain.caseload import StudentCounts
from unghost.store.counsel_tables import AttentionMarkRow, CounsellorNoteRow, OutcomeRow, ShareRow
from unghost.store.people import AssignmentRow, AuditRow, UserRow
from unghost.store.readsync import announced

SHAREABLE = ("notes", "mail")
MARK_ACTIONS = ("seen", "contacted")

_OPEN = text(
    "SELECT role, disabled, set_config('app.caseload', 'on', true) FROM users "
    "WHERE id = :counsellor"
)
# the page: each assigned student's stored counts (0016_caseload_counts), thresholds applied
# here, the counsellor's newest mark per flag, and the look's audit entries (one per student,
# written unless a student's counts are stale and this is not the final look), in one statement
_CASELOAD = text("""
WITH page AS (
SELECT m.student_id, m.created_at, u.email, u.name,
       coalesce(c.applications, 0) AS applications, coalesce(c.waiting, 0) AS waiting,
       o.overdue, o.overdue_long, coalesce(c.most_overdue, 0) AS most_overdue,
       (SELECT count(*) FROM unnest(c.silences) s WHERE s >= :long_silence) AS long_silent,
       coalesce(c.offers, 0) AS offers, c.last_applied,
       coalesce(c.owner_id IS NULL OR c.unread > 0 OR c.first_as_of <> :today
                OR c.last_as_of <> :today OR c.first_basis <> :basis
                OR c.last_basis <> :basis, false) AS stale
FROM assignments m JOIN users u ON u.id = m.student_id
LEFT JOIN caseload_counts c ON c.owner_id = m.student_id
CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE d > 0) AS overdue,
           count(*) FILTER (WHERE d >= :overdue_days) AS overdue_long
    FROM unnest(c.overdue_days) d
) o
WHERE m.counsellor_id = :counsellor
), audit AS (
    INSERT INTO audit_log (at, actor_id, subject_id, action, detail)
    SELECT :now, :counsellor, p.student_id, 'read', :what FROM page p
    WHERE :final OR NOT EXISTS (SELECT 1 FROM page WHERE stale)
), marks AS (
    SELECT k.student_id, json_agg(json_build_object('flag', k.flag, 'action', k.action,
                                                    'note', k.note, 'at', k.created_at)) AS marks
    FROM (SELECT DISTINCT ON (student_id, flag) student_id, flag, action, note, created_at
          FROM attention_marks WHERE counsellor_id = :counsellor
          ORDER BY student_id, flag, id DESC) k
    GROUP BY k.student_id
)
SELECT p.*, k.marks FROM page p LEFT JOIN marks k ON k.student_id = p.student_id
ORDER BY p.student_id
""")
# the same figures summed from every application and read-model row: what the stored counts
# must always equal (tests), and what the page read on each look before 0016
_CASELOAD_FROM_ROWS = text("""
WITH mine AS (
    SELECT student_id, created_at FROM assignments WHERE counsellor_id = :counsellor
), counts AS (
    SELECT a.owner_id,
           count(*) AS applications,
           count(*) FILTER (WHERE r.state = 'waiting') AS waiting,
           count(*) FILTER (WHERE r.overdue_business_days > 0) AS overdue,
           count(*) FILTER (WHERE r.overdue_business_days >= :overdue_days) AS overdue_long,
           max(r.overdue_business_days) AS most_overdue,
           count(*) FILTER (WHERE r.state = 'waiting'
                            AND r.silence_business_days >= :long_silence) AS long_silent,
           count(*) FILTER (WHERE a.status = 'offer') AS offers,
           max(a.applied_on) AS last_applied,
           count(*) FILTER (WHERE r.application_id IS NULL OR r.as_of <> :today
                            OR r.basis <> :basis) > 0 AS stale
    FROM applications a
    LEFT JOIN (SELECT * FROM readmodel_rows WHERE owner_id IN (SELECT student_id FROM mine)) r
           ON r.application_id = a.id AND r.owner_id = a.owner_id
    WHERE a.owner_id IN (SELECT student_id FROM mine) AND NOT a.archived
    GROUP BY a.owner_id
)
SELECT m.student_id, m.created_at, u.email, u.name,
       coalesce(c.applications, 0) AS applications, coalesce(c.waiting, 0) AS waiting,
       coalesce(c.overdue, 0) AS overdue, coalesce(c.overdue_long, 0) AS overdue_long,
       coalesce(c.most_overdue, 0) AS most_overdue, coalesce(c.long_silent, 0) AS long_silent,
       coalesce(c.offers, 0) AS offers, c.last_applied, coalesce(c.stale, false) AS stale
FROM mine m JOIN users u ON u.id = m.student_id
LEFT JOIN counts c ON c.owner_id = m.student_id
ORDER BY m.student_id
""")


@dataclass(frozen=True, slots=True)
class CaseloadRead:
    counts: list[StudentCounts]
    stale: list[int]  # students whose read-model rows are not today's
    people: dict[int, dict[str, Any]]  # id, email and name of each student
    marks: dict[tuple[int, str], dict[str, Any]]  # (student, flag) -> newest mark


def open_caseload(session: Session, counsellor_id: int) -> tuple[str, bool] | None:
    """Opt the transaction in to the caseload read; the acting user's (role, disabled)."""
    row = session.execute(_OPEN, {"counsellor": counsellor_id}).first()
    return None if row is None else (row.role, row.disabled)


def read_caseload(
    session: Session, counsellor_id: int, *, today: date, basis: str, overdue_days: int,
    long_silence: int, now: datetime | None = None, final: bool = False,
    from_rows: bool = False,
) -> CaseloadRead:  # fmt: skip
    """Every assigned student's counts in one statement (PostgreSQL, after open_caseload),
    audited at `now` unless a student's counts are stale and the look is not `final`, with
    the counsellor's newest marks; with `from_rows`, only the same counts summed from every
    application (the recount the stored counts must equal), neither audited nor marked."""
    values = {"counsellor": counsellor_id, "today": today, "basis": basis,
              "overdue_days": overdue_days, "long_silence": long_silence}  # fmt: skip
    if from_rows:
        rows = session.execute(_CASELOAD_FROM_ROWS, values).all()
    else:
        # it writes audit_log only: its text names `applications` (a column), not a write
        # to them, so the read model has nothing to refresh (store/readsync.py)
        with announced(session, "audit_log", ()):
            rows = session.execute(_CASELOAD, {**values, "now": now, "final": final,
                                               "what": "caseload"}).all()  # fmt: skip
    counts = [StudentCounts(
        student_id=r.student_id, applications=r.applications, waiting=r.waiting,
        overdue=r.overdue, overdue_long=r.overdue_long, most_overdue=r.most_overdue,
        long_silent=r.long_silent, offers=r.offers, last_applied=r.last_applied,
        assigned_on=r.created_at.date(),
    ) for r in rows]  # fmt: skip
    people = {r.student_id: {"id": r.student_id, "email": r.email, "name": r.name} for r in rows}
    marks = {} if from_rows else {
        (r.student_id, m["flag"]): {"action": m["action"], "note": m["note"],
                                    "at": datetime.fromisoformat(m["at"]).isoformat()}
        for r in rows if r.marks for m in r.marks}  # fmt: skip
    return CaseloadRead(counts, [r.student_id for r in rows if r.stale], people, marks)


_RECOUNT = text("SELECT caseload_recount(:student)")


def recount(session: Session, student_id: int) -> None:
    """Sum the student's stored counts again now (in a transaction acting for them): for a
    student no write has counted yet, e.g. one with no application, or from before 0016."""
    session.execute(_RECOUNT, {"student": student_id})


def people(session: Session, ids: list[int]) -> dict[int, UserRow]:
    if not ids:
        return {}
    return {u.id: u for u in session.scalars(select(UserRow).where(UserRow.id.in_(ids)))}


_PIPELINE = text("""
SELECT a.ref, c.name AS company, a.title, a.status, a.applied_on, a.archived,
       r.state, r.silence_business_days, r.silent_since, r.p_hear_back, r.action_kind,
       r.action_on, r.action_then, r.action_why_en, r.action_why_zh,
       r.overdue_business_days, a.id AS application_id{notes}
FROM applications a JOIN companies c ON c.id = a.company_id
LEFT JOIN readmodel_rows r ON r.application_id = a.id
WHERE a.owner_id = :student AND NOT a.archived
ORDER BY r.overdue_business_days DESC NULLS LAST, a.applied_on DESC NULLS LAST, a.ref
""")


def student_pipeline(session: Session, student_id: int, *, notes: bool) -> list[dict[str, Any]]:
    """One student's applications as pipeline metadata (in a transaction acting for them);
    the notes only when `notes` (the student shares them)."""
    query = text(_PIPELINE.text.replace("{notes}", ", a.notes" if notes else ""))
    return [dict(r._mapping) for r in session.execute(query, {"student": student_id})]


_MAIL = text("""
SELECT m.id, a.ref, m.from_addr, m.subject, m.sent_at, m.label, m.body
FROM mail_messages m LEFT JOIN applications a ON a.id = m.application_id
WHERE m.owner_id = :student ORDER BY m.sent_at DESC NULLS LAST, m.id DESC LIMIT 200
""")


def student_mail(session: Session, student_id: int) -> list[dict[str, Any]]:
    """The student's newest mail (in a transaction acting for them; shown only when shared)."""
    return [dict(r._mapping) for r in session.execute(_MAIL, {"student": student_id})]


def is_assigned(session: Session, counsellor_id: int, student_id: int) -> bool:
    return session.get(AssignmentRow, (counsellor_id, student_id)) is not None


def shares_of(session: Session, student_id: int) -> set[str]:
    return set(session.scalars(select(ShareRow.what).where(ShareRow.student_id == student_id)))


def set_share(session: Session, student_id: int, what: str, on: bool, *, now: datetime) -> bool:
    """Share or revoke; True when it changed."""
    current = what in shares_of(session, student_id)
    if current == on:
        return False
    if on:
        session.add(ShareRow(student_id=student_id, what=what, created_at=now))
    else:
        session.execute(delete(ShareRow).where(ShareRow.student_id == student_id,
                                               ShareRow.what == what))  # fmt: skip
    session.flush()
    return True


def add_note(session: Session, counsellor_id: int, student_id: int, body: str, *,
             now: datetime) -> CounsellorNoteRow:  # fmt: skip
    row = CounsellorNoteRow(counsellor_id=counsellor_id, student_id=student_id, body=body,
                            created_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    return row


def notes_to(session: Session, student_id: int, *, counsellor_id: int | None = None
             ) -> list[CounsellorNoteRow]:  # fmt: skip
    query = select(CounsellorNoteRow).where(CounsellorNoteRow.student_id == student_id)
    if counsellor_id is not None:
        query = query.where(CounsellorNoteRow.counsellor_id == counsellor_id)
    return list(session.scalars(query.order_by(CounsellorNoteRow.id.desc())))


def add_mark(session: Session, counsellor_id: int, student_id: int, flag: str, action: str,
             note: str | None, *, now: datetime) -> AttentionMarkRow:  # fmt: skip
    row = AttentionMarkRow(counsellor_id=counsellor_id, student_id=student_id, flag=flag,
                           action=action, note=note or None, created_at=now)  # fmt: skip
    session.add(row)
    session.flush()
    return row


def reads_by_others(session: Session, student_id: int, *, limit: int = 200) -> list[Any]:
    """Who read the student's data and what, newest first (from the audit log)."""
    query = (
        select(AuditRow.at, AuditRow.action, AuditRow.detail, UserRow.email, UserRow.role)
        .join(UserRow, UserRow.id == AuditRow.actor_id)
        .where(AuditRow.subject_id == student_id, AuditRow.actor_id != student_id,
               AuditRow.action == "read")
        .order_by(AuditRow.id.desc()).limit(limit)
    )  # fmt: skip
    return list(session.execute(query))


def set_outcome(session: Session, student_id: int, *, cohort: str, category: str | None,
                recorded_by: int, now: datetime) -> OutcomeRow:  # fmt: skip
    row = session.get(OutcomeRow, student_id)
    if row is None:
        row = OutcomeRow(student_id=student_id, cohort=cohort, category=category,
                         recorded_by=recorded_by, recorded_at=now)  # fmt: skip
        session.add(row)
    else:
        row.cohort, row.category = cohort, category
        row.recorded_by, row.recorded_at = recorded_by, now
    session.flush()
    return row


def outcomes_of(session: Session, student_ids: list[int] | None) -> list[OutcomeRow]:
    """Outcomes of the students (None: every one row-level security shows)."""
    query = select(OutcomeRow).order_by(OutcomeRow.cohort, OutcomeRow.student_id)
    if student_ids is not None:
        query = query.where(OutcomeRow.student_id.in_(student_ids))
    return list(session.scalars(query))
