"""The contact check's words in Simplified Chinese: every code, on every document it can name."""

from __future__ import annotations

import re

import pytest

from unghost.documents import Code, DomainStatus, ExtractedText, check_read_documents
from unghost.documents.findings import BOTH, COVER_LETTER, RECORD, RESUME, Finding
from unghost.documents.messages import Draft, render, words
from unghost.documents.sniff import Format

HAN = re.compile(r"[\u4e00-\u9fff]")

_FACTS: dict[Code, list[dict[str, object]]] = {
    Code.EMAIL_TYPO: [{"domain": "gmial.com", "fixed_domain": "gmail.com"}],
    Code.EMAIL_INVALID: [
        {"reason": "The email address is not valid."},
        {"reason": "there is no top-level domain .con, so no mail can reach it.", "tld": "con"},
    ],
    Code.EMAIL_UNDELIVERABLE: [{"domain": "nowhere.invalid"}],
    Code.EMAIL_UNCHECKED: [
        {"domain": "qq.com", "reason": "DNS did not answer in time", "status": "timeout"},
        {"domain": "qq.com", "reason": "offline", "status": "unknown"},
    ],
    Code.PHONE_INVALID: [
        {"region": "CN", "needs_region": False},
        {"region": "unknown", "needs_region": True},
    ],
    Code.CONTACT_MISSING: [{}],
    Code.CONTACT_MISMATCH: [
        {"kind": "email", RESUME: "a@qq.com", COVER_LETTER: "b@qq.com"},
        {"kind": "phone", RESUME: "+8613800138000", COVER_LETTER: "+8613900139000"},
    ],
    Code.NO_TEXT_LAYER: [{"image_kind": "a PNG image"}, {"image_kind": None}],
    Code.UNREADABLE: [
        {"message": "cv.docx cannot be read: it is encrypted.", "hint": None, "reason": "x"},
        {
            "message": "cv.pdf cannot be read: damaged.",
            "hint": "Download or export it again: the file is incomplete or damaged.",
            "reason": "damaged",
        },
    ],
}


def _drafts() -> list[Draft]:
    drafts = []
    for code in Code:
        documents = [RESUME, COVER_LETTER, BOTH, RECORD]
        if code is Code.CONTACT_MISSING:
            documents = [RESUME, COVER_LETTER, RECORD]
        for document in documents:
            for facts in _FACTS[code]:
                for value in ("email", "phone") if code is Code.CONTACT_MISSING else ("x@y.z",):
                    drafts.append(Draft(code, document, value, "x@y.com", dict(facts)))
    return drafts


def test_every_code_has_facts_here() -> None:
    assert set(_FACTS) == set(Code)


@pytest.mark.parametrize("draft", _drafts(), ids=lambda d: f"{d.code}-{d.document}")
def test_every_finding_has_a_chinese_message_and_fix(draft: Draft) -> None:
    message, fix = words(draft, "zh")
    assert HAN.search(message) and HAN.search(fix)
    finding = render(draft)
    assert (finding.message, finding.fix) == words(draft, "en")
    assert not HAN.search(finding.message)
    zh = finding.to_dict("zh")
    en = finding.to_dict()
    assert zh["message"] == message and zh["fix"] == fix
    assert en["message"] == finding.message and en["fix"] == finding.fix
    assert {k: v for k, v in zh.items() if k not in ("message", "fix")} == {
        k: v for k, v in en.items() if k not in ("message", "fix")
    }


def test_a_finding_without_translations_falls_back_to_english() -> None:
    finding = Finding(Code.CONTACT_MISSING, RESUME, "email", None, "No email.", "Add one.")
    assert finding.to_dict("zh")["message"] == "No email."
    assert finding.words("fr") == ("No email.", "Add one.")


def test_check_in_chinese_keeps_the_contract() -> None:
    read = {
        RESUME: ("cv.pdf", ExtractedText(Format.PDF, "李伟\nli.wei@qq.con\n+86 138 0013 8000\n")),
    }

    class Resolver:
        def lookup(self, domain: str) -> DomainStatus:
            return DomainStatus.TIMEOUT

    result = check_read_documents(read, region="CN", resolver=Resolver())
    en, zh = result.to_dict(), result.to_dict("zh")
    assert en == result.to_dict("en")
    assert [f["code"] for f in en["findings"]] == [f["code"] for f in zh["findings"]]
    assert all(HAN.search(f["message"]) for f in zh["findings"])
    assert not any(HAN.search(f["message"]) for f in en["findings"])
    strip = [{k: v for k, v in f.items() if k not in ("message", "fix")} for f in zh["findings"]]
    assert strip == [{k: v for k, v in f.items() if k not in ("message", "fix")}
                     for f in en["findings"]]  # fmt: skip
