"""Generate hostile inputs: zip bombs, an entity bomb, a renamed program, empty and huge files."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def write_zip_bomb(path: Path, *, inflated_bytes: int = 40 << 20) -> Path:
    """A .docx whose document.xml inflates to `inflated_bytes` (zeros compress ~1000 to 1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                member.write(chunk)
    return path


def write_many_entries_zip(path: Path, *, entries: int = 3000) -> Path:
    """A .docx holding more parts than any document has."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(entries):
            archive.writestr(f"word/media/part{number}.bin", b"x")
    return path


def write_entity_docx(path: Path) -> Path:
    """A .docx whose document.xml declares entities (billion laughs / XXE)."""
    document = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
    return path


def write_renamed_program(path: Path) -> Path:
    """A Windows program (MZ header and DOS stub) saved under a document's name."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44
    path.write_bytes(stub + b"\x80\x00\x00\x00This program cannot be run in DOS mode.\r\n" * 4)
    return path


def write_empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def write_sparse_file(path: Path, size_bytes: int, *, head: bytes = b"%PDF-1.7\n") -> Path:
    """A file of `size_bytes` that takes no disk space: the head, then a hole."""
    with path.open("wb") as stream:
        stream.write(head)
        stream.truncate(size_bytes)
    return path
