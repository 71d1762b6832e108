"""The stored looks at postings: the last one of an application, its history, repeats."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.store.models import ApplicationRow, PostingCheckRow


class PostingCheckRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list_watched_ids(self, closed: list[str]) -> list[int]:
        """The applications with a posting URL whose status is not in `closed`, by id."""
        query = (
            select(ApplicationRow.id)
            .where(ApplicationRow.posting_url.is_not(None), ApplicationRow.status.not_in(closed))
            .order_by(ApplicationRow.id)
        )
        return list(self.session.scalars(query))

    def find_last(self, application_id: int) -> PostingCheckRow | None:
        return self.session.scalars(
            select(PostingCheckRow)
            .where(PostingCheckRow.application_id == application_id)
            .order_by(PostingCheckRow.checked_at.desc(), PostingCheckRow.id.desc())
            .limit(1)
        ).first()

    def list_for(self, application_id: int) -> list[PostingCheckRow]:
        """An application's looks in the order they were taken."""
        return list(
            self.session.scalars(
                select(PostingCheckRow)
                .where(PostingCheckRow.application_id == application_id)
                .order_by(PostingCheckRow.checked_at, PostingCheckRow.id)
            )
        )

    def has_look_in_minute(self, look: PostingCheckRow) -> bool:
        """A look equal to `look` (posting, state, confirmation, content) is stored already
        in the minute of its `checked_at`."""
        c = PostingCheckRow
        start = look.checked_at.replace(second=0, microsecond=0)
        found = self.session.scalar(
            select(c.id).where(
                c.application_id == look.application_id,
                c.url == look.url,
                c.state == look.state,
                c.confirmed == look.confirmed,
                c.content_hash.is_(None) if look.content_hash is None
                else c.content_hash == look.content_hash,
                c.checked_at >= start,
                c.checked_at < start + timedelta(minutes=1),
            ).limit(1)
        )  # fmt: skip
        return found is not None

    def add(self, look: PostingCheckRow) -> None:
        self.session.add(look)
