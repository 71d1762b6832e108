"""Reads RTF (striprtf, plus the page headers and footers it drops) and plain text or Markdown."""

from __future__ import annotations

import re

from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extracted import ExtractedText
from unghost.documents.limits import Limits
from unghost.documents.sniff import Format

_CODEPAGE = re.compile(rb"\\ansicpg(\d{3,5})")
# Page header and footer groups: {\header ...}, {\headerl ...}, {\footerf ...}
_PAGE_GROUP = re.compile(rb"\{\\(?:header|footer)[lrf]?(?![a-z])")
_MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")
_MARKDOWN_LABELLED = re.compile(r"\[([^\]\n]{1,200})\]\(([^)\s]+)\)")


def extract_rtf(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """Text of an RTF document, with the page header and footer groups striprtf leaves out."""
    from striprtf.striprtf import rtf_to_text  # imported here: only RTF files need it

    encoding = _rtf_encoding(data)
    source = data.decode("latin-1")  # RTF is 7-bit; bytes above 127 are escaped as \'hh
    header = _rtf_encoding_header(data)
    try:
        parts = [rtf_to_text(source, encoding=encoding, errors="replace")]
        for group in _page_groups(data):
            body = _PAGE_GROUP.sub(b"{", group, count=1).decode("latin-1")
            parts.append(rtf_to_text(header + body + "}", encoding=encoding, errors="replace"))
    except (ValueError, LookupError, IndexError, RecursionError) as exc:
        raise UnreadableDocumentError(name, "it is a damaged RTF document") from exc
    text = "\n".join(parts)
    return ExtractedText(
        format=Format.RTF,
        text=text[: limits.text_max_chars],
        truncated=len(text) > limits.text_max_chars,
    )


def extract_plain(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """Text of a TXT or Markdown file in whatever encoding it was saved (UTF-8, GBK, Big5...)."""
    text = decode_text(name, data)
    links = _MARKDOWN_LINK.findall(text)
    return ExtractedText(
        format=Format.TEXT,
        text=text[: limits.text_max_chars],
        link_targets=links,
        link_texts=[(target, label) for label, target in _MARKDOWN_LABELLED.findall(text)],
        truncated=len(text) > limits.text_max_chars,
    )


def decode_text(name: str, data: bytes) -> str:
    """`data` decoded: UTF-8 (with or without BOM) first, else charset-normalizer's best guess."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported here: UTF-8 covers most files

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableDocumentError(name, "its text is in an encoding that cannot be recognised")
    return str(best)


def _rtf_encoding(data: bytes) -> str:
    match = _CODEPAGE.search(data[:4096])
    if match is None:
        return "cp1252"
    codepage = int(match.group(1))
    return {936: "gbk", 950: "big5", 932: "cp932", 949: "cp949", 65001: "utf-8"}.get(
        codepage, f"cp{codepage}"
    )


def _rtf_encoding_header(data: bytes) -> str:
    match = _CODEPAGE.search(data[:4096])
    return "{\\rtf1\\ansi" + (f"\\ansicpg{match.group(1).decode()}" if match else "") + " "


def _page_groups(data: bytes) -> list[bytes]:
    """The raw {\\header...} and {\\footer...} groups, found by matching braces."""
    groups = []
    for match in _PAGE_GROUP.finditer(data):
        depth = 0
        index = match.start()
        while index < len(data):
            byte = data[index]
            if byte == 0x5C:  # backslash: skip the escaped character
                index += 2
                continue
            if byte == 0x7B:
                depth += 1
            elif byte == 0x7D:
                depth -= 1
                if depth == 0:
                    groups.append(data[match.start() : index + 1])
                    break
            index += 1
    return groups
