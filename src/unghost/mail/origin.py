"""Who a message is from, read as a person would: the employer, a list, a friend, an auto-reply.

`read_origin` looks at the headers alone (what `mail classify FILE` has) and, when the import
knows it, at how the store tied the message to an application (a reply in one of its threads,
a contact, the company's domain, an ATS naming the company).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from unghost.mail.domains import find_ats, is_free_mail, is_job_board
from unghost.mail.lexicon import load_table
from unghost.mail.parse import ParsedMail

# How the store ties a message to an application, surest first (unghost.mail.match methods).
STORE_LINKS = ("thread", "contact", "user", "company-domain", "mistyped-domain", "ats", "names")
_SURE_LINKS = frozenset({"thread", "contact", "user"})


@dataclass(frozen=True, slots=True)
class Origin:
    """What the envelope says about a message, before its words are read."""

    employer: str | None  # how it is known to be from the employer; None when not known
    bulk: bool  # sent to a list: List-Id/List-Unsubscribe/Precedence, a newsletter sender
    personal: bool  # a personal mailbox (gmail.com, qq.com...) the store does not know
    job_board: bool
    auto_reply: bool  # Auto-Submitted: auto-replied, X-Autoreply... (an out-of-office)
    automated: bool  # Auto-Submitted: auto-generated or a no-reply sender (an acknowledgement)
    reply: bool  # answers an earlier message (In-Reply-To/References)
    evidence: tuple[str, ...] = ()

    @property
    def sure_employer(self) -> bool:
        """The store knows this message: a reply in a thread, a contact, or the user's choice."""
        return self.employer in _SURE_LINKS


@dataclass(frozen=True, slots=True)
class _Table:
    list_headers: tuple[str, ...]
    bulk_precedence: tuple[str, ...]
    bulk_local_parts: frozenset[str]
    bulk_domains: tuple[str, ...]
    auto_reply_values: tuple[str, ...]
    auto_reply_headers: tuple[str, ...]
    no_reply_local_parts: frozenset[str]
    ats_transactional_headers: frozenset[str]


@cache
def _table() -> _Table:
    table = load_table("mail_senders")["origin"]
    return _Table(
        tuple(table["list_headers"]),
        tuple(table["bulk_precedence"]),
        frozenset(table["bulk_local_parts"]),
        tuple(table["bulk_domains"]),
        tuple(table["auto_reply_values"]),
        tuple(table["auto_reply_headers"]),
        frozenset(table["no_reply_local_parts"]),
        frozenset(table["ats_transactional_headers"]),
    )


def _under(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def read_origin(mail: ParsedMail, *, store_link: str | None = None) -> Origin:
    """The origin of `mail`; `store_link` is how the import matched it (see STORE_LINKS)."""
    table = _table()
    headers = mail.headers
    address = mail.from_.address if mail.from_ else ""
    local, _, host = address.partition("@")
    local = local.lower()
    evidence: list[str] = []
    employer = store_link if store_link in STORE_LINKS and store_link != "names" else None
    from_ats = bool(host) and find_ats(host) is not None
    if employer is None and from_ats:
        employer = "ats"
    if employer:
        evidence.append(f"employer: {employer}")
    precedence = headers.get("precedence", "").strip().lower()
    # An ATS's notification to one candidate carries one-click unsubscribe like any bulk sender.
    list_headers = [
        name
        for name in table.list_headers
        if not from_ats or name not in table.ats_transactional_headers
    ]
    bulk = any(name in headers for name in list_headers) or precedence in table.bulk_precedence
    bulk = bulk or any(local == p or local.startswith(p + "-") for p in table.bulk_local_parts)
    bulk = bulk or _under(host, table.bulk_domains)
    if bulk:
        evidence.append("sent to a list")
    auto = headers.get("auto-submitted", "").strip().lower()
    auto_reply = auto.startswith(table.auto_reply_values) or any(
        name in headers for name in table.auto_reply_headers
    )
    auto_reply = auto_reply or precedence == "auto_reply"
    automated = auto.startswith("auto-generated") or local in table.no_reply_local_parts
    personal = bool(host) and is_free_mail(host) and employer is None
    if personal:
        evidence.append("personal mailbox")
    return Origin(
        employer=employer,
        bulk=bulk,
        personal=personal,
        job_board=bool(host) and is_job_board(host),
        auto_reply=auto_reply,
        automated=automated,
        reply=bool(mail.in_reply_to or mail.references),
        evidence=tuple(evidence),
    )
