"""Normalises extracted text for contact finding, and knows the labels that introduce contacts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from unghost.documents.datafiles import load_table

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_TRANSLATION = {ord(ch): "-" for ch in _DASHES} | {ord(ch): None for ch in _INVISIBLE}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")  # icon fonts (Font Awesome phone, envelope...)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_DIGIT_DASHES = re.compile(r"(?<=\d)-{2,}(?=\d)")
_LABEL_WINDOW = 40
_SPACED_GUARD = re.compile(r"\S[ \u00a0]\S[ \u00a0]\S[ \u00a0]\S")  # cheap: 4 spaced letters
_WORD_GAP = re.compile(r"[ \u00a0]{2,}")
_SPACED_MIN_TOKENS = 8  # "E m a i l : j a n e @ ...": a letter-spaced heading or contact line
_SPACED_SHARE = 0.8


def _unspace(line: str) -> str:
    """ "E m a i l : j a n e @ g m a i l . c o m" as "Email: jane@gmail.com": letter-spaced
    lines (a style of resume templates) keep wider gaps between words, or none at all."""
    tokens = line.replace("\u00a0", " ").split(" ")
    words = [token for token in tokens if token]
    if len(words) < _SPACED_MIN_TOKENS or sum(len(w) == 1 for w in words) < _SPACED_SHARE * len(
        words
    ):
        return line
    collapsed = " ".join(word.replace(" ", "") for word in _WORD_GAP.split(line.strip()))
    lowered = collapsed.lower()
    for label in _label_words():
        if len(label) > 2 and lowered.startswith(label) and len(collapsed) > len(label):
            if collapsed[len(label)] not in " :":  # "Emailjane@..." : the gap was lost
                return f"{collapsed[: len(label)]} {collapsed[len(label) :]}"
            break
    return collapsed


@cache
def _label_words() -> tuple[str, ...]:
    """Every label, longest first, with spaces removed as letter-spacing removes them."""
    table = load_table("contact_labels")
    labels = {
        label.replace(" ", "") for kind in ("email", "phone") for label in table[kind]["labels"]
    }
    return tuple(sorted(labels, key=len, reverse=True))


def normalize_text(text: str) -> str:
    """Text with one spelling per character: NFKC (full-width digits and colons become ASCII),
    every Unicode dash a hyphen, soft hyphens and zero-width marks removed, icon glyphs and runs
    of spaces one space, and line breaks "\\n" (PDFium also writes a lone "\\r" between words)."""
    text = text.replace("\r\n", "\n").replace("\r", " ")
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATION)
    text = _PRIVATE_USE.sub(" ", text)
    if _SPACED_GUARD.search(text):
        text = "\n".join(_unspace(line) for line in text.split("\n"))
    text = _SPACES.sub(" ", text)
    return _DIGIT_DASHES.sub("-", text)


def _label_pattern(labels: list[str]) -> re.Pattern[str]:
    alternatives = []
    for label in sorted(labels, key=len, reverse=True):
        escaped = re.escape(label).replace(r"\ ", r"\s?")
        if label.isascii() and len(label) == 1:
            alternatives.append(rf"(?<![A-Za-z]){escaped}\s?:")  # "E:", "T:" need their colon
        elif label[0].isascii():
            alternatives.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])")
        else:
            alternatives.append(escaped)
    return re.compile("|".join(alternatives), re.IGNORECASE)


@cache
def _labels(kind: str) -> re.Pattern[str]:
    return _label_pattern(load_table("contact_labels")[kind]["labels"])


def is_labelled(text: str, position: int, kind: str) -> bool:
    """Whether a label of `kind` ("email" or "phone") comes shortly before `position` on its line."""
    line_start = text.rfind("\n", 0, position) + 1
    window = text[max(line_start, position - _LABEL_WINDOW) : position]
    return _labels(kind).search(window) is not None


def label_end_before(text: str, position: int, kind: str) -> int | None:
    """Where the last label of `kind` before `position` on its line ends, or None."""
    line_start = text.rfind("\n", 0, position) + 1
    start = max(line_start, position - _LABEL_WINDOW)
    ends = [match.end() for match in _labels(kind).finditer(text, start, position)]
    return ends[-1] if ends else None


def list_labelled_values(
    text: str, kind: str, spans: list[tuple[int, int]] | None = None
) -> list[tuple[int, str]]:
    """(position, rest of line) after each label of `kind`, for values no matcher recognised;
    only within `spans` (start, end) when given: the label pattern is slow on a whole text."""
    found = []
    pattern = _labels(kind)
    matches = (
        pattern.finditer(text)
        if spans is None
        else (match for start, end in spans for match in pattern.finditer(text, start, end))
    )
    for match in matches:
        line_end = text.find("\n", match.end())
        rest = text[match.end() : line_end if line_end != -1 else len(text)]
        found.append((match.end(), rest))
    return found
