"""The model's parameters: every figure sourced, defaults cached, user overrides validated."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.unit.timeline import Story
from unghost.domain.diagnosis import diagnose
from unghost.domain.reasons import REASON_CODES
from unghost.errors import InvalidInputError
from unghost.params import DATA_FILES, load_parameters, read_tables


def numbers_without_source(node: Any, path: str, sourced: bool) -> Iterator[str]:
    """Paths of numbers with no `source` on their table, an enclosing one, or a `*_source` key."""
    if isinstance(node, dict):
        here = sourced or isinstance(node.get("source"), str)
        for key, value in node.items():
            named = isinstance(node.get(f"{key}_source"), str)
            yield from numbers_without_source(value, f"{path}.{key}", here or named)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from numbers_without_source(value, f"{path}[{index}]", sourced)
    elif isinstance(node, int | float) and not isinstance(node, bool) and not sourced:
        yield path


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_figure_in_the_data_files_has_a_source(name: str) -> None:
    assert list(numbers_without_source(read_tables()[name], name, False)) == []


def test_every_sourced_figure_says_how_confident_it_is() -> None:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, dict):
            if "value" in node:
                yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    figures = [f for table in read_tables().values() for f in walk(table)]
    assert len(figures) > 50
    assert all(f.get("confidence") in {"A", "B", "C", "assumption"} for f in figures)


def test_the_shipped_parameters_load_once() -> None:
    assert load_parameters() is load_parameters()
    assert load_parameters({}) is load_parameters()
    tuned = {"followup": {"general": {"move_on_below": 0.1}}}
    assert load_parameters(tuned) is load_parameters(
        {"followup": {"general": {"move_on_below": 0.1}}}
    )
    assert load_parameters(tuned) is not load_parameters()


def test_a_bare_number_overrides_a_sourced_figure_and_moves_the_model() -> None:
    bleak = load_parameters({"hearback": {"phase": {"interview": {"cure_fraction": 0.6}}}})
    assert bleak.hearback.interview.cure_fraction == 0.6
    assert bleak.sources["hearback.phase.interview.cure_fraction"] == "your configuration file"
    assert load_parameters().hearback.interview.cure_fraction == 0.25  # the shipped one is intact
    app = Story("US").applied("2026-03-02").interview("2026-03-10").build()
    assert (
        diagnose(app, date(2026, 3, 20), bleak).p_hear_back
        < diagnose(app, date(2026, 3, 20), load_parameters()).p_hear_back
    )


def test_overriding_the_follow_up_window_changes_the_plan() -> None:
    patient = load_parameters({"followup": {"interview": {"first_after_interview": [8, 10]}}})
    app = Story("US").applied("2026-03-02").interview("2026-03-10").thank_you("2026-03-10").build()
    plan = diagnose(app, date(2026, 3, 11), patient).follow_up_plan
    first = next(s for s in plan if s.kind == "follow-up")
    assert first.on == date(2026, 3, 20)


def test_a_country_can_be_added_to_an_open_table() -> None:
    tuned = load_parameters({"hearback": {"country": {"mean_days": {"NZ": 47.6}}}})
    assert tuned.hearback.country_ratio["NZ"] == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"hearbak": {}}, "unknown model parameter file 'hearbak'"),
        (
            {"hearback": {"phase": {"interview": {"cure_fractio": 0.3}}}},
            "unknown model parameter 'hearback.phase.interview.cure_fractio'",
        ),
        (
            {"hearback": {"phase": {"interview": {"cure_fraction": 1.5}}}},
            "model parameter hearback.phase.interview.cure_fraction must be at least 0.0 and "
            "at most 0.99, not 1.5",
        ),
        (
            {"followup": {"interview": {"first_after_interview": [7, 5]}}},
            "model parameter followup.interview.first_after_interview must be [earliest, latest]",
        ),
        (
            {"seasons": {"fiscal_year": {"by_country": {"US": 13}}}},
            "model parameter seasons.fiscal_year.by_country must be a month number",
        ),
        (
            {"reasons": {"factor": {"holiday": {"ooo": "lots"}}}},
            "model parameter reasons.factor.holiday.ooo must be a number",
        ),
    ],
)
def test_bad_overrides_are_refused_with_the_parameter_named(
    overrides: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        load_parameters(overrides)
    assert str(caught.value).startswith(message)
    assert caught.value.hint is not None and "[model]" in caught.value.hint


DOC = Path(__file__).resolve().parents[2] / "docs" / "diagnosis.md"


def test_the_config_example_in_the_docs_loads() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = text.split("```toml\n", 1)[1].split("```", 1)[0]
    tuned = load_parameters(tomllib.loads(block)["model"])
    assert tuned.hearback.interview.cure_fraction == 0.35
    assert tuned.followup.first_after_interview == (7, 10)
    assert "NZ" in tuned.hearback.country_ratio


def test_the_docs_explain_every_reason_and_every_data_file() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code in REASON_CODES:
        assert f"| `{code}` |" in text
    for name in DATA_FILES:
        assert f"`{name}.toml`" in text
