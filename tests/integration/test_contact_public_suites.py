"""Public typo and phone suites (../shared/external-testdata, read in place, never copied),
run through `unghost check` on text files: each suite must score at least 95%."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import phonenumbers
import pytest
from typer.testing import CliRunner

from tests.shared_data import external_testdata
from unghost.documents.typos import load_mail_domains

SHARED = external_testdata()
pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="the public test data is not here")
TYPOS = SHARED / "email_typos"
PHONES = SHARED / "phone_numbers" / "phonenumbermatcher_cases.json"
BAR = 0.95
_VALID_PHONE = {"US": "(415) 555-2671", "GB": "+44 20 7946 0958"}


@pytest.fixture(scope="module")
def check(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., dict[str, Any]]:
    from unghost.cli import _register, app

    _register()
    runner = CliRunner()
    directory = tmp_path_factory.mktemp("suites")
    env = {"UNGHOST_DB": str(directory / "db.sqlite"), "UNGHOST_LANG": "en"}

    def run(text: str, region: str | None = "US") -> dict[str, Any]:
        path = directory / "resume.txt"
        path.write_text(text, encoding="utf-8")
        args = ["check", str(path), "--json"] + (["--region", region] if region else [])
        result = runner.invoke(app, args, env=env)
        assert result.exit_code in (0, 4), result.output
        return json.loads(result.output)

    return run


def _resume(email_line: str) -> str:
    return f"Jordan Lee\nEmail: {email_line}\nPhone: {_VALID_PHONE['US']}\nEXPERIENCE\n"


def _suggestions(result: dict[str, Any]) -> list[str | None]:
    """What the check suggests for the address: a typo or invalid finding's suggestion."""
    return [
        f["suggestion"] for f in result["findings"] if f["code"] in ("email-typo", "email-invalid")
    ]


def _score(name: str, outcomes: list[tuple[str, bool]]) -> None:
    passed = sum(ok for _, ok in outcomes)
    failures = [case for case, ok in outcomes if not ok]
    share = passed / len(outcomes)
    print(f"{name}: {passed}/{len(outcomes)} ({share:.1%}); failing: {failures}")
    assert share >= BAR, f"{name}: {passed}/{len(outcomes)}; failing: {failures}"


