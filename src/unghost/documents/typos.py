"""Suggests the intended mail domain for a mistyped one (gmial.com -> gmail.com), mailcheck-style.

The lists and thresholds are data (unghost/data/mail_domains.toml). Distances are optimal string
alignment (Damerau with adjacent transpositions) from rapidfuzz. The suggester only ever
suggests: a domain that could be real and is merely similar to a popular one is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from unghost.documents.datafiles import load_table
from unghost.documents.keyboard import typing_distance

_DOMAIN_CHARS = re.compile(r"[a-z0-9.-]+")


@dataclass(frozen=True, slots=True)
class MailDomains:
    """The tables the suggester works from."""

    popular: tuple[str, ...]
    provider_names: frozenset[str]
    suffixes: tuple[str, ...]  # common mail suffixes, most common first
    tlds: frozenset[str]
    domain_distance: int
    second_level_distance: int
    top_level_distance: int
    short_max_length: int
    short_max_distance: int
    min_name_length: int

    def is_real_tld(self, label: str) -> bool:
        return label in self.tlds


@cache
def load_mail_domains() -> MailDomains:
    """The popular domains, provider names, suffixes, TLDs and thresholds from the data file."""
    table = load_table("mail_domains")
    popular: dict[str, None] = {}
    for group in table["popular"]:
        for domain in group["domains"]:
            popular.setdefault(domain, None)
    limits = table["thresholds"]
    short = limits["short_labels"]
    return MailDomains(
        popular=tuple(popular),
        provider_names=frozenset(table["second_level"]["names"]),
        suffixes=tuple(dict.fromkeys(table["suffixes"]["names"])),
        tlds=frozenset(table["tlds"]["names"]),
        domain_distance=limits["domain_distance"],
        second_level_distance=limits["second_level_distance"],
        top_level_distance=limits["top_level_distance"],
        short_max_length=short["max_length"],
        short_max_distance=short["max_distance"],
        min_name_length=short["min_length"],
    )


def split_domain(domain: str, suffixes: tuple[str, ...]) -> tuple[str, str, str]:
    """(subdomains, name, suffix): the longest listed multi-label suffix, else the last label."""
    labels = domain.split(".")
    for size in (3, 2):
        if len(labels) > size and ".".join(labels[-size:]) in suffixes:
            return ".".join(labels[: -size - 1]), labels[-size - 1], ".".join(labels[-size:])
    if len(labels) == 1:
        return "", labels[0], ""
    return ".".join(labels[:-2]), labels[-2], labels[-1]


def _join(prefix: str, name: str, suffix: str) -> str:
    return ".".join(part for part in (prefix, name, suffix) if part)


def _name_tolerance(name: str, tables: MailDomains, ceiling: int) -> int:
    if len(name) < tables.min_name_length:
        return 0
    if len(name) <= tables.short_max_length:
        return min(tables.short_max_distance, ceiling)
    return ceiling


def _pick(typed: str, scored: list[tuple[int, str]], *, ties_by_order: bool = False) -> str | None:
    """The single closest candidate; a tie is settled only by a truncation (co -> com)."""
    if not scored:
        return None
    best = min(score for score, _ in scored)
    closest = [candidate for score, candidate in scored if score == best]
    if len(closest) == 1 or ties_by_order:
        return closest[0]
    truncated = [candidate for candidate in closest if candidate.startswith(typed)]
    return truncated[0] if len(truncated) == 1 else None


def _closest_popular(domain: str, name: str, suffix: str, tables: MailDomains) -> str | None:
    scored: list[tuple[int, str]] = []
    suffix_is_real = tables.is_real_tld(suffix.rsplit(".", 1)[-1]) if suffix else False
    for candidate in tables.popular:
        _, candidate_name, _ = split_domain(candidate, tables.suffixes)
        if candidate_name == name and suffix:
            # Same provider name, different suffix: a real suffix may be off by one key only.
            limit = 1 if suffix_is_real else tables.top_level_distance
        elif len(name) <= tables.short_max_length and len(name) > len(candidate_name):
            # A short name one letter longer than a provider's is usually another name
            # (olive.fr is not live.fr); short typos drop or swap letters instead.
            continue
        else:
            limit = _name_tolerance(name, tables, tables.domain_distance)
        distance = OSA.distance(domain, candidate, score_cutoff=limit)
        if distance <= limit and limit > 0:
            scored.append((distance, candidate))
    return _pick(domain, scored)


@dataclass(frozen=True, slots=True)
class _TypingRules:
    com_only: frozenset[str]
    suffix_typos: dict[str, frozenset[str]]
    min_length: int
    by_length: tuple[tuple[int, float], ...]
    margin: float

    def name_limit(self, name: str) -> float:
        limit = 0.0
        for length, distance in self.by_length:
            if len(name) >= length:
                limit = distance
        return limit if len(name) >= self.min_length else 0.0


@cache
def _typing_rules() -> _TypingRules:
    table = load_table("mail_typos")
    limits = table["keyboard"]["limits"]
    typos = {key: frozenset(value) for key, value in table["tld_typos"].items() if key != "source"}
    return _TypingRules(
        com_only=frozenset(table["com_only"]["names"]),
        suffix_typos=typos,
        min_length=limits["min_length"],
        by_length=tuple((int(length), float(d)) for length, d in limits["by_length"]),
        margin=float(limits["margin"]),
    )


def _suffix_cost(typed: str, name: str, meant: str, tables: MailDomains) -> float | None:
    """How far a typed suffix is from a provider's, or None when it is another real suffix."""
    rules = _typing_rules()
    if typed == meant:
        return 0.0
    if typed in rules.suffix_typos.get(meant, ()):
        return 0.5
    if meant == "com" and name in rules.com_only and tables.is_real_tld(typed.rsplit(".", 1)[-1]):
        return 0.5  # gmail.net, gmail.co: Gmail has no other suffix
    if tables.is_real_tld(typed.rsplit(".", 1)[-1]) or typed in tables.suffixes:
        return None
    distance = typing_distance(typed, meant)
    return distance if distance <= 1.0 else None


