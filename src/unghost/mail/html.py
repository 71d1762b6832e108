"""Turns an HTML mail body into plain text with html-text, optionally without quoted blocks."""

from __future__ import annotations

import re

import html_text
import lxml.etree
import lxml.html

from unghost.mail.lexicon import load_table

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BLANK_RUN = re.compile(r"\n{3,}")


def _strip_tags(html: str) -> str:
    """Last resort for markup lxml refuses: drop tags, keep text."""
    import html as html_module

    return html_module.unescape(_TAG.sub(" ", html)).strip()


def _drop_quotes(tree: lxml.html.HtmlElement) -> None:
    """Remove the quoted earlier message that mail clients wrap in known elements."""
    table = load_table("mail_quotes")["html"]
    for xpath in table["quote_xpaths"]:
        for element in tree.xpath(xpath):
            if element.getparent() is not None:
                element.drop_tree()
    for xpath in table["quote_and_rest_xpaths"]:
        found = tree.xpath(xpath)
        if not found:
            continue
        element = found[0]
        for sibling in list(element.itersiblings()):
            sibling.drop_tree()
        previous = element.getprevious()
        if previous is not None and previous.tag == "hr":
            previous.drop_tree()
        if element.getparent() is not None:
            element.drop_tree()


def html_to_text(html: str, *, drop_quotes: bool = False) -> str:
    """The visible text of `html`; with `drop_quotes`, without quoted earlier messages."""
    source = _XML_DECLARATION.sub("", html, count=1)
    if not source.strip():
        return ""
    try:
        tree = html_text.parse_html(source)
        if drop_quotes:
            _drop_quotes(tree)
        text = html_text.extract_text(tree)
    except (ValueError, lxml.etree.LxmlError):
        text = _strip_tags(source)
    return _BLANK_RUN.sub("\n\n", text.replace("\xa0", " ")).strip()
