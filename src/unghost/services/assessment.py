"""The one assessment of the user's applications that every page, command and feed reads.

Board, Today, the application page, the API, the CLI and the ICS feed all call this: one
definition of silence (business days since the event that put the ball in the employer's
court), one computation of the odds (with the same evidence and the same reply history)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context

if TYPE_CHECKING:
    from unghost.domain.actions import NextAction
    from unghost.domain.agenda import Agenda
    from unghost.domain.diagnosis import Assessment
    from unghost.domain.history import ReplyHistory
    from unghost.domain.parameters import Parameters
    from unghost.domain.records import Application
    from unghost.services.evidence import Evidence


@dataclass(frozen=True, slots=True)
class Facts:
    """What a card or a list shows about one application, taken from its assessment."""

    ref: str
    state: str  # waiting | your-move | closed | not-applied
    p_hear_back: float | None  # None unless waiting
    silence_business_days: int | None  # None unless waiting; never negative
    silent_since: date | None
    next_action: NextAction

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        action = self.next_action
        return {
            "state": self.state,
            "p_hear_back": None if self.p_hear_back is None else round(self.p_hear_back, 4),
            "silence": {
                "since": self.silent_since.isoformat() if self.silent_since else None,
                "business_days": self.silence_business_days,
            },
            "next_action": action.to_dict(language),
        }


def facts_of(ref: str, a: Assessment) -> Facts:
    return Facts(
        ref, a.state.code, a.p_hear_back, a.silence_business_days, a.silent_since, a.next_action
    )


@dataclass(slots=True)
class Workspace:
    """Everything the assessment reads: the applications, their evidence, the user's history."""

    apps: list[Application]
    evidence: Evidence
    history: ReplyHistory | None
    params: Parameters
    today: date
    country: str


def load_workspace(ctx: Context, *, stored: bool = False) -> Workspace:
    """With `stored`, the reply history comes from the read model's observations (equal to
    reading every application's waits again, and cheaper)."""
    from unghost.services.evidence import load_all, parameters, reply_history

    params = parameters(ctx)
    if stored:
        from unghost.services.readmodel import current_history, ensure_current

        ensure_current(ctx, rows=False)
        with ctx.reading() as session:
            history, _ = current_history(session, params)
        apps, evidence = load_all(ctx)
    else:
        apps, evidence = load_all(ctx)
        history = reply_history(ctx, apps, params)
    return Workspace(apps, evidence, history, params, ctx.today, ctx.settings.country)


def assess_in(space: Workspace, app: Application, *, full_plan: bool = False) -> Assessment:
    """The assessment of one application of the workspace (pure from here down)."""
    from unghost.domain.diagnosis import assess

    evidence = space.evidence
    return assess(
        app, space.today, space.params, default_country=space.country,
        contact_findings=evidence.contacts.get(app.ref, ()),
        posting_events=evidence.postings.get(app.ref, ()),
        mail_signals=evidence.signals.get(app.ref, ()),
        history=space.history, full_plan=full_plan,
    )  # fmt: skip


def assess_all(
    ctx: Context, *, full_plan: bool = False, stored: bool = False
) -> tuple[Workspace, dict[str, Assessment]]:
    """Every application's assessment, by ref, with the workspace it was read from."""
    space = load_workspace(ctx, stored=stored)
    return space, {app.ref: assess_in(space, app, full_plan=full_plan) for app in space.apps}


def agenda_in(space: Workspace, assessed: Mapping[str, Assessment], days_ahead: int = 7) -> Agenda:
    """Today's agenda from the assessment; archived applications are off it (their history
    still counts in the odds of the others)."""
    from unghost.domain.agenda import agenda_from

    pairs = [(app, assessed[app.ref]) for app in space.apps if not app.archived]
    return agenda_from(pairs, space.today, days_ahead)
