"""Documents: reading resumes and cover letters safely, and checking the contact details in them."""

from unghost.documents.check import check_candidate, check_documents, check_read_documents
from unghost.documents.deliverability import DnsResolver, DomainResolver, DomainStatus
from unghost.documents.errors import UnreadableDocumentError
from unghost.documents.extract import extract_document
from unghost.documents.extracted import ExtractedText
from unghost.documents.findings import Code, ContactCheck, DocumentContacts, Finding, Severity
from unghost.documents.limits import Limits, load_limits
from unghost.documents.typos import suggest_address, suggest_domain

__all__ = [
    "Code",
    "ContactCheck",
    "DnsResolver",
    "DocumentContacts",
    "DomainResolver",
    "DomainStatus",
    "ExtractedText",
    "Finding",
    "Limits",
    "Severity",
    "UnreadableDocumentError",
    "check_candidate",
    "check_documents",
    "check_read_documents",
    "extract_document",
    "load_limits",
    "suggest_address",
    "suggest_domain",
]
