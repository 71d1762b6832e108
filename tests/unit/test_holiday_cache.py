"""The holiday cache on disk (store/holidaycache.py) answers exactly what the `holidays` package
answers, and calendars built from it equal calendars built from the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from unghost.domain import calendar as cal
from unghost.domain.country_names import translate_holidays
from unghost.store.holidaycache import cached_source

ASKED = (
    ("CN", None, (2025, 2026, 2027), "en_US"),
    ("CN", None, (2026,), "zh_CN"),
    ("US", "CA", (2025, 2026, 2027), "en_US"),
    ("DE", "BY", (2026,), None),
    ("JP", None, (2024, 2025), "en_US"),
)


@pytest.fixture
def restore():
    yield
    cal.use_holiday_source(None)


@pytest.mark.parametrize("asked", ASKED)
def test_the_cache_answers_what_the_package_answers(tmp_path: Path, asked, monkeypatch) -> None:
    source = cached_source(tmp_path)
    first = source(*asked)
    direct = cal.holiday_table(*asked)
    assert first == direct and list(first.names) == list(direct.names)
    assert len(list(tmp_path.iterdir())) == 1

    def no_package(*_: object) -> cal.HolidayTable:
        raise AssertionError("the package was asked again")

    monkeypatch.setattr("unghost.store.holidaycache.holiday_table", no_package)
    again = cached_source(tmp_path)(*asked)  # a later run: read from the file
    assert again == direct and list(again.names.items()) == list(direct.names.items())


def test_calendars_from_the_cache_equal_calendars_from_the_package(tmp_path: Path, restore) -> None:
    region = cal.Region("CN", None)
    cal.use_holiday_source(None)
    plain = cal.get_calendar(region, 2025, 2027, True)
    words = translate_holidays("CN", None, 2026)
    for _ in range(2):  # written, then read back
        cal.use_holiday_source(cached_source(tmp_path))
        cached = cal.get_calendar(region, 2025, 2027, True)
        assert cached is not plain
        for name in ("_open", "_names", "_closures", "weekend", "provisional_years"):
            assert getattr(cached, name) == getattr(plain, name), name
        assert translate_holidays("CN", None, 2026) == words


def test_a_damaged_file_is_asked_again(tmp_path: Path) -> None:
    source = cached_source(tmp_path)
    table = source(*ASKED[0])
    for path in tmp_path.iterdir():
        path.write_text("{not json", encoding="utf-8")
    assert cached_source(tmp_path)(*ASKED[0]) == table
