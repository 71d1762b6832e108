"""Bytes to text and HTML to readable text, for posting pages and descriptions."""

from __future__ import annotations

import codecs
import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "select"}
)
_PARAGRAPH = frozenset(
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote",
        "pre", "section", "article", "header", "footer", "main", "aside", "nav", "form",
        "figure", "address", "fieldset", "details", "hr",
    }
)  # fmt: skip
_LINE = frozenset({"div", "li", "tr", "dt", "dd", "caption", "summary", "option", "label"})
_CELL = frozenset({"td", "th"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_LINE_GAPS = re.compile(r"[ \n\x00\x01]*[\n\x00\x01][ \n\x00\x01]*")
_LINE_MARK, _PARAGRAPH_MARK = "\x00", "\x01"


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Pages labelled gb2312 are almost always written in its superset gb18030 (WHATWG).
    return "gb18030" if codec.name in {"gb2312", "gbk", "euc_cn"} else codec.name


def decode_body(body: bytes, content_type: str | None) -> str:
    """Decode a page: BOM, then the Content-Type charset, then <meta charset>, then guess."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16")):
        if body.startswith(bom):
            return body.decode(name, errors="replace").lstrip("\ufeff")
    declared = None
    if content_type:
        match = re.search(r"charset\s*=\s*([^\s;]+)", content_type, re.I)
        declared = _codec(match.group(1)) if match else None
    if declared is None:
        meta = _META_CHARSET.search(body[:1024])  # WHATWG: the prescan reads 1024 bytes
        declared = _codec(meta.group(1).decode("ascii")) if meta else None
    if declared is not None:
        return body.decode(declared, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()  # a sample is enough to guess from
        return body.decode(best.encoding if best else "utf-8", errors="replace")


def node_text(root: LexborNode) -> str:
    """Readable text of a subtree: blocks on their own lines, inline runs joined."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag or ""
        if closing:
            parts.append(_break_after(tag))
            continue
        if node.is_text_node:
            parts.append(_SPACES.sub(" ", (node.text_content or "").replace("\n", " ")))
            continue
        if not node.is_element_node and not node.is_document_node:
            continue
        if tag in _SKIP or (node.attributes and "hidden" in node.attributes):
            continue
        if tag == "br":
            parts.append(_LINE_MARK)
            continue
        parts.append(_break_after(tag))
        stack.append((node, True))
        children = list(node.iter(include_text=True))
        stack.extend((child, False) for child in reversed(children))
    return tidy_text("".join(parts))


def _break_after(tag: str) -> str:
    if tag in _PARAGRAPH:
        return _PARAGRAPH_MARK
    if tag in _LINE:
        return _LINE_MARK
    return " " if tag in _CELL else ""


def _gap(match: re.Match[str]) -> str:
    run = match.group(0)
    if _PARAGRAPH_MARK in run or run.count("\n") > 1:
        return "\n\n"
    return "\n"


def tidy_text(text: str) -> str:
    """Collapse spaces; a run of breaks becomes one line break, or a blank line if any is one."""
    text = _SPACES.sub(" ", text)
    return _LINE_GAPS.sub(_gap, text).strip(" \n\x00\x01")


def html_to_text(markup: str) -> str:
    """Text of an HTML fragment or page; entity-escaped HTML (`&lt;p&gt;`) is unescaped first."""
    if "<" not in markup and "&lt;" in markup:
        markup = html.unescape(markup)
    if "<" not in markup:
        return tidy_text(html.unescape(markup))
    tree = LexborHTMLParser(markup)
    root = tree.body if tree.body is not None else tree.root
    return node_text(root) if root is not None else ""
