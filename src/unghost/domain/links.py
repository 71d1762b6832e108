"""Which links unghost keeps and shows: http(s) postings, and http(s)/mailto links in mail."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from unghost.errors import InvalidInputError

POSTING_SCHEMES = frozenset({"http", "https"})
MAIL_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
MAX_URL_CHARS = 2000  # the column's width (store/models.py)
# What the API schema lets through (ECMA regex, so clients can check it): parse_posting_url
# accepts every such text; it also reads what older files hold (`HTTPS://`, `http://localhost`).
POSTING_URL_PATTERN = (
    r"^(https?://)?([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(:[0-9]{1,5})?"
    r"([/?#][^\s\x00-\x1f\x7f]*)?$"
)
# `jobs.acme.example/123` as trackers export it: a host with a dot, then a path or nothing
_BARE_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63}(?::\d{1,5})?(?:[/?#].*)?$",
                        re.IGNORECASE)  # fmt: skip


def link_scheme(url: str) -> str | None:
    """The scheme of an absolute link, lower-cased; None for a relative or unreadable one."""
    # browsers drop ASCII control characters and spaces from a scheme (`java\tscript:`)
    cleaned = "".join(c for c in url if c > " ").strip()
    try:
        scheme = urlsplit(cleaned).scheme
    except ValueError:
        return None
    return scheme.lower() or None


def is_safe_link(url: str, schemes: frozenset[str] = MAIL_LINK_SCHEMES) -> bool:
    """True when following `url` can only open a web page (or a mail to write)."""
    return link_scheme(url) in schemes


def parse_posting_url(value: str | None) -> str | None:
    """A posting URL as stored: http(s) with a host, or None when empty; InvalidInputError."""
    if value is None or not str(value).strip():
        return None
    url = str(value).strip()
    if _BARE_HOST.match(url):
        url = "https://" + url
    scheme = link_scheme(url)
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = None
    if scheme not in POSTING_SCHEMES or not host or any(c < " " or c == "\x7f" for c in url):
        shown = url if len(url) <= 80 else url[:77] + "..."
        raise InvalidInputError(
            f"posting URL {shown!r} is not a web address: only http:// and https:// are kept"
        )
    if len(url) > MAX_URL_CHARS:
        raise InvalidInputError(f"posting URL is longer than {MAX_URL_CHARS} characters")
    return url
