"""Reads any supported document into text, after the size and type checks every file goes through."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from unghost.documents.archive import check_xml_parts, check_zip_limits, open_zip
from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extracted import ExtractedText
from unghost.documents.limits import Limits, format_size, load_limits
from unghost.documents.sniff import SNIFF_BYTES, Format, describe_image, sniff_format


def extract_document(path: Path, limits: Limits | None = None) -> ExtractedText:
    """The text and link targets of the document at `path`, whatever its extension says.

    Raises UnreadableDocumentError (a DocumentError) with the reason when the file is missing,
    empty, too large, not a document, damaged, encrypted or hostile.
    """
    limits = limits or load_limits()
    data = read_bounded(path, limits)
    return extract_bytes(path.name, data, limits)


def read_bounded(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refusing before reading anything larger than the size limit."""
    name = path.name
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > limits.max_file_bytes:
                raise UnreadableDocumentError(
                    name,
                    f"it is {format_size(size)}, more than the "
                    f"{format_size(limits.max_file_bytes)} a resume or cover letter can be",
                    hint="Export it again without embedded pictures or fonts.",
                )
            data = stream.read(limits.max_file_bytes + 1)
    except FileNotFoundError as exc:
        raise UnreadableDocumentError(name, "there is no such file") from exc
    except IsADirectoryError as exc:
        raise UnreadableDocumentError(name, "it is a folder, not a file") from exc
    except PermissionError as exc:
        raise UnreadableDocumentError(name, "you are not allowed to read it") from exc
    except OSError as exc:
        raise UnreadableDocumentError(name, f"reading it failed ({exc.strerror or exc})") from exc
    if len(data) > limits.max_file_bytes:  # it grew while being read, or is a pipe
        raise UnreadableDocumentError(
            name, f"it is larger than the {format_size(limits.max_file_bytes)} allowed"
        )
    return data


def extract_bytes(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """The text of a document held in memory; `name` is only used in messages."""
    head = data[:SNIFF_BYTES]
    archive: zipfile.ZipFile | None = None
    if head.startswith(b"PK"):
        archive = open_zip(name, data)
        check_zip_limits(name, archive, limits)
    try:
        kind = sniff_format(name, head, archive)
        if archive is not None:
            check_xml_parts(name, archive, limits)
    finally:
        if archive is not None:
            archive.close()
    if kind is Format.IMAGE:
        return ExtractedText(
            format=kind, text="", has_text_layer=False, image_kind=describe_image(head)
        )
    return _READERS[kind](name, data, limits)


def _read_pdf(name: str, data: bytes, limits: Limits) -> ExtractedText:
    from unghost.documents.pdf import extract_pdf  # PDF libraries load only for PDFs

    return extract_pdf(name, data, limits)


def _read_docx(name: str, data: bytes, limits: Limits) -> ExtractedText:
    from unghost.documents.office import extract_docx

    return extract_docx(name, data, limits)


def _read_odt(name: str, data: bytes, limits: Limits) -> ExtractedText:
    from unghost.documents.office import extract_odt

    return extract_odt(name, data, limits)


def _read_rtf(name: str, data: bytes, limits: Limits) -> ExtractedText:
    from unghost.documents.plain import extract_rtf

    return extract_rtf(name, data, limits)


def _read_text(name: str, data: bytes, limits: Limits) -> ExtractedText:
    from unghost.documents.plain import extract_plain

    return extract_plain(name, data, limits)


_READERS = {
    Format.PDF: _read_pdf,
    Format.DOCX: _read_docx,
    Format.ODT: _read_odt,
    Format.RTF: _read_rtf,
    Format.TEXT: _read_text,
}
