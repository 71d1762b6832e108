"""Mail accounts: SMTP and IMAP URLs, provider presets, the From address, redacting secrets."""

from __future__ import annotations

import ipaddress
import re
import tomllib
from dataclasses import dataclass, field, replace
from email.headerregistry import Address
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from unghost.errors import InvalidInputError, NotFoundError
from unghost.mail.compose import parse_address

_URL_HINT = (
    "Write it as {p}://USER:PASSWORD@HOST:PORT (STARTTLS), {p}s://... (TLS) or "
    "{p}+plain://... (a test server on this computer); percent-encode @ and : in the user "
    "name and password (me%40gmail.com)."
)


class Security(StrEnum):
    STARTTLS = "starttls"  # smtp://, imap://: upgrade with STARTTLS
    TLS = "tls"  # smtps://, imaps://: TLS from the first byte
    PLAIN = "plain"  # smtp+plain://, imap+plain://: no TLS at all, loopback test servers only


_SUFFIXES = {"": Security.STARTTLS, "s": Security.TLS, "+plain": Security.PLAIN}
_PORT_SETTINGS = {
    ("smtp", Security.STARTTLS): "starttls_port",
    ("smtp", Security.TLS): "tls_port",
    ("smtp", Security.PLAIN): "plain_port",
    ("imap", Security.STARTTLS): "imap_starttls_port",
    ("imap", Security.TLS): "imap_tls_port",
    ("imap", Security.PLAIN): "imap_starttls_port",
}


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    smtp_host: str
    starttls_port: int | None
    tls_port: int | None
    imap_host: str
    imap_port: int
    domains: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class MailAccount:
    """An SMTP or IMAP account; its password never shows in repr or messages."""

    host: str
    port: int
    security: Security
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout_s: float = 30.0
    cafile: str | None = None  # a CA bundle to trust besides the system's (a local bridge)
    preset: str | None = None
    protocol: str = "smtp"  # smtp or imap
    folders: tuple[str, ...] = ()  # IMAP: the folders to read, from the URL's path
    # a connected account (OAuth2): a TokenSource handing out access tokens, instead of a password
    oauth: Any = field(default=None, repr=False, compare=False)

    @property
    def redacted_url(self) -> str:
        """The account as a URL with the password replaced by ***."""
        suffix = {v: k for k, v in _SUFFIXES.items()}[self.security]
        scheme = f"{self.protocol}{suffix}"
        user = ""
        if self.username:
            user = quote(self.username, safe="") + (":***" if self.password else "") + "@"
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{scheme}://{user}{host}:{self.port}"

    @property
    def credential_key(self) -> str:
        """The name its password is stored under in the keyring or the credentials file."""
        return f"{self.protocol}:{self.username or ''}@{self.host}:{self.port}"

    def with_password(self, password: str | None) -> MailAccount:
        return replace(self, password=password)

    def with_oauth(self, source: Any) -> MailAccount:
        return replace(self, oauth=source, password=None)


SmtpAccount = MailAccount
ImapAccount = MailAccount


@dataclass(frozen=True, slots=True)
class Mailbox:
    """The sender as UNGHOST_FROM gives it: `Wang Fang <wang.fang@example.com>`."""

    name: str | None
    address: str

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2]

    @property
    def formatted(self) -> str:
        local, _, domain = self.address.rpartition("@")
        return str(Address(display_name=self.name or "", username=local, domain=domain))


@cache
def load_account_tables() -> dict[str, Any]:
    """mail_accounts.toml as read (defaults, presets, IMAP folder names)."""
    text = resources.files("unghost.data").joinpath("mail_accounts.toml").read_text("utf-8")
    return tomllib.loads(text)


def account_setting(name: str) -> Any:
    """One value of mail_accounts.toml [defaults] (timeouts, ports, the EHLO name)."""
    item = load_account_tables()["defaults"][name]
    return item["value"] if isinstance(item, dict) else item


@cache
def load_presets() -> dict[str, Preset]:
    """The provider presets (Gmail, Outlook, Office 365, QQ, 163) by name."""
    return {
        name: Preset(
            name=name,
            smtp_host=t["smtp_host"],
            starttls_port=t.get("starttls_port"),
            tls_port=t.get("tls_port"),
            imap_host=t["imap_host"],
            imap_port=int(t["imap_port"]),
            domains=tuple(t["domains"]),
            source=t["source"],
        )
        for name, t in load_account_tables()["presets"].items()
    }


