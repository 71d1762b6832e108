"""Attempts at contacts that are not well formed: read, judged, explained (EN and ZH)."""

from __future__ import annotations

import pytest

from unghost.documents import ExtractedText, check_read_documents
from unghost.documents.candidates import find_attempts
from unghost.documents.keyboard import typing_distance
from unghost.documents.phonereasons import explain_phone
from unghost.documents.sniff import Format
from unghost.documents.text import normalize_text


def broken(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.broken.raw, a.broken.reason, a.broken.suggestion)
        for a in find_attempts(normalize_text(text))
        if a.broken is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email: jordan.lee@gmail", ("jordan.lee@gmail", "no-tld", "jordan.lee@gmail.com")),
        ("name@hotmail", ("name@hotmail", "no-tld", "name@hotmail.com")),
        ("alex.kim@@yahoo.com", ("alex.kim@@yahoo.com", "two-at", "alex.kim@yahoo.com")),
        ("ana.ruiz@gmail@com", ("ana.ruiz@gmail@com", "two-at", "ana.ruiz@gmail.com")),
        ("Email: lee.m@ gmail.com", ("lee.m@ gmail.com", "space-inside", "lee.m@gmail.com")),
        ("jane @ gmail.com", ("jane @ gmail.com", "space-inside", "jane@gmail.com")),
        ("Email: priya nair@outlook.com", ("priya nair@outlook.com", "space-inside",
                                           "priyanair@outlook.com")),
        ("jane.doe@gmail,com", ("jane.doe@gmail,com", "wrong-dot", "jane.doe@gmail.com")),
        ("邮箱：zhangwei@qq。com手机", ("zhangwei@qq。com", "wrong-dot", "zhangwei@qq.com")),
        ("marie,dubois@orange.fr", ("marie,dubois@orange.fr", "illegal-char",
                                    "marie.dubois@orange.fr")),
        ("kenji(sato@gmail.com", ("kenji(sato@gmail.com", "illegal-char", "kenjisato@gmail.com")),
        ("Email: test@", ("test@", "nothing-after-at", None)),
    ],
)  # fmt: skip
def test_a_broken_address_is_read_with_its_reason_and_fix(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert broken(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["Data Analyst @ Acme Corp", "follow @jordan on X", "price: 5 @ 10.00", "team@work today",
     "(jane@gmail.com)", "jane.doe@gmail.com, bob@qq.com", "Ｅｍａｉｌ：ｊａｎｅ＠ｑｑ．ｃｏｍ"],
)  # fmt: skip
def test_text_that_is_no_broken_address_is_left_alone(text: str) -> None:
    assert broken(text) == []


def test_an_address_split_over_two_lines_is_one_address() -> None:
    attempts = find_attempts(normalize_text("Email: jordan.lee@\ngmail.com\nPhone: 1"))
    assert [a.address for a in attempts] == ["jordan.lee@gmail.com"]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("E m a i l : j a n e @ g m a i l . c o m", "Email:jane@gmail.com"),
        ("E m a i l j a n e @ g m a i l . c o m", "Email jane@gmail.com"),
        ("T e l   + 1   4 1 5   5 5 5   2 6 7 1", "Tel +1 415 555 2671"),
        ("I am a b c d e f g h plain text", "I am a b c d e f g h plain text"),
    ],
)
def test_letter_spaced_lines_are_read_as_words(line: str, read: str) -> None:
    assert normalize_text(line) == read


def test_typing_slips_cost_less_than_other_edits() -> None:
    assert typing_distance("gmail", "gmail") == 0
    assert typing_distance("hmail", "gmail") < typing_distance("pmail", "gmail")  # h is next to g
    assert typing_distance("gmial", "gmail") == 0.5  # two letters swapped
    assert typing_distance("gmaill", "gmail") == 0.5  # a letter doubled
    assert typing_distance("gimal", "gmail") == 1.0  # a letter moved two places
    assert typing_distance("yahoo", "gmail") > 2


@pytest.mark.parametrize(
    ("raw", "region", "why", "digits", "expected"),
    [
        ("(212) 555-019", "US", "digit-missing", 9, 10),
        ("+1 415 555 013", "US", "digit-missing", 9, 10),
        ("646-555-01477", "US", "digit-extra", 11, 10),
        ("138 0013 800", "CN", "digit-missing", 10, 11),
        ("138 0013 80000", "CN", "digit-extra", 12, 11),
        ("06 12 34 56 7", "FR", "digit-missing", 9, 10),
    ],
)
def test_a_broken_number_says_how_many_digits_it_should_have(
    raw: str, region: str, why: str, digits: int, expected: int
) -> None:
    reason = explain_phone(raw, region)
    assert (reason.why, reason.digits, reason.expected) == (why, digits, expected)


def test_wrong_prefixes_are_named() -> None:
    assert explain_phone("128 0013 8000", "CN").why == "bad-mobile-prefix"
    assert explain_phone("(112) 555-0147", "US").why == "bad-prefix"


def _check(resume: str, letter: str | None = None, **text: object):
    read = {"resume": ("resume.txt", ExtractedText(format=Format.TEXT, text=resume, **text))}  # type: ignore[arg-type]
    if letter is not None:
        read["cover_letter"] = ("letter.txt", ExtractedText(format=Format.TEXT, text=letter))
    return check_read_documents(read, region="US")


def test_messages_explain_in_english_and_chinese() -> None:
    result = _check("Email: jordan.lee@gmail\nPhone: (212) 555-019\n")
    email, phone = result.findings
    assert (email.code, email.suggestion) == ("email-invalid", "jordan.lee@gmail.com")
    assert "no top-level domain" in email.message
    assert "顶级域名" in email.words("zh")[0]
    assert "United States numbers have 10 digits; this one has 9" in phone.message
    assert "美国的号码是 10 位，这个号码有 9 位" in phone.words("zh")[0]


