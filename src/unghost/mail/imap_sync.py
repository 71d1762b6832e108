"""Reading an IMAP mailbox incrementally and read-only: by UIDVALIDITY and UID, headers first."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from unghost.errors import MailError
from unghost.mail.accounts import MailAccount
from unghost.mail.redaction import redact
from unghost.mail.relevance import HeaderBlock, read_headers
from unghost.mail.sources import RawMail
from unghost.mail.tls import tls_context

_BATCH = 200


@dataclass(frozen=True, slots=True)
class FolderState:
    """Where the last sync of a folder stopped."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class FolderPass:
    """What one sync of a folder saw: its UIDVALIDITY and the highest UID it went through."""

    folder: str
    uidvalidity: int
    last_uid: int
    seen: int
    fetched: int


def _scrub(text: str, account: MailAccount) -> str:
    text = text.replace(account.password, "***") if account.password else text
    return redact(text)


def open_imap(account: MailAccount, ssl_context: ssl.SSLContext | None = None):  # type: ignore[no-untyped-def]  # IMAPClient
    """A logged-in client; errors are one line, never with the password."""
    from imapclient.exceptions import IMAPClientError

    from unghost.mail.imap_drafts import _connect, login

    where = f"{account.host}:{account.port}"
    try:
        context = ssl_context or tls_context(account.cafile)
        client = _connect(account, context)
    except MailError:
        raise
    except (OSError, IMAPClientError) as exc:
        raise MailError(_scrub(f"cannot open the mailbox {where}: {exc}", account)) from None
    try:
        login(client, account)
    except MailError:
        with contextlib.suppress(Exception):
            client.shutdown()
        raise
    except (OSError, IMAPClientError) as exc:
        raise MailError(_scrub(f"cannot open the mailbox {where}: {exc}", account)) from None
    return client


def sync_folder(
    client,  # type: ignore[no-untyped-def]  # IMAPClient
    folder: str,
    previous: FolderState | None,
    wanted: Callable[[HeaderBlock], bool],
) -> tuple[FolderPass, Iterator[RawMail]]:
    """Select `folder` read-only and yield the new messages whose headers are `wanted`.

    A changed UIDVALIDITY means the server renumbered the folder: everything is read again
    (the store's Message-ID + hash key keeps that from duplicating anything)."""
    info = client.select_folder(folder, readonly=True)
    uidvalidity = int(info.get(b"UIDVALIDITY", 0))
    start = 1
    if previous is not None and previous.uidvalidity == uidvalidity:
        start = previous.last_uid + 1
    uids = sorted(int(u) for u in client.search(["UID", f"{start}:*"]) if int(u) >= start)
    last = max([*uids, start - 1, 0])
    result = FolderPass(folder, uidvalidity, last, len(uids), 0)

    def messages() -> Iterator[RawMail]:
        for i in range(0, len(uids), _BATCH):
            chunk = uids[i : i + _BATCH]
            heads = client.fetch(chunk, ["BODY.PEEK[HEADER]"])
            chosen = [
                uid for uid in chunk
                if wanted(read_headers(heads.get(uid, {}).get(b"BODY[HEADER]", b"") or b""))
            ]  # fmt: skip
            if not chosen:
                continue
            bodies = client.fetch(chosen, ["BODY.PEEK[]"])
            for uid in chosen:
                raw = bodies.get(uid, {}).get(b"BODY[]")
                if raw:
                    yield RawMail(raw=bytes(raw), location=f"{folder}/{uidvalidity}/{uid}")

    return result, messages()
