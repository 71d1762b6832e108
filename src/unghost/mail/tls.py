"""The TLS context mail connections verify servers with: made once per CA file, then shared.

Loading the system's CA certificates costs tens of milliseconds of CPU, more than a whole
IMAP sync of a few messages; the server's workers open a mailbox per job, so they reuse one
context (an SSLContext is safe to share between connections and threads). A CA file that
changes on disk gets a new context."""

from __future__ import annotations

import ssl
from functools import lru_cache
from pathlib import Path


def tls_context(cafile: str | None = None) -> ssl.SSLContext:
    """The default verifying context, with `cafile` as the trusted CAs when given. It is
    shared: a caller that needs other settings makes a context of its own."""
    if cafile is None:
        return _context(None, 0)
    try:
        stamp = Path(cafile).stat().st_mtime_ns
    except OSError:
        stamp = 0  # ssl says what is wrong with the file
    return _context(cafile, stamp)


@lru_cache(maxsize=16)
def _context(cafile: str | None, _stamp: int) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)
