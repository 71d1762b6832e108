"""Traditional Chinese read as Simplified, for the mail reader's words only: 很遺憾 is 很遗憾 and
面試 is 面试 to the patterns, the model and the date finder, so mail from Taiwan, Hong Kong or
Macau is read like mail from the mainland. What is stored and shown keeps the sender's own
characters. The table is data (data/hanzi_t2s.txt, from OpenCC's dictionary: its header says
which files and licence)."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# CJK Unified Ideographs and Extension A, where every character of the table lives: text without
# any (English mail) is not translated at all
_HAN = re.compile(r"[\u3400-\u9fff]")


@cache
def _table() -> dict[int, str]:
    text = resources.files("unghost.data").joinpath("hanzi_t2s.txt").read_text(encoding="utf-8")
    pairs = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {ord(traditional): simplified for traditional, simplified in pairs}


def simplified(text: str) -> str:
    """`text` with each Traditional character in its Simplified form (others unchanged)."""
    if not text or not _HAN.search(text):
        return text
    return text.translate(_table())
