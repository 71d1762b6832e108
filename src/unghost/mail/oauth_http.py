"""Talking to the provider: discovery, the token endpoint (code, refresh, device) and revocation."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any

import httpx2

from unghost.errors import MailError
from unghost.mail.oauth import (
    OAuthClient,
    OAuthError,
    Provider,
    check_endpoint,
    classify_error,
    explain,
    oauth_setting,
)
from unghost.mail.redaction import remember_secret


@dataclass(frozen=True, slots=True)
class TokenResponse:
    access_token: str = field(repr=False)
    expires_at: float  # epoch seconds, by this computer's clock
    refresh_token: str | None = field(default=None, repr=False)
    scope: str | None = None
    skew_s: float = 0.0  # the provider's clock minus ours, from its Date header


@dataclass(frozen=True, slots=True)
class DeviceCode:
    device_code: str = field(repr=False)
    user_code: str
    verification_uri: str
    verification_uri_complete: str | None
    expires_at: float
    interval_s: float


def _client() -> httpx2.Client:
    return httpx2.Client(timeout=float(oauth_setting("http_timeout_s")), follow_redirects=False)


def discover(issuer: str) -> dict[str, Any]:
    """The issuer's OpenID Connect (or RFC 8414) metadata: its endpoints."""
    base = check_endpoint(issuer.rstrip("/"), "issuer")
    last: str = ""
    with _client() as http:
        for suffix in (
            "/.well-known/openid-configuration",
            "/.well-known/oauth-authorization-server",
        ):
            try:
                reply = http.get(base + suffix)
            except httpx2.HTTPError as exc:
                raise MailError(f"cannot reach the sign-in provider {base}: {exc}") from None
            if reply.status_code == 200:
                try:
                    data = reply.json()
                except ValueError:
                    data = None
                if isinstance(data, dict) and data.get("token_endpoint"):
                    return data
            last = f"{reply.status_code}"
    raise MailError(
        f"{base} publishes no OpenID Connect configuration (HTTP {last})",
        hint="Check oauth_issuer: ISSUER/.well-known/openid-configuration must exist.",
    )


def _skew(reply: httpx2.Response, now: float) -> float:
    try:
        return parsedate_to_datetime(reply.headers["date"]).timestamp() - now
    except (KeyError, TypeError, ValueError, IndexError):
        return 0.0


def _post(url: str, form: dict[str, str], client: OAuthClient) -> tuple[dict[str, Any], float]:
    """POST a form to the provider; (its JSON answer, clock skew); raises on an error answer."""
    body = {**form, "client_id": client.client_id}
    if client.client_secret:
        body["client_secret"] = client.client_secret
    now = time.time()
    try:
        with _client() as http:
            reply = http.post(url, data=body, headers={"Accept": "application/json"})
    except httpx2.HTTPError as exc:
        raise MailError(
            f"cannot reach the sign-in provider at {url}: {type(exc).__name__}"
        ) from None
    try:
        data = reply.json()
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    data["_status"] = reply.status_code
    return data, _skew(reply, now)


def _token(
    data: dict[str, Any], skew: float, *, provider: str, username: str | None
) -> TokenResponse:
    if data["_status"] != 200 or "access_token" not in data:
        raise provider_error(data, provider=provider, username=username, skew=skew)
    access = str(data["access_token"])
    refresh = str(data["refresh_token"]) if data.get("refresh_token") else None
    remember_secret(access)
    if refresh:
        remember_secret(refresh)
    try:
        lifetime = float(data.get("expires_in", 3600))
    except (TypeError, ValueError):
        lifetime = 3600.0
    scope = data.get("scope")
    return TokenResponse(access, time.time() + lifetime, refresh,
                         " ".join(scope) if isinstance(scope, list) else scope, skew)  # fmt: skip


def provider_error(
    data: dict[str, Any], *, provider: str, username: str | None, skew: float = 0.0
) -> OAuthError:
    code = str(data.get("error") or f"HTTP {data.get('_status')}")
    description = str(data.get("error_description") or "")
    kind = classify_error(code, description)
    if kind == "failed" and abs(skew) > float(oauth_setting("clock_skew_s")):
        kind = "clock-skew"
    detail = code + (f": {description.splitlines()[0][:200]}" if description else "")
    if kind == "clock-skew" and abs(skew) > 1:
        detail = f"off by {abs(skew) / 60:.0f} minutes; {detail}"
    return explain(kind, provider=provider, username=username, detail=detail)


def exchange_code(provider: Provider, client: OAuthClient, *, code: str, redirect_uri: str,
                  verifier: str, username: str | None) -> TokenResponse:  # fmt: skip
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "code_verifier": verifier}  # fmt: skip
    data, skew = _post(provider.token_endpoint, form, client)
    return _token(data, skew, provider=provider.name, username=username)


def refresh_token(token_endpoint: str, client: OAuthClient, refresh: str, *, scopes: str | None,
                  provider: str, username: str | None) -> TokenResponse:  # fmt: skip
    form = {"grant_type": "refresh_token", "refresh_token": refresh}
    if scopes:
        form["scope"] = scopes  # Microsoft wants the scopes again on refresh
    data, skew = _post(token_endpoint, form, client)
    return _token(data, skew, provider=provider, username=username)


def start_device(provider: Provider, client: OAuthClient, username: str | None) -> DeviceCode:
    """RFC 8628 3.1-3.2: a code for the user to type at the verification address."""
    if not provider.device_endpoint:
        raise OAuthError(
            "failed",
            f"{provider.label} does not offer sign-in with a device code",
            hint=f"Run `unghost account connect {provider.name}` without --device, on a "
            "computer with a browser.",
        )
    data, skew = _post(provider.device_endpoint, {"scope": " ".join(provider.scopes)}, client)
    if data["_status"] != 200 or "device_code" not in data:
        raise provider_error(data, provider=provider.name, username=username, skew=skew)
    return DeviceCode(
        device_code=str(data["device_code"]),
        user_code=str(data["user_code"]),
        verification_uri=str(data.get("verification_uri") or data.get("verification_url")),
        verification_uri_complete=data.get("verification_uri_complete"),
        expires_at=time.time() + float(data.get("expires_in", 900)),
        interval_s=float(data.get("interval", 5)),
    )


def poll_device(
    provider: Provider, client: OAuthClient, device: DeviceCode, *, username: str | None,
    sleep: Any = time.sleep, timeout_s: float | None = None,
) -> TokenResponse:  # fmt: skip
    """Ask the token endpoint until the user has signed in (RFC 8628 3.4-3.5)."""
    interval = device.interval_s
    deadline = min(device.expires_at, time.time() + (timeout_s or device.expires_at))
    form = {"grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "device_code": device.device_code}  # fmt: skip
    while True:
        data, skew = _post(provider.token_endpoint, form, client)
        error = data.get("error")
        if error == "authorization_pending":
            pass
        elif error == "slow_down":
            interval += 5
        elif error == "expired_token":
            break
        else:
            return _token(data, skew, provider=provider.name, username=username)
        if time.time() + interval > deadline:
            break
        sleep(interval)
    raise OAuthError(
        "consent-refused",
        f"nobody signed in with the code {device.user_code} in time",
        hint=f"Run `unghost account connect {provider.name} --device` again.",
    )


def revoke(url: str | None, client: OAuthClient, token: str) -> bool:
    """Tell the provider to forget the token (RFC 7009); False when it cannot be told."""
    if not url:
        return False
    try:
        data, _ = _post(url, {"token": token, "token_type_hint": "refresh_token"}, client)
    except MailError:
        return False
    return bool(data["_status"] == 200)
