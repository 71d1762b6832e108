"""OAuth2 for mail: the providers, PKCE, authorization URLs and the errors a user can act on."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode, urlsplit

from unghost.errors import InvalidInputError, MailError
from unghost.mail.accounts import is_loopback, load_account_tables

PROVIDERS = ("gmail", "microsoft", "imap")
# Scopes every OpenID provider grants without being asked about mail; never "missing".
_IDENTITY_SCOPES = {"offline_access", "openid", "email", "profile"}


class OAuthError(MailError):
    """The provider or the mail server refused; `kind` says what the user can do about it."""

    def __init__(self, kind: str, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.kind = kind


@dataclass(frozen=True, slots=True)
class Provider:
    name: str  # gmail, microsoft or imap
    label: str
    authorization_endpoint: str
    token_endpoint: str
    scopes: tuple[str, ...]
    device_endpoint: str | None = None
    revocation_endpoint: str | None = None
    extra_authorize: dict[str, str] = field(default_factory=dict)
    device: bool = False
    mechanism: str = "xoauth2"  # xoauth2, oauthbearer or auto
    imap_preset: str | None = None
    smtp_preset: str | None = None
    loopback_host: str = "127.0.0.1"  # the redirect's host (RFC 8252 7.3); the port is free


@dataclass(frozen=True, slots=True)
class OAuthClient:
    """The app the user or the institution registered; the secret never shows in repr."""

    client_id: str
    client_secret: str | None = field(default=None, repr=False)


def oauth_setting(name: str) -> Any:
    item = load_account_tables()["oauth"][name]
    return item["value"] if isinstance(item, dict) else item


def check_endpoint(url: str, what: str) -> str:
    """An https URL, or http on this computer (a test provider); raises otherwise."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or parts.scheme not in ("https", "http"):
        raise InvalidInputError(f"the {what} {url!r} is not an http(s) URL")
    if parts.scheme == "http" and not is_loopback(host):
        raise InvalidInputError(
            f"the {what} {url} is not https; tokens only travel encrypted",
            hint="Use the provider's https address (http is only for a provider on 127.0.0.1).",
        )
    return url


def load_provider(
    name: str,
    *,
    tenant: str | None = None,
    metadata: dict[str, Any] | None = None,
    scopes: str | None = None,
) -> Provider:
    """A provider from mail_accounts.toml; `metadata` (OIDC discovery) fills or overrides
    its endpoints, `scopes` (space-separated) its scopes."""
    table = load_account_tables()["oauth"]["providers"].get(name)
    if table is None:
        raise InvalidInputError(
            f"unknown mail provider {name!r}", hint=f"Choose one of {', '.join(PROVIDERS)}."
        )
    meta = metadata or {}
    tenant_id = (tenant or "common").strip() or "common"

    def endpoint(key: str, meta_key: str) -> str | None:
        value = meta.get(meta_key) or table.get(key)
        return str(value).replace("{tenant}", tenant_id) if value else None

    authorize = endpoint("authorization_endpoint", "authorization_endpoint")
    token = endpoint("token_endpoint", "token_endpoint")
    if not authorize or not token:
        raise InvalidInputError(
            f"no sign-in address for the {name} provider",
            hint="Set oauth_issuer to the provider's OpenID Connect issuer URL "
            "(its /.well-known/openid-configuration lists the endpoints).",
        )
    device = endpoint("device_authorization_endpoint", "device_authorization_endpoint")
    revoke = endpoint("revocation_endpoint", "revocation_endpoint")
    for url, what in ((authorize, "authorization endpoint"), (token, "token endpoint"),
                      (device, "device endpoint"), (revoke, "revocation endpoint")):  # fmt: skip
        if url:
            check_endpoint(url, what)
    chosen = tuple(scopes.split()) if scopes and scopes.strip() else tuple(table["scopes"])
    if not chosen:
        raise InvalidInputError(
            f"no scopes for the {name} provider",
            hint="Set oauth_scopes to what your provider needs for IMAP and SMTP "
            "(for example: openid email offline_access mail).",
        )
    return Provider(
        name=name,
        label=str(table["label"]),
        authorization_endpoint=authorize,
        token_endpoint=token,
        scopes=chosen,
        device_endpoint=device,
        revocation_endpoint=revoke,
        extra_authorize={k: str(v) for k, v in table.get("extra_authorize", {}).items()},
        device=bool(table.get("device")) and device is not None,
        mechanism=str(table.get("mechanism", "xoauth2")),
        imap_preset=table.get("imap_preset"),
        smtp_preset=table.get("smtp_preset"),
        loopback_host=str(table.get("loopback_host", "127.0.0.1")),
    )


