"""Diagnosis commands: why (one application), today (the agenda), calendar export (ICS), and
rebuilding the stored read model they read."""

from pathlib import Path
from typing import Annotated, Any

import typer

from unghost.cli.common import LangOption, Output, command, pick_language
from unghost.cli.terminal import counted

calendar_app = typer.Typer(
    help="Follow-ups and interviews in your calendar app.", no_args_is_help=True
)
admin_app = typer.Typer(help="Maintenance of the stored data.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(calendar_app, name="calendar")
    app.add_typer(admin_app, name="admin")

    @command(admin_app, "rebuild-readmodel")
    def rebuild_readmodel(out: Output) -> None:
        """Compute the stored read model (Today, the Board, the lists) again from the records."""
        from unghost.services.readmodel import rebuild

        counts = rebuild(out.context())
        if out.json:
            out.emit(counts)
        else:
            out.print(f"Read model rebuilt: {counted(counts['applications'], 'application')}, "
                      f"{counted(counts['observations'], 'reply observation')}.")  # fmt: skip

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
        _print_diagnosis(out, ref, data, language)

    @command(app, "today")
    def today(
        out: Output,
        days: Annotated[
            int, typer.Option("--days", min=0, max=60, help="How far ahead to look.")
        ] = 7,
        lang: LangOption = None,
    ) -> None:
        """What to do today and this week: thank-you notes, follow-ups, fixes, what to let go."""
        from unghost.services.readviews import agenda_data

        ctx = out.context()
        language = pick_language(lang, ctx)
        data = agenda_data(ctx, days, language)
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


_LABELS = {
    "en": {
        "state.waiting": "waiting for them", "state.your-move": "your move",
        "state.closed": "closed", "state.not-applied": "not applied yet",
        "odds": "Chance of still hearing back: {p}", "silence": "{n} business days of silence",
        "window": "; if they answer, most likely by {p50} (80% by {p80})",
        "next": "Next: {kind}{when} — {why}", "on": " on {day}",
        "if_answer": "If they answer ({p}): why it is late",
        "if_no_answer": "If no answer comes ({p}): why",
    },
    "zh": {
        "state.waiting": "等待对方答复", "state.your-move": "轮到你了",
        "state.closed": "已结束", "state.not-applied": "尚未投递",
        "odds": "仍能收到答复的概率：{p}", "silence": "已沉默{n}个工作日",
        "window": "；如果对方答复，最可能在{p50}前（80%在{p80}前）",
        "next": "下一步：{kind}{when} — {why}", "on": "（{day}）",
        "if_answer": "如果对方会答复（{p}）：为什么迟迟没有消息",
        "if_no_answer": "如果不会再有答复（{p}）：原因",
    },
}  # fmt: skip


def _print_diagnosis(out: Output, ref: str, d: dict[str, Any], language: str = "en") -> None:
    words = _LABELS.get(language, _LABELS["en"])
    state = words[f"state.{d['state']}"]
    out.print(f"{ref}: {d['status']} · {state}, as of {d['as_of']}", style="bold")
    p = d["p_hear_back"]
    if p is not None:
        line = words["odds"].format(p=f"{p:.0%}")
        window = d.get("expected_reply") or {}
        if window.get("p50"):
            line += words["window"].format(p50=window["p50"], p80=window.get("p80") or "—")
        out.print(line)
        days = (d.get("silence") or {}).get("business_days")
        if days:
            out.print(words["silence"].format(n=days))
        if d.get("history"):
            out.print(d["history"]["evidence"])
    action = d["next_action"]
    when = words["on"].format(day=action["on"]) if action.get("on") else ""
    kind = "decide" if action.get("reply_to") == "decide" else action["kind"]
    out.print(words["next"].format(kind=kind, when=when, why=action["why"]), style="bold")
    if not d["reasons"]:
        return
    for side, key in ((p, "if_answer"), (1.0 - p, "if_no_answer")):
        shown = sorted((r for r in d["reasons"] if r[key] >= 0.005), key=lambda r: -r[key])
        if not shown:
            continue
        out.print("")
        out.print(words[key].format(p=f"{side:.0%}"), style="bold")
        for reason in shown:
            bar = "█" * round(reason[key] * 20)
            out.print(f"{reason[key]:>5.0%} {bar:<20} {reason['code']}")
            for sentence in reason["evidence"]:
                out.print(f"        · {sentence}")
            if reason[key] >= 0.1 and reason.get("advice"):
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
