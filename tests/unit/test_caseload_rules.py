"""The caseload's flags and a class's first-destination rates (pure domain)."""

from __future__ import annotations

from datetime import date

import pytest

from unghost.domain.caseload import StudentCounts, flags_for, outcome_rates
from unghost.server.counsel import caseload_table, flag_rules

TODAY = date(2026, 11, 25)


def test_every_threshold_of_the_rules_has_a_source():
    table = caseload_table()
    for section in ("dashboard", *(f"flags.{k}" for k in table["flags"])):
        node = table
        for part in section.split("."):
            node = node[part]
        for key, value in node.items():
            assert value["source"] and "value" in value, (section, key)


def test_a_student_with_an_offer_and_stalled_follow_ups_gets_both_flags_with_their_facts():
    rules = flag_rules()
    counts = StudentCounts(1, applications=6, waiting=4, overdue=3, overdue_long=3, offers=1,
                           last_applied=date(2026, 11, 20), assigned_on=date(2026, 9, 1))  # fmt: skip
    flags = {f.key: f.values for f in flags_for(counts, rules, TODAY)}
    assert flags == {"offer_awaiting_decision": {"n": 1},
                     "overdue_follow_ups": {"n": 3, "days": rules.overdue_business_days}}  # fmt: skip


def test_silence_and_an_empty_pipeline_are_flagged_only_past_their_thresholds():
    rules = flag_rules()
    days = rules.no_recent_application_days
    quiet = StudentCounts(2, applications=5, waiting=5, long_silent=5,
                          last_applied=date.fromordinal(TODAY.toordinal() - days))  # fmt: skip
    assert [f.key for f in flags_for(quiet, rules, TODAY)] == ["no_recent_application",
                                                                "long_silences"]  # fmt: skip
    recent = StudentCounts(2, applications=5, waiting=5, long_silent=3,
                           last_applied=date.fromordinal(TODAY.toordinal() - days + 1))  # fmt: skip
    assert flags_for(recent, rules, TODAY) == []
    wait = rules.no_applications_days_on_caseload
    new = StudentCounts(3, assigned_on=date.fromordinal(TODAY.toordinal() - wait + 1))
    assert flags_for(new, rules, TODAY) == []
    empty = StudentCounts(3, assigned_on=date.fromordinal(TODAY.toordinal() - wait))
    assert [(f.key, f.values) for f in flags_for(empty, rules, TODAY)] == [
        ("no_applications", {"days": wait})
    ]


def test_knowledge_and_career_outcomes_rates_follow_the_nace_definitions():
    table = caseload_table()["outcomes"]
    got = outcome_rates("2026", ["employed-full-time", "continuing-education", "seeking",
                                 "not-seeking", None],
                        table["categories"], table["positive"])  # fmt: skip
    assert (got.graduates, got.known, got.positive) == (5, 4, 2)
    assert got.knowledge_rate == pytest.approx(0.8)
    assert got.career_outcomes_rate == pytest.approx(0.5)
    assert got.by_category["seeking"] == 1
    nobody = outcome_rates("2027", [None], table["categories"], table["positive"])
    assert nobody.knowledge_rate == 0 and nobody.career_outcomes_rate is None
    with pytest.raises(ValueError):
        outcome_rates("x", ["astronaut"], table["categories"], table["positive"])
