"""Signing in with the institution's OpenID Connect provider (optional).

The authorization-code flow with PKCE (RFC 7636, S256), `state` and `nonce`, built with
authlib's OAuth 2.0 helpers; the id_token is checked with joserfc (authlib's JOSE library):
RS256 signature against the provider's JWKS, `iss`, `aud`, `exp`, `iat` and the `nonce` of this
browser's attempt. The person is matched by a verified email to an existing, enabled account;
a new account (role student) is made only when the admin setting allows it.

What the browser carries between leaving and coming back (state, nonce, PKCE verifier, the
page to return to) is a short-lived cookie signed with the server's form key, so any web
process can finish what another began."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import secrets
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from unghost.errors import InvalidInputError
from unghost.server.policy import auth_value
from unghost.settings import Settings
from unghost.store.people import UserRow

CALLBACK_PATH = "/login/oidc/callback"
PENDING_COOKIE = "__Host-unghost-oidc"
TRUE_WORDS = ("1", "true", "yes", "on")
log = logging.getLogger("unghost.server.oidc")


class OidcRefused(Exception):
    """The provider's answer is not accepted; `reason` is for the log, never the page."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class OidcConfig:
    issuer: str
    client_id: str
    client_secret: str = field(repr=False)
    redirect_uri: str
    create_users: bool


def oidc_config(settings: Settings) -> OidcConfig | None:
    """The server's OIDC settings, or None when sign-in with a provider is not set up."""
    from unghost.mail.oauth import check_endpoint

    issuer = settings.get("server_oidc_issuer")
    client_id = settings.get("server_oidc_client_id")
    if not issuer or not client_id:
        return None
    base = settings.get("server_url")
    if not base:
        raise InvalidInputError(
            "sign-in with the institution's provider needs UNGHOST_SERVER_URL",
            hint="the provider sends people back to SERVER_URL" + CALLBACK_PATH,
        )
    check_endpoint(issuer, "OIDC issuer")
    create = (settings.get("server_oidc_create_users") or "").strip().lower() in TRUE_WORDS
    return OidcConfig(issuer=issuer.rstrip("/"), client_id=client_id,
                      client_secret=settings.get("server_oidc_client_secret") or "",
                      redirect_uri=base.rstrip("/") + CALLBACK_PATH,
                      create_users=create)  # fmt: skip


# --- the provider's documents -------------------------------------------------------------

_cache: dict[str, tuple[float, Any]] = {}
_cache_lock = threading.Lock()


def _http() -> Any:
    import httpx2

    return httpx2.Client(timeout=float(auth_value("oidc", "http_timeout_s")),
                         follow_redirects=False)  # fmt: skip


def _get_json(url: str, *, fresh: bool = False) -> Any:
    import httpx2

    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(url)
    if hit is not None and not fresh and now - hit[0] < auth_value("oidc", "metadata_cache_s"):
        return hit[1]
    try:
        with _http() as http:
            reply = http.get(url)
    except httpx2.HTTPError as exc:
        raise OidcRefused(f"cannot reach the provider at {url}: {exc}") from None
    if reply.status_code != 200:
        raise OidcRefused(f"{url} answered HTTP {reply.status_code}")
    try:
        data = reply.json()
    except ValueError:
        raise OidcRefused(f"{url} did not answer JSON") from None
    with _cache_lock:
        _cache[url] = (now, data)
    return data


def metadata(config: OidcConfig) -> dict[str, Any]:
    """The issuer's discovery document (OpenID Connect Discovery 1.0 §4), whose `issuer`
    must be the configured one (§4.3)."""
    from unghost.mail.oauth import check_endpoint

    data = _get_json(config.issuer + "/.well-known/openid-configuration")
    if not isinstance(data, dict) or str(data.get("issuer", "")).rstrip("/") != config.issuer:
        raise OidcRefused("the discovery document names another issuer")
    for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
        if not isinstance(data.get(key), str):
            raise OidcRefused(f"the discovery document has no {key}")
        check_endpoint(data[key], key)
    return data


# --- leaving for the provider -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pending:
    state: str
    nonce: str
    verifier: str = field(repr=False)
    next: str
    expires: float  # epoch seconds


def begin(
    config: OidcConfig, meta: dict[str, Any], *, next: str, now: float
) -> tuple[str, Pending]:
    """The provider's authorization URL and what the browser keeps until it comes back."""
    from authlib.common.security import generate_token
    from authlib.oauth2.rfc6749.parameters import prepare_grant_uri
    from authlib.oauth2.rfc7636 import create_s256_code_challenge

    pending = Pending(state=generate_token(32), nonce=generate_token(32),
                      verifier=generate_token(64), next=next,
                      expires=now + auth_value("oidc", "attempt_s"))  # fmt: skip
    url = prepare_grant_uri(
        meta["authorization_endpoint"], config.client_id, "code",
        redirect_uri=config.redirect_uri, scope="openid email profile", state=pending.state,
        nonce=pending.nonce, code_challenge=create_s256_code_challenge(pending.verifier),
        code_challenge_method="S256",
    )  # fmt: skip
    return url, pending


def seal(pending: Pending, key: bytes) -> str:
    body = base64.urlsafe_b64encode(json.dumps(asdict(pending)).encode()).decode().rstrip("=")
    return body + "." + _mac(body, key)


