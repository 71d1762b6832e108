"""Loads the diagnosis parameter files and the user's overrides into a frozen `Parameters`."""

from __future__ import annotations

import copy
import json
import tomllib
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from unghost.domain.parameters import (
    AnchoredPeriod,
    FollowUpParams,
    HearBackParams,
    Parameters,
    Period,
    PhaseModel,
    ReasonBase,
    ReasonParams,
    SeasonParams,
    Sector,
)
from unghost.domain.reasons import REASON_CODES
from unghost.errors import InvalidInputError
from unghost.params_reader import HINT, TableReader

__all__ = ["DATA_FILES", "Parameters", "load_parameters", "read_tables"]

DATA_FILES = ("hearback", "industries", "seasons", "reasons", "followup")
_OVERRIDE_SOURCE = "your configuration file"
# Tables whose keys are open: an override may add a country.
_OPEN_TABLES = frozenset(
    {
        "hearback.country.mean_days",
        "seasons.calendar.default_subdivisions",
        "seasons.calendar.country_aliases",
        "seasons.calendar.holiday_names",
        "seasons.calendar.holiday_names_zh",
        "seasons.fiscal_year.by_country",
        "seasons.fiscal_year.government_by_country",
    }
)


_TABLE_CACHE: list[Path] = []  # where the parsed files are kept between runs (use_table_cache)
_CACHE_FORMAT = "1"  # bump when what a kept file holds changes


def use_table_cache(folder: Path | None) -> None:
    """Keep the parsed parameter files as JSON in `folder` (one file per content of the data
    files), read instead of parsing the TOML again: the CLI's `why` parses them once per
    process. None stops it."""
    _TABLE_CACHE[:] = [folder] if folder is not None else []


def read_tables() -> dict[str, dict[str, Any]]:
    """The parameter data files as shipped, one table per file stem."""
    from unghost.data import read_text

    texts = {name: read_text(f"{name}.toml") for name in DATA_FILES}
    if not _TABLE_CACHE:
        return {name: tomllib.loads(text) for name, text in texts.items()}
    import hashlib

    from unghost.store.diskcache import keep_json

    key = hashlib.sha256(json.dumps([_CACHE_FORMAT, texts]).encode()).hexdigest()[:40]
    path = _TABLE_CACHE[0] / f"{key}.json"
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if kept["key"] == key and isinstance(kept["tables"], dict):
            return kept["tables"]  # type: ignore[no-any-return]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    tables = {name: tomllib.loads(text) for name, text in texts.items()}
    keep_json(path, {"key": key, "tables": tables})  # JSON holds what these files hold
    return tables


def load_parameters(overrides: Mapping[str, Any] | None = None) -> Parameters:
    """The shipped parameters, with the user's overrides (the config's [model] table) merged in.

    Overrides mirror the data files: `{"hearback": {"phase": {"interview": {"cure_fraction":
    0.3}}}}`; a bare number replaces the `value` of a sourced figure; lists replace lists.
    The same overrides give the same object, so the caches keyed on it keep working.
    """
    if not overrides:
        return _default_parameters()
    return _overridden(json.dumps(overrides, sort_keys=True, default=str))


@lru_cache(maxsize=16)
def _overridden(canonical: str) -> Parameters:
    overrides = json.loads(canonical)
    tables = read_tables()
    for name, table in overrides.items():
        if name not in tables:
            raise InvalidInputError(
                f"unknown model parameter file {name!r} (known: {', '.join(DATA_FILES)})",
                hint=HINT,
            )
        if not isinstance(table, Mapping):
            raise InvalidInputError(f"model parameters {name!r} must be a table", hint=HINT)
        _merge(tables[name], table, name)
    return _build(tables)


@cache
def _default_parameters() -> Parameters:
    return _build(read_tables())


def _merge(base: dict[str, Any], override: Mapping[str, Any], path: str) -> None:
    for key, value in override.items():
        where = f"{path}.{key}"
        if key not in base:
            if path not in _OPEN_TABLES:
                raise InvalidInputError(f"unknown model parameter {where!r}", hint=HINT)
            base[key] = copy.deepcopy(value)
            continue
        current = base[key]
        if isinstance(current, dict) and "value" in current and not isinstance(value, Mapping):
            current["value"] = value
            current["source"] = _OVERRIDE_SOURCE
            current["confidence"] = "user"
        elif isinstance(current, dict):
            if not isinstance(value, Mapping):
                raise InvalidInputError(f"model parameter {where!r} must be a table", hint=HINT)
            _merge(current, value, where)
        else:
            base[key] = copy.deepcopy(value)


