"""Reading real files: .eml, mbox (Takeout style, malformed messages, `From ` in bodies), Maildir."""

from __future__ import annotations

import mailbox
import tracemalloc
from pathlib import Path

import pytest

from tests.mailcorpus import build_sample
from unghost.mail.lexicon import load_table
from unghost.mail.parse import parse_mail
from unghost.mail.relevance import is_candidate_relevant, read_headers
from unghost.mail.sources import iter_eml, iter_mail, iter_maildir, iter_mbox


def _msg(
    subject: str, body: str = "Hello.\n", sender: str = "a@example.org", extra: str = ""
) -> bytes:
    return (
        f"From: {sender}\nTo: me@example.com\nSubject: {subject}\nMessage-ID: <{subject.replace(' ', '.')}@x>\n"
        f"Date: Thu, 08 Oct 2026 10:00:00 +0000\n{extra}\n{body}"
    ).encode()


def _write_mbox(
    path: Path, messages: list[bytes], *, crlf: bool = False, bom: bool = False
) -> None:
    postmarks = [
        b"From MAILER-DAEMON Thu Oct  8 10:00:00 2026",
        b"From 1844347792267117879@xxx",
        b"From -",
    ]
    chunks = [b"\xef\xbb\xbf"] if bom else []
    for i, message in enumerate(messages):
        chunks += [postmarks[i % 3], b"\n", message.rstrip(b"\n"), b"\n\n"]
    data = b"".join(chunks)
    path.write_bytes(data.replace(b"\n", b"\r\n") if crlf else data)


def test_mbox_with_a_malformed_message_and_unescaped_from_lines(tmp_path: Path) -> None:
    messages = [
        _msg("first"),
        _msg("second", "My favourite film:\n\nFrom Russia with love\nYear: 1963\n"),
        b'Subject: =?utf-8?b?###?=\nContent-Type: multipart/mixed; boundary="x"\n\n--x\nbroken\n',
        _msg("fourth", ">From the archive, quoted.\n>>From deeper.\n"),
        _msg("fifth"),
    ]
    path = tmp_path / "inbox.mbox"
    _write_mbox(path, messages)
    found = list(iter_mbox(path))
    assert len(found) == 5
    parsed = [parse_mail(m.raw) for m in found]
    assert [p.subject for p in parsed][:2] == ["first", "second"]
    assert "From Russia with love" in parsed[1].text
    assert found[1].defects == ("from-line-in-body",)
    assert "bad-encoded-word:subject" in parsed[2].defects
    assert "From the archive" in parsed[3].text and ">From deeper." in parsed[3].text
    assert parsed[4].subject == "fifth"
    assert found[0].postmark == "From MAILER-DAEMON Thu Oct  8 10:00:00 2026"


def test_takeout_style_mbox_with_crlf_bom_and_labels(tmp_path: Path) -> None:
    messages = [
        _msg(
            f"m{i}",
            extra=f'X-GM-THRID: {1844347792267117879 + i}\nX-Gmail-Labels: Inbox,"Jobs, 2026",Opened\n',
        )
        for i in range(6)
    ]
    path = tmp_path / "All mail Including Spam and Trash.mbox"
    _write_mbox(path, messages, crlf=True, bom=True)
    found = [parse_mail(m.raw) for m in iter_mail([path])]
    assert [p.subject for p in found] == [f"m{i}" for i in range(6)]
    assert all(p.gmail_labels == ["Inbox", "Jobs, 2026", "Opened"] for p in found)
    assert all(p.text == "Hello." for p in found)


