"""Finds attempts at an email address that are not well formed: every @ in the text is looked at,
and what surrounds it is read as the address the writer meant, with what is wrong with it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from unghost.documents.datafiles import load_table
from unghost.documents.text import is_labelled, label_end_before
from unghost.documents.typos import load_mail_domains, split_domain, suggest_domain

# Characters that end an address on either side (CJK text is often glued to it).
_STOP = re.compile(r"[\s|/\\·•<>\"\[\]\u3000-\u3001\u3003-\u303f\u4e00-\u9fff\uff01-\uff5e]")
_LEAD = "([{'\"<*"
_TRAIL = ".,;:!?)]}>'\"*"
_LOCAL_OK = re.compile(r"[\w.%+'!#$&*=?^`{}~-]+")
_DOMAIN_OK = re.compile(r"[\w.-]+")
_DOMAIN_LIKE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")
_WORD_BEFORE = re.compile(r"([A-Za-z0-9._%+-]+) $")
_WORD_AFTER = re.compile(r"^ ([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])")
_ONE_WORD = re.compile(r"\s*:?\s*([a-z0-9._-]+) ")
# Between the fields of a contact line: "jane@x.com  |  +1 415 …  |  linkedin.com/in/jane".
_FIELD_GAP = re.compile(r"\s[|•·∙⋅/]\s|\t|\s{3,}")
_FIELD_WORD = re.compile(r"\s*([a-z0-9._-]+) ")
_NEXT_LINE_DOMAIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+)")


@dataclass(frozen=True, slots=True)
class BrokenEmail:
    """An address as written that cannot work; `reason` is a key of the messages
    (two-at, space-inside, no-tld, wrong-dot, illegal-char, nothing-after-at)."""

    raw: str
    start: int
    end: int
    reason: str
    suggestion: str | None
    detail: str | None = None  # the offending character, for the message


@dataclass(frozen=True, slots=True)
class Attempt:
    """What one @ gives: a well-formed address (`address`), or a broken one."""

    start: int
    end: int
    address: str | None = None
    broken: BrokenEmail | None = None


@cache
def _wrong_dots() -> tuple[str, ...]:
    return tuple(load_table("mail_typos")["email_marks"]["wrong_dots"])


def find_attempts(text: str) -> list[Attempt]:
    """Every @ in normalised `text`, read as an address: the broken ones with their reason, and
    well-formed ones the plain pattern misses (split over two lines, an odd suffix)."""
    attempts: list[Attempt] = []
    position = text.find("@")
    while position != -1:
        attempt = _read_at(text, position)
        if attempt is not None:
            attempts.append(attempt)
            position = max(position + 1, attempt.end)
        else:
            position += 1
        position = text.find("@", position)
    return attempts


def _read_at(text: str, at: int) -> Attempt | None:
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    left = at
    while left > line_start and not _STOP.match(text[left - 1]):
        left -= 1
    right = at + 1
    while right < line_end and not _STOP.match(text[right]):
        right += 1
    while left < at and text[left] in _LEAD:
        left += 1
    while right > at + 1 and text[right - 1] in _TRAIL:
        right -= 1
    local = text[left:at]
    if ":" in local:  # a label glued on: "Email:jane", "mailto:jane"
        left += local.rfind(":") + 1
        local = text[left:at]
    domain = text[at + 1 : right]
    labelled = is_labelled(text, left, "email")
    if not local:
        before = _WORD_BEFORE.search(text[line_start:at])
        if before is None or not _plausible_domain(
            domain.lstrip(" ") or _after(text, at, line_end)
        ):
            return None
        left = line_start + before.start(1)
        local = before.group(1)
        if not domain:
            after = _WORD_AFTER.match(text[at + 1 : line_end])
            if after is None:
                return None
            domain = after.group(1)
            right = at + 1 + after.end(1)
        return _broken(text, left, right, "space-inside", f"{local}@{domain}")
    if not domain:
        after = _WORD_AFTER.match(text[at + 1 : line_end])
        if after is not None and _plausible_domain(after.group(1)):
            right = at + 1 + after.end(1)
            return _broken(text, left, right, "space-inside", f"{local}@{after.group(1)}")
        if right == line_end:  # "jane.doe@" at the end of a line, the domain on the next
            following = _NEXT_LINE_DOMAIN.match(text[line_end + 1 : line_end + 80])
            if following and _plausible_domain(following.group(1)):
                end = line_end + 1 + following.end(1)
                return Attempt(left, end, address=f"{local}@{following.group(1)}")
        if labelled and _LOCAL_OK.fullmatch(local):
            return _broken(text, left, right, "nothing-after-at", None)
        return None
    word = _word_after_label(text, line_start, left) if labelled else None
    word = word or _word_in_field(text[line_start:line_end], left - line_start, right - line_start)
    if word:
        return _broken(text, left - len(word) - 1, right, "space-inside", f"{word}{local}@{domain}")
    return _judge_parts(text, left, right, local, domain, labelled=labelled)


def _word_after_label(text: str, line_start: int, left: int) -> str | None:
    """ "priya" in "Email: priya nair@outlook.com": one lower-case word between label and address."""
    end = label_end_before(text, left, "email")
    if end is None:
        return None
    match = _ONE_WORD.fullmatch(text[end:left])
    return match.group(1) if match else None


def _word_in_field(line: str, left: int, right: int) -> str | None:
    """ "priya" in "priya nair@outlook.com  |  +49 30 901820": on a line of contact fields, an
    address whose field holds one more lower-case word before it was typed with a space inside."""
    gaps = list(_FIELD_GAP.finditer(line))
    if not gaps:
        return None
    start = max((g.end() for g in gaps if g.end() <= left), default=0)
    end = min((g.start() for g in gaps if g.start() >= right), default=len(line))
    if line[right:end].strip():
        return None
    match = _FIELD_WORD.fullmatch(line[start:left])
    return match.group(1) if match else None


def _after(text: str, at: int, line_end: int) -> str:
    after = _WORD_AFTER.match(text[at + 1 : line_end])
    return after.group(1) if after else ""


def _judge_parts(
    text: str, left: int, right: int, local: str, domain: str, *, labelled: bool
) -> Attempt | None:
    if "@" in domain:
        return _two_at(text, left, right, local, domain)
    for mark in _wrong_dots():
        if mark in domain:
            fixed = domain.replace(mark, ".")
            if _plausible_domain(fixed):
                return _broken(text, left, right, "wrong-dot", f"{local}@{fixed}", mark)
    if bad := _illegal(local, _LOCAL_OK) or _illegal(domain, _DOMAIN_OK):
        fixed_local = local.replace(",", ".") if bad == "," else _strip_illegal(local)
        fixed_domain = _strip_illegal(domain, _DOMAIN_OK)
        suggestion = f"{fixed_local}@{fixed_domain}" if fixed_local else None
        if not (labelled or _plausible_domain(fixed_domain)):
            return None
        return _broken(text, left, right, "illegal-char", suggestion, bad)
    if "." not in domain.strip("."):
        suggestion = _no_tld_fix(domain)
        if suggestion is None and not labelled:
            return None  # "team@work" in running text: not meant as an address
        no_tld_fix = f"{local}@{suggestion}" if suggestion else None
        return _broken(text, left, right, "no-tld", no_tld_fix)
    return Attempt(left, right, address=f"{local}@{domain}")


def _two_at(text: str, left: int, right: int, local: str, domain: str) -> Attempt:
    parts = [part for part in domain.split("@")]
    if all(part == "" for part in parts[:-1]):  # jane@@gmail.com
        return _broken(text, left, right, "two-at", f"{local}@{parts[-1]}")
    head, _, last = domain.rpartition("@")
    tables = load_mail_domains()
    if "@" not in head and tables.is_real_tld(last.lower()):  # ana@gmail@com
        return _broken(text, left, right, "two-at", f"{local}@{head}.{last}")
    return _broken(text, left, right, "two-at", None)


def _illegal(part: str, allowed: re.Pattern[str] = _LOCAL_OK) -> str | None:
    for char in part:
        if not allowed.fullmatch(char):
            return char
    return None


def _strip_illegal(part: str, allowed: re.Pattern[str] = _LOCAL_OK) -> str:
    return "".join(char for char in part if allowed.fullmatch(char)).strip(".`'")


def _no_tld_fix(domain: str) -> str | None:
    """gmail, hotmail, yahoocom: a provider's name (with its suffix glued on), never a guess."""
    lowered = domain.lower().strip(".")
    suggestion = suggest_domain(lowered)
    if suggestion is None:
        return None
    tables = load_mail_domains()
    _, name, _ = split_domain(suggestion, tables.suffixes)
    if name == lowered or suggestion.replace(".", "") == lowered:
        return suggestion
    return None


