"""What the sender-race tests share: the context flags, the import, and the two counts they
compare (messages the SMTP server received, history entries the application holds)."""

from __future__ import annotations

import json
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from unghost.bootstrap import Context, build_context
from unghost.services.applications import get_application
from unghost.services.transfer import import_file


def sender_flags(db_url: str, port: int, today: str) -> dict[str, str]:
    return {"db": db_url, "today": today, "from": "Jane Doe <jane@example.com>",
            "smtp_url": f"smtp+plain://127.0.0.1:{port}"}  # fmt: skip


def import_doc(db_url: str, tmp_path: Path, doc: dict[str, Any], today: str) -> None:
    path = tmp_path / "apps.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    ctx = build_context({"db": db_url, "today": today})
    import_file(ctx, path)
    ctx.close()


def delivered(server: Any) -> Counter[str]:
    """Message-IDs the server received, with how often."""
    return Counter(
        str(message_from_bytes(r.data, policy=policy.default)["Message-ID"])
        for r in server.received
    )


def history(ctx: Context, ref: str) -> Counter[str | None]:
    """Message-IDs on the application's record, with how often."""
    return Counter(m.message_id for m in get_application(ctx, ref).messages)
