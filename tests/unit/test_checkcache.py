"""The contact check of the details on record, kept on disk: the same answers as the check,
read back without running it, and made again when the check's code or data change."""

from __future__ import annotations

from pathlib import Path

import pytest

from unghost.services.evidence import record_findings
from unghost.store import checkcache
from unghost.store.checkcache import cached_record_check


def _counting(calls: list[tuple[object, ...]]):  # type: ignore[no-untyped-def]
    def check(email, phone, region):  # type: ignore[no-untyped-def]
        calls.append((email, phone, region))
        return record_findings(email, phone, region)

    return check


def test_a_kept_answer_equals_the_check_and_is_read_back_without_it(tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []
    cached = cached_record_check(tmp_path, _counting(calls))
    first = cached("ann@gmial.com", "+1 415 555 010", "US")
    assert first == record_findings("ann@gmial.com", "+1 415 555 010", "US")
    assert {code for code, *_ in first} >= {"email-typo"}
    assert all(zh and zh != en for _, _, en, zh in first)  # both languages kept
    again = cached_record_check(tmp_path, _counting(calls))  # a new process, the same folder
    assert again("ann@gmial.com", "+1 415 555 010", "US") == first
    assert len(calls) == 1
    assert [c for c, *_ in again("ann@gmail.com", None, "US")] == [
        "contact-missing"
    ]  # checked, kept
    assert len(calls) == 2


def test_a_change_of_the_checks_code_or_data_makes_the_answer_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []
    cached_record_check(tmp_path, _counting(calls))("bo@yaho.com", None, "GB")
    monkeypatch.setattr(checkcache, "code_key", lambda: "another version")
    cached_record_check(tmp_path, _counting(calls))("bo@yaho.com", None, "GB")
    assert len(calls) == 2


def test_a_damaged_or_unwritable_cache_costs_only_time(tmp_path: Path) -> None:
    calls: list[tuple[object, ...]] = []
    cached_record_check(tmp_path, _counting(calls))("cy@hotmial.com", None, "US")
    for kept in tmp_path.glob("*.json"):
        kept.write_text("{not json", encoding="utf-8")
    assert cached_record_check(tmp_path, _counting(calls))("cy@hotmial.com", None, "US")
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("", encoding="utf-8")
    assert cached_record_check(blocked, _counting(calls))("cy@hotmial.com", None, "US")
    assert len(calls) == 3


def test_the_key_names_the_checks_files() -> None:
    assert checkcache.code_key() == checkcache.code_key()
    assert len(checkcache.code_key()) == 32
