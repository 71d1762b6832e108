"""A server user's own follow-up templates: one text per built-in kind and language, read by
drafting (services/outbox.py templates_for) and written by the templates page. The laptop
keeps its templates as files in its config folder instead."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from unghost.store.models import Base, Owned


class UserTemplateRow(Owned, Base):
    __tablename__ = "user_templates"
    __table_args__ = (
        UniqueConstraint("owner_id", "lang", "kind", name="uq_user_templates_owner_id_lang"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    lang: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


def load_templates(session: Session) -> dict[tuple[str, str], str]:
    """{(lang, kind): text} of the acting user (the session is scoped to them)."""
    rows = session.scalars(select(UserTemplateRow))
    return {(row.lang, row.kind): row.text for row in rows}


def _find(session: Session, lang: str, kind: str) -> UserTemplateRow | None:
    found = select(UserTemplateRow).where(UserTemplateRow.lang == lang,
                                          UserTemplateRow.kind == kind)  # fmt: skip
    return session.scalar(found)


def save_template(session: Session, lang: str, kind: str, text: str, *, now: datetime) -> None:
    row = _find(session, lang, kind)
    if row is None:
        session.add(UserTemplateRow(lang=lang, kind=kind, text=text, updated_at=now))
    else:
        row.text, row.updated_at = text, now
    session.flush()


def delete_template(session: Session, lang: str, kind: str) -> bool:
    """Back to the built-in template; whether there was one of the user's own."""
    row = _find(session, lang, kind)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
