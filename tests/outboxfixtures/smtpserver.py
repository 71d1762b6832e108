"""A real SMTP server on loopback (aiosmtpd) whose behaviour a test chooses, and a test CA."""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, PASSWORD = "me@example.com", "s3cret-app-pässword"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Behaviour:
    """What the server does; a test sets the fields it needs."""

    refuse_rcpt: str | None = None  # e.g. "550 5.1.1 No such user" for every recipient
    refuse_rcpt_for: set[str] = field(default_factory=set)  # only these recipients
    refuse_data: str | None = None  # final reply to DATA, e.g. "554 5.7.1 Rejected"
    drop_after_data: bool = False  # close the connection instead of answering DATA
    stall_after_data: bool = False  # never answer DATA (the client times out)
    reply: str = "250 2.0.0 Ok: queued as 4AB12C"


class Handler:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.received: list[Received] = []
        self.data_seen = threading.Event()
        self.release = asyncio.Event()
        self.loop: asyncio.AbstractEventLoop | None = None

    async def handle_RCPT(
        self, server: SMTPServer, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        b = self.behaviour
        if b.refuse_rcpt or address in b.refuse_rcpt_for:
            return b.refuse_rcpt or "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        self.loop = asyncio.get_running_loop()
        b = self.behaviour
        data = envelope.original_content or b""
        self.received.append(Received(str(envelope.mail_from), list(envelope.rcpt_tos), data))
        self.data_seen.set()
        if b.drop_after_data:
            assert server.transport is not None
            server.transport.abort()
            return "421 closing"
        if b.stall_after_data:
            await self.release.wait()
            return "451 4.3.0 too late"
        return b.refuse_data or b.reply


def _authenticator(
    server: SMTPServer, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)


class _LoopbackController(Controller):
    """aiosmtpd's controller on 127.0.0.1 and a free port chosen by the kernel."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class RunningServer:
    port: int
    handler: Handler

    @property
    def received(self) -> list[Received]:
        return self.handler.received


@contextmanager
def smtp_server(
    behaviour: Behaviour | None = None,
    *,
    auth: bool = False,
    starttls: ssl.SSLContext | None = None,
    implicit_tls: ssl.SSLContext | None = None,
    smtputf8: bool = True,
) -> Iterator[RunningServer]:
    """A server for one test: plain, with AUTH, with STARTTLS or with TLS from the start."""
    handler = Handler(behaviour or Behaviour())
    kwargs: dict[str, Any] = {"enable_SMTPUTF8": smtputf8}
    if auth:
        kwargs.update(authenticator=_authenticator, auth_required=True)
        # aiosmtpd only counts STARTTLS as TLS; on implicit TLS it must not ask for more.
        kwargs["auth_require_tls"] = starttls is not None
    if starttls is not None:
        kwargs.update(tls_context=starttls, require_starttls=True)
    controller = _LoopbackController(
        handler, hostname="127.0.0.1", port=0, ssl_context=implicit_tls, **kwargs
    )
    controller.start()
    try:
        yield RunningServer(controller.port, handler)
    finally:
        if handler.loop is not None:
            handler.loop.call_soon_threadsafe(handler.release.set)
        controller.stop()


@dataclass(frozen=True)
class TestCertificate:
    certfile: Path
    keyfile: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(self.certfile, self.keyfile)
        return context

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.certfile))


def make_certificate(folder: Path) -> TestCertificate:
    """A self-signed certificate for 127.0.0.1 and localhost, made now."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "unghost test server")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    certfile, keyfile = folder / "cert.pem", folder / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return TestCertificate(certfile, keyfile)
