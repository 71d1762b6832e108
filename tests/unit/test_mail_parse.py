"""Parsing raw mail: decoded headers, body text, and defects instead of exceptions."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.mailcorpus import build_sample
from unghost.mail.headers import Address, parse_addresses, parse_message_ids
from unghost.mail.parse import parse_mail


def _message(headers: str, body: str = "Hello\n") -> bytes:
    return (headers.strip("\n") + "\n\n" + body).encode("utf-8", "surrogateescape")


def test_generated_ats_message_is_read_whole() -> None:
    sample = build_sample("rejection", "train", 3)
    mail = parse_mail(sample.raw)
    assert mail.message_id == sample.message_id
    assert mail.from_ is not None and mail.from_.address == sample.sender
    assert mail.date is not None and mail.date.tzinfo is not None
    assert mail.date == sample.sent
    assert mail.text.strip()
    assert mail.sha256 and mail.size == len(sample.raw)


def test_encoded_display_name_with_a_comma_stays_one_address() -> None:
    raw = _message(
        "From: =?iso-8859-1?Q?Last=DFlName=2C_FirstName?= <comma.name@example.com>\n"
        "To: simple@example.net, =?UTF-8?Q?John_=22Johnny=22_Doe?= <john.doe@example.com>\n"
    )
    mail = parse_mail(raw)
    assert mail.from_ == Address("LastßlName, FirstName", "comma.name@example.com")
    assert [a.address for a in mail.to] == ["simple@example.net", "john.doe@example.com"]
    assert mail.to[1].name == 'John "Johnny" Doe'


def test_a_display_name_that_is_an_address_does_not_replace_the_real_one() -> None:
    addresses = parse_addresses("alice@example.com <bob@example.com>", [], "from")
    assert addresses == [Address("alice@example.com", "bob@example.com")]


def test_malformed_address_headers_are_defects_not_errors() -> None:
    defects: list[str] = []
    assert parse_addresses('"', defects, "to") == []
    assert parse_addresses("undisclosed-recipients:;", defects, "to") == []
    assert [a.address for a in parse_addresses("a@b.example,", defects, "cc")] == ["a@b.example"]
    assert [a.address for a in parse_addresses("Joe (comment) <J@X.example>", [], "to")] == [
        "j@x.example"
    ]
    assert "address-without-mailbox:to" in defects


def test_eight_bit_latin1_header_is_decoded_and_reported() -> None:
    raw = b'From: "Ingo L\xfctkebohle" <ingo@example.de>\nSubject: hi\n\nbody\n'
    mail = parse_mail(raw)
    assert mail.from_ is not None and mail.from_.name == "Ingo Lütkebohle"
    assert "8bit-header:from" in mail.defects


def test_raw_utf8_chinese_header_and_gb2312_label_with_gbk_bytes() -> None:
    body = "您好，恭喜您通过面试。".encode("gb18030")
    raw = (
        "From: 招聘组 <hr@example.cn>\nSubject: =?GB2312?B?"
        + base64.b64encode("面试邀请".encode("gb2312")).decode()
        + "?=\nContent-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: 8bit\n\n"
    ).encode("utf-8") + body
    mail = parse_mail(raw)
    assert mail.from_ is not None and mail.from_.name == "招聘组"
    assert mail.subject == "面试邀请"
    assert "恭喜您通过面试" in mail.text


def test_unknown_charset_and_broken_encoded_word_keep_the_text() -> None:
    raw = (
        b"Subject: =?utf-8?b?###?= and =?x-unknown?Q?plain?=\n"
        b"Content-Type: text/plain; charset=x-made-up\n\ncaf\xe9 ready\n"
    )
    mail = parse_mail(raw)
    assert mail.text == "café ready"
    assert "=?utf-8?b?###?=" in mail.subject
    assert "plain" in mail.subject
    assert "bad-encoded-word:subject" in mail.defects
    assert any(d.startswith("unknown-charset") for d in mail.defects)


def test_message_ids_are_normalised_and_references_kept_in_order() -> None:
    raw = _message(
        "Message-ID: < abc@x.example >\nIn-Reply-To: <p@y.example>\n"
        "References: <r1@y.example>\n <p@y.example>"
    )
    mail = parse_mail(raw)
    assert mail.message_id == "abc@x.example"
    assert mail.in_reply_to == ["p@y.example"]
    assert mail.references == ["r1@y.example", "p@y.example"]
    assert mail.thread_ids == ["p@y.example", "r1@y.example"]
    assert parse_message_ids("<[b378@microsoft.com]>") == ["[b378@microsoft.com]"]


def test_missing_or_bad_dates_fall_back_with_a_defect() -> None:
    fallback = datetime(2026, 10, 9, 8, 0, tzinfo=UTC)
    missing = parse_mail(_message("Subject: no date"), fallback_date=fallback)
    assert missing.date == fallback and "date-missing" in missing.defects
    garbage = parse_mail(_message("Date: 32 Feb 2024 25:61:00"))
    assert garbage.date is None and "date-invalid" in garbage.defects
    zoneless = parse_mail(_message("Date: Mon, 1 Jan 2024 10:00:00 -0000"))
    assert zoneless.date == datetime(2024, 1, 1, 10, tzinfo=UTC)
    assert "date-without-zone" in zoneless.defects
    far = parse_mail(_message("Date: Mon, 1 Jan 2999 10:00:00 +0000"))
    assert far.date is None and "date-implausible" in far.defects
    offset = parse_mail(_message("Date: Fri, 09 Oct 2026 09:00:00 +0800"))
    assert offset.date is not None and offset.date.utcoffset() == timedelta(hours=8)


def test_missing_boundary_keeps_the_body_and_records_the_defect() -> None:
    raw = _message(
        'Subject: broken\nContent-Type: multipart/alternative; boundary="nope"',
        "Thank you for applying, we received your application.\n",
    )
    mail = parse_mail(raw)
    assert "received your application" in mail.text
    assert "multipart-without-parts" in mail.defects


def test_html_only_body_becomes_text_and_a_plain_stub_yields_to_html() -> None:
    html = "<html><body><p>We would like to <b>invite you</b> to an interview.</p></body></html>"
    only = parse_mail(_message("Content-Type: text/html; charset=utf-8", html))
    assert only.text_from_html and "invite you to an interview" in only.text
    raw = (
        'Content-Type: multipart/alternative; boundary="b"\n\n--b\nContent-Type: text/plain\n\n'
        "View this email in your browser.\n--b\nContent-Type: text/html\n\n"
        + "<p>"
        + "We would like to invite you to an interview next week. " * 8
        + "</p>\n--b--\n"
    ).encode()
    stub = parse_mail(raw)
    assert stub.text_from_html and stub.text.startswith("We would like")


def test_gmail_labels_with_quoted_commas_and_folding() -> None:
    raw = _message('X-Gmail-Labels: Inbox,"Travel, 2023",\n Important,Opened\nSubject: x')
    assert parse_mail(raw).gmail_labels == ["Inbox", "Travel, 2023", "Important", "Opened"]


def test_reports_enclosures_calendar_and_attachments_are_collected() -> None:
    raw = (
        b'Content-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: text/plain\n\nSee below.\n'
        b"--m\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n"
        b'--m\nContent-Type: application/pdf; name="offer.pdf"\nContent-Disposition: attachment; '
        b'filename="offer.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n'
        b"--m\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\n"
        b"Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n"
        b"--m\nContent-Type: message/rfc822\n\nMessage-ID: <orig@x.example>\nSubject: Earlier\n\nold\n--m--\n"
    )
    mail = parse_mail(raw)
    assert mail.text == "See below."
    assert mail.calendar is not None and "METHOD:REQUEST" in mail.calendar
    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("offer.pdf", "application/pdf")
    ]
    assert mail.delivery_status[1]["final-recipient"] == "rfc822; a@b.example"
    assert mail.enclosed_headers[0]["message-id"] == "<orig@x.example>"


def test_leading_blank_lines_are_skipped() -> None:
    mail = parse_mail(b"   \n\nFrom: a@b.example\nSubject: hi\n\nbody\n")
    assert mail.subject == "hi" and "leading-blank-lines" in mail.defects


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_parse_without_raising(raw: bytes) -> None:
    mail = parse_mail(raw)
    assert mail.size == len(raw)
    assert isinstance(mail.text, str) and isinstance(mail.defects, list)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                b"Subject: =?utf-8?B?",
                b"From: \xff\xfe <",
                b"Content-Type: multipart/mixed; boundary=",
                b"\n--",
                b"\r\n",
                b"Date: ",
                b"=?gb2312?Q?=D6=D0?=",
                b"\x00",
                b"<a@b>",
                b":",
                b"\n\n",
            ]
        ),
        max_size=40,
    )
)
def test_header_and_mime_fragments_parse_without_raising(parts: list[bytes]) -> None:
    mail = parse_mail(b"".join(parts))
    assert mail.date is None or mail.date.tzinfo is not None


def test_fixed_offset_dates_stay_aware() -> None:
    mail = parse_mail(_message("Date: Thu, 08 Oct 2026 15:00:00 -0500"))
    assert mail.date == datetime(2026, 10, 8, 15, tzinfo=timezone(timedelta(hours=-5)))


def test_pathological_structures_are_bounded() -> None:
    deep = b"From: a@b.example\nSubject: deep\n" + b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode() for i in range(1000)
    )
    mail = parse_mail(deep + b"Content-Type: text/plain\n\ndeep\n")
    assert mail.subject == "deep" and mail.from_ is not None
    assert any(d.startswith("unparseable:") or d == "too-deep" for d in mail.defects)
    many = b'Content-Type: multipart/mixed; boundary="x"\n\n' + b"--x\n\npart\n" * 3000 + b"--x--\n"
    assert "too-many-parts" in parse_mail(many).defects


def test_nul_characters_and_bad_parameters_are_cleaned_up() -> None:
    mail = parse_mail(
        b"To: (c):\nSubject: a\x00b\nContent-Type: text/plain; name*\n\nbody\x00 text\n"
    )
    assert (mail.subject, mail.text, mail.to) == ("ab", "body text", [])
    assert "nul-characters" in mail.defects
    rfc2231 = parse_mail(
        b"Content-Type: application/pdf\n"
        b"Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\n\n%PDF\n"
    )
    assert [a.filename for a in rfc2231.attachments] == ["résumé.pdf"]
