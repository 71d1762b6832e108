"""Unknown fields of unghost/v1 at every level: what this version does not read, kept so an
export gives it back where it was.

Items of a list (contacts, interviews, messages, history, documents) keep theirs on the item.
The single objects of an application (company, role, its salary, the candidate) keep theirs
in the application's `extra`, under `HEAD.KEY`; a top-level unknown key that would read as
one of those is stored with a leading "." so it comes back at the top."""

from __future__ import annotations

from typing import Any

APP_KEYS = frozenset({
    "ref", "company", "role", "status", "applied_on", "candidate", "contacts", "interviews",
    "messages", "history", "documents", "notes", "source", "tags", "rating", "archived",
})  # fmt: skip
OBJECT_KEYS = {
    "company": frozenset({"name", "domain", "country", "subdivision", "industry",
                          "fiscal_year_end_month", "funding_pending", "hiring_freeze"}),
    "role": frozenset({"title", "posting_url", "posted_on", "new_position", "closed_on",
                       "location", "description", "salary", "work_mode"}),
    "salary": frozenset({"min", "max", "currency", "period"}),
    "candidate": frozenset({"email", "phone"}),
}  # fmt: skip
ITEM_KEYS = {
    "contacts": frozenset({"name", "email", "phone", "role", "linkedin"}),
    "interviews": frozenset({"at", "stage", "interviewers", "decision_expected_on",
                             "candidates_remaining", "notes", "format"}),
    "messages": frozenset({"at", "direction", "kind", "subject", "counterpart", "message_id",
                           "return_date", "body"}),
    "history": frozenset({"on", "status", "note"}),
    "documents": frozenset({"path", "kind"}),
}  # fmt: skip
_ESCAPE = "."


def unknown_fields(obj: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The fields of `obj` this version does not read, in the file's order."""
    return {key: value for key, value in obj.items() if key not in known}


def application_extra(obj: dict[str, Any], objects: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The application's own unknown fields and those of its single objects (OBJECT_KEYS)."""
    extra = {_stored_key(key): value for key, value in unknown_fields(obj, APP_KEYS).items()}
    for head, nested in objects.items():
        for key, value in unknown_fields(nested, OBJECT_KEYS[head]).items():
            extra[f"{head}.{key}"] = value
    return extra


def split_application_extra(
    extra: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """`application_extra` undone: the top-level fields, and each single object's."""
    top: dict[str, Any] = {}
    nested: dict[str, dict[str, Any]] = {head: {} for head in OBJECT_KEYS}
    for key, value in extra.items():
        if key.startswith(_ESCAPE):
            top[key[len(_ESCAPE) :]] = value
            continue
        head, _, rest = key.partition(".")
        if rest and head in nested:
            nested[head][rest] = value
        else:
            top[key] = value
    return top, nested


def _stored_key(key: str) -> str:
    head, _, rest = key.partition(".")
    clash = key.startswith(_ESCAPE) or (rest and head in OBJECT_KEYS)
    return _ESCAPE + key if clash else key