def _build(tables: Mapping[str, Any]) -> Parameters:
    sources: dict[str, str] = {}
    _collect_sources(tables, "", sources)
    return Parameters(
        hearback=_hearback(TableReader(tables["hearback"], "hearback")),
        industries=_sectors(tables["industries"].get("industry", []), "industries.industry"),
        functions=_sectors(tables["industries"].get("function", []), "industries.function"),
        seasons=_seasons(TableReader(tables["seasons"], "seasons")),
        reasons=_reasons(TableReader(tables["reasons"], "reasons")),
        followup=_followup(TableReader(tables["followup"], "followup")),
        sources=sources,
    )


def _collect_sources(node: Any, path: str, out: dict[str, str]) -> None:
    if isinstance(node, Mapping):
        if isinstance(node.get("source"), str):
            out[path.lstrip(".")] = node["source"]
        for key, value in node.items():
            _collect_sources(value, f"{path}.{key}", out)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _collect_sources(value, f"{path}[{index}]", out)


def _hearback(r: TableReader) -> HearBackParams:
    interview, application = r.sub("phase").sub("interview"), r.sub("phase").sub("application")
    medians = interview.sub("median_business_days")
    stages = r.sub("stages")
    decision = r.sub("decision_date")
    country = r.sub("country")
    reference = country.text("reference").upper()
    mean_days = country.sub("mean_days")
    if reference not in mean_days.table:
        raise country.error("reference", f"{reference!r} has no mean_days entry")
    base_days = mean_days.positive(reference)
    evidence = r.sub("evidence")
    window = r.sub("window")
    history = r.sub("history")
    return HearBackParams(
        interview=PhaseModel(
            cure_fraction=interview.number("cure_fraction", 0.0, 0.99),
            sigma=interview.positive("sigma"),
            median_business_days={k: medians.positive(k) for k in ("early", "middle", "final")},
        ),
        application=PhaseModel(
            cure_fraction=application.number("cure_fraction", 0.0, 0.99),
            sigma=application.positive("sigma"),
            median_business_days={"default": application.positive("median_business_days")},
        ),
        early_stages=frozenset(stages.words("early")),
        final_stages=frozenset(stages.words("final")),
        decision_sigma=decision.positive("sigma"),
        decision_slip_business_days=decision.count("slip_business_days"),
        country_ratio={
            code.upper(): mean_days.positive(code) / base_days for code in mean_days.table
        },
        likelihood_ratio={
            key: evidence.positive(key)
            for key in evidence.table
            if key != "answer_window_business_days"
        },
        answer_window_business_days=evidence.count("answer_window_business_days", 1),
        horizon_business_days=window.count("horizon_business_days", 20),
        curve_weeks=window.count("curve_weeks", 1),
        history_prior_strength=history.number("prior_strength"),
        history_min_observations=history.count("min_observations", 1),
        history_young_business_days=history.number("young_business_days"),
    )


def _sectors(entries: Any, path: str) -> tuple[Sector, ...]:
    if not isinstance(entries, list):
        raise InvalidInputError(f"model parameter {path} must be a list of tables", hint=HINT)
    sectors = []
    for index, entry in enumerate(entries):
        r = TableReader(entry, f"{path}[{index}]")
        ratio = 1.0
        if "days" in entry:
            ratio = r.positive("days") / r.positive("reference_days")
        r.text("source")
        sectors.append(Sector(key=r.text("key"), words=r.words("words"), ratio=ratio))
    return tuple(sectors)


def _period(r: TableReader, *, busy: bool) -> Period:
    r.text("source")
    return Period(
        name=r.text("name"),
        countries=r.codes("countries"),
        start=r.month_day("start"),
        end=r.month_day("end"),
        hazard=r.probability("hazard"),
        industries=frozenset(r.words("industries")) if busy else frozenset(),
        name_zh=_name_zh(r),
    )


def _name_zh(r: TableReader) -> str:
    """The optional Chinese name beside `name`."""
    return r.text("name_zh") if "name_zh" in r.table else ""


