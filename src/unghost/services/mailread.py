"""Reading stored mail in full (body, HTML, attachments), and turning a pasted reply into a message."""

from __future__ import annotations

import re
from datetime import date, datetime, time, tzinfo
from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import Direction, Message, MessageKind
from unghost.errors import NotFoundError

_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]", re.M)
_MAIL_HEADERS = ("from:", "subject:", "date:", "to:", "message-id:")


def _message_dict(m: Any, app_ref: str | None, *, full: bool) -> dict[str, Any]:
    from unghost.store.mapping import join_aware

    out = {
        "id": m.id,
        "date": join_aware(m.sent_at, m.utc_offset_min).isoformat() if m.sent_at else None,
        "from": m.from_addr, "from_name": m.from_name, "to": list(m.to_addrs or []),
        "subject": m.subject, "label": m.label, "confidence": round(m.confidence, 3),
        "return_date": m.return_date.isoformat() if m.return_date else None,
        "application": app_ref, "message_id": m.message_id,
        "attachments": list(m.attachments or []),
    }  # fmt: skip
    if full:
        out["body"] = m.body
        out["html"] = m.html
    return out


def list_all_mail(ctx: Context, *, ref: str | None = None, query: str = "",
                  limit: int = 50, offset: int = 0,
                  app_id: int | None = None) -> tuple[list[dict[str, Any]], int]:  # fmt: skip
    """Stored messages, newest first, with their bodies; `query` looks in sender and subject.
    Returns one page and the count of all that match. `app_id`: the id of `ref`, if known."""
    from unghost.store.mailrows import find_page
    from unghost.store.repository import ApplicationRepository

    with ctx.transaction() as session:
        if ref is not None and app_id is None:
            app_id = ApplicationRepository(session).get_row(ref).id
        rows, total = find_page(session, application_id=app_id if ref is not None else None,
                                words=query.split()[:8], limit=limit, offset=offset)  # fmt: skip
        return [_message_dict(row, app_ref, full=True) for row, app_ref in rows], total


def get_mail(ctx: Context, mail_id: int) -> dict[str, Any]:
    from unghost.store.mailrows import find_with_ref

    with ctx.transaction() as session:
        found = find_with_ref(session, mail_id)
        if found is None:
            raise NotFoundError(f"no stored message {mail_id}", hint="the Mail page lists them")
        return _message_dict(found[0], found[1], full=True)


def mail_of_proposals(ctx: Context, proposal_ids: list[int]) -> dict[int, dict[str, Any]]:
    """The stored message behind each proposal, so the review shows what was said."""
    from unghost.store.mailrows import find_for_proposals

    if not proposal_ids:
        return {}
    with ctx.transaction() as session:
        rows = find_for_proposals(session, proposal_ids)
        return {pid: _message_dict(m, ref, full=True) for pid, m, ref in rows}


def read_reply(data: bytes | str, *, today: date, zone: tzinfo, on: date | None = None,
               subject: str | None = None) -> Message:  # fmt: skip
    """A reply the user pasted (its text, or the whole message with headers) or uploaded
    (.eml), labelled by the mail classifier. `on` and `subject` stand in for missing headers."""
    from unghost.mail.classify import classify_mail
    from unghost.mail.parse import ParsedMail, parse_mail
    from unghost.services.mail import bracketed

    raw = data.encode("utf-8") if isinstance(data, str) else data
    text = raw.decode("utf-8", "replace")
    head = text.lstrip()[:2000].lower()
    if _HEADER_LINE.match(text.lstrip()) and sum(h in head for h in _MAIL_HEADERS) >= 2:
        mail = parse_mail(raw.lstrip())
    else:
        mail = ParsedMail(text=text.replace("\r\n", "\n").strip(), subject=subject or "")
    result = classify_mail(mail, today=on or today, job_related=True)
    when = mail.date or datetime.combine(on or today, time(12, 0), tzinfo=zone)
    kind = result.label if result.label in MessageKind._value2member_map_ else "other"
    if kind in ("unrelated", "thank-you", "follow-up"):
        kind = "other"
    body = mail.text or (mail.html or "")
    return Message(
        at=when, direction=Direction.RECEIVED, kind=MessageKind(kind),
        subject=(mail.subject or subject or None), message_id=bracketed(mail.message_id),
        counterpart=mail.from_.address if mail.from_ else None,
        return_date=result.return_date, body=body[:100_000] or None,
    )  # fmt: skip


def parse_reply(data: bytes | str, fields: dict[str, str], *, today: date, zone: tzinfo) -> Message:
    """A pasted or uploaded reply with the form's fields: `on` stands in for a missing Date,
    and a kind or return day the user picked wins over what the classifier read."""
    from dataclasses import replace

    from unghost.services.recordparse import parse_received

    given = parse_received({**fields, "on": fields.get("on") or today.isoformat()}, today, zone)
    message = read_reply(data, today=today, zone=zone, on=given.at.date(),
                         subject=fields.get("subject") or None)  # fmt: skip
    if fields.get("kind"):
        message = replace(message, kind=given.kind)
    if given.return_date is not None:
        message = replace(message, return_date=given.return_date)
    return message
