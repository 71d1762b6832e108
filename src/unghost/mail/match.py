"""Links a parsed message to one of the user's applications: by thread, contact, domain, ATS, names."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from unghost.domain.records import Application
from unghost.mail.bounce import Bounce, find_bounce
from unghost.mail.domains import (
    find_ats,
    is_free_mail,
    is_job_board,
    registrable_domain,
)
from unghost.mail.headers import normalize_message_id
from unghost.mail.lexicon import get_value, load_table
from unghost.mail.parse import ParsedMail

_WORD = re.compile(r"[a-z0-9]+|[\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class MailMatch:
    """The application a message belongs to, how that was found, and how sure it is."""

    application: Application
    method: str  # thread | contact | company-domain | mistyped-domain | ats | names
    confidence: float
    evidence: str
    alternatives: tuple[str, ...] = ()


@cache
def _suffixes() -> frozenset[str]:
    return frozenset(get_value("mail_senders", "company_suffixes"))


def normalize_company(name: str) -> str:
    """A company name reduced for comparison: lower case, no legal form or punctuation."""
    text = name.lower()
    for suffix in sorted((s for s in _suffixes() if _HAN.search(s)), key=len, reverse=True):
        text = text.replace(suffix, " ")
    words = [w for w in _WORD.findall(text) if w not in _suffixes()]
    return " ".join(words)


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z\u4e00-\u9fff]", "", text.lower())


def _contains_name(haystack: str, name: str) -> bool:
    """True when the normalized `name` occurs in `haystack` as whole words (or as CJK text)."""
    if not name or (len(name) < 3 and not _HAN.search(name)):
        return False
    if _HAN.search(name):
        return name.replace(" ", "") in haystack.replace(" ", "")
    return re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", haystack) is not None


def _mistyped_hits(index: ApplicationIndex, domains: Iterable[str]) -> set[int]:
    """Applications whose company domain a bounced domain is one or two keystrokes away from
    (acme.comm, acmee.com), found with one C-level pass over the known domains per domain."""
    limit = get_value("mail_senders", "max_domain_typo_edits")
    known = list(index.by_domain)
    found: set[int] = set()
    for domain in {registrable_domain(d) for d in domains}:
        if len(domain) < 6:
            continue
        near = process.extract(
            domain, known, scorer=Levenshtein.distance, score_cutoff=limit, limit=None
        )
        for company, _distance, _ in near:
            if company != domain and len(company) >= 6:
                found.update(index.by_domain[company])
    return found


def _message_ids(app: Application) -> set[str]:
    return {normalize_message_id(m.message_id).lower() for m in app.messages if m.message_id}


def _company_domains(app: Application) -> set[str]:
    domains = {app.company.domain.lower()} if app.company.domain else set()
    domains |= {
        c.email.rpartition("@")[2].lower() for c in app.contacts if c.email and "@" in c.email
    }
    return {
        d for d in domains if d and not is_free_mail(d) and not find_ats(d) and not is_job_board(d)
    }


def _counterparts(mail: ParsedMail, own: Collection[str], bounce: Bounce | None) -> list[str]:
    """The other side's addresses: senders of received mail, recipients of sent mail or bounces."""
    sender = mail.from_.address if mail.from_ else ""
    if sender and sender in own:
        return [a.address for a in mail.to + mail.cc]
    if bounce is not None:
        return bounce.failed_recipients + bounce.original_to
    return [a.address for a in ([mail.from_] if mail.from_ else []) + mail.reply_to]


