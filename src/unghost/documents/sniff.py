"""Tells a document's real format from its first bytes, never from its file name."""

from __future__ import annotations

import zipfile
from enum import StrEnum

from unghost.documents.errors import UnreadableDocumentError

SNIFF_BYTES = 8192

_PDF_WINDOW = 1024
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_ODT_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text",
    b"application/vnd.oasis.opendocument.text-template",
}
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF87a": "a GIF image",
    b"GIF89a": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_PROGRAM_MAGIC = {
    b"MZ": "a Windows program",
    b"\x7fELF": "a Linux program",
    b"\xcf\xfa\xed\xfe": "a macOS program",
    b"\xce\xfa\xed\xfe": "a macOS program",
    b"\xca\xfe\xba\xbe": "a macOS or Java program",
}
_ARCHIVE_MAGIC = {
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ\x00": "an xz archive",
}


class Format(StrEnum):
    PDF = "pdf"
    DOCX = "docx"
    ODT = "odt"
    RTF = "rtf"
    TEXT = "text"
    IMAGE = "image"


def sniff_format(name: str, head: bytes, archive: zipfile.ZipFile | None = None) -> Format:
    """The format of a file from its first bytes (and its zip directory when it is a zip).

    Raises UnreadableDocumentError for what is not a document we read, naming what it is.
    """
    if not head:
        raise UnreadableDocumentError(name, "the file is empty")
    if b"%PDF-" in head[:_PDF_WINDOW]:
        return Format.PDF
    if head.startswith(_ZIP_MAGIC):
        return _sniff_zip(name, archive)
    if head.startswith(_OLE_MAGIC):
        raise UnreadableDocumentError(
            name,
            "it is an old-style Word (.doc) file or a password-protected Office file",
            hint="Save it as .docx without a password, or export it as PDF.",
        )
    if head.lstrip().startswith(b"{\\rtf"):
        return Format.RTF
    if any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return Format.IMAGE
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return Format.IMAGE
    for table in (_PROGRAM_MAGIC, _ARCHIVE_MAGIC):
        for magic, what in table.items():
            if head.startswith(magic):
                raise UnreadableDocumentError(name, f"it is {what}, not a document")
    if head.startswith(_UTF16_BOMS) or b"\x00" not in head:
        return Format.TEXT
    raise UnreadableDocumentError(name, "it is a binary file of an unknown kind, not a document")


def describe_image(head: bytes) -> str:
    """'a PNG image' and the like, for the no-text-layer message."""
    for magic, what in _IMAGE_MAGIC.items():
        if head.startswith(magic):
            return what
    return "a WebP image"


def _sniff_zip(name: str, archive: zipfile.ZipFile | None) -> Format:
    if archive is None:
        raise UnreadableDocumentError(name, "it is a damaged zip container")
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return Format.DOCX
    if "mimetype" in names:
        info = archive.getinfo("mimetype")
        if info.file_size <= 100:
            mimetype = archive.read(info).strip()
            if mimetype in _ODT_MIMETYPES:
                return Format.ODT
            kind = mimetype.decode("ascii", "replace").rsplit(".", 1)[-1]
            raise UnreadableDocumentError(name, f"it is an OpenDocument {kind}, not a text")
    if "xl/workbook.xml" in names:
        raise UnreadableDocumentError(name, "it is an Excel workbook, not a document")
    if "ppt/presentation.xml" in names:
        raise UnreadableDocumentError(name, "it is a PowerPoint presentation, not a document")
    raise UnreadableDocumentError(name, "it is a zip archive, not a document")
