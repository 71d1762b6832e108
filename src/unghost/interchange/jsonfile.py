"""Streaming reader of unghost/v1 JSON files: one application at a time, bounded memory."""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import tzinfo
from pathlib import Path
from typing import IO, Any, TypeVar

from unghost.domain.records import Application
from unghost.errors import InvalidInputError
from unghost.interchange.v1 import FORMAT, Problem, parse_application

Parsed = tuple[str, Application | None, list[Problem]]
T = TypeVar("T")
DIGEST_VERSION = "1"  # raise when the reader builds other applications from the same object
_EXACT_ERROR_LIMIT = 64 * 1024 * 1024  # below this, a syntax error is located by line
# unghost/v1 nests 4 levels, kept unknown fields a few more. The parser keeps a prefix string
# per level, so memory grows with the square of the depth: 10,000 levels took 310 MB.
MAX_DEPTH = 64
_JSON_SPECIAL = re.compile(rb'[\\"\[\]{}]')
_WHOLE_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STRING_END = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
MAX_APPLICATION_CHARS = 32 * 1024 * 1024  # one application's text: its description, notes...
# A character takes at most 6 bytes of JSON (\\uXXXX): past this, the limit is surely exceeded.
_MAX_APPLICATION_BYTES = 6 * MAX_APPLICATION_CHARS
_CHUNK = 256 * 1024


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
        """Strings are cut out in C, then only the brackets left are walked; the byte-by-byte
        walk (`_walk_depth`) runs only to name the line of a nesting that is too deep."""
        rest = chunk
        if self.in_string:
            end = _STRING_END.match(chunk, 1 if self.escaped_first else 0)
            if end is None:  # the whole chunk is inside one string
                self.escaped_first = _ends_escaped(chunk, self.escaped_first)
                return
            rest = chunk[end.end() :]
        rest = _WHOLE_STRING.sub(b"", rest)
        quote = rest.find(b'"')
        opened_string = quote >= 0
        outside = rest[:quote] if opened_string else rest
        brackets = outside.translate(None, _NOT_BRACKET)
        depth = self.depth
        if depth + len(brackets) > MAX_DEPTH:
            top = depth
            for byte in brackets:
                depth += 1 if byte in (0x5B, 0x7B) else -1
                top = max(top, depth)
            if top > MAX_DEPTH:
                self._walk_depth(chunk)  # raises, naming the line
        else:
            depth += len(brackets) - 2 * (brackets.count(b"]") + brackets.count(b"}"))
        self.depth = depth
        self.in_string = opened_string
        tail = rest[quote:] if opened_string else b""
        self.escaped_first = opened_string and _ends_escaped(tail[1:], False)

    def _walk_depth(self, chunk: bytes) -> None:
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


def _ends_escaped(inside: bytes, first_escaped: bool) -> bool:
    """Whether the byte after `inside` (bytes within one string) is escaped by a backslash."""
    run = len(inside) - len(inside.rstrip(b"\\"))
    if first_escaped and run == len(inside):
        run -= 1  # the first byte was escaped by the chunk before: it escapes nothing
    return run % 2 == 1


def read_json_digested(
    path: Path, zone: tzinfo, known: Mapping[str, Any]
) -> Iterator[tuple[str, Application | None, list[Problem], str, Any]]:
    """read_json, each application with its digest (`object_digest`) and, for an object whose
    digest `known` holds, (what it holds, the object) instead of a built application (None)."""
    salt = digest_salt(zone)

    def build(obj: Any, where: str) -> tuple[str, Application | None, list[Problem], str, Any]:
        digest = object_digest(obj, salt)
        seen = known.get(digest)
        if seen is not None:
            return where, None, [], digest, (seen, obj)
        return (where, *parse_application(obj, where, zone), digest, None)

    yielded = 0
    for parsed in _read_fast(path, build):
        yielded += 1
        yield parsed
    if yielded == 0:
        for where, app, problems in _read_events(path, zone):
            yield where, app, problems, "", None


def digest_salt(zone: tzinfo) -> bytes:
    """What a digest depends on besides the object: how the file's times are read (the zone
    of times without an offset) and the reader's version."""
    from unghost import __version__

    return f"{DIGEST_VERSION}|{__version__}|{zone}|".encode()


