"""Follow-up benchmarks: drafting in the guarded sandbox, composing, sending over loopback SMTP."""

from __future__ import annotations

import smtplib
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, StrictUndefined

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.outboxfixtures.apps import TODAY, make_application, make_sender  # noqa: E402

from unghost.drafting.context import build_context, choose_recipient, find_interview  # noqa: E402
from unghost.drafting.draft import make_draft  # noqa: E402
from unghost.drafting.templates import Templates, split_template  # noqa: E402
from unghost.errors import InvalidInputError  # noqa: E402
from unghost.mail.accounts import parse_smtp_url  # noqa: E402
from unghost.mail.compose import compose_message, make_message_id, message_bytes  # noqa: E402
from unghost.mail.smtp import send_message  # noqa: E402

REPEAT = 5
KINDS = ("thank-you", "follow-up", "check-in", "close-the-loop")
NOW = datetime(2026, 10, 14, 9, tzinfo=UTC)


def _median_per_item(work: Callable[[], int]) -> float:
    """Median over REPEAT runs of the time per item, in milliseconds."""
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        items = work()
        times.append((time.perf_counter() - start) / items)
    return statistics.median(times) * 1000


def _row(
    name: str, value: float, unit: str, baseline: str, base: float | None, goal: str, note: str
) -> dict:
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "ratio": value / base if base else None,
        "goal": goal,
        "note": note,
    }


def _drafting_rows() -> list[dict]:
    apps = [make_application(seed) for seed in range(200)]
    templates = Templates()
    plain = Environment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    jobs = []
    for n, app in enumerate(apps):
        kind, lang = KINDS[n % len(KINDS)], ("en", "zh")[n % 2]
        recipient = choose_recipient(app, kind, find_interview(app, TODAY), templates.tables)
        context = build_context(
            app, kind, lang, make_sender(lang), recipient, TODAY, templates.tables
        )
        subject, body = split_template(templates.get_source(kind, lang).text)
        jobs.append((app, kind, lang, context, plain.from_string(subject), plain.from_string(body)))

    def unguarded() -> int:
        for _, _, _, context, subject, body in jobs:
            subject.render(context)
            body.render(context)
        return len(jobs)

    def guarded() -> int:
        for _, kind, lang, context, _, _ in jobs:
            templates.render_template(kind, lang, context)
        return len(jobs)

    def drafts() -> int:
        for app, kind, lang, _, _, _ in jobs:
            make_draft(app, kind, lang, make_sender(lang), TODAY, templates)
        return len(jobs)

    base = _median_per_item(unguarded)
    render = _median_per_item(guarded)
    draft = _median_per_item(drafts)

    bomb_text = "Subject: x\n\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}\n"
    bomb = Templates(None)

    def contain() -> int:
        source = bomb.get_source("thank-you", "en").__class__("x", "en", "user", "", bomb_text)
        try:
            bomb.render_source(source, jobs[0][3])
        except InvalidInputError:
            return 1
        raise AssertionError("the bomb was not contained")

    def refuse(text: str) -> Callable[[], int]:
        def run() -> int:
            source = bomb.get_source("thank-you", "en").__class__("x", "en", "user", "", text)
            try:
                bomb.render_source(source, jobs[0][3])
            except InvalidInputError:
                return 1
            raise AssertionError("the bomb was not contained")

        return run

    slow_filter = (
        "Subject: x\n\n{% set L = range(3000)|list %}"
        + '{{ range(100000)|select("in", L)|list|length }}' * 5
    )
    started = time.perf_counter()
    refuse(slow_filter)()
    slow_ms = (time.perf_counter() - started) * 1000
    piling = 'Subject: x\n\n{{ range(100000)|map("string")|map("center", 29990)|list|length }}'
    return [
        _row(
            "render a built-in template, plain Jinja2 (no sandbox)",
            base,
            "ms/message",
            "",
            None,
            "",
            "baseline: 200 applications, 4 kinds, en+zh",
        ),
        _row(
            "render a built-in template in the guarded sandbox",
            render,
            "ms/message",
            "render a built-in template, plain Jinja2 (no sandbox)",
            base,
            "< 5 ms",
            "sandbox + size guards + step counter + deadline inside filters",
        ),
        _row(
            "the bound's cost on a normal render (guarded minus plain)",
            render - base,
            "ms/message",
            "",
            None,
            "<= 5 ms",
            "issue 16: deadline checked in filters, lazy filters' output bounded",
        ),
        _row(
            "make_draft (recipient, context, render, thread)",
            draft,
            "ms/message",
            "render a built-in template, plain Jinja2 (no sandbox)",
            base,
            "< 10 ms",
            "what `unghost draft` costs besides start-up",
        ),
        _row(
            "stop a 10^10-step template loop",
            _median_per_item(contain),
            "ms",
            "",
            None,
            "< 2000 ms (render_seconds)",
            "step budget 200 000 template lines",
        ),
        _row(
            "stop a filter that loops 28 s (select 'in' over a range)",
            slow_ms,
            "ms",
            "",
            None,
            "< 2100 ms (render_seconds)",
            "deadline read every 32 lines inside filters and tests; one run",
        ),
        _row(
            "refuse a filter chain that would build 3 GB (map center, then list)",
            _median_per_item(refuse(piling)),
            "ms",
            "",
            None,
            "< 100 ms",
            "a lazy filter's items are counted as they are consumed",
        ),
    ]


