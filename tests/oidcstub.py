"""A stub OpenID Connect provider on loopback for the server's sign-in: discovery, a JWKS, an
authorize endpoint that signs the configured person in at once, and a token endpoint that
checks the client secret, the redirect URI and the PKCE verifier, then issues an RS256
id_token. The token is signed here with `cryptography` directly (not with the library the
server validates with), and a test can make it wrong in one way at a time."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

CLIENT_ID = "unghost-server-test"
CLIENT_SECRET = "stub-client-secret"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _int(n: int) -> str:
    return _b64(n.to_bytes((n.bit_length() + 7) // 8, "big"))


@dataclass
class Person:
    """Who the provider signs in, and what the next id_token says (a test changes one thing)."""

    email: str = "student@example.edu"
    email_verified: bool = True
    name: str = "Stub Student"
    audience: str | None = None  # None: the client id
    nonce: str | None = None  # None: the nonce the client sent
    lifetime_s: int = 300  # negative: already expired
    issuer: str | None = None  # None: the stub's own
    foreign_key: bool = False  # signed with a key not in the JWKS (same kid)


@dataclass
class OidcStub:
    base: str
    person: Person = field(default_factory=Person)
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048)
    )
    kid: str = field(default_factory=lambda: secrets.token_hex(4))
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def jwks(self) -> dict[str, Any]:
        pub = self.key.public_key().public_numbers()
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": self.kid,
                          "n": _int(pub.n), "e": _int(pub.e)}]}  # fmt: skip

    def id_token(self, nonce: str) -> str:
        p, now = self.person, int(time.time())
        claims = {"iss": p.issuer or self.base, "sub": hashlib.sha256(p.email.encode()).hexdigest(),
                  "aud": p.audience or CLIENT_ID, "iat": now, "exp": now + p.lifetime_s,
                  "nonce": p.nonce if p.nonce is not None else nonce, "email": p.email,
                  "email_verified": p.email_verified, "name": p.name}  # fmt: skip
        header = {"alg": "RS256", "typ": "JWT", "kid": self.kid}
        signing = _b64(json.dumps(header).encode()) + "." + _b64(json.dumps(claims).encode())
        key = (rsa.generate_private_key(public_exponent=65537, key_size=2048)
               if p.foreign_key else self.key)  # fmt: skip
        signature = key.sign(signing.encode(), padding.PKCS1v15(), hashes.SHA256())
        return signing + "." + _b64(signature)


def _handler(stub: OidcStub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            if parts.path == "/.well-known/openid-configuration":
                self._json(200, {"issuer": stub.base,
                                 "authorization_endpoint": stub.base + "/authorize",
                                 "token_endpoint": stub.base + "/token",
                                 "jwks_uri": stub.base + "/jwks",
                                 "response_types_supported": ["code"],
                                 "code_challenge_methods_supported": ["S256"],
                                 "id_token_signing_alg_values_supported": ["RS256"]})  # fmt: skip
            elif parts.path == "/jwks":
                self._json(200, stub.jwks())
            elif parts.path == "/authorize":
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                with stub.lock:
                    stub.authorize_requests.append(query)
                    code = secrets.token_urlsafe(24)
                    stub.codes[code] = query
                target = query["redirect_uri"] + "?" + urlencode(
                    {"code": code, "state": query.get("state", "")}
                )  # fmt: skip
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
            else:
                self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            with stub.lock:
                stub.token_requests.append(form)
                asked = stub.codes.pop(form.get("code", ""), None)  # single use
            expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
            if self.headers.get("Authorization") != expected:
                self._json(401, {"error": "invalid_client"})
                return
            if asked is None or form.get("grant_type") != "authorization_code":
                self._json(400, {"error": "invalid_grant"})
                return
            verifier = form.get("code_verifier", "")
            challenge = _b64(hashlib.sha256(verifier.encode()).digest())
            if (asked.get("code_challenge_method") != "S256"
                    or challenge != asked.get("code_challenge")
                    or form.get("redirect_uri") != asked.get("redirect_uri")):  # fmt: skip
                self._json(400, {"error": "invalid_grant"})
                return
            self._json(200, {"access_token": secrets.token_urlsafe(16), "token_type": "Bearer",
                             "expires_in": 300, "id_token": stub.id_token(asked.get("nonce", ""))})  # fmt: skip

    return Handler


@contextmanager
def running_oidc_stub() -> Iterator[OidcStub]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(OidcStub("")))
    stub = OidcStub(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
