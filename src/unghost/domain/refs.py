"""Human references (slugs) and the keys by which one application is recognised again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit

_NON_WORD = re.compile(r"[^a-z0-9\u4e00-\u9fff]+")
_SPACE = re.compile(r"\s+")
MAX_REF = 60
# An import computes each key twice (to match, then to store), a batch of 500 apart
_KEYS_CACHED = 4096
_TRACKING = ("utm_", "gh_src", "ref", "source", "trk", "lever-source")


def slugify(text: str) -> str:
    """`Acme Corp` + `Data Analyst` -> `acme-corp-data-analyst`; CJK kept as is."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    slug = _NON_WORD.sub("-", folded).strip("-")
    return slug[:MAX_REF].rstrip("-")


def make_ref(company: str, title: str, taken: Callable[[str], bool]) -> str:
    """A new unique ref from company and title: `acme-analyst`, then `acme-analyst-2`..."""
    base = slugify(f"{company} {title}") or "application"
    if base.isdigit():
        base = f"app-{base}"  # a bare number would read as an id
    ref, n = base, 2
    while taken(ref):
        ref = f"{base[: MAX_REF - len(str(n)) - 1]}-{n}"
        n += 1
    return ref


@lru_cache(maxsize=_KEYS_CACHED)
def name_key(text: str) -> str:
    """Case- and space-insensitive key of a company name or a job title."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


@lru_cache(maxsize=_KEYS_CACHED)
def url_key(url: str | None) -> str | None:
    """A posting URL without scheme case, fragment, trailing slash or tracking parameters."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    query = "&".join(p for p in parts.query.split("&") if p and not p.lower().startswith(_TRACKING))
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit(("", host, parts.path.rstrip("/"), query, "")).lstrip("/")


MAX_ID = 2**31 - 1  # ids are 32-bit integers on every engine (PostgreSQL's INTEGER)


def parse_id(text: str) -> int | None:
    """The id a bare number names (`12`), or None: not ASCII digits, or beyond any id."""
    if not (text.isascii() and text.isdigit()) or len(text) > 10:
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


_URL_UNSAFE = re.compile(
    r"[/\\?#%\x00-\x1f\x7f]"
)  # a ref is one segment of a URL: /applications/REF


def is_valid_ref(ref: str) -> bool:
    return (bool(ref) and len(ref) <= 120 and not ref.isdigit() and not _SPACE.search(ref)
            and not _URL_UNSAFE.search(ref))  # fmt: skip
