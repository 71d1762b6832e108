"""The mailbox end to end on both engines: files and a real IMAP server (Dovecot), matching,
classification, proposals for review, and no duplicates on a second run."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from tests.cli.test_cli import run
from unghost.bootstrap import build_context
from unghost.domain.records import Status
from unghost.services.applications import get_application
from unghost.services.mail import import_mail_files, list_mail, sync_imap
from unghost.services.review import decide, list_proposals
from unghost.services.transfer import import_file

CST = timezone(timedelta(hours=8))
DOC = {"format": "unghost/v1", "applications": [
    {"ref": "acme-analyst", "company": {"name": "Acme", "domain": "acme.example", "country": "CN"},
     "role": {"title": "Data Analyst"}, "applied_on": "2026-09-05",
     "candidate": {"email": "jane@example.com"},
     "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}],
     "interviews": [{"at": "2026-09-28T10:00:00+08:00", "stage": "onsite"}],
     "messages": [{"at": "2026-09-28T20:00:00+08:00", "direction": "sent", "kind": "thank-you",
                   "message_id": "<thanks-1@example.com>", "subject": "Thank you"}]},
    {"ref": "globex-eng", "company": {"name": "Globex", "domain": "globex.example", "country": "US"},
     "role": {"title": "Engineer"}, "applied_on": "2026-09-10"},
]}  # fmt: skip


def mail(frm: str, subject: str, body: str, when: datetime, msgid: str, **headers: str) -> bytes:
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "Jane Doe <jane@example.com>", subject
    m["Date"], m["Message-ID"] = format_datetime(when), msgid
    for k, v in headers.items():
        m[k.replace("_", "-")] = v
    m.set_content(body)
    return bytes(m)


OOO = mail("Li Wei <li.wei@acme.example>", "自动回复：Thank you", "您好，我正在休假，将于10月12日返回，届时回复您的邮件。",
           datetime(2026, 10, 2, 9, tzinfo=CST), "<ooo-1@acme.example>", Auto_Submitted="auto-replied",
           In_Reply_To="<thanks-1@example.com>")  # fmt: skip
REJECT = mail("Acme Talent <li.wei@acme.example>", "Your application for Data Analyst",
              "Dear Jane,\n\nThank you for your interest in the Data Analyst role. After careful "
              "consideration, we have decided not to move forward with your application. We wish "
              "you the best in your search.\n\nBest regards,\nLi Wei",
              datetime(2026, 10, 20, 15, tzinfo=CST), "<rej-1@acme.example>")  # fmt: skip
NEWSLETTER = mail("Deals <news@shop.example>", "50% off shoes", "Buy now!", datetime(2026, 10, 3, tzinfo=CST),
                  "<n-1@shop.example>")  # fmt: skip


@pytest.fixture
def mctx(db_url, tmp_path):
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(DOC, ensure_ascii=False), encoding="utf-8")
    ctx = build_context(
        {"db": db_url, "today": "2026-10-21", "from": "Jane Doe <jane@example.com>"}
    )
    import_file(ctx, path)
    yield ctx
    ctx.close()


def test_files_are_matched_classified_and_proposed_once(mctx, tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    for name, data in (("ooo.eml", OOO), ("reject.eml", REJECT), ("news.eml", NEWSLETTER)):
        (folder / name).write_bytes(data)
    (folder / "broken.eml").write_bytes(b"\x00\xff garbage without headers")
    mbox = tmp_path / "takeout.mbox"
    mbox.write_bytes(b"From x@y Mon Oct  5 10:00:00 2026\n" + OOO.replace(b"\r\n", b"\n") + b"\n")
    report = import_mail_files(mctx, [*sorted(folder.iterdir()), mbox])
    assert report.stored == 2 and report.duplicates == 1 and report.matched == 2
    again = import_mail_files(mctx, sorted(folder.iterdir()))
    assert again.stored == 0 and again.proposals == 0
    app = get_application(mctx, "acme-analyst")
    ooo = [m for m in app.messages if m.kind.value == "out-of-office"]
    assert len(ooo) == 1 and ooo[0].return_date.isoformat() == "2026-10-12"
    assert app.status is Status.INTERVIEWING  # a rejection is proposed, not forced
    (proposal,) = list_proposals(mctx)
    assert proposal.ref == "acme-analyst" and proposal.status == "rejected"
    decide(mctx, proposal.id, accept=True)
    app = get_application(mctx, "acme-analyst")
    assert app.status is Status.REJECTED and app.events[-1].on.isoformat() == "2026-10-20"
    assert list_proposals(mctx) == []
    labels = {m["label"]: m["application"] for m in list_mail(mctx)}
    assert labels == {"out-of-office": "acme-analyst", "rejection": "acme-analyst"}


def test_imap_sync_is_incremental_and_read_only(db_url, mctx, dovecot):
    folder = dovecot.new_folder()
    dovecot.append(OOO, folder)
    dovecot.append(NEWSLETTER, folder)
    ctx = build_context({"db": db_url, "today": "2026-10-21", "imap_url": dovecot.url(folder),
                         "from": "Jane Doe <jane@example.com>"})  # fmt: skip
    first = sync_imap(ctx)
    assert first.stored == 1 and first.folders[0]["new"] == 2
    dovecot.append(REJECT, folder)
    second = sync_imap(ctx)
    assert second.read == 1 and second.stored == 1 and second.proposals == 1
    assert sync_imap(ctx).read == 0
    conn = dovecot.client()
    conn.select(folder, readonly=True)
    _, flags = conn.fetch("1:*", "(FLAGS)")
    conn.logout()
    assert all(
        b"\\Seen" not in f for f in flags if isinstance(f, bytes)
    )  # read-only: nothing marked
    ctx.close()


def test_cli_mail_classify_and_review(tmp_path):
    eml = tmp_path / "reject.eml"
    eml.write_bytes(REJECT)
    r = run(["mail", "classify", str(eml), "--json"], tmp_path / "d.db")
    assert r.returncode == 0, r.stderr
    (result,) = json.loads(r.stdout)
    assert result["label"] == "rejection" and result["message_id"] == "<rej-1@acme.example>"
    r = run(["review", "--json"], tmp_path / "d.db")
    assert json.loads(r.stdout) == {"proposals": []}


def test_unmatched_job_mail_can_be_attached(mctx, tmp_path):
    ack = mail("Talent Team <no-reply@hire.initech.example>", "Thank you for your application",
               "Hi Jane,\n\nWe have received your application for the Engineer position and our team "
               "will review it shortly.\n\nThe Talent Team", datetime(2026, 9, 12, 9, tzinfo=CST),
               "<ack-9@hire.initech.example>")  # fmt: skip
    path = tmp_path / "ack.eml"
    path.write_bytes(ack)
    import_mail_files(mctx, [path])
    (unmatched,) = list_mail(mctx, unmatched=True)
    assert unmatched["label"] == "acknowledgement" and unmatched["application"] is None
    from unghost.services.mail import attach_mail

    attach_mail(mctx, unmatched["id"], "globex-eng")
    app = get_application(mctx, "globex-eng")
    assert [m.kind.value for m in app.messages] == ["acknowledgement"]
    attach_mail(mctx, unmatched["id"], "globex-eng")
    assert len(get_application(mctx, "globex-eng").messages) == 1
    assert list_mail(mctx, unmatched=True) == []
