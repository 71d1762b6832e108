"""Pages render in both languages, forms validate next to fields, moves and uploads work."""

from __future__ import annotations

import io
import re

from fastapi.testclient import TestClient

from tests.api.conftest import csrf_of
from unghost.web.i18n import catalogue, choose_language
from unghost.web.mailview import sanitize_mail_html

PAGES = ("/today", "/board", "/insights", "/settings", "/check", "/outbox", "/transfer",
         "/applications/new", "/compose", "/mail", "/templates", "/templates/zh/follow-up")  # fmt: skip


def _demo(page: TestClient) -> str:
    token = csrf_of(page.get("/today").text)
    assert page.post("/demo", data={"csrf_token": token}).status_code == 200
    return token


def test_first_start_offers_demo_and_import(page: TestClient) -> None:
    html = page.get("/today").text
    assert 'action="/demo"' in html and 'href="/transfer"' in html


def test_every_page_renders_in_both_languages(page: TestClient) -> None:
    _demo(page)
    for lang, word in (("en", "Board"), ("zh", "看板")):
        page.cookies.set("unghost_lang", lang)
        for path in PAGES:
            r = page.get(path)
            assert r.status_code == 200, path
            assert word in r.text and f'lang="{"zh-Hans" if lang == "zh" else "en"}"' in r.text


def test_application_page_shows_diagnosis_chart_and_safe_mail(page: TestClient) -> None:
    _demo(page)
    html = page.get("/applications/umbrella-health-data-analyst").text
    # Two lists: why a coming answer is late (6 reasons and the "told later" share of 2), and
    # why no answer may come (3); the page says what the bars mean.
    assert (
        'data-testid="reasons-if_answer"' in html and 'data-testid="reasons-if_no_answer"' in html
    )
    assert 'data-testid="bars-explained"' in html
    assert 'data-testid="curve"' in html
    page2 = page.get("/applications/infosys-business-analyst").text
    assert "<script>alert" not in page2  # the rejection carries a script; it is removed
    ack = page.get("/applications/ping-an-technology-risk-analyst").text
    assert "tracker.example" not in ack  # the remote image (a tracking pixel) is removed


def test_board_move_with_and_without_htmx(page: TestClient) -> None:
    token = _demo(page)
    r = page.post("/board/move", data={"csrf_token": token, "ref": "globex-software-engineer",
                                       "status": "offer"}, headers={"HX-Request": "true"})  # fmt: skip
    assert r.status_code == 200 and r.text.startswith('<div id="board"')
    offer = re.search(r'data-status="offer".*?</section>', r.text, re.S)
    assert offer and "globex-software-engineer" in offer.group(0)
    r = page.post("/board/move", data={"csrf_token": token, "ref": "globex-software-engineer",
                                       "status": "rejected"}, follow_redirects=False)  # fmt: skip
    assert r.status_code == 303 and r.headers["location"] == "/board"
    bad = page.post("/board/move", data={"csrf_token": token, "ref": "x", "status": "lost"})
    assert bad.status_code == 400 and "lost" in bad.text


def test_add_form_shows_errors_next_to_fields(page: TestClient) -> None:
    token = csrf_of(page.get("/applications/new").text)
    r = page.post("/applications", data={"csrf_token": token, "company": "", "title": "Analyst",
                                         "applied_on": "someday", "country": "China",
                                         "email": "me-at-home"})  # fmt: skip
    assert r.status_code == 422
    for name in ("company", "applied_on", "country", "email"):
        assert f'data-testid="error-{name}"' in r.text
    assert 'value="Analyst"' in r.text  # what the user typed is kept
    ok = page.post("/applications", data={"csrf_token": token, "company": "Acme",
                                          "title": "Analyst", "applied_on": "2026-10-01",
                                          "country": "de", "industry": "energy"},
                   follow_redirects=False)  # fmt: skip
    assert ok.status_code == 303 and ok.headers["location"] == "/applications/acme-analyst"
    edit = page.get("/applications/acme-analyst/edit").text
    assert 'value="DE"' in edit and 'value="energy"' in edit


