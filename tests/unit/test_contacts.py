"""Finding emails, phones and profile links in text, in English and Chinese layouts."""

from __future__ import annotations

import pytest

from unghost.documents.contacts import find_contacts, infer_region
from unghost.documents.emails import canonical_email, find_emails
from unghost.documents.extracted import ExtractedText
from unghost.documents.links import find_links, parse_link_target
from unghost.documents.phones import find_phones, parse_phone
from unghost.documents.sniff import Format
from unghost.documents.text import normalize_text


def emails_in(text: str) -> list[str]:
    return [email.address for email in find_emails(normalize_text(text))]


def phones_in(text: str, region: str | None) -> list[tuple[str, str | None]]:
    return [(phone.raw, phone.e164) for phone in find_phones(normalize_text(text), region)]


# --- text normalisation -------------------------------------------------------------------


def test_normalize_text_gives_one_spelling_per_character() -> None:
    raw = "手机：１３８\u2010００１３\u00ad\u20118000\r\n\uf0e0 jane@qq.com\t\u00a0|\r x"
    assert normalize_text(raw) == "手机:138-0013-8000\n jane@qq.com | x"


# --- emails -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email: jane.doe@gmail.com | Phone: 555", ["jane.doe@gmail.com"]),
        ("E: Jane.Doe+jobs@Example.org.", ["Jane.Doe+jobs@Example.org"]),
        ("邮箱：zhangwei@qq.com", ["zhangwei@qq.com"]),
        ("邮箱zhangwei@163.com手机13800138000", ["zhangwei@163.com"]),
        ("jane@gmail.comPhone: 415", ["jane@gmail.com"]),
        ("mail me: jane@mail.ustc.edu.cn, or a@b.co", ["jane@mail.ustc.edu.cn", "a@b.co"]),
        ("jane [at] gmail [dot] com", ["jane@gmail.com"]),
        ("jane(at)gmail.com", ["jane@gmail.com"]),
        ("jane.doe (at) example (dot) org", ["jane.doe@example.org"]),
        ("jane [dot] doe [at] outlook [dot] com", ["jane.doe@outlook.com"]),
        ("Email: jane at acme dot io", ["jane@acme.io"]),
        ("write to jane dot doe at gmail dot com", ["jane.doe@gmail.com"]),
        ("邮箱：zhangsan#163.com", ["zhangsan@163.com"]),
        ("Ｅｍａｉｌ：ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ", ["jane@gmail.com"]),
    ],
)
def test_find_emails(text: str, expected: list[str]) -> None:
    assert emails_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I worked at Acme dot com for 3 years",  # unlabelled, unknown domain
        "C# and F# developer",
        "Senior engineer at Google",
        "see foo [at] bar",  # no domain
        "jane [at] gmail [dot] notatld",  # no such top-level domain
        "price: 5 @ 10.00",
    ],
)
def test_no_email_where_there_is_none(text: str) -> None:
    assert emails_in(text) == []


def test_canonical_email_joins_spellings_of_one_mailbox() -> None:
    assert canonical_email("Jane.Doe+jobs@GoogleMail.com") == "janedoe@gmail.com"
    assert canonical_email("JANE@QQ.COM") == "jane@qq.com"
    assert canonical_email("jane.doe+x@outlook.com") == "jane.doe@outlook.com"
    assert canonical_email("jane.doe@acme.io") != canonical_email("janedoe@acme.io")


# --- phones -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "text", "e164"),
    [
        ("US", "Phone: (415) 555-2671", "+14155552671"),
        ("US", "(909) 555\u00ad\u20105555", "+19095555555"),
        ("CN", "手机：138-0013-8000", "+8613800138000"),
        ("CN", "电话：010-62345678", "+861062345678"),
        ("CN", "手机：１３８００１３８０００", "+8613800138000"),
        ("GB", "Mobile: 07911 123456", "+447911123456"),
        ("GB", "Tel: 020 7946 0018", "+442079460018"),
        ("DE", "Telefon: 030 901820", "+4930901820"),
        ("DE", "Tel.: +49 (0)30 901820", "+4930901820"),
        ("FR", "Tél : 06 12 34 56 78", "+33612345678"),
        ("JP", "電話：03-1234-5678", "+81312345678"),
        ("JP", "携帯 090-1234-5678", "+819012345678"),
        ("IN", "Mob: +91 98765 43210", "+919876543210"),
        ("IN", "(+91) 8087996634", "+918087996634"),
        ("US", "Tel: +86 138 0013 8000", "+8613800138000"),
    ],
)
def test_find_phone_for_region(region: str, text: str, e164: str) -> None:
    assert [number for _, number in phones_in(text, region)] == [e164]


@pytest.mark.parametrize(
    ("region", "text", "e164"),
    [
        ("US", "Phone: +1 415 555\n2671", "+14155552671"),
        ("CN", "手机：138 0013\n8000", "+8613800138000"),
        ("GB", "Mobile: +44 7911\n123456", "+447911123456"),
    ],
)
def test_number_split_across_lines_is_joined(region: str, text: str, e164: str) -> None:
    assert [number for _, number in phones_in(text, region)] == [e164]


