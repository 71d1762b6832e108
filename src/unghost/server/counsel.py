"""The counsellor side of the server: caseload, "needs attention", a student's pipeline, notes
to the student, sharing, outcomes, and a student's own export and deletion.

Each function opens its own transactions: a read of another person's data is written to the
audit log (server/audit.py) in the transaction that reads it, and anything of a student's
workspace is read acting as that student, so row-level security still holds it."""

from __future__ import annotations

import csv
import io
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.caseload import (
    Flag,
    FlagRules,
    OutcomeRates,
    StudentCounts,
    flags_for,
    outcome_rates,
)
from unghost.errors import ForbiddenError, InvalidInputError, NotFoundError
from unghost.server.audit import check_read, record
from unghost.server.service import utc_now
from unghost.store import caseload as store
from unghost.store.people import UserRow

NOTE_LIMIT = 4000


@cache
def caseload_table() -> dict[str, Any]:
    text = resources.files("unghost.data").joinpath("caseload.toml").read_text("utf-8")
    return tomllib.loads(text)


def flag_rules() -> FlagRules:
    return FlagRules.from_table(caseload_table()["flags"])


def long_silence_days() -> int:
    return int(caseload_table()["dashboard"]["long_silence_business_days"]["value"])


def outcome_categories() -> tuple[str, ...]:
    return tuple(caseload_table()["outcomes"]["categories"])


@dataclass(frozen=True, slots=True)
class CaseloadEntry:
    student: dict[str, Any]
    counts: StudentCounts
    flags: list[Flag]
    marks: dict[str, dict[str, Any]] = field(default_factory=dict)  # flag -> newest mark

    def as_json(self) -> dict[str, Any]:
        c = self.counts
        return {
            "student": self.student,
            "applications": c.applications, "waiting": c.waiting,
            "overdue_follow_ups": c.overdue, "most_overdue_business_days": c.most_overdue,
            "long_silences": c.long_silent, "offers": c.offers,
            "last_applied": c.last_applied.isoformat() if c.last_applied else None,
            "flags": [{"flag": f.key, **f.values, "mark": self.marks.get(f.key)}
                      for f in self.flags],
        }  # fmt: skip


def _actor(session: Any, user_id: int) -> UserRow:
    row = session.get(UserRow, user_id)
    if row is None or row.disabled:
        raise ForbiddenError("sign in again")
    return row


def _as(ctx: Context, user_id: int) -> Context:
    """The same request's Context, acting for another person (after an audited check)."""
    other = Context(settings=ctx.settings, today=ctx.today, zone=ctx.zone, _engine=ctx.engine)
    other.owner_id = user_id
    return other


def _require_counsellor(user: UserRow) -> None:
    if user.role != "counsellor":
        raise ForbiddenError("the caseload is a counsellor's page")


def caseload(ctx: Context, counsellor_id: int) -> list[CaseloadEntry]:
    """Every assigned student's pipeline in counts, with their flags and the counsellor's
    newest mark on each: one statement reads each student's stored counts (kept on write,
    store/counsel_tables.py CaseloadCountRow) once their read-model rows are today's."""
    from unghost.services.readmodel import basis_of, ensure_current

    rules = flag_rules()
    params: dict[str, Any] = {
        "today": ctx.today,
        "basis": basis_of(ctx),
        "overdue_days": rules.overdue_business_days,
        "long_silence": long_silence_days(),
    }

    def look(session: Any, final: bool = False) -> store.CaseloadRead:
        me = store.open_caseload(session, counsellor_id)  # and opt in: one round trip
        if me is None or me[1]:
            raise ForbiddenError("sign in again")
        if me[0] != "counsellor":
            raise ForbiddenError("the caseload is a counsellor's page")
        # audited in the statement that reads, unless stale (read again below, audited then)
        return store.read_caseload(session, counsellor_id, **params, now=utc_now(), final=final)

    mine = _as(ctx, counsellor_id)  # row-level security reads the caseload of app.user_id
    with mine.transaction() as session:
        read = look(session)
    if read.stale:  # the first look of a day: each such student's rows are computed once
        for student_id in read.stale:
            theirs = _as(ctx, student_id)
            ensure_current(theirs, rows=False)  # a write recounts the student at commit
            with theirs.transaction() as session:  # ... and no write (no rows, or pre-0016)
                store.recount(session, student_id)
        with mine.transaction() as session:
            read = look(session, final=True)  # a write meanwhile: as it is
    entries = []
    for counts in read.counts:
        student = read.people[counts.student_id]
        flags = flags_for(counts, rules, ctx.today)
        entries.append(CaseloadEntry(
            student=student, counts=counts, flags=flags,
            marks={f.key: read.marks[(student["id"], f.key)] for f in flags
                   if (student["id"], f.key) in read.marks},
        ))  # fmt: skip
    return entries


