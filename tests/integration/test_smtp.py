"""Sending through a real SMTP server on loopback (aiosmtpd): sent, failed and unknown outcomes."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.outboxfixtures.smtpserver import (
    PASSWORD,
    USER,
    Behaviour,
    make_certificate,
    smtp_server,
)
from unghost.domain.outbox import (
    OutboxEntry,
    OutboxState,
    begin_send,
    finish_send,
    recover_interrupted,
)
from unghost.errors import ConflictError
from unghost.mail import smtp as smtp_module
from unghost.mail.accounts import parse_smtp_url
from unghost.mail.compose import compose_message, make_message_id
from unghost.mail.smtp import SendResult, send_message

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning", "ignore::DeprecationWarning")

WHEN = datetime(2026, 9, 28, 20, 15, tzinfo=timezone(timedelta(hours=8)))
SENDER = "王小明 <xiaoming.wang@example.com>"
CREDENTIALS = f"{quote(USER, safe='')}:{quote(PASSWORD, safe='')}"


def entry(**changes: object) -> OutboxEntry:
    values: dict[str, object] = {
        "id": 1,
        "application_ref": "xinghe-analyst",
        "kind": "follow-up",
        "lang": "zh",
        "to": "李伟 <li.wei@xinghe.example>",
        "subject": "跟进数据分析师职位的面试结果（王小明）",
        "body": "尊敬的李伟：\n\n您好！想冒昧问一下目前的招聘进展。\n\n祝好！\n王小明\n",
        "message_id": make_message_id(SENDER),
        "created_at": WHEN,
    }
    values.update(changes)
    return OutboxEntry(**values)  # type: ignore[arg-type]


def message(**changes: object) -> EmailMessage:
    return compose_message(entry(**changes), sender=SENDER, date=WHEN)


def assert_no_secret(result: SendResult) -> None:
    text = json.dumps(result.to_dict(), ensure_ascii=False)
    assert PASSWORD not in text and quote(PASSWORD, safe="") not in text
    assert "\n" not in result.message


def test_the_message_arrives_once_with_its_headers_and_both_parts() -> None:
    msg = message(cc=["Sam <sam@xinghe.example>"])
    with smtp_server() as server:
        result = send_message(msg, parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert result.outcome is OutboxState.SENT and result.code == 250
    assert result.server_reply == "2.0.0 Ok: queued as 4AB12C"
    (got,) = server.received
    assert got.mail_from == "xiaoming.wang@example.com"
    assert sorted(got.rcpt_tos) == ["li.wei@xinghe.example", "sam@xinghe.example"]
    assert b"=?utf-8?b?" in got.data.split(b"\r\n\r\n", 1)[0]
    back = message_from_bytes(got.data, policy=policy.default)
    assert back["Subject"] == "跟进数据分析师职位的面试结果（王小明）"
    assert back["Message-ID"] == msg["Message-ID"]
    assert back["To"].addresses[0].display_name == "李伟"
    assert back.get_content_type() == "multipart/alternative"
    assert "想冒昧问一下" in back.get_body(("plain",)).get_content()
    assert "<p>您好！想冒昧问一下目前的招聘进展。</p>" in back.get_body(("html",)).get_content()


def test_login_over_plain_on_loopback_with_a_non_ascii_password() -> None:
    with smtp_server(auth=True) as server:
        url = f"smtp+plain://{CREDENTIALS}@127.0.0.1:{server.port}"
        assert send_message(message(), parse_smtp_url(url)).outcome is OutboxState.SENT
    assert len(server.received) == 1


def test_a_wrong_password_is_one_clear_line_without_the_password() -> None:
    with smtp_server(auth=True) as server:
        url = f"smtp+plain://{quote(USER, safe='')}:{quote(PASSWORD + 'x', safe='')}@127.0.0.1:{server.port}"
        result = send_message(message(), parse_smtp_url(url))
    assert result.outcome is OutboxState.FAILED and result.code == 535
    assert "refused the user name or password for me@example.com" in result.message
    assert "app password" in result.message and not result.retryable
    assert PASSWORD + "x" not in json.dumps(result.to_dict(), ensure_ascii=False)
    assert server.received == []


def test_starttls_with_a_certificate_made_for_the_test(tmp_path: Path) -> None:
    cert = make_certificate(tmp_path)
    with smtp_server(auth=True, starttls=cert.server_context()) as server:
        account = parse_smtp_url(f"smtp://{CREDENTIALS}@127.0.0.1:{server.port}")
        result = send_message(message(), account, ssl_context=cert.client_context())
        untrusted = send_message(message(), account)  # the system's CAs do not know it
    assert result.outcome is OutboxState.SENT and len(server.received) == 1
    assert untrusted.outcome is OutboxState.FAILED and not untrusted.retryable
    assert untrusted.message.startswith(f"TLS with 127.0.0.1:{server.port} failed:")
    assert "certificate" in untrusted.message
    assert_no_secret(untrusted)


def test_implicit_tls_trusting_a_ca_file_from_the_url(tmp_path: Path) -> None:
    cert = make_certificate(tmp_path)
    with smtp_server(auth=True, implicit_tls=cert.server_context()) as server:
        url = f"smtps://{CREDENTIALS}@127.0.0.1:{server.port}?cafile={cert.certfile}"
        result = send_message(message(), parse_smtp_url(url))
    assert result.outcome is OutboxState.SENT and len(server.received) == 1


def test_a_missing_ca_file_fails_before_connecting(tmp_path: Path) -> None:
    url = f"smtps://127.0.0.1:1?cafile={tmp_path / 'missing.pem'}"
    result = send_message(message(), parse_smtp_url(url))
    assert result.outcome is OutboxState.FAILED and "cannot use the CA file" in result.message


def test_no_password_in_the_clear_when_starttls_is_not_offered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(smtp_module, "is_loopback", lambda host: False)  # as if remote
    with smtp_server(auth=True) as server:
        result = send_message(
            message(), parse_smtp_url(f"smtp://{CREDENTIALS}@127.0.0.1:{server.port}")
        )
    assert result.outcome is OutboxState.FAILED and "does not offer STARTTLS" in result.message
    assert server.received == []


@pytest.mark.parametrize(
    ("reply", "retryable"), [("550 5.1.1 No such user", False), ("451 4.3.0 Try later", True)]
)
def test_refused_recipients_fail_before_data(reply: str, retryable: bool) -> None:
    with smtp_server(Behaviour(refuse_rcpt=reply)) as server:
        result = send_message(message(), parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert result.outcome is OutboxState.FAILED and result.retryable is retryable
    assert result.message.endswith(reply.split(" ", 1)[0] + " " + reply.split(" ", 1)[1])
    assert server.received == []


def test_one_refused_copy_still_sends_to_the_others() -> None:
    behaviour = Behaviour(refuse_rcpt_for={"sam@xinghe.example"})
    with smtp_server(behaviour) as server:
        result = send_message(
            message(cc=["sam@xinghe.example"]),
            parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"),
        )
    assert result.outcome is OutboxState.SENT
    assert (
        list(result.refused) == ["sam@xinghe.example"]
        and "550" in result.refused["sam@xinghe.example"]
    )
    assert server.received[0].rcpt_tos == ["li.wei@xinghe.example"]


def test_a_message_refused_after_its_content_failed_explicitly() -> None:
    with smtp_server(Behaviour(refuse_data="554 5.7.1 Message rejected as spam")) as server:
        result = send_message(message(), parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert result.outcome is OutboxState.FAILED and result.code == 554 and not result.retryable
    assert "rejected as spam" in result.message


def test_a_connection_dropped_after_data_is_unknown() -> None:
    with smtp_server(Behaviour(drop_after_data=True)) as server:
        result = send_message(message(), parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert result.outcome is OutboxState.UNKNOWN
    assert "may have been delivered" in result.message
    assert len(server.received) == 1  # the server did get it: resending would duplicate it


def test_a_timeout_after_data_is_unknown() -> None:
    with smtp_server(Behaviour(stall_after_data=True)) as server:
        url = f"smtp+plain://127.0.0.1:{server.port}?timeout=0.5"
        result = send_message(message(), parse_smtp_url(url))
    assert result.outcome is OutboxState.UNKNOWN
    assert result.message.startswith("no answer within 0.5 s after the message went to")


def test_nothing_listening_is_a_retryable_failure() -> None:
    with smtp_server() as server:
        port = server.port
    result = send_message(message(), parse_smtp_url(f"smtp+plain://127.0.0.1:{port}"))
    assert result.outcome is OutboxState.FAILED and result.retryable
    assert result.message == f"could not connect to 127.0.0.1:{port}: connection refused"


def test_an_international_address_needs_smtputf8() -> None:
    msg = message(to="李伟 <李伟@xinghe.example>")
    with smtp_server(smtputf8=True) as server:
        sent = send_message(msg, parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert sent.outcome is OutboxState.SENT and server.received[0].rcpt_tos == [
        "李伟@xinghe.example"
    ]
    with smtp_server(smtputf8=False) as server:
        refused = send_message(msg, parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"))
    assert refused.outcome is OutboxState.FAILED and "SMTPUTF8" in refused.message


def test_at_most_once_through_the_outbox_states() -> None:
    """An unknown outcome is recorded, and neither the scheduler nor a plain send repeats it."""
    queued = entry(state=OutboxState.QUEUED)
    with smtp_server(Behaviour(drop_after_data=True)) as server:
        sending = begin_send(queued, automatic=True)
        result = send_message(
            compose_message(sending, sender=SENDER, date=WHEN),
            parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}"),
        )
        after = finish_send(sending, result.outcome, at=WHEN, error=result.message)
        for automatic in (True, False):
            with pytest.raises(ConflictError):
                begin_send(after, automatic=automatic)
    assert after.state is OutboxState.UNKNOWN and len(server.received) == 1


_CHILD = textwrap.dedent(
    """
    import json, sys
    from datetime import datetime, timezone
    from unghost.domain.outbox import OutboxEntry, begin_send
    from unghost.mail.accounts import parse_smtp_url
    from unghost.mail.compose import compose_message
    from unghost.mail.smtp import send_message

    store, url = sys.argv[1], sys.argv[2]
    entry = OutboxEntry.from_dict(json.load(open(store)))
    entry = begin_send(entry, automatic=True)
    with open(store, "w") as handle:  # recorded before the first byte goes out
        json.dump(entry.to_dict(), handle)
    msg = compose_message(entry, sender="me@example.com", date=datetime.now(timezone.utc))
    send_message(msg, parse_smtp_url(url))
    raise SystemExit("the send should have been killed")
    """
)


def test_killing_the_sender_mid_send_leaves_the_message_unknown(tmp_path: Path) -> None:
    store = tmp_path / "entry.json"
    store.write_text(json.dumps(entry(state=OutboxState.QUEUED).to_dict()), encoding="utf-8")
    script = tmp_path / "child.py"
    script.write_text(_CHILD, encoding="utf-8")
    with smtp_server(Behaviour(stall_after_data=True)) as server:
        url = f"smtp+plain://127.0.0.1:{server.port}"
        child = subprocess.Popen([sys.executable, str(script), str(store), url])
        try:
            assert server.handler.data_seen.wait(60), "the child never sent DATA"
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait(30)
    assert child.returncode == -signal.SIGKILL
    crashed = OutboxEntry.from_dict(json.loads(store.read_text(encoding="utf-8")))
    assert crashed.state is OutboxState.SENDING and crashed.attempts == 1
    recovered = recover_interrupted(crashed, note="unghost stopped while sending")
    assert recovered.state is OutboxState.UNKNOWN
    with pytest.raises(ConflictError, match="does not send it again by itself"):
        begin_send(recovered, automatic=False)
    assert begin_send(recovered, automatic=False, force=True).attempts == 2
    assert len(server.received) == 1
