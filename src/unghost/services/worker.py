"""Moved to `unghost.worker`; this name stays for the callers that import it from here."""

from unghost.worker.passes import (  # noqa: F401  # the old import path
    POSTING_CHECK_EVERY,
    WorkerPass,
    feed_path,
    run_pass,
)
