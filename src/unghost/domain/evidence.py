"""Evidence from outside the application record: contact problems, posting states, mail signals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from unghost.domain.wording import Words

CONTACT_CODES = frozenset(
    {
        "email-typo",
        "email-invalid",
        "email-undeliverable",
        "phone-invalid",
        "contact-missing",
        "contact-mismatch",
        "no-text-layer",
        "unreadable",
        "bounce",
    }
)
# What the application's own record leaves blank says nothing of what the employer holds: the
# resume and letter they received carry the candidate's details, and a record kept without a
# phone number is only a shorter note. A missing detail is evidence in a document, not there.
NOT_EVIDENCE_ON_RECORD = frozenset({"contact-missing"})


def is_contact_evidence(code: str, document: str | None) -> bool:
    """Whether a contact-check finding speaks for the contact-info reason of the diagnosis."""
    return not (document == "record" and code in NOT_EVIDENCE_ON_RECORD)


POSTING_STATES = frozenset({"open", "closed", "reposted", "unreachable"})
# The one list of mail signal kinds. The mail reader finds the PATTERN kinds with the patterns
# of mail_patterns.toml [signals] and `decision-date` with its date finder; the diagnosis
# weighs every kind (tests/unit/test_value_lists.py checks that both sides agree).
PATTERN_SIGNAL_KINDS = (
    "budget",
    "holiday",
    "busy",
    "reorganisation",
    "hiring-freeze",
    "requisition-cancelled",
    "position-filled",
    "other-candidates",
    "new-position",
)
DECISION_DATE = "decision-date"
SIGNAL_KINDS = frozenset((*PATTERN_SIGNAL_KINDS, DECISION_DATE))


@dataclass(frozen=True, slots=True)
class ContactProblem:
    """A problem with the candidate's own contact details (a contact-check finding, a bounce)."""

    code: str  # one of CONTACT_CODES
    value: str | None
    message: (
        str | Words
    )  # a sentence for the user, used as evidence as is (Words: with its Chinese)
    on: dt.date | None = None


def contact_factor(problem: ContactProblem) -> str:
    """The name of a contact problem's factor (reasons.toml [factor.contact-info]): its code,
    but a missing phone number apart from a missing email, since the employer can still write."""
    if problem.code == "contact-missing" and problem.value == "phone":
        return "contact-missing-phone"
    return problem.code


def is_urgent(problem: ContactProblem) -> bool:
    """Whether fixing the problem comes before the follow-ups: every wrong or missing detail
    but a phone number missing beside an email (worth adding, not worth the next step)."""
    return contact_factor(problem) != "contact-missing-phone"


@dataclass(frozen=True, slots=True)
class PostingEvent:
    """One observation of the job posting by the watcher or the user."""

    on: dt.date
    state: str  # open | closed | reposted | unreachable


@dataclass(frozen=True, slots=True)
class MailSignal:
    """Something the employer's mail said, found by the mail classifier."""

    on: dt.date
    kind: str  # one of SIGNAL_KINDS
    date: dt.date | None = None  # decision-date: the date named; holiday: the day they are back
    text: str | None = None  # the words that carried the signal, for the evidence sentence