def _ats_company(mail: ParsedMail) -> str | None:
    """The company an ATS message speaks for, from its display name, local part or subdomain."""
    if mail.from_ is None:
        return None
    found = find_ats(mail.from_.domain)
    if found is None:
        return None
    ats, ats_domain = found
    skip = set(get_value("mail_senders", "ats_display_words"))
    for source in ats.company_from:
        if source == "display_name" and mail.from_.name:
            name = mail.from_.name.lower()
            for word in sorted((w for w in skip if _HAN.search(w)), key=len, reverse=True):
                name = name.replace(word, " ")
            words = [w for w in _WORD.findall(name) if w not in skip]
            if words:
                return " ".join(words)
        if source == "local_part":
            local = mail.from_.address.partition("@")[0].split("-notifications")[0]
            if local and local not in (
                "no-reply",
                "noreply",
                "notification",
                "notifications",
                "donotreply",
            ):
                return local
        if source == "subdomain":
            host = mail.from_.domain.removesuffix(ats_domain).strip(".")
            label = host.split(".")[0] if host else ""
            if label and label not in ("us", "eu", "mail", "hire", "talent", "jobs", "app", "www"):
                return label.removeprefix("careers-")
    return None


def _mentions_role(app: Application, text: str) -> bool:
    title = app.role.title.lower().strip()
    return bool(title) and title in text


def _recency(app: Application) -> date:
    dates = [m.at.date() for m in app.messages] + [i.at.date() for i in app.interviews]
    dates += [d for d in (app.applied_on,) if d is not None]
    return max(dates, default=date.min)


def _pick(candidates: list[Application], method: str, evidence: str, text: str) -> MailMatch:
    """One match among applications that fit equally well: the role named, open, most recent."""
    ranked = sorted(
        candidates,
        key=lambda a: (_mentions_role(a, text), not a.status.is_closed, _recency(a)),
        reverse=True,
    )
    best = ranked[0]
    table = load_table("mail_senders")["match"]
    confidence = table["confidence"][method]
    if method in ("ats", "names") and _mentions_role(best, text):
        confidence += table["role_bonus"]
    others = tuple(a.ref for a in ranked[1:])
    if others and not (_mentions_role(best, text) and not _mentions_role(ranked[1], text)):
        confidence -= table["ambiguity_penalty"]
    return MailMatch(best, method, round(min(confidence, 0.99), 2), evidence, others)


@dataclass(frozen=True, slots=True)
class ApplicationIndex:
    """Applications prepared once for matching many messages (an import builds one)."""

    applications: tuple[Application, ...]
    by_message_id: dict[str, list[int]]
    by_contact: dict[str, list[int]]
    by_domain: dict[str, list[int]]
    company_domains: tuple[frozenset[str], ...]
    names: tuple[str, ...]
    # The names again, grouped so a message is compared with the few names it could contain
    # rather than with every application's: Latin names by their first word, CJK names whole.
    by_first_word: dict[str, list[tuple[str, list[int]]]] = field(default_factory=dict)
    by_han_name: dict[str, list[int]] = field(default_factory=dict)
    by_squashed_name: dict[str, list[int]] = field(default_factory=dict)

    @property
    def known_domains(self) -> frozenset[str]:
        """Registrable company domains, for `relevance.is_candidate_relevant`."""
        return frozenset(self.by_domain)

    @property
    def known_addresses(self) -> frozenset[str]:
        """Contact addresses, lower case, for `relevance.is_candidate_relevant`."""
        return frozenset(self.by_contact)

    @property
    def known_message_ids(self) -> frozenset[str]:
        """Message-IDs of the applications' messages, for `relevance.is_candidate_relevant`."""
        return frozenset(self.by_message_id)


def index_applications(applications: Sequence[Application]) -> ApplicationIndex:
    """Look-up tables of message ids, contact addresses, company domains and names."""
    by_message_id: dict[str, list[int]] = {}
    by_contact: dict[str, list[int]] = {}
    by_domain: dict[str, list[int]] = {}
    domains_of: list[frozenset[str]] = []
    for i, app in enumerate(applications):
        for message_id in _message_ids(app):
            by_message_id.setdefault(message_id, []).append(i)
        for contact in app.contacts:
            if contact.email:
                by_contact.setdefault(contact.email.strip().lower(), []).append(i)
        domains = frozenset(_company_domains(app))
        domains_of.append(domains)
        for domain in {registrable_domain(d) for d in domains}:
            by_domain.setdefault(domain, []).append(i)
    names = tuple(normalize_company(a.company.name) for a in applications)
    by_name: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if name:
            by_name.setdefault(name, []).append(i)
    by_first_word: dict[str, list[tuple[str, list[int]]]] = {}
    by_han_name: dict[str, list[int]] = {}
    by_squashed_name: dict[str, list[int]] = {}
    for name, found in by_name.items():
        by_squashed_name.setdefault(_squash(name), []).extend(found)
        if _HAN.search(name):
            by_han_name.setdefault(name.replace(" ", ""), []).extend(found)
        elif len(name) >= 3:
            by_first_word.setdefault(name.split(" ", 1)[0], []).append((name, found))
    return ApplicationIndex(
        tuple(applications),
        by_message_id,
        by_contact,
        by_domain,
        tuple(domains_of),
        names,
        by_first_word,
        by_han_name,
        by_squashed_name,
    )


