"""Weighing the evidence of one application for each of the nine reasons, sentence by sentence."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from unghost.domain.calendar import Region
from unghost.domain.country_names import country_name, country_name_zh, translate_holidays
from unghost.domain.employer import Employer
from unghost.domain.evidence import contact_factor
from unghost.domain.followup import FollowUpPlan
from unghost.domain.hearback import Wait, employer_freeze
from unghost.domain.parameters import Parameters
from unghost.domain.reasons import (
    BUDGET,
    BUSY,
    CONTACT_INFO,
    HOLIDAY,
    NO_FOLLOW_UP,
    NO_HURRY,
    OFFER_ELSEWHERE,
    POSITION_GONE,
    SILENT_REJECTION,
    ReasonScore,
    Tally,
    prior_weights,
)
from unghost.domain.seasons import BUDGET as BUDGET_SPAN
from unghost.domain.seasons import BUSY as BUSY_SPAN
from unghost.domain.seasons import SLOW
from unghost.domain.timeline import APPLICATION, INTERVIEW, Timeline, thank_you_deadline
from unghost.domain.wording import Phrase, Span, Words, phrase

_DAY = timedelta(days=1)


def event_words(timeline: Timeline, stage: Words) -> Phrase:
    """`your final interview`, `you applied`, `their last message` inside sentences."""
    if timeline.anchor_event == "received":
        return phrase("event.received")
    if timeline.anchor_event == "replied":
        return phrase("event.replied")
    if timeline.phase == INTERVIEW:
        return phrase("event.interview", stage=stage)
    return phrase("event.applied")


def weigh_reasons(
    timeline: Timeline,
    employer: Employer,
    wait: Wait,
    silence: float,
    plan: FollowUpPlan,
    params: Parameters,
    *,
    stage: Words,
    window_end: date,
    p_hear_back: float,
    history_note: Phrase | None = None,
) -> tuple[ReasonScore, ...]:
    """All nine reasons with probabilities that sum to 1, evidence sentences and advice.

    The reasons that mean no answer will come share `1 - p_hear_back`, the others
    `p_hear_back`; `history_note` (the user's own history moved the odds) joins the evidence of
    silent rejection when it lowered them and of no-hurry when it raised them.
    """
    assert timeline.anchor is not None
    factors = params.reasons.factors
    application = timeline.phase == APPLICATION
    tally = Tally(*prior_weights(params, application, silence - wait.expected))
    today = timeline.today
    anchor = timeline.anchor
    calendar = employer.capacity.calendar
    event = event_words(timeline, stage)
    shown = min(today, window_end)
    business_days = calendar.count_business_days(anchor, shown) if shown > anchor else 0

    # 1. no-follow-up
    f = factors["no-follow-up"]
    first = plan.first_follow_up()
    if timeline.follow_ups:
        tally.move(NO_FOLLOW_UP, f["followed_up"], phrase("followed_up", dates=timeline.follow_ups))
    else:
        if (
            timeline.phase == INTERVIEW
            and timeline.interview is not None
            and timeline.thank_you_on is None
            and today
            > thank_you_deadline(timeline.interview, params.followup.thank_you_within_hours)
        ):
            day = timeline.interview.at.date()
            tally.move(
                NO_FOLLOW_UP,
                f["thank_you_missing"],
                phrase("thank_you_missing", stage=stage, day=day),
            )
        if first is not None and first.on is not None and first.on <= today:
            n = calendar.count_business_days(first.basis_on, today)
            what = event
            if first.basis == "decision":
                what = phrase("event.decision", day=first.basis_on)
            tally.move(
                NO_FOLLOW_UP, f["follow_up_overdue"], phrase("follow_up_overdue", bd=n, event=what)
            )
        elif timeline.thank_you_on is not None and first is not None and first.on is not None:
            tally.move(
                NO_FOLLOW_UP,
                f["on_track"],
                phrase("on_track", day=timeline.thank_you_on, due=first.on),
            )

    # 2. contact-info
    f = factors["contact-info"]
    strongest = 1.0
    for problem in timeline.contact_problems:
        strongest = max(strongest, f.get(contact_factor(problem), 1.0))
        tally.note(CONTACT_INFO, phrase("text", text=problem.message))
    if timeline.bounce_on is not None:
        strongest = max(strongest, f["bounce"])
        tally.note(CONTACT_INFO, phrase("bounce", day=timeline.bounce_on))
    tally.move(CONTACT_INFO, strongest)
    if timeline.acknowledged_on is not None and strongest == 1.0:
        tally.move(
            CONTACT_INFO,
            f["acknowledged"],
            phrase("acknowledged", day=timeline.acknowledged_on),
        )

    _no_hurry(tally, timeline, params, event)
    _holiday(tally, timeline, employer, params, window_end, event, business_days)
    _budget_and_busy(tally, timeline, employer, params, window_end)
    _endings(tally, timeline, employer, params)

    # 9. silent-rejection
    f = factors["silent-rejection"]
    if timeline.closing is None:
        if business_days > 0:
            tally.note(
                SILENT_REJECTION,
                phrase("silence", bd=business_days, event=event, day=anchor),
            )
        window = params.hearback.answer_window_business_days
        for sent in timeline.follow_ups:
            waited = calendar.count_business_days(sent, today)
            if sent >= anchor and waited >= window:
                tally.move(
                    SILENT_REJECTION,
                    f["follow_up_unanswered"],
                    phrase("follow_up_unanswered", day=sent, bd=waited),
                )
    if timeline.still_deciding_on is not None:
        tally.move(SILENT_REJECTION, f["still_deciding"])
    if "position-filled" in timeline.signals:
        tally.move(SILENT_REJECTION, f["position_filled_mail"])
    if history_note is not None:
        lowered = history_note.key.startswith("history.lowers")
        tally.note(SILENT_REJECTION if lowered else NO_HURRY, history_note)
    return tally.scores(today.year, p_hear_back)


def _no_hurry(tally: Tally, timeline: Timeline, params: Parameters, event: Phrase) -> None:
    f = params.reasons.factors["no-hurry"]
    app_start = timeline.interview_on or timeline.applied_on or timeline.anchor
    if timeline.new_position:
        tally.move(NO_HURRY, f["new_position"], phrase("new_position"))
    posted = timeline.posted_on
    if posted is not None and app_start is not None:
        gap = (app_start - posted).days
        if 0 <= gap <= f["fresh_posting_days"]:
            tally.move(
                NO_HURRY,
                f["fresh_posting"],
                phrase("fresh_posting", day=posted, days=gap, event=event),
            )
    remaining = timeline.candidates_remaining
    if remaining:
        factor = min(1.0 + f["per_candidate_remaining"] * remaining, f["candidates_cap"])
        key = "candidate_remaining" if remaining == 1 else "candidates_remaining"
        tally.move(NO_HURRY, factor, phrase(key, n=remaining))
    decided = timeline.decision_on
    if decided is not None and decided >= timeline.today and timeline.closing is None:
        tally.move(
            NO_HURRY,
            f["decision_date_ahead"],
            phrase("decision_date_ahead", day=decided),
        )
    if timeline.still_deciding_on is not None:
        tally.move(
            NO_HURRY,
            f["still_deciding"],
            phrase("still_deciding", day=timeline.still_deciding_on),
        )
    for kind, key in (
        ("other-candidates", "other_candidates_mail"),
        ("new-position", "new_position_mail"),
    ):
        signal = timeline.signals.get(kind)
        if signal is not None:
            tally.move(NO_HURRY, f[key], phrase(key, day=signal.on))
    if timeline.posting_open_on is not None and timeline.posting_reposted_on is None:
        tally.move(
            NO_HURRY,
            f["posting_open"],
            phrase("posting_open", day=timeline.posting_open_on),
        )


def _holiday(
    tally: Tally,
    timeline: Timeline,
    employer: Employer,
    params: Parameters,
    end: date,
    event: Phrase,
    business_days: int,
) -> None:
    f = params.reasons.factors["holiday"]
    capacity = employer.capacity
    calendar = capacity.calendar
    anchor = timeline.anchor
    assert anchor is not None
    today = timeline.today
    nominal = capacity.weekdays(anchor, end)
    lost = nominal - capacity.elapsed_calendar(anchor, end)
    if timeline.away is not None:
        start, back, _ = timeline.away
        lo, hi = max(start, anchor), min(back - _DAY, end)
        if hi > lo:
            lost += capacity.elapsed_calendar(lo, hi)
    if nominal > 0 and lost > 0:
        base = tally.weights[HOLIDAY]
        prior = params.reasons.bases[HOLIDAY]
        prior_share = (
            prior.prior_application if timeline.phase == APPLICATION else (prior.prior_interview)
        )
        peak = f["peak_probability"] / max(prior_share, 1e-9)
        share = min(1.0, (lost / nominal) / f["saturation_lost_share"])
        if base > 0:
            tally.move(HOLIDAY, 1.0 + (peak - 1.0) * share)
    for closure in calendar.list_closures(anchor + _DAY, end):
        if not closure.workdays_lost or closure.first_holiday > end:
            continue  # a holiday on a weekend costs no time; one after the window none yet
        span = Span(closure.first_holiday, closure.last_holiday)
        names = _closure_names(params, calendar.region, closure.names, closure.first_holiday.year)
        if closure.start <= today:
            tally.note(
                HOLIDAY,
                phrase("closure.past", names=names, span=span, bd=business_days, event=event),
            )
        else:
            tally.note(HOLIDAY, phrase("closure.ahead", names=names, span=span))
    for period in capacity.list_spans(anchor + _DAY, end, SLOW):
        if period.hazard >= params.seasons.mention_below_hazard:
            continue  # barely slower than usual: not worth a sentence
        key = "slow.past" if period.start <= today else "slow.ahead"
        tally.note(
            HOLIDAY,
            phrase(
                key, name=Words(period.name, period.name_zh), span=Span(period.start, period.end)
            ),
        )
    if timeline.away is not None:
        start, back, who = timeline.away
        tally.move(
            HOLIDAY,
            f["ooo"],
            phrase("ooo", who=who or phrase("your_contact"), day=back, received=start),
        )
    signal = timeline.signals.get("holiday")
    if signal is not None:
        tally.move(HOLIDAY, f["holiday_mail"], phrase("holiday_mail", day=signal.on))
    provisional = calendar.provisional_years
    if provisional:
        for y in sorted({anchor.year, end.year} & provisional):
            country = calendar.region.country
            name = Words(country_name(country), country_name_zh(country))
            tally.note(HOLIDAY, phrase("provisional", year=y, country=name))


@lru_cache(maxsize=1024)
def _closure_names(
    params: Parameters, region: Region, names: tuple[str, ...], year: int
) -> tuple[Words, ...]:
    """Names for a run of holidays as people say them; an empty rename drops a name.

    The Chinese name is the data's rename, else the `holidays` package's, else none (English).
    """
    country = region.country or ""
    renamed = params.seasons.holiday_names.get(country, {})
    renamed_zh = params.seasons.holiday_names_zh.get(country, {})
    translated = translate_holidays(region.country, region.subdivision, year)
    kept: dict[str, Words] = {}
    for n in names:
        en = renamed.get(n, n)
        if en:
            kept.setdefault(en, Words(en, renamed_zh.get(n) or translated.get(n, "")))
    if not kept:
        return tuple(Words(n, translated.get(n, "")) for n in names)
    return tuple(kept.values())


def _budget_and_busy(
    tally: Tally, timeline: Timeline, employer: Employer, params: Parameters, end: date
) -> None:
    anchor = timeline.anchor
    assert anchor is not None
    capacity = employer.capacity
    f = params.reasons.factors["budget"]
    seasons = params.seasons
    budget_spans = capacity.list_spans(anchor, end, BUDGET_SPAN)
    if budget_spans:
        starts = budget_spans[0].start + timedelta(weeks=seasons.fy_weeks_before_start)
        tally.move(
            BUDGET,
            f["fiscal_year_boundary"],
            phrase("fiscal_year_boundary", company=timeline.company, day=starts),
        )
    if employer.funding_pending:
        tally.move(
            BUDGET, f["funding_pending"], phrase("funding_pending", company=timeline.company)
        )
    signal = timeline.signals.get("budget")
    if signal is not None:
        tally.move(BUDGET, f["budget_mail"], phrase("budget_mail", day=signal.on))
    if employer_freeze(timeline, employer):
        tally.move(BUDGET, f["hiring_freeze"], phrase("hiring_freeze", company=timeline.company))

    f = params.reasons.factors["busy"]
    busy = capacity.list_spans(anchor, end, BUSY_SPAN)
    if busy:
        tally.move(BUSY, f["busy_season"])
        for span in busy[:2]:
            tally.note(
                BUSY,
                phrase(
                    "busy_season",
                    name=Words(span.name, span.name_zh),
                    span=Span(span.start, span.end),
                ),
            )
    signal = timeline.signals.get("busy")
    if signal is not None:
        tally.move(BUSY, f["busy_mail"], phrase("busy_mail", day=signal.on))


def _endings(tally: Tally, timeline: Timeline, employer: Employer, params: Parameters) -> None:
    """offer-elsewhere and position-gone: decision date, posting state, freeze, mail."""
    today = timeline.today
    calendar = employer.capacity.calendar
    offer = params.reasons.factors["offer-elsewhere"]
    gone = params.reasons.factors["position-gone"]
    silent = params.reasons.factors["silent-rejection"]
    decided = timeline.decision_on
    slip = params.hearback.decision_slip_business_days
    if decided is not None and timeline.closing is None:
        passed = calendar.count_business_days(decided, today)
        if passed > slip:
            sentence = phrase("decision_date_passed", day=decided, bd=passed)
            tally.move(OFFER_ELSEWHERE, offer["decision_date_passed"], sentence)
            tally.move(SILENT_REJECTION, silent["decision_date_passed"])
    closed = timeline.posting_closed_on
    if closed is not None:
        sentence = phrase("posting_closed", day=closed)
        tally.move(OFFER_ELSEWHERE, offer["posting_closed"], sentence)
        tally.move(POSITION_GONE, gone["posting_closed"], sentence)
    reposted = timeline.posting_reposted_on
    if reposted is not None:
        sentence = phrase("posting_reposted", day=reposted)
        tally.move(OFFER_ELSEWHERE, offer["posting_reposted"], sentence)
        tally.move(POSITION_GONE, gone["posting_reposted"], sentence)
        tally.move(SILENT_REJECTION, silent["posting_reposted"], sentence)
    if employer_freeze(timeline, employer):
        tally.move(
            POSITION_GONE, gone["hiring_freeze"], phrase("hiring_freeze", company=timeline.company)
        )
    signal = timeline.signals.get("position-filled")
    if signal is not None:
        key = "position_filled_mail"
        tally.move(OFFER_ELSEWHERE, offer[key], phrase(key, day=signal.on))
    for kind, key in (
        ("reorganisation", "reorganisation_mail"),
        ("requisition-cancelled", "requisition_cancelled"),
    ):
        signal = timeline.signals.get(kind)
        if signal is not None:
            tally.move(POSITION_GONE, gone[key], phrase(key, day=signal.on))
    closing = timeline.closing
    if closing is not None and closing.by == "position-closed" and closing.on is not None:
        tally.move(
            POSITION_GONE,
            gone["position_closed_message"],
            phrase("position_closed_message", day=closing.on),
        )
