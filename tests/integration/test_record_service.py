"""Recording by hand and following up without SMTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from unghost.bootstrap import build_context
from unghost.domain.records import Status
from unghost.errors import ConflictError, NotFoundError
from unghost.services import followup, records
from unghost.services.applications import add_application, get_application, new_application
from unghost.services.mail import import_mail_files
from unghost.services.mailread import get_mail, list_all_mail
from unghost.services.recordparse import parse_contact, parse_interview, parse_sent

MAIL = (b"From: Li Wei <li.wei@acme.example>\r\nTo: jane@example.com\r\n"
        b"Subject: Next steps\r\nDate: Mon, 12 Oct 2026 10:00:00 +0800\r\n"
        b"Message-ID: <n1@acme.example>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>We would like to invite you to a final "
        b"interview.</p>\r\n--B\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename=\"agenda.pdf\"\r\n\r\nJVBERi0=\r\n--B--\r\n")  # fmt: skip


def test_record_and_follow_up_by_hand(db_url: str, tmp_path: Path) -> None:
    ctx = build_context(
        {"db": db_url, "today": "2026-10-20", "from": "Jane Doe <jane@example.com>"}
    )
    app = add_application(ctx, new_application("Acme", "Data Analyst",
                                                applied_on=date(2026, 9, 20), country="CN"))  # fmt: skip
    ref = app.ref
    records.add_contact(ctx, ref, parse_contact({"name": "Li Wei", "email": "li.wei@acme.example",
                                                 "role": "recruiter",
                                                 "linkedin": "linkedin.com/in/liwei"}, "CN"))  # fmt: skip
    interview = parse_interview({"date": "2026-10-02", "time": "14:00", "zone": "Asia/Shanghai",
                                 "format": "video", "stage": "onsite"}, ctx.zone)  # fmt: skip
    app = records.add_interview(ctx, ref, interview)
    assert app.status is Status.INTERVIEWING
    again = get_application(ctx, ref)
    assert again.interviews[0].format == "video"
    assert again.contacts[0].linkedin == "https://www.linkedin.com/in/liwei"
    assert [e.on for e in again.events if e.status is Status.INTERVIEWING] == [date(2026, 10, 2)]
    records.record_message(ctx, ref, parse_sent({"kind": "thank-you", "on": "2026-10-02"},
                                                ctx.today, ctx.zone))  # fmt: skip
    with pytest.raises(NotFoundError):
        records.delete_contact(ctx, ref, 5)
    assert [line.ref for line in records.list_contacts(ctx, "ACME recruiter")] == [ref]
    # a follow-up drafted, reopened, and marked sent by hand
    entry, created = followup.open_draft(ctx, ref, "follow-up")
    same, created_again = followup.open_draft(ctx, ref, "follow-up")
    assert created and not created_again and same.id == entry.id
    assert entry.id is not None
    done = followup.mark_sent(ctx, entry.id, date(2026, 10, 19))
    assert done.state.value == "sent" and done.sent_at and done.sent_at.date() == date(2026, 10, 19)
    kinds = [m.kind.value for m in get_application(ctx, ref).messages]
    assert kinds == ["thank-you", "follow-up"]
    with pytest.raises(ConflictError):
        followup.delete_draft(ctx, entry.id)
    lines = followup.list_outbox_lines(ctx)
    assert (lines[0].company, lines[0].title) == ("Acme", "Data Analyst")
    # imported mail is kept whole: its HTML and the names of its attachments
    path = tmp_path / "n1.eml"
    path.write_bytes(MAIL)
    import_mail_files(ctx, [path])
    mail, total = list_all_mail(ctx, ref=ref)
    assert total == 1 and "final" in (mail[0]["html"] or "")
    one = get_mail(ctx, mail[0]["id"])
    assert one["attachments"] == [
        {"filename": "agenda.pdf", "content_type": "application/pdf", "size": 8}
    ]  # fmt: skip  (no transfer encoding: 8 bytes)
    assert list_all_mail(ctx, query="NEXT steps")[1] == 1
    assert list_all_mail(ctx, query="nothing-like-it")[1] == 0