def _keyboard_closest(name: str, suffix: str, tables: MailDomains) -> str | None:
    """The provider domain a few typing slips away (hmail.com, yaooh.com, gmail.cl), if one
    stands out; popular domains come first in the table, so a tie goes to the commoner one."""
    if not suffix:
        return None
    rules = _typing_rules()
    scored: list[tuple[float, int, str]] = []
    for order, candidate in enumerate(tables.popular):
        _, candidate_name, candidate_suffix = split_domain(candidate, tables.suffixes)
        if candidate_name != name:
            limit = rules.name_limit(name)
            short = len(name) <= tables.short_max_length
            if limit == 0 or (short and len(name) > len(candidate_name)):
                continue  # olive.fr is not live.fr; short names only drop or swap letters
            name_cost = _repeated_name(name, candidate_name)
            if name_cost is None:
                if abs(len(name) - len(candidate_name)) > limit:
                    continue
                name_cost = typing_distance(name, candidate_name)
            if name_cost > limit:
                continue
        else:
            name_cost = 0.0
        suffix_cost = _suffix_cost(suffix, candidate_name, candidate_suffix, tables)
        if suffix_cost is None:
            continue
        scored.append((name_cost + suffix_cost, order, candidate))
    if not scored:
        return None
    scored.sort()
    best = scored[0]
    # A tie goes to the commoner provider; a close but worse rival makes the guess unsafe.
    rivals = [s for s in scored[1:] if s[2] != best[2] and best[0] < s[0] < best[0] + rules.margin]
    return None if rivals else best[2]


def _repeated_name(name: str, provider: str) -> float | None:
    """hotmailmail for hotmail: the end of the name typed twice."""
    if (
        len(name) > len(provider)
        and name.startswith(provider)
        and provider.endswith(name[len(provider) :])
    ):
        return 0.5
    return None


