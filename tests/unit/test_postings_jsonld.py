"""JobPosting reading: lenient JSON-LD, microdata/RDFa, the page fallback and posting dates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.postingfixtures import pages
from unghost.postings.dates import parse_posting_date
from unghost.postings.jsonld import parse_lenient_json
from unghost.postings.model import PostingSource
from unghost.postings.page import read_posting_page
from unghost.postings.schema import fields_from_schema, normalise_employment_type
from unghost.postings.text import decode_body, html_to_text

QUIRKS = (
    "raw-newlines",
    "comments",
    "trailing-comma",
    "graph",
    "list-type",
    "escaped-html",
    "broken-first",
    "cdata",
    "several",
)


def test_strict_json_parses_unchanged() -> None:
    assert parse_lenient_json('{"a": [1, 2], "b": "x"}') == [{"a": [1, 2], "b": "x"}]


def test_raw_newlines_inside_strings_are_accepted() -> None:
    assert parse_lenient_json('{"d": "line 1\n  line 2"}') == [{"d": "line 1\n  line 2"}]


def test_comments_and_trailing_commas_are_dropped_but_not_inside_strings() -> None:
    text = '{ // note\n "u": "http://x.example/a//b", /* c */ "l": [1, 2,], }'
    assert parse_lenient_json(text) == [{"u": "http://x.example/a//b", "l": [1, 2]}]


def test_html_comment_and_cdata_wrappers_are_removed() -> None:
    assert parse_lenient_json('<!-- {"a": 1} -->') == [{"a": 1}]
    assert parse_lenient_json('//<![CDATA[\n{"a": 1}\n//]]>') == [{"a": 1}]


def test_entity_escaped_json_is_unescaped() -> None:
    assert parse_lenient_json("{&quot;a&quot;: &quot;b&quot;}") == [{"a": "b"}]


def test_concatenated_values_are_all_read() -> None:
    assert parse_lenient_json('{"a": 1}\n{"b": 2};') == [{"a": 1}, {"b": 2}]


def test_unicode_escaped_keywords_decode() -> None:
    assert parse_lenient_json('{"\\u0040type": "JobPosting"}') == [{"@type": "JobPosting"}]


def test_text_that_is_not_json_raises_value_error() -> None:
    with pytest.raises(ValueError):
        parse_lenient_json("var x = function() {}")


def _messy(value: Any) -> str:
    """Serialise with a comment and a trailing comma in every container."""
    if isinstance(value, dict):
        items = "".join(f"{json.dumps(k)}: {_messy(v)}, " for k, v in value.items())
        return "{ /* c */ " + items + "}"
    if isinstance(value, list):
        return "[" + "".join(f"{_messy(v)},\n// c\n" for v in value) + "]"
    return json.dumps(value)


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_json_values)
def test_any_json_value_survives_comments_and_trailing_commas(value: Any) -> None:
    assert parse_lenient_json(json.dumps(value)) == [value]
    if isinstance(value, dict | list):
        assert parse_lenient_json(_messy(value)) == [value]


@pytest.mark.parametrize("quirk", QUIRKS)
def test_each_quirk_reads_the_same_posting(quirk: str) -> None:
    job = pages.make_job(3)
    clean = read_posting_page(pages.jsonld_page(job))
    messy = read_posting_page(pages.jsonld_page(job, quirks=frozenset({quirk})))
    assert messy.source is PostingSource.JSONLD
    assert messy.fields == clean.fields
    assert clean.fields is not None and clean.fields.title == job.title


def test_all_quirks_together_still_read_the_posting() -> None:
    job = pages.make_job(11, lang="zh")
    reading = read_posting_page(pages.jsonld_page(job, quirks=frozenset(QUIRKS)))
    fields = reading.fields
    assert fields is not None
    assert (fields.title, fields.company) == (job.title, job.company)
    assert fields.date_posted == job.date_posted
    assert fields.valid_through == job.valid_through
    assert fields.posting_id == job.identifier
    assert fields.description is not None and "本科及以上学历" in fields.description


def test_fields_are_read_from_nested_objects() -> None:
    job = pages.make_job(5)
    fields = read_posting_page(pages.jsonld_page(job)).fields
    assert fields is not None
    assert fields.location == f"{job.city}, {job.region}, {job.country}"
    assert fields.employment_type == job.employment_type
    assert fields.description is not None
    assert "<" not in fields.description and "salary & benefits" in fields.description


def test_posting_matching_the_page_url_wins_over_others() -> None:
    first, second = pages.make_job(1), pages.make_job(2)
    a = pages.jobposting_object(first, url="https://jobs.example/a")
    b = pages.jobposting_object(second, url="https://jobs.example/b")
    html = f"<html><head>{pages.script(json.dumps([a, b]))}</head><body></body></html>"
    fields = read_posting_page(html, "https://jobs.example/b").fields
    assert fields is not None and fields.title == second.title


def test_schema_type_spellings_are_recognised() -> None:
    job = pages.make_job(4)
    for spelling in ("http://schema.org/JobPosting", "schema:JobPosting", ["Thing", "JobPosting"]):
        obj = pages.jobposting_object(job)
        obj["@type"] = spelling
        html = f"<html><head>{pages.script(json.dumps(obj))}</head></html>"
        fields = read_posting_page(html).fields
        assert fields is not None and fields.title == job.title, spelling


def test_list_valued_and_string_fields_are_tolerated() -> None:
    fields = fields_from_schema(
        {
            "@type": "JobPosting",
            "title": ["Data &amp; Analytics Lead"],
            "hiringOrganization": "Acme &amp; Co",
            "jobLocation": [
                {"address": {"addressLocality": "Paris", "addressCountry": {"name": "FR"}}},
                {"address": "Remote, EU"},
            ],
            "employmentType": ["FULL_TIME", "Contractor"],
            "identifier": [{"value": 1234}],
            "datePosted": {"@value": "2026-02-03"},
        }
    )
    assert fields.title == "Data & Analytics Lead"
    assert fields.company == "Acme & Co"
    assert fields.location == "Paris, FR; Remote, EU"
    assert fields.employment_type == "FULL_TIME, CONTRACTOR"
    assert fields.posting_id == "1234"
    assert fields.date_posted == date(2026, 2, 3)


def test_telecommute_postings_say_remote_with_the_required_country() -> None:
    fields = fields_from_schema(
        {
            "@type": "JobPosting",
            "title": "Support Engineer",
            "jobLocationType": "TELECOMMUTE",
            "applicantLocationRequirements": {"@type": "Country", "name": "Germany"},
        }
    )
    assert fields.location == "Remote (Germany)"


def test_microdata_and_rdfa_read_like_json_ld() -> None:
    job = pages.make_job(9)
    expected = read_posting_page(pages.jsonld_page(job)).fields
    assert expected is not None
    for page in (pages.microdata_page(job), pages.rdfa_page(job)):
        reading = read_posting_page(page)
        assert reading.source is PostingSource.MICRODATA
        assert reading.fields is not None
        assert reading.fields.title == expected.title
        assert reading.fields.company == expected.company
        assert reading.fields.date_posted == expected.date_posted
        assert reading.fields.description is not None
        assert "3+ years of relevant experience" in reading.fields.description
    micro = read_posting_page(pages.microdata_page(job)).fields
    assert micro is not None and micro.location == f"{job.city}, {job.region}"
    assert micro.employment_type == job.employment_type


def test_page_without_structured_data_falls_back_to_title_and_text() -> None:
    reading = read_posting_page(
        pages.plain_page("Buchhalter (m/w/d)", "Wir suchen Verstärkung.", site="Beispiel AG")
    )
    assert reading.source is PostingSource.HTML and not reading.structured
    assert reading.fields is not None
    assert reading.fields.title == "Buchhalter (m/w/d)"
    assert reading.fields.company == "Beispiel AG"
    assert reading.fields.description is not None
    assert "Wir suchen Verstärkung." in reading.fields.description
    assert "Wir suchen Verstärkung." in reading.page_text


def test_page_text_leaves_out_scripts_and_styles() -> None:
    reading = read_posting_page(
        "<html><head><style>p{}</style></head><body><p>Visible</p>"
        "<script>var hidden = 'no longer accepting applications';</script></body></html>"
    )
    assert reading.page_text == "Visible"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-18", date(2026, 3, 18)),
        ("2017-03-18T00:00", date(2017, 3, 18)),
        ("2026-03-18T23:30:00-05:00", date(2026, 3, 18)),
        ("2026-03-18T23:30:00Z", date(2026, 3, 18)),
        ("2026/3/8", date(2026, 3, 8)),
        ("2026年3月8日", date(2026, 3, 8)),
        ("18.03.2026", date(2026, 3, 18)),
        ("18/03/2026", date(2026, 3, 18)),
        ("03/18/2026", date(2026, 3, 18)),
        ("March 18, 2026", date(2026, 3, 18)),
        ("18 mars 2026", date(2026, 3, 18)),
        ("18. März 2026", date(2026, 3, 18)),
        (1780150920000, date(2026, 5, 30)),
        ("1780150920", date(2026, 5, 30)),
        ("03/04/2026", None),
        ("2026-02-30", None),
        ("soon", None),
        ("", None),
        (None, None),
        (True, None),
        (42, None),
    ],
)
def test_posting_dates_in_the_formats_sites_use(text: object, expected: date | None) -> None:
    assert parse_posting_date(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(2000, 1, 13), max_value=date(2099, 12, 31)))
def test_every_spelling_of_a_date_gives_that_date(day: date) -> None:
    spellings = [
        day.isoformat(),
        f"{day.isoformat()}T08:00:00+08:00",
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.day}.{day.month:02d}.{day.year}",
        day.strftime("%B %d, %Y"),
    ]
    assert {parse_posting_date(s) for s in spellings} == {day}
    assert parse_posting_date(day + timedelta(days=0)) == day


def test_employment_types_are_normalised() -> None:
    assert normalise_employment_type("Full-time") == "FULL_TIME"
    assert normalise_employment_type("FullTime") == "FULL_TIME"
    assert normalise_employment_type("part time, Contractor") == "PART_TIME, CONTRACTOR"
    assert normalise_employment_type("全职") == "全职"
    assert normalise_employment_type(None) is None


def test_html_to_text_keeps_blocks_apart_and_inline_together() -> None:
    text = html_to_text("<p>Hello <b>world</b></p><ul><li>one</li><li>two</li></ul>a<br>b")
    assert text == "Hello world\n\none\ntwo\n\na\nb"
    assert html_to_text("&lt;p&gt;Escaped &amp;amp; twice&lt;/p&gt;") == "Escaped & twice"


def test_chinese_pages_in_gbk_are_decoded() -> None:
    page = '<html><head><meta charset="gb2312"></head><body>该职位已下线</body></html>'
    assert "该职位已下线" in decode_body(page.encode("gbk"), "text/html")
    assert "该职位已下线" in decode_body(page.encode("gbk"), None)
    assert decode_body("é".encode(), "text/html; charset=utf-8") == "é"
