"""Opens zip containers (DOCX, ODT) only after their directory has passed the limits."""

from __future__ import annotations

import io
import zipfile

from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.limits import Limits, format_size

_XML_SUFFIXES = (".xml", ".rels")


def open_zip(name: str, data: bytes) -> zipfile.ZipFile:
    """The zip container in `data`; raises UnreadableDocumentError when it is damaged."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise UnreadableDocumentError(name, "it is a damaged or truncated zip container") from exc


def check_zip_limits(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse a zip bomb before anything is unpacked.

    The sizes come from the central directory; Python's reader stops at the declared size and
    checks the CRC, so a member cannot unpack to more than what is checked here.
    """
    members = archive.infolist()
    if len(members) > limits.zip_max_entries:
        raise UnreadableDocumentError(
            name,
            f"it holds {len(members)} files, more than the {limits.zip_max_entries} "
            "a document can have (a zip bomb?)",
        )
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise UnreadableDocumentError(name, "it is encrypted")
        if member.file_size > limits.zip_max_entry_bytes:
            raise UnreadableDocumentError(
                name,
                f"one part unpacks to {format_size(member.file_size)}, more than the "
                f"{format_size(limits.zip_max_entry_bytes)} allowed (a zip bomb?)",
            )
        if (
            member.file_size > limits.zip_ratio_min_bytes
            and member.file_size > limits.zip_max_ratio * max(member.compress_size, 1)
        ):
            raise UnreadableDocumentError(
                name,
                f"one part is compressed more than {limits.zip_max_ratio} to 1 (a zip bomb?)",
            )
        total += member.file_size
    if total > limits.zip_max_total_bytes:
        raise UnreadableDocumentError(
            name,
            f"it unpacks to {format_size(total)}, more than the "
            f"{format_size(limits.zip_max_total_bytes)} allowed (a zip bomb?)",
        )


def check_xml_parts(name: str, archive: zipfile.ZipFile, limits: Limits) -> None:
    """Refuse XML parts that declare entities (XXE, billion laughs): Office never writes them."""
    for member in archive.infolist():
        if not member.filename.endswith(_XML_SUFFIXES):
            continue
        try:
            with archive.open(member) as stream:
                head = stream.read(limits.xml_head_bytes)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise UnreadableDocumentError(name, "a part of it is damaged") from exc
        if not _plain_prolog(head):
            raise UnreadableDocumentError(
                name, f"its part {member.filename} declares XML entities, which documents never do"
            )


def _plain_prolog(head: bytes) -> bool:
    """Whether the XML before the root element holds only a declaration, comments and
    processing instructions, all within `head`: no DOCTYPE, so no entities."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:4]:
        text = head.decode("utf-16", "ignore")
    else:
        text = head.decode("utf-8", "ignore").lstrip("\ufeff")
    if not text.strip():
        return True  # an empty part: the parser will call it damaged
    position = 0
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        rest = text[position:]
        for opener, closer in (("<?", "?>"), ("<!--", "-->")):
            if rest.startswith(opener):
                end = text.find(closer, position + len(opener))
                if end == -1:
                    return False  # the prolog runs past the head: nothing legitimate does
                position = end + len(closer)
                break
        else:
            return rest.startswith("<") and not rest.startswith("<!")
