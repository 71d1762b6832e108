"""Connecting a mailbox with OAuth2: sign in, keep the grant like a password, use it, forget it."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError

if TYPE_CHECKING:
    from unghost.mail.accounts import MailAccount
    from unghost.mail.credentials import CredentialStore
    from unghost.mail.oauth import OAuthClient, Provider
    from unghost.mail.oauth_flow import PendingSignIn
    from unghost.mail.oauth_http import DeviceCode, TokenResponse
    from unghost.mail.oauth_tokens import Grant


@dataclass(frozen=True, slots=True)
class Connected:
    """What connecting did: the account, where its grant is kept, the URLs that use it."""

    username: str
    provider: str
    stored_in: str
    imap_url: str | None
    smtp_url: str | None
    new_settings: dict[str, str] = field(default_factory=dict)  # URLs that were not set yet

    def to_dict(self) -> dict[str, Any]:
        return {"username": self.username, "provider": self.provider, "status": "connected",
                "stored_in": self.stored_in, "imap_url": self.imap_url,
                "smtp_url": self.smtp_url, "new_settings": dict(self.new_settings)}  # fmt: skip


def credential_store() -> CredentialStore:
    from unghost.mail.credentials import open_credential_store
    from unghost.settings import config_dir

    return open_credential_store(config_dir())


def account_username(ctx: Context, given: str | None = None) -> str:
    """The mailbox to connect: --email, else the IMAP or SMTP URL's user, else the From address."""
    from unghost.mail.accounts import parse_from, parse_imap_url, parse_smtp_url

    if given and given.strip():
        return parse_from(given).address
    for name, parse in (("imap_url", parse_imap_url), ("smtp_url", parse_smtp_url)):
        url = ctx.settings.get(name)
        if url:
            user = parse(url).username
            if user and "@" in user:
                return user
    sender = ctx.settings.get("from")
    if sender:
        return parse_from(sender).address
    raise InvalidInputError("which mailbox? unghost does not know your address yet",
                            hint="Give --email you@example.com, or set UNGHOST_FROM.")  # fmt: skip


def oauth_provider(ctx: Context, name: str) -> tuple[Provider, OAuthClient]:
    """The provider's endpoints (settings, discovery) and the app registered for it."""
    from unghost.mail.oauth import PROVIDERS, OAuthClient, load_provider
    from unghost.mail.oauth_http import discover

    if name not in PROVIDERS:
        raise InvalidInputError(f"unknown provider {name!r}; choose one of {', '.join(PROVIDERS)}")
    client_id = ctx.settings.get("oauth_client_id")
    if not client_id:
        raise InvalidInputError(
            "no OAuth app is configured: unghost borrows no other application's client id",
            hint="Register one (docs/mail-accounts.md) and set UNGHOST_OAUTH_CLIENT_ID "
            "(and UNGHOST_OAUTH_CLIENT_SECRET for Google); or use an app password.",
        )
    # the generic provider's endpoints, or another cloud's for gmail/microsoft (Microsoft 365
    # operated by 21Vianet, a test provider): the issuer's discovery document wins
    issuer = ctx.settings.get("oauth_issuer")
    metadata = discover(issuer) if issuer else None
    provider = load_provider(name, tenant=ctx.settings.get("oauth_tenant"), metadata=metadata,
                             scopes=ctx.settings.get("oauth_scopes"))  # fmt: skip
    return provider, OAuthClient(client_id, ctx.settings.get("oauth_client_secret"))


def _check_scopes(provider: Provider, token: TokenResponse, username: str) -> None:
    from unghost.mail.oauth import explain, missing_scopes

    missing = missing_scopes(provider, token.scope)
    if missing:
        raise explain("scope-missing", provider=provider.name, username=username,
                      detail="not granted: " + " ".join(missing))  # fmt: skip


def _suggested_urls(
    ctx: Context, provider: Provider, username: str
) -> tuple[str | None, str | None]:
    from unghost.mail.accounts import find_preset

    user = quote(username, safe="")
    imap_preset, smtp_preset = provider.imap_preset, provider.smtp_preset
    own = find_preset(username)  # outlook.com, hotmail.com...: Microsoft's consumer servers
    if own is not None and provider.name == "microsoft" and own.name == "outlook":
        imap_preset = smtp_preset = own.name
    imap = ctx.settings.get("imap_url") or (
        f"imaps://{user}@{imap_preset}/INBOX" if imap_preset else None
    )
    smtp = ctx.settings.get("smtp_url") or (f"smtp://{user}@{smtp_preset}" if smtp_preset else None)
    return imap, smtp