@pytest.mark.parametrize(
    ("region", "text"),
    [
        ("DE", "2019-2021 Werkstudent"),
        ("DE", "03.2019 - 06.2021 Werkstudent"),
        ("US", "12/2019-01/2021 Intern"),
        ("US", "BSc, 2015 - 2019, GPA 3.8/4.0"),
        ("DE", "ISBN 978-3-16-148410-0"),
        ("CN", "2019.07 - 2021.06 数据分析师"),
        ("CN", "邮编 100080"),
        ("FR", "Paris 75008, SIRET 362 521 879 00034"),
        ("JP", "〒100-0001 東京都"),
        ("GB", "SW1A 1AA, 2019 - 2021"),
    ],
)
def test_dates_and_codes_are_not_phones(region: str, text: str) -> None:
    assert phones_in(text, region) == []


@pytest.mark.parametrize(
    ("region", "text", "raw"),
    [
        ("US", "john@x.com 123-456-7890 NYC", "123-456-7890"),
        ("US", "Tel: 555-0199", "555-0199"),
        ("CN", "手机：1380013800", "1380013800"),
        ("GB", "Phone: +44 20 7946 095", "+44 20 7946 095"),
    ],
)
def test_invalid_number_meant_as_phone_is_reported(region: str, text: str, raw: str) -> None:
    assert phones_in(text, region) == [(raw, None)]


def test_national_number_without_a_region_is_flagged() -> None:
    phones = find_phones(normalize_text("Tel: 020 7946 0018"), None)
    assert [(phone.raw, phone.e164, phone.needs_region) for phone in phones] == [
        ("020 7946 0018", None, True)
    ]


def test_international_number_needs_no_region() -> None:
    assert phones_in("Phone: +44 20 7946 0018", None) == [("+44 20 7946 0018", "+442079460018")]


def test_parse_phone_reads_a_record_or_a_tel_link() -> None:
    assert parse_phone("+8613800138000", None).e164 == "+8613800138000"
    assert parse_phone("(415) 555-2671", "US").e164 == "+14155552671"
    assert parse_phone("12345", "US").e164 is None
    assert parse_phone("no digits", "US") is None


# --- region inference ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "region"),
    [
        (["Jane Doe", "Phone: +44 20 7946 0018"], "GB"),
        (["张伟", "手机：13800138000"], "CN"),
        (["佐藤 ゆい", "電話：03-1234-5678"], "JP"),
        (["Jane Doe", "Phone: (415) 555-2671"], None),
    ],
)
def test_infer_region(texts: list[str], region: str | None) -> None:
    assert infer_region(texts) == region


# --- links --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("linkedin.com/in/johnsmith", ["https://www.linkedin.com/in/johnsmith"]),
        ("https://www.linkedin.com/in/john.smith/", ["https://www.linkedin.com/in/john.smith"]),
        ("ca.linkedin.com/in/john-smith", ["https://ca.linkedin.com/in/john-smith"]),
        ("linkedin.com/pub/john-smith-abc123", ["https://www.linkedin.com/in/john-smith-abc123"]),
        ("GitHub: github.com/OmkarPathak", ["https://github.com/OmkarPathak"]),
        ("https://github.com/OmkarPathak/pyresparser", []),
        ("github.com/features", []),
        ("Site: www.omkarpathak.in", ["https://www.omkarpathak.in"]),
        ("http://janedoe.dev/", ["http://janedoe.dev"]),
        ("https://blog.example.org/2017/01/10/post/", []),
        ("jane@www.example.com", []),
        (
            "hello@openresume.com 123-456-7890 NYC, NY linkedin.com/in/john-doe",
            ["https://www.linkedin.com/in/john-doe"],
        ),
    ],
)
def test_find_links(text: str, expected: list[str]) -> None:
    assert find_links(normalize_text(text)) == expected


@pytest.mark.parametrize(
    ("uri", "parsed"),
    [
        ("mailto:jane.doe@gmail.com?subject=Hello", ("email", "jane.doe@gmail.com")),
        ("MAILTO:%6Aane@qq.com", ("email", "jane@qq.com")),
        ("tel:+86-138-0013-8000", ("phone", "+86-138-0013-8000")),
        ("https://linkedin.com/in/john-doe", ("link", "https://www.linkedin.com/in/john-doe")),
        ("https://example.com/some/page", None),
        ("javascript:alert(1)", None),
    ],
)
def test_parse_link_target(uri: str, parsed: tuple[str, str] | None) -> None:
    assert parse_link_target(uri) == parsed


def test_find_contacts_merges_text_and_link_targets() -> None:
    extracted = ExtractedText(
        format=Format.PDF,
        text="Jane Doe\nEmail me  |  Call me\nJane.Doe@Gmail.com\nomkar-pathak-94473811b",
        link_targets=[
            "mailto:janedoe@gmail.com",
            "tel:+14155552671",
            "https://www.linkedin.com/in/omkar-pathak-94473811b",
        ],
    )
    found = find_contacts(extracted, "US")
    assert [email.address for email in found.emails] == ["Jane.Doe@Gmail.com"]
    assert [phone.e164 for phone in found.phones] == ["+14155552671"]
    assert found.links == ["https://www.linkedin.com/in/omkar-pathak-94473811b"]
