"""`unghost server`: set up a career-centre server on PostgreSQL, run it, manage its users."""

import os
import sys
from typing import Annotated

import typer

from unghost.cli.common import Output, command, usage_error

Opt = typer.Option
server_app = typer.Typer(
    help="A server for a career centre: accounts, counsellors and students (PostgreSQL).",
    no_args_is_help=True,
)
user_app = typer.Typer(help="The server's users: add, disable, assign, list.", no_args_is_help=True)
PASSWORD_ENV = "UNGHOST_ADMIN_PASSWORD"


def _admin_password() -> str:
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        usage_error(f"set {PASSWORD_ENV}, or run in a terminal to be asked for the password")
    return str(typer.prompt("Admin password / 管理员密码", hide_input=True,
                            confirmation_prompt=True))  # fmt: skip


def register(app: typer.Typer) -> None:
    app.add_typer(server_app, name="server")
    server_app.add_typer(user_app, name="user")

    @command(server_app, "init")
    def init(
        out: Output,
        admin_email: Annotated[str, Opt("--admin-email", help="The first admin's address.")],
        institution: Annotated[
            str, Opt("--institution", help="The career centre's name.")
        ] = "Career Centre",
        app_role: Annotated[
            str | None,
            Opt("--app-role", help="The PostgreSQL role the server connects as (granted here; "
                "it must exist, without SUPERUSER or BYPASSRLS)."),
        ] = None,
    ) -> None:  # fmt: skip
        """Create the schema (connect as the owner role: --db or UNGHOST_DB), the institution
        and the first admin, whose password is UNGHOST_ADMIN_PASSWORD or asked for."""
        from unghost.server.service import init_server

        password = _admin_password()
        done = init_server(out.context(), admin_email=admin_email, admin_password=password,
                           institution=institution, app_role=app_role)  # fmt: skip
        if out.json:
            out.emit({"ok": True, **done})
            return
        out.print(f"Schema at {done['revision']}; institution {done['institution']['name']!r}; "
                  f"admin {done['admin']['email']}.")  # fmt: skip
        if app_role:
            out.print(f"The role {app_role} may now read and write rows (row-level security on).")

    @command(server_app, "run")
    def run(
        out: Output,
        host: Annotated[str, Opt("--host", help="Address to bind.")] = "127.0.0.1",
        port: Annotated[int, Opt("--port", min=1, max=65535, help="Port.")] = 8766,
        workers: Annotated[int, Opt("--workers", min=1, max=64, help="Web processes.")] = 2,
    ) -> None:
        """Serve the server's web app with uvicorn (connect as the app role: --db or
        UNGHOST_DB). Put a reverse proxy with TLS in front: the session cookie is Secure."""
        from unghost.server.runner import run_server

        url = f"http://{host}:{port}/"
        if out.json:
            out.emit({"ok": True, "url": url, "workers": workers})
        else:
            out.print(f"unghost server at {url} with {workers} workers (Ctrl+C stops it)")
        run_server(out.context(), host=host, port=port, workers=workers)

    @command(server_app, "worker")
    def worker(
        out: Output,
        concurrency: Annotated[int, Opt("--concurrency", min=1, max=64,
                                        help="Jobs this worker runs at once.")] = 1,
        schedule: Annotated[
            str | None, Opt("--schedule", metavar="FILE",
                            help="A schedule like data/server_queue.toml, instead of it."),
        ] = None,
    ) -> None:  # fmt: skip
        """Run a queue worker (connect as the app role: --db or UNGHOST_DB; needs
        UNGHOST_SERVER_KEY). Start more, on any machine, to do more at once."""
        from pathlib import Path

        from unghost.worker.queue import run_worker

        ctx = out.context()
        if not out.json:
            out.print(f"unghost queue worker, {concurrency} at once (Ctrl+C stops it)")
        run_worker(ctx.settings.db, concurrency=concurrency,
                   schedule_path=Path(schedule) if schedule else None)  # fmt: skip

    @command(server_app, "key")
    def key(out: Output) -> None:
        """Print a new server key for UNGHOST_SERVER_KEY (it seals mail passwords)."""
        from unghost.server.keys import key_id, new_key_text

        text = new_key_text()
        if out.json:
            import base64

            out.emit({"ok": True, "key": text, "key_id": key_id(base64.b64decode(text))})
        else:
            out.print(text)

    @command(server_app, "rekey")
    def rekey(out: Output) -> None:
        """Seal every mail password again with the first key of UNGHOST_SERVER_KEY (after
        putting a new key first; the old ones may go once this is done)."""
        from unghost.server.mailboxes import rekey as rekey_all
        from unghost.worker.queue import enabled_users

        ctx = out.context()
        changed = rekey_all(ctx, enabled_users(ctx))
        if out.json:
            out.emit({"ok": True, "resealed": changed})
        else:
            out.print(f"{changed} secrets sealed again with the current key.")

    @command(user_app, "mail")
    def mail(
        out: Output,
        email: Annotated[str, typer.Argument(help="The user's address.")],
        imap_url: Annotated[str | None, Opt("--imap-url", help="Their mailbox (an empty "
                                            "value removes it).")] = None,
        smtp_url: Annotated[str | None, Opt("--smtp-url", help="Their account to send with "
                                            "(an empty value removes it).")] = None,
        sender: Annotated[str | None, Opt("--from", help="`Name <address>` they send as.")] = None,
        ask: Annotated[bool, Opt("--ask-password", help="Ask for the passwords instead of "
                                 "reading them from the URLs.")] = False,
    ) -> None:  # fmt: skip
        """Give a user their mail account for the queue's mail sync and sends. Passwords are
        sealed with UNGHOST_SERVER_KEY, never kept in plain text."""
        from urllib.parse import quote

        from unghost.server.mailboxes import set_mail_account

        def with_password(url: str | None, what: str) -> str | None:
            if not url or not ask or "@" not in url:
                return url
            secret = str(typer.prompt(f"{what} password", hide_input=True))
            scheme, _, rest = url.partition("://")
            user, _, host = rest.rpartition("@")
            return f"{scheme}://{user.partition(':')[0]}:{quote(secret, safe='')}@{host}"

        done = set_mail_account(out.context(), email, imap_url=with_password(imap_url, "IMAP"),
                                smtp_url=with_password(smtp_url, "SMTP"), sender=sender)  # fmt: skip
        if out.json:
            out.emit({"ok": True, "mail": done})
        else:
            out.print(f"{done['email']}: IMAP {done['imap_url'] or '-'}, SMTP "
                      f"{done['smtp_url'] or '-'}, passwords sealed: "
                      f"{', '.join(done['passwords']) or 'none'}")  # fmt: skip

    @command(user_app, "add")
    def add(
        out: Output,
        email: Annotated[str, typer.Argument(help="The user's address.")],
        role: Annotated[str, Opt("--role", help="admin, counsellor or student.")] = "student",
        name: Annotated[str | None, Opt("--name", help="The name shown.")] = None,
        lang: Annotated[str, Opt("--lang", help="Language of pages and mail: en or zh.")] = "en",
        link_base: Annotated[
            str | None,
            Opt("--password-link", metavar="URL",
                help="Print a one-time link to choose a password, under this server URL."),
        ] = None,
    ) -> None:  # fmt: skip
        """Add a user; they choose their password from a reset mail or the printed link."""
        from unghost.server.service import add_server_user

        user = add_server_user(out.context(), email=email, role=role, name=name, lang=lang,
                               reset_url=link_base)  # fmt: skip
        if out.json:
            out.emit({"ok": True, "user": user})
            return
        out.print(f"Added {user['email']} ({user['role']}).")
        if "password_link" in user:
            out.print(f"Password link (works once): {user['password_link']}")

    @command(user_app, "disable")
    def disable(
        out: Output,
        email: Annotated[str, typer.Argument(help="The user's address or id.")],
        enable: Annotated[bool, Opt("--enable", help="Enable the user again.")] = False,
    ) -> None:
        """Disable a user: every session ends and their API tokens stop working."""
        from unghost.server.service import disable_server_user

        user = disable_server_user(out.context(), email, enable=enable)
        if out.json:
            out.emit({"ok": True, "user": user})
        else:
            out.print(f"{user['email']} is {'disabled' if user['disabled'] else 'enabled'}.")

    @command(user_app, "assign")
    def assign(
        out: Output,
        counsellor: Annotated[str, typer.Argument(help="The counsellor's address.")],
        student: Annotated[str, typer.Argument(help="The student's address.")],
        remove: Annotated[bool, Opt("--remove", help="Take the student off.")] = False,
    ) -> None:
        """Put a student on a counsellor's caseload (or take them off with --remove)."""
        from unghost.server.service import assign_student

        done = assign_student(out.context(), counsellor, student, remove=remove)
        if out.json:
            out.emit({"ok": True, **done})
        else:
            verb = "now on" if done["assigned"] else "off"
            out.print(f"{done['student']} is {verb} the caseload of {done['counsellor']}.")

    @command(server_app, "audit")
    def audit(
        out: Output,
        user: Annotated[
            str | None, Opt("--user", help="Only the entries by or about this user.")
        ] = None,
        limit: Annotated[int, Opt("--limit", min=1, max=10000, help="How many.")] = 200,
    ) -> None:
        """The audit log: reads of another person's data and changes to accounts."""
        from unghost.server.service import list_server_audit

        entries = list_server_audit(out.context(), user=user, limit=limit)
        if out.json:
            out.emit({"ok": True, "entries": entries})
            return
        for e in entries:
            who = e["actor"] or "(the command line)"
            out.print(f"{e['at']}  {who}  {e['action']}  {e['subject'] or ''}  {e['detail'] or ''}")

    @command(server_app, "retention")
    def retention(
        out: Output,
        apply: Annotated[bool, Opt("--apply", help="Delete; without it, only count.")] = False,
        audit_days: Annotated[
            int | None, Opt("--audit-days", min=1, help="Keep audit entries this many days.")
        ] = None,
        disabled_days: Annotated[
            int | None,
            Opt("--disabled-days", min=1, help="Delete students disabled this many days."),
        ] = None,
    ) -> None:
        """Data retention: old audit entries, long-disabled student accounts (with all their
        data) and old failed sign-ins (defaults in data/server_retention.toml)."""
        from unghost.server.retention import apply_retention
        from unghost.server.service import utc_now

        days = {k: v for k, v in (("audit_log_days", audit_days),
                                  ("disabled_account_days", disabled_days)) if v is not None}  # fmt: skip
        with out.context().transaction() as session:
            counts = apply_retention(session, now=utc_now(), days=days, apply=apply)
        if out.json:
            out.emit({"ok": True, "applied": apply, **counts})
            return
        verb = "Deleted" if apply else "Would delete (run with --apply)"
        out.print(f"{verb}: {counts['audit_entries']} audit entries, "
                  f"{counts['disabled_accounts']} disabled student accounts, "
                  f"{counts['login_attempts']} failed sign-ins.")  # fmt: skip

    @command(user_app, "list")
    def list_(out: Output) -> None:
        """The server's users."""
        from unghost.server.service import list_server_users

        users = list_server_users(out.context())
        if out.json:
            out.emit({"ok": True, "users": users})
            return
        for user in users:
            state = " (disabled)" if user["disabled"] else ""
            out.print(f"{user['id']:>5}  {user['role']:<10}  {user['email']}{state}")
