"""Bulk import support: a match index over what is stored, and batched inserts of new records."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from unghost.domain.records import Application
from unghost.domain.refs import name_key, url_key
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
        key = url_key(app.role.posting_url)
        if key and key in self.urls:
            return self.urls[key]
        return self.names.get((name_key(app.company.name), name_key(app.role.title)))

    def add(self, app: Application, match: Match) -> None:
        self.refs[app.ref] = match
        key = url_key(app.role.posting_url)
        if key:
            self.urls.setdefault(key, match)
        self.names.setdefault((name_key(app.company.name), name_key(app.role.title)), match)

    def settle(self, apps: Sequence[Application], ids: Sequence[int]) -> None:
        """Pending matches become stored ones once the batch is written."""
        for app, id_ in zip(apps, ids, strict=True):
            self.add_stored(app, id_)

    def add_stored(self, app: Application, id_: int) -> None:
        match = ("stored", id_)
        self.refs[app.ref] = match
        key = url_key(app.role.posting_url)
        if key and self.urls.get(key, ("", 0))[0] == "pending":
            self.urls[key] = match
        names = (name_key(app.company.name), name_key(app.role.title))
        if self.names.get(names, ("", 0))[0] == "pending":
            self.names[names] = match

    def ref_taken(self, ref: str) -> bool:
        return ref in self.refs


class BulkWriter:
    """Writes new applications a batch at a time: a handful of statements per batch."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.companies: dict[tuple[Any, ...], int] = {}
        for row in session.scalars(select(CompanyRow)):
            values = company_values(_company_of(row))
            self.companies.setdefault(tuple(values.values()), row.id)

    def insert(self, apps: Sequence[Application]) -> list[int]:
        if not apps:
            return []
        now = datetime.now(UTC).replace(tzinfo=None)
        self._insert_companies(apps)
        rows = []
        for app in apps:
            rows.append({**application_values(app), "company_id": self._company_id(app),
                         "created_at": now, "updated_at": now})  # fmt: skip
        table = _table(ApplicationRow)
        ids = list(
            self.session.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
            ).scalars()
        )
        children: dict[str, list[dict[str, Any]]] = {name: [] for name in CHILD_ROWS}
        for app, id_ in zip(apps, ids, strict=True):
            for name, values in child_values(app).items():
                children[name].extend({**v, "application_id": id_} for v in values)
        for name, values in children.items():
            if values:
                self.session.execute(insert(_table(CHILD_ROWS[name])), values)
        return ids

    def _insert_companies(self, apps: Sequence[Application]) -> None:
        """The batch's new companies in one multi-row INSERT (not one statement each)."""
        new: dict[tuple[Any, ...], dict[str, object]] = {}
        for app in apps:
            values = company_values(app.company)
            key = tuple(values.values())
            if key not in self.companies:
                new.setdefault(key, values)
        if not new:
            return
        table = _table(CompanyRow)
        ids = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), list(new.values())
        ).scalars()
        self.companies.update(zip(new, ids, strict=True))

    def _company_id(self, app: Application) -> int:
        values = company_values(app.company)
        key = tuple(values.values())
        if key not in self.companies:
            table = _table(CompanyRow)
            self.companies[key] = self.session.execute(
                insert(table).returning(table.c.id), values
            ).scalar_one()
        return self.companies[key]


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def _company_of(row: CompanyRow) -> Any:
    from unghost.store.mapping import company_record

    return company_record(row)
