"""Settings, templates, postings and mail in headless Chromium, with screenshots to look at."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from tests.browser.test_browser import load_demo, shot
from unghost.settings import config_dir


def test_settings_validate_then_save(page: Any, tmp_path: Path) -> None:
    page.goto(page.base + "/settings")
    page.fill("#s-country", "1x")
    page.fill("#s-timezone", "Europe/Nowhere")
    page.fill("#s-smtp_url", "smtps://alex:hunter2@smtp.example.com")
    page.get_by_test_id("save-settings").click()
    page.get_by_test_id("error-country").wait_for()
    page.console_errors.clear()  # the 422 of the refused form is logged by the browser
    assert page.get_by_test_id("error-timezone").is_visible()
    assert "hunter2" not in page.content()
    shot(page, tmp_path, "settings-errors")
    page.fill("#s-country", "de")
    page.fill("#s-timezone", "Europe/Berlin")
    page.fill("#s-smtp_url", "smtps://alex@example.com@smtp.example.com")
    page.select_option("#s-lang", "zh")
    page.get_by_test_id("save-settings").click()
    page.get_by_test_id("settings-saved").wait_for()
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    saved = tomllib.loads((config_dir() / "config.toml").read_text(encoding="utf-8"))
    assert saved["country"] == "DE" and saved["lang"] == "zh"
    shot(page, tmp_path, "settings-saved-zh")
    assert not page.console_errors


def test_edit_a_template_with_preview(page: Any, tmp_path: Path) -> None:
    page.goto(page.base + "/templates")
    shot(page, tmp_path, "templates")
    page.click("a[href='/templates/en/thank-you']")
    page.wait_for_url("**/templates/en/thank-you")
    page.fill("#t-text", "Subject: Thanks {{ undefined_thing.x }}\n\nHi")
    page.get_by_test_id("save-template").click()
    page.get_by_test_id("error-text").wait_for()
    page.console_errors.clear()
    page.fill("#t-text", "Subject: Thank you for today\n\nThank you for your time.\n")
    page.get_by_test_id("preview-template").click()
    page.wait_for_load_state()
    assert "Thank you for your time." in page.get_by_test_id("template-preview").inner_text()
    page.get_by_test_id("save-template").click()
    page.get_by_test_id("template-saved").wait_for()
    assert (config_dir() / "templates" / "en" / "thank-you.j2").is_file()
    shot(page, tmp_path, "template-edit")
    assert not page.console_errors


def test_attach_a_posting(page: Any, tmp_path: Path) -> None:
    load_demo(page)
    page.goto(page.base + "/applications/globex-software-engineer")
    page.fill("#posting-url", "http://127.0.0.1:9/jobs/1")  # loopback: refused, recorded
    page.get_by_test_id("attach-posting").click()
    page.get_by_test_id("posting-history").wait_for()
    page.get_by_test_id("recheck-posting").click()
    page.wait_for_load_state()
    # the same look within the minute (same state, same content) is stored once, not twice
    page.get_by_test_id("posting-history").wait_for()
    assert page.get_by_test_id("posting-history").locator("li").count() == 1
    page.locator("#postings").scroll_into_view_if_needed()
    shot(page, tmp_path, "application-postings")
    assert not page.console_errors


def _mail() -> bytes:
    m = EmailMessage()
    m["From"], m["To"] = "Zorgfield Talent <talent@zorgfield.example>", "alex@example.com"
    m["Subject"], m["Message-ID"] = "Interview invitation: Analyst", "<inv-1@zorgfield.example>"
    m["Date"] = format_datetime(datetime(2026, 10, 15, 10, tzinfo=timezone(timedelta(hours=8))))
    m.set_content("Dear Alex,\n\nWe would like to invite you to an interview for the Analyst "
                  "role. Please let us know your availability next week.\n\nBest regards,\n"
                  "Zorgfield Talent")  # fmt: skip
    return bytes(m)


def test_import_mail_and_attach_unmatched(page: Any, tmp_path: Path) -> None:
    load_demo(page)
    eml = tmp_path / "invite.eml"
    eml.write_bytes(_mail())
    page.goto(page.base + "/mail")
    page.set_input_files("#m-files", str(eml))
    page.get_by_test_id("import-mail").click()
    page.get_by_test_id("mail-report").wait_for()
    assert page.get_by_test_id("r-stored").inner_text() == "1"
    unmatched = page.get_by_test_id("unmatched")
    assert "Interview invitation" in unmatched.inner_text()
    shot(page, tmp_path, "mail-import")
    unmatched.locator("select").first.select_option("globex-software-engineer")
    unmatched.locator("button").first.click()
    page.get_by_test_id("mail-attached").wait_for()
    assert page.get_by_test_id("no-unmatched").is_visible()
    assert not page.console_errors
