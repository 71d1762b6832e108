"""schema.org JobPosting from microdata (itemscope/itemprop) and RDFa Lite (typeof/property)."""

from __future__ import annotations

from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from unghost.postings.text import node_text

_MAX_NESTING = 8  # organisation > place > address is three; deeper is noise or hostile
_VALUE_ATTRIBUTES = {
    "meta": "content",
    "time": "datetime",
    "data": "value",
    "a": "href",
    "link": "href",
    "area": "href",
    "img": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "object": "data",
}


class _Syntax:
    def __init__(self, scope: str, prop: str, kind: str) -> None:
        self.scope, self.prop, self.kind = scope, prop, kind

    def is_scope(self, node: LexborNode) -> bool:
        return self.scope in (node.attributes or {})

    def names(self, node: LexborNode) -> list[str]:
        raw = (node.attributes or {}).get(self.prop) or ""
        return [name.rsplit("/", 1)[-1].split(":")[-1] for name in raw.split()]


_MICRODATA = _Syntax("itemscope", "itemprop", "itemtype")
_RDFA = _Syntax("typeof", "property", "typeof")


def _value(node: LexborNode) -> str:
    attributes = node.attributes or {}
    if "content" in attributes and attributes["content"] is not None:
        return attributes["content"] or ""
    name = _VALUE_ATTRIBUTES.get(node.tag or "")
    if name and attributes.get(name):
        return attributes[name] or ""
    return node_text(node)


def _read_item(root: LexborNode, syntax: _Syntax, depth: int = 0) -> dict[str, Any]:
    """Properties of one item; nested items become dicts, as in JSON-LD."""
    item: dict[str, Any] = {}
    if depth > _MAX_NESTING:
        return item
    stack = list(reversed(list(root.iter(include_text=False))))
    while stack:
        node = stack.pop()
        names = syntax.names(node)
        nested = syntax.is_scope(node)
        if names:
            value: Any = _read_item(node, syntax, depth + 1) if nested else _value(node)
            for name in names:
                if name in item:
                    previous = item[name]
                    listed = previous if isinstance(previous, list) else [previous]
                    item[name] = [*listed, value]
                else:
                    item[name] = value
        if not nested:
            # Properties inside a plain property element still belong to this item.
            stack.extend(reversed(list(node.iter(include_text=False))))
    return item


def _is_job_posting(node: LexborNode, syntax: _Syntax) -> bool:
    kinds = (node.attributes or {}).get(syntax.kind) or ""
    return any(
        kind.rstrip("/").rsplit("/", 1)[-1].split(":")[-1] == "JobPosting" for kind in kinds.split()
    )


def find_microdata_postings(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """JobPosting items written as microdata or RDFa, as JSON-LD-shaped dicts."""
    found: list[dict[str, Any]] = []
    for syntax, selector in ((_MICRODATA, "[itemscope][itemtype]"), (_RDFA, "[typeof]")):
        for node in tree.css(selector):
            if _is_job_posting(node, syntax):
                found.append(_read_item(node, syntax))
    return found
