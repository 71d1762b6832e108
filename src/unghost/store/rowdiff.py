"""Saving an edited application as the changes it makes: child rows added, updated or removed.

Rewriting every child row on each save turned two writers' appends into lost and multiplied
rows (issue 15); here a row that did not change is never touched, so a writer only ever
changes what it changed."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from unghost.domain.records import Application
from unghost.store.mapping import CHILD_ROWS, application_values, child_values
from unghost.store.models import ApplicationRow, CompanyRow

# What says two rows are "the same row, maybe edited": documents by their path (unique per
# application); the others only when every field agrees, else the row is updated in place.
_IDENTITY = {"documents": ("path",)}
_ORDER = "position"


def update_application_row(row: ApplicationRow, app: Application, company: CompanyRow) -> None:
    """Bring `row` (loaded in this session) to `app`: changed columns and child rows only."""
    for column, value in application_values(app).items():
        if getattr(row, column) != value:
            setattr(row, column, value)
    if row.company is not company:
        row.company = company
    for table, wanted in child_values(app).items():
        _update_children(row, table, wanted)


def _update_children(row: ApplicationRow, table: str, wanted: list[dict[str, Any]]) -> None:
    rows = getattr(row, table)
    identity = _IDENTITY.get(table)
    available: dict[str, list[Any]] = defaultdict(list)
    for child in rows:
        available[_key(child_values_of(child, wanted), identity)].append(child)
    missing: list[dict[str, Any]] = []
    for values in wanted:
        same = available.get(_key(values, identity))
        if same:
            child = same.pop(0)
            _assign(child, values)
        else:
            missing.append(values)
    leftovers = [child for group in available.values() for child in group]
    # an edited row keeps its id (updated in place); only a true surplus is deleted
    for values in missing:
        if leftovers:
            child = leftovers.pop(0)
            _assign(child, values)
        else:
            child = CHILD_ROWS[table](**values)
            rows.append(child)
    for child in leftovers:
        rows.remove(child)


def child_values_of(child: Any, like: list[dict[str, Any]]) -> dict[str, Any]:
    """A stored child row's values under the keys `child_values` writes."""
    keys = like[0].keys() if like else _columns(child)
    return {key: getattr(child, key) for key in keys}


def _columns(child: Any) -> list[str]:
    skip = {"id", "application_id"}
    return [c.key for c in child.__table__.columns if c.key not in skip]


def _key(values: dict[str, Any], identity: tuple[str, ...] | None) -> str:
    fields = identity or tuple(sorted(k for k in values if k != _ORDER))
    return json.dumps([values.get(name) for name in fields], default=str, sort_keys=True)


def _assign(child: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if getattr(child, key) != value:
            setattr(child, key, value)
