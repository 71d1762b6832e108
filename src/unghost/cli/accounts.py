"""`unghost account`: connect a mailbox with OAuth2, or keep an app password; status, disconnect."""

import sys
from typing import Annotated, Any

import typer

from unghost.cli.common import Output, command, usage_error

Opt = typer.Option
account_app = typer.Typer(
    help="Your mail account: connect it (OAuth2) or keep its app password.", no_args_is_help=True
)
EmailOption = Annotated[
    str | None,
    Opt("--email", help="The mailbox (default: the IMAP/SMTP URL's user, else UNGHOST_FROM)."),
]


def _keep_password(out: Output, which: str, password_stdin: bool) -> None:
    from unghost.services.outbox import save_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif sys.stdin.isatty():
        password = typer.prompt(f"{which.upper()} password (app password)", hide_input=True)
    else:
        usage_error("give --password-stdin, or run in a terminal to be asked")
    where = save_password(out.context(), which, password)
    if out.json:
        out.emit({"account": which, "stored_in": where})
    else:
        out.print(f"Saved the {which.upper()} password ({where}).")


def _show_device(out: Output) -> Any:
    def show(device: Any) -> None:
        where = device.verification_uri_complete or device.verification_uri
        sys.stderr.write(f"Open {where} on any device and enter the code {device.user_code}\n"
                         f"在任意设备上打开 {where} 并输入代码 {device.user_code}\n")  # fmt: skip
        sys.stderr.flush()

    return show


def _open_browser(url: str) -> None:
    import webbrowser

    sys.stderr.write(f"Sign in in your browser. If it did not open, visit:\n{url}\n"
                     f"请在浏览器中登录。若浏览器没有打开，请访问上面的地址。\n")  # fmt: skip
    sys.stderr.flush()
    webbrowser.open(url)


def register(app: typer.Typer) -> None:
    app.add_typer(account_app, name="account")

    @command(account_app, "connect")
    def connect(
        out: Output,
        provider: Annotated[
            str,
            typer.Argument(
                help="gmail, microsoft, or imap (any OAuth2 provider: set oauth_issuer)."
            ),
        ],
        email: EmailOption = None,
        device: Annotated[
            bool,
            Opt(
                "--device",
                help="Sign in on another device with a code "
                "(Microsoft, or a provider that offers it).",
            ),
        ] = False,
    ) -> None:
        """Sign in with the provider (browser, or a device code) and keep the tokens safely."""
        from unghost.services.mail_accounts import connect_with_browser, connect_with_device

        ctx = out.context()
        if device:
            result = connect_with_device(ctx, provider, email, _show_device(out))
        else:
            result = connect_with_browser(ctx, provider, email, _open_browser)
        if result.new_settings:  # the provider's servers, so `mail sync` and `send` just work
            from unghost.web.configfile import config_path, save_config

            save_config(config_path(out.flags), result.new_settings)
        if out.json:
            out.emit(result.to_dict())
            return
        out.print(f"Connected {result.username} ({result.provider}); tokens kept in "
                  f"{result.stored_in}.")  # fmt: skip
        for name, url in (("imap_url", result.imap_url), ("smtp_url", result.smtp_url)):
            if name in result.new_settings:
                out.print(f"  {name} = {url} (saved in the config file)")
            elif url:
                out.print(f"  {name} = {url}")

    @command(account_app, "status")
    def status(out: Output, email: EmailOption = None) -> None:
        """Whether the mailbox is connected, or needs to be re-connected."""
        from unghost.services.mail_accounts import connection_status

        info = connection_status(out.context(), email)
        if out.json:
            out.emit(info)
            return
        words = {"connected": "connected", "re-connect": "needs re-connecting "
                 f"(unghost account connect {info.get('provider')})",
                 "not-connected": "not connected (unghost account connect gmail|microsoft|imap)"}  # fmt: skip
        out.print(f"{info['username']}: {words[info['status']]}")

    @command(account_app, "disconnect")
    def disconnect(out: Output, email: EmailOption = None) -> None:
        """Revoke the authorization at the provider and forget the tokens here."""
        from unghost.services.mail_accounts import account_username, disconnect

        ctx = out.context()
        user = account_username(ctx, email)
        done = disconnect(ctx, user)
        if out.json:
            out.emit({"username": user, "disconnected": done})
        else:
            out.print(f"Disconnected {user}." if done else f"{user} was not connected.")

    for which in ("smtp", "imap"):

        def keep(
            out: Output,
            password_stdin: Annotated[
                bool, Opt("--password-stdin", help="Read it from standard input.")
            ] = False,
            _which: str = typer.Option(which, hidden=True),
        ) -> None:
            _keep_password(out, _which, password_stdin)

        keep.__doc__ = (f"Keep the {which.upper()} password (an app password) in the OS keyring "
                        "or a file only you can read.")  # fmt: skip
        command(account_app, which)(keep)
