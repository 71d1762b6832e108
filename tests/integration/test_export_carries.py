"""The export carries the outbox, the imported mail and the pending reviews; importing the file
into an empty database gives them back, and importing it again adds nothing."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

from sqlalchemy import update

from unghost.bootstrap import Context, build_context
from unghost.services.applications import add_application, new_application
from unghost.services.outbox import make_draft
from unghost.services.transfer import export_applications, import_file
from unghost.store.models import MailMessageRow, OutboxRow, ProposalRow


def _context(db_url: str) -> Context:
    return build_context({"db": db_url, "today": "2026-10-12", "from": "Jane <jane@example.com>"})


def _fill(ctx: Context) -> None:
    app = add_application(ctx, new_application("Acme", "Analyst", ref="acme-analyst",
                                                email="jane@example.com"))  # fmt: skip
    ctx_draft = make_draft(ctx, "acme-analyst", "follow-up", "zh", to="li.wei@acme.example")
    assert ctx_draft.id is not None
    with ctx.transaction() as session:
        # sent by a process of this database: its lease does not travel
        session.execute(update(OutboxRow).where(OutboxRow.id == ctx_draft.id).values(
            state="sent", sent_at=datetime(2026, 10, 12, 9), owner="host-a:123:abc",
            heartbeat_at=datetime(2026, 10, 12, 9)))  # fmt: skip
        mail = MailMessageRow(
            source_key="imap:jane@host/INBOX:7:42", message_id="<r1@acme.example>",
            content_hash="ab" * 32, from_addr="li.wei@acme.example", from_name="李伟",
            to_addrs=["jane@example.com"], subject="您的申请", sent_at=datetime(2026, 10, 9, 2),
            utc_offset_min=480, label="still-deciding", confidence=0.83, body="还在考虑",
            application_id=app.id, match_method="thread", match_confidence=0.9,
            imported_at=datetime(2026, 10, 9, 3), signals=[{"code": "x", "text": "y"}],
        )  # fmt: skip
        session.add(mail)
        session.flush()
        session.add(ProposalRow(application_id=app.id, mail_message_id=mail.id, kind="status",
                                status="interviewing", summary="still deciding: keep waiting",
                                state="pending", created_at=datetime(2026, 10, 9, 3)))  # fmt: skip


def _export(ctx: Context) -> str:
    out = io.StringIO()
    export_applications(ctx, out, "json")
    return out.getvalue()


def test_outbox_mail_and_reviews_travel_in_the_file(db_url, tmp_path: Path):
    first = _context(db_url)
    _fill(first)
    text = _export(first)
    first.close()
    doc = json.loads(text)
    assert [len(doc[k]) for k in ("applications", "outbox", "mail", "reviews")] == [1, 1, 1, 1]
    assert doc["outbox"][0]["application_ref"] == "acme-analyst"
    assert doc["outbox"][0]["state"] == "sent" and doc["outbox"][0]["owner"] is None
    assert doc["mail"][0]["application_ref"] == "acme-analyst"
    assert doc["reviews"][0]["mail_source_key"] == "imap:jane@host/INBOX:7:42"
    path = tmp_path / "all.json"
    path.write_text(text, encoding="utf-8")
    other = _context(str(tmp_path / "empty.db"))
    report = import_file(other, path)
    assert report.created == 1 and report.carried == {"outbox": 1, "mail": 1, "reviews": 1}
    assert _export(other) == text  # the same file back
    again = import_file(other, path)
    assert again.carried == {"outbox": 0, "mail": 0, "reviews": 0} and again.created == 0
    other.close()


def test_sections_spelt_with_escapes_travel_too(db_url, tmp_path: Path):
    """A file written with ensure_ascii escapes its people's names; a key may be escaped too."""
    first = _context(db_url)
    _fill(first)
    doc = json.loads(_export(first))
    first.close()
    text = json.dumps(doc)  # 李伟 as \u674e\u4f1f
    text = text.replace('"mail":', '"\\u006dai\\u006C":').replace('"reviews":', '"revie\\u0077s":')
    assert '"mail"' not in text and '"reviews"' not in text
    path = tmp_path / "escaped.json"
    path.write_text(text, encoding="ascii")
    other = _context(str(tmp_path / "empty.db"))
    report = import_file(other, path)
    other.close()
    assert report.carried == {"outbox": 1, "mail": 1, "reviews": 1}


def test_escapes_elsewhere_name_no_section(tmp_path: Path):
    from unghost.store.carry import SECTIONS, _mentioned, read_sections

    doc = {"format": "unghost/v1", "applications": [{"company": "字节跳动", "role": "mail"}]}
    path = tmp_path / "names.json"
    path.write_text(json.dumps(doc), encoding="ascii")  # escaped names, "mail" only as a value
    assert _mentioned(path, SECTIONS) == {"mail"}  # a plain "mail" may be a key: parsed to see
    assert read_sections(path) == {}
    doc["applications"][0]["role"] = "Analyst"
    path.write_text(json.dumps(doc), encoding="ascii")
    assert _mentioned(path, SECTIONS) == set()
    spelt = '{"format": "unghost/v1", "applications": [], "\\u006fu\\u0074box": [{"a": 1}]}'
    path.write_text(spelt, encoding="ascii")
    assert [_mentioned(path, SECTIONS, chunk=n) for n in (3, 7, 1 << 20)] == [{"outbox"}] * 3
