"""The result of a contact check: what each document gives, and the findings with their fixes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Code(StrEnum):
    """Finding codes of DESIGN.md, plus email-unchecked for a DNS check that could not run."""

    EMAIL_TYPO = "email-typo"
    EMAIL_INVALID = "email-invalid"
    EMAIL_UNDELIVERABLE = "email-undeliverable"
    EMAIL_UNCHECKED = "email-unchecked"
    PHONE_INVALID = "phone-invalid"
    CONTACT_MISSING = "contact-missing"
    CONTACT_MISMATCH = "contact-mismatch"
    NO_TEXT_LAYER = "no-text-layer"
    UNREADABLE = "unreadable"


class Severity(StrEnum):
    PROBLEM = "problem"  # something to fix: the check fails (exit code 4)
    NOTICE = "notice"  # something that could not be checked; nothing to fix


RESUME = "resume"
COVER_LETTER = "cover_letter"
BOTH = "both"
RECORD = "record"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: `document` names the document that has it (`both` for a disagreement
    between the documents, or a problem they share; `record` for the application's record).

    `message` and `fix` are English; `translations` holds them in other languages
    ({"zh": (message, fix)}), read through `words(language)`."""

    code: Code
    document: str
    value: str | None
    suggestion: str | None
    message: str
    fix: str
    severity: Severity = Severity.PROBLEM
    translations: Mapping[str, tuple[str, str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def words(self, language: str = "en") -> tuple[str, str]:
        """(message, fix) in `language`, English when there is no rendering in it."""
        return self.translations.get(language, (self.message, self.fix))

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        message, fix = self.words(language)
        return {
            "code": str(self.code),
            "document": self.document,
            "value": self.value,
            "suggestion": self.suggestion,
            "message": message,
            "fix": fix,
            "severity": str(self.severity),
        }


@dataclass(slots=True)
class DocumentContacts:
    """What one document gives: addresses as written (normalised), E.164 phones, profile links,
    and the attempts that cannot work, as written (`invalid_emails`, `invalid_phones`)."""

    document: str
    path: str
    format: str | None = None
    readable: bool = True
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    invalid_emails: list[str] = field(default_factory=list)
    invalid_phones: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "readable": self.readable,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "links": list(self.links),
            "invalid_emails": list(self.invalid_emails),
            "invalid_phones": list(self.invalid_phones),
        }


@dataclass(slots=True)
class ContactCheck:
    """The whole check: per document the contacts found, and every finding."""

    documents: list[DocumentContacts]
    findings: list[Finding]
    region: str | None
    online: bool = False

    @property
    def has_problems(self) -> bool:
        return any(finding.severity is Severity.PROBLEM for finding in self.findings)

    def find_document(self, name: str) -> DocumentContacts | None:
        return next((doc for doc in self.documents if doc.document == name), None)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        """The JSON contract; the findings' `message` and `fix` in `language` (`en`, `zh`)."""
        return {
            "region": self.region,
            "online": self.online,
            "ok": not self.has_problems,
            "documents": {document.document: document.to_dict() for document in self.documents},
            "findings": [finding.to_dict(language) for finding in self.findings],
        }
