"""Unknown fields of an unghost/v1 file are kept at every level (the application, its company,
role, salary and candidate, each contact, interview, message, history line and document) and
exported again where they were; importing the export again adds nothing. Both engines."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unghost.interchange.extras import APP_KEYS, ITEM_KEYS, OBJECT_KEYS
from unghost.services.applications import get_application
from unghost.services.transfer import export_applications, import_file

LISTS = ("contacts", "interviews", "messages", "history", "documents")
OBJECTS = ("company", "role", "salary", "candidate")
_refs = itertools.count()

# JSON values as a file holds them (the streaming parser reads 64-bit integers), NUL included
_text = st.text(st.characters(codec="utf-8"), max_size=12)
_json = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**63) + 1, 2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False) | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=6,
)  # fmt: skip
# keys that look like the stored form of a nested one ("company.x") or its escape (".x") too
_key = _text.filter(bool) | st.sampled_from(["company.x", "role.salary.y", "salary.z", ".w", "."])


def _fields(known: frozenset[str]) -> st.SearchStrategy[dict[str, Any]]:
    return st.dictionaries(_key.filter(lambda k: k not in known), _json, max_size=3)


LEVELS = {
    "app": _fields(APP_KEYS),
    **{name: _fields(OBJECT_KEYS[name]) for name in OBJECTS},
    **{name: st.lists(_fields(ITEM_KEYS[name]), min_size=2, max_size=2) for name in LISTS},
}


def _application(ref: str, extra: dict[str, Any]) -> dict[str, Any]:
    """One application with two items in each list, each item with its unknown fields."""
    items: dict[str, list[dict[str, Any]]] = {
        "contacts": [{"name": "Li Wei", "email": "li@acme.example"}, {"name": "Ann Bo"}],
        "interviews": [{"at": "2026-09-28T10:00:00+08:00", "stage": "onsite"},
                       {"at": "2026-10-02T10:00:00+08:00", "stage": "final"}],
        "messages": [{"at": "2026-09-28T20:00:00+08:00", "direction": "sent", "kind": "thank-you"},
                     {"at": "2026-10-05T09:00:00+08:00", "direction": "received",
                      "kind": "still-deciding"}],
        "history": [{"on": "2026-09-05", "status": "applied"},
                    {"on": "2026-09-30", "note": "went well"}],
        "documents": [{"path": "/cv/a.pdf", "kind": "resume"},
                      {"path": "/cv/b.pdf", "kind": "cover_letter"}],
    }  # fmt: skip
    for name, rows in items.items():
        for row, unknown in zip(rows, extra[name], strict=True):
            row.update(unknown)
    return {
        "ref": ref, "status": "interviewing", "applied_on": "2026-09-05",
        "company": {"name": "Acme", "country": "CN", **extra["company"]},
        "role": {"title": "Analyst", **extra["role"],
                 "salary": {"min": 100, "max": 200, "currency": "CNY", "period": "month",
                            **extra["salary"]}},
        "candidate": {"email": "me@example.com", **extra["candidate"]},
        **items, **extra["app"],
    }  # fmt: skip


def _unknown(obj: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in known}


def _levels(app: dict[str, Any]) -> dict[str, Any]:
    """The unknown fields of an exported application, level by level."""
    found: dict[str, Any] = {"app": _unknown(app, APP_KEYS)}
    found["company"] = _unknown(app["company"], OBJECT_KEYS["company"])
    found["role"] = _unknown(app["role"], OBJECT_KEYS["role"])
    found["salary"] = _unknown(app["role"]["salary"], OBJECT_KEYS["salary"])
    found["candidate"] = _unknown(app["candidate"], OBJECT_KEYS["candidate"])
    for name in LISTS:
        found[name] = [_unknown(item, ITEM_KEYS[name]) for item in app[name]]
    return found


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON, strictly: 1.0 is not 1, True is not 1 (PostgreSQL's jsonb, which wrote
    1e+20 back as an integer, is not used for them)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return type(a) is type(b) and a == b
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _export(ctx: Any, ref: str) -> dict[str, Any]:
    out = io.StringIO()
    export_applications(ctx, out, refs=[ref])
    (app,) = json.loads(out.getvalue())["applications"]
    return app


def _import(ctx: Any, path: Path, apps: list[dict[str, Any]]) -> Any:
    path.write_text(json.dumps({"format": "unghost/v1", "applications": apps}), encoding="utf-8")
    return import_file(ctx, path)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(extra=st.fixed_dictionaries(LEVELS))
def test_unknown_fields_at_every_level_come_back_where_they_were(ctx, tmp_path, extra):
    ref = f"acme-{next(_refs)}"
    report = _import(ctx, tmp_path / "in.json", [_application(ref, extra)])
    assert report.created == 1, report.problems
    exported = _export(ctx, ref)
    assert same_json(_levels(exported), extra), (_levels(exported), extra)
    # the export imported again: nothing new, nothing changed, the same export
    again = _import(ctx, tmp_path / "again.json", [exported])
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert same_json(_export(ctx, ref), exported)
    stored = get_application(ctx, ref)
    counts = [len(getattr(stored, n)) for n in ("contacts", "interviews", "messages", "events")]
    assert counts == [2, 2, 2, 2] and len(stored.documents) == 2


def test_a_second_copy_adds_its_unknown_fields_to_the_stored_items(ctx, tmp_path):
    blank = {name: [{}, {}] for name in LISTS} | {name: {} for name in ("app", *OBJECTS)}
    _import(ctx, tmp_path / "a.json", [_application("acme-merge", blank)])
    later = {**blank, "interviews": [{"room": "4F"}, {}], "app": {"x-priority": 2}}
    report = _import(ctx, tmp_path / "b.json", [_application("acme-merge", later)])
    assert (report.created, report.updated) == (0, 1)
    exported = _export(ctx, "acme-merge")
    assert exported["interviews"][0]["room"] == "4F" and exported["x-priority"] == 2
    assert len(exported["interviews"]) == 2


def test_an_edit_from_a_form_keeps_the_unknown_fields_of_the_line(ctx, tmp_path):
    from unghost.domain.records import Contact
    from unghost.services.records import edit_contact

    fields = {name: [{}, {}] for name in LISTS} | {name: {} for name in ("app", *OBJECTS)}
    fields["contacts"] = [{"wechat": "liwei88"}, {}]
    _import(ctx, tmp_path / "a.json", [_application("acme-edit", fields)])
    edit_contact(ctx, "acme-edit", 0, Contact(name="Li Wei", email="li.wei@acme.example"))
    contact = _export(ctx, "acme-edit")["contacts"][0]
    assert (contact["email"], contact["wechat"]) == ("li.wei@acme.example", "liwei88")
