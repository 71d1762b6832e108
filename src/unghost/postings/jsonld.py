"""JSON-LD as found in the wild: lenient JSON and the JobPosting objects inside it."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from typing import Any

from selectolax.lexbor import LexborHTMLParser

_DECODER = json.JSONDecoder(strict=False)  # strict=False: raw newlines inside strings
_WRAPPERS = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?://\s*\]\]>|\]\]>|-->)\s*$")
_MAX_DEPTH = 12


def parse_lenient_json(text: str) -> list[Any]:
    """Every JSON value in a script body, forgiving comments, trailing commas and entities.

    Raises ValueError when nothing in the text can be read as JSON.
    """
    body = _WRAPPERS.sub("", text.strip()).strip()
    tried: list[str] = []
    for candidate in (body, _strip_comments_and_commas(body)):
        for variant in (candidate, html.unescape(candidate)):
            if variant in tried:
                continue
            tried.append(variant)
            try:
                return _decode_all(variant)
            except ValueError:
                continue
    raise ValueError("not JSON, even leniently")


def _decode_all(text: str) -> list[Any]:
    values: list[Any] = []
    index, end = 0, len(text)
    while True:
        while index < end and (text[index].isspace() or text[index] in ";,"):
            index += 1
        if index >= end:
            break
        value, index = _DECODER.raw_decode(text, index)
        values.append(value)
    if not values:
        raise ValueError("empty")
    return values


def _strip_comments_and_commas(text: str) -> str:
    """Drop // and /* */ comments and trailing commas, leaving string contents alone."""
    out: list[str] = []
    index, end = 0, len(text)
    in_string = False
    while index < end:
        char = text[index]
        if in_string:
            out.append(char)
            if char == "\\" and index + 1 < end:
                out.append(text[index + 1])
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", index):
            newline = text.find("\n", index)
            index = end if newline < 0 else newline
            continue
        elif text.startswith("/*", index):
            close = text.find("*/", index + 2)
            index = end if close < 0 else close + 2
            continue
        elif char in "}]":
            while out and (out[-1].isspace() or out[-1] == ","):
                if out.pop() == ",":
                    break
            out.append(char)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type", node.get("type"))
    values = raw if isinstance(raw, list) else [raw]
    # "JobPosting", "schema:JobPosting" and "http://schema.org/JobPosting" are the same type.
    return {re.split(r"[/:#]", v)[-1].lower() for v in values if isinstance(v, str)}


def iter_job_postings(value: Any) -> Iterator[dict[str, Any]]:
    """JobPosting objects anywhere in a JSON-LD value (@graph, lists, nested entities)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            continue
        if isinstance(node, list):
            stack.extend((item, depth + 1) for item in reversed(node))
        elif isinstance(node, dict):
            if "jobposting" in _types(node):
                yield node
                continue
            stack.extend((item, depth + 1) for item in reversed(list(node.values())))


def find_jsonld_postings(tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """All JobPostings of a page's JSON-LD blocks; a malformed block is skipped, not fatal."""
    postings: list[dict[str, Any]] = []
    for script in tree.css("script"):
        kind = (script.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        try:
            values = parse_lenient_json(script.text(deep=True, strip=False))
        except ValueError:
            continue
        for value in values:
            postings.extend(iter_job_postings(value))
    return postings