def new_pkce() -> tuple[str, str]:
    """(verifier, S256 challenge) as RFC 7636 4.1-4.2 define them."""
    verifier = secrets.token_urlsafe(48)  # 64 characters of [A-Za-z0-9_-]
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    return secrets.token_urlsafe(24)


def authorization_url(
    provider: Provider,
    client: OAuthClient,
    *,
    redirect_uri: str,
    state: str,
    challenge: str,
    login_hint: str | None = None,
) -> str:
    """Where the browser signs in and consents (RFC 6749 4.1.1 with PKCE)."""
    params = {
        "response_type": "code",
        "client_id": client.client_id,
        "redirect_uri": redirect_uri,
        "scope": " ".join(provider.scopes),
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **provider.extra_authorize,
    }
    if login_hint:
        params["login_hint"] = login_hint
    sep = "&" if "?" in provider.authorization_endpoint else "?"
    return provider.authorization_endpoint + sep + urlencode(params)


def missing_scopes(provider: Provider, granted: str | None) -> list[str]:
    """The scopes asked for that the provider did not grant (the user unticked a box)."""
    if granted is None:  # RFC 6749 5.1: no scope in the answer means "as requested"
        return []
    have = {s.lower() for s in granted.split()}
    have |= {s.rpartition("/")[2] for s in have if "/" in s.rstrip("/")}
    return [
        s
        for s in provider.scopes
        if s.lower() not in _IDENTITY_SCOPES
        and s.lower() not in have
        and s.lower().rpartition("/")[2] not in have
    ]


def classify_error(*texts: str | None) -> str:
    """The kind of an OAuth or mail-server refusal (mail_accounts.toml [[oauth.errors]])."""
    joined = " ".join(t for t in texts if t).lower()
    for rule in load_account_tables()["oauth"]["errors"]:
        if any(word.lower() in joined for word in rule["match"]):
            return str(rule["kind"])
    return "failed"


def explain(kind: str, *, provider: str, username: str | None, detail: str = "") -> OAuthError:
    """An OAuthError whose message and hint tell the user what happened and what to do."""
    who = username or "the account"
    again = f"unghost account connect {provider}"
    tail = f" ({detail})" if detail else ""
    texts = {
        "consent-refused": (
            f"the sign-in for {who} was cancelled or consent was refused{tail}",
            f"Run `{again}` again and choose Allow/Accept on the consent page.",
        ),
        "admin-consent": (
            f"your organisation's administrator must approve unghost's app for {who}{tail}",
            "Ask your IT help desk to grant admin consent to the app id you set in "
            "oauth_client_id (docs/mail-accounts.md, 'Admin consent'); or use an app password.",
        ),
        "revoked": (
            f"the authorization for {who} was revoked or has expired{tail}: re-connect it",
            f"Re-connect: `{again}` (or Settings → Connect).",
        ),
        "scope-missing": (
            f"the provider did not grant mail access for {who}{tail}",
            f"Run `{again}` again and leave every permission on the consent page ticked.",
        ),
        "clock-skew": (
            f"this computer's clock disagrees with the provider's{tail}",
            "Set the system clock to the right time (turn on automatic time), then retry.",
        ),
        "imap-disabled": (
            f"IMAP is turned off for {who}{tail}",
            "Turn IMAP on: Gmail → Settings → Forwarding and POP/IMAP; Microsoft 365 → ask "
            "your administrator to enable IMAP and authenticated SMTP for your mailbox.",
        ),
    }
    message, hint = texts.get(kind, (f"signing in to {who} failed{tail}", None))
    return OAuthError(kind, message, hint=hint)
