"""Finding applications in a long list: tags, the list query (search, filters, sort), pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from unghost.domain.listrows import (
    ARCHIVE_VIEWS,
    SORTS,
    applied_key,
    company_key,
    haystack_of,
    keeps,
    next_key,
    odds_key,
    silence_key,
)
from unghost.domain.records import Status

TAG_LIMIT = 40  # characters of one tag
TAGS_PER_APPLICATION = 20
_SPACES = re.compile(r"\s+")


def normal_tags(values: Iterable[str]) -> list[str]:
    """Tags as typed ("remote, dream job", "#fintech"): trimmed, split on commas, without
    repeats (compared case-insensitively, the first spelling kept)."""
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        for part in str(value).split(","):
            tag = _SPACES.sub(" ", part).strip().lstrip("#").strip()
            if not tag or tag.casefold() in seen:
                continue
            if len(tag) > TAG_LIMIT:
                raise ValueError(f"the tag {tag[:20]!r}… is longer than {TAG_LIMIT} characters")
            seen.add(tag.casefold())
            out.append(tag)
    if len(out) > TAGS_PER_APPLICATION:
        raise ValueError(f"at most {TAGS_PER_APPLICATION} tags per application")
    return out


def without_tags(tags: Sequence[str], removed: Iterable[str]) -> list[str]:
    gone = {t.casefold() for t in normal_tags(removed)}
    return [t for t in tags if t.casefold() not in gone]


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What the user asked the list for; every part has a neutral default."""

    text: str = ""
    stages: tuple[Status, ...] = ()
    country: str = ""
    tag: str = ""
    needs_action: bool = False
    archived: str = "active"  # one of ARCHIVE_VIEWS
    sort: str = "silence"  # one of SORTS

    @property
    def is_default(self) -> bool:
        return self == ListQuery()

    def params(self, **changes: Any) -> list[tuple[str, str]]:
        """The query string pairs of this query (with `changes`), defaults left out."""
        q = replace(self, **changes) if changes else self
        pairs: list[tuple[str, str]] = []
        if q.text:
            pairs.append(("q", q.text))
        pairs.extend(("stage", s.value) for s in q.stages)
        for key, value in (("country", q.country), ("tag", q.tag)):
            if value:
                pairs.append((key, value))
        if q.needs_action:
            pairs.append(("needs", "action"))
        if q.archived != "active":
            pairs.append(("archived", q.archived))
        if q.sort != "silence":
            pairs.append(("sort", q.sort))
        return pairs


def parse_list_query(params: Mapping[str, Any] | Iterable[tuple[str, str]]) -> ListQuery:
    """A ListQuery from URL parameters; values it does not know fall back to the default
    (a hand-edited or old link still opens the list)."""
    pairs = list(params.items()) if isinstance(params, Mapping) else list(params)
    stages: list[Status] = []
    values: dict[str, str] = {}
    for key, value in pairs:
        text = str(value).strip()
        if key == "stage":
            for part in text.split(","):
                if part in Status._value2member_map_ and Status(part) not in stages:
                    stages.append(Status(part))
        elif text:
            values[key] = text
    country = values.get("country", "").upper()
    return ListQuery(
        text=values.get("q", "")[:200],
        stages=tuple(stages),
        country=country if re.fullmatch(r"[A-Z]{2}", country) else "",
        tag=values.get("tag", "")[:TAG_LIMIT],
        needs_action=values.get("needs") == "action",
        archived=values["archived"] if values.get("archived") in ARCHIVE_VIEWS else "active",
        sort=values["sort"] if values.get("sort") in SORTS else "silence",
    )


class Summary(Protocol):
    """What the list needs of an application (the store's pipeline summary has it)."""

    @property
    def id(self) -> int: ...
    @property
    def ref(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def status(self) -> Status: ...
    @property
    def applied_on(self) -> date | None: ...
    @property
    def last_activity(self) -> date | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def tags(self) -> tuple[str, ...]: ...
    @property
    def rating(self) -> int | None: ...
    @property
    def archived(self) -> bool: ...


class Standing(Protocol):
    """What the one assessment says of an application (services/assessment.py Facts)."""

    @property
    def p_hear_back(self) -> float | None: ...
    @property
    def silence_business_days(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class Row:
    """One application in the list, with what the list shows and sorts by."""

    summary: Summary
    silent_days: int | None  # business days, from the one assessment; None unless waiting
    p_hear_back: float | None  # None unless waiting
    action_kind: str | None  # the Today agenda's action, when there is one this week
    action_on: date | None
    needs_action: bool  # due now on Today
    facts: Any = None  # the assessment's Standing, for cards that show its state


def select_rows(
    summaries: Sequence[Summary],
    query: ListQuery,
    *,
    today: date,
    facts: Mapping[str, Standing],
    actions: Mapping[str, tuple[str, date]],
    due_now: frozenset[str] | set[str],
    texts: Mapping[int, str],
) -> list[Row]:
    """The applications that match `query`, in its order. `texts` holds each application's
    searchable words (contacts, notes), already case-folded, by id."""
    words = query.text.casefold().split()
    tag = query.tag.casefold()
    rows = []
    for s in summaries:
        if not keeps(
            query.archived,
            query.stages,
            query.country,
            tag,
            query.needs_action,
            words,
            archived=s.archived,
            status=s.status,
            app_country=s.country,
            tags=s.tags,
            due=s.ref in due_now,
            extra=texts.get(s.id, "") if words else "",
            haystack=lambda s=s: haystack_of(s.company, s.title, s.ref, s.tags),
        ):
            continue
        action = actions.get(s.ref)
        standing = facts.get(s.ref)
        rows.append(Row(
            summary=s,
            silent_days=standing.silence_business_days if standing else None,
            p_hear_back=standing.p_hear_back if standing else None,
            action_kind=action[0] if action else None,
            action_on=action[1] if action else None,
            needs_action=s.ref in due_now,
            facts=standing,
        ))  # fmt: skip
    rows.sort(key=_SORT_KEYS[query.sort])
    return rows


def _by_silence(r: Row) -> tuple[Any, ...]:
    return silence_key(r.summary.status.is_closed, r.silent_days, r.summary.ref)


def _by_odds(r: Row) -> tuple[Any, ...]:
    return odds_key(r.p_hear_back, r.summary.ref)


def _by_applied(r: Row) -> tuple[Any, ...]:
    applied = r.summary.applied_on
    return applied_key(applied.toordinal() if applied else None, r.summary.ref)


def _by_next(r: Row) -> tuple[Any, ...]:
    on = r.action_on.toordinal() if r.action_on else None
    return next_key(on, r.summary.status.is_closed, r.silent_days, r.summary.ref)


def _by_company(r: Row) -> tuple[Any, ...]:
    return company_key(r.summary.company, r.summary.title, r.summary.ref)


_SORT_KEYS = {"silence": _by_silence, "odds": _by_odds, "applied": _by_applied,
              "next": _by_next, "company": _by_company}  # fmt: skip
