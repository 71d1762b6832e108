"""Scores a text against every label's phrases (mail_patterns.toml [classify.*]), cheaply.

A phrase is tried only when one of the literal words it cannot match without occurs in the
text (unghost.mail.triggers). Those words are looked for only when the text holds their first
three characters, so a message costs a few dozen substring tests, not one per phrase.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from unghost.mail.lexicon import compile_any, load_table
from unghost.mail.triggers import find_trigger

STRENGTHS = ("decisive", "strong", "medium", "weak")
_SENTENCE_END = re.compile(r"[.!?。！？\n]+")
_ADDRESSED = re.compile(r"\b(you|your)\b|您|你", re.IGNORECASE)
_PREFIX = 3


@dataclass(frozen=True, slots=True)
class _Entry:
    label: str
    strength: str
    regex: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Phrasebook:
    labels: tuple[str, ...]  # in priority order
    entries: tuple[_Entry, ...]  # label-major, priority order
    always: tuple[int, ...]  # entries without a trigger word
    by_word: dict[str, tuple[int, ...]]
    by_prefix: dict[str, tuple[str, ...]]  # first 1-3 characters -> trigger words
    weights: dict[str, float]
    conditional: re.Pattern[str]
    conditional_labels: frozenset[str]
    negated: re.Pattern[str]  # matches the end of a clause that negates what follows
    negatable_labels: frozenset[str]
    negation_window: int
    turns_into: str  # the label a negated offer or invitation to the candidate speaks for
    turn_weight: float
    postponed: re.Pattern[str]  # a sentence that only postpones ("not ... yet") decides nothing


@cache
def load_phrasebook() -> Phrasebook:
    table = load_table("mail_patterns")["classify"]
    entries: list[_Entry] = []
    always: list[int] = []
    by_word: dict[str, list[int]] = {}
    for label in table["priority"]:
        for strength in STRENGTHS:
            for pattern in table[label].get(strength, []):
                index = len(entries)
                entries.append(_Entry(label, strength, re.compile(pattern, re.IGNORECASE)))
                trigger = find_trigger(pattern)
                if trigger is None:
                    always.append(index)
                for word in trigger or ():
                    by_word.setdefault(word, []).append(index)
    by_prefix: dict[str, list[str]] = {}
    for word in by_word:
        by_prefix.setdefault(word[:_PREFIX], []).append(word)
    return Phrasebook(
        labels=tuple(table["priority"]),
        entries=tuple(entries),
        always=tuple(always),
        by_word={w: tuple(ids) for w, ids in by_word.items()},
        by_prefix={p: tuple(words) for p, words in by_prefix.items()},
        weights=dict(table["weights"]),
        conditional=compile_any(table["conditional"]),
        conditional_labels=frozenset(table["conditional_labels"]),
        negated=compile_any([f"(?:{p})$" for p in table["negation"]["before"]]),
        negatable_labels=frozenset(table["negation"]["labels"]),
        negation_window=table["negation"]["window"],
        turns_into=table["negation"]["turns_into"],
        turn_weight=dict(table["weights"])[table["negation"]["turn_weight"]],
        postponed=compile_any(table["negation"]["postponed"]),
    )


def _sentence_starts(text: str, book: Phrasebook) -> tuple[list[int], list[bool]]:
    """Where each sentence starts, and whether it is conditional ("If you are not selected")."""
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    ends = [*starts[1:], len(text)]
    conditional = [
        bool(book.conditional.search(text[b:e])) for b, e in zip(starts, ends, strict=True)
    ]
    return starts, conditional


def _candidates(text: str, book: Phrasebook) -> Sequence[int]:
    """The entries worth trying on `text`, in priority order."""
    lowered = text.lower()
    grams = {lowered[i : i + n] for n in range(1, _PREFIX + 1) for i in range(len(lowered) - n + 1)}
    ids = set(book.always)
    for prefix in grams.intersection(book.by_prefix):
        for word in book.by_prefix[prefix]:
            if word in lowered:
                ids.update(book.by_word[word])
    return sorted(ids)


def _turns(text: str, starts: list[int], sentence: int, book: Phrasebook) -> bool:
    """Whether a negated offer or invitation in this sentence is a decision said to the reader."""
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
    words = text[starts[sentence] : end]
    return bool(_ADDRESSED.search(words)) and not book.postponed.search(words)


def score_phrases(text: str, scores: dict[str, float], evidence: dict[str, list[str]]) -> None:
    """Add every label's phrase weights; each phrase counts once, outside earlier labels' spans.

    Labels are read in priority order: a match that overlaps a (longer than 3 characters,
    not weak) match of an earlier label does not count, so "unable to offer you the position"
    is a rejection and not an offer. `unrelated` takes no span from the labels after it, and
    earlier labels' spans do not hide its phrases: "book a mock interview" says what kind of
    mail this is even though "book a ... interview" is an invitation's phrase. An
    offer or invitation in a negated clause ("we won't be scheduling the next round") does not
    count either.
    """
    book = load_phrasebook()
    text = text.replace("\u2019", "'")  # same length: spans stay where they were
    starts, conditional = _sentence_starts(text, book)
    turned = False
    taken: list[tuple[int, int]] = []
    spans: list[tuple[int, int]] = []
    current = ""
    for index in _candidates(text, book):
        entry = book.entries[index]
        if entry.label != current:
            if current != "unrelated":
                taken.extend(s for s in spans if s[1] - s[0] > 3)
            spans, current = [], entry.label
        for match in entry.regex.finditer(text):
            begin, end = match.span()
            if entry.label != "unrelated" and any(
                begin < t_end and t_begin < end for t_begin, t_end in taken
            ):
                continue
            sentence = bisect.bisect_right(starts, begin) - 1
            if conditional[sentence] and entry.label not in book.conditional_labels:
                continue
            if entry.label in book.negatable_labels and book.negated.search(
                text, max(starts[sentence], begin - book.negation_window), begin
            ):
                # "we won't be extending an offer" is no offer, and said to you, a refusal
                if not turned and _turns(text, starts, sentence, book):
                    scores[book.turns_into] += book.turn_weight
                    evidence[book.turns_into].append(f"negated: {match.group(0)}")
                    turned = True
                continue
            if entry.strength != "weak":
                spans.append((begin, end))
            scores[entry.label] += book.weights[entry.strength]
            evidence[entry.label].append(match.group(0))
            break
