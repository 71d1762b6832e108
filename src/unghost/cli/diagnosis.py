"""Diagnosis commands: why (one application), today (the agenda), calendar export (ICS)."""

from pathlib import Path
from typing import Annotated, Any

import typer

from unghost.cli.common import LangOption, Output, command, pick_language
from unghost.cli.terminal import counted

calendar_app = typer.Typer(
    help="Follow-ups and interviews in your calendar app.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    app.add_typer(calendar_app, name="calendar")

    @command(app, "why")
    def why(
        out: Output,
        ref: Annotated[str, typer.Argument(help="Reference or numeric id.")],
        lang: LangOption = None,
    ) -> None:
        """Why HR hasn't answered: the odds of hearing back, nine reasons with evidence, next step."""
        from unghost.services.diagnosis import diagnose_application

        ctx = out.context()
        language = pick_language(lang, ctx)
        diagnosis = diagnose_application(ctx, ref)
        data = diagnosis.to_dict(language)
        if out.json:
            out.emit(data)
            return
        _print_diagnosis(out, ref, data)

    @command(app, "today")
    def today(
        out: Output,
        days: Annotated[
            int, typer.Option("--days", min=0, max=60, help="How far ahead to look.")
        ] = 7,
        lang: LangOption = None,
    ) -> None:
        """What to do today and this week: thank-you notes, follow-ups, fixes, what to let go."""
        from unghost.services.diagnosis import plan_today

        ctx = out.context()
        language = pick_language(lang, ctx)
        agenda = plan_today(ctx, days)
        data = agenda.to_dict(language)
        if out.json:
            out.emit(data)
            return
        _print_agenda(out, data)

    @command(calendar_app, "export")
    def export(
        out: Output,
        file: Annotated[
            Path, typer.Argument(help="The .ics file to write (a stable feed to subscribe to).")
        ],
        lang: LangOption = None,
    ) -> None:
        """Write planned follow-ups and interviews as an ICS calendar, with reminders."""
        from unghost.services.diagnosis import export_calendar

        ctx = out.context()
        count = export_calendar(ctx, file, pick_language(lang, ctx))
        if out.json:
            out.emit({"file": str(file), "events": count})
        else:
            out.print(
                f"Wrote {counted(count, 'event')} to {file}. Subscribe to it in your calendar app."
            )


def _print_diagnosis(out: Output, ref: str, d: dict[str, Any]) -> None:
    out.print(f"{ref}: {d['status']}, as of {d['as_of']}", style="bold")
    window = d.get("expected_reply") or {}
    p = d["p_hear_back"]
    line = f"Chance of still hearing back: {p:.0%}"
    if window.get("p50"):
        line += f"; if they answer, most likely by {window['p50']} (80% by {window.get('p80')})"
    out.print(line)
    action = d["next_action"]
    when = f" on {action['on']}" if action.get("on") else ""
    out.print(f"Next: {action['kind']}{when} — {action['why']}", style="bold")
    out.print("")
    for reason in d["reasons"]:
        bar = "█" * round(reason["probability"] * 20)
        out.print(f"{reason['probability']:>5.0%} {bar:<20} {reason['code']}")
        for sentence in reason["evidence"]:
            out.print(f"        · {sentence}")
        if reason["probability"] >= 0.1 and reason.get("advice"):
            out.print(f"        → {reason['advice']}")


def _print_agenda(out: Output, data: dict[str, Any]) -> None:
    groups = [(k, v) for k, v in data.items() if isinstance(v, list)]
    if not any(v for _k, v in groups):
        out.print(f"Nothing to do on {data.get('as_of')}: every application is waiting quietly.")
        return
    for name, items in groups:
        if not items:
            continue
        out.print(name.replace("_", " ").capitalize(), style="bold")
        for item in items:
            out.print(f"  {item['on']}  {item['kind']:<16} {item['ref']} — {item['why']}")
