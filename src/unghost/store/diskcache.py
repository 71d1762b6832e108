"""Small answers kept as JSON files between runs (the holiday and contact-check caches)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path


def keep_json(path: Path, value: object) -> None:
    """Write `value` to `path` whole or not at all; a write that fails costs only the next
    run's time."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".keep-", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(value, out, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