def mark_flag(ctx: Context, counsellor_id: int, student_id: int, flag: str, action: str,
              note: str) -> None:  # fmt: skip
    """A person's answer to a flag: seen or contacted, with a note."""
    from unghost.domain.caseload import FLAG_KEYS

    if flag not in FLAG_KEYS:
        raise NotFoundError(f"no flag {flag!r}")
    if action not in store.MARK_ACTIONS:
        raise InvalidInputError(f"no action {action!r}", hint=" or ".join(store.MARK_ACTIONS))
    with ctx.transaction() as session:
        _require_counsellor(_actor(session, counsellor_id))
        if not store.is_assigned(session, counsellor_id, student_id):
            raise ForbiddenError("this student is not on your caseload")
        store.add_mark(session, counsellor_id, student_id, flag, action,
                       note.strip()[:NOTE_LIMIT], now=utc_now())  # fmt: skip
        record(session, actor_id=counsellor_id, subject_id=student_id, action=f"flag.{action}",
               detail=flag, now=utc_now())  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pipeline:
    student: dict[str, Any]
    applications: list[dict[str, Any]]
    shares: set[str]
    notes: list[dict[str, Any]]  # the counsellors' notes to the student
    mail: list[dict[str, Any]] | None  # only when the student shares their mail
    outcome: dict[str, Any] | None

    def as_json(self) -> dict[str, Any]:
        apps = [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in a.items()
                 if k != "application_id"} for a in self.applications]  # fmt: skip
        mail = None if self.mail is None else [
            {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in m.items()}
            for m in self.mail]  # fmt: skip
        return {"student": self.student, "shares": sorted(self.shares), "applications": apps,
                "notes": self.notes, "mail": mail, "outcome": self.outcome}  # fmt: skip


def pipeline(ctx: Context, actor_id: int, student_id: int, *, with_mail: bool = False) -> Pipeline:
    """A student's pipeline metadata for themself, an assigned counsellor or an admin; the
    notes and mail only as the student shares them. The read is audited before it is made."""
    from unghost.services.readmodel import ensure_current

    what = "pipeline+mail" if with_mail else "pipeline"
    with ctx.transaction() as session:
        actor = _actor(session, actor_id)
        check_read(session, actor, student_id, what=what, now=utc_now())
        student = session.get(UserRow, student_id)
        if student is None or student.role != "student":
            raise NotFoundError("no such student")
        shares = store.shares_of(session, student_id)
        notes = [{"id": n.id, "body": n.body, "at": n.created_at.isoformat(),
                  "counsellor_id": n.counsellor_id}
                 for n in store.notes_to(session, student_id)]  # fmt: skip
        outcome = session.get(store.OutcomeRow, student_id)
        outcome_json = None if outcome is None else {"cohort": outcome.cohort,
                                                     "category": outcome.category}  # fmt: skip
        info = {"id": student.id, "email": student.email, "name": student.name}
    theirs = _as(ctx, student_id)
    ensure_current(theirs)
    with theirs.reading() as session:
        apps = store.student_pipeline(session, student_id, notes="notes" in shares
                                      or actor_id == student_id)  # fmt: skip
        mail = (store.student_mail(session, student_id)
                if with_mail and ("mail" in shares or actor_id == student_id) else None)  # fmt: skip
    if with_mail and mail is None:
        raise ForbiddenError("the student does not share their mail")
    return Pipeline(info, apps, shares, notes, mail, outcome_json)


