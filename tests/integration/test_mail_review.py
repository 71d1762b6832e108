"""Unsure mail waits for review with its two best labels; unrelated mail never becomes a proposal."""

from __future__ import annotations

from datetime import datetime

from tests.integration.test_mail_service import CST, mail, mctx  # noqa: F401  # the fixture
from unghost.domain.records import Status
from unghost.services.applications import get_application
from unghost.services.mail import import_mail_files
from unghost.services.review import decide, list_proposals

UNSURE = mail("Li Wei <li.wei@acme.example>", "Re: Thank you",
              "We received your documents. Could you also send your references?",
              datetime(2026, 10, 5, 9, tzinfo=CST), "<unsure-1@acme.example>",
              In_Reply_To="<thanks-1@example.com>")  # fmt: skip
ACME_NEWS = mail("Acme <news@acme.example>", "Acme monthly: we're hiring!",
                 "We're hiring! Explore 40 open roles, read our interview tips and refer a friend.",
                 datetime(2026, 10, 6, 9, tzinfo=CST), "<news-7@acme.example>",
                 List_Unsubscribe="<https://acme.example/unsubscribe>", Precedence="bulk")  # fmt: skip


def test_an_unsure_message_is_kept_for_review_and_changes_no_stage(mctx, tmp_path):  # noqa: F811
    path = tmp_path / "unsure.eml"
    path.write_bytes(UNSURE)
    report = import_mail_files(mctx, [path])
    assert report.stored == 1 and report.proposals == 1
    (proposal,) = list_proposals(mctx)
    assert proposal.kind == "review" and proposal.status is None
    assert "acknowledgement" in proposal.summary and "info-request" in proposal.summary
    app = get_application(mctx, "acme-analyst")
    assert not any(m.message_id == "<unsure-1@acme.example>" for m in app.messages)
    decide(mctx, proposal.id, accept=True)
    app = get_application(mctx, "acme-analyst")
    assert app.status is Status.INTERVIEWING  # accepted: recorded, the stage unchanged
    assert any(m.message_id == "<unsure-1@acme.example>" for m in app.messages)


def test_the_companys_newsletter_is_unrelated_and_proposes_nothing(mctx, tmp_path):  # noqa: F811
    path = tmp_path / "news.eml"
    path.write_bytes(ACME_NEWS)
    report = import_mail_files(mctx, [path])
    assert report.stored == 1 and report.matched == 1 and report.proposals == 0
    assert list_proposals(mctx) == []
