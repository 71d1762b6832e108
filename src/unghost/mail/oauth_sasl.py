"""Logging in to IMAP and SMTP with an access token: SASL XOAUTH2 and OAUTHBEARER (RFC 7628)."""

from __future__ import annotations

import json
import smtplib
from collections.abc import Callable
from typing import Any

from unghost.mail.oauth import OAuthError, classify_error, explain, oauth_setting
from unghost.mail.oauth_tokens import TokenSource
from unghost.mail.redaction import redact


def xoauth2(username: str, token: str) -> str:
    """Google's and Microsoft's XOAUTH2 initial response."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


def oauthbearer(username: str, token: str, host: str, port: int) -> str:
    """RFC 7628 3.1: the GS2 header, then host, port and the bearer token."""
    name = username.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={name},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"


class _Mechanism:
    """A SASL exchange: the initial response first; to an error challenge (the server's JSON
    status) answer empty, as RFC 7628 3.2.3 says, and keep the challenge to explain it."""

    def __init__(self, initial: str) -> None:
        self.initial = initial
        self.steps = 0
        self.challenge: dict[str, Any] = {}

    def __call__(self, challenge: bytes | None = None) -> str:
        self.steps += 1
        if self.steps == 1:
            return self.initial
        try:
            data = json.loads(challenge or b"{}")
        except ValueError:
            data = {}
        self.challenge = data if isinstance(data, dict) else {}
        return ""


def pick_mechanism(wanted: str, offered: Callable[[str], bool]) -> str:
    if wanted in ("xoauth2", "oauthbearer"):
        return wanted
    return "xoauth2" if offered("XOAUTH2") or not offered("OAUTHBEARER") else "oauthbearer"


def _initial(mechanism: str, username: str, token: str, host: str, port: int) -> str:
    if mechanism == "oauthbearer":
        return oauthbearer(username, token, host, port)
    return xoauth2(username, token)


def refusal(source: TokenSource, server_text: str, challenge: dict[str, Any], *,
            fresh: bool) -> OAuthError:  # fmt: skip
    """Why the mail server refused a token we just refreshed (so not mere expiry)."""
    grant = source.grant()
    status = str(challenge.get("status") or "")
    kind = classify_error(server_text, status, json.dumps(challenge))
    if kind == "failed" and status in ("400", "403") and challenge.get("scope"):
        kind = "scope-missing"
    if kind == "failed" and abs(source.skew_s) > float(oauth_setting("clock_skew_s")):
        kind = "clock-skew"
    wanted = set(str(challenge.get("scope") or "").split())
    if kind == "failed" and fresh and wanted and not wanted & set(grant.scopes.split()):
        # a token just refreshed, refused, and the server names a scope we never asked for
        error = explain("scope-missing", provider=grant.provider, username=grant.username,
                        detail="the mail server wants the scope " + " ".join(sorted(wanted)))  # fmt: skip
        error.hint = (f"Add {' '.join(sorted(wanted))} to oauth_scopes, then run "
                      f"`unghost account connect {grant.provider}` again.")  # fmt: skip
        return error
    if kind == "revoked":
        source.mark_reconnect()
    detail = redact(server_text.strip())[:200]
    error = explain(kind, provider=grant.provider, username=grant.username, detail=detail)
    if kind == "failed" and fresh:
        error.hint = (f"The server refused a fresh token: check that {grant.username} is the "
                      "mailbox you signed in as, and that the app may use IMAP and SMTP.")  # fmt: skip
    return error


def imap_login(client: Any, source: TokenSource, host: str, port: int) -> None:
    """AUTHENTICATE with the access token; once more with a refreshed one if it is refused."""
    from imapclient.exceptions import LoginError

    username = source.username
    mechanism = pick_mechanism(source.mechanism, lambda m: client.has_capability(f"AUTH={m}"))
    last = ""
    for attempt in (0, 1):
        token = source.access_token(force_refresh=attempt == 1)
        mech = _Mechanism(_initial(mechanism, username, token, host, port))
        try:
            client.sasl_login(mechanism.upper(), mech)
            return
        except LoginError as exc:
            last = str(exc)
            kind = classify_error(last)
            if kind in ("imap-disabled", "admin-consent", "scope-missing"):
                raise refusal(source, last, mech.challenge, fresh=False) from None
            if attempt == 1:
                raise refusal(source, last, mech.challenge, fresh=True) from None


def smtp_login(client: smtplib.SMTP, source: TokenSource, host: str, port: int) -> None:
    """AUTH XOAUTH2 (or OAUTHBEARER) with the access token, refreshed once if refused."""
    offered = client.esmtp_features.get("auth", "").upper().split()
    mechanism = pick_mechanism(source.mechanism, lambda m: m in offered)
    for attempt in (0, 1):
        token = source.access_token(force_refresh=attempt == 1)
        mech = _Mechanism(_initial(mechanism, source.username, token, host, port))
        try:
            client.auth(mechanism.upper(), mech, initial_response_ok=True)
            return
        except smtplib.SMTPAuthenticationError as exc:
            text = exc.smtp_error.decode("utf-8", "replace") if isinstance(
                exc.smtp_error, bytes) else str(exc.smtp_error)  # fmt: skip
            if classify_error(text) in ("imap-disabled", "admin-consent", "scope-missing"):
                raise refusal(
                    source, f"{exc.smtp_code} {text}", mech.challenge, fresh=False
                ) from None
            if attempt == 1:
                raise refusal(
                    source, f"{exc.smtp_code} {text}", mech.challenge, fresh=True
                ) from None
