"""The mail's store modules on both engines, called directly: where an IMAP folder stopped
(store/mailstate.py), the stored messages as the pages read them (store/mailrows.py) and a
message recorded on its application once (store/mailimport.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from tests.integration.test_mail_service import mctx  # noqa: F401
from unghost.domain.records import Direction, Message, MessageKind
from unghost.store import mailimport, mailrows, mailstate
from unghost.store.models import ApplicationRow, MailboxStateRow, MessageRow

NOW = datetime(2026, 10, 21, 8, 0)


def _app_id(session) -> int:
    return int(
        session.scalar(select(ApplicationRow.id).where(ApplicationRow.ref == "acme-analyst"))
    )


def _row(n: int, **values) -> dict:
    return {
        "source_key": f"<m{n}@x>|{n:064d}", "message_id": f"<m{n}@x>", "content_hash": f"{n:064d}",
        "from_addr": f"sender{n}@acme.example", "from_name": f"Sender {n}", "to_addrs": [],
        "subject": f"Subject {n}", "sent_at": datetime(2026, 10, n + 1, 9), "utc_offset_min": 0,
        "in_reply_to": [], "references": [], "label": "acknowledgement", "confidence": 0.9,
        "return_date": None, "failed_recipient": None, "signals": [], "body": "b", "html": None,
        "attachments": [], "application_id": None, "match_method": None,
        "match_confidence": None, "imported_at": NOW, **values,
    }  # fmt: skip


def test_a_folder_state_is_made_once_and_then_moved(mctx):  # noqa: F811
    with mctx.transaction() as session:
        assert mailstate.find_folder_state(session, "me@imap:993", "INBOX") is None
        mailstate.save_folder_state(session, "me@imap:993", "INBOX", uidvalidity=7, last_uid=12,
                                    now=NOW)  # fmt: skip
    with mctx.transaction() as session:
        assert mailstate.find_folder_state(session, "me@imap:993", "INBOX") == (7, 12)
        assert mailstate.find_folder_state(session, "me@imap:993", "Jobs") is None
        mailstate.save_folder_state(session, "me@imap:993", "INBOX", uidvalidity=8, last_uid=3,
                                    now=NOW)  # fmt: skip
    with mctx.transaction() as session:
        assert mailstate.find_folder_state(session, "me@imap:993", "INBOX") == (8, 3)
        assert session.scalar(select(func.count()).select_from(MailboxStateRow)) == 1


def test_stored_mail_is_read_in_order_by_page_and_by_word(mctx):  # noqa: F811
    with mctx.transaction() as session:
        app_id = _app_id(session)
        ids = mailimport.reserve_mail_ids(session, 4)
        rows = [
            _row(0, application_id=app_id, match_method="thread", subject="Data Analyst"),
            _row(1, application_id=app_id, match_method="domain", from_name="Li WEI"),
            _row(2, label="rejection"),
            _row(3, label="unrelated", subject="50% off"),
        ]
        mailimport.insert_mail_rows(
            session, [{**r, "id": i} for r, i in zip(rows, ids, strict=True)]
        )
    with mctx.transaction() as session:
        everything = mailrows.list_in_order(session)
        assert [m.id for m, _ in everything] == ids  # by the time sent
        assert [ref for _, ref in everything] == ["acme-analyst", "acme-analyst", None, None]
        assert [m.id for m, _ in mailrows.list_in_order(session, application_id=app_id)] == ids[:2]
        assert [m.id for m, _ in mailrows.list_in_order(session, unmatched=True)] == [ids[2]]
        page, total = mailrows.find_page(session, application_id=None, words=[], limit=2, offset=1)
        assert [m.id for m, _ in page] == [ids[2], ids[1]] and total == 4  # newest first
        found, total = mailrows.find_page(session, application_id=None, words=["wei"], limit=9,
                                          offset=0)  # fmt: skip
        assert [m.id for m, _ in found] == [ids[1]] and total == 1  # the sender's name, any case
        found, total = mailrows.find_page(session, application_id=app_id, words=["ANALYST"],
                                          limit=9, offset=0)  # fmt: skip
        assert [m.id for m, _ in found] == [ids[0]] and total == 1
        assert mailrows.find_with_ref(session, ids[0]) == (everything[0][0], "acme-analyst")
        assert mailrows.find_with_ref(session, ids[-1] + 100) is None
        mail = mailrows.find(session, ids[2])
        assert mail is not None
        mailrows.link_by_hand(mail, app_id)
    with mctx.transaction() as session:
        linked = mailrows.find(session, ids[2])
        assert linked is not None
        assert (linked.application_id, linked.match_method, linked.match_confidence) == (
            app_id, "user", 1.0,
        )  # fmt: skip
        assert mailrows.list_in_order(session, unmatched=True) == []
        assert mailimport.list_source_keys(session) == {r["source_key"] for r in rows}


def test_a_message_is_recorded_once_and_its_application_moves_once(mctx):  # noqa: F811
    message = Message(at=datetime(2026, 10, 5, 9, tzinfo=UTC), direction=Direction.RECEIVED,
                      kind=MessageKind.ACKNOWLEDGEMENT, subject="Thanks",
                      counterpart="li.wei@acme.example", message_id="<once@acme.example>")  # fmt: skip
    with mctx.transaction() as session:
        app_id = _app_id(session)
        version = session.scalar(select(ApplicationRow.version).where(ApplicationRow.id == app_id))
        mailimport.record_messages(session, [(app_id, message), (app_id, message)], NOW)
    with mctx.transaction() as session:
        mailimport.record_messages(session, [(app_id, message)], NOW)
    with mctx.transaction() as session:
        count = session.scalar(
            select(func.count())
            .select_from(MessageRow)
            .where(MessageRow.message_id == "<once@acme.example>")
        )
        assert count == 1
        now_at = session.scalar(select(ApplicationRow.version).where(ApplicationRow.id == app_id))
        assert now_at == version + 2  # one bump per call, not per message
