"""Tracker commands: add, list, show, edit, log, rm, status."""

import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from unghost.cli.common import (
    LangOption,
    Output,
    command,
    parse_cli_date,
    pick_language,
    usage_error,
)
from unghost.cli.editing import manage_changes
from unghost.cli.printing import print_application, print_overview
from unghost.cli.terminal import counted

RefArg = Annotated[str, typer.Argument(help="Reference (e.g. acme-analyst) or numeric id.")]
Opt = typer.Option


def register(app: typer.Typer) -> None:  # one flat list of commands
    @command(app, "add")
    def add(
        out: Output,
        company: Annotated[str | None, Opt("--company", "-c", help="Company name.")] = None,
        title: Annotated[str | None, Opt("--title", "-t", help="Job title.")] = None,
        ref: Annotated[
            str, Opt("--ref", help="Short reference; made from company and title.")
        ] = "",
        applied_on: Annotated[str | None, Opt("--applied-on", help="Date applied.")] = None,
        status: Annotated[str | None, Opt("--status", help="Stage (saved, applied, ...).")] = None,
        url: Annotated[str | None, Opt("--url", help="Posting URL.")] = None,
        country: Annotated[
            str | None, Opt("--country", help="Employer's country (ISO code).")
        ] = None,
        email: Annotated[str | None, Opt("--email", help="Your email on this application.")] = None,
        phone: Annotated[str | None, Opt("--phone", help="Your phone on this application.")] = None,
        fetch: Annotated[
            bool, Opt("--fetch", help="Read the posting at --url and keep it.")
        ] = False,
    ) -> None:
        """Add an application (asks for what is missing when run in a terminal).

        With --url and no company or title, the posting is read to fill them in."""
        from unghost.interchange.fields import parse_country, parse_status
        from unghost.services.applications import add_application, new_application

        ctx = out.context()
        snapshot = None
        if url and (fetch or company is None or title is None):
            from unghost.services.postings import fetch_posting_url

            snapshot = fetch_posting_url(ctx, url)
            company = company or snapshot.company
            title = title or snapshot.title
        if company is None or title is None:
            if not sys.stdin.isatty():
                usage_error("--company and --title are required (or run in a terminal to be asked)")
            company = company or typer.prompt("Company")
            title = title or typer.prompt("Job title")
            if applied_on is None:
                applied_on = typer.prompt("Applied on (YYYY-MM-DD, empty if not yet)", default="",
                                          show_default=False) or None  # fmt: skip
        app_status = parse_status(status) if status else None
        code = parse_country(country)
        draft = new_application(
            company, title, ref=ref, status=app_status,
            applied_on=parse_cli_date(applied_on, "--applied-on"), url=url, country=code,
            email=email, phone=phone,
        )  # fmt: skip
        created = add_application(ctx, draft)
        if snapshot is not None and url:
            from unghost.services.postings import attach_posting

            attach_posting(ctx, created.ref, url)
            from unghost.services.applications import get_application

            created = get_application(ctx, created.ref)
        if out.json:
            out.emit(_app_json(created))
        else:
            out.print(f"Added {created.ref}: {created.role.title} at {created.company.name}"
                      f" ({created.status.value})")  # fmt: skip

    @command(app, "list")
    def list_(
        out: Output,
        status: Annotated[str | None, Opt("--status", help="Only this stage.")] = None,
        search: Annotated[
            str | None, Opt("--search", "-s", help="Words in company, title, contacts, notes.")
        ] = None,
        tag: Annotated[str | None, Opt("--tag", help="Only applications with this tag.")] = None,
        country: Annotated[str | None, Opt("--country", help="Employer's country.")] = None,
        needs_action: Annotated[
            bool, Opt("--needs-action", help="Only what is due now on Today.")
        ] = False,
        archived: Annotated[bool, Opt("--archived", help="Only archived applications.")] = False,
        all_: Annotated[bool, Opt("--all", help="Archived ones too.")] = False,
        sort: Annotated[
            str, Opt("--sort", help="silence, odds, applied, next or company.")
        ] = "silence",
    ) -> None:
        """List applications with their stage and days of silence (archived ones hidden)."""
        from unghost.domain.listing import SORTS, ListQuery
        from unghost.interchange.fields import parse_country, parse_status
        from unghost.services.listing import find_applications

        if sort not in SORTS:
            usage_error(f"--sort: {sort!r} is not one of {', '.join(SORTS)}")
        query = ListQuery(
            text=search or "", stages=(parse_status(status),) if status else (),
            country=parse_country(country) or "", tag=tag or "", needs_action=needs_action,
            archived="archived" if archived else "all" if all_ else "active", sort=sort,
        )  # fmt: skip
        ctx = out.context()
        found = find_applications(ctx, query)
        rows = [r.summary for r in found]
        if out.json:
            from unghost.cli.views import list_data

            out.emit(list_data(found))
            return
        if not rows and not query.is_default:
            out.print("No application matches.")
            return
        if not rows:
            out.print("No applications yet. Add one with `unghost add` or `unghost import FILE`.")
            return
        from unghost.cli.table import render_table

        table = render_table(
            ("id", "ref", "company", "title", "status", "applied", "silent", "tags"),
            [
                (str(s.id), s.ref, s.company, s.title,
                 s.status.value + (" (archived)" if s.archived else ""), str(s.applied_on or ""),
                 f"{(ctx.today - s.last_activity).days} d" if s.last_activity else "",
                 ", ".join(s.tags))
                for s in rows
            ],
            right=("id", "silent"),
            max_width={"company": 28, "title": 32, "tags": 24},
        )  # fmt: skip
        sys.stdout.write(table + "\n")

    @command(app, "show")
    def show(out: Output, ref: RefArg) -> None:
        """Show one application whole: company, role, contacts, interviews, messages, history."""
        from unghost.services.applications import get_application

        application = get_application(out.context(), ref)
        if out.json:
            out.emit(_app_json(application))
            return
        print_application(out, application, out.context().zone)

    @command(app, "edit")
    def edit(
        out: Output,
        ref: RefArg,
        company: Annotated[str | None, Opt("--company")] = None,
        title: Annotated[str | None, Opt("--title")] = None,
        new_ref: Annotated[str | None, Opt("--ref", help="Rename the reference.")] = None,
        status: Annotated[str | None, Opt("--status")] = None,
        applied_on: Annotated[str | None, Opt("--applied-on")] = None,
        url: Annotated[str | None, Opt("--url")] = None,
        country: Annotated[str | None, Opt("--country")] = None,
        subdivision: Annotated[str | None, Opt("--subdivision")] = None,
        industry: Annotated[str | None, Opt("--industry")] = None,
        domain: Annotated[str | None, Opt("--domain", help="Company mail/web domain.")] = None,
        location: Annotated[str | None, Opt("--location")] = None,
        email: Annotated[str | None, Opt("--email")] = None,
        phone: Annotated[str | None, Opt("--phone")] = None,
        notes: Annotated[str | None, Opt("--notes")] = None,
        posted_on: Annotated[str | None, Opt("--posted-on")] = None,
        closed_on: Annotated[str | None, Opt("--closed-on")] = None,
        fiscal_year_end_month: Annotated[
            int | None, Opt("--fiscal-year-end-month", min=1, max=12)
        ] = None,
        new_position: Annotated[bool | None, Opt("--new-position/--existing-position")] = None,
        funding_pending: Annotated[bool | None, Opt("--funding-pending/--funded")] = None,
        hiring_freeze: Annotated[bool | None, Opt("--hiring-freeze/--no-hiring-freeze")] = None,
        resume: Annotated[Path | None, Opt("--resume", help="Attach the resume you sent.")] = None,
        cover_letter: Annotated[
            Path | None, Opt("--cover-letter", help="Attach the cover letter.")
        ] = None,
        contact: Annotated[
            str | None, Opt("--contact", help='Add a contact: "Li Wei <li.wei@acme.cn>".')
        ] = None,
        contact_role: Annotated[
            str | None, Opt("--contact-role", help="recruiter, hiring-manager...")
        ] = None,
        contact_phone: Annotated[str | None, Opt("--contact-phone")] = None,
        tag: Annotated[list[str] | None, Opt("--tag", help="Add a tag (repeat for more).")] = None,
        untag: Annotated[list[str] | None, Opt("--untag", help="Remove a tag.")] = None,
        rating: Annotated[
            int | None, Opt("--rating", min=0, max=5, help="Excitement 1-5 (0 clears it).")
        ] = None,
        archive: Annotated[
            bool | None, Opt("--archive/--unarchive", help="Hide from Board and Today, or not.")
        ] = None,
        salary: Annotated[
            str | None, Opt("--salary", help='Pay, e.g. "30k-40k CNY/month" ("" clears it).')
        ] = None,
        work_mode: Annotated[
            str | None, Opt("--work-mode", help="remote, hybrid or on-site.")
        ] = None,
    ) -> None:
        """Change fields of an application; a new status is recorded in its history."""
        from unghost.domain.records import Document
        from unghost.interchange.fields import parse_country, parse_status
        from unghost.services.applications import edit_application

        changes: dict[str, Any] = {
            "company": company, "title": title, "ref": new_ref, "url": url,
            "subdivision": subdivision, "industry": industry, "domain": domain,
            "location": location, "email": email, "phone": phone, "notes": notes,
            "fiscal_year_end_month": fiscal_year_end_month, "new_position": new_position,
            "funding_pending": funding_pending, "hiring_freeze": hiring_freeze,
            "applied_on": parse_cli_date(applied_on, "--applied-on"),
            "posted_on": parse_cli_date(posted_on, "--posted-on"),
            "closed_on": parse_cli_date(closed_on, "--closed-on"),
        }  # fmt: skip
        changes["status"] = parse_status(status) if status else None
        changes["country"] = parse_country(country) if country else None
        changes = {k: v for k, v in changes.items() if v is not None}
        changes.update(manage_changes(tag, untag, rating, archive, salary, work_mode))
        documents = [
            Document(path=str(p.expanduser().resolve()), kind=kind)
            for p, kind in ((resume, "resume"), (cover_letter, "cover_letter")) if p is not None
        ]  # fmt: skip
        contacts = [parse_contact(contact, contact_role, contact_phone)] if contact else []
        if not (changes or documents or contacts):
            usage_error("nothing to change: give at least one option (see `unghost edit --help`)")
        updated = edit_application(
            out.context(), ref, changes, documents=documents, contacts=contacts
        )
        if out.json:
            out.emit(_app_json(updated))
        else:
            what = sorted(changes) + ["documents"] * bool(documents) + ["contacts"] * bool(contacts)
            out.print(f"Updated {updated.ref}: {', '.join(what)}")

    @command(app, "log")
    def log(
        out: Output,
        ref: RefArg,
        interview: Annotated[str | None, Opt("--interview", help="Interview date-time.")] = None,
        stage: Annotated[str | None, Opt("--stage", help="Interview stage.")] = None,
        interviewer: Annotated[list[str] | None, Opt("--interviewer")] = None,
        decision_on: Annotated[
            str | None, Opt("--decision-on", help="Decision date they gave.")
        ] = None,
        remaining: Annotated[
            int | None, Opt("--remaining", min=0, help="Candidates left to see.")
        ] = None,
        sent: Annotated[
            str | None, Opt("--sent", help="You sent: thank-you, follow-up, other.")
        ] = None,
        received: Annotated[
            str | None, Opt("--received", help="You got: rejection, offer, ...")
        ] = None,
        at: Annotated[str | None, Opt("--at", help="When the message was sent/received.")] = None,
        subject: Annotated[str | None, Opt("--subject")] = None,
        counterpart: Annotated[
            str | None, Opt("--counterpart", help="Their name or address.")
        ] = None,
        return_date: Annotated[
            str | None, Opt("--return-date", help="Out-of-office: back on.")
        ] = None,
        status: Annotated[str | None, Opt("--status", help="New stage.")] = None,
        note: Annotated[str | None, Opt("--note", help="A note for the history.")] = None,
        on: Annotated[str | None, Opt("--on", help="Date of the status change or note.")] = None,
    ) -> None:
        """Record what happened: an interview, a message sent or received, a new stage, a note."""
        from unghost.cli.logentry import build_entry
        from unghost.services.applications import log_event

        chosen = [x for x in (interview, sent, received, status, note) if x]
        if not chosen:
            usage_error("say what happened: --interview, --sent, --received, --status or --note")
        if sum(1 for x in (interview, sent, received) if x) > 1:
            usage_error("log one interview or one message at a time")
        ctx = out.context()
        entry = build_entry(
            ctx, interview=interview, stage=stage, interviewers=interviewer or [],
            decision_on=decision_on, remaining=remaining, sent=sent, received=received, at=at,
            subject=subject, counterpart=counterpart, return_date=return_date, status=status,
            note=note, on=on,
        )  # fmt: skip
        updated = log_event(ctx, ref, entry)
        if out.json:
            out.emit(_app_json(updated))
        else:
            out.print(f"Logged on {updated.ref} (now {updated.status.value}).")

    @command(app, "rm")
    def rm(
        out: Output,
        ref: RefArg,
        yes: Annotated[bool, Opt("--yes", "-y", help="Do not ask.")] = False,
    ) -> None:
        """Remove an application and everything recorded on it."""
        from unghost.services.applications import get_application, remove_application

        ctx = out.context()
        target = get_application(ctx, ref)
        if not yes:
            if not sys.stdin.isatty():
                usage_error("removing needs --yes when not run in a terminal")
            if not typer.confirm(f"Remove {target.ref} ({target.role.title} at "
                                 f"{target.company.name}) and its history?"):  # fmt: skip
                raise typer.Exit(1)
        removed = remove_application(ctx, ref)
        if out.json:
            out.emit({"removed": removed.ref, "id": removed.id})
        else:
            out.print(f"Removed {removed.ref}.")

    @command(app, "status")
    def status_(out: Output, lang: LangOption = None) -> None:
        """The pipeline at a glance: stages, what is due, interviews ahead, updates to review."""
        from unghost.services.applications import overview
        from unghost.services.diagnosis import plan_today
        from unghost.services.review import list_proposals

        ctx = out.context()
        language = pick_language(lang, ctx)
        view = overview(ctx)
        agenda = (
            plan_today(ctx, 7).to_dict(language) if view.total else {"today": [], "this_week": []}
        )
        review = len(list_proposals(ctx)) if view.total else 0
        if out.json:
            out.emit({
                "due_today": agenda["today"], "due_this_week": agenda["this_week"],
                "updates_to_review": review,
                "as_of": ctx.today, "total": view.total, "by_status": view.by_status,
                "upcoming_interviews": [{"ref": r, "company": c, "at": at}
                                        for r, c, at in view.upcoming_interviews],
                "silent": [{"ref": s.ref, "company": s.company, "title": s.title,
                            "status": s.status.value, "days_silent": days}
                           for s, days in view.silent],
            })  # fmt: skip
            return
        print_overview(out, ctx.today, view)
        for name, items in (("Due today", agenda["today"]), ("This week", agenda["this_week"])):
            if items:
                out.print(name, style="bold")
                for item in items[:15]:
                    out.print(f"  {item['on']}  {item['kind']:<16} {item['ref']} — {item['why']}")
        if review:
            out.print(f"{counted(review, 'update needs', 'updates need')} review: `unghost review`",
                      style="bold")  # fmt: skip


def parse_contact(text: str, role: str | None, phone: str | None) -> Any:
    """`Li Wei <li.wei@acme.cn>`, `li.wei@acme.cn` or just a name."""
    from email.utils import parseaddr

    from unghost.domain.records import Contact

    name, address = parseaddr(text)
    if "@" not in address:
        name, address = text.strip(), ""
    return Contact(name=name or None, email=address or None, phone=phone, role=role)


def _app_json(application: Any) -> dict[str, Any]:
    from unghost.interchange.v1 import render_application

    return {"id": application.id, **render_application(application)}
