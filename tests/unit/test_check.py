"""The contact check's findings, on documents already read (no files, no network)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from unghost.documents import (
    Code,
    DomainStatus,
    ExtractedText,
    UnreadableDocumentError,
    check_candidate,
    check_read_documents,
)
from unghost.documents.sniff import Format
from unghost.domain.records import Candidate

EN_RESUME = """Jane Doe
Email: jane.doe@gmail.com
Phone: (415) 555-2671
linkedin.com/in/janedoe
EXPERIENCE
Data Analyst, Acme Corp, 2019-2021"""
EN_LETTER = """Jane Doe
jane.doe@gmail.com | 415-555-2671
Dear Hiring Manager,
I would welcome the chance to talk."""
ZH_RESUME = """张伟
邮箱：zhangwei@qq.com
手机：138-0013-8000
工作经历
2019年7月 - 2021年6月 数据分析师"""
ZH_LETTER = """张伟
手机：+86 138 0013 8000  邮箱：ZhangWei@QQ.com
尊敬的招聘负责人：您好！"""


def text(body: str, *links: str, kind: Format = Format.PDF) -> ExtractedText:
    return ExtractedText(format=kind, text=body, link_targets=list(links))


def check(
    resume: ExtractedText | UnreadableDocumentError,
    letter: ExtractedText | UnreadableDocumentError | None = None,
    **options: object,
):
    read = {"resume": ("resume.pdf", resume)}
    if letter is not None:
        read["cover_letter"] = ("letter.docx", letter)
    options.setdefault("region", "US")
    return check_read_documents(read, **options)  # type: ignore[arg-type]


def summary(result) -> list[tuple[str, str, str | None, str | None]]:
    return [(str(f.code), f.document, f.value, f.suggestion) for f in result.findings]


@dataclass
class FakeResolver:
    answers: dict[str, DomainStatus]
    asked: list[str] = field(default_factory=list)

    def lookup(self, domain: str) -> DomainStatus:
        self.asked.append(domain)
        return self.answers.get(domain, DomainStatus.ACCEPTS_MAIL)


def test_agreeing_documents_have_no_findings() -> None:
    result = check(text(EN_RESUME), text(EN_LETTER))
    assert summary(result) == []
    assert not result.has_problems
    resume = result.find_document("resume")
    assert resume is not None
    assert resume.emails == ["jane.doe@gmail.com"]
    assert resume.phones == ["+14155552671"]
    assert resume.links == ["https://www.linkedin.com/in/janedoe"]


def test_chinese_documents_with_two_spellings_of_one_contact_agree() -> None:
    result = check(text(ZH_RESUME), text(ZH_LETTER), region="CN")
    assert summary(result) == []
    letter = result.find_document("cover_letter")
    assert letter is not None and letter.phones == ["+8613800138000"]


def test_typo_in_both_documents_is_one_finding_on_both() -> None:
    resume = EN_RESUME.replace("gmail.com", "gmial.com")
    letter = EN_LETTER.replace("gmail.com", "gmial.com")
    result = check(text(resume), text(letter))
    assert summary(result) == [
        ("email-typo", "both", "jane.doe@gmial.com", "jane.doe@gmail.com"),
    ]
    finding = result.findings[0]
    assert "gmial.com looks like a typo of gmail.com" in finding.message
    assert (
        finding.fix == "Change it to jane.doe@gmail.com in both documents if that is your address."
    )


def test_chinese_provider_typo_on_the_letter_only() -> None:
    result = check(text(ZH_RESUME), text(ZH_LETTER.replace("QQ.com", "qq.con")), region="CN")
    assert summary(result) == [
        ("email-typo", "cover_letter", "ZhangWei@qq.con", "ZhangWei@qq.com"),
        ("contact-mismatch", "both", "ZhangWei@qq.con", "zhangwei@qq.com"),
    ]


def test_cover_letter_without_contacts_is_told_to_repeat_them() -> None:
    result = check(text(EN_RESUME), text("Dear Hiring Manager,\nI would welcome a call."))
    assert summary(result) == [
        ("contact-missing", "cover_letter", "email", None),
        ("contact-missing", "cover_letter", "phone", None),
    ]
    assert "even though they are on your resume" in result.findings[0].fix
    assert result.has_problems


def test_documents_giving_different_addresses_disagree() -> None:
    letter = EN_LETTER.replace("jane.doe@gmail.com", "jdoe@outlook.com")
    result = check(text(EN_RESUME), text(letter))
    assert summary(result) == [
        ("contact-mismatch", "both", "jdoe@outlook.com", "jane.doe@gmail.com"),
    ]
    assert result.findings[0].message == (
        "Your resume gives jane.doe@gmail.com but your cover letter gives jdoe@outlook.com: "
        "HR may use either, and one of them may not reach you."
    )


def test_documents_giving_different_numbers_disagree() -> None:
    letter = EN_LETTER.replace("415-555-2671", "415-555-2672")
    result = check(text(EN_RESUME), text(letter))
    assert summary(result) == [
        ("contact-mismatch", "both", "+14155552672", "+14155552671"),
    ]


def test_gmail_spellings_of_one_mailbox_do_not_disagree() -> None:
    letter = EN_LETTER.replace("jane.doe@gmail.com", "JaneDoe+jobs@googlemail.com")
    assert summary(check(text(EN_RESUME), text(letter))) == []


def test_a_typo_of_the_other_document_is_also_a_disagreement() -> None:
    letter = EN_LETTER.replace("gmail.com", "gmail.co")
    assert summary(check(text(EN_RESUME), text(letter))) == [
        ("email-typo", "cover_letter", "jane.doe@gmail.co", "jane.doe@gmail.com"),
        ("contact-mismatch", "both", "jane.doe@gmail.co", "jane.doe@gmail.com"),
    ]


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("jane..doe@gmail.com", "An email address cannot have two periods in a row."),
        ("jane@company.notatld", "there is no top-level domain .notatld"),
    ],
)
def test_invalid_address(address: str, reason: str) -> None:
    result = check(text(EN_RESUME.replace("jane.doe@gmail.com", address)))
    assert summary(result) == [("email-invalid", "resume", address, None)]
    assert reason in result.findings[0].message


def test_invalid_phone_names_the_region() -> None:
    result = check(text(EN_RESUME.replace("(415) 555-2671", "123-456-7890")))
    assert summary(result) == [("phone-invalid", "resume", "123-456-7890", None)]
    assert result.findings[0].message == (
        "Your resume gives 123-456-7890, which is not a valid phone number: "
        "no United States number starts with 123: check the area code."
    )


def test_without_region_a_national_number_asks_for_one() -> None:
    result = check(text(EN_RESUME), region=None)
    assert result.region is None
    assert summary(result) == [("phone-invalid", "resume", "(415) 555-2671", None)]
    assert "without a country code" in result.findings[0].message


def test_region_is_inferred_from_an_international_number() -> None:
    result = check(text(EN_RESUME.replace("(415) 555-2671", "+1 415 555 2671")), region=None)
    assert result.region == "US"
    assert summary(result) == []


def test_unreadable_resume_does_not_stop_the_letter_check() -> None:
    error = UnreadableDocumentError("resume.pdf", "it is a Windows program, not a document")
    result = check(error, text(EN_LETTER.replace("gmail.com", "gmial.com")))
    assert summary(result) == [
        ("unreadable", "resume", "resume.pdf", None),
        ("email-typo", "cover_letter", "jane.doe@gmial.com", "jane.doe@gmail.com"),
    ]
    assert result.findings[0].message == (
        "resume.pdf cannot be read: it is a Windows program, not a document."
    )
    resume = result.find_document("resume")
    assert resume is not None and not resume.readable


def test_scanned_pdf_has_no_text_layer_and_no_missing_contact_noise() -> None:
    scan = ExtractedText(format=Format.PDF, text="", has_text_layer=False)
    result = check(scan, text(EN_LETTER))
    assert summary(result) == [("no-text-layer", "resume", "resume.pdf", None)]
    assert "applicant tracking systems" in result.findings[0].message


def test_documents_are_compared_with_the_record() -> None:
    record = Candidate(email="jane.doe@gmail.com", phone="+14155550000")
    result = check(text(EN_RESUME), text(EN_LETTER), record=record)
    assert summary(result) == [
        ("contact-mismatch", "resume", "+14155552671", "+14155550000"),
        ("contact-mismatch", "cover_letter", "+14155552671", "+14155550000"),
    ]
    assert result.findings[0].fix == (
        "Use +14155550000 in your resume, or correct the application's record."
    )


def test_record_problems_are_findings_on_the_record() -> None:
    findings = check_candidate(Candidate(email="li.wei@163.cm", phone="138001380"), "CN")
    assert [(str(f.code), f.document, f.value, f.suggestion) for f in findings] == [
        ("email-typo", "record", "li.wei@163.cm", "li.wei@163.com"),
        ("phone-invalid", "record", "138001380", None),
    ]


def test_empty_record_is_missing_both_contacts() -> None:
    findings = check_candidate(Candidate(), "GB")
    assert [(str(f.code), f.value) for f in findings] == [
        ("contact-missing", "email"),
        ("contact-missing", "phone"),
    ]


def test_good_record_has_no_findings() -> None:
    assert check_candidate(Candidate(email="me@example.com", phone="+8613800138000"), None) == []


def test_online_check_reports_a_domain_without_mail() -> None:
    resolver = FakeResolver({"janedoe.dev": DomainStatus.NO_MAIL})
    letter = EN_LETTER.replace("jane.doe@gmail.com", "jane@janedoe.dev")
    result = check(text(EN_RESUME), text(letter), resolver=resolver)
    assert summary(result) == [
        ("contact-mismatch", "both", "jane@janedoe.dev", "jane.doe@gmail.com"),
        ("email-undeliverable", "cover_letter", "jane@janedoe.dev", None),
    ]
    assert sorted(resolver.asked) == ["gmail.com", "janedoe.dev"]
    assert result.online


def test_online_timeout_is_a_notice_not_a_problem() -> None:
    resolver = FakeResolver({"gmail.com": DomainStatus.TIMEOUT})
    result = check(text(EN_RESUME), text(EN_LETTER), resolver=resolver)
    assert summary(result) == [("email-unchecked", "both", "gmail.com", None)]
    assert result.findings[0].severity == "notice"
    assert not result.has_problems


def test_online_check_skips_mistyped_addresses_and_asks_once_per_domain() -> None:
    resolver = FakeResolver({})
    resume = EN_RESUME.replace("gmail.com", "gmial.com")
    check(text(resume), text(EN_LETTER), resolver=resolver, record=Candidate("jane.doe@gmail.com"))
    assert resolver.asked == ["gmail.com"]


def test_offline_check_never_asks_dns() -> None:
    result = check(text(EN_RESUME), text(EN_LETTER))
    assert not result.online


def test_to_dict_is_the_json_contract() -> None:
    result = check(text(EN_RESUME), text("Dear Hiring Manager,\nJane Doe\njane.doe@gmail.com"))
    data = result.to_dict()
    assert set(data) == {"region", "online", "ok", "documents", "findings"}
    assert set(data["documents"]) == {"resume", "cover_letter"}
    assert data["documents"]["resume"] == {
        "path": "resume.pdf",
        "format": "pdf",
        "readable": True,
        "emails": ["jane.doe@gmail.com"],
        "phones": ["+14155552671"],
        "links": ["https://www.linkedin.com/in/janedoe"],
        "invalid_emails": [],
        "invalid_phones": [],
    }
    assert data["findings"] == [
        {
            "code": "contact-missing",
            "document": "cover_letter",
            "value": "phone",
            "suggestion": None,
            "message": "Your cover letter has no phone number.",
            "fix": data["findings"][0]["fix"],
            "severity": "problem",
        }
    ]
    assert data["ok"] is False


def test_codes_are_the_design_codes() -> None:
    assert {str(code) for code in Code} == {
        "email-typo",
        "email-invalid",
        "email-undeliverable",
        "email-unchecked",
        "phone-invalid",
        "contact-missing",
        "contact-mismatch",
        "no-text-layer",
        "unreadable",
    }
