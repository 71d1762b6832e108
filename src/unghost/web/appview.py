"""Everything the application page shows, gathered from the services in one place."""

from __future__ import annotations

from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import Direction, Message
from unghost.web.charts import curve_chart
from unghost.web.mailview import looks_like_html, sanitize_mail_html
from unghost.web.recordview import record_values


def application_page(ctx: Context, ref: str, language: str = "en") -> dict[str, Any]:
    """The page's values; the diagnosis sentences are in `language` (`en` or `zh`)."""
    from unghost.services.applications import get_application
    from unghost.services.diagnosis import diagnose_application
    from unghost.services.postings import list_posting_history
    from unghost.services.web_queries import find_last_contact_check

    app = get_application(ctx, ref)  # loaded once: every part below reads it or its id
    assert app.id is not None  # a stored application
    diagnosis = diagnose_application(ctx, app.ref, app).to_dict(language)
    timeline = sorted(
        [(e.on.isoformat(), "event", e) for e in app.events]
        + [(i.at.isoformat(), "interview", i) for i in app.interviews]
        + [(m.at.isoformat(), "message", m) for m in app.messages],
        key=lambda item: item[0],
        reverse=True,
    )
    return {
        "app": app,
        "d": diagnosis,
        "chart": curve_chart(diagnosis.get("curve") or []),
        "timeline": timeline,
        "messages": [shown_message(m) for m in reversed(app.messages)],
        "postings": list_posting_history(ctx, app.ref, app.id),
        "contact_check": find_last_contact_check(ctx, app.ref, language, app.id),
        "today": ctx.today,
        **record_values(ctx, app),
    }


def outbox_of(ctx: Context, app_id: int) -> dict[str, Any]:
    """The application's outbox messages: read on every view (the outbox is not part of the
    data version, so the cached page values leave it out)."""
    from unghost.services.outbox import list_outbox

    return {"outbox": list_outbox(ctx, application_id=app_id)}


def shown_message(message: Message) -> dict[str, Any]:
    body = message.body or ""
    html = sanitize_mail_html(body) if body and looks_like_html(body) else None
    return {
        "at": message.at,
        "received": message.direction is Direction.RECEIVED,
        "kind": message.kind.value,
        "subject": message.subject,
        "counterpart": message.counterpart,
        "html": html,
        "text": None if html is not None else body,
    }
