"""Saving a message into the IMAP Drafts folder, so the user sends it from their own client."""

from __future__ import annotations

import contextlib
import ssl
from datetime import datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import DRAFTS

from unghost.errors import MailError
from unghost.mail.accounts import MailAccount, Security, is_loopback, load_account_tables
from unghost.mail.redaction import redact
from unghost.mail.tls import tls_context


def _scrub(text: str, account: MailAccount) -> str:
    text = text.replace(account.password, "***") if account.password else text
    return redact(text)


def _connect(account: MailAccount, context: ssl.SSLContext) -> IMAPClient:
    client = IMAPClient(
        account.host,
        port=account.port,
        ssl=account.security is Security.TLS,
        ssl_context=context,
        timeout=account.timeout_s,
    )
    if account.security is Security.STARTTLS:
        if client.has_capability("STARTTLS"):
            client.starttls(context)
        elif (account.password or account.oauth) and not is_loopback(account.host):
            raise MailError(
                f"{account.host}:{account.port} does not offer STARTTLS; unghost will not send "
                "your password unencrypted (use imaps://)"
            )
    return client


def login(client: IMAPClient, account: MailAccount) -> None:
    """LOGIN with the password, or AUTHENTICATE with the connected account's access token."""
    if account.oauth is not None:
        from unghost.mail.oauth_sasl import imap_login

        imap_login(client, account.oauth, account.host, account.port)
        return
    client.login(account.username or "", account.password or "")


def find_drafts_folder(client: Any) -> str | None:
    """The folder flagged \\Drafts (RFC 6154), else the first usual name that exists."""
    found = client.find_special_folder(DRAFTS)
    if found:
        return str(found)
    names = {str(folder[2]) for folder in client.list_folders()}
    wanted = load_account_tables()["imap"]["drafts_names"]
    return next((name for name in wanted if name in names), None)


def save_to_drafts(
    data: bytes,
    account: MailAccount,
    *,
    at: datetime,
    folder: str | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> str:
    """Append the message to the Drafts folder (or `folder`) flagged \\Draft; the folder used.

    Raises MailError with one line saying what went wrong (never the password).
    """
    where = f"{account.host}:{account.port}"
    try:
        context = ssl_context or tls_context(account.cafile)
        client = _connect(account, context)
    except MailError:
        raise
    except (OSError, IMAPClientError) as exc:
        raise MailError(_scrub(f"cannot reach the IMAP server {where}: {exc}", account)) from None
    try:
        if client.has_capability("ID"):
            client.id_(dict(load_account_tables()["imap"]["client_id"]))
        login(client, account)
        target = folder or find_drafts_folder(client)
        if target is None:
            raise MailError(f"no Drafts folder on {where}; name one to save the draft in")
        client.append(target, data, flags=(b"\\Draft",), msg_time=at)
        return target
    except LoginError as exc:
        raise MailError(
            _scrub(
                f"{where} refused the user name or password for {account.username}: {exc}", account
            ),
            hint="Use an app password or authorization code, not the web-mail password.",
        ) from None
    except (OSError, IMAPClientError, UnicodeError) as exc:
        raise MailError(_scrub(f"saving the draft on {where} failed: {exc}", account)) from None
    finally:
        with contextlib.suppress(Exception):
            client.logout()