def add_note(ctx: Context, counsellor_id: int, student_id: int, body: str) -> None:
    text = body.strip()
    if not text:
        raise InvalidInputError("the note is empty")
    with ctx.transaction() as session:
        _require_counsellor(_actor(session, counsellor_id))
        if not store.is_assigned(session, counsellor_id, student_id):
            raise ForbiddenError("this student is not on your caseload")
        store.add_note(session, counsellor_id, student_id, text[:NOTE_LIMIT], now=utc_now())
        record(session, actor_id=counsellor_id, subject_id=student_id, action="note.add",
               now=utc_now())  # fmt: skip


@dataclass(frozen=True, slots=True)
class PrivacyView:
    readers: list[tuple[str, str]]  # (email, role) of those who may read
    reads: list[Any]  # (at, action, detail, email, role), newest first
    shares: set[str]
    notes: list[tuple[str | None, str, Any]]  # (counsellor's email, body, at)


def privacy(ctx: Context, student_id: int) -> PrivacyView:
    """What a student sees about who sees their data."""
    from unghost.server.audit import readers_of

    with ctx.reading() as session:
        student = _actor(session, student_id)
        readers = [(r.email, r.role) for r in readers_of(session, student.id)
                   if r.id != student.id]  # fmt: skip
        reads = store.reads_by_others(session, student.id)
        shares = store.shares_of(session, student.id)
        notes = store.notes_to(session, student.id)
        emails = store.people(session, [n.counsellor_id for n in notes if n.counsellor_id])
        listed = [(emails[n.counsellor_id].email if n.counsellor_id in emails else None,
                   n.body, n.created_at) for n in notes]  # fmt: skip
    return PrivacyView(readers, reads, shares, listed)


def set_share(ctx: Context, student_id: int, what: str, on: bool) -> None:
    if what not in store.SHAREABLE:
        raise InvalidInputError(f"nothing to share called {what!r}",
                                hint=" or ".join(store.SHAREABLE))  # fmt: skip
    with ctx.transaction() as session:
        student = _actor(session, student_id)
        if student.role != "student":
            raise ForbiddenError("only a student shares their own data")
        if store.set_share(session, student.id, what, on, now=utc_now()):
            record(session, actor_id=student.id, subject_id=student.id,
                   action="share.on" if on else "share.off", detail=what, now=utc_now())  # fmt: skip


def set_outcome(ctx: Context, actor_id: int, student_id: int, cohort: str,
                category: str | None) -> None:  # fmt: skip
    """Record a first-destination outcome (a counsellor of the student, an admin, or the
    student themself); an empty category means not known yet."""
    if category is not None and category not in outcome_categories():
        raise InvalidInputError(f"no outcome {category!r}",
                                hint=", ".join(outcome_categories()))  # fmt: skip
    label = cohort.strip()[:60]
    if not label:
        raise InvalidInputError("name the class (cohort), e.g. 2026")
    with ctx.transaction() as session:
        actor = _actor(session, actor_id)
        check_read(session, actor, student_id, what="outcome", now=utc_now())
        student = session.get(UserRow, student_id)
        if student is None or student.role != "student":
            raise NotFoundError("no such student")
        store.set_outcome(session, student_id, cohort=label, category=category,
                          recorded_by=actor.id, now=utc_now())  # fmt: skip
        record(session, actor_id=actor.id, subject_id=student_id, action="outcome.set",
               detail=f"{label}: {category or 'unknown'}", now=utc_now())  # fmt: skip