def _names_in(index: ApplicationIndex, haystack: str) -> set[int]:
    """The applications whose company name `haystack` contains (as `_contains_name` decides).

    A Latin name's first word must be one of the haystack's words for it to occur there as whole
    words, so only the names starting with one of those words are tried."""
    found: set[int] = set()
    for word in set(_LATIN_WORD.findall(haystack)):
        for name, apps in index.by_first_word.get(word, ()):
            if _contains_name(haystack, name):
                found.update(apps)
    if index.by_han_name:
        flat = haystack.replace(" ", "")
        for name, apps in index.by_han_name.items():
            if name in flat:
                found.update(apps)
    return found


def _hits(
    index: ApplicationIndex, table: dict[str, list[int]], keys: Iterable[str]
) -> list[Application]:
    found = sorted({i for key in keys for i in table.get(key, [])})
    return [index.applications[i] for i in found]


def match_mail(
    mail: ParsedMail,
    applications: Sequence[Application] | ApplicationIndex,
    *,
    own_addresses: Collection[str] = (),
) -> MailMatch | None:
    """The application `mail` belongs to, or None. Pure: reads only its arguments.

    Tried in order of certainty: the thread (In-Reply-To/References, or the bounced message's
    Message-ID, against the application's messages), a contact's address, the company's
    domain, the company an ATS sender names, and finally company names in subject and body.
    Pass an `index_applications(...)` result when matching many messages.
    """
    index = (
        applications
        if isinstance(applications, ApplicationIndex)
        else index_applications(applications)
    )
    own = {a.lower() for a in own_addresses}
    text = f"{mail.subject}\n{mail.text}".lower()
    thread = {m.lower() for m in mail.thread_ids}
    bounce = find_bounce(mail)
    if bounce is not None and bounce.original_message_id:
        thread.add(normalize_message_id(bounce.original_message_id).lower())
    hits = _hits(index, index.by_message_id, thread)
    if hits:
        return _pick(hits, "thread", "reply in a thread of this application", text)
    counterparts = [c for c in _counterparts(mail, own, bounce) if c not in own]
    hits = _hits(index, index.by_contact, counterparts)
    if hits:
        return _pick(hits, "contact", f"from or to a contact ({counterparts[0]})", text)
    domains = {c.rpartition("@")[2] for c in counterparts}
    hits = _hits(index, index.by_domain, {registrable_domain(d) for d in domains if d})
    if hits:
        return _pick(hits, "company-domain", f"company domain ({sorted(domains)[0]})", text)
    if bounce is not None:
        hits = [index.applications[i] for i in sorted(_mistyped_hits(index, domains))]
        if hits:
            return _pick(
                hits, "mistyped-domain", "bounced address resembles the company domain", text
            )
    ats_company = _ats_company(mail)
    if ats_company:
        found = set(index.by_squashed_name.get(_squash(ats_company), ()))
        hits = [index.applications[i] for i in sorted(found | _names_in(index, ats_company))]
        if hits:
            return _pick(hits, "ats", f"ATS message for {ats_company}", text)
    hits = [index.applications[i] for i in sorted(_names_in(index, text))]
    if hits:
        return _pick(hits, "names", "company named in the message", text)
    return None
