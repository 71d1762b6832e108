"""Sending accounts: SMTP URLs and presets, the From address, and where passwords are kept."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import keyring.backends.chainer
import keyring.backends.fail
import pytest
from hypothesis import given
from hypothesis import strategies as st

from unghost.errors import InvalidInputError, NotFoundError, StorageError
from unghost.mail.accounts import (
    Security,
    find_preset,
    is_loopback,
    parse_from,
    parse_imap_url,
    parse_smtp_url,
    preset_account,
    redact_url,
)
from unghost.mail.credentials import (
    FileStore,
    KeyringStore,
    find_keyring_problem,
    open_credential_store,
)

posix_only = pytest.mark.skipif(os.name == "nt", reason="file modes are POSIX")


# -- URLs -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "host", "port", "security"),
    [
        ("smtp://mail.example.com", "mail.example.com", 587, Security.STARTTLS),
        ("smtps://mail.example.com", "mail.example.com", 465, Security.TLS),
        ("smtp://mail.example.com:2525", "mail.example.com", 2525, Security.STARTTLS),
        ("smtp+plain://127.0.0.1:1025", "127.0.0.1", 1025, Security.PLAIN),
        ("smtp+plain://[::1]:1025", "::1", 1025, Security.PLAIN),
        ("SMTP+PLAIN://LOCALHOST", "localhost", 25, Security.PLAIN),
        ("smtps://u:p@gmail", "smtp.gmail.com", 465, Security.TLS),
        ("smtp://u:p@gmail", "smtp.gmail.com", 587, Security.STARTTLS),
        ("smtp://u:p@outlook", "smtp-mail.outlook.com", 587, Security.STARTTLS),
        ("smtp://u:p@office365", "smtp.office365.com", 587, Security.STARTTLS),
        ("smtps://u:p@qq", "smtp.qq.com", 465, Security.TLS),
        ("smtps://u:p@163", "smtp.163.com", 465, Security.TLS),
    ],
)
def test_account_urls(url: str, host: str, port: int, security: Security) -> None:
    account = parse_smtp_url(url)
    assert (account.host, account.port, account.security) == (host, port, security)
    assert account.timeout_s == 30


def test_user_and_password_are_percent_decoded_and_never_shown() -> None:
    account = parse_smtp_url("smtps://me%40qq.com:p%40ss%3Aw%2Frd@qq?timeout=12.5")
    assert (account.username, account.password, account.timeout_s) == (
        "me@qq.com",
        "p@ss:w/rd",
        12.5,
    )
    assert "p@ss" not in repr(account) and "p%40ss" not in repr(account)
    assert account.redacted_url == "smtps://me%40qq.com:***@smtp.qq.com:465"
    assert account.credential_key == "smtp:me@qq.com@smtp.qq.com:465"
    assert account.with_password(None).password is None


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("smtp+plain://mail.example.com", "only for a test server on this computer"),
        ("smtp+plain://192.168.1.10:25", "only for a test server on this computer"),
        ("http://mail.example.com", "is not smtp, smtps, smtp+plain"),
        ("imaps://mail.example.com", "is not smtp, smtps, smtp+plain"),
        ("mail.example.com", "is not smtp, smtps, smtp+plain"),
        ("smtp://", "no server name"),
        ("smtp://mail.example.com:99999", "unreadable"),
        ("smtp://me@mail.example.com:TopSecret", "unreadable"),
        ("smtp://mail.example.com/inbox", "a path"),
        ("smtp://mail.example.com?tls=yes", "unknown option 'tls'"),
        ("smtp://mail.example.com?timeout=soon", "not a number"),
        ("smtp://mail.example.com?timeout=0", "out of range"),
        ("smtp://u:p@163", "163 has no starttls port"),
        ("smtp://u:p w@mail.example.com", "spaces or control characters"),
    ],
)
def test_bad_urls_say_what_is_wrong_without_the_password(url: str, why: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        parse_smtp_url(url.replace("u:p", "u:TopSecret") if "u:p@" in url else url)
    assert why in caught.value.message
    assert "TopSecret" not in caught.value.message and caught.value.hint


@pytest.mark.parametrize(
    ("url", "host", "port", "security"),
    [
        ("imaps://me%40qq.com:code@qq", "imap.qq.com", 993, Security.TLS),
        ("imaps://u:p@163", "imap.163.com", 993, Security.TLS),
        ("imaps://u:p@outlook", "outlook.office365.com", 993, Security.TLS),
        ("imap://mail.example.com", "mail.example.com", 143, Security.STARTTLS),
        ("imaps://mail.example.com", "mail.example.com", 993, Security.TLS),
        ("imap+plain://127.0.0.1:1143", "127.0.0.1", 1143, Security.PLAIN),
    ],
)
def test_imap_account_urls(url: str, host: str, port: int, security: Security) -> None:
    account = parse_imap_url(url)
    assert (account.host, account.port, account.security, account.protocol) == (
        host,
        port,
        security,
        "imap",
    )
    assert account.redacted_url.startswith(("imap://", "imaps://", "imap+plain://"))


def test_bad_imap_urls() -> None:
    for url, why in [
        ("imap+plain://mail.example.com", "only for a test server"),
        ("imap://u:p@gmail", "gmail has no starttls port"),
        ("smtp://mail.example.com", "is not imap, imaps, imap+plain"),
    ]:
        with pytest.raises(InvalidInputError, match=re.escape(why)) as caught:
            parse_imap_url(url)
        assert "IMAP account" in caught.value.message


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("smtp://me:secret@host:587", "smtp://me:***@host:587"),
        ("smtps://me%40x.com:p@ss@word@host", "smtps://me%40x.com:***@host"),
        ("smtp://host:587", "smtp://host:587"),
        ("smtp://me@host", "smtp://me@host"),
        ("me:secret@host", "***@host"),
    ],
)
def test_redacting_urls(url: str, shown: str) -> None:
    assert redact_url(url) == shown


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30))
def test_a_password_never_survives_redaction(password: str) -> None:
    url = f"smtps://me:{password}@smtp.example.com:465"
    redacted = redact_url(url)
    assert redacted.startswith("smtps://me:***@")
    if len(password) > 3:
        assert password not in redacted.removeprefix("smtps://me:***@")


def test_presets_by_name_or_address() -> None:
    assert find_preset("gmail") is not None and find_preset("me@googlemail.com").name == "gmail"  # type: ignore[union-attr]
    assert find_preset("x@FOXMAIL.com").name == "qq"  # type: ignore[union-attr]
    assert find_preset("x@163.com").smtp_host == "smtp.163.com"  # type: ignore[union-attr]
    assert find_preset("x@example.com") is None
    account = preset_account("me@qq.com", "code")
    assert (account.host, account.port, account.security, account.username) == (
        "smtp.qq.com",
        465,
        Security.TLS,
        "me@qq.com",
    )
    assert preset_account("me@outlook.com").security is Security.STARTTLS
    with pytest.raises(NotFoundError):
        preset_account("me@example.com")


def test_loopback_hosts() -> None:
    assert all(is_loopback(h) for h in ["127.0.0.1", "127.8.9.1", "::1", "[::1]", "localhost"])
    assert not any(is_loopback(h) for h in ["10.0.0.1", "example.com", "localhost.example.com"])


def test_the_from_address() -> None:
    sender = parse_from("王小明 <xiaoming.wang@example.com>")
    assert (sender.name, sender.address, sender.domain) == (
        "王小明",
        "xiaoming.wang@example.com",
        "example.com",
    )
    assert sender.formatted == "王小明 <xiaoming.wang@example.com>"
    assert parse_from("me@example.com").name is None
    for bad in ["", "not an address", "a@b.example\r\nBcc: x@y.example"]:
        with pytest.raises(InvalidInputError):
            parse_from(bad)


# -- credentials ------------------------------------------------------------------------------
class MemoryKeyring:
    """A keyring backend's interface, in memory. Not a KeyringBackend subclass: keyring
    registers every subclass globally, and other tests must not find this one."""

    def __init__(self) -> None:
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.saved[(service, username)]


PlaintextKeyring = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})


def test_a_real_keyring_is_used(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = open_credential_store(tmp_path, keyring_backend=backend)
    assert isinstance(store, KeyringStore) and store.kind == "keyring"
    store.save_password("smtp:me@host:465", "pw")
    assert backend.saved == {("unghost", "smtp:me@host:465"): "pw"}
    assert store.find_password("smtp:me@host:465") == "pw"
    assert store.delete_password("smtp:me@host:465") and not store.delete_password("smtp:x")
    assert list(tmp_path.iterdir()) == []


def chainer_of(monkeypatch: pytest.MonkeyPatch, *members: object) -> object:
    chainer = keyring.backends.chainer.ChainerBackend()
    monkeypatch.setattr(type(chainer), "backends", property(lambda self: list(members)))
    return chainer


@pytest.mark.parametrize("kind", ["fail", "plaintext", "chainer-of-unsafe", "empty-chainer"])
def test_unsafe_keyrings_are_refused_for_a_private_file(
    kind: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = {
        "fail": lambda: keyring.backends.fail.Keyring(),
        "plaintext": lambda: PlaintextKeyring(),
        "chainer-of-unsafe": lambda: chainer_of(
            monkeypatch, keyring.backends.fail.Keyring(), PlaintextKeyring()
        ),
        "empty-chainer": lambda: chainer_of(monkeypatch),
    }[kind]()
    assert find_keyring_problem(backend) is not None
    store = open_credential_store(tmp_path / "cfg", keyring_backend=backend)
    assert isinstance(store, FileStore)
    assert open_credential_store(tmp_path, keyring_backend=None).kind == "file"


def test_a_chainer_with_one_safe_backend_is_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    chainer = chainer_of(monkeypatch, keyring.backends.fail.Keyring(), MemoryKeyring())
    assert find_keyring_problem(chainer) is None


@posix_only
def test_the_password_file_is_private(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "config")
    assert store.find_password("k") is None
    store.save_password("smtp:me@host:465", "pässword")
    store.save_password("imap:me@host:993", "other")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert (
        json.loads(store.path.read_text(encoding="utf-8"))["passwords"]["smtp:me@host:465"]
        == "pässword"
    )
    assert FileStore(tmp_path / "config").find_password("smtp:me@host:465") == "pässword"
    assert store.delete_password("imap:me@host:993") and not store.delete_password(
        "imap:me@host:993"
    )
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["credentials.json"]


@posix_only
def test_a_password_file_others_can_read_is_refused(tmp_path: Path) -> None:
    store = FileStore(tmp_path)
    store.save_password("k", "v")
    store.path.chmod(0o644)
    with pytest.raises(StorageError, match="can be read by other users") as caught:
        store.find_password("k")
    assert caught.value.hint and "chmod 600" in caught.value.hint


@posix_only
def test_a_link_or_a_foreign_file_is_not_read(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("{}", encoding="utf-8")
    store = FileStore(tmp_path / "config")
    store.path.parent.mkdir(mode=0o700)
    store.path.symlink_to(elsewhere)
    with pytest.raises(StorageError, match="not a regular file"):
        store.find_password("k")
    store.path.unlink()
    store.path.write_text("not json", encoding="utf-8")
    store.path.chmod(0o600)
    with pytest.raises(StorageError, match="cannot be read"):
        store.find_password("k")
    store.path.write_text('{"passwords": []}', encoding="utf-8")
    with pytest.raises(StorageError, match="not an unghost credentials file"):
        store.find_password("k")
