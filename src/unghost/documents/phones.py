"""Finds phone numbers in normalised text with libphonenumber, for a region, and judges them."""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from unghost.documents.text import is_labelled, list_labelled_values

UNKNOWN_REGION = "ZZ"  # libphonenumber's "no region": only +CC numbers are recognised
_MIN_DIGITS = 6  # the shortest national numbers of the regions served have more
_LONG_DIGIT_RUN = re.compile(rf"\d(?:[ ().\-/]*\d){{{_MIN_DIGITS - 1},}}")
_FRAGMENT = 24  # characters either side of a line break when joining a split number
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_MONTH_YEAR = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])[./](?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d[./](?:0?[1-9]|1[0-2])(?!\d)"
)
_ENDS_IN_NUMBER = re.compile(r"[+(]?[\d(][\d ().-]*$")
_STARTS_WITH_DIGITS = re.compile(r"^ ?\d[\d ().-]*")
# After a label, words such as "no.", "number", "#" may come before the digits.
_BARE_DIGITS = re.compile(
    r"^[\s:.-]*(?:(?:no|nr|number|num|#|号码|号)\.?[\s:.-]*)?(\+?[\d(][\d ().-]{5,}\d)", re.I
)
_CONTACT_LINE_RUN = re.compile(r"(?<![\w.@+])\(?\d[\d ().-]{5,}\d(?![\w@])")
_PLUS_RUN = re.compile(r"(?<![\w+])\+\d[\d ().-]{5,}\d(?![\w])")
_GLUE_BEFORE = re.compile(r"[A-Za-z\u00C0-\u024F\u0300-\u036F$£¥€%]")
_GLUE_AFTER = re.compile(r"[A-Za-z\u00C0-\u024F$£¥€%]")


@dataclass(frozen=True, slots=True)
class FoundPhone:
    """A number as written; `e164` is set when libphonenumber calls it valid for its region."""

    raw: str
    start: int
    e164: str | None
    region: str | None = None  # the number's own country, for valid numbers
    needs_region: bool = False  # written without +CC while no region was known
    # A real number written so that it cannot be dialled as is ("(20) 3346 1234" in the UK,
    # trunk 0 left out): how it should be written, nationally.
    miswritten: str | None = None


def parse_phone(value: str, region: str | None) -> FoundPhone | None:
    """One number given on its own (a tel: link, the candidate record), or None if it is none."""
    try:
        number = phonenumbers.parse(value, region or UNKNOWN_REGION)
    except phonenumbers.NumberParseException:
        if region is None and not value.strip().startswith("+"):
            return FoundPhone(value.strip(), 0, None, needs_region=True)
        return FoundPhone(value.strip(), 0, None) if any(ch.isdigit() for ch in value) else None
    return _judged(value.strip(), 0, number)


def find_phones(text: str, region: str | None) -> list[FoundPhone]:
    """Numbers in `text`: the valid ones, and invalid ones that are clearly meant as phones
    (after a phone label, starting with +, or grouped like a phone number)."""
    found: list[FoundPhone] = []
    candidates = _candidate_lines(text)
    for offset, line in candidates:
        well_written: set[tuple[int, int]] | None = None
        for match in PhoneNumberMatcher(line, region or UNKNOWN_REGION, Leniency.POSSIBLE):
            raw = match.raw_string.strip()
            start = offset + match.start
            labelled = is_labelled(text, start, "phone")
            if _looks_like_dates(raw) and not labelled:
                continue  # "2019-2021" is a valid number in Essen, and a stint on a resume
            if not labelled and _glued(line, match.start, match.end):
                continue  # "abc415-666-7777", "$415-666-7777": part of a word or an amount
            judged = _judged(raw, start, match.number)
            if not judged.e164 and sum(ch.isdigit() for ch in raw) < _MIN_DIGITS:
                continue  # a piece of a longer broken number: the whole is found below
            if judged.e164:
                if well_written is None:  # libphonenumber's VALID leniency checks the writing
                    well_written = _well_written(line, region)
                if (match.start, match.end) not in well_written:
                    judged = _miswritten(judged, match.number)
            if judged.e164 or raw.startswith("+") or _meant_as_phone(text, start, raw):
                found.append(judged)
    joined = _split_across_lines(text, region, found)
    if joined:
        spans = [(phone.start, phone.start + len(phone.raw)) for phone in joined]
        found = [
            phone
            for phone in found
            if phone.e164 or not any(s <= phone.start < e for s, e in spans)
        ]
        found.extend(joined)
    found.extend(_unmatched_attempts(text, candidates, found, region))
    return sorted(found, key=lambda phone: phone.start)


def _well_written(line: str, region: str | None) -> set[tuple[int, int]]:
    matcher = PhoneNumberMatcher(line, region or UNKNOWN_REGION, Leniency.VALID)
    return {(match.start, match.end) for match in matcher}


def _miswritten(phone: FoundPhone, number: phonenumbers.PhoneNumber) -> FoundPhone:
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    international = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    fixed = international if phone.raw.lstrip().startswith(("+", "00")) else national
    return FoundPhone(phone.raw, phone.start, None, miswritten=fixed)


