"""What an `unghost/v1` file carries besides the applications: the outbox, the imported mail
and the pending reviews, as top-level `outbox`, `mail` and `reviews` lists.

Older readers ignore these keys (unknown fields are never fatal). On import each item is
matched by its own key (the outbox by Message-ID, mail by its source key, a review by its
application, message and change), so importing a file twice adds nothing the second time."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unghost.domain.outbox import OutboxEntry, OutboxState
from unghost.errors import InvalidInputError
from unghost.store.models import ApplicationRow, MailMessageRow, ProposalRow
from unghost.store.outbox import OutboxRepository

SECTIONS = ("outbox", "mail", "reviews")
# A JSON string of lowercase letters with at least one of them written as a \\u escape: how a
# section's key can be spelt other than plainly (JSON has no other escape for a letter)
_LETTER = rb"(?:[a-z]|\\u00[67][0-9a-fA-F])"
_LETTER_ESCAPE = re.compile(rb"\\u00[67][0-9a-fA-F]")
_ESCAPED_KEY = re.compile(rb'"' + _LETTER + rb"*\\u00[67][0-9a-fA-F]" + _LETTER + rb'*"')
_MAIL_COLUMNS = (
    "source_key", "message_id", "content_hash", "from_addr", "from_name", "to_addrs", "subject",
    "sent_at", "utc_offset_min", "in_reply_to", "references", "label", "confidence",
    "return_date", "failed_recipient", "signals", "body", "match_method", "match_confidence",
    "imported_at",
)  # fmt: skip
_MOMENTS = {"sent_at", "imported_at", "created_at", "decided_at"}
_DAYS = {"return_date"}


@dataclass
class Carried:
    """How many items of each section an import added (the others were already there)."""

    outbox: int = 0
    mail: int = 0
    reviews: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"outbox": self.outbox, "mail": self.mail, "reviews": self.reviews}


def _refs(session: Session) -> dict[int, str]:
    return {id_: ref for id_, ref in session.execute(select(ApplicationRow.id, ApplicationRow.ref))}


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def render_sections(session: Session) -> Iterator[tuple[str, Iterable[dict[str, Any]]]]:
    """Each section's items as JSON-ready dicts, in a stable order."""
    refs = _refs(session)
    # ids and leases belong to this database; the Message-ID is the entry's identity
    local = {"id": None, "owner": None, "heartbeat_at": None}
    yield "outbox", (e.to_dict() | local for e in OutboxRepository(session).list())
    mail = session.scalars(select(MailMessageRow).order_by(MailMessageRow.id))
    keys = {}
    items = []
    for row in mail:
        keys[row.id] = row.source_key
        item = {c: _plain(getattr(row, c)) for c in _MAIL_COLUMNS}
        item["application_ref"] = refs.get(row.application_id) if row.application_id else None
        items.append(item)
    yield "mail", items
    pending = session.scalars(
        select(ProposalRow).where(ProposalRow.state == "pending").order_by(ProposalRow.id)
    )
    yield "reviews", [
        {"application_ref": refs.get(p.application_id), "mail_source_key": keys.get(
            p.mail_message_id or 0), "kind": p.kind, "status": p.status, "summary": p.summary,
         "state": p.state, "created_at": _plain(p.created_at)}
        for p in pending
    ]  # fmt: skip