def find_preset(name_or_address: str) -> Preset | None:
    """The preset named so, or the one serving this address's domain (`me@qq.com` -> qq)."""
    key = name_or_address.strip().lower()
    presets = load_presets()
    if key in presets:
        return presets[key]
    domain = key.rpartition("@")[2]
    return next((p for p in presets.values() if domain in p.domains), None)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or `localhost` (names are not resolved)."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def redact_url(url: str) -> str:
    """The URL with the password (and anything typed where a port belongs) replaced by ***."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url if "@" not in url else "***@" + url.rpartition("@")[2]
    userinfo, at, host = rest.rpartition("@")
    if at and ":" in userinfo:
        userinfo = userinfo.split(":", 1)[0] + ":***"
    host = re.sub(r"^(\[[^\]]*\]|[^:/?\[]*):(?!\d*(?:[/?]|$))[^/?]*", r"\1:***", host)
    return f"{scheme}://{userinfo}{at}{host}"


def _preset_port(preset: Preset, protocol: str, security: Security) -> int | None:
    if protocol == "imap":
        return preset.imap_port if security is Security.TLS else None
    return preset.tls_port if security is Security.TLS else preset.starttls_port


def parse_smtp_url(url: str) -> MailAccount:
    """The account a URL such as `smtps://me%40qq.com:CODE@qq` names; raises on bad input."""
    return _parse_url(url, "smtp")


def parse_imap_url(url: str) -> MailAccount:
    """The account a URL such as `imaps://me%40qq.com:CODE@qq` names; raises on bad input."""
    return _parse_url(url, "imap")


def _parse_url(url: str, protocol: str) -> MailAccount:
    def fail(message: str) -> InvalidInputError:
        return InvalidInputError(
            f"{message} in the {protocol.upper()} account {redact_url(url)}",
            hint=_URL_HINT.format(p=protocol),
        )

    if re.search(r"[\s\x00-\x1f\x7f]", url):
        raise fail("spaces or control characters")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # its text may quote what was typed (a password): leave it out
        raise fail("an unreadable server address or port") from None
    scheme = parts.scheme.lower()
    security = _SUFFIXES.get(scheme.removeprefix(protocol)) if scheme.startswith(protocol) else None
    if security is None:
        names = ", ".join(protocol + suffix for suffix in _SUFFIXES)
        raise fail(f"the scheme {parts.scheme or '(none)'!r} is not {names}")
    host = (parts.hostname or "").lower()
    if not host:
        raise fail("no server name")
    folders: tuple[str, ...] = ()
    if parts.path not in ("", "/") and protocol == "imap":
        folders = tuple(unquote(f) for f in parts.path.strip("/").split(",") if f)
    elif parts.path not in ("", "/") or parts.fragment:
        raise fail("a path after the server name")
    if parts.fragment:
        raise fail("a fragment after the server name")
    # a preset by name (gmail) or by the provider's mail domain (gmail.com, qq.com, 163.com)
    preset = load_presets().get(host) or next(
        (p for p in load_presets().values() if host in p.domains), None
    )
    if preset is not None:
        host = preset.imap_host if protocol == "imap" else preset.smtp_host
        port = port or _preset_port(preset, protocol, security)
        if port is None:
            raise fail(f"{preset.name} has no {security.value} port")
    port = port or int(account_setting(_PORT_SETTINGS[protocol, security]))
    if security is Security.PLAIN and not is_loopback(host):
        raise fail(
            f"{protocol}+plain:// sends the password unencrypted; it is only for a test "
            "server on this computer (127.0.0.1, ::1, localhost), not"
        )
    timeout_s = float(account_setting("timeout_s"))
    cafile = None
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "timeout":
            try:
                timeout_s = float(value)
            except ValueError:
                raise fail(f"timeout={value!r} is not a number of seconds") from None
            if not 0 < timeout_s <= float(account_setting("max_timeout_s")):
                raise fail(f"timeout={value} is out of range")
        elif key == "cafile" and value:
            cafile = value
        else:
            raise fail(f"an unknown option {key!r} (known: timeout, cafile)")
    return MailAccount(
        host=host,
        port=port,
        security=security,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
        timeout_s=timeout_s,
        cafile=cafile,
        preset=preset.name if preset else None,
        protocol=protocol,
        folders=folders,
    )


def preset_account(address: str, password: str | None = None) -> MailAccount:
    """The account of a provider preset for this address (its preferred security)."""
    preset = find_preset(address)
    if preset is None:
        raise NotFoundError(
            f"no preset for {address!r}; known: {', '.join(load_presets())}",
            hint="Give the whole account as UNGHOST_SMTP_URL instead.",
        )
    security = Security.TLS if preset.tls_port else Security.STARTTLS
    port = preset.tls_port if preset.tls_port else preset.starttls_port
    assert port is not None
    return MailAccount(
        host=preset.smtp_host,
        port=port,
        security=security,
        username=address.strip(),
        password=password,
        timeout_s=float(account_setting("timeout_s")),
        preset=preset.name,
    )


def parse_from(text: str) -> Mailbox:
    """The sender from UNGHOST_FROM (`Name <address>` or an address); raises on bad input."""
    if not text or not text.strip():
        raise InvalidInputError("the From address is empty", hint="Set UNGHOST_FROM.")
    found = parse_address(text.strip(), "From address")
    return Mailbox(found.display_name or None, found.addr_spec)
