"""How `unghost show` and `unghost status` print an application and the pipeline for people."""

from typing import Any

from unghost.cli.common import Output
from unghost.cli.terminal import counted


def print_application(out: Output, a: Any, zone: Any) -> None:
    from unghost.domain.stages import format_history

    c, r = a.company, a.role
    out.print(f"{a.ref} (#{a.id}) — {r.title} at {c.name}  ({a.status.value})", style="bold")
    place = ", ".join(x for x in (c.country, c.subdivision, c.industry) if x)
    if place:
        out.print(f"  company: {place}")
    if r.posting_url:
        out.print(f"  posting: {r.posting_url}")
    if a.applied_on:
        out.print(f"  applied: {a.applied_on}")
    from unghost.interchange.manage import format_salary

    for label, value in (
        ("tags", ", ".join(a.tags)), ("rating", f"{a.rating}/5" if a.rating else ""),
        ("salary", format_salary(r.salary)), ("location", r.location or ""),
        ("work mode", r.work_mode.value if r.work_mode else ""),
        ("archived", "yes (hidden from Board and Today)" if a.archived else ""),
    ):  # fmt: skip
        if value:
            out.print(f"  {label}: {value}")
    if a.candidate.email or a.candidate.phone:
        out.print(f"  you: {a.candidate.email or ''} {a.candidate.phone or ''}".rstrip())
    for k in a.contacts:
        out.print(f"  contact: {k.name or ''} <{k.email or ''}> {k.role or ''}".rstrip())
    for i in a.interviews:
        extra = f", decision by {i.decision_expected_on}" if i.decision_expected_on else ""
        local = i.at.astimezone(zone).strftime("%Y-%m-%d %H:%M %Z").rstrip()
        out.print(f"  interview: {local} {i.stage or ''}{extra}")
    for m in a.messages:
        back = f" (back {m.return_date})" if m.return_date else ""
        when = m.at.astimezone(zone).date()
        out.print(f"  {m.direction.value}: {when} {m.kind.value}{back} {m.subject or ''}")
    if a.events:
        out.print(f"  history: {format_history(a.events)}")
    for d in a.documents:
        out.print(f"  {d.kind.replace('_', ' ')}: {d.path}")
    if a.notes:
        out.print(f"  notes: {a.notes}")


def print_overview(out: Output, today: Any, view: Any) -> None:
    if view.total == 0:
        out.print("No applications yet. Add one with `unghost add` or `unghost import FILE`.")
        return
    counts = ", ".join(f"{k} {v}" for k, v in view.by_status.items() if v)
    out.print(f"{counted(view.total, 'application')} on {today}: {counts}")
    if view.upcoming_interviews:
        out.print("Interviews ahead", style="bold")
        for ref, company, at in view.upcoming_interviews:
            out.print(f"  {at[:16].replace('T', ' ')}  {ref} ({company})")
    if view.silent:
        out.print("Longest silences", style="bold")
        for s, days in view.silent:
            out.print(f"  {days:>4} d  {s.ref} — {s.title} at {s.company} ({s.status.value})")
