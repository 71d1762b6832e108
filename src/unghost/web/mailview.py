"""Employer mail shown safely: HTML sanitised with nh3, remote images and links defused."""

from __future__ import annotations

import nh3

from unghost.domain.links import MAIL_LINK_SCHEMES, is_safe_link

ALLOWED_TAGS = {
    "a", "b", "blockquote", "br", "div", "em", "h1", "h2", "h3", "h4", "hr", "i", "img", "li",
    "ol", "p", "pre", "span", "strong", "table", "tbody", "td", "th", "thead", "tr", "u", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt"}, "td": {"colspan"},
                      "th": {"colspan"}}  # fmt: skip


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.startswith("data:image/") else None  # no tracking pixels
    if tag == "a" and attribute == "href":  # `data:` is for inline images, never for a link
        return value if is_safe_link(value, MAIL_LINK_SCHEMES) else None
    return value


def sanitize_mail_html(html: str) -> str:
    """Safe to put in a page: no script, style, forms or remote content; links open nothing
    automatically and carry no referrer."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={*MAIL_LINK_SCHEMES, "data"},  # data: only survives in img src (above)
        link_rel="noopener noreferrer nofollow",
        attribute_filter=_attribute_filter,
        strip_comments=True,
    )


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html", "<div", "<p", "<table", "<body"))
