"""Finds email addresses in normalised text, obfuscated ones included, and compares them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from unghost.documents.candidates import BrokenEmail, find_attempts, find_missing_at
from unghost.documents.datafiles import load_table
from unghost.documents.text import is_labelled
from unghost.documents.typos import load_mail_domains

_L = r"A-Za-z0-9\u00C0-\u024F"  # letters an address may use here (Latin with accents)
_LOCAL = rf"[{_L}_](?:[{_L}._%+'-]{{0,63}})"
_LABEL = rf"[{_L}](?:[{_L}-]{{0,61}}[{_L}])?"
_PLAIN = re.compile(rf"(?<![{_L}._%+'-])({_LOCAL})@((?:{_LABEL}\.)+[A-Za-z]{{2,63}})(?![{_L}-])")
_OPEN, _CLOSE = r"[\[\(\{<]", r"[\]\)\}>]"
_DOT_WORD = rf"\s*{_OPEN}\s*(?:dot|\.|点)\s*{_CLOSE}\s*|\s+dot\s+"
_AT_WORD = rf"\s*{_OPEN}\s*(?:at|@|艾特)\s*{_CLOSE}\s*"
_OBFUSCATED_LOCAL = rf"{_LOCAL}(?:(?:{_DOT_WORD}){_LOCAL})*"
_OBFUSCATED_DOMAIN = rf"{_LABEL}(?:(?:{_DOT_WORD}|\s*\.\s*){_LABEL})+"
# (cheap guard, pattern, trusted): an untrusted spelling counts only after a label or for a
# known provider. The guard skips the costlier pattern in the many texts without the spelling.
_OBFUSCATIONS = (
    (
        re.compile(_AT_WORD, re.I),
        re.compile(rf"({_OBFUSCATED_LOCAL})(?:{_AT_WORD})({_OBFUSCATED_DOMAIN})", re.I),
        True,
    ),
    (
        re.compile(r"\sat\s.*\sdot\s", re.I),
        re.compile(rf"({_OBFUSCATED_LOCAL})\s+at\s+({_LABEL}(?:\s+dot\s+{_LABEL})+)", re.I),
        False,
    ),
    (re.compile("#"), re.compile(rf"({_LOCAL})#({_LABEL}(?:\.{_LABEL})+)", re.I), False),
)
_SEPARATOR = re.compile(rf"{_DOT_WORD}|\s*\.\s*", re.I)
_CASE_GLUE = re.compile(r"^([a-z]{2,63}?)[A-Z]")


@dataclass(frozen=True, slots=True)
class FoundEmail:
    address: str
    start: int
    obfuscated: bool = False


def find_emails(text: str) -> list[FoundEmail]:
    """The well-formed addresses of `find_email_attempts`."""
    return find_email_attempts(text)[0]


def find_email_attempts(text: str) -> tuple[list[FoundEmail], list[BrokenEmail]]:
    """Every address in `text` (normalised), in order, and the broken attempts at one.

    "jane [at] gmail [dot] com" and "jane(at)gmail.com" are always taken; "jane at gmail dot
    com" and "jane#qq.com" only after an email label or for a known provider. Around each @
    the text is read as the address meant: "jane@@gmail.com", "jane@ gmail.com", "jane@gmail"
    are broken attempts; "jane@" at the end of a line with "gmail.com" on the next is an address.
    """
    found: list[FoundEmail] = []
    taken: list[tuple[int, int]] = []
    attempts = find_attempts(text)
    broken = [attempt.broken for attempt in attempts if attempt.broken is not None]
    spans = [(b.start, b.end) for b in broken]
    for plain in _PLAIN.finditer(text):
        if any(start < plain.end() and plain.start() < end for start, end in spans):
            continue  # "nair@outlook.com" inside "priya nair@outlook.com"
        domain = _unglue_tld(plain.group(2))
        found.append(FoundEmail(f"{plain.group(1)}@{domain}", plain.start()))
        taken.append((plain.start(), plain.end()))
    for attempt in attempts:
        if attempt.address is None:
            continue
        if not any(start < attempt.end and attempt.start < end for start, end in taken):
            found.append(FoundEmail(attempt.address, attempt.start))
            taken.append((attempt.start, attempt.end))
    taken.extend(spans)
    for guard, pattern, trusted in _OBFUSCATIONS:
        if not guard.search(text):
            continue
        position = 0
        while spelled := pattern.search(text, position):
            position = spelled.start() + 1
            if any(start < spelled.end() and spelled.start() < end for start, end in taken):
                continue
            local = _SEPARATOR.sub(".", spelled.group(1))
            domain = _SEPARATOR.sub(".", spelled.group(2)).lower()
            if not _acceptable(text, spelled.start(), domain, trusted=trusted):
                continue
            found.append(FoundEmail(f"{local}@{domain}", spelled.start(), obfuscated=True))
            taken.append((spelled.start(), spelled.end()))
            position = spelled.end()
    if not found and not broken:  # an address with its @ left out, when no other is given
        broken.extend(find_missing_at(text, taken))
    return sorted(found, key=lambda email: email.start), broken


def _acceptable(text: str, start: int, domain: str, *, trusted: bool) -> bool:
    tables = load_mail_domains()
    if not tables.is_real_tld(domain.rsplit(".", 1)[-1]):
        return False
    return trusted or domain in tables.popular or is_labelled(text, start, "email")


def _unglue_tld(domain: str) -> str:
    """gmail.comPhone -> gmail.com: text extraction sometimes glues the next word on."""
    head, _, last = domain.rpartition(".")
    tables = load_mail_domains()
    if tables.is_real_tld(last.lower()):
        return domain
    glued = _CASE_GLUE.match(last)
    if glued and tables.is_real_tld(glued.group(1)):
        return f"{head}.{glued.group(1)}"
    return domain


@dataclass(frozen=True, slots=True)
class _CanonicalRule:
    domain: str | None
    dots_ignored: bool
    plus_tags: bool


@cache
def _canonical_rules() -> dict[str, _CanonicalRule]:
    rules = {}
    for entry in load_table("mail_domains")["canonical"]:
        rule = _CanonicalRule(entry.get("domain"), entry["dots_ignored"], entry["plus_tags"])
        for domain in entry["domains"]:
            rules[domain] = rule
    return rules


def canonical_email(address: str) -> str:
    """One spelling per mailbox: lower case, and for providers that ignore them, no dots or
    +tags in the local part (Jane.Doe+jobs@googlemail.com is janedoe@gmail.com)."""
    local, _, domain = address.strip().lower().rpartition("@")
    rule = _canonical_rules().get(domain)
    if rule is not None:
        if rule.plus_tags:
            local = local.split("+", 1)[0]
        if rule.dots_ignored:
            local = local.replace(".", "")
        domain = rule.domain or domain
    return f"{local}@{domain}"
