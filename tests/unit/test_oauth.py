"""OAuth2 pieces without a network: providers, PKCE, URLs, scopes, errors, SASL strings, redaction."""

from __future__ import annotations

import base64
import hashlib
import logging
from urllib.parse import parse_qs, urlsplit

import pytest

from unghost.errors import InvalidInputError
from unghost.mail.oauth import (
    OAuthClient,
    authorization_url,
    classify_error,
    explain,
    load_provider,
    missing_scopes,
    new_pkce,
)


def test_gmail_and_microsoft_ask_for_the_mail_scopes_and_nothing_borrowed():
    gmail = load_provider("gmail")
    assert gmail.scopes == ("https://mail.google.com/",) and not gmail.device
    assert gmail.extra_authorize == {"access_type": "offline", "prompt": "consent"}
    ms = load_provider("microsoft", tenant="organizations")
    assert "/organizations/oauth2/v2.0/token" in ms.token_endpoint and ms.device
    assert [s.rsplit("/", 1)[-1] for s in ms.scopes] == [
        "IMAP.AccessAsUser.All", "SMTP.Send", "offline_access"]  # fmt: skip
    assert ms.loopback_host == "localhost" and gmail.loopback_host == "127.0.0.1"


def test_the_generic_provider_needs_an_issuer_and_refuses_plain_http_elsewhere():
    with pytest.raises(InvalidInputError, match="no sign-in address") as caught:
        load_provider("imap")
    assert "oauth_issuer" in (caught.value.hint or "")
    meta = {"authorization_endpoint": "http://idp.example/authorize",
            "token_endpoint": "http://idp.example/token"}  # fmt: skip
    with pytest.raises(InvalidInputError, match="not https"):
        load_provider("imap", metadata=meta)
    local = {k: v.replace("idp.example", "127.0.0.1:9") for k, v in meta.items()}
    p = load_provider("imap", metadata=local, scopes="openid mail offline_access")
    assert p.scopes == ("openid", "mail", "offline_access") and p.device_endpoint is None
    assert not p.device  # no device endpoint in the metadata: --device is refused


def test_pkce_and_the_authorization_url():
    verifier, challenge = new_pkce()
    assert 43 <= len(verifier) <= 128
    digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=")
    assert challenge == digest.decode()
    url = authorization_url(load_provider("gmail"), OAuthClient("id-1", "secret"),
                            redirect_uri="http://127.0.0.1:5555/", state="st", challenge=challenge,
                            login_hint="me@gmail.com")  # fmt: skip
    q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert q["code_challenge_method"] == "S256" and q["code_challenge"] == challenge
    assert q["client_id"] == "id-1" and "secret" not in url and q["login_hint"] == "me@gmail.com"
    assert q["scope"] == "https://mail.google.com/" and q["access_type"] == "offline"
    assert q["redirect_uri"] == "http://127.0.0.1:5555/" and q["state"] == "st"
    assert "secret" not in repr(OAuthClient("id-1", "secret"))


def test_missing_scopes_tolerate_microsoft_short_names():
    ms = load_provider("microsoft")
    assert missing_scopes(ms, "IMAP.AccessAsUser.All SMTP.Send") == []
    assert missing_scopes(ms, "https://outlook.office.com/IMAP.AccessAsUser.All") == [
        "https://outlook.office.com/SMTP.Send"]  # fmt: skip
    assert missing_scopes(ms, None) == []
    gmail = load_provider("gmail")
    assert missing_scopes(gmail, "openid email") == ["https://mail.google.com/"]


@pytest.mark.parametrize(
    ("texts", "kind"),
    [(("access_denied", "The user denied"), "consent-refused"),
     (("invalid_client", "AADSTS90094: Admin consent is required"), "admin-consent"),
     (("invalid_grant", "AADSTS70008: The refresh token has expired"), "revoked"),
     (("invalid_grant", "Token has been expired or revoked."), "revoked"),
     (("[ALERT] Your account is not enabled for IMAP use.",), "imap-disabled"),
     (("User is authenticated but not connected.",), "imap-disabled"),
     (("invalid_scope", "AADSTS70011"), "scope-missing"),
     (("invalid_request", "AADSTS700024: not within its valid time range"), "clock-skew"),
     (("server_error", "try again"), "failed")],
)  # fmt: skip
def test_provider_answers_become_kinds(texts, kind):
    assert classify_error(*texts) == kind


def test_every_kind_tells_what_to_do():
    for kind in ("consent-refused", "admin-consent", "revoked", "scope-missing", "clock-skew",
                 "imap-disabled"):  # fmt: skip
        error = explain(kind, provider="microsoft", username="me@uni.example")
        assert error.kind == kind and error.hint and "\n" not in error.message
    assert "unghost account connect microsoft" in (explain("revoked", provider="microsoft",
                                                           username=None).hint or "")  # fmt: skip


