"""What the list keeps and in which order, on plain values: domain/listing.select_rows and the
CLI's fast path (cli/fast.py, which reads the stored rows as tuples) both decide with these, so
the two orders cannot drift. Pure; no dataclass, no records."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

SORTS = ("silence", "odds", "applied", "next", "company")
ARCHIVE_VIEWS = ("active", "archived", "all")


def keeps(
    view: str, stages: Collection[Any], country: str, tag: str, needs_action: bool,
    words: Sequence[str], *, archived: bool, status: Any, app_country: str | None,
    tags: Sequence[str], due: bool, haystack: Any, extra: str,
) -> bool:  # fmt: skip
    """Whether the list query (`view` of ARCHIVE_VIEWS, `stages`, `country`, a case-folded
    `tag`, `needs_action`, case-folded search `words`) keeps one application. `haystack` is
    called only when there are words: its company, title, ref and tags, case-folded."""
    if view == "active" and archived:
        return False
    if view == "archived" and not archived:
        return False
    if stages and status not in stages:
        return False
    if country and app_country != country:
        return False
    if tag and tag not in (t.casefold() for t in tags):
        return False
    if needs_action and not due:
        return False
    if words:
        text = haystack()
        if not all(w in text or w in extra for w in words):
            return False
    return True


def haystack_of(company: str, title: str, ref: str, tags: Sequence[str]) -> str:
    """The words of an application the search always reads (texts hold the others)."""
    return f"{company} {title} {ref} {' '.join(tags)}".casefold()


def silence_key(closed: bool, silent_days: int | None, ref: str) -> tuple[Any, ...]:
    return (closed, -(silent_days if silent_days is not None else -1), ref)


def odds_key(p_hear_back: float | None, ref: str) -> tuple[Any, ...]:
    return (p_hear_back is None, -(p_hear_back or 0.0), ref)


def applied_key(applied_ordinal: int | None, ref: str) -> tuple[Any, ...]:
    return (applied_ordinal is None, -(applied_ordinal or 0), ref)


def next_key(
    on_ordinal: int | None, closed: bool, silent_days: int | None, ref: str
) -> tuple[Any, ...]:
    return (on_ordinal is None, on_ordinal or 0, *silence_key(closed, silent_days, ref))


def company_key(company: str, title: str, ref: str) -> tuple[Any, ...]:
    return (company.casefold(), title.casefold(), ref)
