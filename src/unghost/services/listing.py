"""Finding and managing many applications: the list with its query, and edits of a selection."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from unghost.bootstrap import Context
from unghost.domain.listing import ListQuery, Row, normal_tags, select_rows, without_tags
from unghost.domain.records import Application, Status
from unghost.domain.stages import change_status
from unghost.errors import InvalidInputError

if TYPE_CHECKING:
    from unghost.domain.agenda import Agenda
    from unghost.services.assessment import Facts
    from unghost.store.readmodel import Summary

BULK_ACTIONS = ("move", "tag", "untag", "archive", "unarchive")
SELECTION_LIMIT = 10_000


def search_texts(ctx: Context) -> dict[int, str]:
    """Each application's searchable words beyond company and title: its contacts (name,
    email, role) and notes (its own and the history's), case-folded, by id."""
    from unghost.store.application_parts import list_search_words

    with ctx.reading() as session:
        parts = list_search_words(session)
    return {id_: " ".join(words).casefold() for id_, words in parts.items()}


def find_applications(
    ctx: Context,
    query: ListQuery,
    *,
    summaries: Sequence[Summary] | None = None,
    facts: Mapping[str, Facts] | None = None,
    agenda: Agenda | None = None,
    texts: Mapping[int, str] | None = None,
) -> list[Row]:
    """The applications that match `query`. The web passes what it has cached; what is not
    passed is computed when needed (the assessment and the agenda are the slow parts). Odds
    and silence come from the one assessment (services/assessment.py) that every page reads."""
    if summaries is None:
        from unghost.services.applications import list_applications

        summaries = list_applications(ctx)
    if texts is None:
        texts = search_texts(ctx) if query.text else {}
    if facts is None:
        from unghost.services.readviews import read_facts

        facts = read_facts(ctx)
    if agenda is None and (query.needs_action or query.sort == "next"):
        from unghost.services.diagnosis import plan_today

        agenda = plan_today(ctx)
    actions: dict[str, Any] = {}
    due_now: set[str] = set()
    if agenda is not None:
        for item in (*agenda.this_week, *agenda.today):  # due now wins over later
            actions[item.ref] = (item.kind, item.on)
        due_now = {item.ref for item in agenda.today}
    return select_rows(summaries, query, today=ctx.today, facts=facts, actions=actions,
                       due_now=due_now, texts=texts)  # fmt: skip


def bulk_edit(ctx: Context, refs: Sequence[str], action: str, value: str = "") -> int:
    """One change to every selected application, in one transaction; returns how many
    changed. `value` is the stage for `move`, the tags for `tag` and `untag`."""
    from unghost.store.repository import ApplicationRepository

    if action not in BULK_ACTIONS:
        raise InvalidInputError(
            f"{action!r} is not a bulk action (known: {', '.join(BULK_ACTIONS)})"
        )
    chosen = list(dict.fromkeys(r for r in refs if r))
    if not chosen:
        raise InvalidInputError("select at least one application")
    if len(chosen) > SELECTION_LIMIT:
        raise InvalidInputError(f"at most {SELECTION_LIMIT} applications at once")
    if action == "move" and value not in Status._value2member_map_:
        raise InvalidInputError(f"{value!r} is not a stage")
    try:
        tags = normal_tags([value]) if action in ("tag", "untag") else []
    except ValueError as exc:
        raise InvalidInputError(f"tags: {exc}") from None
    if action in ("tag", "untag") and not tags:
        raise InvalidInputError("tags: write the tag to add or remove")
    changed = 0
    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        for ref in chosen:
            row = repo.get_row(ref)
            app = repo.get(str(row.id))
            before = (app.status, list(app.tags), app.archived)
            _apply(app, action, value, tags, ctx)
            if (app.status, app.tags, app.archived) != before:
                repo.save(app, row)
                changed += 1
    return changed


def _apply(app: Application, action: str, value: str, tags: list[str], ctx: Context) -> None:
    if action == "move":
        change_status(app, Status(value), ctx.today)
    elif action == "tag":
        try:
            app.tags = normal_tags([*app.tags, *tags])
        except ValueError as exc:
            raise InvalidInputError(f"{app.ref}: tags: {exc}") from None
    elif action == "untag":
        app.tags = without_tags(app.tags, tags)
    else:
        app.archived = action == "archive"
