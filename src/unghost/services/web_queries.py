"""Read-side use cases the web pages need: the board with odds, insights, the change watch."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.records import Application, Direction, Status
from unghost.services.assessment import Facts
from unghost.store.readmodel import Summary

if TYPE_CHECKING:
    from unghost.store.changewatch import ChangeWatch

BOARD_STATUSES = (
    Status.SAVED, Status.APPLIED, Status.SCREENING, Status.INTERVIEWING, Status.OFFER,
    Status.ACCEPTED, Status.REJECTED, Status.WITHDRAWN, Status.GHOSTED,
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Card:
    ref: str
    company: str
    title: str
    status: Status
    country: str | None
    facts: Facts | None  # state, odds, silence and next action from the one assessment

    @property
    def state(self) -> str | None:
        return self.facts.state if self.facts else None

    @property
    def p_hear_back(self) -> float | None:  # None unless waiting
        return self.facts.p_hear_back if self.facts else None

    @property
    def silence_business_days(self) -> int | None:  # None unless waiting
        return self.facts.silence_business_days if self.facts else None

    def to_dict(self) -> dict[str, Any]:
        return {"ref": self.ref, "company": self.company, "title": self.title,
                "status": self.status.value, "country": self.country,
                **(self.facts.to_dict() if self.facts else {})}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Column:
    status: Status
    total: int
    cards: tuple[Card, ...]  # the first `per_column`, longest silence first

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status.value, "total": self.total,
                "cards": [c.to_dict() for c in self.cards]}  # fmt: skip


def open_change_watch(ctx: Context) -> ChangeWatch | None:
    """A ChangeWatch on a SQLite file; None on PostgreSQL or an in-memory database."""
    from unghost.store.changewatch import open_change_watch as open_watch

    return open_watch(ctx.engine)


def count_applications(ctx: Context) -> int:
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        return ApplicationRepository(session).count()


def build_board(
    summaries: Sequence[Summary], facts: Mapping[str, Facts], *, per_column: int
) -> list[Column]:
    """Columns by stage; each shows the longest-silent cards first (they need attention)."""
    by_status: dict[Status, list[Card]] = {s: [] for s in BOARD_STATUSES}
    for s in summaries:
        by_status[s.status].append(Card(s.ref, s.company, s.title, s.status, s.country,
                                        facts.get(s.ref)))  # fmt: skip
    columns = []
    for status, cards in by_status.items():
        cards.sort(key=lambda c: (-(c.silence_business_days or 0), c.ref))
        columns.append(Column(status, len(cards), tuple(cards[:per_column])))
    return columns


@dataclass(slots=True)
class Insights:
    """The user's own history: response rate, reply times, funnel, and applications per month."""

    total: int = 0
    applied: int = 0
    answered: int = 0
    reply_days: list[int] = field(default_factory=list)
    funnel: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, int, int]] = field(default_factory=list)  # (YYYY-MM, applied, answered)

    @property
    def response_rate(self) -> float | None:
        return self.answered / self.applied if self.applied else None

    @property
    def median_reply_days(self) -> float | None:
        """The middle of the days to a first answer (the mean of the two middles when even)."""
        from statistics import median

        return median(self.reply_days) if self.reply_days else None

    def to_dict(self) -> dict[str, Any]:
        rate = self.response_rate
        return {"total": self.total, "applied": self.applied, "answered": self.answered,
                "response_rate": None if rate is None else round(rate, 4),
                "reply_days": self.reply_days,
                "funnel": [{"stage": s, "count": n} for s, n in self.funnel],
                "months": [{"month": m, "applied": a, "answered": r} for m, a, r in self.months]}  # fmt: skip


_ANSWERS = frozenset({Status.SCREENING, Status.INTERVIEWING, Status.OFFER, Status.ACCEPTED,
                      Status.REJECTED})  # fmt: skip


def compute_insights(apps: Sequence[Application]) -> Insights:
    """Pure: an answer is any received message or a stage past applied."""
    out = Insights(total=len(apps))
    reached: Counter[str] = Counter()
    applied_months: Counter[str] = Counter()
    answered_months: Counter[str] = Counter()
    ladder = [Status.APPLIED, Status.SCREENING, Status.INTERVIEWING, Status.OFFER]
    for app in apps:
        if app.applied_on is None:
            continue
        out.applied += 1
        month = app.applied_on.strftime("%Y-%m")
        applied_months[month] += 1
        ranks = [e.status.rank for e in app.events if e.status and not e.status.is_closed]
        if not app.status.is_closed:
            ranks.append(app.status.rank)
        if app.status is Status.ACCEPTED:
            ranks.append(Status.OFFER.rank)
        top = max([*ranks, Status.APPLIED.rank])  # it was sent: it reached "applied" at least
        for stage in ladder:
            if top >= stage.rank:
                reached[stage.value] += 1
        # the first answer is the first mail from them or the first step only they can take
        # (a screen, an interview, an offer, a rejection): the figures then count the same
        # answers, so the median and the histogram agree with "Answered"
        answers = [m.at.date() for m in app.messages if m.direction is Direction.RECEIVED]
        answers += [e.on for e in app.events if e.status in _ANSWERS]
        first = min((d for d in answers if d >= app.applied_on), default=None)
        if first is not None:
            out.reply_days.append((first - app.applied_on).days)
        if (
            first is not None
            or top >= Status.SCREENING.rank
            or app.status in (Status.REJECTED, Status.ACCEPTED)
        ):
            out.answered += 1
            answered_months[month] += 1
    out.funnel = [(s.value, reached[s.value]) for s in ladder]
    out.reply_days.sort()
    out.months = [(m, applied_months[m], answered_months[m]) for m in sorted(applied_months)]
    return out


def load_insights(ctx: Context) -> Insights:
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        return compute_insights(list(ApplicationRepository(session).iter_all()))


def find_last_contact_check(
    ctx: Context, ref: str, language: str = "en", app_id: int | None = None
) -> dict[str, Any] | None:
    """The findings of the application's last contact check, or None if never checked; each
    `message` in `language` when the check kept it (checks kept before: English)."""
    from unghost.store.evidence import find_last_contact_check_row
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        if app_id is None:
            app_id = ApplicationRepository(session).get_row(ref).id
        row = find_last_contact_check_row(session, app_id)
        if row is None:
            return None
        findings = [
            f | {"message": (f.get("translations") or {}).get(language, f["message"])}
            for f in row.findings or []
        ]
        return {"checked_at": row.checked_at.isoformat(), "findings": findings}


def application_choices(ctx: Context, limit: int = 1000) -> list[tuple[str, str]]:
    """(ref, "Company · Title") of the most recently touched applications, for a select."""
    from unghost.store.repository import ApplicationRepository

    with ctx.reading() as session:
        rows = ApplicationRepository(session).list_choices(limit)
    return [(ref, f"{company} · {title}") for ref, company, title in rows]
