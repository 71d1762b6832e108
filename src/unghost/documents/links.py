"""Finds profile links (LinkedIn, GitHub, a personal site) in text and in link targets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

_END = r"(?=$|[\s,;|)\]>\"'])"
_LINKEDIN = re.compile(
    r"(?:https?://)?(?:(?P<sub>[a-z]{2}|www)\.)?linkedin\.com/(?:in|pub)/"
    rf"@?(?P<handle>[\w\-.%]{{3,100}}?)/?{_END}",
    re.I,
)
_GITHUB = re.compile(
    rf"(?:https?://)?(?:www\.)?github\.com/(?P<user>[A-Za-z0-9](?:[A-Za-z0-9-]{{0,38}}))/?{_END}",
    re.I,
)
_WEBSITE = re.compile(
    r"(?<![@\w.])(?:(?P<scheme>https?)://|(?=www\.))"
    rf"(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+[A-Za-z]{{2,63}})/?{_END}",
    re.I,
)
_GITHUB_PAGES = {"about", "features", "orgs", "topics", "marketplace", "pricing", "login",
                 "sponsors", "settings", "explore", "enterprise", "site", "join"}  # fmt: skip
_PROFILE_HOSTS = ("linkedin.com", "github.com")
_BEFORE_MARKER = 16  # "https://www." and a two-letter country subdomain fit in this
_AFTER_MARKER = 320  # a host name (253) or a LinkedIn handle (100) and the path before it


def find_links(text: str) -> list[str]:
    """Profile links in `text`, normalised (https, lower-case host), in order of appearance."""
    hits: list[tuple[int, str]] = []
    lowered = text.lower()
    for match in _matches(_LINKEDIN, text, lowered, ("linkedin.com/",)):
        hits.append((match.start(), _linkedin_url(match.group("sub"), match.group("handle"))))
    for match in _matches(_GITHUB, text, lowered, ("github.com/",)):
        if match.group("user").lower() not in _GITHUB_PAGES:
            hits.append((match.start(), f"https://github.com/{match.group('user')}"))
    for match in _matches(_WEBSITE, text, lowered, ("www.", "://")):
        host = match.group("host").lower()
        if not any(host == h or host.endswith("." + h) for h in _PROFILE_HOSTS):
            hits.append((match.start(), f"{(match.group('scheme') or 'https').lower()}://{host}"))
    return _unique(url for _, url in sorted(hits))


def _matches(
    pattern: re.Pattern[str], text: str, lowered: str, markers: tuple[str, ...]
) -> list[re.Match[str]]:
    """`pattern`'s matches, searched only around the markers every match must contain: a
    regular expression tried at every position of a long text is the slow part otherwise."""
    found: dict[int, re.Match[str]] = {}
    for marker in markers:
        position = lowered.find(marker)
        while position != -1:
            start = max(0, text.rfind("\n", 0, position) + 1, position - _BEFORE_MARKER)
            end = text.find("\n", position)
            window_end = min(end if end != -1 else len(text), position + _AFTER_MARKER)
            for match in pattern.finditer(text, start, window_end):
                if match.start() <= position < match.end():
                    found.setdefault(match.start(), match)
            position = lowered.find(marker, position + 1)
    return [found[start] for start in sorted(found)]


def parse_link_target(uri: str) -> tuple[str, str] | None:
    """("email" | "phone" | "link", value) for a link annotation or hyperlink target."""
    uri = uri.strip()
    scheme, _, rest = uri.partition(":")
    scheme = scheme.lower()
    if scheme == "mailto" and rest:
        address = unquote(urlsplit(uri).path).split(",")[0].strip()
        return ("email", address) if "@" in address else None
    if scheme in ("tel", "callto") and rest:
        return "phone", unquote(rest.lstrip("/")).split(";")[0]
    found = find_links(uri)
    return ("link", found[0]) if found else None


def _linkedin_url(sub: str | None, handle: str) -> str:
    country = sub.lower() if sub and sub.lower() != "www" else "www"
    return f"https://{country}.linkedin.com/in/{unquote(handle).lstrip('@')}"


def _unique(urls: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for url in urls:
        seen.setdefault(url.lower().rstrip("/"), url)
    return list(seen.values())
