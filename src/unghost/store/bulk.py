"""Bulk import support: a match index over what is stored, and batched inserts of new records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from unghost.domain.records import Application
from unghost.domain.refs import name_key, url_key
from unghost.store.fastinsert import insert_rows
from unghost.store.ids import reserve_ids
from unghost.store.mapping import CHILD_ROWS, application_values, child_values, company_values
from unghost.store.models import ApplicationRow, CompanyRow

# A match is ("stored", application id) or ("pending", position in the caller's batch).
Match = tuple[str, int]


class MatchIndex:
    """Every key an import matches on (ref, posting URL, company + title), held in memory so a
    10k-row file needs no query per row."""

    def __init__(self, session: Session) -> None:
        self.refs: dict[str, Match] = {}
        self.urls: dict[str, Match] = {}
        self.names: dict[tuple[str, str], Match] = {}
        self._keys: dict[int, tuple[Application, tuple[str | None, tuple[str, str]]]] = {}
        rows = session.execute(
            select(ApplicationRow.id, ApplicationRow.ref, ApplicationRow.url_key,
                   CompanyRow.name_key, ApplicationRow.title_key)
            .join(CompanyRow, ApplicationRow.company_id == CompanyRow.id)
            .order_by(ApplicationRow.id)
        )  # fmt: skip
        for id_, ref, url, company, title in rows:
            match = ("stored", id_)
            self.refs[ref] = match
            if url:
                self.urls.setdefault(url, match)
            self.names.setdefault((company, title), match)

    def find(self, app: Application) -> Match | None:
        if app.ref:
            return self.refs.get(app.ref)
        url, names = self._keys_of(app)
        if url and url in self.urls:
            return self.urls[url]
        return self.names.get(names)

    def add(self, app: Application, match: Match) -> None:
        self.refs[app.ref] = match
        url, names = self._keys_of(app)
        if url:
            self.urls.setdefault(url, match)
        self.names.setdefault(names, match)

    def settle(self, apps: Sequence[Application], ids: Sequence[int]) -> None:
        """Pending matches become stored ones once the batch is written."""
        for app, id_ in zip(apps, ids, strict=True):
            self.add_stored(app, id_)

    def add_stored(self, app: Application, id_: int) -> None:
        match = ("stored", id_)
        self.refs[app.ref] = match
        url, names = self._keys_of(app)
        del self._keys[id(app)]
        if url and self.urls.get(url, ("", 0))[0] == "pending":
            self.urls[url] = match
        if self.names.get(names, ("", 0))[0] == "pending":
            self.names[names] = match

    def _keys_of(self, app: Application) -> tuple[str | None, tuple[str, str]]:
        """The posting-URL and company + title keys of `app`, computed once per application
        (kept until its batch is settled)."""
        held = self._keys.get(id(app))
        if held is None or held[0] is not app:  # an id can be reused once its object is gone
            held = self._keys[id(app)] = (app, _keys(app))
        return held[1]

    def ref_taken(self, ref: str) -> bool:
        return ref in self.refs


class BulkWriter:
    """Writes new applications a batch at a time: a handful of statements per batch."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._companies: dict[tuple[Any, ...], int] | None = None

    @property
    def companies(self) -> dict[tuple[Any, ...], int]:
        """The stored companies by their details, read at the first insert (a re-import that
        inserts nothing never reads them)."""
        if self._companies is None:
            self._companies = {}
            for row in self.session.scalars(select(CompanyRow)):
                values = company_values(_company_of(row))
                self._companies.setdefault(tuple(values.values()), row.id)
        return self._companies

    def insert(self, apps: Sequence[Application]) -> list[int]:
        """Insert `apps` with their children; their new ids, in order.

        Ids are reserved first (store/ids.py), so each table takes one executemany."""
        if not apps:
            return []
        now = datetime.now(UTC).replace(tzinfo=None)
        self._insert_companies(apps)
        table = _table(ApplicationRow)
        ids = reserve_ids(self.session, table, len(apps))
        rows = []
        for app, id_ in zip(apps, ids, strict=True):
            rows.append({**application_values(app), "id": id_, "company_id": self._company_id(app),
                         "created_at": now, "updated_at": now})  # fmt: skip
        insert_rows(self.session, table, rows)
        children: dict[str, list[dict[str, Any]]] = {name: [] for name in CHILD_ROWS}
        for app, id_ in zip(apps, ids, strict=True):
            for name, values in child_values(app).items():
                children[name].extend({**v, "application_id": id_} for v in values)
        for name, values in children.items():
            if values:
                insert_rows(self.session, _table(CHILD_ROWS[name]), values)
        return ids

    def _insert_companies(self, apps: Sequence[Application]) -> None:
        """The batch's new companies in one executemany (not one statement each)."""
        new: dict[tuple[Any, ...], dict[str, object]] = {}
        for app in apps:
            values = company_values(app.company)
            key = tuple(values.values())
            if key not in self.companies:
                new.setdefault(key, values)
        if not new:
            return
        table = _table(CompanyRow)
        ids = reserve_ids(self.session, table, len(new))
        insert_rows(
            self.session, table,
            [{**values, "id": id_} for values, id_ in zip(new.values(), ids, strict=True)],
        )  # fmt: skip
        self.companies.update(zip(new, ids, strict=True))

    def _company_id(self, app: Application) -> int:
        return self.companies[tuple(company_values(app.company).values())]


def _keys(app: Application) -> tuple[str | None, tuple[str, str]]:
    return url_key(app.role.posting_url), (name_key(app.company.name), name_key(app.role.title))


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _company_of(row: CompanyRow) -> Any:
    from unghost.store.mapping import company_record

    return company_record(row)
