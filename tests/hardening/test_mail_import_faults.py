"""Issue 16, finding 6: one bad message is a finding, the others are stored; Maildir oddities."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def eml(n: int, message_id: bytes) -> bytes:
    return (b"From: Li Wei <li.wei@acme.example>\nTo: me@example.com\n"
            b"Subject: Your application " + str(n).encode() + b"\n"
            b"Message-ID: " + message_id + b"\nDate: Tue, 13 Oct 2026 10:00:00 +0000\n"
            b"Content-Type: text/plain; charset=utf-8\n\n"
            b"Thank you for applying. We received your application.\n")  # fmt: skip


def unghost(args: list[str], db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "UNGHOST_DB": str(db), "UNGHOST_TZ": "UTC", "UNGHOST_TODAY": "2026-10-20"}
    return subprocess.run([sys.executable, "-m", "unghost", *args], capture_output=True,
                          text=True, env=env, timeout=120)  # fmt: skip


def test_a_bad_message_id_is_a_finding_and_the_rest_are_stored(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    doc = {"format": "unghost/v1", "applications": [{
        "ref": "acme", "company": {"name": "Acme", "domain": "acme.example"},
        "role": {"title": "Analyst"}, "applied_on": "2026-10-01"}]}  # fmt: skip
    (tmp_path / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    assert unghost(["import", str(tmp_path / "a.json")], db).returncode == 0
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "1.eml").write_bytes(eml(1, b"<one@acme.example>"))
    (folder / "2.eml").write_bytes(eml(2, b"<tw\xffo@acme.example>"))
    (folder / "3.eml").write_bytes(eml(3, b"<three@acme.example>"))
    for run in range(2):
        r = unghost(["mail", "import", str(folder), "--json"], db)
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
        report = json.loads(r.stdout)
        assert report["stored"] == (2 if run == 0 else 0)
        assert report["duplicates"] == (0 if run == 0 else 2)
        assert [f["where"].endswith("2.eml") for f in report["findings"]] == [True]
    listed = json.loads(unghost(["mail", "list", "acme", "--json"], db).stdout)["messages"]
    assert sorted(m["subject"] for m in listed) == ["Your application 1", "Your application 3"]


@pytest.mark.skipif(os.name != "posix", reason="FIFOs and symlinks are POSIX")
def test_maildir_oddities_are_findings_not_tracebacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unghost.mail.sources import iter_mail

    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "cur" / "1:2,S").write_bytes(eml(1, b"<one@acme.example>"))
    (box / "cur" / "dangling:2,S").symlink_to(tmp_path / "gone")
    os.mkfifo(box / "new" / "fifo")
    (box / "new" / "a-folder").mkdir()
    locked = box / ".Locked"
    for sub in ("cur", "new", "tmp"):
        (locked / sub).mkdir(parents=True)
    real_iterdir = Path.iterdir

    def iterdir(self: Path):  # type: ignore[no-untyped-def]
        if self == locked / "cur":  # chmod 000 does not stop root, who runs CI containers
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    mails = list(iter_mail([box]))
    good = [m for m in mails if m.raw]
    problems = {Path(m.location).name: "; ".join(m.defects) for m in mails if not m.raw}
    assert len(good) == 1
    assert problems == {"dangling:2,S": "dangling-link", "fifo": "not-a-message:fifo",
                        "a-folder": "not-a-message:folder",
                        "cur": "unreadable-folder:Permission denied"}  # fmt: skip


def test_an_unreadable_subfolder_of_a_plain_folder_is_a_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from unghost.mail import sources

    (tmp_path / "box" / "locked").mkdir(parents=True)
    (tmp_path / "box" / "1.eml").write_bytes(eml(1, b"<one@acme.example>"))
    real_walk = os.walk

    def walk(top, onerror=None, **kw):  # type: ignore[no-untyped-def]
        for entry in real_walk(top, onerror=onerror, **kw):
            if entry[0].endswith("locked") and onerror is not None:
                onerror(PermissionError(13, "Permission denied", entry[0]))
                continue
            yield entry

    monkeypatch.setattr(sources.os, "walk", walk)
    mails = list(sources.iter_mail([tmp_path / "box"]))
    assert [m.defects for m in mails if not m.raw] == [("unreadable-folder:Permission denied",)]
    assert len([m for m in mails if m.raw]) == 1
