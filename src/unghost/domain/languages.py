"""The languages unghost speaks (domain/wording.py holds their sentences): apart from the
sentence tables so that naming a language (cli/fast.py) loads none of them."""

from __future__ import annotations

LANGUAGES = ("en", "zh")


def find_language(value: str) -> str | None:
    """`en` or `zh` from a setting or flag (`zh-CN`, `ZH`, `en_US`...); None for anything else."""
    key = value.strip().lower()[:2]
    return key if key in LANGUAGES else None