def _seasons(r: TableReader) -> SeasonParams:
    calendar = r.sub("calendar")
    campus = r.sub("campus")
    fiscal = r.sub("fiscal_year")
    anchored = []
    for index, entry in enumerate(r.table.get("anchored_period", [])):
        a = TableReader(entry, f"seasons.anchored_period[{index}]")
        a.text("source")
        anchored.append(
            AnchoredPeriod(
                name=a.text("name"),
                countries=a.codes("countries"),
                holiday=a.text("holiday"),
                weekly=a.fractions("weekly"),
                weeks_before=a.fractions("weeks_before"),
                name_zh=_name_zh(a),
            )
        )
    windows = []
    for pair in campus.raw("windows"):
        if not isinstance(pair, list) or len(pair) != 2:
            raise campus.error("windows", "must be a list of [MM-DD, MM-DD] pairs")
        windows.append(
            (
                campus.month_day_value(pair[0], "windows"),
                campus.month_day_value(pair[1], "windows"),
            )
        )
    return SeasonParams(
        default_subdivisions={
            k.upper(): str(v) for k, v in calendar.sub("default_subdivisions").table.items()
        },
        country_aliases={
            k.upper(): str(v).upper() for k, v in calendar.sub("country_aliases").table.items()
        },
        holiday_names={
            country.upper(): {str(k): str(v) for k, v in names.items()}
            for country, names in calendar.sub("holiday_names").table.items()
        },
        holiday_names_zh={
            country.upper(): {str(k): str(v) for k, v in names.items()}
            for country, names in calendar.table.get("holiday_names_zh", {}).items()
        },
        decreed_countries=calendar.codes("decreed_countries"),
        pause_below_hazard=calendar.probability("pause_below_hazard"),
        mention_below_hazard=calendar.probability("mention_below_hazard"),
        slow_periods=tuple(
            _period(TableReader(e, f"seasons.slow_period[{i}]"), busy=False)
            for i, e in enumerate(r.table.get("slow_period", []))
        ),
        anchored_periods=tuple(anchored),
        busy_seasons=tuple(
            _period(TableReader(e, f"seasons.busy_season[{i}]"), busy=True)
            for i, e in enumerate(r.table.get("busy_season", []))
        ),
        campus_countries=campus.codes("countries"),
        campus_words=campus.words("words"),
        campus_windows=tuple(windows),
        campus_outside_hazard=campus.probability("outside_hazard"),
        fy_default_end_month=fiscal.month_value(
            fiscal.raw("default_end_month"), "default_end_month"
        ),
        fy_by_country={
            k.upper(): fiscal.month_value(v, "by_country")
            for k, v in fiscal.sub("by_country").table.items()
        },
        fy_government_by_country={
            k.upper(): fiscal.month_value(v, "government_by_country")
            for k, v in fiscal.sub("government_by_country").table.items()
        },
        fy_weeks_before_start=fiscal.count("weeks_before_start"),
        fy_weeks_after_start=fiscal.count("weeks_after_start"),
        fy_hazard=fiscal.probability("hazard"),
    )


def _reasons(r: TableReader) -> ReasonParams:
    entries = r.table.get("reason", [])
    by_code: dict[str, ReasonBase] = {}
    for index, entry in enumerate(entries):
        e = TableReader(entry, f"reasons.reason[{index}]")
        e.text("source")
        code = e.text("code")
        if code not in REASON_CODES:
            raise e.error("code", f"{code!r} is not one of {', '.join(REASON_CODES)}")
        by_code[code] = ReasonBase(
            code=code,
            prior_interview=e.probability("prior_interview"),
            prior_application=e.probability("prior_application"),
            recontact=e.probability("recontact"),
            delay_median_business_days=e.positive("delay_median_business_days"),
            delay_sigma=e.positive("delay_sigma"),
        )
    missing = [code for code in REASON_CODES if code not in by_code]
    if missing:
        raise r.error("reason", f"lacks the reasons {', '.join(missing)}")
    for phase in ("prior_interview", "prior_application"):
        if sum(getattr(b, phase) for b in by_code.values()) <= 0:
            raise r.error("reason", f"{phase} must not all be 0")
    factor_table = r.sub("factor")
    factors = {
        code: {key: factor_table.sub(code).number(key) for key in factor_table.sub(code).table}
        for code in factor_table.table
    }
    return ReasonParams(bases=tuple(by_code[c] for c in REASON_CODES), factors=factors)


def _followup(r: TableReader) -> FollowUpParams:
    interview, application, general = r.sub("interview"), r.sub("application"), r.sub("general")
    return FollowUpParams(
        thank_you_within_hours=interview.count("thank_you_within_hours", 1),
        thank_you_late_business_days=interview.count("thank_you_late_business_days"),
        first_after_interview=interview.window("first_after_interview"),
        first_after_decision_date=interview.window("first_after_decision_date"),
        next_after_previous=interview.window("next_after_previous"),
        max_follow_ups=interview.count("max_follow_ups"),
        move_on_after_last=interview.window("move_on_after_last"),
        first_after_applying=application.window("first_after_applying"),
        application_next_after_previous=application.window("next_after_previous"),
        application_max_follow_ups=application.count("max_follow_ups"),
        application_move_on_after_last=application.window("move_on_after_last"),
        ooo_buffer_business_days=general.count("ooo_buffer_business_days"),
        move_on_below=general.probability("move_on_below"),
    )
