"""Every action the audit log records is listed once (server/audit.py ACTIONS) and has words in
both languages, so the admin's and the student's pages never show a bare code."""

from __future__ import annotations

import re
from pathlib import Path

from unghost.server.audit import ACTIONS
from unghost.web.i18n import catalogue

SERVER = Path(__file__).resolve().parents[2] / "src" / "unghost" / "server"


def _recorded() -> set[str]:
    found: set[str] = set()
    for path in SERVER.glob("*.py"):
        text = path.read_text("utf-8")
        found |= set(re.findall(r'action="([a-z_.-]+)"', text))
        for yes, no in re.findall(r'action="([a-z_.-]+)" if \w+ else "([a-z_.-]+)"', text):
            found |= {yes, no}
        if 'action=f"flag.{action}"' in text:
            from unghost.store.caseload import MARK_ACTIONS

            found |= {f"flag.{a}" for a in MARK_ACTIONS}
    return found


def test_every_recorded_action_is_listed() -> None:
    assert _recorded() <= set(ACTIONS), _recorded() - set(ACTIONS)
    assert len(ACTIONS) == len(set(ACTIONS))


def test_every_action_has_words_in_both_languages() -> None:
    for lang in ("en", "zh"):
        words = catalogue(lang)
        missing = [a for a in ACTIONS if f"code.audit_action.{a}" not in words]
        assert not missing, (lang, missing)
