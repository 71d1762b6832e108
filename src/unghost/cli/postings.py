"""Posting commands: fetch a posting, attach it to an application, re-check, show its history."""

import sys
from typing import Annotated

import typer

from unghost.cli.common import Output, command

posting_app = typer.Typer(
    help="Watch job postings: still open, closed, or reposted?", no_args_is_help=True
)
RefArg = Annotated[str, typer.Argument(help="Reference or numeric id.")]


def register(app: typer.Typer) -> None:
    app.add_typer(posting_app, name="posting")

    @command(posting_app, "fetch")
    def fetch(out: Output, url: Annotated[str, typer.Argument(help="Posting URL.")]) -> None:
        """Read a posting and print what it says, storing nothing."""
        from unghost.services.postings import fetch_posting_url

        snapshot = fetch_posting_url(out.context(), url)
        if out.json:
            out.emit(snapshot.to_dict())
            return
        out.print(f"{snapshot.title or '(no title)'} — {snapshot.company or '(company unknown)'}")
        out.print(
            f"  state: {snapshot.state.value}  source: {snapshot.source.value if snapshot.source else '-'}"
        )
        for label, value in (
            ("posted", snapshot.date_posted),
            ("valid through", snapshot.valid_through),
            ("location", snapshot.location),
            ("type", snapshot.employment_type),
        ):
            if value:
                out.print(f"  {label}: {value}")

    @command(posting_app, "add")
    def add(
        out: Output, ref: RefArg, url: Annotated[str, typer.Argument(help="Posting URL.")]
    ) -> None:
        """Attach a posting to an application, read it, and keep its description."""
        from unghost.services.postings import attach_posting

        outcome = attach_posting(out.context(), ref, url)
        if out.json:
            out.emit(outcome.to_dict())
        else:
            out.print(
                f"{outcome.ref}: posting {outcome.check.state.value} — {outcome.check.reason}"
            )

    @command(posting_app, "check")
    def check(
        out: Output,
        ref: Annotated[
            str | None, typer.Argument(help="One application (default: every open one).")
        ] = None,
    ) -> None:
        """Re-check postings and record their state: open, closed, reposted or unreachable."""
        from unghost.services.postings import check_postings

        ctx = out.context()
        if out.json or not sys.stderr.isatty():
            outcomes = check_postings(ctx, ref)
        else:
            from rich.progress import Progress

            with Progress(transient=True) as bar:
                task = bar.add_task("checking postings", total=None)
                outcomes = check_postings(
                    ctx, ref, lambda n, total: bar.update(task, completed=n, total=total)
                )
        if out.json:
            out.emit({"checked": [o.to_dict() for o in outcomes]})
            return
        if not outcomes:
            out.print("No open application has a posting URL to check.")
        for o in outcomes:
            mark = "" if o.check.confirmed else " (to be confirmed)"
            out.print(f"{o.ref}: {o.check.state.value}{mark} — {o.check.reason}")

    @command(posting_app, "history")
    def history(out: Output, ref: RefArg) -> None:
        """Every recorded look at an application's posting."""
        from unghost.services.postings import list_posting_history

        looks = list_posting_history(out.context(), ref)
        if out.json:
            out.emit(
                {
                    "ref": ref,
                    "checks": [
                        {
                            "checked_at": look.checked_at.isoformat(),
                            "state": look.state,
                            "confirmed": look.confirmed,
                            "reason": look.reason,
                        }
                        for look in looks
                    ],
                }
            )
            return
        if not looks:
            out.print("The posting has not been checked yet: `unghost posting check REF`.")
        for look in looks:
            out.print(f"{look.checked_at:%Y-%m-%d %H:%M}  {look.state}  {look.reason or ''}")
