"""Background work, one pass per owner: in-process on the laptop, queue tasks on the server."""

from unghost.worker.passes import (
    JOBS,
    POSTING_CHECK_EVERY,
    WorkerPass,
    feed_path,
    run_job,
    run_pass,
)

__all__ = ["JOBS", "POSTING_CHECK_EVERY", "WorkerPass", "feed_path", "run_job", "run_pass"]
