"""Follow-up commands: draft, send, outbox, templates, worker."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Annotated

import typer

from unghost.cli.common import Output, command, parse_cli_date, usage_error

Opt = typer.Option
templates_app = typer.Typer(
    help="The follow-up templates: list, show, preview, edit.", no_args_is_help=True
)
KINDS = "thank-you, follow-up, check-in, close-the-loop, contact-update"


def register(app: typer.Typer) -> None:  # one flat list of commands
    app.add_typer(templates_app, name="templates")

    @command(app, "draft")
    def draft(
        out: Output,
        ref: Annotated[str, typer.Argument(help="Reference or numeric id.")],
        kind: Annotated[str, Opt("--kind", help=KINDS)] = "follow-up",
        lang: Annotated[str | None, Opt("--lang", help="en or zh (default: UNGHOST_LANG).")] = None,
        to: Annotated[
            str | None, Opt("--to", help="Recipient (default: the interviewer or recruiter).")
        ] = None,
        eml: Annotated[
            Path | None, Opt("--eml", help="Also write an .eml file any mail client opens.")
        ] = None,
        edit: Annotated[
            bool, Opt("--edit", help="Open the draft in $EDITOR before saving.")
        ] = False,
        to_drafts: Annotated[
            bool, Opt("--to-drafts", help="Also put it in your IMAP Drafts folder.")
        ] = False,
    ) -> None:
        """Write a personal follow-up from a template and save it in the outbox as a draft."""
        from unghost.services.outbox import make_draft, update_text, write_eml

        ctx = out.context()
        entry = make_draft(ctx, ref, kind, lang, to=to)
        if edit:
            subject, body = _edit_text(entry.subject, entry.body)
            entry = update_text(ctx, entry.id or 0, subject, body)
        if eml is not None:
            write_eml(ctx, entry, eml)
        folder = None
        if to_drafts:
            from unghost.services.outbox import save_draft_to_mailbox

            folder = save_draft_to_mailbox(ctx, entry)
        if out.json:
            out.emit({"id": entry.id, "to": entry.to, "subject": entry.subject, "body": entry.body,
                      "lang": entry.lang, "kind": entry.kind, "state": entry.state.value,
                      "message_id": entry.message_id, "drafts_folder": folder})  # fmt: skip
            return
        out.print(f"Draft {entry.id} to {entry.to}", style="bold")
        out.print(f"Subject: {entry.subject}\n\n{entry.body}")
        out.print(
            f"\nSend it with `unghost send {entry.id}`" + (f"; saved as {eml}" if eml else "")
        )

    @command(app, "send")
    def send(
        out: Output,
        target: Annotated[
            str, typer.Argument(help="Outbox id, or an application REF (its newest draft).")
        ],
        at: Annotated[
            str | None, Opt("--at", help="Schedule for this day (the worker sends it).")
        ] = None,
        force: Annotated[
            bool, Opt("--force", help="Send again a message that may have gone out.")
        ] = False,
    ) -> None:
        """Send a draft now through your mail account, or schedule it with --at."""
        from unghost.services.outbox import schedule, send_now

        ctx = out.context()
        if at is not None:
            day = parse_cli_date(at, "--at")
            assert day is not None
            entry = schedule(ctx, target, day)
        else:
            entry = send_now(ctx, target, force=force)
        if out.json:
            out.emit(entry.to_dict())
        elif entry.state.value == "queued":
            out.print(
                f"Message {entry.id} is scheduled for {entry.scheduled_on} (run `unghost worker`)."
            )
        else:
            detail = f": {entry.last_error}" if entry.last_error else ""
            out.print(f"Message {entry.id} to {entry.to}: {entry.state.value}{detail}")
        if entry.state.value in ("failed", "unknown"):
            raise typer.Exit(1)

    @command(app, "outbox")
    def outbox(
        out: Output,
        state: Annotated[
            str | None, Opt("--state", help="draft, queued, sending, sent, failed, unknown")
        ] = None,
        mark: Annotated[
            str | None, Opt("--mark", help="ID=STATE: say what became of a message.")
        ] = None,
    ) -> None:
        """Drafts, scheduled, sent, failed and unknown messages."""
        from unghost.domain.outbox import OutboxState
        from unghost.errors import InvalidInputError
        from unghost.services.outbox import list_outbox
        from unghost.services.outbox import mark as mark_entry
        from unghost.services.sending import status_note

        ctx = out.context()
        if mark is not None:
            ident, _, target = mark.partition("=")
            try:
                changed = mark_entry(ctx, int(ident), OutboxState(target.strip()))
            except ValueError:
                raise InvalidInputError(
                    f"--mark takes ID=STATE such as 3=sent, not {mark!r}"
                ) from None
            if out.json:
                out.emit(changed.to_dict())
            else:
                out.print(f"Message {changed.id} is now {changed.state.value}.")
            return
        try:
            states = [OutboxState(state)] if state else None
        except ValueError:
            raise InvalidInputError(f"unknown state {state!r}") from None
        entries = list_outbox(ctx, states)
        if out.json:
            out.emit({"outbox": [e.to_dict() for e in entries]})
            return
        if not entries:
            out.print("The outbox is empty. `unghost draft REF` writes a follow-up.")
        for e in entries:
            when = e.sent_at.date() if e.sent_at else (e.scheduled_on or "")
            out.print(
                f"{e.id:>4}  {e.state.value:<8} {when!s:<10}  {e.application_ref}  {e.kind}  {e.subject}"
            )
            note = status_note(e)
            if note:
                out.print(f"      {note}")

    @command(app, "worker")
    def worker(
        out: Output,
        once: Annotated[bool, Opt("--once", help="One pass, then exit (for cron).")] = False,
        interval: Annotated[int, Opt("--interval", min=10, help="Seconds between passes.")] = 300,
    ) -> None:
        """Send scheduled follow-ups on their day, read new mail, re-check postings daily."""
        from unghost.worker import run_pass

        while True:
            ctx = out.context()
            result = run_pass(ctx, log=_log)
            ctx.close()
            if out.json:
                out.emit(result.to_dict())
            if once:
                return
            time.sleep(interval)

    @command(templates_app, "list")
    def list_templates(out: Output) -> None:
        """Every template kind and language, built-in or yours."""
        from unghost.services.outbox import templates_for

        infos = templates_for(out.context()).list_templates()
        if out.json:
            out.emit({"templates": [i.to_dict() for i in infos]})
            return
        for info in infos:
            data = info.to_dict()
            out.print(
                "  ".join(
                    str(data.get(k, "")) for k in ("kind", "lang", "origin", "path") if data.get(k)
                )
            )

    @command(templates_app, "preview")
    def preview(
        out: Output,
        kind: Annotated[str, typer.Argument(help=KINDS)],
        lang: Annotated[str, Opt("--lang")] = "en",
    ) -> None:
        """Render a template with sample data."""
        from unghost.services.outbox import templates_for

        ctx = out.context()
        subject, body = templates_for(ctx).preview(kind, lang, ctx.today)
        if out.json:
            out.emit({"kind": kind, "lang": lang, "subject": subject, "body": body})
        else:
            out.print(f"Subject: {subject}\n\n{body}")

    @command(templates_app, "edit")
    def edit_template(
        out: Output,
        kind: Annotated[str, typer.Argument(help=KINDS)],
        lang: Annotated[str, Opt("--lang")] = "en",
        file: Annotated[
            Path | None, Opt("--file", help="Take the template from this file.")
        ] = None,
    ) -> None:
        """Make your own version of a template (checked in the sandbox before it is saved)."""
        from unghost.services.outbox import templates_for

        ctx = out.context()
        templates = templates_for(ctx)
        if file is not None:
            text = file.read_text(encoding="utf-8")
        else:
            if not sys.stdin.isatty():
                usage_error("give --file, or run in a terminal to edit in $EDITOR")
            text = _edit_raw(templates.get_source(kind, lang).text)
        path = templates.save_user_template(kind, lang, text, ctx.today)
        if out.json:
            out.emit({"kind": kind, "lang": lang, "path": str(path)})
        else:
            out.print(f"Saved {path}")


def _log(line: str) -> None:
    sys.stderr.write(line + "\n")


def _edit_raw(text: str) -> str:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        name = f.name
    try:
        subprocess.run([*editor.split(), name], check=False)
        return Path(name).read_text(encoding="utf-8")
    finally:
        Path(name).unlink(missing_ok=True)


def _edit_text(subject: str, body: str) -> tuple[str, str]:
    if not sys.stdin.isatty():
        usage_error("--edit needs a terminal")
    text = _edit_raw(f"Subject: {subject}\n\n{body}")
    head, _, rest = text.partition("\n")
    if not head.startswith("Subject:"):
        return subject, text.strip()
    return head.removeprefix("Subject:").strip(), rest.strip()
