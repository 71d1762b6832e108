"""The read commands' fast path: `today --json` and `list --json` answered from the stored read
model with the database's own driver, before the command-line framework, SQLAlchemy or the ORM
load. It answers only what it knows to answer exactly as the full path would (the same
services' pure parts, the same JSON); anything else (another option, a stale row, an error to
report) returns None and the full path runs, which computes and stores what was stale."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

# What the fast path parses, per command: options with a value (and their short names), flags.
# An option the full path takes that is not here sends the command line to the full path.
GLOBAL_VALUES = ("--db", "--config")
GLOBAL_FLAGS = ("--debug",)
COMMON_VALUES = ("--today",)
COMMON_FLAGS = ("--json", "--debug")
COMMANDS: dict[str, tuple[dict[str, str], tuple[str, ...]]] = {
    "today": ({"--days": "days", "--lang": "lang"}, ()),
    "why": ({"--lang": "lang"}, ()),
    "list": (
        {
            "--status": "status",
            "--search": "search",
            "-s": "search",
            "--tag": "tag",
            "--country": "country",
            "--sort": "sort",
        },
        ("--needs-action", "--archived", "--all"),
    ),
}
ARGUMENTS = {"why": 1}  # how many arguments a command takes (the others none)
AGENDA_DAYS = 7  # the agenda the list reads (services/diagnosis.plan_today's default)
DAYS_RANGE = (0, 60)  # today --days


@dataclass(frozen=True, slots=True)
class Line:
    """A parsed command line: the command, its flags for the settings, its options."""

    command: str
    flags: dict[str, Any]
    values: dict[str, str]
    switches: frozenset[str]
    arguments: tuple[str, ...] = ()


def parse(argv: list[str]) -> Line | None:
    """The command line as the fast path reads it, or None when it is not one of its own."""
    flags: dict[str, Any] = {}
    i = 0
    while i < len(argv) and argv[i].startswith("-"):  # options before the command
        name, value, i = _option(argv, i, GLOBAL_VALUES)
        if name in GLOBAL_FLAGS and value is None:
            continue
        if name not in GLOBAL_VALUES or value is None or name[2:] in flags:
            return None
        flags[name[2:]] = value
    if i >= len(argv) or argv[i] not in COMMANDS:
        return None
    command = argv[i]
    options, own_flags = COMMANDS[command]
    takes = (*options, *COMMON_VALUES)
    values: dict[str, str] = {}
    switches: set[str] = set()
    arguments: list[str] = []
    i += 1
    while i < len(argv):
        if argv[i] in ("-", "--"):
            return None
        if not argv[i].startswith("-"):
            arguments.append(argv[i])
            i += 1
            continue
        name, value, i = _option(argv, i, takes)
        if name in takes:
            key = options.get(name, name[2:])
            if value is None or key in values:
                return None  # a missing value, or given twice: the full path says what it does
            values[key] = value
        elif name in (*own_flags, *COMMON_FLAGS) and value is None:
            switches.add(name)
        else:
            return None
    if "--json" not in switches or len(arguments) != ARGUMENTS.get(command, 0):
        return None
    if "today" in values:
        flags["today"] = values.pop("today")
    return Line(command, flags, values, frozenset(switches), tuple(arguments))


def _option(argv: list[str], i: int, takes: tuple[str, ...]) -> tuple[str, str | None, int]:
    """The option at argv[i], its value (`--x=v`, `--x v`) and where the next one starts."""
    word = argv[i]
    if word.startswith("--") and "=" in word:
        name, _, value = word.partition("=")
        return name, value, i + 1
    if word in takes:
        return word, (argv[i + 1] if i + 1 < len(argv) else None), i + 2
    return word, None, i + 1


def run(argv: list[str]) -> int | None:
    """Answer the command line from the stored read model (exit code 0), or None."""
    line = parse(argv)
    if line is None:
        return None
    try:
        data = _ANSWERS[line.command](line)
    except Exception:  # whatever it is, the full path reports it properly
        return None
    if data is None:
        return None
    from unghost.cli.views import emit_json

    emit_json(data)
    return 0


def _context(line: Line) -> Any:
    from unghost.bootstrap import build_context

    return build_context(line.flags)


def _stored(ctx: Any, work: Callable[[Any], Any]) -> Any:
    """`work(reader)` when the owner's stored rows are current for today, else None."""
    from unghost.services.readmodel import basis_of
    from unghost.store import fastread
    from unghost.store.engine import HEAD

    basis = basis_of(ctx)

    def checked(reader: Any) -> Any:
        if not reader.current(ctx.owner_id, ctx.today, basis):
            return None
        return work(reader)

    return fastread.read(ctx.settings.db, HEAD, ctx.owner_id, checked)


def _language(flag: str | None, ctx: Any) -> str | None:
    from unghost.domain.languages import find_language

    return find_language(flag or ctx.settings.lang)


def _today(line: Line) -> dict[str, Any] | None:
    days_text = line.values.get("days", str(AGENDA_DAYS))
    if not days_text.isdigit() or not DAYS_RANGE[0] <= int(days_text) <= DAYS_RANGE[1]:
        return None
    ctx = _context(line)
    language = _language(line.values.get("lang"), ctx)
    if language is None:
        return None
    from unghost.services.readviews import _agenda_dict
    from unghost.store import fastread

    horizon = ctx.today + timedelta(days=int(days_text))
    found = _stored(ctx, lambda reader: fastread.agenda_rows(reader, ctx.owner_id, horizon))
    return None if found is None else _agenda_dict(ctx, found, language)


