"""Secrets this process has seen (passwords, OAuth tokens), kept out of logs and messages."""

from __future__ import annotations

import base64
import logging
import threading

_MIN_LENGTH = 6  # shorter values would blank ordinary words
_lock = threading.Lock()
_secrets: set[str] = set()


def remember_secret(value: str | None) -> None:
    """From now on `redact` replaces `value`, and its base64 forms, with ***."""
    if not value or len(value) < _MIN_LENGTH:
        return
    with _lock:
        _secrets.add(value)
        _secrets.add(base64.b64encode(value.encode()).decode())


def redact(text: str) -> str:
    if not _secrets or not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, "***")
    return text


class RedactingFilter(logging.Filter):
    """A log filter that removes known secrets from the message and the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        record.exc_info = None if record.exc_text else record.exc_info
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> None:
    """Put the filter on every handler of `logger` (the root logger by default), once."""
    target = logger or logging.getLogger()
    for handler in [*target.handlers, *(h for h in logging.getLogger().handlers)]:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    if not any(isinstance(f, RedactingFilter) for f in target.filters):
        target.addFilter(RedactingFilter())
