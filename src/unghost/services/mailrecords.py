"""Recording a stored mailbox message on its application: as a Message, once by Message-ID.

Review (accepting a proposal), attaching mail and recording a message by hand all use these;
they live apart from services/mail.py so that none of those imports the mail import."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from unghost.domain.records import Application, Direction, Message
from unghost.services.mailstore import kind_of_label


def message_of_row(mail: Any) -> Message:
    """The application's record of a stored mailbox message."""
    from unghost.store.mapping import join_aware

    at = join_aware(mail.sent_at, mail.utc_offset_min) if mail.sent_at else datetime.now(UTC)
    return Message(at=at, direction=Direction.RECEIVED, kind=kind_of_label(mail.label),
                   subject=mail.subject, counterpart=mail.from_addr, message_id=mail.message_id,
                   return_date=mail.return_date)  # fmt: skip


def add_message_once(app: Application, message: Message) -> bool:
    """Add `message` unless the application has it already (by Message-ID); True if added."""
    if message.message_id and any(m.message_id == message.message_id for m in app.messages):
        return False
    app.messages.append(message)
    app.messages.sort(key=lambda m: m.at)
    return True
