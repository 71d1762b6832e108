"""Each person's mail account on the server, and the per-user Context the queue's jobs run in.

The URLs are kept without their passwords; each password is sealed with the server key
(server/keys.py) and bound to its owner and purpose. A job's Context reads only its owner's
account and secrets (row-level security shows nobody else's), and its settings say nothing
of the server process's own UNGHOST_IMAP_URL, UNGHOST_SMTP_URL or UNGHOST_FROM."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError
from unghost.server.keys import Sealed, ServerKeys
from unghost.settings import Settings

# the settings a person's mail account gives their Context: setting -> the row's column
ACCOUNT_SETTINGS = {"imap_url": "imap_url", "smtp_url": "smtp_url", "from": "sender"}


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it had none)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url, None
    user = parts.netloc.rpartition("@")[0].partition(":")[0]
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}@{host}")), unquote(parts.password)


def _aad(owner_id: int, purpose: str) -> str:
    return f"unghost mail secret: user {owner_id}, {purpose}"


@dataclass
class SealedCredentials:
    """A CredentialStore over one person's opened secrets, for the length of a job."""

    passwords: dict[str, str] = field(default_factory=dict, repr=False)
    kind: str = "sealed"
    where: str = "the server's database, sealed with UNGHOST_SERVER_KEY"

    def find_password(self, key: str) -> str | None:
        return self.passwords.get(key)

    def save_password(self, key: str, password: str) -> None:
        raise InvalidInputError("on the server, mail passwords are set with the mail account")

    def delete_password(self, key: str) -> bool:
        raise InvalidInputError("on the server, mail passwords are set with the mail account")


def server_keys(ctx: Context) -> ServerKeys:
    """The keys of UNGHOST_SERVER_KEY, or the refusal that says how to make one."""
    return ServerKeys.from_text(ctx.settings.get("server_key"))


def set_mail_account(ctx: Context, email: str, *, imap_url: str | None, smtp_url: str | None,
                     sender: str | None) -> dict[str, Any]:  # fmt: skip
    """Give a person their mail account: the URLs are kept without passwords, each password
    sealed. A URL left out (None) keeps the one there is; an empty one removes it."""
    from unghost.mail.accounts import parse_from, parse_imap_url, parse_smtp_url
    from unghost.server import accounts
    from unghost.server.service import utc_now
    from unghost.store import mailaccounts

    keys = server_keys(ctx)
    with ctx.reading() as session:
        user_id = accounts.get_user(session, email).id
    as_user = replace(ctx, owner_id=user_id)
    now = utc_now()
    with as_user.transaction() as session:
        row = mailaccounts.find_account(session)
        current = {"imap": row.imap_url if row else None, "smtp": row.smtp_url if row else None}
        given = {"imap": imap_url, "smtp": smtp_url}
        for purpose, url in given.items():
            if url is None:
                continue
            if not url:
                current[purpose] = None
                mailaccounts.delete_secret(session, purpose)
                continue
            bare, password = split_password(url)
            (parse_imap_url if purpose == "imap" else parse_smtp_url)(bare)  # refuse a bad URL
            current[purpose] = bare
            if password is not None:
                sealed = keys.seal(password, _aad(user_id, purpose))
                mailaccounts.save_secret(session, purpose, key_id=sealed.key_id,
                                         nonce=sealed.nonce, ciphertext=sealed.ciphertext,
                                         now=now)  # fmt: skip
        if sender:
            parse_from(sender)
        saved = mailaccounts.save_account(
            session, imap_url=current["imap"], smtp_url=current["smtp"],
            sender=sender if sender is not None else (row.sender if row else None), now=now,
        )  # fmt: skip
        secrets = sorted(mailaccounts.find_secrets(session))
        from unghost.server.audit import record

        record(session, actor_id=None, subject_id=user_id, action="mail_account.set", now=now,
               detail=", ".join(p for p, url in given.items() if url is not None) or None)  # fmt: skip
        return {"email": email, "imap_url": saved.imap_url, "smtp_url": saved.smtp_url,
                "from": saved.sender, "passwords": secrets}  # fmt: skip


def rekey(ctx: Context, user_ids: list[int]) -> int:
    """Seal every secret again with the current server key; how many changed."""
    from unghost.store import mailaccounts

    keys = server_keys(ctx)
    changed = 0
    for user_id in user_ids:
        with replace(ctx, owner_id=user_id).transaction() as session:
            for purpose, row in mailaccounts.find_secrets(session).items():
                if row.key_id == keys.current:
                    continue
                plain = keys.open(Sealed(row.key_id, row.nonce, row.ciphertext),
                                  _aad(user_id, purpose))  # fmt: skip
                sealed = keys.seal(plain, _aad(user_id, purpose))
                row.key_id, row.nonce, row.ciphertext = (
                    sealed.key_id,
                    sealed.nonce,
                    sealed.ciphertext,
                )
                changed += 1
    return changed


def user_context(base: Context, keys: ServerKeys, user_id: int) -> Context:
    """The Context a job of `user_id` runs in, as their pages see them: their preferences
    (From, language, country, time zone and so their today, model overrides; web.state's
    user_settings), their mail account and their opened secrets; the engine shared with
    `base`. The From of their preferences wins over the one kept with the account (set by
    `unghost server user mail --from`), so a draft and its send agree."""
    from unghost.clock import get_today, local_zone
    from unghost.mail.accounts import parse_imap_url, parse_smtp_url
    from unghost.store import mailaccounts
    from unghost.store.people import UserRow
    from unghost.store.preferences import load_preferences
    from unghost.web.state import user_settings

    ctx = replace(base, owner_id=user_id, credentials=SealedCredentials())
    with ctx.reading() as session:
        user = session.get(UserRow, user_id)
        preferences = load_preferences(session, user_id)
        row = mailaccounts.find_account(session)
        secrets = mailaccounts.find_secrets(session)
    mine = user_settings(base.settings, preferences)
    values = dict(mine.values)
    kept = {setting: getattr(row, column) if row is not None else None
            for setting, column in ACCOUNT_SETTINGS.items()}  # fmt: skip
    values.update(kept)
    values["from"] = preferences["values"].get("from") or kept["from"]
    if not preferences["values"].get("lang") and user is not None and user.lang:
        values["lang"] = user.lang
    parsers = {"imap": parse_imap_url, "smtp": parse_smtp_url}
    for purpose, secret in secrets.items():
        url = values.get(f"{purpose}_url")
        if not url:
            continue
        password = keys.open(Sealed(secret.key_id, secret.nonce, secret.ciphertext),
                             _aad(user_id, purpose))  # fmt: skip
        ctx.credentials.passwords[parsers[purpose](url).credential_key] = password
    ctx.settings = Settings(values=values, model=mine.model)
    ctx.zone = local_zone(values.get("timezone"))
    ctx.today = get_today(values.get("today"), ctx.zone)
    return ctx
