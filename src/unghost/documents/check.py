"""The contact check: can HR reach you from your resume and cover letter, and do they agree?"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from unghost.documents import judge
from unghost.documents.contacts import FoundContacts, find_contacts, infer_region
from unghost.documents.deliverability import DnsResolver, DomainResolver
from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extract import extract_document
from unghost.documents.extracted import ExtractedText
from unghost.documents.findings import (
    COVER_LETTER,
    RESUME,
    ContactCheck,
    DocumentContacts,
    Finding,
)
from unghost.documents.limits import Limits
from unghost.documents.messages import Draft
from unghost.domain.records import Candidate

Read = ExtractedText | UnreadableDocumentError


def check_documents(
    resume: Path,
    cover_letter: Path | None = None,
    *,
    region: str | None,
    record: Candidate | None = None,
    online: bool = False,
    resolver: DomainResolver | None = None,
    limits: Limits | None = None,
) -> ContactCheck:
    """Read the resume (and cover letter) and check the contact details they give.

    `region` (ISO 3166 alpha-2) reads numbers written without +CC; None infers it from the
    documents. `record` is the application's candidate record, the reference the documents
    are compared with. `online` asks DNS whether each mail domain accepts mail, through
    `resolver` (default: a real DNS resolver). A document that cannot be read becomes an
    `unreadable` finding; the other one is still checked.
    """
    paths = {RESUME: resume} | ({COVER_LETTER: cover_letter} if cover_letter else {})
    read: dict[str, tuple[str, Read]] = {}
    for name, path in paths.items():
        read[name] = (str(path), _read(path, limits))
    if online and resolver is None:
        resolver = DnsResolver(timeout_s=limits.dns_timeout_s if limits else None)
    return check_read_documents(
        read, region=region, record=record, resolver=resolver if online else None
    )


def check_read_documents(
    read: Mapping[str, tuple[str, Read]],
    *,
    region: str | None,
    record: Candidate | None = None,
    resolver: DomainResolver | None = None,
) -> ContactCheck:
    """The check on documents already read: {"resume": (path, text or error), ...}.

    Pure apart from `resolver`, which is only asked when given (the online check).
    """
    texts = [result.text for _, result in read.values() if isinstance(result, ExtractedText)]
    if region is None:
        region = infer_region(texts)
    elif region:
        region = region.upper()
    drafts: list[Draft] = []
    documents: list[DocumentContacts] = []
    found: dict[str, FoundContacts] = {}
    for name, (path, result) in read.items():
        contacts = DocumentContacts(document=name, path=path)
        documents.append(contacts)
        if isinstance(result, UnreadableDocumentError):
            contacts.readable = False
            drafts.append(judge.unreadable(name, result))
            continue
        contacts.format = str(result.format)
        found[name] = find_contacts(result, region)
        judge.fill_contacts(contacts, found[name])
        if not result.has_text_layer:
            drafts.append(judge.no_text_layer(name, Path(path).name, result))
            continue
        drafts.extend(judge.check_found(name, found[name], region))
    drafts.extend(judge.check_agreement(found, region))
    if record is not None:
        drafts.extend(judge.check_record(record, region))
        drafts.extend(judge.check_against_record(found, record, region))
    if resolver is not None:
        drafts.extend(judge.check_delivery(found, record, resolver))
    return ContactCheck(
        documents=documents,
        findings=judge.finish(drafts),
        region=region,
        online=resolver is not None,
    )


def check_candidate(candidate: Candidate, region: str | None) -> list[Finding]:
    """Findings on the contact details of an application's record (`document` is "record").

    Pure: no DNS. Evidence for the contact-info reason of the diagnosis.
    """
    return judge.finish(judge.check_record(candidate, region.upper() if region else None))


def _read(path: Path, limits: Limits | None) -> Read:
    try:
        return extract_document(path, limits)
    except UnreadableDocumentError as exc:
        return exc
    except Exception as exc:  # a hostile file must never stop the check of the other one
        return UnreadableDocumentError(
            path.name, f"reading it failed unexpectedly ({type(exc).__name__})"
        )