def save_connection(ctx: Context, provider: Provider, client: OAuthClient, username: str,
                    token: TokenResponse) -> Connected:  # fmt: skip
    """Keep the grant (keyring or the 0600 file, never the database)."""
    from unghost.mail.oauth_tokens import Grant, save_grant

    _check_scopes(provider, token, username)
    if not token.refresh_token:
        from unghost.mail.oauth import explain

        raise explain("scope-missing", provider=provider.name, username=username,
                      detail="no refresh token: offline access was not granted")  # fmt: skip
    store = credential_store()
    grant = Grant(provider=provider.name, username=username, token_endpoint=provider.token_endpoint,
                  client_id=client.client_id, client_secret=client.client_secret,
                  refresh_token=token.refresh_token, access_token=token.access_token,
                  expires_at=token.expires_at, scopes=" ".join(provider.scopes),
                  mechanism=provider.mechanism, revocation_endpoint=provider.revocation_endpoint,
                  connected_at=time.time())  # fmt: skip
    save_grant(store, grant)
    imap, smtp = _suggested_urls(ctx, provider, username)
    new = {name: url for name, url in (("imap_url", imap), ("smtp_url", smtp))
           if url and not ctx.settings.get(name)}  # fmt: skip
    return Connected(username, provider.name, f"{store.kind}: {store.where}", imap, smtp, new)


def begin_connect(
    ctx: Context, name: str, redirect_uri: str, username: str | None
) -> PendingSignIn:
    """A browser sign-in whose redirect comes back to `redirect_uri` (the web app's callback)."""
    from unghost.mail.oauth_flow import begin_sign_in

    provider, client = oauth_provider(ctx, name)
    return begin_sign_in(provider, client, redirect_uri, account_username(ctx, username))


def finish_connect(ctx: Context, pending: PendingSignIn, params: Mapping[str, str]) -> Connected:
    from unghost.mail.oauth_flow import finish_sign_in

    token = finish_sign_in(pending, params)
    assert pending.username is not None
    return save_connection(ctx, pending.provider, pending.client, pending.username, token)


def connect_with_browser(ctx: Context, name: str, username: str | None,
                         open_browser: Callable[[str], object]) -> Connected:  # fmt: skip
    from unghost.mail.oauth_flow import sign_in_with_browser

    user = account_username(ctx, username)
    provider, client = oauth_provider(ctx, name)
    token = sign_in_with_browser(provider, client, username=user, open_browser=open_browser)
    return save_connection(ctx, provider, client, user, token)


def connect_with_device(ctx: Context, name: str, username: str | None,
                        show: Callable[[DeviceCode], None],
                        sleep: Callable[[float], None] = time.sleep) -> Connected:  # fmt: skip
    from unghost.mail.oauth import OAuthError
    from unghost.mail.oauth_http import poll_device, start_device

    user = account_username(ctx, username)
    provider, client = oauth_provider(ctx, name)
    if not provider.device:
        raise OAuthError("failed", f"{provider.label} does not allow signing in with a device "
                         "code for mail", hint=f"Run `unghost account connect {name}` without "
                         "--device, on a computer with a browser.")  # fmt: skip
    device = start_device(provider, client, user)
    show(device)
    token = poll_device(provider, client, device, username=user, sleep=sleep)
    return save_connection(ctx, provider, client, user, token)


def find_connection(ctx: Context, username: str | None = None) -> Grant | None:
    from unghost.mail.oauth_tokens import find_grant

    return find_grant(credential_store(), account_username(ctx, username))


def connection_status(ctx: Context, username: str | None = None) -> dict[str, Any]:
    from unghost.mail.oauth_tokens import describe

    user = account_username(ctx, username)
    grant = find_connection(ctx, user)
    if grant is None:
        return {"username": user, "provider": None, "status": "not-connected"}
    return describe(grant, time.time())


def disconnect(ctx: Context, username: str | None = None) -> bool:
    """Revoke the grant at the provider (when it can be told) and forget it here."""
    from unghost.mail.oauth_http import revoke
    from unghost.mail.oauth_tokens import grant_key

    grant = find_connection(ctx, username)
    if grant is None:
        return False
    revoke(grant.revocation_endpoint, grant.client, grant.refresh_token)
    return credential_store().delete_password(grant_key(grant.username))


def with_connection(account: MailAccount) -> MailAccount | None:
    """The account logging in with its stored OAuth grant, or None when it has none."""
    from unghost.mail.oauth_tokens import TokenSource, find_grant

    if not account.username or account.password:
        return None
    store = credential_store()
    grant = find_grant(store, account.username)
    if grant is None:
        return None
    source = TokenSource(store, grant.username, scope_on_refresh=grant.provider == "microsoft")
    return account.with_oauth(source)
