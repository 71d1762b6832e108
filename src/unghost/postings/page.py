"""Read a posting page: JSON-LD first, then microdata/RDFa, else the page's title and text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from unghost.postings.jsonld import find_jsonld_postings
from unghost.postings.microdata import find_microdata_postings
from unghost.postings.model import PostingFields, PostingSource
from unghost.postings.schema import fields_from_schema, richness
from unghost.postings.text import node_text


@dataclass(frozen=True, slots=True)
class PageReading:
    """What a page says: the posting's fields (None when it shows nothing) and its text."""

    fields: PostingFields | None
    source: PostingSource
    structured: bool
    page_text: str


def _same_page(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a.split("#")[0].rstrip("/").lower() == b.split("#")[0].rstrip("/").lower()


def _pick(postings: list[dict[str, Any]], url: str | None) -> PostingFields | None:
    best: tuple[int, PostingFields] | None = None
    for posting in postings:
        fields = fields_from_schema(posting)
        score = richness(fields) + (10 if _same_page(str(posting.get("url") or ""), url) else 0)
        if best is None or score > best[0]:
            best = (score, fields)
    return best[1] if best else None


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"]') or tree.css_first(f'meta[name="{name}"]')
        content = (node.attributes.get("content") or "").strip() if node else ""
        if content:
            return " ".join(content.split())
    return None


def _fallback_fields(tree: LexborHTMLParser) -> PostingFields | None:
    heading = tree.css_first("h1")
    title_tag = tree.css_first("title")
    title = (
        _meta(tree, "og:title", "twitter:title")
        or (" ".join(heading.text().split()) if heading else None)
        or (" ".join(title_tag.text().split()) if title_tag else None)
    )
    main = tree.css_first("main") or tree.css_first("article") or tree.css_first('[role="main"]')
    root = main or tree.body
    description = node_text(root) if root is not None else ""
    if not title and not description:
        return None
    return PostingFields(
        title=title or None,
        company=_meta(tree, "og:site_name", "application-name"),
        description=description or None,
    )


def read_posting_page(markup: str, url: str | None = None) -> PageReading:
    """Parse a posting page once and read the best JobPosting on it."""
    tree = LexborHTMLParser(markup)
    body = tree.body
    page_text = node_text(body) if body is not None else ""
    fields = _pick(find_jsonld_postings(tree), url)
    if fields is not None:
        return PageReading(fields, PostingSource.JSONLD, True, page_text)
    fields = _pick(find_microdata_postings(tree), url)
    if fields is not None:
        return PageReading(fields, PostingSource.MICRODATA, True, page_text)
    return PageReading(_fallback_fields(tree), PostingSource.HTML, False, page_text)
