"""Finds evidence for the diagnosis in employer mail: a promised decision date, budget, holidays..."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from unghost.domain.evidence import PATTERN_SIGNAL_KINDS
from unghost.mail.dates import DateMention, find_dates
from unghost.mail.lexicon import compile_any, load_table

_SENTENCES = re.compile(r"[^.!?。！？\n]+[.!?。！？]?")
# The kinds found by patterns; the list lives with the diagnosis that weighs them.
SIGNAL_KINDS = PATTERN_SIGNAL_KINDS


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence: its kind, the sentence it came from, and a date if it names one."""

    kind: str
    text: str
    on: date | None = None


@dataclass(frozen=True, slots=True)
class _Patterns:
    kinds: dict[str, re.Pattern[str]]
    verbs: re.Pattern[str]
    cue_before: re.Pattern[str]
    cue_after: re.Pattern[str]
    within: re.Pattern[str]
    period: re.Pattern[str]
    numbers: dict[str, int]
    window_before: int
    window_after: int


@cache
def _patterns() -> _Patterns:
    signals = load_table("mail_patterns")["signals"]
    dates = load_table("mail_dates")
    cues = dates["decision_cues"]
    numbers = {**dates["numbers"]["en"], **dates["numbers"]["zh"]}
    words = "|".join(sorted(numbers, key=len, reverse=True))
    return _Patterns(
        kinds={kind: compile_any(signals[kind]) for kind in SIGNAL_KINDS},
        verbs=compile_any([rf"\b{v}" for v in cues["verbs_en"]] + cues["verbs_zh"]),
        cue_before=re.compile(r"\b(?:" + "|".join(cues["before_en"]) + r")\s+(?:the\s+)?$", re.I),
        cue_after=re.compile(r"^\s*(?:" + "|".join(cues["after_zh"]) + ")"),
        within=re.compile(
            rf"\bwithin\s+(?:the\s+)?(?:next\s+)?(?P<n>\d+|{words})\s+(?P<biz>business\s+|working\s+)?"
            r"(?P<unit>day|week)s?\b"
            rf"|(?P<zn>\d+|{words})\s*个?\s*(?P<zbiz>工作)?(?P<zunit>日|天|周|星期|礼拜)\s*(?:之)?内",
            re.I,
        ),
        period=re.compile(
            r"(?P<eow>\b(?:by\s+)?(?:the\s+)?end of (?:this|the) week\b|本周内|这周内|本周)"
            r"|(?P<eonw>\b(?:the\s+)?end of next week\b|下周内|下周(?![一二三四五六日天]))"
            r"|(?P<early>\bearly next week\b)|(?P<nw>\bnext week\b)"
            r"|(?P<eom>\b(?:the\s+)?end of (?:this|the) month\b|月底)",
            re.I,
        ),
        numbers=numbers,
        window_before=cues["window_before"],
        window_after=cues["window_after"],
    )


def _add_business_days(start: date, days: int) -> date:
    """Weekdays only; public holidays are the diagnosis calendar's business, not the mail's."""
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _number(value: str, numbers: dict[str, int]) -> int:
    return int(value) if value.isdigit() else numbers.get(value.lower(), 1)


def _relative_decision(sentence: str, sent: date, pats: _Patterns) -> date | None:
    monday = sent - timedelta(days=sent.weekday())
    found = pats.within.search(sentence)
    if found:
        count = _number(found["n"] or found["zn"], pats.numbers)
        unit = (found["unit"] or found["zunit"]).lower()
        if unit in ("week", "周", "星期", "礼拜"):
            return sent + timedelta(weeks=count)
        if found["biz"] or found["zbiz"]:
            return _add_business_days(sent, count)
        return sent + timedelta(days=count)
    period = pats.period.search(sentence)
    if period is None:
        return None
    if period["eow"]:
        friday = monday + timedelta(days=4)
        return friday if friday >= sent else friday + timedelta(days=7)
    if period["eonw"] or period["nw"]:
        return monday + timedelta(days=11)
    if period["early"]:
        return monday + timedelta(days=8)
    following = date(sent.year + sent.month // 12, sent.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _cued(sentence: str, mention: DateMention, pats: _Patterns) -> bool:
    before = sentence[max(0, mention.start - pats.window_before) : mention.start]
    after = sentence[mention.end : mention.end + pats.window_after]
    return bool(pats.cue_before.search(before) or pats.cue_after.match(after))


def find_decision_date(text: str, sent: date, *, order: str | None = None) -> Signal | None:
    """The date the employer promised an answer by, if a sentence promises one."""
    pats = _patterns()
    for found in _SENTENCES.finditer(text):
        sentence = found.group(0).strip()
        if not pats.verbs.search(sentence):
            continue
        mentions = [m for m in find_dates(sentence, sent, order=order) if m.on >= sent]
        cued = [m for m in mentions if _cued(sentence, m, pats)]
        if cued:
            return Signal("decision-date", sentence, cued[0].on)
        relative = _relative_decision(sentence, sent, pats)
        if relative is not None:
            return Signal("decision-date", sentence, relative)
    return None


def list_signals(text: str, sent: date, *, order: str | None = None) -> list[Signal]:
    """Every signal in `text` (the sender's own words: quotes and signatures stripped first)."""
    pats = _patterns()
    out: list[Signal] = []
    decision = find_decision_date(text, sent, order=order)
    if decision is not None:
        out.append(decision)
    for found in _SENTENCES.finditer(text):
        sentence = found.group(0).strip()
        for kind, pattern in pats.kinds.items():
            if pattern.search(sentence) and not any(s.kind == kind for s in out):
                out.append(Signal(kind, sentence))
    return out
