"""Issue 16, finding 1 and 7: a user template can neither freeze nor exhaust the process."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.outboxfixtures.apps import TODAY
from unghost.drafting.templates import Templates

SLOW = "{% set L = range(3000)|list %}" + '{{ range(100000)|select("in", L)|list|length }}' * 5
HUGE = '{{ range(100000)|map("string")|map("center", 29990)|list|length }}'
NESTED = "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"


def test_a_filter_that_loops_for_long_is_stopped_by_the_deadline(tmp_path: Path) -> None:
    templates = Templates(tmp_path)
    started = time.monotonic()
    problems = templates.check_text("custom", "en", f"Subject: x\n\n{SLOW}\n", TODAY)
    assert time.monotonic() - started < 5
    assert problems and "took longer than 2 s to render" in problems[0]


def test_lazy_filters_cannot_pile_up_memory_inside_list(tmp_path: Path) -> None:
    problems = Templates(tmp_path).check_text("custom", "en", f"Subject: x\n\n{HUGE}\n", TODAY)
    assert problems == [
        "template en/custom.j2 (user), line 3: a filter's output adds up to more than 30000 characters"
    ]


@pytest.mark.parametrize("text", [NESTED, "{{ " + "[" * 5000 + "]" * 5000 + " }}"])
def test_deeply_nested_brackets_are_one_clear_problem(text: str, tmp_path: Path) -> None:
    problems = Templates(tmp_path).check_text("custom", "en", f"Subject: x\n\n{text}\n", TODAY)
    assert problems == ["template en/custom.j2 (user): it nests brackets or blocks too deeply"]


@pytest.mark.parametrize("text", [SLOW, HUGE, NESTED])
def test_what_exceeds_the_bound_is_not_saved(text: str, tmp_path: Path) -> None:
    from unghost.errors import InvalidInputError

    with pytest.raises(InvalidInputError):
        Templates(tmp_path).save_user_template("follow-up", "en", f"Subject: x\n\n{text}\n", TODAY)
    assert not (tmp_path / "en" / "follow-up.j2").exists()


def test_lazy_filters_still_work_for_ordinary_data(tmp_path: Path) -> None:
    text = (
        "Subject: x\n\n{{ range(5)|map('string')|join(',') }} {{ [3, 1, 2]|select('odd')|list }}\n"
    )
    assert Templates(tmp_path).check_text("custom", "en", text, TODAY) == []
