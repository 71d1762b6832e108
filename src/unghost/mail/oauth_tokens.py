"""Connected accounts' tokens, kept like passwords, and fresh access tokens on demand."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from unghost.errors import StorageError
from unghost.mail.credentials import CredentialStore
from unghost.mail.oauth import OAuthClient, OAuthError, explain, oauth_setting
from unghost.mail.oauth_http import TokenResponse, refresh_token
from unghost.mail.redaction import remember_secret

_FORMAT = "unghost-oauth/v1"


def now() -> float:
    """The clock the tokens' expiry is read by (tests move it forward)."""
    return time.time()


def grant_key(username: str) -> str:
    """The name a connected account's tokens are stored under (keyring or credentials file)."""
    return f"oauth:{username.strip().lower()}"


@dataclass(frozen=True, slots=True)
class Grant:
    """What a connected account needs to get access tokens; the secrets never show in repr."""

    provider: str
    username: str
    token_endpoint: str
    client_id: str
    refresh_token: str = field(repr=False)
    access_token: str = field(default="", repr=False)
    expires_at: float = 0.0
    scopes: str = ""
    mechanism: str = "xoauth2"
    client_secret: str | None = field(default=None, repr=False)
    revocation_endpoint: str | None = None
    needs_reconnect: bool = False
    connected_at: float = 0.0

    @property
    def client(self) -> OAuthClient:
        return OAuthClient(self.client_id, self.client_secret)

    def to_json(self) -> str:
        return json.dumps({"format": _FORMAT, **asdict(self)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Grant:
        try:
            data = json.loads(text)
            if data.pop("format") != _FORMAT:
                raise ValueError(text[:0])
            grant = cls(**data)
        except (ValueError, TypeError, KeyError, AttributeError):
            raise StorageError("a stored mail authorization is unreadable; re-connect the account",
                               hint="unghost account connect gmail|microsoft|imap") from None  # fmt: skip
        remember_secret(grant.access_token)
        remember_secret(grant.refresh_token)
        return grant

    def with_tokens(self, token: TokenResponse) -> Grant:
        return replace(self, access_token=token.access_token, expires_at=token.expires_at,
                       refresh_token=token.refresh_token or self.refresh_token,
                       needs_reconnect=False)  # fmt: skip

    def status(self, at: float) -> str:
        if self.needs_reconnect:
            return "re-connect"
        return "connected" if self.refresh_token or self.expires_at > at else "re-connect"


def find_grant(store: CredentialStore, username: str) -> Grant | None:
    text = store.find_password(grant_key(username))
    return Grant.from_json(text) if text else None


def save_grant(store: CredentialStore, grant: Grant) -> None:
    store.save_password(grant_key(grant.username), grant.to_json())


class TokenSource:
    """Hands out an access token for one connected account, refreshing it before it expires
    and when the mail server refuses it; a refused refresh marks the account "re-connect"."""

    def __init__(
        self, store: CredentialStore, username: str, *, scope_on_refresh: bool = False
    ) -> None:
        self.store = store
        self.username = username
        self.scope_on_refresh = scope_on_refresh
        self.skew_s = 0.0
        self._lock = threading.Lock()
        self.refreshed = 0  # how many refreshes this source made (reported, and in tests)

    def grant(self) -> Grant:
        found = find_grant(self.store, self.username)
        if found is None:
            raise OAuthError("revoked", f"{self.username} is not connected",
                             hint="unghost account connect gmail|microsoft|imap")  # fmt: skip
        return found

    @property
    def mechanism(self) -> str:
        return self.grant().mechanism

    def access_token(self, *, force_refresh: bool = False) -> str:
        with self._lock:
            grant = self.grant()
            if grant.needs_reconnect:
                raise explain("revoked", provider=grant.provider, username=grant.username)
            margin = float(oauth_setting("refresh_margin_s"))
            if not force_refresh and grant.access_token and grant.expires_at - now() > margin:
                return grant.access_token
            return self._refresh(grant).access_token

    def _refresh(self, grant: Grant) -> Grant:
        try:
            token = refresh_token(grant.token_endpoint, grant.client, grant.refresh_token,
                                  scopes=grant.scopes if self.scope_on_refresh else None,
                                  provider=grant.provider, username=grant.username)  # fmt: skip
        except OAuthError as exc:
            if exc.kind != "revoked":
                raise
            # another process (the worker, the web app) may have refreshed first, and the
            # provider rotated the refresh token (Microsoft does): theirs is the live one
            current = find_grant(self.store, self.username)
            if current is not None and current.refresh_token != grant.refresh_token:
                margin = float(oauth_setting("refresh_margin_s"))
                if current.access_token and current.expires_at - now() > margin:
                    return current
                return self._refresh(current)
            save_grant(self.store, replace(grant, needs_reconnect=True, access_token=""))
            raise
        self.skew_s = token.skew_s
        self.refreshed += 1
        fresh = grant.with_tokens(token)
        # expiry is kept by our clock (now() + expires_in), so a skewed clock cannot shorten it
        fresh = replace(fresh, expires_at=now() + (token.expires_at - time.time()))
        save_grant(self.store, fresh)
        return fresh

    def mark_reconnect(self) -> None:
        with self._lock:
            grant = self.grant()
            save_grant(self.store, replace(grant, needs_reconnect=True, access_token=""))


def describe(grant: Grant, at: float) -> dict[str, Any]:
    """What `account status` shows: never a token."""
    return {"username": grant.username, "provider": grant.provider, "status": grant.status(at),
            "mechanism": grant.mechanism, "scopes": grant.scopes,
            "access_token_expires_at": grant.expires_at or None}  # fmt: skip
