"""The posting watcher's data files: fetch limits and closed-posting phrases, read once."""

from __future__ import annotations

import ipaddress
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class FetchLimits:
    """Caps and politeness of one fetcher; see data/posting_fetch.toml for each source."""

    max_redirects: int
    max_bytes: int
    total_timeout_s: float
    resolve_timeout_s: float
    content_types: frozenset[str]
    ports: frozenset[int]
    rate_per_s: float
    burst: int
    max_wait_s: float
    robots_max_bytes: int
    user_agent: str
    product_token: str


@dataclass(frozen=True, slots=True)
class PostingPhrases:
    """Normalised closed-posting phrases by language and the shape of a careers page."""

    closed: dict[str, tuple[str, ...]]
    closed_patterns: tuple[tuple[str, re.Pattern[str]], ...]
    careers_segments: frozenset[str]
    error_query_keys: frozenset[str]
    repost_min_gap_days: int
    title_ignore: tuple[re.Pattern[str], ...]


def _read(name: str) -> dict[str, Any]:
    text = resources.files("unghost").joinpath("data", name).read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def load_fetch_limits() -> FetchLimits:
    raw = _read("posting_fetch.toml")
    return FetchLimits(
        max_redirects=int(raw["max_redirects"]["value"]),
        max_bytes=int(raw["max_bytes"]["value"]),
        total_timeout_s=float(raw["total_timeout_s"]["value"]),
        resolve_timeout_s=float(raw["resolve_timeout_s"]["value"]),
        content_types=frozenset(raw["content_types"]["value"]),
        ports=frozenset(int(p) for p in raw["ports"]["value"]),
        rate_per_s=float(raw["rate_per_s"]["value"]),
        burst=int(raw["burst"]["value"]),
        max_wait_s=float(raw["max_wait_s"]["value"]),
        robots_max_bytes=int(raw["robots_max_bytes"]["value"]),
        user_agent=str(raw["user_agent"]["value"]),
        product_token=str(raw["user_agent"]["product_token"]),
    )


@cache
def load_refused_networks() -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """Special-purpose blocks refused whatever Python's `is_global` says."""
    raw = _read("posting_fetch.toml")["refused_networks"]["value"]
    return tuple(ipaddress.ip_network(network) for network in raw)


def normalise_text(text: str) -> str:
    """Fold text for phrase matching: NFKC, case-folded, straight apostrophes, single spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = folded.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return " ".join(folded.split())


def phrase_pattern(phrase: str, filler_words: int) -> re.Pattern[str]:
    """Match a normalised phrase whose words may be parted by a few filler words."""
    words = phrase.split()
    if len(words) == 1:
        return re.compile(re.escape(phrase))
    gap = rf"(?:\s+\S+){{0,{filler_words}}}?\s+"
    return re.compile(r"(?<!\w)" + gap.join(re.escape(w) for w in words) + r"(?!\w)")


@cache
def load_posting_phrases() -> PostingPhrases:
    raw = _read("posting_phrases.toml")
    closed = {
        lang: tuple(normalise_text(p) for p in table["phrases"])
        for lang, table in raw["closed"].items()
    }
    filler = int(raw["matching"]["filler_words"])
    careers = raw["careers_page"]
    return PostingPhrases(
        closed=closed,
        closed_patterns=tuple(
            (phrase, phrase_pattern(phrase, filler))
            for phrases in closed.values()
            for phrase in phrases
        ),
        careers_segments=frozenset(normalise_text(s) for s in careers["segments"]),
        error_query_keys=frozenset(careers["error_query_keys"]),
        repost_min_gap_days=int(raw["repost"]["min_gap_days"]),
        title_ignore=tuple(re.compile(p, re.I) for p in raw["title"]["ignore_patterns"]),
    )