def _list(line: Line) -> dict[str, Any] | None:
    """The list from one query of the stored rows (store/fastlist.py), kept and ordered by
    domain/listrows.py as domain/listing.select_rows orders the full path's, each item
    written by the same cli/views.list_item; no summary or row record is built."""
    from unghost.domain.listrows import (
        SORTS,
        applied_key,
        company_key,
        haystack_of,
        keeps,
        next_key,
        odds_key,
        silence_key,
    )
    from unghost.domain.status import CLOSED_STATUSES
    from unghost.store import fastlist, fastread

    v, on = line.values, line.switches
    sort = v.get("sort", "silence")
    if sort not in SORTS:
        return None
    stages: tuple[str, ...] = ()
    country = ""
    if v.get("status") or v.get("country"):
        from unghost.interchange.fields import parse_country, parse_status

        stages = (parse_status(v["status"]).value,) if v.get("status") else ()
        country = parse_country(v.get("country")) or ""
    text, tag = v.get("search") or "", (v.get("tag") or "").casefold()
    words = text.casefold().split()
    needs_action = "--needs-action" in on
    view = "archived" if "--archived" in on else "all" if "--all" in on else "active"
    with_actions = needs_action or sort == "next"
    ctx = _context(line)
    owner = ctx.owner_id
    horizon = ctx.today + timedelta(days=AGENDA_DAYS) if with_actions else None

    def work(reader: Any) -> Any:
        # the stage filter is the query's own (the full path's too: services/listing.py)
        found = fastlist.list_rows(reader, owner, None, horizon)
        texts = fastread.search_texts(reader, owner) if text else {}
        return found, texts

    read = _stored(ctx, work)
    if read is None:
        return None
    found, texts = read
    closed = {s.value for s in CLOSED_STATUSES}
    kept = []
    for row in found:
        id_, ref, company, title, stage, app_country, _a, _l, tags, _r, archived = row[:11]
        kind = action_on = None
        due = False
        if with_actions and row[13] is not None:
            kind, action_on = row[13], row[14]
            due = action_on <= row[15]
        if not keeps(view, stages, country, tag, needs_action, words, archived=archived,
                     status=stage, app_country=app_country, tags=tags, due=due,
                     extra=texts.get(id_, "") if words else "",
                     haystack=lambda r=row: haystack_of(r[2], r[3], r[1], r[8])):  # fmt: skip
            continue
        days, p = row[11], row[12]
        if sort == "silence":
            key = silence_key(stage in closed, days, ref)
        elif sort == "odds":
            key = odds_key(p, ref)
        elif sort == "applied":
            key = applied_key(date.fromisoformat(row[6]).toordinal() if row[6] else None, ref)
        elif sort == "next":
            on_day = date.fromisoformat(action_on).toordinal() if action_on else None
            key = next_key(on_day, stage in closed, days, ref)
        else:
            key = company_key(company, title, ref)
        kept.append((key, row, kind, action_on, due))
    kept.sort(key=lambda k: k[0])
    from unghost.cli.views import list_item

    return {"applications": [
        list_item(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[11], r[8], r[9], r[10],
                  r[12], kind, action_on, due)
        for _key, r, kind, action_on, due in kept
    ]}  # fmt: skip


def _why(line: Line) -> dict[str, Any] | None:
    """One application's diagnosis: its record, evidence and the stored reply history read with
    the driver when the stored rows are current; else the full path's service, without the
    command-line framework (an unknown ref raises: the full path then says so)."""
    ctx = _context(line)
    language = _language(line.values.get("lang"), ctx)
    if language is None:
        return None
    ref = line.arguments[0]

    def work(reader: Any) -> Any:
        from unghost.store.fastrecord import evidence_rows, load_application

        app = load_application(reader, ctx.owner_id, ref)
        if app is None:
            return None  # the full path reports it
        return app, evidence_rows(reader, ctx.owner_id, app.id), reader.history(ctx.owner_id)

    found = _stored(ctx, work)
    if found is None:
        from unghost.services.diagnosis import diagnose_application

        try:
            return diagnose_application(ctx, ref).to_dict(language)
        finally:
            ctx.close()
    from unghost.cli import keep_caches
    from unghost.domain.diagnosis import diagnose
    from unghost.services.diagnosis import evidence_from, parameters
    from unghost.services.readmodel import history_from

    keep_caches()

    app, (checks, looks, mail), meta = found
    evidence = evidence_from(ctx, [app], checks, looks, mail)
    return diagnose(
        app, ctx.today, parameters(ctx), default_country=ctx.settings.country,
        contact_findings=evidence.contacts.get(app.ref, ()),
        posting_events=evidence.postings.get(app.ref, ()),
        mail_signals=evidence.signals.get(app.ref, ()),
        history=history_from(meta),
    ).to_dict(language)  # fmt: skip


_ANSWERS: dict[str, Callable[[Line], dict[str, Any] | None]] = {
    "today": _today,
    "list": _list,
    "why": _why,
}