def object_digest(obj: Any, salt: bytes) -> str:
    """A digest of one application object of a file, key order and spacing aside."""
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(salt + text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def file_digest_prefix(path: Path, zone: tzinfo) -> str:
    """A digest of a whole file, byte for byte, and of what object digests depend on: the
    first 32 of the 40 characters of the digest an import keeps of its file (store/importhash.py
    adds how many applications the file holds)."""
    digest = hashlib.blake2b(digest_salt(zone) + b"file|", digest_size=16)
    with _open(path) as raw:
        while chunk := raw.read(_CHUNK * 4):
            digest.update(chunk)
    return digest.hexdigest()


def read_json(path: Path, zone: tzinfo) -> Iterator[Parsed]:
    """Yield (where, application or None, problems) for each application in the file.

    The applications are built by ijson's C backend (`items_coro`), a chunk at a time; a file
    whose shape is not the usual one (no application, a top level that is not an object or a
    list) is read again event by event, which names exactly what is wrong with it."""
    yielded = 0

    def build(obj: Any, where: str) -> Parsed:
        return (where, *parse_application(obj, where, zone))

    for parsed in _read_fast(path, build):
        yielded += 1
        yield parsed
    if yielded == 0:
        yield from _read_events(path, zone)


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from None


def _read_fast(path: Path, build: Callable[[Any, str], T]) -> Iterator[T]:
    import ijson

    name = path.name
    with _open(path) as raw:
        reader = _Utf8Reader(raw, name)
        chunk = reader.read(_CHUNK)
        top = chunk.lstrip()[:1]
        if top not in (b"{", b"["):
            return  # empty, a scalar, or not JSON: the event reader says which
        apps = ijson.sendable_list()
        formats = ijson.sendable_list()
        prefix = "item" if top == b"[" else "applications.item"
        sinks = [ijson.items_coro(apps, prefix, use_float=True)]
        if top == b"{":
            sinks.append(ijson.items_coro(formats, "format"))
        count = 0
        seen_format = False
        unbuilt = 0  # bytes read since a chunk last completed an application
        try:
            while chunk:
                for sink in sinks:
                    sink.send(chunk)
                if len(sinks) > 1 and formats:
                    sinks.pop()  # the format is known: one parse of the rest is enough
                unbuilt += len(chunk)
                if unbuilt > _MAX_APPLICATION_BYTES:
                    raise InvalidInputError(
                        f"{name}: applications[{count}] holds more than "
                        f"{MAX_APPLICATION_CHARS // 1024 // 1024} MB of text"
                    )
                seen_format = _check_formats(name, formats) or seen_format
                if apps:
                    for obj in apps:
                        if unbuilt > MAX_APPLICATION_CHARS and _chars(obj) > MAX_APPLICATION_CHARS:
                            raise InvalidInputError(
                                f"{name}: applications[{count}] holds more than "
                                f"{MAX_APPLICATION_CHARS // 1024 // 1024} MB of text"
                            )
                        where = f"{name}: applications[{count}]"
                        count += 1
                        yield build(obj, where)
                    del apps[:]
                    unbuilt = 0
                chunk = reader.read(_CHUNK)
            for sink in sinks:
                sink.close()
        except ijson.JSONError as exc:
            raise InvalidInputError(_syntax_error(path, exc)) from None
        seen_format = _check_formats(name, formats) or seen_format
        for obj in apps:  # completed by the end of the input
            where = f"{name}: applications[{count}]"
            count += 1
            yield build(obj, where)
        if count and top == b"{" and not seen_format:
            raise InvalidInputError(f'{name}: no "format" field; expected "format": "{FORMAT}"')


def _check_formats(name: str, found: list[Any]) -> bool:
    """Check the "format" values met so far (a non-text one counts as none); True if any."""
    texts = [value for value in found if isinstance(value, str)]
    for value in texts:
        _check_format(name, value)
    del found[:]
    return bool(texts)


def _chars(value: Any) -> int:
    """Characters of text in a JSON value, keys included (what the event reader counts)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, dict):
        return sum(len(k) + _chars(v) for k, v in value.items())
    if isinstance(value, list):
        return sum(_chars(v) for v in value)
    return 0


def _read_events(path: Path, zone: tzinfo) -> Iterator[Parsed]:
    """The event-by-event reader: slower, and exact about files of an unusual shape."""
    import ijson

    name = path.name
    with _open(path) as raw:
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