def outcomes(ctx: Context, actor_id: int) -> tuple[list[OutcomeRates], list[dict[str, Any]]]:
    """Per class, the knowledge and career-outcomes rates (NACE) of the students the actor may
    see (a counsellor's caseload, an admin's institution), and each student's line."""
    from unghost.store.people import AssignmentRow

    table = caseload_table()["outcomes"]
    with ctx.transaction() as session:
        actor = _actor(session, actor_id)
        if actor.role == "counsellor":
            ids: list[int] | None = [a.student_id for a in session.query(AssignmentRow)
                                     .filter(AssignmentRow.counsellor_id == actor.id)]  # fmt: skip
        elif actor.role == "admin":
            ids = None
        else:
            raise ForbiddenError("outcomes are for counsellors and admins")
        rows = store.outcomes_of(session, ids)
        users = store.people(session, [r.student_id for r in rows])
        for row in rows:
            record(session, actor_id=actor.id, subject_id=row.student_id, action="read",
                   detail="outcome", now=utc_now())  # fmt: skip
    cohorts: dict[str, list[str | None]] = {}
    lines = []
    for row in rows:
        cohorts.setdefault(row.cohort, []).append(row.category)
        user = users.get(row.student_id)
        lines.append({"student_id": row.student_id, "email": user.email if user else None,
                      "cohort": row.cohort, "category": row.category})  # fmt: skip
    rates = [outcome_rates(c, cats, table["categories"], table["positive"])
             for c, cats in sorted(cohorts.items())]  # fmt: skip
    return rates, lines


def outcomes_csv(rates: list[OutcomeRates]) -> str:
    out = io.StringIO()
    categories = outcome_categories()
    writer = csv.writer(out)
    writer.writerow(["cohort", "graduates", "known", "knowledge_rate", "positive",
                     "career_outcomes_rate", *categories])  # fmt: skip
    for r in rates:
        writer.writerow([
            r.cohort, r.graduates, r.known,
            "" if r.knowledge_rate is None else f"{r.knowledge_rate:.4f}", r.positive,
            "" if r.career_outcomes_rate is None else f"{r.career_outcomes_rate:.4f}",
            *(r.by_category[c] for c in categories),
        ])  # fmt: skip
    return out.getvalue()


def export_everything(ctx: Context, student_id: int) -> str:
    """The student's whole workspace as unghost/v1 (mail, outbox and reviews travel with it),
    plus the notes their counsellors wrote to them and their sharing."""
    import json

    from unghost.services.transfer import export_applications

    out = io.StringIO()
    export_applications(_as(ctx, student_id), out, "json")
    document = json.loads(out.getvalue())
    view = privacy(ctx, student_id)
    document["server"] = {
        "notes_from_counsellors": [{"from": e, "body": b, "at": a.isoformat()}
                                   for e, b, a in view.notes],
        "shares": sorted(view.shares),
        "reads_by_others": [{"at": r.at.isoformat(), "by": r.email, "role": r.role,
                             "what": r.detail} for r in view.reads],
    }  # fmt: skip
    return json.dumps(document, ensure_ascii=False, indent=2)


def delete_account(ctx: Context, student_id: int, password: str) -> None:
    """The student's account and everything of theirs (every owned row goes with the user)."""
    from sqlalchemy import delete

    from unghost.server.passwords import verify_password

    with _as(ctx, student_id).transaction() as session:
        student = _actor(session, student_id)
        if student.role != "student":
            raise ForbiddenError("only a student deletes their own account here")
        if not verify_password(student.password_hash, password):
            raise InvalidInputError("that is not your password")
        record(session, actor_id=None, subject_id=None, action="user.delete",
               detail=f"student {student.id}", now=utc_now())  # fmt: skip
        session.execute(delete(UserRow).where(UserRow.id == student.id))
