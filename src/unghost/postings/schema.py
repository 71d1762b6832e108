"""schema.org JobPosting (from JSON-LD or microdata) to PostingFields, whatever its shape."""

from __future__ import annotations

import html
import re
from typing import Any

from unghost.postings.dates import parse_posting_date
from unghost.postings.model import PostingFields
from unghost.postings.text import html_to_text, tidy_text

_COUNTRY_KEYS = ("addressCountry",)
_ADDRESS_KEYS = ("addressLocality", "addressRegion")
_REMOTE_TYPES = {"telecommute", "remote"}


def _text(value: Any) -> str | None:
    """A short text value: strings, {"name": ...}, {"@value": ...} or the first of a list."""
    if isinstance(value, list):
        for item in value:
            found = _text(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value") or value.get("value"))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        return None
    cleaned = html.unescape(value)
    if "<" in cleaned and ">" in cleaned:
        cleaned = html_to_text(cleaned)
    cleaned = " ".join(cleaned.split())
    return cleaned or None


def _place(value: Any) -> str | None:
    if isinstance(value, str):
        return _text(value)
    if not isinstance(value, dict):
        return None
    address = value.get("address", value)
    if isinstance(address, list):
        address = address[0] if address else None
    if isinstance(address, str):
        return _text(address)
    if not isinstance(address, dict):
        return _text(value.get("name"))
    parts = [_text(address.get(key)) for key in (*_ADDRESS_KEYS, *_COUNTRY_KEYS)]
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return ", ".join(seen) or _text(address.get("name")) or _text(value.get("name"))


def _location(posting: dict[str, Any]) -> str | None:
    raw = posting.get("jobLocation")
    places = raw if isinstance(raw, list) else [raw]
    names: list[str] = []
    for place in places:
        name = _place(place)
        if name and name not in names:
            names.append(name)
    kinds = posting.get("jobLocationType")
    kind_values = kinds if isinstance(kinds, list) else [kinds]
    if any(isinstance(k, str) and k.strip().lower() in _REMOTE_TYPES for k in kind_values):
        where = _text(posting.get("applicantLocationRequirements"))
        names.append(f"Remote ({where})" if where else "Remote")
    if not names:
        where = _text(posting.get("applicantLocationRequirements"))
        return where
    return "; ".join(names)


def normalise_employment_type(value: Any) -> str | None:
    """FULL_TIME style for Latin-script values ("Full-time" -> FULL_TIME); others as written."""
    values = value if isinstance(value, list) else re.split(r"[,;/]", value or "")
    seen: list[str] = []
    for item in values:
        text = _text(item)
        if not text:
            continue
        if text.isascii():
            text = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", text)  # FullTime -> Full_Time
            text = re.sub(r"[^A-Z0-9]+", "_", text.upper()).strip("_")
        if text and text not in seen:
            seen.append(text)
    return ", ".join(seen) or None


def _identifier(value: Any) -> str | None:
    if isinstance(value, list):
        return _identifier(value[0]) if value else None
    if isinstance(value, dict):
        return _text(value.get("value") or value.get("@value") or value.get("name"))
    return _text(value)


def _description(value: Any) -> str | None:
    if isinstance(value, list):
        value = "\n\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return None
    return tidy_text(html_to_text(value)) or None


def fields_from_schema(posting: dict[str, Any]) -> PostingFields:
    """Read one schema.org JobPosting object (JSON-LD or microdata shaped)."""
    return PostingFields(
        title=_text(posting.get("title")) or _text(posting.get("name")),
        company=_text(posting.get("hiringOrganization")),
        location=_location(posting),
        date_posted=parse_posting_date(posting.get("datePosted")),
        valid_through=parse_posting_date(posting.get("validThrough")),
        employment_type=normalise_employment_type(posting.get("employmentType")),
        description=_description(posting.get("description")),
        posting_id=_identifier(posting.get("identifier")),
    )


def richness(fields: PostingFields) -> int:
    """How many fields a reading filled, to pick the best of several postings on a page."""
    return sum(
        value is not None
        for value in (
            fields.title,
            fields.company,
            fields.location,
            fields.date_posted,
            fields.valid_through,
            fields.employment_type,
            fields.description,
        )
    )
