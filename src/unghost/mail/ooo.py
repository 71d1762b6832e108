"""Finds the day an out-of-office sender is back, from English or Chinese auto-reply text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from unghost.mail.dates import DateMention, find_dates
from unghost.mail.lexicon import compile_any, load_table

_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")
# "between 14/12 and 18/12": a range whose separator is "and"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_AND = re.compile(r"^\s*(?:and|和|与)\s*(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Cues:
    back_before: re.Pattern[str]
    until_before: re.Pattern[str]
    through_before: re.Pattern[str]
    through_before_zh: re.Pattern[str]
    range_between: re.Pattern[str]
    back_after: re.Pattern[str]
    until_after: re.Pattern[str]
    inclusive_after: re.Pattern[str]
    window_before: int
    window_after: int


@cache
def _cues() -> _Cues:
    table = load_table("mail_dates")["ooo_cues"]

    def ending(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"\b(?:" + "|".join(words) + r")\b(?:\s+(?:on|in|at|the|by))*\s*$", re.I)

    separators = "|".join(
        re.escape(s) if not s.isalpha() else rf"\b{s}\b" for s in table["range_separators"]
    )
    return _Cues(
        back_before=ending(table["back_before"]),
        until_before=ending(table["until_before"]),
        through_before=ending(table["through_before"]),
        through_before_zh=re.compile(r"(?:" + "|".join(table["through_before_zh"]) + r")\s*$"),
        range_between=re.compile(rf"^\s*(?:{separators})\s*(?:the\s+)?$", re.I),
        back_after=compile_any([f"^\\s*[)）]?\\s*(?:{w})" for w in table["back_after_zh"]]),
        until_after=compile_any([f"^\\s*[)）]?\\s*(?:{w})" for w in table["until_after_zh"]]),
        inclusive_after=compile_any([f"\\s*,?\\s*(?:{w})" for w in table["inclusive_after"]]),
        window_before=table["window_before"],
        window_after=table["window_after"],
    )


def _before(text: str, mention: DateMention, size: int) -> str:
    """The text just before a date, not reaching into the previous sentence."""
    window = text[max(0, mention.start - size) : mention.start]
    cut = [m.end() for m in _SENTENCE_END.finditer(window)]
    return window[cut[-1] :] if cut else window


def _rank(text: str, mention: DateMention, cues: _Cues) -> tuple[int, date] | None:
    """How surely a date is the return day (higher is surer), and the return day it implies."""
    before = _before(text, mention, cues.window_before)
    after = text[mention.end : mention.end + cues.window_after]
    if cues.back_before.search(before) or cues.back_after.search(after):
        return 3, mention.on
    if cues.until_after.search(after) or cues.until_before.search(before):
        # "until 14 July (inclusive)": away on the 14th too, back the day after
        inclusive = cues.inclusive_after.match(text, mention.end, mention.end + 16)
        return 2, mention.on + timedelta(days=1 if inclusive else 0)
    if cues.through_before.search(before) or cues.through_before_zh.search(before):
        return 2, mention.on + timedelta(days=1)
    return None


def find_return_date(text: str, sent: date, *, order: str | None = None) -> date | None:
    """The day the sender is back, or None when the text names none.

    "back on 12 October", "until 5 Jan" and "10月8日返回" give that day; "through Friday" and a
    range "3 to 10 October" / "from 3 until 10 October" / "10月1日至7日" give the day after. Dates before `sent` are ignored.
    """
    cues = _cues()
    limit = load_table("mail_dates")["yearless"]["max_future_days"]
    found = find_dates(text, sent, order=order)
    ahead = [sent <= m.on <= sent + timedelta(days=limit) for m in found]
    best: tuple[int, int, date] | None = None
    for i, mention in enumerate(found):
        if not ahead[i]:
            continue  # a range may start before the message was sent: its end still counts
        ranked = _rank(text, mention, cues)
        between = text[found[i - 1].end : mention.start] if i > 0 else ""
        ranged = i > 0 and (
            cues.range_between.match(between)
            or (_AND.match(between) and _BETWEEN.search(text, 0, found[i - 1].start))
        )
        if ranged and (ranked is None or ranked[0] < 3):
            # "from 3 until 10 October" is a range like "3 to 10 October": 10 is the last day away
            ranked = (ranked[0] if ranked else 1, mention.on + timedelta(days=1))
        if ranked is not None and (best is None or ranked[0] > best[0]):
            best = (ranked[0], mention.start, ranked[1])
    if best is not None:
        return best[2]
    written = [m for m, keep in zip(found, ahead, strict=True) if keep and m.kind == "date"]
    return written[0].on if len(written) == 1 else None