def _glued(line: str, start: int, end: int) -> bool:
    before = line[start - 1] if start > 0 else " "
    after = line[end] if end < len(line) else " "
    return bool(_GLUE_BEFORE.match(before) or _GLUE_AFTER.match(after))


def _unmatched_attempts(
    text: str, lines: list[tuple[int, str]], found: list[FoundPhone], region: str | None
) -> list[FoundPhone]:
    """Numbers libphonenumber would not match because they are broken (a digit short, an
    impossible length): after a phone label, or written with +CC. Reported, never dropped."""
    spans = [(phone.start, phone.start + len(phone.raw)) for phone in found]
    extra: list[FoundPhone] = []

    def add(start: int, raw: str, *, needs_region: bool) -> None:
        if any(s <= start < e or start <= s < start + len(raw) for s, e in spans):
            return
        spans.append((start, start + len(raw)))
        extra.append(FoundPhone(raw, start, None, needs_region=needs_region))

    spans_of_lines = [(start, start + len(line)) for start, line in lines]
    for position, rest in list_labelled_values(text, "phone", spans_of_lines):
        match = _BARE_DIGITS.match(rest)
        if match is None or sum(ch.isdigit() for ch in match.group(1)) < _MIN_DIGITS:
            continue
        raw = match.group(1).strip()
        if _looks_like_dates(raw):
            continue
        international = raw.startswith("+")
        add(position + match.start(1), raw, needs_region=region is None and not international)
    # Only lines holding a long digit run can hold these: the rest of the text is skipped.
    for line_start, line in lines:
        for match in _PLUS_RUN.finditer(line):
            if sum(ch.isdigit() for ch in match.group()) >= _MIN_DIGITS + 1:
                add(line_start + match.start(), match.group().strip(), needs_region=False)
        if "@" not in line:
            continue
        for match in _CONTACT_LINE_RUN.finditer(line):  # "jane@gmail.com | 9123 456 | ..."
            raw = match.group().strip()
            if sum(ch.isdigit() for ch in raw) >= _MIN_DIGITS + 1 and not _looks_like_dates(raw):
                add(line_start + match.start(), raw, needs_region=region is None)
    return extra


def _candidate_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for the lines that hold a run of digits long enough to be a number:
    libphonenumber is slow, and most lines of a resume hold none."""
    lines: dict[int, str] = {}
    for run in _LONG_DIGIT_RUN.finditer(text):
        start = text.rfind("\n", 0, run.start()) + 1
        if start not in lines:
            end = text.find("\n", run.end())
            lines[start] = text[start : end if end != -1 else len(text)]
    return list(lines.items())


def _judged(raw: str, start: int, number: phonenumbers.PhoneNumber) -> FoundPhone:
    if phonenumbers.is_valid_number(number):
        e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
        return FoundPhone(raw, start, e164, phonenumbers.region_code_for_number(number))
    return FoundPhone(raw, start, None)


def _looks_like_dates(raw: str) -> bool:
    """2019-2021, 03.2019 - 06.2021, 12/2019-01/2021: periods of a resume, not numbers."""
    groups = re.findall(r"\d+", raw)
    if len(groups) >= 2 and all(_YEAR.match(group) for group in groups):
        return True
    return _MONTH_YEAR.search(raw) is not None


def _meant_as_phone(text: str, start: int, raw: str) -> bool:
    return is_labelled(text, start, "phone") or _grouped_like_phone(raw)


def _grouped_like_phone(raw: str) -> bool:
    """123-456-7890 is meant as a phone; 3.5 2019-2021 and 2019-2021 are not."""
    groups = re.findall(r"\d+", raw)
    digits = sum(len(group) for group in groups)
    if not 3 <= len(groups) <= 5 or not 9 <= digits <= 13:
        return False
    if min(len(group) for group in groups) < 2 or sum(bool(_YEAR.match(g)) for g in groups) > 1:
        return False
    return not re.search(r"\d\.\d", raw) or raw.count(".") >= 2


def _split_across_lines(text: str, region: str | None, found: list[FoundPhone]) -> list[FoundPhone]:
    """Numbers broken over two lines ("Tel: +1 415 555\\n2671"), after a label or a +."""
    known = {phone.e164 for phone in found if phone.e164}
    joined: list[FoundPhone] = []
    for newline in (m.start() for m in re.finditer("\n", text)):
        before = _ENDS_IN_NUMBER.search(text[max(0, newline - _FRAGMENT) : newline])
        after = _STARTS_WITH_DIGITS.match(text[newline + 1 : newline + 1 + _FRAGMENT])
        if before is None or after is None:
            continue
        start = newline - len(before.group())
        if not (before.group().startswith("+") or is_labelled(text, start, "phone")):
            continue
        window = f"{before.group().rstrip()} {after.group().strip()}"
        for match in PhoneNumberMatcher(window, region or UNKNOWN_REGION, leniency=Leniency.VALID):
            if match.end <= len(before.group().rstrip()):
                continue  # entirely on the first line: already found there
            phone = _judged(match.raw_string, start + match.start, match.number)
            if phone.e164 and phone.e164 not in known:
                known.add(phone.e164)
                joined.append(phone)
    return joined