def test_check_page_upload(page: TestClient) -> None:
    token = csrf_of(page.get("/check").text)
    files = {"resume": ("cv.txt", io.BytesIO(b"Li Wei\nli.wei@qq.con\n+86 138 0013 8000\n"))}
    r = page.post("/check", data={"csrf_token": token, "region": "CN"}, files=files)
    assert r.status_code == 200 and 'data-testid="check-result"' in r.text
    assert "email-typo" in r.text
    # each document says what it holds, in words (once these were blank ":" lines)
    assert 'data-testid="found-resume"' in r.text and "Email typo" in r.text
    assert "+8613800138000" in r.text


def test_check_page_in_chinese_shows_chinese_findings(page: TestClient) -> None:
    page.cookies.set("unghost_lang", "zh")
    token = csrf_of(page.get("/check").text)
    files = {"resume": ("cv.txt", io.BytesIO(b"Li Wei\nli.wei@qq.con\n+86 138 0013 8000\n"))}
    r = page.post("/check", data={"csrf_token": token, "region": "CN"}, files=files)
    assert r.status_code == 200 and "email-typo" in r.text
    findings = re.search(r'<ul class="findings">(.*?)</ul>', r.text, re.S)
    assert findings and "拼写错误" in findings.group(1) and "修改建议" in findings.group(1)
    assert "looks like a typo" not in r.text


def test_application_page_shows_the_last_check_in_the_page_language(page: TestClient) -> None:
    token = csrf_of(page.get("/applications/new").text)
    ok = page.post("/applications", data={"csrf_token": token, "company": "Acme",
                                          "title": "Analyst", "applied_on": "2026-10-01",
                                          "email": "me@gmial.com"},
                   follow_redirects=False)  # fmt: skip
    ref = ok.headers["location"].rsplit("/", 1)[-1]
    assert page.post(f"/applications/{ref}/check", data={"csrf_token": token}).status_code < 400
    shown = page.get(f"/applications/{ref}").text
    english = re.search(r'<ul class="findings">(.*?)</ul>', shown, re.S)
    page.cookies.set("unghost_lang", "zh")
    html = page.get(f"/applications/{ref}").text
    chinese = re.search(r'<ul class="findings">(.*?)</ul>', html, re.S)
    assert english and chinese and "email-typo" in chinese.group(1)
    assert "拼写错误" in chinese.group(1) and "typo" in english.group(1)
    assert re.findall(r'class="tag">([^<]+)<', english.group(1)) == re.findall(
        r'class="tag">([^<]+)<', chinese.group(1)
    )
    assert all(re.search(r"[\u4e00-\u9fff]", li) for li in chinese.group(1).split("</li>")[:-1])


def test_unknown_application_page_is_404(page: TestClient) -> None:
    r = page.get("/applications/nope")
    assert r.status_code == 404 and "nope" in r.text


def test_catalogues_have_the_same_keys() -> None:
    # `one.*` are English singulars ("1 day"); Chinese has no plural and needs none
    english = {k for k in catalogue("en") if not k.startswith("one.")}
    assert english == set(catalogue("zh"))
    assert all(
        k.removeprefix("one.") in catalogue("en") for k in catalogue("en") if k.startswith("one.")
    )


def test_language_choice() -> None:
    assert choose_language(None, "zh-CN,zh;q=0.9,en;q=0.8", "en") == "zh"
    assert choose_language("en", "zh-CN", "zh") == "en"
    assert choose_language(None, "fr-FR, en;q=0.5", "zh") == "en"
    assert choose_language(None, None, "zh") == "zh"


def test_sanitizer_blocks_remote_images_and_scripts() -> None:
    html = ('<p onclick="x()">Hi<img src="https://t.example/p.gif"><script>1</script>'
            '<a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA"></p>')  # fmt: skip
    clean = sanitize_mail_html(html)
    assert "t.example" not in clean and "script" not in clean and "onclick" not in clean
    assert "javascript:" not in clean and "data:image/png" in clean


def test_application_page_and_agenda_in_chinese_show_chinese_evidence(page: TestClient) -> None:
    _demo(page)
    english = page.get("/applications/umbrella-health-data-analyst").text
    page.cookies.set("unghost_lang", "zh")
    html = page.get("/applications/umbrella-health-data-analyst").text
    evidence = re.findall(r'<ul class="evidence">(.*?)</ul>', html, re.S)
    assert evidence and any(re.search(r"<li>[^<]*[\u4e00-\u9fff]", block) for block in evidence)
    assert "business days" not in html and "business days" in english
    assert re.search(r'<p class="advice">→ [\u4e00-\u9fff]', html)
    today = page.get("/today").text
    assert "business day" not in today
