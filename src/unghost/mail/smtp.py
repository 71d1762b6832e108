"""Sending one message over SMTP, and telling apart failed, sent and unknown outcomes.

SMTP cannot deliver exactly once. Until the server has answered DATA with 354 it has no
content, so any failure is `failed` (nothing was delivered; safe to retry). After the content
began, the server's final reply decides (`sent`, or `failed` when it refuses); a timeout, a
crash or a dropped connection there is `unknown`: the message may be in the inbox already, and
the outbox never resends it by itself.
"""

from __future__ import annotations

import base64
import contextlib
import re
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from unghost.domain.outbox import OutboxState
from unghost.errors import UnghostError
from unghost.mail.accounts import Security, SmtpAccount, account_setting, is_loopback
from unghost.mail.redaction import redact
from unghost.mail.tls import tls_context

_REPLY_CHARS = 300
_MAX_CHALLENGES = 5  # as smtplib's _MAXCHALLENGE: a server that keeps asking is broken


@dataclass(frozen=True, slots=True)
class SendResult:
    outcome: OutboxState  # sent, failed or unknown
    message: str  # one line for the user, never with the password
    code: int | None = None  # the SMTP reply code that decided, when there was one
    retryable: bool = False  # failed for a passing reason (4xx, network): trying later may work
    refused: dict[str, str] = field(default_factory=dict)  # recipients refused, others accepted
    server_reply: str | None = None  # the final reply to DATA (often names the queue id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome.value,
            "message": self.message,
            "code": self.code,
            "retryable": self.retryable,
            "refused": dict(self.refused),
            "server_reply": self.server_reply,
        }


class _Tracking:
    """Remembers the last reply, and whether the server said 354 (the content begins)."""

    content_started = False
    last_reply: tuple[int, bytes] | None = None

    def getreply(self) -> tuple[int, bytes]:
        code, text = super().getreply()  # type: ignore[misc]
        self.last_reply = (code, text)
        if code == 354:
            self.content_started = True
        return code, text

    def auth(
        self, mechanism: str, authobject: Any, *, initial_response_ok: bool = True
    ) -> tuple[int, bytes]:
        """smtplib's AUTH with UTF-8 credentials (RFC 4616), not ASCII only."""
        docmd = self.docmd  # type: ignore[attr-defined]

        def encode(text: str) -> str:
            return base64.b64encode(text.encode("utf-8")).decode("ascii")

        initial = authobject() if initial_response_ok else None
        if initial is not None:
            code, resp = docmd("AUTH", f"{mechanism.upper()} {encode(initial)}")
        else:
            code, resp = docmd("AUTH", mechanism.upper())
        for _ in range(_MAX_CHALLENGES):
            if code != 334:
                break
            code, resp = docmd(encode(authobject(base64.decodebytes(resp))))
        if code in (235, 503):
            return code, resp
        raise smtplib.SMTPAuthenticationError(code, resp)


class _SMTP(_Tracking, smtplib.SMTP):
    pass


class _SMTPS(_Tracking, smtplib.SMTP_SSL):
    pass


def check_login(account: SmtpAccount, *, ssl_context: ssl.SSLContext | None = None) -> str | None:
    """Connect, secure and log in, then quit: nothing is sent. None when it worked, else the
    one-line reason (never with the password)."""
    scrub = _Scrubber(account)
    context = ssl_context
    client: _SMTP | _SMTPS | None = None
    try:
        if context is None and account.security is not Security.PLAIN:
            context = _default_context(account)
        client = _connect(account, context)
        _secure_and_login(client, account, context)
    except Exception as exc:  # the reason is the answer
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        return _classify(exc, account, False, scrub).message
    with contextlib.suppress(Exception):
        client.quit()
    return None


class _Refusal(Exception):
    """unghost itself stops before sending anything (no TLS for a password...)."""


class _Scrubber:
    """Removes the password, and the AUTH forms that carry it, from any text."""

    def __init__(self, account: SmtpAccount) -> None:
        self.secrets: list[str] = []
        if account.password:
            user, pw = account.username or "", account.password
            plain = base64.b64encode(f"\0{user}\0{pw}".encode()).decode()
            self.secrets = [pw, plain, base64.b64encode(pw.encode()).decode()]

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "***")
        return redact(text)


def _reply_text(raw: bytes | str | None) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    text = re.sub(r"\s+", " ", text).strip()
    return text[:_REPLY_CHARS] + ("…" if len(text) > _REPLY_CHARS else "")


def _default_context(account: SmtpAccount) -> ssl.SSLContext:
    return tls_context(account.cafile)


def _connect(account: SmtpAccount, context: ssl.SSLContext | None) -> _SMTP | _SMTPS:
    ehlo = str(account_setting("ehlo_name"))
    if account.security is Security.TLS:
        return _SMTPS(
            account.host,
            account.port,
            local_hostname=ehlo,
            timeout=account.timeout_s,
            context=context,
        )
    return _SMTP(account.host, account.port, local_hostname=ehlo, timeout=account.timeout_s)


def _secure_and_login(
    client: smtplib.SMTP, account: SmtpAccount, ctx: ssl.SSLContext | None
) -> None:
    where = f"{account.host}:{account.port}"
    client.ehlo()
    if account.security is Security.STARTTLS:
        if client.has_extn("starttls"):
            client.starttls(context=ctx)
            client.ehlo()
        elif account.username and not is_loopback(account.host):
            raise _Refusal(
                f"{where} does not offer STARTTLS; unghost will not send your password "
                "unencrypted (use smtps:// if the server speaks TLS on another port)"
            )
    if account.username:
        if not client.has_extn("auth"):
            raise _Refusal(f"{where} does not offer to log in (no AUTH)")
        if account.oauth is not None:
            from unghost.mail.oauth_sasl import smtp_login

            smtp_login(client, account.oauth, account.host, account.port)
            return
        client.login(account.username, account.password or "")