def _plausible_domain(domain: str) -> bool:
    """A provider's name, or labels ending in a real top-level domain."""
    lowered = domain.lower().strip(".")
    if not lowered or not _DOMAIN_LIKE.match(lowered) or not re.search("[a-z]", lowered):
        return False
    if "." in lowered and not re.search("[a-z]", lowered.rsplit(".", 1)[-1]):
        return False  # 5 @ 10.00
    tables = load_mail_domains()
    if "." not in lowered:
        return _no_tld_fix(lowered) is not None
    return tables.is_real_tld(lowered.rsplit(".", 1)[-1]) or suggest_domain(lowered) is not None


def _broken(
    text: str, left: int, right: int, reason: str, suggestion: str | None, detail: str | None = None
) -> Attempt:
    raw = text[left:right]
    return Attempt(left, right, broken=BrokenEmail(raw, left, right, reason, suggestion, detail))


_LABELLED_NO_AT = re.compile(
    r"^[\s:.-]*([A-Za-z0-9][A-Za-z0-9._%+-]*)(?:\s+|(?=\.))\.?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)\s*$"
)


def find_missing_at(text: str, taken: list[tuple[int, int]]) -> list[BrokenEmail]:
    """ "Email: jordan.lee gmail.com", "Email: jordan.lee.gmail.com": an address after its label
    with the @ left out, when what follows is a mail provider's domain."""
    from unghost.documents.text import list_labelled_values

    found = []
    tables = load_mail_domains()
    for position, rest in list_labelled_values(text, "email"):
        if "@" in rest or any(start <= position < end for start, end in taken):
            continue
        match = _LABELLED_NO_AT.match(rest)
        if match is None:
            continue
        local, domain = match.group(1), match.group(2).lower()
        if domain not in tables.popular:
            for candidate in tables.popular:  # jordan.lee.gmail.com: the dot stood for the @
                if f"{local}.{domain}".lower().endswith("." + candidate):
                    local = f"{local}.{domain}"[: -len(candidate) - 1]
                    domain = candidate
                    break
            else:
                continue
        start = position + match.start(1)
        end = position + match.end(2)
        found.append(BrokenEmail(text[start:end], start, end, "missing-at", f"{local}@{domain}"))
    return found