def unseal(value: str | None, key: bytes, *, now: float) -> Pending:
    if not value or "." not in value or len(value) > 4000:
        raise OidcRefused("no sign-in was started in this browser")
    body, mac = value.rsplit(".", 1)
    if not hmac.compare_digest(mac, _mac(body, key)):
        raise OidcRefused("the sign-in cookie is not this server's")
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    pending = Pending(**data)
    if pending.expires < now:
        raise OidcRefused("the sign-in took too long")
    return pending


def _mac(body: str, key: bytes) -> str:
    return hmac.new(b"unghost-oidc:" + key, body.encode(), hashlib.sha256).hexdigest()


# --- coming back ---------------------------------------------------------------------------


def complete(
    config: OidcConfig, pending: Pending, query: dict[str, str], *, now: float
) -> dict[str, Any]:
    """The id_token's claims, once the state matches, the code is exchanged (with the PKCE
    verifier) and the token is valid; OidcRefused otherwise."""
    if "error" in query:
        raise OidcRefused(f"the provider refused: {query.get('error')}")
    if not secrets.compare_digest(query.get("state", ""), pending.state):
        raise OidcRefused("the state does not match this browser's sign-in")
    code = query.get("code")
    if not code:
        raise OidcRefused("the provider sent no code")
    meta = metadata(config)
    tokens = _exchange(config, meta, code, pending.verifier)
    id_token = tokens.get("id_token")
    if not isinstance(id_token, str):
        raise OidcRefused("the token response has no id_token")
    return validate_id_token(id_token, meta["jwks_uri"], issuer=config.issuer,
                             client_id=config.client_id, nonce=pending.nonce, now=now)  # fmt: skip


def _exchange(config: OidcConfig, meta: dict[str, Any], code: str, verifier: str) -> dict[str, Any]:
    import httpx2
    from authlib.oauth2.rfc6749.parameters import prepare_token_request

    body = prepare_token_request("authorization_code", code=code, code_verifier=verifier,
                                 redirect_uri=config.redirect_uri)  # fmt: skip
    try:
        with _http() as http:
            reply = http.post(meta["token_endpoint"], content=body.encode(),
                              auth=(config.client_id, config.client_secret),
                              headers={"Content-Type": "application/x-www-form-urlencoded",
                                       "Accept": "application/json"})  # fmt: skip
    except httpx2.HTTPError as exc:
        raise OidcRefused(f"cannot reach the token endpoint: {exc}") from None
    try:
        data = reply.json()
    except ValueError:
        data = {}
    if reply.status_code != 200 or not isinstance(data, dict):
        raise OidcRefused(f"the token endpoint refused the code (HTTP {reply.status_code}, "
                          f"{data.get('error') if isinstance(data, dict) else ''})")  # fmt: skip
    return data


def validate_id_token(
    id_token: str, jwks_uri: str, *, issuer: str, client_id: str, nonce: str, now: float
) -> dict[str, Any]:
    """The claims of a valid id_token (OpenID Connect Core 1.0 §3.1.3.7); OidcRefused
    otherwise. An unknown key id fetches the JWKS again once (the provider rotated keys)."""
    from joserfc import jwt
    from joserfc.errors import JoseError
    from joserfc.jwk import KeySet
    from joserfc.jwt import JWTClaimsRegistry

    algorithms = list(auth_value("oidc", "algorithms"))
    token = None
    for fresh in (False, True):
        try:
            keys = KeySet.import_key_set(_get_json(jwks_uri, fresh=fresh))
            token = jwt.decode(id_token, keys, algorithms=algorithms)
            break
        except (JoseError, ValueError, TypeError) as exc:
            if fresh:
                raise OidcRefused(f"the id_token's signature does not verify: {exc}") from None
    assert token is not None
    registry = JWTClaimsRegistry(
        now=int(now), leeway=int(auth_value("oidc", "leeway_s")),
        iss={"essential": True, "value": issuer}, aud={"essential": True, "value": client_id},
        exp={"essential": True}, iat={"essential": True}, sub={"essential": True},
        nonce={"essential": True, "value": nonce},
    )  # fmt: skip
    claims = dict(token.claims)
    try:
        registry.validate(claims)
    except JoseError as exc:
        raise OidcRefused(f"the id_token is not valid: {exc}") from None
    audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
    if len(audiences) > 1 and claims.get("azp") != client_id:  # §3.1.3.7 items 4 and 5
        raise OidcRefused("the id_token is for several audiences and not authorised for us")
    return claims


def match_user(
    session: Session, config: OidcConfig, claims: dict[str, Any], *, now: Any
) -> UserRow:
    """The account of the token's verified email; a new student only if the admin allows."""
    from unghost.server import accounts
    from unghost.server.audit import record

    email = claims.get("email")
    if not isinstance(email, str) or claims.get("email_verified") is not True:
        raise OidcRefused("the provider did not vouch for an email address")
    try:
        address = accounts.normalise_email(email)
    except InvalidInputError:
        raise OidcRefused("the provider's email is not an address") from None
    user = accounts.find_user(session, address)
    if user is None:
        place = accounts.find_institution(session)
        if not config.create_users or place is None:
            raise OidcRefused(f"no account for {address}")
        name = claims.get("name") if isinstance(claims.get("name"), str) else None
        user = accounts.add_user(session, email=address, role="student",
                                 institution_id=place.id, name=name, now=now)  # fmt: skip
        record(session, actor_id=None, subject_id=user.id, action="user.add.oidc",
               detail=config.issuer, now=now)  # fmt: skip
    if user.disabled or user.role == "local":
        raise OidcRefused(f"the account {address} is disabled")
    record(session, actor_id=user.id, subject_id=user.id, action="login.oidc",
           detail=config.issuer, now=now)  # fmt: skip
    return user