def send_message(
    msg: EmailMessage, account: SmtpAccount, *, ssl_context: ssl.SSLContext | None = None
) -> SendResult:
    """Send `msg` once through `account`; never raises for a mail problem, returns the outcome."""
    scrub = _Scrubber(account)
    client: _SMTP | _SMTPS | None = None
    context = ssl_context
    try:
        if context is None and account.security is not Security.PLAIN:
            context = _default_context(account)  # loads the system CAs: only when needed
    except (OSError, ssl.SSLError) as exc:
        message = (
            f"cannot use the CA file {account.cafile}: {getattr(exc, 'strerror', None) or exc}"
        )
        return _failed(message, retryable=False)
    if account.oauth is not None:
        try:  # a revoked grant is known before connecting: nothing leaves, safe to retry later
            account.oauth.access_token()
        except UnghostError as exc:
            return _failed(scrub(_with_hint(exc)), retryable=False)
    try:
        client = _connect(account, context)
        _secure_and_login(client, account, context)
        refused = client.send_message(msg)
        final = client.last_reply
    except Exception as exc:  # every failure becomes a recorded outcome, never a lost one
        started = bool(client is not None and client.content_started)
        result = _classify(exc, account, started, scrub)
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        return result
    with contextlib.suppress(Exception):  # delivered already; a failing QUIT changes nothing
        client.quit()
    code, reply = final if final else (None, b"")
    refused_text = {addr: f"{c} {_reply_text(text)}" for addr, (c, text) in refused.items()}
    message = f"sent through {account.host}:{account.port}"
    if refused_text:
        message += f", but the server refused {', '.join(sorted(refused_text))}"
    return SendResult(
        OutboxState.SENT,
        scrub(message),
        code,
        False,
        {k: scrub(v) for k, v in refused_text.items()},
        scrub(_reply_text(reply)) or None,
    )


def _failed(message: str, code: int | None = None, *, retryable: bool) -> SendResult:
    return SendResult(OutboxState.FAILED, message, code, retryable)


def _classify(exc: Exception, account: SmtpAccount, started: bool, scrub: _Scrubber) -> SendResult:
    where = f"{account.host}:{account.port}"
    if isinstance(exc, smtplib.SMTPResponseException):
        code, text = exc.smtp_code, _reply_text(exc.smtp_error)
        transient = 400 <= code < 500
        if isinstance(exc, smtplib.SMTPAuthenticationError):
            message = (
                f"{where} refused the user name or password for {account.username} ({code} "
                f"{text}); use an app password or authorization code, not the web-mail password"
            )
            return _failed(scrub(message), code, retryable=False)
        if isinstance(exc, smtplib.SMTPSenderRefused):
            message = f"{where} refused the sender {exc.sender} ({code} {text})"
        elif isinstance(exc, smtplib.SMTPDataError):
            message = f"{where} refused the message ({code} {text})"
        else:
            message = f"{where} answered {code} {text}"
        return _failed(scrub(message), code, retryable=transient)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        first, (rcpt_code, rcpt_text) = next(iter(exc.recipients.items()))
        message = f"{where} refused every recipient, {first}: {rcpt_code} {_reply_text(rcpt_text)}"
        return _failed(scrub(message), rcpt_code, retryable=400 <= rcpt_code < 500)
    if isinstance(exc, UnghostError):  # the connected account's tokens (OAuthError)
        return _failed(scrub(_with_hint(exc)), retryable=False)
    if isinstance(exc, _Refusal | smtplib.SMTPNotSupportedError):
        return _failed(scrub(f"{exc}"), retryable=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or exc.reason or "certificate not trusted"
        return _failed(scrub(f"TLS with {where} failed: {why}"), retryable=False)
    if started:
        return SendResult(
            OutboxState.UNKNOWN,
            scrub(
                f"{_network_reason(exc, account)} after the message went to {where}, before the "
                "server confirmed it; it may have been delivered"
            ),
        )
    if isinstance(exc, ssl.SSLError):
        return _failed(scrub(f"TLS with {where} failed: {exc.reason or exc}"), retryable=False)
    if isinstance(exc, socket.gaierror):
        return _failed(f"cannot find the mail server {account.host}", retryable=True)
    if isinstance(exc, ConnectionRefusedError):
        return _failed(f"could not connect to {where}: connection refused", retryable=True)
    if isinstance(exc, OSError | smtplib.SMTPException):
        return _failed(scrub(f"{_network_reason(exc, account)} at {where}"), retryable=True)
    return _failed(
        scrub(f"sending through {where} failed: {type(exc).__name__}: {exc}"), retryable=False
    )


def _with_hint(exc: UnghostError) -> str:
    return f"{exc.message}; {exc.hint}" if exc.hint else exc.message


def _network_reason(exc: Exception, account: SmtpAccount) -> str:
    # smtplib turns a socket timeout while reading a reply into SMTPServerDisconnected.
    if isinstance(exc, TimeoutError) or "timed out" in str(exc):
        return f"no answer within {account.timeout_s:g} s"
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError):
        return "the connection closed"
    return f"{type(exc).__name__}: {_reply_text(str(exc))}"