def test_sasl_strings():
    from unghost.mail.oauth_sasl import _Mechanism, oauthbearer, pick_mechanism, xoauth2

    assert xoauth2("me@x.example", "tok") == "user=me@x.example\x01auth=Bearer tok\x01\x01"
    assert oauthbearer("a,b=c@x", "tok", "imap.x", 993) == (
        "n,a=a=2Cb=3Dc@x,\x01host=imap.x\x01port=993\x01auth=Bearer tok\x01\x01")  # fmt: skip
    mech = _Mechanism("first")
    assert mech(b"") == "first"
    assert mech(b'{"status":"400","scope":"https://mail.google.com/"}') == ""
    assert mech.challenge["status"] == "400"
    assert pick_mechanism("auto", lambda m: m == "OAUTHBEARER") == "oauthbearer"
    assert pick_mechanism("auto", lambda m: True) == "xoauth2"


def test_a_server_turning_imap_off_is_named(tmp_path):
    from imapclient.exceptions import LoginError

    from unghost.mail.credentials import FileStore
    from unghost.mail.oauth import OAuthError
    from unghost.mail.oauth_sasl import imap_login
    from unghost.mail.oauth_tokens import Grant, TokenSource, now, save_grant

    store = FileStore(tmp_path / "cfg")
    save_grant(store, Grant("gmail", "me@gmail.com", "https://oauth2.example/token", "id",
                            "refresh-xyz", "access-abcdef", now() + 3600))  # fmt: skip

    class Gmail:
        def has_capability(self, name: str) -> bool:
            return name == "AUTH=XOAUTH2"

        def sasl_login(self, mech: str, answer) -> None:  # type: ignore[no-untyped-def]
            answer(b"")
            raise LoginError(
                "[ALERT] Your account is not enabled for IMAP use. Please visit "
                "your Gmail settings page and enable your account for IMAP access."
            )

    with pytest.raises(OAuthError) as caught:
        imap_login(Gmail(), TokenSource(store, "me@gmail.com"), "imap.gmail.com", 993)
    assert caught.value.kind == "imap-disabled" and "Gmail" in (caught.value.hint or "")


def test_redaction_of_messages_logs_and_tracebacks(caplog):
    from unghost.mail.redaction import RedactingFilter, redact, remember_secret

    remember_secret("ya29.canary-secret-token")
    assert redact("Bearer ya29.canary-secret-token!") == "Bearer ***!"
    b64 = base64.b64encode(b"ya29.canary-secret-token").decode()
    assert redact(f"AUTH {b64}") == "AUTH ***"
    logger = logging.getLogger("unghost.test.redaction")
    logger.addFilter(RedactingFilter())
    try:
        raise RuntimeError("failed with ya29.canary-secret-token")
    except RuntimeError:
        logger.exception("refresh %s", "ya29.canary-secret-token")
    assert "ya29.canary-secret-token" not in caplog.text and "refresh ***" in caplog.text


def test_grants_hide_their_secrets_and_survive_a_round_trip(tmp_path):
    from unghost.errors import StorageError
    from unghost.mail.oauth_tokens import Grant

    grant = Grant("microsoft", "me@uni.example", "https://t.example/token", "cid",
                  refresh_token="rt-secret", access_token="at-secret", client_secret="cs")  # fmt: skip
    assert "secret" not in repr(grant)
    assert Grant.from_json(grant.to_json()) == grant
    with pytest.raises(StorageError, match="re-connect"):
        Grant.from_json('{"format": "other"}')


def test_the_servers_suggested_after_connecting():
    from unghost.bootstrap import build_context
    from unghost.services.mail_accounts import _suggested_urls

    ctx = build_context({"db": ":memory:"})
    ms, gmail = load_provider("microsoft"), load_provider("gmail")
    assert _suggested_urls(ctx, ms, "li@hotmail.com") == (
        "imaps://li%40hotmail.com@outlook/INBOX", "smtp://li%40hotmail.com@outlook")  # fmt: skip
    assert _suggested_urls(ctx, ms, "li@uni.edu")[1] == "smtp://li%40uni.edu@office365"
    assert _suggested_urls(ctx, gmail, "me@gmail.com")[0] == "imaps://me%40gmail.com@gmail/INBOX"
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url

    assert parse_smtp_url("smtp://li%40hotmail.com@outlook").host == "smtp-mail.outlook.com"
    assert parse_imap_url("imaps://li%40uni.edu@office365/INBOX").host == "outlook.office365.com"
