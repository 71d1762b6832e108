"""The record `unghost mail classify FILE.eml --json` prints for one message file: the file
read (a missing or unreadable one is a one-line error), its label from mail/classify.py, and
what the contract names of the message, its bounce and its signals (DESIGN.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from unghost.errors import MailError, NotFoundError
from unghost.mail.classify import classify_mail
from unghost.mail.parse import parse_mail
from unghost.mail.signals import Signal


def _signal_json(signal: Signal) -> dict[str, str | None]:
    return {
        "kind": signal.kind,
        "text": signal.text,
        "on": signal.on.isoformat() if signal.on else None,
    }


def classify_file(path: Path) -> dict[str, Any]:
    """The `unghost mail classify FILE.eml --json` record for one .eml file.

    Raises NotFoundError for a missing file and MailError for an unreadable one; a malformed
    message is classified as well as it can be, with its defects listed.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(f"No such mail file: {path}", hint="Check the path.") from exc
    except OSError as exc:
        raise MailError(
            f"Cannot read {path}: {exc.strerror}", hint="Check its permissions."
        ) from exc
    mail = parse_mail(raw)
    result = classify_mail(mail)
    bounce = result.bounce
    return {
        "file": str(path),
        "label": result.label,
        "confidence": result.confidence,
        "return_date": result.return_date.isoformat() if result.return_date else None,
        "message_id": mail.message_id,
        "from": mail.from_.address if mail.from_ else None,
        "from_name": mail.from_.name if mail.from_ else None,
        "subject": mail.subject,
        "date": mail.date.isoformat() if mail.date else None,
        "signals": [_signal_json(s) for s in result.signals],
        "failed_recipient": bounce.failed_recipients[0]
        if bounce and bounce.failed_recipients
        else None,
        "failed_recipients": bounce.failed_recipients if bounce else [],
        "bounce_permanent": bounce.permanent if bounce else None,
        "bounce_status": bounce.status if bounce else None,
        "evidence": result.evidence,
        "alternatives": [{"label": label, "confidence": p} for label, p in result.alternatives],
        "needs_review": result.needs_review,
        "defects": mail.defects,
    }
