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
        {"id": r.summary.id, "ref": r.summary.ref, "company": r.summary.company,
         "title": r.summary.title, "status": r.summary.status.value,
         "country": r.summary.country,
         "applied_on": r.summary.applied_on.isoformat() if r.summary.applied_on else None,
         "last_activity": (r.summary.last_activity.isoformat()
                           if r.summary.last_activity else None),
         "days_silent": r.silent_days, "tags": list(r.summary.tags),
         "rating": r.summary.rating, "archived": r.summary.archived,
         "p_hear_back": None if r.p_hear_back is None else round(r.p_hear_back, 4),
         "next_action": ({"kind": r.action_kind, "on": r.action_on.isoformat()}
                         if r.action_on else None),
         "needs_action": r.needs_action}
        for r in found
    ]}  # fmt: skip


def emit_json(data: Any) -> None:
    """JSON on stdout: indented for a person at a terminal, compact (and fast) for a pipe."""
    indent = 2 if sys.stdout.isatty() else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, default=json_default)
    sys.stdout.write(escape_c1(text))
    sys.stdout.write("\n")


def json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")
