"""`unghost why`, `unghost today` and `unghost calendar export` on an imported pipeline."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.cli.test_cli import run
from tests.factories import realistic_document

CODES = {"no-follow-up", "contact-info", "no-hurry", "holiday", "budget", "busy", "offer-elsewhere",
         "position-gone", "silent-rejection"}  # fmt: skip
ACTIONS = {"send-thank-you", "fix-contact-info", "follow-up", "reply", "wait", "move-on", "none"}


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(realistic_document(24), ensure_ascii=False), encoding="utf-8")
    database = tmp_path / "d.db"
    assert run(["import", str(path)], database).returncode == 0
    return database


def test_why_prints_exactly_the_contract(db):
    r = run(["why", "app-000-cn", "--json", "--today", "2026-11-25"], db)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert {"as_of", "status", "state", "p_hear_back", "expected_reply", "reasons", "history",
            "next_action"} <= set(d)  # fmt: skip
    assert d["as_of"] == "2026-11-25" and d["state"] == "waiting"
    assert 0.0 <= d["p_hear_back"] <= 1.0
    assert set(d["expected_reply"]) >= {"p50", "p80"}
    assert {r["code"] for r in d["reasons"]} == CODES
    probabilities = [r["probability"] for r in d["reasons"]]
    assert probabilities == sorted(probabilities, reverse=True)
    assert abs(sum(probabilities) - 1.0) < 1e-3  # each rounded to 4 places
    assert all(isinstance(r["evidence"], list) and r["advice"] for r in d["reasons"])
    action = d["next_action"]
    assert action["kind"] in ACTIONS and action["why"]
    if action["kind"] != "none":
        assert date.fromisoformat(action["on"]) >= date(2026, 11, 25)


def test_why_for_a_rejected_application_closes_the_case(db):
    d = json.loads(run(["why", "app-002-us", "--json", "--today", "2026-11-25"], db).stdout)
    assert d["status"] == "rejected" and d["state"] == "closed"
    assert d["p_hear_back"] is None and d["expected_reply"] is None and d["reasons"] == []
    assert d["next_action"]["kind"] == "none" and "rejected" in d["next_action"]["why"]
    text = run(["why", "app-002-us", "--today", "2026-11-25"], db).stdout
    assert "closed" in text and "silence" not in text and "Chance" not in text


def test_today_and_calendar(db, tmp_path):
    r = run(["today", "--json", "--today", "2026-11-25"], db)
    agenda = json.loads(r.stdout)
    assert agenda["as_of"] == "2026-11-25" and isinstance(agenda["today"], list)
    assert all(item["kind"] for item in agenda["today"] + agenda["this_week"])
    ics = tmp_path / "feed.ics"
    r = run(["calendar", "export", str(ics), "--json", "--today", "2026-11-25"], db)
    assert json.loads(r.stdout)["events"] > 0
    first = ics.read_bytes()
    run(["calendar", "export", str(ics), "--today", "2026-11-25"], db)
    assert ics.read_bytes() == first  # a stable feed: same day, same bytes
    assert b"BEGIN:VALARM" in first


def test_why_unknown_ref(db):
    r = run(["why", "nope"], db)
    assert r.returncode == 3


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_why_in_chinese_keeps_keys_and_codes(db):
    english = json.loads(run(["why", "app-000-cn", "--json", "--today", "2026-11-25"], db).stdout)
    r = run(["why", "app-000-cn", "--lang", "zh", "--json", "--today", "2026-11-25"], db)
    assert r.returncode == 0, r.stderr
    chinese = json.loads(r.stdout)
    assert set(chinese) == set(english)
    assert [x["code"] for x in chinese["reasons"]] == [x["code"] for x in english["reasons"]]
    assert chinese["next_action"]["kind"] == english["next_action"]["kind"]
    assert _has_chinese(chinese["next_action"]["why"])
    assert all(_has_chinese(x["advice"]) for x in chinese["reasons"])
    assert any(_has_chinese(e) for x in chinese["reasons"] for e in x["evidence"])
    by_setting = run(["why", "app-000-cn", "--json", "--today", "2026-11-25"], db,
                     env={"UNGHOST_LANG": "zh"})  # fmt: skip
    assert json.loads(by_setting.stdout) == chinese


def test_today_and_status_in_chinese_and_a_bad_language(db):
    agenda = json.loads(
        run(["today", "--lang", "zh", "--json", "--today", "2026-11-25"], db).stdout
    )
    items = agenda["today"] + agenda["this_week"]
    assert items and all(_has_chinese(item["why"]) for item in items)
    status = json.loads(
        run(["status", "--lang", "zh", "--json", "--today", "2026-11-25"], db).stdout
    )
    assert all(_has_chinese(item["why"]) for item in status["due_today"] + status["due_this_week"])
    bad = run(["why", "app-000-cn", "--lang", "fr"], db)
    assert bad.returncode == 1 and "unknown language 'fr'" in bad.stderr


def _one_application(folder, candidate: dict) -> object:
    app = {
        "ref": "harbour-planner", "status": "interviewing", "applied_on": "2026-10-26",
        "company": {"name": "Harbour Freight", "country": "AU"},
        "role": {"title": "Operations Planner"}, "candidate": candidate,
        "interviews": [{"at": "2026-11-16T10:00:00+11:00", "stage": "final"}],
    }  # fmt: skip
    folder.mkdir(exist_ok=True)
    path = folder / "one.json"
    path.write_text(json.dumps({"format": "unghost/v1", "applications": [app]}), encoding="utf-8")
    database = folder / "one.db"
    assert run(["import", str(path)], database).returncode == 0
    return database


def _contact_reason(database) -> tuple[dict, dict]:
    r = run(["why", "harbour-planner", "--json", "--today", "2026-12-08"], database)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    return next(x for x in d["reasons"] if x["code"] == "contact-info"), d["next_action"]


def test_a_record_without_a_phone_number_is_not_a_contact_problem(tmp_path):
    # The employer has the resume; a record kept with the email alone is no sign that they
    # cannot reach the candidate (it once made contact-info the top reason, 36%).
    reason, action = _contact_reason(_one_application(tmp_path, {"email": "mia.chen@gmail.com"}))
    assert reason["evidence"] == [] and action["kind"] != "fix-contact-info"
    blank, _ = _contact_reason(_one_application(tmp_path / "blank", {}))
    assert blank["probability"] == reason["probability"]  # the email alone changes nothing


def test_a_mistyped_email_on_record_is_still_a_contact_problem(tmp_path):
    reason, action = _contact_reason(_one_application(tmp_path, {"email": "mia.chen@gmial.com"}))
    assert any("gmial.com" in line for line in reason["evidence"])
    assert action["kind"] == "fix-contact-info"
