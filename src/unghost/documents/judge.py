"""The rules of the contact check: which found contacts are problems, as drafts of findings."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache

from email_validator import EmailNotValidError, ValidatedEmail, validate_email

from unghost.documents.contacts import FoundContacts
from unghost.documents.deliverability import DomainResolver, DomainStatus
from unghost.documents.emails import canonical_email
from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extracted import ExtractedText
from unghost.documents.findings import (
    BOTH,
    COVER_LETTER,
    RECORD,
    RESUME,
    Code,
    DocumentContacts,
    Finding,
    Severity,
)
from unghost.documents.messages import Draft, render
from unghost.documents.phones import FoundPhone, parse_phone
from unghost.documents.typos import load_mail_domains, suggest_address
from unghost.domain.records import Candidate

# Problems with one contact that both documents share become one finding on "both".
_SHAREABLE = {
    Code.EMAIL_TYPO,
    Code.EMAIL_INVALID,
    Code.EMAIL_UNDELIVERABLE,
    Code.EMAIL_UNCHECKED,
    Code.PHONE_INVALID,
}


def unreadable(name: str, error: UnreadableDocumentError) -> Draft:
    facts = {"message": str(error), "hint": error.hint, "reason": error.reason}
    return Draft(Code.UNREADABLE, name, value=error.name, facts=facts)


def no_text_layer(name: str, filename: str, extracted: ExtractedText) -> Draft:
    return Draft(
        Code.NO_TEXT_LAYER, name, value=filename, facts={"image_kind": extracted.image_kind}
    )


def fill_contacts(contacts: DocumentContacts, found: FoundContacts) -> None:
    """Lists what a document gives: addresses normalised, valid numbers as E.164, links."""
    contacts.emails = [normalized_email(email.address) for email in found.emails]
    contacts.phones = [phone.e164 for phone in found.phones if phone.e164]
    contacts.links = list(found.links)


def normalized_email(address: str) -> str:
    """email-validator's normal form (lower-case domain, NFC), or the address as written."""
    valid = _validated(address)
    return valid.normalized if isinstance(valid, ValidatedEmail) else address


@lru_cache(maxsize=1024)
def _validated(address: str) -> ValidatedEmail | str:
    """The syntax check (offline), or why it failed."""
    try:
        return validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)


def check_found(name: str, found: FoundContacts, region: str | None) -> list[Draft]:
    """Typos, invalid addresses and numbers, and missing contacts in one document."""
    drafts = [draft for email in found.emails if (draft := judge_email(name, email.address))]
    drafts.extend(judge_phone(name, phone, region) for phone in found.phones if not phone.e164)
    if not found.emails:
        drafts.append(Draft(Code.CONTACT_MISSING, name, value="email"))
    if not found.phones:
        drafts.append(Draft(Code.CONTACT_MISSING, name, value="phone"))
    return drafts


def judge_email(document: str, address: str) -> Draft | None:
    """An email-typo or email-invalid draft for `address`, or None when it looks right."""
    suggestion = suggest_address(address)
    if suggestion is not None:
        facts = {"domain": _domain(address), "fixed_domain": _domain(suggestion)}
        return Draft(Code.EMAIL_TYPO, document, address, suggestion, facts)
    valid = _validated(address)
    if isinstance(valid, str):
        return Draft(Code.EMAIL_INVALID, document, address, facts={"reason": valid})
    tld = valid.ascii_domain.rsplit(".", 1)[-1].lower()
    if not load_mail_domains().is_real_tld(tld) and not tld.startswith("xn--"):
        reason = f"there is no top-level domain .{tld}, so no mail can reach it."
        facts = {"reason": reason, "tld": tld}
        return Draft(Code.EMAIL_INVALID, document, valid.normalized, facts=facts)
    return None


def judge_phone(document: str, phone: FoundPhone, region: str | None) -> Draft:
    facts = {"region": region or "unknown", "needs_region": phone.needs_region}
    return Draft(Code.PHONE_INVALID, document, phone.raw, facts=facts)


def check_agreement(found: Mapping[str, FoundContacts], region: str | None) -> list[Draft]:
    """contact-mismatch when the resume and the cover letter share no address or no number."""
    if RESUME not in found or COVER_LETTER not in found:
        return []
    resume, letter = found[RESUME], found[COVER_LETTER]
    drafts = []
    resume_emails = _email_keys(email.address for email in resume.emails)
    letter_emails = _email_keys(email.address for email in letter.emails)
    if resume_emails and letter_emails and not resume_emails & letter_emails:
        drafts.append(_disagreement("email", resume.emails[0].address, letter.emails[0].address))
    resume_phones = {phone.e164 for phone in resume.phones if phone.e164}
    letter_phones = {phone.e164 for phone in letter.phones if phone.e164}
    if resume_phones and letter_phones and not resume_phones & letter_phones:
        first = next(p.e164 for p in resume.phones if p.e164)
        other = next(p.e164 for p in letter.phones if p.e164)
        drafts.append(_disagreement("phone", str(first), str(other)))
    return drafts


