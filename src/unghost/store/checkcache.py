"""The offline check of the candidate's own contact details (documents/check.py:
`check_candidate`), kept on disk between runs: `unghost why` reads a small file instead of
importing the check (its address and phone rules compile ~200 regular expressions, most of
`why`'s time). Each file is named by what the answer depends on: the check's code and data
(their files' sizes and times), the libraries it calls, the address, the phone and the region."""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from unghost.store.diskcache import keep_json

FORMAT = "1"  # bump when what a file holds changes
# What an answer is made of: the check's own code and data, and the libraries it calls.
_PACKAGES = ("unghost.documents", "unghost.data")
_LIBRARIES = ("email_validator", "phonenumbers")

# A finding as the diagnosis keeps it: code, value, English message, Chinese message.
Kept = tuple[str, str | None, str, str]
RecordCheck = Callable[[str | None, str | None, str], list[Kept]]


def code_key() -> str:
    """The check's code, data and libraries as they are installed, without importing them."""
    from importlib.util import find_spec

    parts = [FORMAT]
    for name in _PACKAGES + _LIBRARIES:
        spec = find_spec(name)
        if spec is None or not spec.origin:
            parts.append(f"{name}:-")
            continue
        folder = Path(spec.origin).parent
        if name in _LIBRARIES:  # an installed library changes with its version: its first files
            entries = [folder / "__init__.py", folder / "version.py"]
        else:
            entries = sorted(
                p for p in folder.iterdir() if p.suffix in (".py", ".toml", ".json", ".txt")
            )
        for path in entries:
            with contextlib.suppress(OSError):
                stat = path.stat()
                parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def cached_record_check(directory: Path, check: RecordCheck) -> RecordCheck:
    """`check`, answered from `directory` when the answer is kept there and kept there when
    not (a write that fails costs only the next run's time)."""
    base: list[str] = []

    def answer(email: str | None, phone: str | None, region: str) -> list[Kept]:
        if not base:
            base.append(code_key())
        key = json.dumps([base[0], email, phone, region], ensure_ascii=False)
        path = directory / f"{hashlib.sha256(key.encode()).hexdigest()[:40]}.json"
        try:
            kept = json.loads(path.read_text(encoding="utf-8"))
            if kept["key"] == key:
                return [(str(c), v, str(m), str(z)) for c, v, m, z in kept["findings"]]
        except (OSError, ValueError, KeyError, TypeError):
            pass
        findings = check(email, phone, region)
        keep_json(path, {"key": key, "findings": [list(f) for f in findings]})
        return findings

    return answer
