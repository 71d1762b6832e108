"""The safety limits applied to every document before and while it is read."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from unghost.documents.datafiles import load_table


@dataclass(frozen=True, slots=True)
class Limits:
    """Caps on size, containers and work; the defaults come from data/document_limits.toml."""

    max_file_bytes: int
    zip_max_entries: int
    zip_max_entry_bytes: int
    zip_max_total_bytes: int
    zip_max_ratio: int
    zip_ratio_min_bytes: int
    xml_head_bytes: int
    pdf_max_pages: int
    pdf_max_stream_bytes: int
    text_max_chars: int
    dns_timeout_s: float


@cache
def load_limits() -> Limits:
    """The default limits from the data file."""
    table = load_table("document_limits")
    zip_table = table["zip"]
    return Limits(
        max_file_bytes=table["file"]["max_bytes"],
        zip_max_entries=zip_table["max_entries"],
        zip_max_entry_bytes=zip_table["max_entry_bytes"],
        zip_max_total_bytes=zip_table["max_total_bytes"],
        zip_max_ratio=zip_table["max_ratio"],
        zip_ratio_min_bytes=zip_table["ratio_floor"]["min_bytes"],
        xml_head_bytes=table["xml"]["head_bytes"],
        pdf_max_pages=table["pdf"]["max_pages"],
        pdf_max_stream_bytes=table["pdf"]["max_stream_bytes"],
        text_max_chars=table["text"]["max_chars"],
        dns_timeout_s=float(table["dns"]["timeout_s"]),
    )


def format_size(size_bytes: int) -> str:
    """A byte count for a message: 10 MB, 512 kB, 12 bytes."""
    if size_bytes >= 1 << 20:
        return f"{size_bytes / (1 << 20):.0f} MB"
    if size_bytes >= 1 << 10:
        return f"{size_bytes / (1 << 10):.0f} kB"
    return f"{size_bytes} bytes"