def _disagreement(kind: str, resume_value: str, letter_value: str) -> Draft:
    facts = {"kind": kind, RESUME: resume_value, COVER_LETTER: letter_value}
    return Draft(Code.CONTACT_MISMATCH, BOTH, letter_value, resume_value, facts)


def _email_keys(addresses: Iterable[str]) -> set[str]:
    """Canonical addresses, and the corrected spelling of mistyped ones (a typo is one finding,
    not also a disagreement)."""
    keys = set()
    for address in addresses:
        keys.add(canonical_email(address))
        if (fixed := suggest_address(address)) is not None:
            keys.add(canonical_email(fixed))
    return keys


def check_record(candidate: Candidate, region: str | None, document: str = RECORD) -> list[Draft]:
    """Problems with the contact details kept on the application's record."""
    drafts: list[Draft] = []
    if candidate.email:
        if draft := judge_email(document, candidate.email.strip()):
            drafts.append(draft)
    else:
        drafts.append(Draft(Code.CONTACT_MISSING, document, value="email"))
    if candidate.phone:
        phone = parse_phone(candidate.phone, region)
        if phone is None or not phone.e164:
            phone = phone or FoundPhone(candidate.phone.strip(), 0, None)
            drafts.append(judge_phone(document, phone, region))
    else:
        drafts.append(Draft(Code.CONTACT_MISSING, document, value="phone"))
    return drafts


def check_against_record(
    found: Mapping[str, FoundContacts], record: Candidate, region: str | None
) -> list[Draft]:
    """contact-mismatch for each document whose address or number is not the record's."""
    drafts = []
    record_phone = parse_phone(record.phone, region) if record.phone else None
    for name, contacts in found.items():
        if record.email and contacts.emails:
            keys = _email_keys(email.address for email in contacts.emails)
            if canonical_email(record.email) not in keys:
                value = contacts.emails[0].address
                facts = {"kind": "email"}
                drafts.append(
                    Draft(Code.CONTACT_MISMATCH, name, value, record.email.strip(), facts)
                )
        phones = [phone.e164 for phone in contacts.phones if phone.e164]
        if record_phone and record_phone.e164 and phones and record_phone.e164 not in phones:
            facts = {"kind": "phone"}
            drafts.append(Draft(Code.CONTACT_MISMATCH, name, phones[0], record_phone.e164, facts))
    return drafts


def check_delivery(
    found: Mapping[str, FoundContacts], record: Candidate | None, resolver: DomainResolver
) -> list[Draft]:
    """email-undeliverable for addresses whose domain takes no mail; email-unchecked notices."""
    addresses: list[tuple[str, str]] = [
        (name, email.address) for name, contacts in found.items() for email in contacts.emails
    ]
    if record is not None and record.email:
        addresses.append((RECORD, record.email.strip()))
    statuses: dict[str, DomainStatus] = {}
    noticed: set[tuple[str, str]] = set()
    drafts = []
    for document, address in addresses:
        if judge_email(document, address) is not None:
            continue  # already a typo or invalid: DNS has nothing to add
        domain = _domain(normalized_email(address))
        if domain not in statuses:
            statuses[domain] = resolver.lookup(domain)
        if (document, domain) not in noticed:
            noticed.add((document, domain))
            drafts.extend(_unchecked(document, domain, statuses[domain]))
        if statuses[domain] is DomainStatus.NO_MAIL:
            facts = {"domain": domain}
            drafts.append(Draft(Code.EMAIL_UNDELIVERABLE, document, address, facts=facts))
    return drafts


def _unchecked(document: str, domain: str, status: DomainStatus) -> list[Draft]:
    reasons = {
        DomainStatus.TIMEOUT: "DNS did not answer in time",
        DomainStatus.UNKNOWN: "no DNS server could be reached (are you offline?)",
    }
    if status not in reasons:
        return []
    facts = {"domain": domain, "reason": reasons[status], "status": status.value}
    return [Draft(Code.EMAIL_UNCHECKED, document, domain, facts=facts, severity=Severity.NOTICE)]


def finish(drafts: list[Draft]) -> list[Finding]:
    """Merge a problem both documents share into one finding on "both", then word them."""
    merged: list[Draft] = []
    index: dict[tuple[Code, str | None], int] = {}
    for draft in drafts:
        key = (draft.code, draft.value)
        if draft.code in _SHAREABLE and draft.document in (RESUME, COVER_LETTER):
            if key in index and merged[index[key]].document != draft.document:
                merged[index[key]] = merged[index[key]].moved_to(BOTH)
                continue
            index[key] = len(merged)
        merged.append(draft)
    return [render(draft) for draft in merged]


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()
