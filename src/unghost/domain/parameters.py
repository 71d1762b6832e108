"""The typed, frozen parameters of the diagnosis model, as read from the data files."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

MonthDay = tuple[int, int]
Window = tuple[int, int]


@dataclass(frozen=True, slots=True)
class PhaseModel:
    """Mixture-cure wait for one phase: who never answers, and when the others do."""

    cure_fraction: float
    sigma: float
    median_business_days: Mapping[str, float]  # by stage: early/middle/final, or "default"


@dataclass(frozen=True, slots=True)
class HearBackParams:
    interview: PhaseModel
    application: PhaseModel
    early_stages: frozenset[str]
    final_stages: frozenset[str]
    decision_sigma: float
    decision_slip_business_days: int
    country_ratio: Mapping[str, float]
    likelihood_ratio: Mapping[str, float]
    answer_window_business_days: int
    horizon_business_days: int
    curve_weeks: int
    history_prior_strength: float
    history_min_observations: int
    history_young_business_days: float  # younger unanswered waits are censored, not counted


@dataclass(frozen=True, slots=True)
class Sector:
    """An industry or job function, the words that name it, and its time-to-hire ratio."""

    key: str
    words: tuple[str, ...]
    ratio: float


@dataclass(frozen=True, slots=True)
class Period:
    """A yearly period of reduced hiring work (slow period or busy season)."""

    name: str
    countries: frozenset[str]  # "*" means every country
    start: MonthDay
    end: MonthDay
    hazard: float
    industries: frozenset[str] = frozenset()  # busy seasons only; "*" means every industry
    name_zh: str = ""  # the name in Chinese sentences; empty means the English one


@dataclass(frozen=True, slots=True)
class AnchoredPeriod:
    """Weeks before and after a moving holiday block (Spring Festival, Golden Week)."""

    name: str
    countries: frozenset[str]
    holiday: str
    weekly: tuple[float, ...]
    weeks_before: tuple[float, ...]
    name_zh: str = ""


@dataclass(frozen=True, slots=True)
class SeasonParams:
    default_subdivisions: Mapping[str, str]
    country_aliases: Mapping[str, str]
    holiday_names: Mapping[str, Mapping[str, str]]  # country -> package name -> sentence name
    holiday_names_zh: Mapping[str, Mapping[str, str]]  # the same, for Chinese sentences
    decreed_countries: frozenset[str]
    pause_below_hazard: float
    mention_below_hazard: float
    slow_periods: tuple[Period, ...]
    anchored_periods: tuple[AnchoredPeriod, ...]
    busy_seasons: tuple[Period, ...]
    campus_countries: frozenset[str]
    campus_words: tuple[str, ...]
    campus_windows: tuple[tuple[MonthDay, MonthDay], ...]
    campus_outside_hazard: float
    fy_default_end_month: int
    fy_by_country: Mapping[str, int]
    fy_government_by_country: Mapping[str, int]
    fy_weeks_before_start: int
    fy_weeks_after_start: int
    fy_hazard: float


@dataclass(frozen=True, slots=True)
class ReasonBase:
    code: str
    prior_interview: float
    prior_application: float
    recontact: float
    delay_median_business_days: float
    delay_sigma: float


@dataclass(frozen=True, slots=True)
class ReasonParams:
    bases: tuple[ReasonBase, ...]  # in the order of REASON_CODES
    factors: Mapping[str, Mapping[str, float]]  # reason code -> evidence name -> multiplier


@dataclass(frozen=True, slots=True)
class FollowUpParams:
    thank_you_within_hours: int
    thank_you_late_business_days: int
    first_after_interview: Window
    first_after_decision_date: Window
    next_after_previous: Window
    max_follow_ups: int
    move_on_after_last: Window
    first_after_applying: Window
    application_next_after_previous: Window
    application_max_follow_ups: int
    application_move_on_after_last: Window
    ooo_buffer_business_days: int
    move_on_below: float


@dataclass(frozen=True, eq=False)
class Parameters:
    """Everything the diagnosis needs from its data files; compared and hashed by identity."""

    hearback: HearBackParams
    industries: tuple[Sector, ...]
    functions: tuple[Sector, ...]
    seasons: SeasonParams
    reasons: ReasonParams
    followup: FollowUpParams
    sources: Mapping[str, str]  # dotted parameter path -> source, for documentation
