"""A counsellor's caseload: each student's pipeline in counts, the flags that say why a person
may want to look, and a class's first-destination rates. Pure: takes the counts and `today`.

A flag decides nothing about a student: it names a fact and the rule that raised it, and a
counsellor marks it seen or contacted."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class StudentCounts:
    """One student's pipeline metadata, summed over their applications (archived ones aside)."""

    student_id: int
    applications: int = 0
    waiting: int = 0
    overdue: int = 0  # applications with a follow-up past its latest day
    overdue_long: int = 0  # ... by at least the flag's business days
    most_overdue: int = 0  # business days
    long_silent: int = 0  # waiting applications silent for the dashboard's long silence
    offers: int = 0  # offers not yet accepted or declined
    last_applied: date | None = None
    assigned_on: date | None = None


@dataclass(frozen=True, slots=True)
class FlagRules:
    """The thresholds of data/caseload.toml [flags]."""

    overdue_business_days: int
    overdue_min_applications: int
    no_recent_application_days: int
    no_applications_days_on_caseload: int
    min_offers: int
    long_silence_min_share: float
    long_silence_min_applications: int

    @classmethod
    def from_table(cls, flags: Mapping[str, Any]) -> FlagRules:
        def v(section: str, key: str) -> Any:
            return flags[section][key]["value"]

        return cls(
            overdue_business_days=int(v("overdue_follow_ups", "overdue_business_days")),
            overdue_min_applications=int(v("overdue_follow_ups", "min_applications")),
            no_recent_application_days=int(v("no_recent_application", "days")),
            no_applications_days_on_caseload=int(v("no_applications", "days_on_caseload")),
            min_offers=int(v("offer_awaiting_decision", "min_offers")),
            long_silence_min_share=float(v("long_silences", "min_share")),
            long_silence_min_applications=int(v("long_silences", "min_applications")),
        )


@dataclass(frozen=True, slots=True)
class Flag:
    """Why a student may need a person's attention: `key` names the rule, `values` the facts
    its sentence reads (counts, days, thresholds)."""

    key: str
    values: dict[str, int] = field(default_factory=dict)


FLAG_KEYS = ("offer_awaiting_decision", "overdue_follow_ups", "no_applications",
             "no_recent_application", "long_silences")  # fmt: skip


def flags_for(counts: StudentCounts, rules: FlagRules, today: date) -> list[Flag]:
    """Every rule the student's counts meet, in FLAG_KEYS order."""
    found: list[Flag] = []
    if counts.offers >= rules.min_offers:
        found.append(Flag("offer_awaiting_decision", {"n": counts.offers}))
    if counts.overdue_long >= rules.overdue_min_applications:
        found.append(Flag("overdue_follow_ups", {"n": counts.overdue_long,
                          "days": rules.overdue_business_days}))  # fmt: skip
    if counts.applications == 0:
        on_caseload = (today - counts.assigned_on).days if counts.assigned_on else 0
        if on_caseload >= rules.no_applications_days_on_caseload:
            found.append(Flag("no_applications", {"days": on_caseload}))
    elif counts.last_applied is not None:
        since = (today - counts.last_applied).days
        if since >= rules.no_recent_application_days:
            found.append(Flag("no_recent_application", {"days": since}))
    if (counts.waiting >= rules.long_silence_min_applications
            and counts.long_silent >= rules.long_silence_min_share * counts.waiting):  # fmt: skip
        found.append(Flag("long_silences", {"n": counts.long_silent, "of": counts.waiting}))
    return found


@dataclass(frozen=True, slots=True)
class OutcomeRates:
    """A class's first-destination figures (NACE): rates in [0, 1], None when undefined."""

    cohort: str
    graduates: int
    known: int
    positive: int
    by_category: dict[str, int]
    knowledge_rate: float | None
    career_outcomes_rate: float | None


def outcome_rates(
    cohort: str, outcomes: Iterable[str | None], categories: Iterable[str],
    positive: Iterable[str],
) -> OutcomeRates:  # fmt: skip
    """knowledge rate = known / graduates; career outcomes rate = positive / known."""
    good = frozenset(positive)
    by_category = dict.fromkeys(categories, 0)
    graduates = known = hits = 0
    for category in outcomes:
        graduates += 1
        if category is None:
            continue
        if category not in by_category:
            raise ValueError(f"no outcome category {category!r}")
        known += 1
        by_category[category] += 1
        hits += category in good
    return OutcomeRates(
        cohort=cohort, graduates=graduates, known=known, positive=hits, by_category=by_category,
        knowledge_rate=known / graduates if graduates else None,
        career_outcomes_rate=hits / known if known else None,
    )  # fmt: skip
