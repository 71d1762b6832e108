"""Small things seen on the pages and in the API answers (branch i15's polish)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unghost.web.app import create_app
from unghost.web.recordview import subject_after_kind

REF = "acme-backend-engineer"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    from unghost.bootstrap import build_context
    from unghost.domain.records import Direction, Message, MessageKind
    from unghost.services.applications import add_application, new_application
    from unghost.services.records import record_message

    path = tmp_path / "u.db"
    ctx = build_context({"db": str(path), "today": "2026-10-20"})
    add_application(ctx, new_application("Acme", "Backend Engineer", ref=REF))
    at = datetime(2026, 10, 9, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    record_message(ctx, REF, Message(at=at, direction=Direction.RECEIVED, kind=MessageKind.OFFER,
                                     subject="Offer — Backend Engineer"))  # fmt: skip
    ctx.close()
    return path


@pytest.fixture
def page(db: Path, tmp_path: Path) -> TestClient:
    app = create_app({"db": str(db), "token_dir": str(tmp_path / "cfg"), "today": "2026-10-20"})
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.mark.parametrize(
    ("subject", "kinds", "shown"),
    [
        ("Offer — Backend Engineer", ("Offer", "offer"), "Backend Engineer"),
        ("offer: Backend Engineer", ("Offer", "offer"), "Backend Engineer"),
        ("Offer", ("Offer", "offer"), ""),
        ("Offering you the role", ("Offer", "offer"), "Offering you the role"),
        ("Re: Offer", ("Offer", "offer"), "Re: Offer"),
        ("Interview invite - onsite", ("Interview invitation", "interview-invite"), "onsite"),
        ("录用通知：后端工程师", ("录用通知", "offer"), "后端工程师"),
        (None, ("Offer", "offer"), ""),
    ],
)
def test_a_subject_never_repeats_the_kind_the_line_shows(subject, kinds, shown):
    assert subject_after_kind(subject, *kinds) == shown


def test_the_timeline_line_names_the_kind_once(page: TestClient) -> None:
    html = page.get(f"/applications/{REF}").text
    timeline = html[html.index('class="timeline"') :]
    timeline = timeline[: timeline.index("</ol>")]
    (line,) = [li for li in timeline.split("<li>") if "Received" in li]
    assert "Offer — Backend Engineer" in line and line.count("Offer") == 1


def test_a_document_check_names_the_uploaded_files_never_a_server_path(page, tmp_path):
    import io
    import json
    import tempfile

    api = page
    api.headers["Authorization"] = f"Bearer {api.app.state.web.api_token}"
    resume = b"Li Wei\nli.wei@example.com\n+86 138 0013 8000\n"
    broken = b"%PDF-1.7 not really a PDF"
    r = api.post("/api/v1/documents/check", data={"region": "CN"}, files={
        "resume": ("C:\\Users\\li\\My CV.txt", io.BytesIO(resume)),
        "cover_letter": ("letter.pdf", io.BytesIO(broken)),
    })  # fmt: skip
    assert r.status_code == 200, r.text
    documents = r.json()["check"]["documents"]
    assert {d["path"] for d in documents.values()} == {"My CV.txt", "letter.pdf"}
    text = json.dumps(r.json(), ensure_ascii=False)
    assert tempfile.gettempdir() not in text and "unghost-upload-" not in text


def test_the_archive_switch_sits_with_the_pages_other_actions(page: TestClient) -> None:
    html = page.get(f"/applications/{REF}").text
    head = html[html.index('<div class="page-head">') : html.index('<div class="grid two">')]
    actions = head[head.index('<div class="actions">') :]
    assert 'data-testid="archive"' in actions and "/edit" in actions
    manage = html[html.index('data-testid="manage"') :]
    assert 'data-testid="archive"' not in manage[: manage.index("</section>")]


def test_service_errors_come_in_chinese_on_pages_and_with_lang_zh(page: TestClient) -> None:
    page.headers["Authorization"] = f"Bearer {page.app.state.web.api_token}"
    english = page.get("/api/v1/applications/nope").json()
    chinese = page.get("/api/v1/applications/nope", params={"lang": "zh"}).json()
    assert english["error"] == "no application 'nope'"
    assert chinese["error"] == "没有申请“nope”" and chinese["errors"] == [chinese["error"]]
    assert chinese["status"] == 404 and chinese["ok"] is False


def test_every_service_sentence_pattern_reads_its_sentence():
    from unghost.store.errors import BUSY_HINT, BUSY_MESSAGE, CHANGED_HINT, CHANGED_MESSAGE
    from unghost.web.i18n import translate_error, translate_proposal

    for english in (BUSY_MESSAGE, BUSY_HINT, CHANGED_MESSAGE, CHANGED_HINT,
                    f"acme: {CHANGED_MESSAGE}", "acme has no contact number 3",
                    "interview 0 of acme changed since the page was shown",
                    "email: li@acme.example is already one of the contacts"):  # fmt: skip
        chinese = translate_error("zh", english)
        words = chinese.replace("li@acme.example", "").replace("acme", "").replace("unghost", "")
        assert not any("a" <= c.lower() <= "z" for c in words), chinese  # no English left
        assert translate_error("en", english) == english
    assert translate_error("zh", "acme has no contact number 3") == "acme 没有第 3 条联系人"
    summary = "rejection from hr@acme.example: Your application — set acme to rejected?"
    assert translate_proposal("zh", summary) == (
        "来自 hr@acme.example 的 rejection：Your application — 将 acme 设为 rejected？"
    )
    unsure = "unsure: offer (55%) or rejection (30%) from Acme: Update — record it for acme?"
    assert translate_proposal("zh", unsure).startswith("不确定：来自 Acme 的 offer (55%)")
    assert translate_proposal("zh", "something else") == "something else"
