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


def _scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    if not _secrets:
        return record
    try:
        record.msg = redact(record.getMessage())
        record.args = None
    except (TypeError, ValueError):  # a malformed call: the handler will report it
        return record
    if record.exc_info and not record.exc_text:
        record.exc_text = logging.Formatter().formatException(record.exc_info)
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    return record


class RedactingFilter(logging.Filter):
    """A log filter that removes known secrets from the message and the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        _scrub_record(record)
        return True


_installed = False


def install_log_redaction() -> None:
    """Every log record of this process, whichever logger and handler, is scrubbed as it is
    made (its traceback too), so no handler configured later can write a token out."""
    global _installed
    with _lock:
        if _installed:
            return
        _installed = True
    make = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        return _scrub_record(make(*args, **kwargs))

    logging.setLogRecordFactory(factory)
