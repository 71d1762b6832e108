"""Streaming reader of unghost/v1 JSON files: one application at a time, bounded memory."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from datetime import tzinfo
from pathlib import Path
from typing import IO, Any

from unghost.domain.records import Application
from unghost.errors import InvalidInputError
from unghost.interchange.v1 import FORMAT, Problem, parse_application

Parsed = tuple[str, Application | None, list[Problem]]
_EXACT_ERROR_LIMIT = 64 * 1024 * 1024  # below this, a syntax error is located by line
# unghost/v1 nests 4 levels, kept unknown fields a few more. The parser keeps a prefix string
# per level, so memory grows with the square of the depth: 10,000 levels took 310 MB.
MAX_DEPTH = 64
_JSON_SPECIAL = re.compile(rb'[\\"\[\]{}]')
MAX_APPLICATION_CHARS = 32 * 1024 * 1024  # one application's text: its description, notes...


class _Utf8Reader:
    """Hands bytes to the JSON parser while checking they are UTF-8, counting lines and
    watching the nesting depth (before the parser sees a chunk: it keeps every level)."""

    def __init__(self, raw: IO[bytes], name: str) -> None:
        self.raw = raw
        self.name = name
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.lines = 1
        self.first = True
        self.depth = 0
        self.in_string = False
        self.escaped_first = False  # the chunk before ended on a backslash inside a string

    def _watch_depth(self, chunk: bytes) -> None:
        skip = 0 if self.escaped_first else -1
        in_string, depth = self.in_string, self.depth
        for match in _JSON_SPECIAL.finditer(chunk):
            i = match.start()
            if i == skip:
                continue
            byte = chunk[i]
            if in_string:
                if byte == 0x5C:  # backslash: the next byte is escaped
                    skip = i + 1
                elif byte == 0x22:
                    in_string = False
            elif byte == 0x22:
                in_string = True
            elif byte in (0x5B, 0x7B):
                depth += 1
                if depth > MAX_DEPTH:
                    line = self.lines + chunk[:i].count(b"\n")
                    raise InvalidInputError(
                        f"{self.name}: line {line}: nested deeper than {MAX_DEPTH} levels",
                        hint="unghost/v1 nests a few levels; this is not an unghost export",
                    )
            elif byte in (0x5D, 0x7D):
                depth -= 1
        self.in_string, self.depth = in_string, depth
        self.escaped_first = skip == len(chunk)

    def read(self, size: int = -1) -> bytes:
        chunk = self.raw.read(size)
        if self.first:
            self.first = False
            if chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
        try:
            self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            line = self.lines + chunk[: max(exc.start, 0)].count(b"\n")
            raise InvalidInputError(
                f"{self.name}: line {line}: not valid UTF-8 text",
                hint="save the file as UTF-8 and import it again",
            ) from None
        self._watch_depth(chunk)
        self.lines += chunk.count(b"\n")
        return chunk


def read_json(path: Path, zone: tzinfo) -> Iterator[Parsed]:
    """Yield (where, application or None, problems) for each application in the file."""
    import ijson

    name = path.name
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    with raw:
        reader = _Utf8Reader(raw, name)
        seen_format: Any = None
        top: str | None = None
        count = 0
        builder: Any = None
        chars = 0
        try:
            for prefix, event, value in ijson.parse(reader, use_float=True):
                if isinstance(value, str):
                    chars += len(value)
                    if chars > MAX_APPLICATION_CHARS:
                        raise InvalidInputError(
                            f"{name}: applications[{count}] holds more than "
                            f"{MAX_APPLICATION_CHARS // 1024 // 1024} MB of text"
                        )
                if top is None:
                    top = event
                    if event not in ("start_map", "start_array"):
                        raise InvalidInputError(
                            f'{name}: expected a JSON object with "format": "{FORMAT}"'
                        )
                    continue
                item_prefix = "item" if top == "start_array" else "applications.item"
                if (
                    builder is None
                    and prefix == item_prefix
                    and event in ("start_map", "start_array")
                ):
                    builder = ijson.ObjectBuilder()
                if builder is not None:
                    builder.event(event, value)
                    if prefix == item_prefix and event in ("end_map", "end_array"):
                        where = f"{name}: applications[{count}]"
                        count += 1
                        yield (where, *parse_application(builder.value, where, zone))
                        builder = None
                        chars = 0
                    continue
                if top == "start_map" and prefix == "format" and event == "string":
                    seen_format = value
                    _check_format(name, value)
                elif (
                    top == "start_map"
                    and prefix == "applications"
                    and event
                    not in (
                        "start_array",
                        "end_array",
                    )
                ):
                    raise InvalidInputError(f'{name}: "applications" must be a list')
        except ijson.JSONError as exc:
            raise InvalidInputError(_syntax_error(path, exc)) from None
        if top is None:
            raise InvalidInputError(f"{name}: the file is empty")
        if top == "start_map" and seen_format is None:
            raise InvalidInputError(f'{name}: no "format" field; expected "format": "{FORMAT}"')


def _check_format(name: str, value: Any) -> None:
    if value != FORMAT:
        raise InvalidInputError(
            f"{name}: format {value!r} is not supported (this version reads {FORMAT!r})"
        )


def _syntax_error(path: Path, exc: Exception) -> str:
    """Where the JSON breaks: exact line and column when the file is small enough to re-read."""
    try:
        if path.stat().st_size <= _EXACT_ERROR_LIMIT:
            json.loads(path.read_bytes().decode("utf-8-sig"))
    except json.JSONDecodeError as located:
        return f"{path.name}: line {located.lineno} column {located.colno}: invalid JSON ({located.msg})"
    except (OSError, UnicodeDecodeError):
        pass
    detail = str(exc).splitlines()[0] if str(exc) else "unexpected end of data"
    return f"{path.name}: invalid JSON ({detail})"