def _moment(value: Any) -> datetime | None:
    if value in (None, ""):
        return None
    moment = datetime.fromisoformat(str(value))
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _row_values(item: dict[str, Any], columns: Iterable[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in columns:
        value = item.get(column)
        if column in _MOMENTS:
            value = _moment(value)
        elif column in _DAYS and value:
            value = date.fromisoformat(str(value))
        values[column] = value
    return values


def import_sections(session: Session, sections: dict[str, list[Any]], where: str) -> Carried:
    """Add the items not stored yet; raises InvalidInputError naming the first bad one."""
    carried = Carried()
    ids = {ref: id_ for id_, ref in _refs(session).items()}
    for n, item in enumerate(sections.get("outbox", [])):
        try:
            entry = OutboxEntry.from_dict(_object(item))
            carried.outbox += _add_outbox(session, entry)
        except (InvalidInputError, ValueError) as exc:
            raise InvalidInputError(f"{where}: outbox[{n}]: {exc}") from None
    mail_ids: dict[str, int] = {}
    for n, item in enumerate(sections.get("mail", [])):
        try:
            added, row = _add_mail(session, _object(item), ids)
        except (InvalidInputError, ValueError, KeyError) as exc:
            raise InvalidInputError(f"{where}: mail[{n}]: {exc}") from None
        carried.mail += added
        mail_ids[row.source_key] = row.id
    for n, item in enumerate(sections.get("reviews", [])):
        try:
            carried.reviews += _add_review(session, _object(item), ids, mail_ids)
        except (InvalidInputError, ValueError, KeyError) as exc:
            raise InvalidInputError(f"{where}: reviews[{n}]: {exc}") from None
    return carried


def _object(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise InvalidInputError(f"expected an object, not {type(item).__name__}")
    return item


def _add_outbox(session: Session, entry: OutboxEntry) -> int:
    from unghost.store.models import OutboxRow

    if not entry.message_id:
        raise InvalidInputError("an outbox message needs its message_id")
    if session.scalar(select(OutboxRow.id).where(OutboxRow.message_id == entry.message_id)):
        return 0
    if entry.state is OutboxState.SENDING:
        # its sender belonged to another database: what happened is for the user to say
        entry.state, entry.last_error = OutboxState.UNKNOWN, "was being sent when exported"
    entry.id, entry.owner, entry.heartbeat_at = None, None, None
    OutboxRepository(session).save(entry)
    return 1


def _add_mail(
    session: Session, item: dict[str, Any], ids: dict[str, int]
) -> tuple[int, MailMessageRow]:
    missing = [k for k in ("source_key", "content_hash", "label") if not item.get(k)]
    if missing:
        raise InvalidInputError(f"a mail message needs {', '.join(missing)}")
    key = str(item["source_key"])
    found = session.scalar(select(MailMessageRow).where(MailMessageRow.source_key == key))
    if found is not None:
        return 0, found
    # an absent list or number takes the table's default
    values = {k: v for k, v in _row_values(item, _MAIL_COLUMNS).items() if v is not None}
    values.setdefault("imported_at", datetime.now(UTC).replace(tzinfo=None))
    row = MailMessageRow(**values, application_id=ids.get(str(item.get("application_ref"))))
    session.add(row)
    session.flush()
    return 1, row


def _add_review(
    session: Session, item: dict[str, Any], ids: dict[str, int], mail_ids: dict[str, int]
) -> int:
    app_id = ids.get(str(item["application_ref"]))
    if app_id is None:
        return 0  # its application is not in this database: nothing to review
    mail_id = mail_ids.get(str(item.get("mail_source_key")))
    same = select(ProposalRow.id).where(
        ProposalRow.application_id == app_id, ProposalRow.kind == str(item["kind"]),
        ProposalRow.status == item.get("status"), ProposalRow.mail_message_id == mail_id,
    )  # fmt: skip
    if session.scalar(same) is not None:
        return 0
    created = _moment(item.get("created_at")) or datetime.now(UTC).replace(tzinfo=None)
    session.add(ProposalRow(application_id=app_id, mail_message_id=mail_id, kind=str(item["kind"]),
                            status=item.get("status"), summary=str(item.get("summary") or ""),
                            state="pending", created_at=created))  # fmt: skip
    session.flush()
    return 1


def read_sections(path: Any) -> dict[str, list[Any]]:
    """The `outbox`, `mail` and `reviews` lists of a JSON file (empty when absent)."""
    import ijson

    found: dict[str, list[Any]] = {}
    present = _mentioned(path, SECTIONS)
    for section in SECTIONS:
        if section not in present:
            continue  # no such key anywhere in the file: no need to parse it for one
        with open(path, "rb") as raw:
            items = list(ijson.items(raw, f"{section}.item", use_float=True))
        if items:
            found[section] = items
    return found


def mentions_sections(path: Any) -> bool:
    """Whether the file may hold any section (a key of that name somewhere in it)."""
    return bool(_mentioned(path, SECTIONS))


def _mentioned(path: Any, names: tuple[str, ...], chunk: int = 1 << 20) -> set[str]:
    """The `names` that may be keys of the file: each written as "name" or spelt with \\u
    escapes of its letters (a file written with ensure_ascii has escapes everywhere, in
    the names of its people, and used to be parsed once per section for them). A scan a
    chunk at a time; a string met twice across a chunk boundary is harmless."""
    needles = {name: f'"{name}"'.encode() for name in names}
    found: set[str] = set()
    longest = max(len(n) for n in names)
    overlap = 6 * longest + 2  # the longest escaped spelling, quotes included
    tail = b""
    with open(path, "rb") as raw:
        while block := raw.read(chunk):
            text = tail + block
            found.update(name for name, needle in needles.items() if needle in text)
            for escape in _LETTER_ESCAPE.finditer(text):  # rare: found by their literal prefix
                start = text.rfind(b'"', max(0, escape.start() - overlap), escape.start())
                match = _ESCAPED_KEY.match(text, start) if start >= 0 else None
                if match is not None and (spelt := json.loads(match.group())) in names:
                    found.add(spelt)
            tail = text[-overlap:]
    return found