def _flanker(name: str) -> Iterator[str]:
    for line in (TYPOS / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


def test_flanker_typos_are_fixed(check: Callable[..., dict[str, Any]]) -> None:
    outcomes = []
    for line in _flanker("flanker_domain_typos_valid.txt"):
        typo, correct = line.split(",")
        result = check(_resume(f"username@{typo}"))
        outcomes.append((typo, f"username@{correct}" in _suggestions(result)))
    _score("flanker typos fixed", outcomes)


def test_flanker_real_domains_are_left_alone(check: Callable[..., dict[str, Any]]) -> None:
    outcomes = []
    for domain in _flanker("flanker_domain_typos_invalid.txt"):
        result = check(_resume(f"username@{domain}"))
        alone = not _suggestions(result) and result["documents"]["resume"]["emails"] == [
            f"username@{domain}"
        ]
        outcomes.append((domain, alone))
    _score("flanker real domains left alone", outcomes)


def _expected_domain(case: dict[str, Any]) -> str | None:
    if "expected_domain" in case:
        return str(case["expected_domain"])
    expected = case.get("expected")
    return str(expected["domain"]) if expected else None


def _judged(check: Callable[..., dict[str, Any]], email: str, domain: str | None) -> bool:
    """A fix to `domain` suggested, or (domain None) no other address suggested."""
    result = check(_resume(email))
    suggestions = [s for s in _suggestions(result) if s]
    if domain is None:
        return not suggestions
    local = email.rpartition("@")[0].strip()
    return f"{local}@{domain}" in suggestions


def test_mailcheck_spec_cases(check: Callable[..., dict[str, Any]]) -> None:
    cases = json.loads((TYPOS / "mailcheck_js_spec_cases.json").read_text("utf-8"))
    spec_only = set(cases["spec_lists"]["domains"]) - set(
        cases["mailcheck_default_lists"]["defaultDomains"]
    )
    tlds = load_mail_domains().tlds
    outcomes = []
    for case in cases["suggest_cases"]:
        expected, typed_tld = _expected_domain(case), case["email"].rpartition(".")[2].lower()
        if expected in spec_only and typed_tld in tlds:
            continue  # only the spec's own domain list can fix a real suffix (emaildomain.co)
        outcomes.append((case["email"], _judged(check, case["email"], expected)))
    _score("mailcheck.js suggest cases", outcomes)


def test_pymailcheck_cases(check: Callable[..., dict[str, Any]]) -> None:
    cases = json.loads((TYPOS / "pymailcheck_extra_cases.json").read_text("utf-8"))
    outcomes = [  # cases with custom domain lists test the library's options, not a list
        (case["email"], _judged(check, case["email"], _expected_domain(case)))
        for case in cases["readme_cases_default_lists"]
        if case["domains"] == "default"
    ]
    _score("pymailcheck README cases", outcomes)


def test_wordpress_ios_cases(check: Callable[..., dict[str, Any]]) -> None:
    cases = json.loads((TYPOS / "wordpress_ios_email_typo_checker_cases.json").read_text("utf-8"))
    outcomes = []
    for case in cases["cases"]:
        given, expected = case["input"], case["expected"]
        domain = expected.rpartition("@")[2] if expected != given else None
        outcomes.append((given, _judged(check, given, domain)))
    _score("WordPress-iOS typo checker cases", outcomes)


def _e164(raw: str, region: str | None) -> str:
    number = phonenumbers.parse(raw, region or "ZZ")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _phone_outcome(
    check: Callable[..., dict[str, Any]], text: str, region: str | None, expect: str, raw: str
) -> bool:
    """expect "valid": the number listed; "invalid": a phone-invalid finding; "none": neither."""
    result = check(f"Jordan Lee\nEmail: jordan.lee@gmail.com\n{text}\n", region)
    phones = result["documents"]["resume"]["phones"]
    invalid = [f for f in result["findings"] if f["code"] == "phone-invalid"]
    if expect == "valid":
        return _e164(raw, region) in phones and not invalid
    if expect == "invalid":
        return bool(invalid) and not phones
    return not phones and not invalid


def test_phonenumbermatcher_cases(check: Callable[..., dict[str, Any]]) -> None:
    data = json.loads(PHONES.read_text("utf-8"))
    outcomes = []
    for group, cases in data["leniency_cases"].items():
        for case in cases:
            found_at = case["real_metadata_found_at"]
            raw, region = case["raw"], case["region"]
            if not found_at:  # not a number: in running text it must not be taken for one
                text, expect = f"Available {raw} onwards.", "none"
            else:
                text, expect = f"Phone: {raw}", "valid" if "VALID" in found_at else "invalid"
            outcomes.append((f"{group} {raw}", _phone_outcome(check, text, region, expect, raw)))
    for case in data["find_in_context_cases"]["cases"]:
        raw, region = case["raw"], case["region"]
        region = None if region in (None, "ZZ") else region
        expect = "valid" if case["real_metadata_found_in_sentence_VALID"] else "invalid"
        outcomes.append(
            (f"context {raw}", _phone_outcome(check, f"Phone: {raw}", region, expect, raw))
        )
    contexts = data["context_cases"]["real_metadata_results"]
    for kind, expect in (("valid_contexts", "valid"), ("possible_but_not_valid_contexts", "")):
        for case in contexts[kind]:
            result = check(f"Jordan Lee\nEmail: jordan.lee@gmail.com\n{case['text']}\n", "US")
            listed = "+14156667777" in result["documents"]["resume"]["phones"]
            outcomes.append((case["text"], listed == (expect == "valid")))
    for case in data["whole_text_cases"]:
        region = case["region"]
        result = check(f"Jordan Lee\nEmail: jordan.lee@gmail.com\n{case['text']}\n", region)
        expected = {_e164(raw, region) for raw in case["real_metadata_default_VALID_raw"]}
        outcomes.append((case["text"], set(result["documents"]["resume"]["phones"]) == expected))
    _score("phonenumbermatcher cases", outcomes)
