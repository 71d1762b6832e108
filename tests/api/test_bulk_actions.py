"""The list page's bulk actions beyond move and tag: archive, export of the chosen rows as
JSON and CSV, and the refusals (nothing chosen, an unknown action), in English and Chinese."""

from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient

from tests.api.conftest import csrf_of

PICKED = ["globex-software-engineer", "initech-product-manager"]
ZH = {"Accept-Language": "zh-CN,zh;q=0.9"}


def _demo(page: TestClient) -> str:
    token = csrf_of(page.get("/today").text)
    assert page.post("/demo", data={"csrf_token": token}).status_code == 200
    return token


def _bulk(page: TestClient, token: str, action: str, refs: list[str], **extra: str):  # type: ignore[no-untyped-def]
    data = {"csrf_token": token, "action": action, "ref": refs, **extra}
    return page.post("/applications/bulk", data=data, follow_redirects=False)


def test_bulk_archive_hides_the_chosen_rows_and_keeps_them_findable(page: TestClient) -> None:
    token = _demo(page)
    r = _bulk(page, token, "archive", PICKED, back="/applications?sort=company")
    assert r.status_code == 303
    assert r.headers["location"].startswith("/applications?sort=company&done=archive")
    listed = page.get("/applications").text
    assert all(f"row-{ref}" not in listed for ref in PICKED)
    archived = page.get("/applications?archived=archived").text
    assert all(f"row-{ref}" in archived for ref in PICKED)
    board = page.get("/board").text
    assert all(f"card-{ref}" not in board for ref in PICKED)
    exported = json.loads(page.get("/export.json").content)
    kept = {a["ref"]: a for a in exported["applications"]}
    assert all(kept[ref]["archived"] is True for ref in PICKED)  # an archive loses nothing
    assert "row-globex-software-engineer" in page.get("/applications?q=globex&archived=all").text


def test_bulk_export_gives_only_the_chosen_rows(page: TestClient) -> None:
    token = _demo(page)
    r = _bulk(page, token, "export-json", PICKED)
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    assert sorted(a["ref"] for a in json.loads(r.content)["applications"]) == PICKED
    r = _bulk(page, token, "export-csv", PICKED)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert sorted(row["ref"] for row in rows) == PICKED


def test_bulk_actions_refuse_nothing_chosen_and_unknown_actions_in_both_languages(
    page: TestClient,
) -> None:
    token = _demo(page)
    r = _bulk(page, token, "export-json", [])
    assert r.status_code == 400 and "select at least one application" in r.text
    r = _bulk(page, token, "shred", PICKED)
    assert r.status_code == 400 and "&#39;shred&#39; is not an action" in r.text
    r = _bulk(page, token, "move", PICKED, stage="hired?")
    assert r.status_code == 400 and "is not a stage" in r.text
    chinese = {"csrf_token": token, "ref": PICKED}
    r = page.post("/applications/bulk", data={**chinese, "action": "shred"}, headers=ZH)
    assert r.status_code == 400 and "“shred”不是可执行的操作" in r.text
    r = page.post(
        "/applications/bulk", data={**chinese, "action": "export-csv", "ref": []}, headers=ZH
    )
    assert r.status_code == 400 and "请至少选择一条申请" in r.text
    assert "row-globex-software-engineer" in page.get("/applications").text  # nothing changed
