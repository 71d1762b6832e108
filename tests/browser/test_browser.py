"""The app in headless Chromium: the journeys of issue 8, with screenshots to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def shot(page: Any, tmp_path: Path, name: str) -> Path:
    path = tmp_path / "screens" / f"{name}.png"
    path.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


def load_demo(page: Any) -> None:
    page.goto(page.base + "/today")
    page.get_by_test_id("load-demo").click()
    page.wait_for_url("**/today")


def test_add_application_and_see_diagnosis(page: Any, tmp_path: Path) -> None:
    page.goto(page.base + "/applications/new")
    page.get_by_test_id("save").click()
    page.get_by_test_id("error-company").wait_for()
    page.console_errors.clear()  # the 422 of the refused form is logged by the browser
    page.fill("#f-company", "Acme China")
    page.fill("#f-title", "Data Analyst")
    page.fill("#f-applied_on", "2026-09-28")
    page.fill("#f-country", "CN")
    page.get_by_test_id("save").click()
    page.wait_for_url("**/applications/acme-china-data-analyst")
    # Why it is late if they answer, and why no answer may come: the nine reasons over two lists
    assert page.locator("[data-testid=reasons-if_no_answer] > li").count() == 3
    assert page.locator("[data-testid=reasons-if_answer] > li").count() >= 6
    assert page.get_by_test_id("bars-explained").is_visible()
    assert page.get_by_test_id("p-hear-back").inner_text().endswith("%")
    assert page.get_by_test_id("curve").is_visible()
    shot(page, tmp_path, "application")
    assert not page.console_errors


def test_today_board_drag_and_keyboard_move(page: Any, tmp_path: Path) -> None:
    load_demo(page)
    page.get_by_test_id("due-now").wait_for()
    shot(page, tmp_path, "today")
    # the stages wrap onto two rows since issue 13: a window tall enough to see both
    page.set_viewport_size({"width": 1280, "height": 1500})
    page.goto(page.base + "/board")
    card = page.get_by_test_id("card-globex-software-engineer")
    card.drag_to(page.locator(".column[data-status=offer]"))
    page.wait_for_selector(".column[data-status=offer] [data-testid=card-globex-software-engineer]")
    moved = page.get_by_test_id("card-initech-product-manager")
    select = moved.locator("select")
    select.focus()
    select.select_option("screening")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_selector(
        ".column[data-status=screening] [data-testid=card-initech-product-manager]"
    )
    # the moved card keeps its look (a regression: its attributes were once escaped twice)
    assert moved.get_attribute("class") == "bcard moved"
    shot(page, tmp_path, "board")
    page.goto(page.base + "/applications/globex-software-engineer")
    assert "Offer" in page.locator(".page-head .tag").first.inner_text()
    assert not page.console_errors


def test_draft_follow_up(page: Any, tmp_path: Path) -> None:
    load_demo(page)
    page.goto(page.base + "/compose?ref=globex-software-engineer&kind=follow-up")
    page.get_by_test_id("make-draft").click()
    page.wait_for_url("**/outbox/*")
    page.fill("#body", "Dear Megan,\n\nA short note to follow up.")
    assert "follow up" in page.get_by_test_id("preview").inner_text()
    page.get_by_test_id("save-draft").click()
    page.wait_for_url("**/outbox/*")
    assert "follow up" in page.locator("#body").input_value()
    shot(page, tmp_path, "draft")


def test_upload_documents_and_see_findings(page: Any, tmp_path: Path) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text("Alex Chen\nalex.chen@gmial.com\n+1 415 555 0100\n", encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear team,\nReach me at alex.chen@example.com\n", encoding="utf-8")
    page.goto(page.base + "/check")
    page.set_input_files("#resume", str(resume))
    page.set_input_files("#cover_letter", str(letter))
    page.get_by_test_id("run-check").click()
    result = page.get_by_test_id("check-result")
    result.wait_for()
    assert "Email typo" in result.inner_text()  # the finding in words (its code is data-code)
    shot(page, tmp_path, "check")


def test_switch_to_chinese(page: Any, tmp_path: Path) -> None:
    load_demo(page)
    page.goto(page.base + "/board")
    page.get_by_test_id("switch-lang").click()
    page.wait_for_url("**/board")
    assert page.locator("h1").inner_text() == "看板"
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    shot(page, tmp_path, "board-zh")
    page.goto(page.base + "/applications/字节跳动-数据分析师")
    assert "可能沉默的原因" in page.content()
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, tmp_path, "application-phone-zh")
    page.goto(page.base + "/insights")
    shot(page, tmp_path, "insights-phone-zh")
