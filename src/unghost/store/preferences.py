"""A server user's own preferences (user_preferences): read at every request, written by the
preferences page. The laptop keeps the same values in its settings instead."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from unghost.store.people import PreferencesRow

# setting name -> column: the one list of what a server user sets for themself
PER_USER = {"from": "from_address", "lang": "lang", "country": "country", "timezone": "timezone"}


def load_preferences(session: Session, user_id: int) -> dict[str, Any]:
    """{"values": {setting: value or None}, "model": {...}} of the user (empty when unset)."""
    return preferences_of(session.get(PreferencesRow, user_id))


def preferences_of(row: PreferencesRow | None) -> dict[str, Any]:
    """What load_preferences gives, from the user's row already read (None: nothing set)."""
    values = {name: (getattr(row, column) if row is not None else None)
              for name, column in PER_USER.items()}  # fmt: skip
    model = json.loads(row.model_json) if row is not None and row.model_json else {}
    return {"values": values, "model": model}


def save_preferences(
    session: Session, user_id: int, values: dict[str, str | None], *, now: datetime,
    model: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    row = session.get(PreferencesRow, user_id)
    if row is None:
        row = PreferencesRow(user_id=user_id, updated_at=now)
        session.add(row)
    for name, column in PER_USER.items():
        if name in values:
            setattr(row, column, values[name] or None)
    if model is not None:
        row.model_json = json.dumps(model, sort_keys=True) if model else None
    row.updated_at = now
    session.flush()
