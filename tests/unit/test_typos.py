"""The mail-domain typo suggester: fixes what is mistyped, never what is merely unusual."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unghost.documents.typos import load_mail_domains, suggest_address, suggest_domain


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("gmial.com", "gmail.com"),
        ("hotmial.com", "hotmail.com"),
        ("qq.con", "qq.com"),
        ("163.cm", "163.com"),
        ("gmail.co", "gmail.com"),
        ("yahooo.com", "yahoo.com"),
        ("gmai.com", "gmail.com"),
        ("gamil.com", "gmail.com"),
        ("hotmail.co", "hotmail.com"),
        ("outlok.com", "outlook.com"),
        ("yahoo.cmo", "yahoo.com"),
        ("yahooo.cmo", "yahoo.com"),
        ("gmial.con", "gmail.com"),
        ("gmail.com.com", "gmail.com"),
        ("gmail", "gmail.com"),
        ("foxmial.com", "foxmail.com"),
        ("126.con", "126.com"),
        ("yeah.nte", "yeah.net"),
        ("aliyun.con", "aliyun.com"),
        ("139.con", "139.com"),
        ("sohu.co", "sohu.com"),
        ("qq.cm", "qq.com"),
        ("vip.qq.con", "vip.qq.com"),
        ("hotmial.co.uk", "hotmail.co.uk"),
        ("yahoo.co.jn", "yahoo.co.jp"),
        ("t-onlin.de", "t-online.de"),
        ("laposte.nte", "laposte.net"),
        ("rediffmial.com", "rediffmail.com"),
        ("outlok.es", "outlook.es"),
        ("randomsmallcompany.cmo", "randomsmallcompany.com"),
        ("con-artists.con", "con-artists.com"),
        ("GMIAL.COM", "gmail.com"),
        ("#gmail.com", "gmail.com"),
        ("gmail..com", "gmail.com"),
    ],
)
def test_mistyped_domain_gets_the_intended_one(typed: str, meant: str) -> None:
    assert suggest_domain(typed) == meant


@pytest.mark.parametrize(
    "domain",
    [
        # popular providers, as they are
        "gmail.com", "googlemail.com", "qq.com", "vip.qq.com", "foxmail.com", "163.com",
        "126.com", "163.net", "yeah.net", "sina.com", "sina.cn", "139.com", "aliyun.com",
        "yahoo.co.uk", "yahoo.co.jp", "gmx.fr", "gmx.de", "web.de", "mail.ru", "mail.com",
        "t-online.de", "orange.fr", "free.fr", "docomo.ne.jp", "rediffmail.com", "live.ca",
        # legitimate domains that merely look like one
        "company.io", "company.in", "company.co", "mop.com", "hq.com", "olive.fr", "web.co",
        "jane.dev", "stanford.edu", "cs.stanford.edu", "ustc.edu.cn", "mails.tsinghua.edu.cn",
        "uni-muenchen.de", "amazom.com", "acme.example", "kikoo.azdoij.cm", "telus.net",
        "virginmedia.com", "bigpond.com", "internode.on.net", "u.washington.edu",
    ],
)  # fmt: skip
def test_legitimate_domain_is_left_alone(domain: str) -> None:
    assert suggest_domain(domain) is None


@pytest.mark.parametrize("domain", ["", ".", "bücher.de", "xn--bcher-kva.de", "a b.com", "gm"])
def test_unusable_input_gets_no_suggestion(domain: str) -> None:
    assert suggest_domain(domain) is None


def test_address_keeps_its_local_part_as_written() -> None:
    assert suggest_address("Jane.Doe+jobs@GMIAL.com") == "Jane.Doe+jobs@gmail.com"
    assert suggest_address(" zhang.wei@163.cm ") == "zhang.wei@163.com"


@pytest.mark.parametrize("address", ["", "jane", "jane@", "@gmail.com", "jane@gmail.com"])
def test_address_without_a_fix_gets_none(address: str) -> None:
    assert suggest_address(address) is None


def test_every_popular_domain_is_left_alone() -> None:
    tables = load_mail_domains()
    assert [domain for domain in tables.popular if suggest_domain(domain)] == []


_DOMAIN_TEXT = st.from_regex(r"[a-z0-9]{1,12}(\.[a-z0-9]{1,6}){1,2}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(_DOMAIN_TEXT)
def test_a_suggestion_is_final_and_differs_from_the_input(domain: str) -> None:
    suggestion = suggest_domain(domain)
    if suggestion is not None:
        assert suggestion != domain
        assert suggest_domain(suggestion) is None


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(load_mail_domains().popular)), st.data())
def test_one_swapped_pair_in_a_long_provider_name_is_never_misdirected(
    domain: str, data: st.DataObject
) -> None:
    name, _, suffix = domain.partition(".")
    if len(name) < 6 or "." in suffix or len(set(name)) < len(name):
        return  # short names are corrected more cautiously; repeated letters may swap to itself
    index = data.draw(st.integers(min_value=1, max_value=len(name) - 2))
    swapped = name[:index] + name[index + 1] + name[index] + name[index + 2 :]
    # Corrected to exactly the provider, or left alone when ambiguous: never another domain.
    assert suggest_domain(f"{swapped}.{suffix}") in (None, domain)
