"""The parsed parameter files kept as JSON between runs (params.use_table_cache): the same
tables as parsing the TOML, a damaged or foreign file ignored, and nothing kept when off."""

from __future__ import annotations

import json

from unghost import params


def test_the_kept_tables_equal_the_parsed_ones(tmp_path) -> None:
    params.use_table_cache(None)
    parsed = params.read_tables()
    try:
        params.use_table_cache(tmp_path)
        first = params.read_tables()  # parses and keeps
        kept = list(tmp_path.glob("*.json"))
        assert len(kept) == 1
        second = params.read_tables()  # read from the kept file
        assert first == second == parsed
        second["hearback"]["changed"] = True  # each read is a fresh copy the merge may change
        assert "changed" not in params.read_tables()["hearback"]
    finally:
        params.use_table_cache(None)


def test_a_damaged_or_foreign_file_is_parsed_again(tmp_path) -> None:
    params.use_table_cache(None)
    parsed = params.read_tables()
    try:
        params.use_table_cache(tmp_path)
        params.read_tables()
        (path,) = tmp_path.glob("*.json")
        for text in ("{not json", json.dumps({"key": "another", "tables": {}}), "[]"):
            path.write_text(text, encoding="utf-8")
            assert params.read_tables() == parsed
        assert json.loads(path.read_text(encoding="utf-8"))["tables"] == parsed  # kept again
    finally:
        params.use_table_cache(None)


def test_nothing_is_kept_unless_asked(tmp_path, monkeypatch) -> None:
    params.use_table_cache(None)
    monkeypatch.chdir(tmp_path)
    params.read_tables()
    assert list(tmp_path.iterdir()) == []