def _same_name_popular(domain: str, name: str, suffix: str, tables: MailDomains) -> str | None:
    """For a provider name with no suffix or an impossible one: its popular domain (gmail.ney)."""
    if suffix and tables.is_real_tld(suffix.rsplit(".", 1)[-1]):
        return None
    scored = []
    for candidate in tables.popular:
        _, candidate_name, candidate_suffix = split_domain(candidate, tables.suffixes)
        if candidate_name == name and candidate_suffix:
            truncated = candidate_suffix.startswith(suffix)
            scored.append((0 if truncated else OSA.distance(suffix, candidate_suffix), candidate))
    return _pick(domain, scored, ties_by_order=True)


def _repeated_suffix(domain: str, tables: MailDomains) -> str | None:
    """gmail.com.com, qq.com.cn: a popular domain with a suffix typed after it."""
    for candidate in tables.popular:
        if domain.startswith(candidate + ".") and domain[len(candidate) + 1 :] in tables.suffixes:
            return candidate
    return None


def _fix_suffix(suffix: str, tables: MailDomains) -> str | None:
    last = suffix.rsplit(".", 1)[-1]
    if tables.is_real_tld(last):
        return None
    limit = tables.top_level_distance
    scored = [
        (distance, candidate)
        for candidate in tables.suffixes
        if (distance := OSA.distance(suffix, candidate, score_cutoff=limit)) <= limit
    ]
    return _pick(suffix, scored, ties_by_order=True)


def _fix_provider_name(name: str, tables: MailDomains) -> str | None:
    limit = _name_tolerance(name, tables, tables.second_level_distance)
    if limit == 0 or len(name) <= tables.short_max_length:
        return None
    scored = [
        (distance, candidate)
        for candidate in sorted(tables.provider_names)
        if len(candidate) > tables.short_max_length
        and (distance := OSA.distance(name, candidate, score_cutoff=limit)) <= limit
    ]
    return _pick(name, scored)


def suggest_domain(domain: str, tables: MailDomains | None = None) -> str | None:
    """The domain the writer probably meant, or None when `domain` is fine or unknown."""
    if tables is None:
        return _suggest_with_the_tables(domain)
    return _suggest(domain, tables)


@lru_cache(maxsize=4096)
def _suggest_with_the_tables(domain: str) -> str | None:
    """The check asks about one domain several times (finding, agreement, DNS): once is enough."""
    return _suggest(domain, load_mail_domains())


def _suggest(domain: str, tables: MailDomains) -> str | None:
    typed = domain.strip().lower().rstrip(".")
    cleaned = re.sub(r"\.{2,}", ".", typed.strip("#.-_'`?!,;:"))
    if not cleaned or not cleaned.isascii() or "xn--" in cleaned:
        return None
    if not _DOMAIN_CHARS.fullmatch(cleaned):
        return None
    suggestion = _suggest_clean(cleaned, tables)
    if suggestion is None and cleaned != typed:
        suggestion = cleaned
    return suggestion if suggestion != typed else None


def _suggest_clean(domain: str, tables: MailDomains, *, depth: int = 0) -> str | None:
    if domain in tables.popular:
        return None
    prefix, name, suffix = split_domain(domain, tables.suffixes)
    if name in tables.provider_names and suffix in tables.suffixes:
        return None
    if found := _repeated_suffix(domain, tables):
        return found
    if not prefix and (found := _keyboard_closest(name, suffix, tables)):
        return found
    if not prefix and (found := _closest_popular(domain, name, suffix, tables)):
        return found
    if not prefix and (found := _same_name_popular(domain, name, suffix, tables)):
        return found
    if suffix and (fixed_suffix := _fix_suffix(suffix, tables)):
        fixed = _join(prefix, name, fixed_suffix)
        again = _suggest_clean(fixed, tables, depth=depth + 1) if depth == 0 else None
        return again or fixed
    if suffix in tables.suffixes and (fixed_name := _fix_provider_name(name, tables)):
        return _join(prefix, fixed_name, suffix)
    return None


def suggest_address(address: str, tables: MailDomains | None = None) -> str | None:
    """`address` with its domain corrected, or None when there is nothing to suggest."""
    local, at, domain = address.strip().rpartition("@")
    if not at or not local or not domain:
        return None
    fixed = suggest_domain(domain, tables)
    return f"{local}@{fixed}" if fixed else None
