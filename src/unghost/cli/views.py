"""The JSON of the read commands, shared by the full path and the fast one (cli/fast.py), so
the two print the same bytes."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from unghost.cli.terminal import escape_c1


def list_data(found: Iterable[Any]) -> dict[str, Any]:
    """`unghost list --json`: the rows of domain/listing.select_rows."""
    return {"applications": [
        list_item(r.summary.id, r.summary.ref, r.summary.company, r.summary.title,
                  r.summary.status.value, r.summary.country,
                  r.summary.applied_on.isoformat() if r.summary.applied_on else None,
                  r.summary.last_activity.isoformat() if r.summary.last_activity else None,
                  r.silent_days, list(r.summary.tags), r.summary.rating, r.summary.archived,
                  r.p_hear_back, r.action_kind,
                  r.action_on.isoformat() if r.action_on else None, r.needs_action)
        for r in found
    ]}  # fmt: skip


def list_item(
    id_: int, ref: str, company: str, title: str, status: str, country: str | None,
    applied_on: str | None, last_activity: str | None, days_silent: int | None,
    tags: list[str], rating: int | None, archived: bool, p_hear_back: float | None,
    action_kind: str | None, action_on: str | None, needs_action: bool,
) -> dict[str, Any]:  # fmt: skip
    """One application of `unghost list --json` (days as ISO text), for the full path and
    the fast one (cli/fast.py)."""
    return {"id": id_, "ref": ref, "company": company, "title": title, "status": status,
            "country": country, "applied_on": applied_on, "last_activity": last_activity,
            "days_silent": days_silent, "tags": tags, "rating": rating, "archived": archived,
            "p_hear_back": None if p_hear_back is None else round(p_hear_back, 4),
            "next_action": {"kind": action_kind, "on": action_on} if action_on else None,
            "needs_action": needs_action}  # fmt: skip


def emit_json(data: Any) -> None:
    """JSON on stdout: indented for a person at a terminal, compact (and fast) for a pipe."""
    indent = 2 if sys.stdout.isatty() else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=json_default)
    sys.stdout.write(text if text.isascii() else escape_c1(text))
    sys.stdout.write("\n")


def json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
