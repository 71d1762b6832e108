"""Which messages are worth a full parse, from their header block alone: the fields the test
reads (read_headers), and the test (is_candidate_relevant) against what the store knows of the
user's applications. The mail sources (mail/sources.py) stream the raw messages it reads."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from email.message import Message
from functools import cache, lru_cache, partial

from unghost.mail.domains import find_ats, is_bounce_sender, is_job_board, registrable_domain
from unghost.mail.hanzi import simplified
from unghost.mail.headers import decode_encoded_words, normalize_message_id, parse_message_ids
from unghost.mail.lexicon import compile_any, load_table

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
# After a line end (the block is read with one prepended): a literal first character lets the
# regex engine jump from line to line instead of trying every name at every byte.
_FIELD = re.compile(
    rb"\n(from|to|cc|reply-to|sender|subject|in-reply-to|references|x-gmail-labels|content-type"
    rb"|x-failed-recipients)[ \t]*:[ \t]*(.*(?:\r?\n[ \t].*)*)",
    re.IGNORECASE,
)
_UNFOLD = re.compile(rb"\r?\n[ \t]+")
_ADDRESS_HEADERS = ("from", "to", "cc", "reply-to", "sender")


class HeaderBlock(dict[str, str]):
    """The header fields the relevance test reads, by lower-case name (repeats joined by ', ')."""

    def __getitem__(self, key: str) -> str:
        return super().__getitem__(key.lower())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and super().__contains__(key.lower())

    # dict.get is overloaded for any key type; this one takes names only (str).
    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        return super().get(key.lower(), default)


def _header_end(raw: bytes) -> int:
    """Where the header block ends: just after the first line end of the first blank line
    (LF or CRLF), or the whole message when it has none. Looks for CRLF only before the first
    LF blank line, so a message in LF is scanned once, not twice to its end."""
    lf = raw.find(b"\n\n")
    crlf = raw.find(b"\r\n\r\n", 0, lf + 3 if lf >= 0 else len(raw))
    if crlf >= 0 and (lf < 0 or crlf < lf):
        return crlf + 1
    return lf + 1 if lf >= 0 else len(raw)


def read_headers(raw: bytes) -> HeaderBlock:
    """The few header fields relevance needs, found with one regex pass over the header block.

    Far cheaper than any `email` parser (the body is never looked at, other fields are skipped);
    unfolded, decoded as UTF-8 with replacement, encoded words left as they are.
    """
    head = b"\n" + raw[: _header_end(raw)]
    block = HeaderBlock()
    for match in _FIELD.finditer(head):
        name = match.group(1).decode("ascii").lower()
        value = match.group(2)
        if b"\n" in value:
            value = _UNFOLD.sub(b" ", value)
        text = value.decode("utf-8", "replace").strip()
        previous = dict.get(block, name)
        dict.__setitem__(block, name, f"{previous}, {text}" if previous else text)
    return block


def _addresses(get: Callable[[str], object]) -> list[str]:
    """The addresses of From, To, Cc, Reply-To and Sender in that order, lower-cased (one regex
    pass over the fields joined by a space, which no address can span)."""
    fields = " ".join(str(get(name) or "") for name in _ADDRESS_HEADERS)
    return [address.lower() for address in _ADDRESS.findall(fields)]


@lru_cache(maxsize=65_536)
def _registrable(host: str) -> str:
    """registrable_domain, remembered: a mailbox has a few thousand sender domains at most."""
    return registrable_domain(host)


@lru_cache(maxsize=65_536)
def _is_job_sender_domain(host: str) -> bool:
    """An ATS or a job board sends from `host` (remembered per domain)."""
    return find_ats(host) is not None or is_job_board(host)


@cache
def _subject_tests() -> tuple[re.Pattern[str], ...]:
    """The relevance subject words as two alternations, the `\\b`-led ones and the rest: the
    same verdict as one alternation of all of them, about three times faster (one that mixes
    both kinds of branches gives up the regex engine's scan for a first character)."""
    words: list[str] = load_table("mail_patterns")["relevance"]["subject_words"]
    led = [w for w in words if w.startswith("\\b")]
    rest = [w for w in words if not w.startswith("\\b")]
    return tuple(compile_any(group) for group in (led, rest) if group)


_last_ids: list[tuple[Collection[str], frozenset[str]]] = []


def _normalized_ids(ids: Collection[str]) -> frozenset[str]:
    """`ids` normalized and lower-cased, kept for the collection an import passes every time
    (normalizing 10k ids for each of 100k messages was most of an import's time)."""
    if _last_ids and _last_ids[0][0] is ids:
        return _last_ids[0][1]
    normalized = frozenset(normalize_message_id(m).lower() for m in ids)
    _last_ids[:] = [(ids, normalized)]
    return normalized


def is_candidate_relevant(
    headers: HeaderBlock | Message,
    known_domains: Collection[str],
    known_addresses: Collection[str],
    *,
    known_message_ids: Collection[str] = (),
) -> bool:
    """Cheap test on the headers alone: is this message worth a full parse and classification?

    True for mail to or from a known contact or company domain, from an ATS or job board,
    bounces, replies in a known thread, and subjects with job words. `known_domains` should
    hold registrable domains (acme.com), `known_addresses` lower-case addresses.
    """
    # a HeaderBlock holds lower-case names: read it as a plain dict (Message.get ignores case)
    get: Callable[[str], object] = (
        partial(dict.get, headers) if isinstance(headers, HeaderBlock) else headers.get
    )
    labels = str(get("x-gmail-labels") or "")
    if labels and "chat" in (label.strip().strip('"').lower() for label in labels.split(",")):
        return False
    addresses = _addresses(get)
    if any(address in known_addresses for address in addresses):
        return True
    domains = {address.rpartition("@")[2] for address in addresses}
    if known_domains and any(_registrable(d) in known_domains for d in domains):
        return True
    sender = addresses[0] if addresses else ""
    if sender and _is_job_sender_domain(sender.rpartition("@")[2]):
        return True
    if (sender and is_bounce_sender(sender)) or get("x-failed-recipients"):
        return True
    if "report" in str(get("content-type") or "").lower():
        return True
    if known_message_ids:
        replied = parse_message_ids(str(get("in-reply-to") or "")) + parse_message_ids(
            str(get("references") or "")
        )
        known = _normalized_ids(known_message_ids)
        if any(m.lower() in known for m in replied):
            return True
    subject = str(get("subject") or "")
    if "=?" in subject:
        subject = decode_encoded_words(subject, [], "subject")
    if not subject.isascii():
        subject = simplified(subject)  # 面試邀請 is worth a parse as 面试邀请 is
    return any(test.search(subject) for test in _subject_tests())
