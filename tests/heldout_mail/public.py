"""Real public samples as independent cases: Kaggle rejections, JustAJobApp, flanker, mail-parser.

They are read from /work/shared/external-testdata (never copied into the project); every loader
returns [] when the files are absent, and the tests that need them skip.
"""

from __future__ import annotations

import base64
import csv
import html
import json
from email.message import EmailMessage
from email.policy import SMTP

from tests.heldout_mail.builder import Case, Knowledge
from tests.shared_data import external_testdata

SHARED = external_testdata()
# Ground truth read by hand from each bounce's report: the address that did not get the mail.
FLANKER_BOUNCES = {
    "broken-mime.eml": "info@example.net",
    "delayed-broken.eml": "demo@example.com",
    "delayed.eml": "foo@example.com",
    "gmail-invalid-address.eml": "awfawfawfawfawfaw@someserverhere.com",
    "gmail-no-dns.eml": "user@example.comm",
    "mailbox-full.eml": "user@aol.com",
    "no-mx.eml": "user@example.com",
    "office365.eml": "noname@example.com",
    "zed.eml": "asdfasdfasdfasdfasdfasdfewrqertrtyrthsfgdfgadfqeadvxzvz@gmail.com",
}
MAIL_PARSER_BOUNCES = {"mail_malformed_2.eml": "abh@netpar.com.br"}
# Non-employer mail of the parser test suites: newsletters, spam, forwards, read receipts, tests.
UNRELATED_DIRS = ("mail/flanker", "mail/mail-parser")


def kaggle_cases() -> list[Case]:
    """The 129 real bodies of the Kaggle set: `rejection` (reject) or `not-rejection` (the rest).

    A not-rejection row may be an acknowledgement, an assessment receipt, a code or an agency's
    pitch: it is right whenever it is not called a decision against the candidate.
    """
    path = SHARED / "recruiting_emails" / "kaggle_sethpoly_application_rejection_emails.csv"
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.DictReader(handle)):
            msg = EmailMessage(policy=SMTP)
            msg["From"] = "Hiring Team <jobs@employer.example>"
            msg["To"] = "seth@example.com"
            msg["Subject"] = "Your application"
            msg["Date"] = "Mon, 05 Oct 2026 10:00:00 +0000"
            msg["Message-ID"] = f"<kaggle-{i}@employer.example>"
            msg.set_content(row["Email"])
            label = "rejection" if row["Status"].strip() == "reject" else "not-rejection"
            out.append(Case(msg.as_bytes(), label, "en", label, "kaggle"))
    return out


def justajobapp_cases() -> list[Case]:
    """JustAJobApp's Gmail-API calendar invitation, rebuilt as MIME: an interview invite."""
    path = SHARED / "recruiting_emails" / "justajobapp" / "gmail_api_message_interview_invite.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    headers = {h["name"]: h["value"] for h in data["payload"]["headers"]}
    msg = EmailMessage(policy=SMTP)
    for name in ("From", "To", "Reply-To", "Sender", "Subject", "Date", "Message-ID"):
        if name in headers:
            msg[name] = headers[name]
    msg.set_content(html.unescape(data["snippet"]))
    msg.add_attachment(
        base64.b64decode(base64.b64encode(b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n")),
        maintype="text", subtype="calendar", params={"method": "REQUEST"},
    )  # fmt: skip
    return [Case(msg.as_bytes(), "interview-invite", "en", "interview-invite", "justajobapp")]


def bounce_cases() -> list[Case]:
    """Real bounces of flanker and mail-parser, each with the address that failed."""
    out = []
    for folder, table in (
        ("mail/flanker/bounce", FLANKER_BOUNCES),
        ("mail/mail-parser", MAIL_PARSER_BOUNCES),
    ):
        for name, failed in table.items():
            path = SHARED / folder / name
            if path.exists():
                out.append(Case(path.read_bytes(), "bounce", "en", "bounce:real", f"{folder}/{name}",
                                failed_recipient=failed))  # fmt: skip
    return out


def unrelated_cases() -> list[Case]:
    """The parser suites' other messages: none of them is from an employer."""
    out = []
    for folder in UNRELATED_DIRS:
        base = SHARED / folder
        if not base.is_dir():
            continue
        for path in sorted(base.glob("*.eml")):
            if path.name in MAIL_PARSER_BOUNCES:
                continue
            out.append(Case(path.read_bytes(), "unrelated", "en", "unrelated:real",
                            f"{folder}/{path.name}", Knowledge()))  # fmt: skip
    return out


def public_cases() -> list[Case]:
    return justajobapp_cases() + bounce_cases() + unrelated_cases()