def _compose_rows() -> list[dict]:
    templates = Templates()
    entries = []
    for seed in range(200):
        lang = ("en", "zh")[seed % 2]
        draft = make_draft(
            make_application(seed), "follow-up", lang, make_sender(lang), TODAY, templates
        )
        entry = draft.to_entry(created_at=NOW)
        entry.message_id = make_message_id("me@example.com")
        entries.append(entry)

    def bare() -> int:
        for e in entries:
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = "me@example.com", e.to, e.subject
            msg.set_content(e.body)
            msg.as_bytes()
        return len(entries)

    def checked() -> int:
        for e in entries:
            message_bytes(compose_message(e, sender="Me <me@example.com>", date=NOW))
        return len(entries)

    base = _median_per_item(bare)
    value = _median_per_item(checked)
    return [
        _row(
            "bare EmailMessage (3 headers, text only)", base, "ms/message", "", None, "", "baseline"
        ),
        _row(
            "compose_message + bytes (checked headers, text+HTML)",
            value,
            "ms/message",
            "bare EmailMessage (3 headers, text only)",
            base,
            "< 5 ms",
            "RFC 2047, Message-ID, threading headers",
        ),
    ]


def _smtp_rows() -> list[dict]:
    try:
        from tests.outboxfixtures.smtpserver import smtp_server
    except ImportError:  # aiosmtpd is a test dependency
        return []
    templates = Templates()
    draft = make_draft(make_application(1), "follow-up", "zh", make_sender("zh"), TODAY, templates)
    entry = draft.to_entry(created_at=NOW)
    entry.message_id = make_message_id("me@example.com")
    msg = compose_message(entry, sender="Me <me@example.com>", date=NOW)
    count = 30
    with smtp_server() as server:
        account = parse_smtp_url(f"smtp+plain://127.0.0.1:{server.port}")

        def raw() -> int:
            for _ in range(count):
                with smtplib.SMTP(
                    "127.0.0.1", server.port, local_hostname="[127.0.0.1]", timeout=30
                ) as client:
                    client.send_message(msg)
            return count

        def ours() -> int:
            for _ in range(count):
                assert send_message(msg, account).outcome.value == "sent"
            return count

        base = _median_per_item(raw)
        value = _median_per_item(ours)
    return [
        _row(
            "smtplib send, one connection per message (loopback aiosmtpd)",
            base,
            "ms/message",
            "",
            None,
            "",
            "baseline",
        ),
        _row(
            "send_message with outcome tracking (loopback aiosmtpd)",
            value,
            "ms/message",
            "smtplib send, one connection per message (loopback aiosmtpd)",
            base,
            "ratio < 1.5",
            "sent/failed/unknown classification, secret scrubbing",
        ),
    ]


def run(workdir: Path) -> list[dict]:
    return _drafting_rows() + _compose_rows() + _smtp_rows()


if __name__ == "__main__":
    for row in run(Path(".")):
        print(row)
