"""Issue 16, finding 4: no escape sequence from a mail or an import reaches the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.header import Header
from pathlib import Path

EVIL = "Interview\x1b[2K\x1b[1A\u009b31m next\x07 week\r"


def unghost(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNGHOST_DB": str(tmp_path / "t.db"), "UNGHOST_TZ": "UTC",
           "UNGHOST_TODAY": "2026-10-20"}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "unghost", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def clean(text: str) -> bool:
    return not any(c in text for c in ("\x1b", "\u009b", "\x07", "\r"))


def test_mail_list_and_show_print_no_control_characters(tmp_path: Path) -> None:
    doc = {"format": "unghost/v1", "applications": [{
        "ref": "acme-analyst", "company": {"name": "Acme\x1b]0;owned\x07", "domain": "acme.example"},
        "role": {"title": EVIL}, "applied_on": "2026-10-01",
        "contacts": [{"name": "Li Wei", "email": "li.wei@acme.example", "role": "recruiter"}]}]}  # fmt: skip
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    assert unghost(["import", str(tmp_path / "a.json")], tmp_path).returncode == 0
    subject = Header(EVIL, "utf-8").encode()
    eml = (f"From: Li Wei <li.wei@acme.example>\nTo: me@example.com\nSubject: {subject}\n"
           "Message-ID: <evil-1@acme.example>\nDate: Tue, 13 Oct 2026 10:00:00 +0000\n"
           "Content-Type: text/plain; charset=utf-8\n\n"
           "Thank you for interviewing. We would like to invite you to a second interview.\n")  # fmt: skip
    (tmp_path / "m.eml").write_text(eml, encoding="utf-8")
    imported = unghost(["mail", "import", str(tmp_path / "m.eml")], tmp_path)
    assert imported.returncode == 0, imported.stderr
    listed = unghost(["mail", "list", "acme-analyst"], tmp_path)
    assert listed.returncode == 0 and "Interview" in listed.stdout, listed.stdout
    assert clean(listed.stdout)
    for args in (["show", "acme-analyst"], ["list"]):
        shown = unghost(args, tmp_path)
        assert shown.returncode == 0 and "Acme" in shown.stdout and clean(shown.stdout), args
    as_json = unghost(["mail", "list", "acme-analyst", "--json"], tmp_path)
    assert "\u009b" not in as_json.stdout and "\x1b" not in as_json.stdout
    assert "\u009b" in json.loads(as_json.stdout)["messages"][0]["subject"]  # kept as data


def test_error_lines_carry_no_control_characters(tmp_path: Path) -> None:
    r = unghost(["show", "nope\x1b[2J"], tmp_path)
    assert r.returncode == 3 and clean(r.stderr) and r.stderr.startswith("Error:")
