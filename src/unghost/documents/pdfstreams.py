"""Refuses a PDF whose compressed streams inflate past the limit, before PDFium unpacks them.

A 100 kB PDF can hold a content stream that inflates to gigabytes (a decompression bomb), and
PDFium keeps what it inflates in memory. Each Flate stream is inflated here chunk by chunk,
counting bytes and keeping none, and the count stops at the limit. Images are skipped: text
extraction never decodes them.
"""

from __future__ import annotations

import re
import zlib

from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.limits import Limits, format_size

_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[A-Za-z0-9]+)")
_FILTER_NAME = re.compile(rb"/([A-Za-z0-9]+)")
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_FLATE = {b"FlateDecode", b"Fl"}
_HEADER_WINDOW = 4096
_CHUNK = 1 << 16


def check_stream_sizes(name: str, data: bytes, limits: Limits) -> None:
    """Raise UnreadableDocumentError when a Flate stream inflates past `pdf_max_stream_bytes`."""
    position = 0
    while match := _STREAM.search(data, position):
        position = match.end()
        header = _header_before(data, match.start())
        layers = _flate_layers(header)
        if layers == 0 or _IMAGE.search(header):
            continue
        consumed = _inflate_layers(name, data, match.end(), layers, limits.pdf_max_stream_bytes)
        position = match.end() + consumed


def _header_before(data: bytes, stream_start: int) -> bytes:
    window = data[max(0, stream_start - _HEADER_WINDOW) : stream_start]
    object_start = window.rfind(b"obj")
    return window[object_start + 3 :] if object_start != -1 else window


def _flate_layers(header: bytes) -> int:
    """How many Flate filters the stream's filter chain starts with (0: not a Flate stream)."""
    match = _FILTER.search(header)
    if match is None:
        return 0
    layers = 0
    for filter_name in _FILTER_NAME.findall(match.group(1)):
        if filter_name not in _FLATE:
            break
        layers += 1
    return layers


def _inflate_layers(name: str, data: bytes, start: int, layers: int, limit: int) -> int:
    """Inflate `layers` nested Flate layers from `start`; returns the compressed bytes used."""
    keep = layers > 1
    consumed, inflated = _inflate(name, data, start, limit, keep=keep)
    for _ in range(layers - 1):
        _, inflated = _inflate(name, inflated, 0, limit, keep=True)
    return consumed


def _inflate(name: str, data: bytes, start: int, limit: int, *, keep: bool) -> tuple[int, bytes]:
    decompressor = zlib.decompressobj()
    total = 0
    position = start
    kept: list[bytes] = []
    try:
        while position < len(data) and not decompressor.eof:
            chunk = data[position : position + _CHUNK]
            position += len(chunk)
            out = decompressor.decompress(chunk, limit - total + 1)
            total += len(out)
            if total > limit:
                raise UnreadableDocumentError(
                    name,
                    f"a part of it unpacks to more than {format_size(limit)} "
                    "(a decompression bomb?)",
                )
            if keep:
                kept.append(out)
    except zlib.error:
        return 0, b""  # not valid Flate data: PDFium will judge the stream itself
    return position - start - len(decompressor.unused_data), b"".join(kept)
