"""The pure check of predictable variants: a common word with digits, years, symbols or
swaps around it, a repeat, a keyboard or alphabet walk, a run of years."""

from __future__ import annotations

import pytest

from unghost.server.password_variants import common_variant, is_walk

COMMON = frozenset({"password", "sunshine", "dragon", "monkey", "jennifer", "abc"})


@pytest.mark.parametrize(("password", "why"), [
    ("Sunshine2024!", "decorated"),
    ("2024sunshine", "decorated"),
    ("p@ssw0rd1234", "decorated"),
    ("Pa55w0rd!2023", "decorated"),
    ("abc123456789", "walk"),
    ("abc1990abc1990", "repeat"),
    ("monkeymonkey", "repeat"),
    ("MonkeyMonkey99", "decorated"),
    ("aaaaaaaaaaaa", "repeat"),
    ("abcabcabcabc", "repeat"),
    ("121212121212", "repeat"),
    ("1qaz2wsx3edc", "walk"),
    ("qazwsxedcrfv", "walk"),
    ("123qweasdzxc", "walk"),
    ("1q2w3e4r5t6y", "walk"),
    ("poiuytrewq12", "walk"),
    ("abcdefghijkl", "walk"),
    ("199019911992", "years"),
])  # fmt: skip
def test_predictable_variants_are_named(password, why):
    assert common_variant(password, COMMON) == why


@pytest.mark.parametrize("password", [
    "correct horse battery staple", "mauve-ostrich-lamp", "purplerainbowhorse",
    "Xk9#mQ2vLp8w", "tr0ub4dor&3xyz", "sunshine and dragon tea", "qwerty123456 plus a tail",
    "", "   ",
])  # fmt: skip
def test_unpredictable_passwords_pass(password):
    assert common_variant(password, COMMON) is None


def test_a_walk_needs_four_keys_and_runs_of_two_on_the_keyboard_three_in_the_alphabet():
    assert not is_walk("qwe") and is_walk("qwer") and is_walk("1q2w")
    assert not is_walk("abde")  # ab, de: two-letter runs count only on the keyboard
    assert is_walk("abcdef") and is_walk("zyxwvu")
    assert not is_walk("horsebattery")


def test_it_is_pure_and_quick_on_the_longest_password():
    import time

    started = time.perf_counter()
    for _ in range(20):
        assert common_variant("x7Qm!" * 25 + "zz9", COMMON) is None
    assert time.perf_counter() - started < 2.0
