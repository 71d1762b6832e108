"""Reads DOCX (docx2python: body, tables, headers, footers, text boxes, links) and ODT (odfdo)."""

from __future__ import annotations

import html
import io
import re

from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extracted import ExtractedText
from unghost.documents.limits import Limits
from unghost.documents.sniff import Format

# docx2python writes hyperlinks into its text as <a href="target">label</a>.
_ANCHOR = re.compile(r'<a href="([^"]*)">(.*?)</a>', re.DOTALL)
_ODF_BLOCKS = "descendant::text:h|descendant::text:p"


def extract_docx(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """Text of a Word document, its page headers, footers, tables and text boxes, and its links.

    The zip container must have passed archive.check_zip_limits and check_xml_parts.
    """
    from docx2python import docx2python  # imported here: a plain-text check never needs it

    try:
        with docx2python(io.BytesIO(data)) as content:
            raw = content.text
    except UnreadableDocumentError:
        raise
    except Exception as exc:  # docx2python raises many kinds on damaged parts
        raise UnreadableDocumentError(name, "it is a damaged Word document") from exc
    anchors = [(html.unescape(target), label) for target, label in _ANCHOR.findall(raw)]
    text = _ANCHOR.sub(lambda match: match.group(2), raw)
    extracted = _bounded(Format.DOCX, text, [target for target, _ in anchors], limits)
    extracted.link_texts = anchors
    return extracted


def extract_odt(name: str, data: bytes, limits: Limits) -> ExtractedText:
    """Text of an OpenDocument text, paragraph by paragraph, with its page headers and links.

    odfdo's get_formatted_text() glues a heading to the next paragraph ("Jane DoeEmail: ..."),
    so the paragraphs are joined here with line breaks instead. The zip container must have
    passed archive.check_zip_limits and check_xml_parts.
    """
    from odfdo import Document  # imported here: only ODT files need it

    try:
        document = Document(io.BytesIO(data))
        blocks = [element.text_recursive for element in document.body.get_elements(_ODF_BLOCKS)]
        anchors = [
            (str(element.get_attribute("xlink:href")), element.text_recursive)
            for element in document.body.get_elements("descendant::text:a")
            if element.get_attribute("xlink:href")
        ]
        links = [target for target, _ in anchors]
        styles = document.get_part("styles")
        if styles is not None and not isinstance(styles, (str, bytes)):  # page headers, footers
            page_parts = styles.get_elements("descendant::style:master-page//text:p")
            blocks.extend(element.text_recursive for element in page_parts)
    except Exception as exc:  # odfdo raises many kinds on damaged parts
        raise UnreadableDocumentError(name, "it is a damaged OpenDocument text") from exc
    extracted = _bounded(Format.ODT, "\n".join(blocks), links, limits)
    extracted.link_texts = anchors
    return extracted


def _bounded(kind: Format, text: str, links: list[str], limits: Limits) -> ExtractedText:
    truncated = len(text) > limits.text_max_chars
    return ExtractedText(
        format=kind,
        text=text[: limits.text_max_chars],
        link_targets=links,
        has_text_layer=True,
        truncated=truncated,
    )