@pytest.mark.parametrize("chunk", [1, 7, 64, 4096])
def test_mbox_reading_is_the_same_whatever_the_chunk_size(
    tmp_path: Path, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [
        build_sample(label, "train", i).raw
        for i, label in enumerate(["rejection", "offer", "bounce"] * 3)
    ]
    path = tmp_path / "chunks.mbox"
    _write_mbox(path, messages)
    expected = [m.raw for m in iter_mbox(path)]
    monkeypatch.setitem(load_table("mail_formats")["mbox_chunk_bytes"], "value", chunk)
    assert [m.raw for m in iter_mbox(path)] == expected
    assert len(expected) == 9


def test_mbox_agrees_with_the_stdlib_on_well_formed_files(tmp_path: Path) -> None:
    path = tmp_path / "std.mbox"
    box = mailbox.mbox(path)
    for i in range(20):
        box.add(build_sample("acknowledgement", "train", i).raw)
    box.flush()
    box.close()
    ours = [f"<{parse_mail(m.raw).message_id}>" for m in iter_mbox(path)]
    theirs = [m["Message-ID"] for m in mailbox.mbox(path)]
    assert ours == theirs and len(ours) == 20


def test_oversized_message_keeps_its_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    table = load_table("mail_formats")
    monkeypatch.setitem(table["max_message_bytes"], "value", 2_000)
    monkeypatch.setitem(table["max_kept_bytes_of_oversized"], "value", 500)
    monkeypatch.setitem(table["mbox_chunk_bytes"], "value", 256)
    path = tmp_path / "big.mbox"
    _write_mbox(path, [_msg("small"), _msg("huge", "x" * 10_000 + "\n"), _msg("after")])
    found = list(iter_mbox(path))
    assert [read_headers(m.raw)["Subject"] for m in found] == ["small", "huge", "after"]
    assert found[1].defects == ("message-too-large",) and len(found[1].raw) == 500


def test_streaming_memory_does_not_grow_with_the_mailbox(tmp_path: Path) -> None:
    path = tmp_path / "many.mbox"
    message = _msg("same", "Body line.\n" * 40)
    _write_mbox(path, [message] * 3_000)
    tracemalloc.start()
    count = sum(1 for _ in iter_mbox(path))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3_000
    assert path.stat().st_size > 1_500_000
    assert peak < 3 * load_table("mail_formats")["mbox_chunk_bytes"]["value"]


def test_eml_files_and_unreadable_paths(tmp_path: Path) -> None:
    good = tmp_path / "one.eml"
    good.write_bytes(build_sample("interview-invite", "train", 1).raw)
    [raw] = list(iter_eml(good))
    assert raw.location == str(good) and parse_mail(raw.raw).subject
    [missing] = list(iter_mail([tmp_path / "nope.eml"]))
    assert missing.raw == b"" and missing.defects == ("unreadable-file:not found",)


def test_maildir_with_subfolders_and_mixed_directories(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for folder in (root, root / ".Jobs"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
    (root / "new" / "1.host").write_bytes(_msg("new one"))
    (root / "cur" / "2.host:2,S").write_bytes(_msg("seen one"))
    (root / "tmp" / "3.host").write_bytes(_msg("half written"))
    (root / ".Jobs" / "cur" / "4.host:2,S").write_bytes(_msg("in a subfolder"))
    subjects = [read_headers(m.raw)["Subject"] for m in iter_maildir(root)]
    assert subjects == ["new one", "seen one", "in a subfolder"]
    mixed = tmp_path / "export"
    mixed.mkdir()
    (mixed / "a.eml").write_bytes(_msg("loose eml"))
    _write_mbox(mixed / "b.mbox", [_msg("boxed 1"), _msg("boxed 2")])
    found = sorted(str(read_headers(m.raw)["Subject"]) for m in iter_mail([mixed, root]))
    assert found == ["boxed 1", "boxed 2", "in a subfolder", "loose eml", "new one", "seen one"]
    nested = sorted(str(read_headers(m.raw)["Subject"]) for m in iter_mail([tmp_path]))
    assert nested == found


def test_relevance_from_headers_alone() -> None:
    domains, addresses = {"acme.com"}, {"li.wei@partner.example"}

    def relevant(raw: bytes, known_message_ids: frozenset[str] = frozenset()) -> bool:
        headers = read_headers(raw)
        return is_candidate_relevant(
            headers, domains, addresses, known_message_ids=known_message_ids
        )

    assert relevant(_msg("hi", sender="jo@careers.acme.com"))
    assert relevant(_msg("hi", sender="Li <li.wei@partner.example>"))
    assert relevant(_msg("Update", sender="Acme Recruiting <no-reply@greenhouse.io>"))
    assert relevant(_msg("Undelivered Mail", sender="MAILER-DAEMON@mx.example"))
    assert relevant(_msg("Interview invitation", sender="x@unknown.example"))
    assert relevant(_msg("=?utf-8?B?6Z2i6K+V6YKA6K+3?=", sender="x@unknown.example"))
    assert relevant(
        _msg("Re: lunch", sender="x@unknown.example", extra="In-Reply-To: <fu1@me>\n"),
        known_message_ids=frozenset({"<fu1@me>"}),
    )
    assert not relevant(_msg("Weekend plans", sender="friend@gmail.com"))
    assert not relevant(_msg("Interview", sender="x@y.example", extra="X-Gmail-Labels: Chat\n"))


def test_read_headers_ignores_the_body_and_unfolds() -> None:
    raw = b"Subject: s\r\nTo: a@b.example,\r\n\tc@d.example\r\nTo: e@f.example\r\n\r\nSubject: body\r\n"
    headers = read_headers(raw)
    assert headers["Subject"] == "s" and headers.get("subject") == "s"
    assert headers["To"] == "a@b.example, c@d.example, e@f.example"
    assert "from" not in headers and headers.get("From") is None


def test_mbox_splitter_on_tricky_files(tmp_path: Path) -> None:
    """CRLF with `>From ` quoting, a body line starting with "From " that is no postmark, a
    postmark with no blank line before it, and a message with no blank line after its headers."""
    data = (
        b"From a@example.org Thu Oct  8 10:00:00 2026\r\n"
        b"From: a@example.org\r\nSubject: quoted\r\n\r\n"
        b">From the archive.\r\n>>From deeper.\r\nFrom here on, all is body.\r\n\r\n"
        b"From b@example.org Thu Oct  8 10:01:00 2026\r\n"
        b"From: b@example.org\r\nSubject: no blank before the next\r\n\r\nlast line\r\n"
        b"From c@example.org Thu Oct  8 10:02:00 2026\r\n"
        b"From: c@example.org\r\nSubject: headers only\r\n"
        b"From d@example.org Thu Oct  8 10:03:00 2026\r\n"
        b"From: d@example.org\r\nSubject: last\r\n\r\nFrom x@y.example is mentioned\r\nbye\r\n"
    )
    path = tmp_path / "tricky.mbox"
    path.write_bytes(data)
    found = list(iter_mbox(path))
    assert [read_headers(m.raw)["Subject"] for m in found] == [
        "quoted", "no blank before the next", "headers only", "last",
    ]  # fmt: skip
    assert found[0].raw.endswith(
        b"From the archive.\r\n>From deeper.\r\nFrom here on, all is body.\r\n"
    )
    assert found[0].defects == ("from-line-in-body",)
    assert found[1].raw.endswith(b"\r\n\r\nlast line\r\n") and found[1].defects == ()
    assert found[2].raw == b"From: c@example.org\r\nSubject: headers only\r\n"
    assert parse_mail(found[3].raw).text == "From x@y.example is mentioned\nbye"
    assert [m.postmark for m in found][1] == "From b@example.org Thu Oct  8 10:01:00 2026"


@pytest.mark.parametrize(
    ("raw", "subject"),
    [
        (b"Subject: lf\n\nSubject: body\r\n\r\n", "lf"),
        (b"Subject: crlf\r\n\r\nbody\n\nSubject: body\n", "crlf"),
        (b"Subject: no body\r\n", "no body"),
        (b"To: a@b.example\nSubject: late\r\n\r\n\n", "late"),
    ],
)
def test_read_headers_stops_at_the_first_blank_line_whatever_the_line_ends(
    raw: bytes, subject: str
) -> None:
    assert read_headers(raw)["Subject"] == subject


def test_split_subject_tests_give_the_one_alternations_verdict() -> None:
    from tests.mailcorpus import LABELS
    from unghost.mail.lexicon import compile_any
    from unghost.mail.relevance import _subject_tests

    words = load_table("mail_patterns")["relevance"]["subject_words"]
    whole = compile_any(words)
    subjects = [
        parse_mail(build_sample(label, "train", i).raw).subject
        for label in LABELS
        for i in range(20)
    ]
    subjects += ["Weekend plans", "offer 已发", "面试邀请", "Re: CV", "résumé", "RÉSUMÉ", ""]
    for subject in subjects:
        assert any(t.search(subject) for t in _subject_tests()) == bool(whole.search(subject))
    assert len(_subject_tests()) == 2


def test_relevance_reads_parsed_headers_and_header_blocks_alike() -> None:
    from email import policy
    from email.parser import BytesHeaderParser

    from tests.mailcorpus import LABELS

    domains = {"acme.com"}
    raws = [build_sample(label, "train", i).raw for label in LABELS for i in range(5)]
    raws += [_msg("Weekend plans", sender="friend@gmail.com", extra="CC: X@Acme.com\n")]
    for raw in raws:
        parsed = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
        assert is_candidate_relevant(parsed, domains, ()) == is_candidate_relevant(
            read_headers(raw), domains, ()
        )
