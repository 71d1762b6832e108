"""The `holidays` package's answers kept on disk between runs: a CLI command that builds a
calendar reads a small file instead of importing the package (~0.15 s, most of `why`'s
calendar). Each file is named by what the answer depends on: the installed package (its
version and files), unghost's data file of its regions, the region, the years, the language."""

from __future__ import annotations

import contextlib
import hashlib
import json
from datetime import date
from pathlib import Path

from unghost.domain.calendar import HolidaySource, HolidayTable, holiday_table
from unghost.store.diskcache import keep_json

FORMAT = "1"  # bump when what a file holds changes


def package_key() -> str:
    """The installed `holidays` package and the regions data, without importing the package."""
    from importlib.util import find_spec

    from unghost.data import FOLDER

    spec = find_spec("holidays")
    parts = [FORMAT]
    if spec is not None and spec.origin:
        root = Path(spec.origin).parent
        for name in ("__init__.py", "version.py"):
            try:
                stat = (root / name).stat()
                parts.append(f"{root / name}:{stat.st_size}:{stat.st_mtime_ns}")
            except OSError:
                parts.append(name)
        with contextlib.suppress(OSError):
            parts.append((root / "version.py").read_text(encoding="utf-8"))
    data = (FOLDER / "holiday_regions.json").read_bytes()
    parts.append(hashlib.sha256(data).hexdigest())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def cached_source(directory: Path) -> HolidaySource:
    """A holiday source with the package's answers, read from `directory` when kept there
    and written there when not (a write that fails costs only the next run's time)."""
    base = package_key()

    def source(
        country: str, subdivision: str | None, years: tuple[int, ...], language: str | None
    ) -> HolidayTable:
        key = json.dumps([base, country, subdivision, list(years), language])
        path = directory / f"{hashlib.sha256(key.encode()).hexdigest()[:40]}.json"
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept["key"] == key:
                return HolidayTable(
                    frozenset(kept["weekend"]),
                    {date.fromisoformat(d): name for d, name in kept["names"]},
                    frozenset(date.fromisoformat(d) for d in kept["workdays"]),
                )
        except (OSError, ValueError, KeyError, TypeError):
            pass
        table = holiday_table(country, subdivision, years, language)
        keep_json(path, {
            "key": key, "weekend": sorted(table.weekend),
            "names": [[d.isoformat(), name] for d, name in table.names.items()],
            "workdays": sorted(d.isoformat() for d in table.workdays),
        })  # fmt: skip
        return table

    return source
