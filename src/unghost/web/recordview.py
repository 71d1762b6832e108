"""What the recording sections of the application page show: lists with positions, mail, choices."""

from __future__ import annotations

from typing import Any

from unghost.bootstrap import Context
from unghost.domain.records import RECEIVED_KINDS, Application, EventKind
from unghost.web.mailview import looks_like_html, sanitize_mail_html

MAIL_ON_PAGE = 30  # the newest stored messages shown on an application page


def record_values(ctx: Context, app: Application) -> dict[str, Any]:
    from unghost.services.mailread import list_all_mail
    from unghost.services.recordparse import zone_label
    from unghost.services.records import item_key

    mail, mail_total = list_all_mail(ctx, ref=app.ref, limit=MAIL_ON_PAGE, app_id=app.id)
    stored = {m["message_id"]: m["id"] for m in mail if m.get("message_id")}
    return {
        "rec": None,
        "rec_interviews": [
            {"index": n, "i": i, "date": i.at.date().isoformat(), "time": i.at.strftime("%H:%M"),
             "zone": zone_label(i.at), "key": item_key(i)}
            for n, i in enumerate(app.interviews)
        ],
        "rec_contact_keys": [item_key(c) for c in app.contacts],
        "rec_messages": [{"index": n, "m": m, "key": item_key(m),
                          "mail_id": stored.get(m.message_id or ""), **shown_body(m.body)}
                         for n, m in reversed(list(enumerate(app.messages)))],
        "rec_notes": [(n, e, item_key(e)) for n, e in enumerate(app.events)
                      if e.kind is EventKind.NOTE],
        "rec_mail": [shown_mail(m) for m in mail],
        "rec_mail_total": mail_total,
        **vocabulary_values(ctx),
    }  # fmt: skip


def vocabulary_values(ctx: Context) -> dict[str, Any]:
    """The choices the recording forms offer, the user's own time zone first."""
    from unghost.services.recordparse import vocabulary

    vocab = vocabulary()
    zone_name = getattr(ctx.zone, "key", None) or "UTC"
    return {
        "rec_vocab": {**vocab, "received_kinds": sorted(k.value for k in RECEIVED_KINDS),
                      "zones": [zone_name, *[z for z in vocab["time_zones"] if z != zone_name]]},
        "rec_zone": zone_name,
    }  # fmt: skip


def shown_body(body: str | None) -> dict[str, Any]:
    text = body or ""
    html = sanitize_mail_html(text) if text and looks_like_html(text) else None
    return {"html": html, "text": None if html is not None else text}


def shown_mail(mail: dict[str, Any]) -> dict[str, Any]:
    """A stored message for the page: its HTML sanitized (remote content blocked), else its text."""
    html = sanitize_mail_html(mail["html"]) if mail.get("html") else None
    return {**mail, "safe_html": html, "remote_blocked": bool(mail.get("html")) and
            _had_remote(mail["html"])}  # fmt: skip


def _had_remote(html: str) -> bool:
    lowered = html.lower()
    return 'src="http' in lowered or "src='http" in lowered or "url(http" in lowered


_AFTER_KIND = r"[\s\-\u2013\u2014:\uff1a|]*"


def subject_after_kind(subject: str | None, *kinds: str) -> str:
    """A message's subject for a timeline line that already names its kind: "Offer — Backend
    Engineer" after the tag "Offer" reads "Backend Engineer", never "Offer — Offer — ..."."""
    import re

    text = (subject or "").strip()
    for kind in kinds:
        words = kind.replace("-", " ").strip()
        if not words:
            continue
        found = re.match(re.escape(words).replace(r"\ ", r"[\s\-]+") + _AFTER_KIND, text, re.I)
        if found and (found.end() == len(text) or found.end() > len(words)):
            return text[found.end() :]
    return text
