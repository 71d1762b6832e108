"""Composing RFC 5322 messages: header injection refused, encodings that round-trip, Message-IDs."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.parser import Parser
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from unghost.domain.outbox import OutboxEntry
from unghost.errors import InvalidInputError
from unghost.mail.compose import (
    compose_message,
    make_message_id,
    message_bytes,
    parse_address,
    save_eml,
)

SHANGHAI = timezone(timedelta(hours=8))
WHEN = datetime(2026, 9, 28, 20, 15, tzinfo=SHANGHAI)
SENDER = "王小明 <xiaoming.wang@example.com>"


def entry(**changes: object) -> OutboxEntry:
    values: dict[str, object] = {
        "application_ref": "xinghe-analyst",
        "kind": "thank-you",
        "lang": "zh",
        "to": "李伟 <li.wei@xinghe.example>",
        "subject": "感谢面试机会：数据分析师（王小明）",
        "body": "尊敬的李伟：\n\n您好！感谢您抽出宝贵时间。\n\n祝好！\n王小明\n",
        "message_id": "<20260928.1@example.com>",
        "created_at": WHEN,
    }
    values.update(changes)
    return OutboxEntry(**values)  # type: ignore[arg-type]


def parsed(msg: EmailMessage) -> EmailMessage:
    return message_from_bytes(message_bytes(msg), policy=policy.default)  # type: ignore[return-value]


def test_chinese_names_and_subjects_round_trip_through_the_stdlib_parser() -> None:
    raw = message_bytes(compose_message(entry(), sender=SENDER, date=WHEN))
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert head.isascii() and b"=?utf-8?" in head  # RFC 2047 encoded words
    back = message_from_bytes(raw, policy=policy.default)
    assert back["Subject"] == "感谢面试机会：数据分析师（王小明）"
    (to,) = back["To"].addresses
    (sender,) = back["From"].addresses
    assert (to.display_name, to.addr_spec) == ("李伟", "li.wei@xinghe.example")
    assert (sender.display_name, sender.addr_spec) == ("王小明", "xiaoming.wang@example.com")
    assert back["Date"].datetime == WHEN and back["Content-Language"] == "zh-CN"
    plain = back.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert plain == entry().body
    html = back.get_body(("html",)).get_content()
    assert "<p>您好！感谢您抽出宝贵时间。</p>" in html and 'lang="zh-CN"' in html


def test_every_line_ends_in_crlf_and_nothing_needs_8bit() -> None:
    raw = message_bytes(compose_message(entry(), sender=SENDER, date=WHEN))
    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_html_escapes_what_the_body_says() -> None:
    msg = compose_message(
        entry(lang="en", body="Hi <b>&</b>\nline two\n\nnext"), sender=SENDER, date=WHEN
    )
    html = parsed(msg).get_body(("html",)).get_content().replace("\r\n", "\n")
    assert "<p>Hi &lt;b&gt;&amp;&lt;/b&gt;<br>\nline two</p>\n<p>next</p>" in html
    only_text = compose_message(entry(), sender=SENDER, date=WHEN, html_part=False)
    assert only_text.get_content_type() == "text/plain"


def test_the_message_id_uses_the_senders_domain_never_the_host_name() -> None:
    ids = {make_message_id("Me <me@mail.example.org>") for _ in range(50)}
    assert len(ids) == 50
    host = socket.gethostname()
    for mid in ids:
        assert mid.startswith("<") and mid.endswith("@mail.example.org>")
        assert host not in mid
    assert make_message_id("王 <wang@例子.中国>").endswith("@xn--fsqu00a.xn--fiqs8s>")
    fresh = compose_message(entry(message_id=None), sender="Me <me@mail.example.org>", date=WHEN)
    assert fresh["Message-ID"].endswith("@mail.example.org>")
    kept = compose_message(entry(), sender=SENDER, date=WHEN)
    assert kept["Message-ID"] == "<20260928.1@example.com>"


def test_a_reply_carries_in_reply_to_and_references() -> None:
    msg = compose_message(
        entry(in_reply_to="<t2@acme.example>", references=["<t1@acme.example>"]),
        sender=SENDER,
        date=WHEN,
    )
    back = parsed(msg)
    assert back["In-Reply-To"] == "<t2@acme.example>"
    assert back["References"] == "<t1@acme.example> <t2@acme.example>"


def test_copies_and_quoted_names() -> None:
    msg = compose_message(
        entry(to='"Lee, Jordan" <jordan@acme.example>', cc=["Sam <sam@acme.example>"]),
        sender=SENDER,
        date=WHEN,
    )
    back = parsed(msg)
    assert back["To"].addresses[0].display_name == "Lee, Jordan"
    assert [a.addr_spec for a in back["Cc"].addresses] == ["sam@acme.example"]


INJECTIONS = [
    "\r\nBcc: victim@evil.example",
    "\nX-Injected: 1",
    "\rX: 1",
    "a\x00b",
    "a\u2028b",
    "a\x85b",
]


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize(
    "field",
    [
        "subject",
        "to_name",
        "to_address",
        "cc",
        "sender_name",
        "sender_address",
        "in_reply_to",
        "references",
    ],
)
def test_header_injection_is_refused_in_every_field(field: str, payload: str) -> None:
    changes: dict[str, object] = {}
    sender = SENDER
    if field == "subject":
        changes["subject"] = "Thank you" + payload
    elif field == "to_name":
        changes["to"] = f"Li Wei{payload} <li.wei@xinghe.example>"
    elif field == "to_address":
        changes["to"] = f"Li Wei <li.wei@xinghe.example{payload}>"
    elif field == "cc":
        changes["cc"] = [f"sam@acme.example{payload}"]
    elif field == "sender_name":
        sender = f"Wang{payload} <wang@example.com>"
    elif field == "sender_address":
        sender = f"wang@example.com{payload}"
    elif field == "in_reply_to":
        changes["in_reply_to"] = f"<a@b.example>{payload}"
    else:
        changes["references"] = [f"<a@b.example>{payload}"]
    with pytest.raises(InvalidInputError, match="control character"):
        compose_message(entry(**changes), sender=sender, date=WHEN)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("to", "not an address"),
        ("to", "a@b.example, c@d.example"),
        ("to", "li.wei@localhost"),
        ("in_reply_to", "no-brackets@x.example"),
        ("subject", "   "),
    ],
)
def test_malformed_fields_are_refused(field: str, value: str) -> None:
    with pytest.raises(InvalidInputError):
        compose_message(entry(**{field: value}), sender=SENDER, date=WHEN)


def test_a_naive_date_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="time zone"):
        compose_message(entry(), sender=SENDER, date=datetime(2026, 9, 28, 20))


NAME_TEXT = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "Zs", "Pd", "Ps", "Pe", "Po"),
        blacklist_characters='()<>@,;:\\".[]',
    ),
    min_size=1,
    max_size=60,
)
SUBJECT_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"
    ),
    min_size=1,
    max_size=120,
)


def words(text: str) -> str:
    return " ".join(text.split())


@settings(max_examples=150, deadline=None)
@given(subject=SUBJECT_TEXT, name=NAME_TEXT)
def test_any_printable_subject_and_name_round_trip(subject: str, name: str) -> None:
    """Decoded as RFC 2047 says (whitespace between adjacent encoded words is dropped; the
    stdlib's address parser does not do that, so the raw header is decoded here)."""
    assume(subject.strip() and name.strip())
    msg = compose_message(
        entry(subject=subject, to=f"{name} <li.wei@xinghe.example>"), sender=SENDER, date=WHEN
    )
    raw = message_bytes(msg)
    back = message_from_bytes(raw, policy=policy.default)
    assert words(back["Subject"]) == words(subject)
    to_header = message_from_bytes(raw, policy=policy.compat32)["To"]
    decoded = str(make_header(decode_header(to_header)))
    assert words(decoded) == words(f"{name} <li.wei@xinghe.example>")


def test_a_long_chinese_display_name_survives_folding() -> None:
    name = "星河数据科技有限公司招聘部门负责人李伟先生"
    raw = message_bytes(
        compose_message(entry(to=f"{name} <li@xinghe.example>"), sender=SENDER, date=WHEN)
    )
    to_header = message_from_bytes(raw, policy=policy.compat32)["To"]
    assert "\n" in to_header  # folded over two lines...
    assert str(make_header(decode_header(to_header))) == f"{name} <li@xinghe.example>"  # ...intact


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1, max_size=40), st.sampled_from(["\r", "\n", "\0", "\u2028"]))
def test_any_subject_with_a_break_is_refused(text: str, brk: str) -> None:
    with pytest.raises(InvalidInputError):
        compose_message(entry(subject=text + brk + text), sender=SENDER, date=WHEN)


def test_addresses_are_parsed_to_ascii_domains() -> None:
    found = parse_address("Ünïcode Nàme <user@BÜCHER.example>")
    assert (found.display_name, found.domain) == ("Ünïcode Nàme", "xn--bcher-kva.example")


def test_an_eml_file_opens_in_the_stdlib_parser(tmp_path: Path) -> None:
    path = tmp_path / "thank-you.eml"
    save_eml(compose_message(entry(), sender=SENDER, date=WHEN), path)
    back = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert back["Subject"] == entry().subject and back["Message-ID"] == "<20260928.1@example.com>"
    assert [p.name for p in tmp_path.iterdir()] == ["thank-you.eml"]  # no temporary file left


def test_a_non_ascii_local_part_is_written_as_utf8() -> None:
    msg = compose_message(entry(to="李伟 <李伟@xinghe.example>"), sender=SENDER, date=WHEN)
    raw = message_bytes(msg)
    assert "李伟@xinghe.example".encode() in raw  # RFC 6532: raw UTF-8, sent with SMTPUTF8
    back = Parser(policy=policy.default).parsestr(raw.decode("utf-8"))
    assert back["To"].addresses[0].username == "李伟"
