"""The server's mail account page: a person connects their own IMAP and SMTP account (host,
port, security, user, password or app password), tests it, sees when it was last read and
the last error, and disconnects it. Passwords are sealed with the server key
(server/mailboxes.py) and never shown back; the laptop's mail settings pages stay off."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError, UnghostError
from unghost.server.requests import form_fields, signed_in_user
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
PAGE = "/account/mail"
PROTOCOLS = ("imap", "smtp")
SECURITIES = {"tls": "s", "starttls": "", "plain": "+plain"}  # the URL scheme's suffix


def account_url(protocol: str, fields: dict[str, str]) -> str | None:
    """The account URL the form's `<protocol>_*` fields name (with the password when one
    was typed); "" when the host is empty (no such account); InvalidInputError when a field
    cannot be used. The URL is checked the way the laptop checks UNGHOST_IMAP_URL."""
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url

    host = fields.get(f"{protocol}_host", "").strip()
    if not host:
        return ""
    security = fields.get(f"{protocol}_security", "tls")
    if security not in SECURITIES:
        raise InvalidInputError(f"{protocol.upper()}: no security {security!r}",
                                hint="tls, starttls or plain")  # fmt: skip
    port = fields.get(f"{protocol}_port", "").strip()
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise InvalidInputError(f"{protocol.upper()}: the port {port!r} is not 1 to 65535")
    if any(c in host for c in "/@:?#[] ") or not host.isascii():
        raise InvalidInputError(f"{protocol.upper()}: {host!r} is not a server name")
    user = fields.get(f"{protocol}_user", "").strip()
    password = fields.get(f"{protocol}_password", "")
    login = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    url = (f"{protocol}{SECURITIES[security]}://{login + '@' if user else ''}{host}"
           f"{':' + port if port else ''}")  # fmt: skip
    (parse_imap_url if protocol == "imap" else parse_smtp_url)(url)
    return url


def _shown(url: str | None, protocol: str) -> dict[str, Any]:
    """What the form shows of a kept URL (it never has a password)."""
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url

    if not url:
        return {"host": "", "port": "", "security": "tls", "user": ""}
    account = (parse_imap_url if protocol == "imap" else parse_smtp_url)(url)
    return {"host": account.host, "port": account.port, "security": account.security.value,
            "user": account.username or ""}  # fmt: skip


def mail_status(ctx: Context) -> dict[str, Any]:
    """The acting user's account as the page shows it: no password, only whether one is kept."""
    from unghost.store import mailaccounts

    with ctx.reading() as session:
        row = mailaccounts.find_account(session)
        secrets = set(mailaccounts.find_secrets(session))
        synced = mailaccounts.last_sync(session)
    urls = {"imap": row.imap_url if row else None, "smtp": row.smtp_url if row else None}
    return {
        "connected": bool(row and (row.imap_url or row.smtp_url)),
        "accounts": {
            p: {**_shown(urls[p], p), "password": p in secrets, "set": bool(urls[p])}
            for p in PROTOCOLS
        },
        "last_sync": synced,
        "checked_at": row.checked_at if row else None,
        "last_error": row.last_error if row else None,
    }


def try_connection(ctx: Context, user_id: int) -> str | None:
    """Log in to the user's IMAP and SMTP servers with their sealed passwords (nothing is
    read or sent); None when both work, else one line saying what failed. Kept on the
    account as its last error."""
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url
    from unghost.mail.imap_sync import open_imap
    from unghost.mail.smtp import check_login
    from unghost.server.mailboxes import server_keys, user_context
    from unghost.server.service import utc_now
    from unghost.store import mailaccounts

    mine = user_context(ctx, server_keys(ctx), user_id)
    problems = []
    imap_url, smtp_url = mine.settings.get("imap_url"), mine.settings.get("smtp_url")
    if not (imap_url or smtp_url):
        raise InvalidInputError("there is no mail account to test yet")
    assert mine.credentials is not None
    if imap_url:
        imap = parse_imap_url(imap_url)
        imap = imap.with_password(mine.credentials.find_password(imap.credential_key))
        try:
            client = open_imap(imap)
            client.logout()
        except UnghostError as exc:
            problems.append(f"IMAP: {exc.message}")
        except OSError as exc:
            problems.append(f"IMAP: {imap.host}:{imap.port}: {exc.strerror or exc}")
    if smtp_url:
        smtp = parse_smtp_url(smtp_url)
        smtp = smtp.with_password(mine.credentials.find_password(smtp.credential_key))
        refused = check_login(smtp)
        if refused:
            problems.append(f"SMTP: {refused}")
    error = "; ".join(_one_line(p) for p in problems) or None
    with mine.transaction() as session:
        mailaccounts.record_check(session, error=error, now=utc_now())
    return error


def _one_line(text: str) -> str:
    """A reason on one line, without the b'...' of a server reply kept as bytes."""
    import re

    return re.sub(r"\bb'([^']*)'", r"\1", " ".join(text.split()))


def _page(request: Request, values: dict[str, Any], status_code: int = 200) -> Response:
    from unghost.web.i18n import translate_error
    from unghost.web.rendering import language

    if values.get("error"):  # the services write English; a page in Chinese gets Chinese
        values["error"] = translate_error(language(request), values["error"])
    status = mail_status(web_state(request).context())
    return render(request, "server_mail.html", {"status": status, "form": {}, **values},
                  status_code=status_code)  # fmt: skip


@router.get(PAGE)
def mail_page(request: Request) -> Response:
    return _page(request, {})


@router.post(PAGE)
async def save_mail_page(request: Request) -> Response:
    """Connect (or change) the account; a password left empty keeps the one kept."""
    from unghost.server.mailboxes import set_mail_account

    form = await form_fields(request)
    user = signed_in_user(request)
    ctx = web_state(request).context()
    try:
        urls = {p: account_url(p, form) for p in PROTOCOLS}
        if not any(urls.values()):
            raise InvalidInputError("give at least an IMAP or an SMTP server")
        await run_in_threadpool(set_mail_account, ctx, user["email"], imap_url=urls["imap"],
                                smtp_url=urls["smtp"], sender=None)  # fmt: skip
    except InvalidInputError as exc:
        shown = {k: v for k, v in form.items() if not k.endswith("_password")}
        return _page(request, {"error": exc.message, "form": shown}, 400)
    return RedirectResponse(PAGE + "?saved=1", status_code=303)


@router.post(PAGE + "/test")
async def test_mail_page(request: Request) -> Response:
    user = signed_in_user(request)
    ctx = web_state(request).context()
    try:
        error = await run_in_threadpool(try_connection, ctx, int(user["id"]))
    except InvalidInputError as exc:
        return _page(request, {"error": exc.message}, 400)
    return _page(request, {"tested": True, "test_error": error})


def remove_account(ctx: Context, user_id: int) -> bool:
    """Forget the user's mail account and its sealed passwords (audited); False when there
    was none."""
    from unghost.server.audit import record
    from unghost.server.service import utc_now
    from unghost.store import mailaccounts

    with ctx.transaction() as session:
        removed = mailaccounts.delete_account(session)
        if removed:
            record(session, actor_id=user_id, subject_id=user_id, action="mail_account.removed",
                   now=utc_now())  # fmt: skip
    return removed


@router.post(PAGE + "/disconnect")
def disconnect_mail_page(request: Request) -> Response:
    user_id = int(signed_in_user(request)["id"])
    remove_account(replace(web_state(request).context(), owner_id=user_id), user_id)
    return RedirectResponse(PAGE + "?removed=1", status_code=303)
