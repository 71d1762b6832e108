"""Gathers the contacts of one document: addresses, numbers and profile links, text and links."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from unghost.documents.candidates import BrokenEmail
from unghost.documents.emails import FoundEmail, canonical_email, find_email_attempts, find_emails
from unghost.documents.extracted import ExtractedText
from unghost.documents.links import find_links, parse_link_target
from unghost.documents.phones import UNKNOWN_REGION, FoundPhone, find_phones, parse_phone
from unghost.documents.text import normalize_text

_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7af]")
_HAN = re.compile("[\u4e00-\u9fff]")
_INTERNATIONAL = re.compile(r"\+\d")


@dataclass(slots=True)
class FoundContacts:
    """One document's contacts, each once (two spellings of one contact are one contact)."""

    emails: list[FoundEmail] = field(default_factory=list)
    phones: list[FoundPhone] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    broken_emails: list[BrokenEmail] = field(default_factory=list)
    # (kind, visible text, target): a link whose text gives another contact than its target
    link_conflicts: list[tuple[str, str, str]] = field(default_factory=list)

    def email_keys(self) -> set[str]:
        """Every address the document gives, as written (broken ones too), one key per mailbox."""
        keys = {canonical_email(email.address) for email in self.emails}
        keys.update(broken.raw.lower() for broken in self.broken_emails)
        return keys

    def phone_keys(self) -> set[str]:
        return {phone.e164 or re.sub(r"\D", "", phone.raw) for phone in self.phones}


def find_contacts(extracted: ExtractedText, region: str | None) -> FoundContacts:
    """The contacts in a document's text and behind its links, numbers read for `region`."""
    text = normalize_text(extracted.text)
    emails, broken = find_email_attempts(text)
    phones = find_phones(text, region)
    links = find_links(text)
    conflicts = _link_conflicts(extracted.link_texts, region)
    for target in extracted.link_targets:
        parsed = parse_link_target(target)
        if parsed is None:
            continue
        kind, value = parsed
        if kind == "email":
            emails.append(FoundEmail(value, len(text)))
        elif kind == "phone" and (phone := parse_phone(value, region)) is not None:
            phones.append(phone)
        elif kind == "link":
            links.append(value)
    return FoundContacts(
        _unique_emails(emails), _unique_phones(phones), _unique_links(links), broken, conflicts
    )


def _link_conflicts(
    link_texts: Iterable[tuple[str, str]], region: str | None
) -> list[tuple[str, str, str]]:
    """Links whose visible text is an address or number other than the one they open."""
    conflicts = []
    for target, visible in link_texts:
        parsed = parse_link_target(target)
        if parsed is None:
            continue
        kind, value = parsed
        shown = normalize_text(visible).strip()
        if kind == "email":
            if "@" not in shown:
                continue  # "Email me": nothing to compare
            written = find_emails(shown)
            if written and canonical_email(written[0].address) != canonical_email(value):
                conflicts.append(("email", written[0].address, value))
        elif kind == "phone" and sum(ch.isdigit() for ch in shown) >= 6:
            target_phone, shown_phone = parse_phone(value, region), parse_phone(shown, region)
            keys = [
                p.e164 or re.sub(r"\D", "", p.raw) if p else None
                for p in (target_phone, shown_phone)
            ]
            if keys[0] and keys[1] and keys[0] != keys[1]:
                conflicts.append(("phone", shown, value))
    return conflicts


def infer_region(texts: Iterable[str]) -> str | None:
    """The region to read national numbers with when none was given: the country of the first
    +CC number, else the script (kana: JP, hangul: KR, Han: CN), else None."""
    normalised = [normalize_text(text) for text in texts]
    for text in normalised:
        if not _INTERNATIONAL.search(text):
            continue
        for phone in find_phones(text, UNKNOWN_REGION):
            if phone.region:
                return phone.region
    joined = "".join(normalised)
    if _KANA.search(joined):
        return "JP"
    if _HANGUL.search(joined):
        return "KR"
    if _HAN.search(joined):
        return "CN"
    return None


def _unique_emails(emails: list[FoundEmail]) -> list[FoundEmail]:
    seen: dict[str, FoundEmail] = {}
    for email in emails:
        seen.setdefault(canonical_email(email.address), email)
    return list(seen.values())


def _unique_phones(phones: list[FoundPhone]) -> list[FoundPhone]:
    seen: dict[str, FoundPhone] = {}
    for phone in phones:
        key = phone.e164 or re.sub(r"\D", "", phone.raw)
        seen.setdefault(key, phone)
    return list(seen.values())


def _unique_links(links: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for link in links:
        seen.setdefault(link.lower().split("://", 1)[-1].rstrip("/"), link)
    return list(seen.values())
