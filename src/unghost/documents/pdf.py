"""Reads a PDF with PDFium (pypdfium2): its text layer and its link annotations, within limits.

One parser does both: pypdf would read the links too, but parsing every PDF twice costs more
than the whole text extraction, and two parsers can disagree about a damaged file.
"""

from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extracted import ExtractedText
from unghost.documents.limits import Limits
from unghost.documents.pdfstreams import check_stream_sizes
from unghost.documents.sniff import Format

# PDFium is not thread-safe, not even with different documents (pypdfium2 docs): one at a time.
PDFIUM_LOCK = threading.Lock()

_PASSWORD_HINT = "Save a copy without a password (Print > Save as PDF) and check that one."
_DAMAGED_HINT = "Download or export it again: the file is incomplete or damaged."


def extract_pdf(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """Text and link targets of the first `limits.pdf_max_pages` pages of a PDF."""
    check_stream_sizes(name, data, limits)
    parts: list[str] = []
    links: list[str] = []
    link_texts: list[tuple[str, str]] = []
    size = 0
    truncated = False
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            password = "password" in str(exc).lower()
            reason = "it is password-protected" if password else "it is damaged or truncated"
            raise UnreadableDocumentError(
                name, reason, hint=_PASSWORD_HINT if password else _DAMAGED_HINT
            ) from exc
        try:
            page_count = len(document)
            for number in range(min(page_count, limits.pdf_max_pages)):
                text = _read_page(document, number, links, link_texts)
                parts.append(text)
                size += len(text)
                if size > limits.text_max_chars:
                    truncated = True
                    break
        except pdfium.PdfiumError as exc:
            raise UnreadableDocumentError(name, "a page of it is damaged") from exc
        finally:
            document.close()
    text = "\n".join(parts)[: limits.text_max_chars]
    return ExtractedText(
        format=Format.PDF,
        text=text,
        link_targets=links,
        link_texts=link_texts,
        pages=page_count,
        has_text_layer=bool(text.strip()),
        truncated=truncated or page_count > limits.pdf_max_pages,
    )


def _read_page(
    document: pdfium.PdfDocument, number: int, links: list[str], texts: list[tuple[str, str]]
) -> str:
    page = document[number]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_bounded()
            for uri, rect in _page_links(document, page):
                links.append(uri)
                if rect is not None and uri.lower().startswith(("mailto:", "tel:")):
                    texts.append((uri, textpage.get_text_bounded(*rect)))
        finally:
            textpage.close()
    finally:
        page.close()
    return text


def _page_links(
    document: pdfium.PdfDocument, page: pdfium.PdfPage
) -> list[tuple[str, tuple[float, float, float, float] | None]]:
    """The URIs of the page's link annotations (mailto:, tel:, https://...) and their boxes."""
    uris: list[tuple[str, tuple[float, float, float, float] | None]] = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(position), ctypes.byref(link)):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        length = pdfium_c.FPDFAction_GetURIPath(document.raw, action, None, 0)
        if length <= 1:
            continue
        buffer = ctypes.create_string_buffer(length)
        pdfium_c.FPDFAction_GetURIPath(document.raw, action, buffer, length)
        box = pdfium_c.FS_RECTF()
        rect = None
        if pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(box)):
            rect = (box.left, box.bottom, box.right, box.top)
        uris.append((buffer.value.decode("utf-8", "replace"), rect))
    return uris
