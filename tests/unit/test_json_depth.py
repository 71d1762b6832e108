"""The JSON reader's nesting watch: the fast (strings cut out in C) and the byte-by-byte walk
agree on depth, string state and errors, whatever the bytes and wherever the chunks split."""

from __future__ import annotations

import io

import ijson
from hypothesis import given, settings
from hypothesis import strategies as st

from unghost.errors import InvalidInputError
from unghost.interchange.jsonfile import _Utf8Reader

SOUP = st.lists(
    st.sampled_from([b"[", b"[[[[", b"]", b"{", b"}", b'"', b"\\", b"\\\\", b"a", b",", b"\n"]),
    max_size=120,
).map(b"".join)


def _read(data: bytes, size: int, *, walk: bool) -> tuple[object, ...]:
    reader = _Utf8Reader(io.BytesIO(data), "x.json")
    if walk:
        reader._watch_depth = reader._walk_depth  # type: ignore[method-assign]
    try:
        while reader.read(size):
            pass
    except InvalidInputError as exc:
        return ("error", str(exc))
    return ("ok", reader.depth, reader.in_string)


@settings(max_examples=400, deadline=None)
@given(data=SOUP, size=st.integers(min_value=1, max_value=50))
def test_the_fast_depth_watch_agrees_with_the_byte_walk(data: bytes, size: int) -> None:
    assert _read(data, size, walk=False) == _read(data, size, walk=True)


def test_the_json_reader_runs_on_ijsons_c_backend() -> None:
    assert ijson.backend == "yajl2_c"
