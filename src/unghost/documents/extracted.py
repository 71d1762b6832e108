"""What reading a document gives: its text, the link targets behind it, and how it was read."""

from __future__ import annotations

from dataclasses import dataclass, field

from unghost.documents.sniff import Format


@dataclass(slots=True)
class ExtractedText:
    """The text of one document and the URIs of its links (PDF annotations, DOCX hyperlinks)."""

    format: Format
    text: str
    link_targets: list[str] = field(default_factory=list)
    link_texts: list[tuple[str, str]] = field(default_factory=list)  # (target, visible text)
    pages: int | None = None
    has_text_layer: bool = True
    truncated: bool = False  # the limits cut the text (pages or characters)
    image_kind: str | None = None  # for Format.IMAGE: "a PNG image"...
