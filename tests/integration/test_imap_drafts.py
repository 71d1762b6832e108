"""Saving drafts into an IMAP Drafts folder, against a small IMAP server on loopback."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from tests.outboxfixtures.imapserver import Mailbox, imap_server
from tests.outboxfixtures.smtpserver import make_certificate
from unghost.domain.outbox import OutboxEntry
from unghost.errors import MailError
from unghost.mail.accounts import parse_imap_url
from unghost.mail.compose import compose_message, message_bytes
from unghost.mail.imap_drafts import save_to_drafts

WHEN = datetime(2026, 9, 28, 20, 15, tzinfo=timezone(timedelta(hours=8)))
USER, PASSWORD = "me@example.com", "app-password-123"


def raw_message() -> bytes:
    entry = OutboxEntry(
        application_ref="xinghe-analyst",
        kind="thank-you",
        lang="zh",
        to="李伟 <li.wei@xinghe.example>",
        subject="感谢面试机会：数据分析师",
        body="尊敬的李伟：\n\n您好！\n",
        message_id="<d1@example.com>",
        created_at=WHEN,
    )
    return message_bytes(compose_message(entry, sender="王小明 <me@example.com>", date=WHEN))


def box(**folders: tuple[str, ...]) -> Mailbox:
    return Mailbox(USER, PASSWORD, {"INBOX": ("\\HasNoChildren",), **folders})


def url(port: int, password: str = PASSWORD, scheme: str = "imap+plain") -> str:
    return f"{scheme}://me%40example.com:{password}@127.0.0.1:{port}"


def test_the_draft_lands_in_the_folder_flagged_drafts_even_in_chinese() -> None:
    mailbox = box(**{"草稿箱": ("\\HasNoChildren", "\\Drafts"), "Drafts": ()})
    data = raw_message()
    with imap_server(mailbox) as port:
        folder = save_to_drafts(data, parse_imap_url(url(port)), at=WHEN)
    assert folder == "草稿箱"
    ((where, flags, when, saved),) = mailbox.appended
    assert (where, flags) == ("草稿箱", ("\\Draft",))
    assert when == "28-Sep-2026 20:15:00 +0800"
    assert message_from_bytes(saved, policy=policy.default)["Subject"] == "感谢面试机会：数据分析师"
    assert mailbox.commands.index("ID") < mailbox.commands.index("LOGIN")


def test_without_special_use_a_usual_name_is_found() -> None:
    mailbox = box(**{"Sent": (), "[Gmail]/Drafts": ()})
    with imap_server(mailbox) as port:
        assert save_to_drafts(raw_message(), parse_imap_url(url(port)), at=WHEN) == "[Gmail]/Drafts"


def test_a_folder_the_user_names_is_used_as_is() -> None:
    mailbox = box(**{"Bewerbungen/Entwürfe": ()})
    with imap_server(mailbox) as port:
        account = parse_imap_url(url(port))
        assert save_to_drafts(raw_message(), account, at=WHEN, folder="Bewerbungen/Entwürfe")
    assert mailbox.appended[0][0] == "Bewerbungen/Entwürfe"


def test_no_drafts_folder_is_a_clear_error() -> None:
    with imap_server(box(Sent=())) as port, pytest.raises(MailError, match="no Drafts folder"):
        save_to_drafts(raw_message(), parse_imap_url(url(port)), at=WHEN)


def test_a_wrong_password_is_one_line_without_it() -> None:
    mailbox = box(Drafts=("\\Drafts",))
    with imap_server(mailbox) as port, pytest.raises(MailError) as caught:
        save_to_drafts(raw_message(), parse_imap_url(url(port, "wrong-pass-999")), at=WHEN)
    message = caught.value.message
    assert "refused the user name or password for me@example.com" in message
    assert "wrong-pass-999" not in message and "\n" not in message
    assert mailbox.appended == []


def test_imaps_with_a_certificate_made_for_the_test(tmp_path: Path) -> None:
    cert = make_certificate(tmp_path)
    mailbox = box(Drafts=("\\Drafts",))
    with imap_server(mailbox, tls=cert.server_context()) as port:
        account = parse_imap_url(f"{url(port, scheme='imaps')}?cafile={cert.certfile}")
        assert save_to_drafts(raw_message(), account, at=WHEN) == "Drafts"
        with pytest.raises(MailError, match="cannot reach the IMAP server"):
            save_to_drafts(raw_message(), parse_imap_url(url(port, scheme="imaps")), at=WHEN)
    assert len(mailbox.appended) == 1


def test_nothing_listening() -> None:
    with imap_server(box()) as port:
        pass
    with pytest.raises(MailError, match=f"cannot reach the IMAP server 127.0.0.1:{port}"):
        save_to_drafts(raw_message(), parse_imap_url(url(port)), at=WHEN)
