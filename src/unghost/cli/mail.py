"""Mailbox commands: mail import, sync, list, classify, attach; review of proposed changes."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from unghost.cli.common import DebugOption, JsonOption, Output, TodayOption, command
from unghost.cli.terminal import counted

mail_app = typer.Typer(
    help="Read the employer's mail: replies, out-of-office notices, bounces.", no_args_is_help=True
)
review_app = typer.Typer(
    help="Changes the mailbox suggests, for you to accept or reject.", invoke_without_command=True
)


_PROGRESS_EVERY = 250  # messages between two updates of the progress text


def _progress(out: Output, label: str, work: Any) -> Any:
    if out.json or not sys.stderr.isatty():
        return work(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def show(n: int) -> None:
            # the bar redraws a few times a second: a new text per message only costs time
            if n == 1 or n % _PROGRESS_EVERY == 0:
                bar.update(task, description=f"{label}: {n} messages read")

        return work(show)


def _summary(out: Output, report: Any) -> None:
    if out.json:
        out.emit(report.to_dict())
        return
    out.print(f"{report.read} read, {counted(report.stored, 'new job message')} ({report.matched} "
              f"matched to an application, {report.unmatched} to attach), {report.duplicates} "
              f"already known, {report.skipped} not job mail")  # fmt: skip
    if report.proposals:
        out.print(
            f"{counted(report.proposals, 'update needs', 'updates need')} review: `unghost review`"
        )
    for finding in report.findings[:20]:
        out.print(f"  skipped {finding['where']}: {finding['problem']}")


def _show_proposals(out: Output) -> None:
    from unghost.services.review import list_proposals

    proposals = list_proposals(out.context())
    if out.json:
        out.emit({"proposals": [p.to_dict() for p in proposals]})
        return
    if not proposals:
        out.print("Nothing to review.")
        return
    out.print(f"{counted(len(proposals), 'update needs', 'updates need')} review:", style="bold")
    for p in proposals:
        out.print(f"{p.id:>4}  {p.summary}")
    out.print("Accept with `unghost review accept ID`, reject with `unghost review reject ID`.")


def register(app: typer.Typer) -> None:  # one flat list of commands
    app.add_typer(mail_app, name="mail")
    app.add_typer(review_app, name="review")

    @command(mail_app, "import")
    def import_(
        out: Output,
        paths: Annotated[
            list[Path], typer.Argument(help=".eml files, mbox files (Takeout), Maildir folders.")
        ],
    ) -> None:
        """Import mail files; running it again adds nothing."""
        from unghost.services.mail import import_mail_files

        ctx = out.context()
        _summary(out, _progress(out, "importing", lambda p: import_mail_files(ctx, paths, p)))

    @command(mail_app, "sync")
    def sync(out: Output) -> None:
        """Read new mail from the IMAP account (UNGHOST_IMAP_URL), read-only and incremental."""
        from unghost.services.mail import sync_imap

        ctx = out.context()
        _summary(out, _progress(out, "syncing", lambda p: sync_imap(ctx, p)))

    @command(mail_app, "list")
    def list_(
        out: Output,
        ref: Annotated[str | None, typer.Argument(help="Only this application's mail.")] = None,
        unmatched: Annotated[
            bool, typer.Option("--unmatched", help="Job mail not matched to any application.")
        ] = False,
    ) -> None:
        """Imported messages with date, sender, subject, label and application."""
        from unghost.services.mail import list_mail

        rows = list_mail(out.context(), ref, unmatched=unmatched)
        if out.json:
            out.emit({"messages": rows})
            return
        if not rows:
            out.print("No mail here yet: `unghost mail import FILE` or `unghost mail sync`.")
        for r in rows:
            out.print(f"{r['id']:>5}  {(r['date'] or '')[:10]}  {r['label']:<16} {r['application'] or '-':<20} "
                      f"{r['from'] or ''}  {r['subject'] or ''}")  # fmt: skip

    @command(mail_app, "classify")
    def classify(
        out: Output,
        files: Annotated[
            list[Path], typer.Argument(help=".eml files to classify (nothing is stored).")
        ],
    ) -> None:
        """Label messages: rejection, interview-invite, offer, out-of-office, bounce, ..."""
        from unghost.mail.classify_record import classify_file
        from unghost.services.mail import bracketed

        results = [classify_file(f) for f in files]
        for result in results:
            result["message_id"] = bracketed(result.get("message_id"))
        if out.json:
            out.emit(results)
            return
        for r in results:
            extra = f" (back {r['return_date']})" if r.get("return_date") else ""
            out.print(
                f"{r['file']}: {r['label']}{extra}  [{r['confidence']:.2f}]  {r.get('subject') or ''}"
            )

    @command(mail_app, "attach")
    def attach(
        out: Output,
        message: Annotated[
            int, typer.Argument(help="Message id from `unghost mail list --unmatched`.")
        ],
        ref: Annotated[str, typer.Argument(help="The application it belongs to.")],
    ) -> None:
        """Attach an unmatched job message to an application."""
        from unghost.services.mail import attach_mail

        result = attach_mail(out.context(), message, ref)
        if out.json:
            out.emit(result)
        else:
            out.print(
                f"Message {message} ({result['label']}) is now part of {result['application']}."
            )

    @review_app.callback()
    def _review_default(
        ctx: typer.Context,
        json_output: JsonOption = False,
        today: TodayOption = None,
        debug: DebugOption = False,
    ) -> None:
        """Changes the mailbox suggests: plain `unghost review` lists them."""
        if ctx.invoked_subcommand is None:
            from unghost.cli.common import _GLOBAL
            from unghost.errors import UnghostError

            flags = {**_GLOBAL, **({"today": today} if today else {})}
            out = Output(json_output=json_output, debug=debug, flags=flags)
            try:
                _show_proposals(out)
            except UnghostError as error:
                out.fail(error)

    @command(review_app, "list")
    def list_proposals_cmd(out: Output) -> None:
        """Updates the mailbox proposes (also what plain `unghost review` shows)."""
        _show_proposals(out)

    def _decide(out: Output, ids: list[int], accept: bool) -> None:
        from unghost.services.review import decide

        ctx = out.context()
        done = [decide(ctx, i, accept=accept) for i in ids]
        if out.json:
            out.emit({"decided": [p.to_dict() for p in done]})
        else:
            for p in done:
                out.print(f"{p.id}: {p.state} ({p.ref})")

    @command(review_app, "accept")
    def accept(
        out: Output, ids: Annotated[list[int], typer.Argument(help="Proposal ids.")]
    ) -> None:
        """Accept proposals: the message is recorded and the status changes."""
        _decide(out, ids, True)

    @command(review_app, "reject")
    def reject(
        out: Output, ids: Annotated[list[int], typer.Argument(help="Proposal ids.")]
    ) -> None:
        """Reject proposals: nothing changes on the application."""
        _decide(out, ids, False)
