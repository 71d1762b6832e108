"""Passwords: argon2id hashes (argon2-cffi, RFC 9106 parameters) and the length rules."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from unghost.errors import InvalidInputError
from unghost.server.policy import auth_value

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher, Type

    return PasswordHasher(
        time_cost=auth_value("password", "time_cost"),
        memory_cost=auth_value("password", "memory_kib"),
        parallelism=auth_value("password", "parallelism"),
        type=Type.ID,
    )


@cache
def _dummy_hash() -> str:
    return _hasher().hash("an account that does not exist")


def _shipped_list(name: str) -> frozenset[str]:
    import gzip
    from importlib import resources

    raw = resources.files("unghost.data").joinpath(name).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of common passwords (data/common_passwords.txt.gz names its sources;
    scripts/common_passwords.py writes it)."""
    return _shipped_list("common_passwords.txt.gz")


@cache
def common_words() -> frozenset[str]:
    """Common passwords, words and names: the cores of predictable variants."""
    return common_passwords() | _shipped_list("common_words.txt.gz")


def check_password_rules(password: str) -> None:
    """InvalidInputError unless the password's length is within the documented limits, it
    is not one of the common passwords (ASVS 5.0 V6.2.4), whatever its letter case, and not a
    predictable variant of one (server/password_variants.py)."""
    low, high = auth_value("password", "min_chars"), auth_value("password", "max_chars")
    if len(password) < low:
        raise InvalidInputError(
            f"the password is shorter than {low} characters",
            hint="a passphrase of a few unrelated words is long and easy to remember",
        )
    if len(password) > high:
        raise InvalidInputError(f"the password is longer than {high} characters")
    if password.strip().lower() in common_passwords():
        raise InvalidInputError(
            "the password is one of the most common passwords, the first ones guessed",
            hint="a passphrase of a few unrelated words is long and easy to remember",
        )
    from unghost.server.password_variants import common_variant

    if common_variant(password, common_words()):
        raise InvalidInputError(
            "the password is a common password or word with digits, a year, symbols or a "
            "repeat added, or a walk along the keyboard: among the first guessed",
            hint="a passphrase of a few unrelated words is long and easy to remember",
        )


def hash_password(password: str) -> str:
    check_password_rules(password)
    return _hasher().hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches; with no hash, as slow as a real check (no timing tell)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > auth_value("password", "max_chars"):
        return False
    try:
        return _hasher().verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with other parameters than the data file's."""
    return _hasher().check_needs_rehash(password_hash)
