"""Loads the drafting and outbox data files into typed, frozen tables."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from unghost.domain.outbox import LeasePolicy, RetryPolicy, SendPolicy


@dataclass(frozen=True, slots=True)
class RenderLimits:
    template_chars: int
    output_chars: int
    subject_chars: int
    render_steps: int
    render_seconds: float
    int_bits: int


@dataclass(frozen=True, slots=True)
class DateWords:
    weekdays: tuple[str, ...]
    months: tuple[str, ...]
    this_year: str
    other_year: str


@dataclass(frozen=True, slots=True)
class KindRule:
    message_kind: str
    recipients: tuple[str, ...]
    thread: bool
    needs_interview: bool


@dataclass(frozen=True, slots=True)
class DraftingTables:
    limits: RenderLimits
    note_chars: int
    languages: tuple[str, ...]
    aliases: Mapping[str, str]
    content_language: Mapping[str, str]
    dates: Mapping[str, DateWords]
    stages: Mapping[str, Mapping[str, str]]
    lead_words: Mapping[str, tuple[str, ...]]
    lowercase_first: Mapping[str, frozenset[str]]
    kinds: Mapping[str, KindRule]
    roles: Mapping[str, tuple[str, ...]]
    reply_prefix: str
    reply_prefixes: tuple[str, ...]
    corrections: Mapping[str, Mapping[str, str]]
    samples: Mapping[str, Mapping[str, Any]]

    def kind_rule(self, kind: str) -> KindRule:
        return self.kinds.get(kind) or self.kinds["default"]

    @property
    def builtin_kinds(self) -> tuple[str, ...]:
        return tuple(k for k in self.kinds if k != "default")


def _value(item: Any) -> Any:
    return item["value"] if isinstance(item, Mapping) and "value" in item else item


def _read(name: str) -> dict[str, Any]:
    text = resources.files("unghost.data").joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def load_drafting_tables() -> DraftingTables:
    """The shipped drafting.toml, read once."""
    data = _read("drafting")
    limits = {k: _value(v) for k, v in data["limits"].items()}
    languages = data["languages"]
    return DraftingTables(
        limits=RenderLimits(
            template_chars=int(limits["template_chars"]),
            output_chars=int(limits["output_chars"]),
            subject_chars=int(limits["subject_chars"]),
            render_steps=int(limits["render_steps"]),
            render_seconds=float(limits["render_seconds"]),
            int_bits=int(limits["int_bits"]),
        ),
        note_chars=int(limits["note_chars"]),
        languages=tuple(languages["known"]),
        aliases=dict(languages["aliases"]),
        content_language=dict(languages["content_language"]),
        dates={
            lang: DateWords(
                tuple(t["weekdays"]), tuple(t["months"]), t["this_year"], t["other_year"]
            )
            for lang, t in data["dates"].items()
        },
        stages={lang: dict(t) for lang, t in data["stages"].items()},
        lead_words={lang: tuple(words) for lang, words in data["notes"]["lead_words"].items()},
        lowercase_first={
            lang: frozenset(words) for lang, words in data["notes"]["lowercase_first"].items()
        },
        kinds={
            kind: KindRule(
                str(t["message_kind"]),
                tuple(t["recipients"]),
                bool(t["thread"]),
                bool(t["needs_interview"]),
            )
            for kind, t in data["kinds"].items()
        },
        roles={group: tuple(words) for group, words in data["roles"].items()},
        reply_prefix=data["reply"]["prefix"],
        reply_prefixes=tuple(data["reply"]["known_prefixes"]),
        corrections={lang: dict(t) for lang, t in data["corrections"].items()},
        samples={lang: dict(t) for lang, t in data["sample"].items()},
    )


@cache
def load_send_policy() -> SendPolicy:
    """The shipped outbox.toml: when the worker sends a scheduled message."""
    send = _read("outbox")["send"]
    return SendPolicy(
        lookahead_days=int(_value(send["lookahead_days"])),
        stale_after_business_days=int(_value(send["stale_after_business_days"])),
    )


@cache
def load_retry_policy() -> RetryPolicy:
    """The shipped outbox.toml: how a retryable failure of a scheduled send is tried again."""
    retry = _read("outbox")["retry"]
    return RetryPolicy(
        max_attempts=int(_value(retry["max_attempts"])),
        backoff_minutes=tuple(int(m) for m in _value(retry["backoff_minutes"])),
    )


@cache
def load_lease_policy() -> LeasePolicy:
    """The shipped outbox.toml: how a sender proves it is alive."""
    lease = _read("outbox")["lease"]
    return LeasePolicy(
        heartbeat_s=float(_value(lease["heartbeat_s"])),
        stale_after_s=float(_value(lease["stale_after_s"])),
    )
