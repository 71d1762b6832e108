"""The words of the contact check: a plain message and a fix for every kind of finding."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from unghost.documents.findings import (
    BOTH,
    COVER_LETTER,
    RECORD,
    RESUME,
    Code,
    Finding,
    Severity,
)

_SUBJECTS = {
    RESUME: "Your resume",
    COVER_LETTER: "Your cover letter",
    BOTH: "Your resume and cover letter",
    RECORD: "The application's record",
}
_PLACES = {
    RESUME: "your resume",
    COVER_LETTER: "your cover letter",
    BOTH: "both documents",
    RECORD: "the application's record",
}
_MISSING_FIX = {
    RESUME: "Put your email address and phone number at the top of your resume.",
    COVER_LETTER: (
        "Write your email address and phone number on the cover letter too, even though they "
        "are on your resume: the person who decides may only have the letter in hand."
    ),
    RECORD: "Add the {what} you applied with to the application.",
}
_FIX_PDF = (
    "Export it again from your word processor as PDF or DOCX, check that it opens, "
    "and check it again."
)


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before its words: merged across documents first, then rendered."""

    code: Code
    document: str
    value: str | None = None
    suggestion: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.PROBLEM

    def moved_to(self, document: str) -> Draft:
        return replace(self, document=document)


def render(draft: Draft) -> Finding:
    """The finding with its message and fix."""
    message, fix = _WORDS[draft.code](draft, _SUBJECTS[draft.document], _PLACES[draft.document])
    return Finding(
        code=draft.code,
        document=draft.document,
        value=draft.value,
        suggestion=draft.suggestion,
        message=message,
        fix=fix,
        severity=draft.severity,
    )


def _typo(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"{subject} gives {d.value}: {d.facts['domain']} looks like a typo of "
        f"{d.facts['fixed_domain']}, so mail to you would be lost.",
        f"Change it to {d.suggestion} in {place} if that is your address.",
    )


def _invalid(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"{subject} gives {d.value}, which is not a valid email address: {d.facts['reason']}",
        f"Correct the address in {place}: copy it from your mail program's account settings.",
    )


def _undeliverable(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"Mail to {d.value} cannot be delivered: the domain {d.facts['domain']} does not exist "
        "or has no mail server.",
        f"Check the address in {place} for a typo, or give one you read every day.",
    )


def _unchecked(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"Could not check whether {d.facts['domain']} accepts mail: {d.facts['reason']}.",
        "Nothing to change; run the check again with a working connection to be sure.",
    )


def _phone(d: Draft, subject: str, place: str) -> tuple[str, str]:
    if d.facts.get("needs_region"):
        return (
            f"{subject} gives {d.value} without a country code, and no region was given "
            "to read it with.",
            f"Write it with its country code in {place} (+44 20 7946 0958, +86 138 0013 8000), "
            "or give the region (--region).",
        )
    return (
        f"{subject} gives {d.value}, which is not a valid phone number in region "
        f"{d.facts['region']}.",
        f"Check the digits in {place}; if the number is from another country, write it with "
        "its country code (+CC ...).",
    )


def _missing(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = "email address" if d.value == "email" else "phone number"
    return f"{subject} has no {what}.", _MISSING_FIX[d.document].format(what=what)


def _mismatch(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = "address" if d.facts["kind"] == "email" else "number"
    if d.document == BOTH:
        return (
            f"Your resume gives {d.facts['resume']} but your cover letter gives "
            f"{d.facts['cover_letter']}: HR may use either, and one of them may not reach you.",
            f"Use the same {what} in both documents.",
        )
    return (
        f"{subject} gives {d.value}, but the application was made with {d.suggestion}: "
        "replies may go where you don't look.",
        f"Use {d.suggestion} in {place}, or correct the application's record.",
    )


def _no_text(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = d.facts.get("image_kind")
    kind = f"is {what}" if what else "is a scan or an image-only PDF"
    return (
        f"{d.value} {kind}, with no text layer: applicant tracking systems (and this check) "
        "cannot read the contact details on it.",
        "Export it from your word processor as PDF or DOCX instead of scanning or "
        "photographing it, or run text recognition (OCR) on it.",
    )


def _unreadable(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return d.facts["message"], d.facts.get("hint") or _FIX_PDF


_WORDS = {
    Code.EMAIL_TYPO: _typo,
    Code.EMAIL_INVALID: _invalid,
    Code.EMAIL_UNDELIVERABLE: _undeliverable,
    Code.EMAIL_UNCHECKED: _unchecked,
    Code.PHONE_INVALID: _phone,
    Code.CONTACT_MISSING: _missing,
    Code.CONTACT_MISMATCH: _mismatch,
    Code.NO_TEXT_LAYER: _no_text,
    Code.UNREADABLE: _unreadable,
}
