"""The application page as a person sees it: Archive is a button beside Edit, on one line."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_archive_stands_beside_edit_in_the_page_head(page: Any, tmp_path: Path) -> None:
    from unghost.bootstrap import build_context
    from unghost.services.applications import add_application, new_application

    ctx = build_context({"db": str(tmp_path / "u.db"), "today": "2026-10-20"})
    app = new_application("Acme", "Backend Engineer", ref="acme")
    app.tags, app.rating = ["remote"], 4
    add_application(ctx, app)
    ctx.close()
    page.goto(page.base + "/applications/acme")
    archive = page.get_by_test_id("archive").bounding_box()
    edit = page.get_by_role("link", name="Edit").bounding_box()
    assert abs(archive["y"] - edit["y"]) < 2 and abs(archive["height"] - edit["height"]) < 2
    assert 0 < archive["x"] - (edit["x"] + edit["width"]) < 40  # next to it, on its right
    page.get_by_test_id("archive").click()
    page.get_by_test_id("archived-notice").wait_for()
    assert page.get_by_test_id("unarchive").is_visible()