def test_a_broken_contact_is_never_missing() -> None:
    result = _check("Email: alex.kim@@yahoo.com\nTel: +1 415 555 013\n")
    assert [(f.code, f.document) for f in result.findings] == [
        ("email-invalid", "resume"),
        ("phone-invalid", "resume"),
    ]


def test_a_typo_of_the_letters_address_is_a_typo_and_a_mismatch() -> None:
    result = _check(
        "Email: ana.ruiz@gamil.com\nPhone: (415) 555-2671\n",
        "ana.ruiz@gmail.com | (415) 555-2671\n",
    )
    assert [(f.code, f.document) for f in result.findings] == [
        ("email-typo", "resume"),
        ("contact-mismatch", "both"),
    ]


def test_link_text_that_is_not_its_target_is_a_mismatch() -> None:
    text = "Phone: (415) 555-2671\njane.doe@gmail.com\n"
    result = _check(
        text,
        link_targets=["mailto:jdoe@oldcompany.com"],
        link_texts=[("mailto:jdoe@oldcompany.com", "jane.doe@gmail.com")],
    )
    mismatch = [f for f in result.findings if f.code == "contact-mismatch"]
    assert [(f.document, f.value, f.suggestion) for f in mismatch] == [
        ("resume", "jdoe@oldcompany.com", "jane.doe@gmail.com")
    ]
    assert "the link behind it opens jdoe@oldcompany.com" in mismatch[0].message


def test_a_link_whose_text_is_its_target_is_fine() -> None:
    result = _check(
        "Phone: (415) 555-2671\nJane.Doe@gmail.com\n",
        link_targets=["mailto:jane.doe@gmail.com"],
        link_texts=[("mailto:jane.doe@gmail.com", "Jane.Doe@gmail.com")],
    )
    assert result.findings == []


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Email: jordan.lee gmail.com", "jordan.lee@gmail.com"),
        ("邮箱：zhangwei qq.com", "zhangwei@qq.com"),
        ("Email: jordan.lee.gmail.com", "jordan.lee@gmail.com"),
    ],
)
def test_an_address_without_its_at_is_invalid(text: str, suggestion: str) -> None:
    result = _check(f"{text}\nPhone: (415) 555-2671\n")
    assert [(f.code, f.suggestion) for f in result.findings] == [("email-invalid", suggestion)]
    assert "@" in result.findings[0].message


@pytest.mark.parametrize("text", ["Email: see my website", "Email: www.kimlabs.io"])
def test_a_labelled_line_without_an_address_is_missing_not_invalid(text: str) -> None:
    result = _check(f"{text}\nPhone: (415) 555-2671\n")
    assert [(f.code, f.value) for f in result.findings] == [("contact-missing", "email")]


def test_icons_count_as_labels_for_broken_numbers() -> None:
    result = _check("\u2709 jane.doe@gmail.com\n\u260e (212) 555-019\n")
    assert [(f.code, f.value) for f in result.findings] == [("phone-invalid", "(212) 555-019")]


def test_a_real_number_written_without_its_trunk_prefix_is_invalid_with_the_fix() -> None:
    read = {"resume": ("r.txt", ExtractedText(format=Format.TEXT,
                                              text="jane@gmail.com\nTel: (20) 3346 1234\n"))}  # fmt: skip
    result = check_read_documents(read, region="GB")
    assert [(f.code, f.suggestion) for f in result.findings] == [("phone-invalid", "020 3346 1234")]
    assert "cannot be dialled" in result.findings[0].message


@pytest.mark.parametrize(
    ("raw", "country", "written"),
    [
        ("138 0013 8000", "CN", "+86 138 0013 8000"),  # a Chinese mobile on a US resume
        ("0044 20 7946 0018", "GB", "+44 20 7946 0018"),  # 00 is not how the US dials abroad
        ("0049 30 901820", "DE", "+49 30 901820"),
    ],
)
def test_a_number_of_another_country_says_which_and_how_to_write_it(
    raw: str, country: str, written: str
) -> None:
    reason = explain_phone(raw, "US")
    assert (reason.why, reason.region, reason.suggestion) == ("foreign", country, written)


def test_a_number_many_countries_could_hold_is_not_given_one_of_them() -> None:
    assert explain_phone("98765 43210", "US").why != "foreign"  # India, Brazil or Germany
    assert explain_phone("(212) 555-019", "US").why == "digit-missing"


def test_the_foreign_number_finding_reads_in_both_languages() -> None:
    (phone,) = _check("手机：138 0013 8000\nEmail: li.wei@gmail.com\n").findings
    assert phone.code == "phone-invalid" and phone.suggestion == "+86 138 0013 8000"
    assert "China number" in phone.message and "+86" in phone.message
    assert "这是中国的号码" in phone.words("zh")[0]


@pytest.mark.parametrize(
    "line",
    [
        "priya nair@outlook.com  |  +49 30 901820  |  linkedin.com/in/priya",
        "+49 30 901820 • priya nair@outlook.com • Berlin",
        "Berlin / priya nair@outlook.com",
    ],
)
def test_a_space_inside_an_address_on_a_line_of_fields_is_found(line: str) -> None:
    assert ("priya nair@outlook.com", "space-inside", "priyanair@outlook.com") in broken(line)


@pytest.mark.parametrize(
    "line",
    [
        "Write to me at nair@outlook.com  |  +49 30 901820",  # several words: a sentence
        "reach nair@outlook.com",  # no fields on the line: the word is not part of it
        "nair@outlook.com  |  +49 30 901820",
    ],
)
def test_a_word_before_an_address_in_a_sentence_is_left_out(line: str) -> None:
    assert not broken(line)
