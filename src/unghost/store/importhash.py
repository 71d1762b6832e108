"""What each application looked like in the file that last imported it: a digest per incoming
object, so re-importing the same file compares digests instead of loading and merging every
stored application (issue 17: 10k re-imported in 5.3 s). The file as a whole has a digest too,
kept beside each of its applications' (`file_digest`): when every application of the file still
holds it, the file is the one that wrote them all and nothing has written them since, so a
re-import of it reads one query's answer instead of the file.

A digest stands only while nothing else has written its application: every write transaction
drops the digests of the applications it touched (store/readsync.py), before the import that
wrote them records theirs again. Derived data: losing it costs one slow re-import."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ForeignKey, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from unghost.store.ids import delete_for_applications
from unghost.store.models import ApplicationRow, Base, Owned

PENDING_KEY = "unghost_import_digests"  # in Session.info: {application id: {digest, ...}}


class ImportDigestRow(Owned, Base):
    __tablename__ = "import_digests"
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    digest: Mapped[str] = mapped_column(String(40), primary_key=True)


def known(session: Session) -> dict[str, tuple[int, str]]:
    """Every standing digest of the acting user: digest → (application id, ref)."""
    rows = session.execute(
        select(ImportDigestRow.digest, ApplicationRow.id, ApplicationRow.ref)
        .join(ApplicationRow, ApplicationRow.id == ImportDigestRow.application_id)
    )  # fmt: skip
    return {digest: (id_, ref) for digest, id_, ref in rows}


def file_digest(prefix: str, count: int) -> str:
    """The digest of a file (interchange/jsonfile.py's `file_digest_prefix`, 32 characters) that
    holds `count` application objects: each of them keeps it, so the file stands while `count`
    applications do (an object that made no application of its own, skipped or merged into
    another, leaves the count short: such a file never stands)."""
    return f"{prefix}{count:08x}"


def standing_file(session: Session, prefix: str) -> int:
    """How many applications the file of digest `prefix` holds, when every one of them still
    keeps its digest; 0 when any was written since, deleted, or never came from it."""
    rows = session.execute(
        select(ImportDigestRow.digest, func.count())
        .where(ImportDigestRow.digest.startswith(prefix, autoescape=True))
        .group_by(ImportDigestRow.digest)
    )  # fmt: skip
    for digest, count in rows:
        if len(digest) == len(prefix) + 8 and int(digest[len(prefix) :], 16) == count:
            return int(count)
    return 0


def record(session: Session, application_id: int, digest: str) -> None:
    """Keep `digest` for `application_id` when this transaction commits."""
    pending: dict[int, set[str]] = session.info.setdefault(PENDING_KEY, {})
    pending.setdefault(application_id, set()).add(digest)


def settle(session: Session, touched: Collection[int] | None) -> None:
    """Before a commit: drop the digests of what was written (`touched`; None: everything),
    then store the ones this transaction's import recorded."""
    from unghost.store.fastinsert import insert_rows  # it imports the models, which import this

    pending: dict[int, set[str]] = session.info.pop(PENDING_KEY, {})
    if touched is None:
        session.execute(delete(ImportDigestRow))  # the acting user's (scoped like every read)
    else:
        delete_for_applications(session, ImportDigestRow.__table__, set(touched) | set(pending))
    rows = [{"application_id": id_, "digest": d} for id_, ds in pending.items() for d in sorted(ds)]
    insert_rows(session, ImportDigestRow.__table__, rows)  # type: ignore[arg-type]
