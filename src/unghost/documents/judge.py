"""The rules of the contact check: which found contacts are problems, as drafts of findings."""

from __future__ import annotations

from collections.abc import Mapping
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
from unghost.documents.phonereasons import explain_phone
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
    contacts.invalid_emails = [broken.raw for broken in found.broken_emails]
    contacts.invalid_phones = [phone.raw for phone in found.phones if not phone.e164]


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
    for broken in found.broken_emails:
        facts = {"why": broken.reason, "detail": broken.detail, "reason": broken.reason}
        suggestion = broken.suggestion
        if suggestion and (fixed := suggest_address(suggestion)):
            suggestion = fixed  # jane@gmial,com: the comma and the typo
        drafts.append(Draft(Code.EMAIL_INVALID, name, broken.raw, suggestion, facts))
    drafts.extend(judge_phone(name, phone, region) for phone in found.phones if not phone.e164)
    for kind, visible, target in found.link_conflicts:
        facts = {"kind": "link", "what": kind, "visible": visible, "target": target}
        drafts.append(Draft(Code.CONTACT_MISMATCH, name, target, visible, facts))
    if not found.emails and not found.broken_emails:
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
    """A phone-invalid draft saying what is wrong: the digits too few or too many for the
    country, an area code or mobile prefix that does not exist, an unknown country code."""
    facts: dict[str, object] = {"region": region or "unknown", "needs_region": phone.needs_region}
    suggestion = None
    if phone.miswritten:
        facts.update(why="miswritten", number_region=region)
        return Draft(Code.PHONE_INVALID, document, phone.raw, phone.miswritten, facts)
    if not phone.needs_region:
        reason = explain_phone(phone.raw, region)
        facts.update(
            why=reason.why, number_region=reason.region, digits=reason.digits,
            expected=reason.expected, prefix=reason.prefix,
        )  # fmt: skip
        suggestion = reason.suggestion
    return Draft(Code.PHONE_INVALID, document, phone.raw, suggestion, facts)


def check_agreement(found: Mapping[str, FoundContacts], region: str | None) -> list[Draft]:
    """contact-mismatch when the resume and the cover letter share no address or no number,
    also when one is a typo of the other (the typo is its own finding as well)."""
    if RESUME not in found or COVER_LETTER not in found:
        return []
    resume, letter = found[RESUME], found[COVER_LETTER]
    drafts = []
    resume_emails, letter_emails = resume.email_keys(), letter.email_keys()
    if resume_emails and letter_emails and not resume_emails & letter_emails:
        drafts.append(_disagreement("email", _first_email(resume), _first_email(letter)))
    resume_phones, letter_phones = resume.phone_keys(), letter.phone_keys()
    if resume_phones and letter_phones and not resume_phones & letter_phones:
        drafts.append(_disagreement("phone", _first_phone(resume), _first_phone(letter)))
    return drafts


def _first_email(contacts: FoundContacts) -> str:
    written = [(e.start, e.address) for e in contacts.emails]
    written += [(b.start, b.raw) for b in contacts.broken_emails]
    return min(written)[1]


def _first_phone(contacts: FoundContacts) -> str:
    phone = min(contacts.phones, key=lambda p: p.start)
    return phone.e164 or phone.raw


def _disagreement(kind: str, resume_value: str, letter_value: str) -> Draft:
    facts = {"kind": kind, RESUME: resume_value, COVER_LETTER: letter_value}
    return Draft(Code.CONTACT_MISMATCH, BOTH, letter_value, resume_value, facts)


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
    """contact-mismatch for each document whose address or number is not the record's, also
    when one is a typo of the other."""
    drafts = []
    record_phone = parse_phone(record.phone, region) if record.phone else None
    for name, contacts in found.items():
        keys = contacts.email_keys()
        if record.email and keys and canonical_email(record.email) not in keys:
            value, facts = _first_email(contacts), {"kind": "email"}
            drafts.append(Draft(Code.CONTACT_MISMATCH, name, value, record.email.strip(), facts))
        phones = contacts.phone_keys()
        if record_phone and record_phone.e164 and phones and record_phone.e164 not in phones:
            facts = {"kind": "phone"}
            value = _first_phone(contacts)
            drafts.append(Draft(Code.CONTACT_MISMATCH, name, value, record_phone.e164, facts))
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
        key = (draft.code, _merge_key(draft))
        if draft.code in _SHAREABLE and draft.document in (RESUME, COVER_LETTER):
            if key in index and merged[index[key]].document != draft.document:
                merged[index[key]] = merged[index[key]].moved_to(BOTH)
                continue
            index[key] = len(merged)
        merged.append(draft)
    return [render(draft) for draft in merged]


def _merge_key(draft: Draft) -> str | None:
    """Two spellings of one broken number ("(212)555-019", "(212) 555-019") are one problem."""
    if draft.code is Code.PHONE_INVALID and draft.value:
        return "".join(ch for ch in draft.value if ch.isdigit() or ch == "+")
    return draft.value.lower() if draft.value else draft.value


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()
