"""Mail written in batches (services/mailstore.py) keeps the stored read model right: after an
import of an out-of-office, a rejection and a proposal accepted, what the store calls current
equals a full recomputation, and the reads equal the full path."""

from __future__ import annotations

from tests.integration.test_mail_service import OOO, REJECT, mctx  # noqa: F401
from tests.integration.test_readmodel import (
    _check_current_rows_are_right,
    _check_reads_equal_full_path,
)
from unghost.services.mail import import_mail_files
from unghost.services.review import decide, list_proposals


def test_mail_import_keeps_the_read_model_current(mctx, tmp_path):  # noqa: F811
    from unghost.services.readmodel import ensure_current

    ensure_current(mctx)
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "ooo.eml").write_bytes(OOO)
    (folder / "reject.eml").write_bytes(REJECT)
    report = import_mail_files(mctx, sorted(folder.iterdir()))
    assert report.stored == 2 and report.matched == 2
    _check_current_rows_are_right(mctx)
    _check_reads_equal_full_path(mctx)
    (proposal,) = list_proposals(mctx)
    assert proposal.status == "rejected"
    decide(mctx, proposal.id, accept=True)  # the stage moves: the application is closed
    _check_current_rows_are_right(mctx)
    _check_reads_equal_full_path(mctx)
