"""ATS job boards (Greenhouse, Lever, Ashby): recognise their URLs, name the API, read answers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from unghost.postings.dates import parse_posting_date
from unghost.postings.model import BoardJob, PostingFields, PostingSource
from unghost.postings.schema import normalise_employment_type
from unghost.postings.text import html_to_text

_GREENHOUSE_HOSTS = frozenset(
    {
        "boards.greenhouse.io",
        "job-boards.greenhouse.io",
        "boards.eu.greenhouse.io",
        "job-boards.eu.greenhouse.io",
    }
)
_LEVER_HOSTS = {"jobs.lever.co": "", "jobs.eu.lever.co": "eu"}
_GREENHOUSE_EMBED = re.compile(
    r"greenhouse\.io/embed/job_(?:board|app)(?:/js)?\?[^\"'<>\s]*?\bfor=([A-Za-z0-9_.-]+)"
)
_SLUG = re.compile(r"^[A-Za-z0-9_.%-]+$")


@dataclass(frozen=True, slots=True)
class BoardEndpoints:
    """API base URLs; tests and mirrors point them elsewhere.

    EU-hosted Greenhouse boards (job-boards.eu.greenhouse.io) are served by the same
    boards-api host; Lever's EU tenants have their own API host.
    """

    greenhouse: str = "https://boards-api.greenhouse.io"
    lever: str = "https://api.lever.co"
    lever_eu: str = "https://api.eu.lever.co"
    ashby: str = "https://api.ashbyhq.com"


@dataclass(frozen=True, slots=True)
class BoardRef:
    """A posting (or a whole board when posting_id is None) on an ATS board."""

    ats: PostingSource
    board: str
    posting_id: str | None
    region: str = ""


def _segments(path: str) -> list[str]:
    return [unquote(s) for s in path.split("/") if s]


def _first(query: dict[str, list[str]], key: str) -> str | None:
    values = query.get(key)
    return values[0] if values else None


def find_board_ref(url: str) -> BoardRef | None:
    """The ATS board and posting a URL points at, or None for any other page."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    segments = _segments(parts.path)
    query = parse_qs(parts.query)
    if host in _GREENHOUSE_HOSTS:
        if segments[:1] == ["embed"]:
            board = _first(query, "for")
            token = _first(query, "token")
            return BoardRef(PostingSource.GREENHOUSE, board, token) if board else None
        if len(segments) >= 3 and segments[1] == "jobs" and segments[2].isdigit():
            return BoardRef(PostingSource.GREENHOUSE, segments[0], segments[2])
        if segments:
            return BoardRef(PostingSource.GREENHOUSE, segments[0], _first(query, "gh_jid"))
        return None
    if host.startswith("boards-api.") and host.endswith("greenhouse.io"):
        if len(segments) >= 3 and segments[:2] == ["v1", "boards"]:
            posting = segments[4] if len(segments) >= 5 and segments[3] == "jobs" else None
            return BoardRef(PostingSource.GREENHOUSE, segments[2], posting)
        return None
    if host in _LEVER_HOSTS and segments:
        posting = segments[1] if len(segments) >= 2 else None
        return BoardRef(PostingSource.LEVER, segments[0], posting, _LEVER_HOSTS[host])
    if host in {"api.lever.co", "api.eu.lever.co"} and segments[:2] == ["v0", "postings"]:
        if len(segments) >= 3:
            region = "eu" if ".eu." in host else ""
            posting = segments[3] if len(segments) >= 4 else None
            return BoardRef(PostingSource.LEVER, segments[2], posting, region)
        return None
    if host == "jobs.ashbyhq.com" and segments:
        posting = segments[1] if len(segments) >= 2 else None
        return BoardRef(PostingSource.ASHBY, segments[0], posting)
    if host == "api.ashbyhq.com" and segments[:2] == ["posting-api", "job-board"]:
        return BoardRef(PostingSource.ASHBY, segments[2], None) if len(segments) >= 3 else None
    return None


def find_board_ref_in_page(markup: str, url: str) -> BoardRef | None:
    """A company careers page that embeds a Greenhouse board (`?gh_jid=` pages)."""
    gh_jid = _first(parse_qs(urlsplit(url).query), "gh_jid")
    match = _GREENHOUSE_EMBED.search(markup)
    if match is None or not (gh_jid or "").isdigit():
        return None
    return BoardRef(PostingSource.GREENHOUSE, match.group(1), gh_jid)


def _slug(text: str) -> str:
    if text in {".", ".."} or not _SLUG.match(quote(text, safe="")):
        raise ValueError(f"not a board name: {text!r}")
    return quote(text, safe="")


def posting_api_url(ref: BoardRef, endpoints: BoardEndpoints) -> str | None:
    """The single-posting endpoint, or None where the ATS has none (Ashby)."""
    if ref.posting_id is None:
        return None
    board, posting = _slug(ref.board), _slug(ref.posting_id)
    if ref.ats is PostingSource.GREENHOUSE:
        return f"{endpoints.greenhouse}/v1/boards/{board}/jobs/{posting}"
    if ref.ats is PostingSource.LEVER:
        base = endpoints.lever_eu if ref.region == "eu" else endpoints.lever
        return f"{base}/v0/postings/{board}/{posting}?mode=json"
    return None


def board_api_url(ref: BoardRef, endpoints: BoardEndpoints) -> str:
    """The endpoint that lists every open job on the board."""
    board = _slug(ref.board)
    if ref.ats is PostingSource.GREENHOUSE:
        return f"{endpoints.greenhouse}/v1/boards/{board}/jobs"
    if ref.ats is PostingSource.LEVER:
        base = endpoints.lever_eu if ref.region == "eu" else endpoints.lever
        return f"{base}/v0/postings/{board}?mode=json"
    return f"{endpoints.ashby}/posting-api/job-board/{board}?includeCompensation=false"


def board_info_url(ref: BoardRef, endpoints: BoardEndpoints) -> str | None:
    """Greenhouse's board endpoint, which carries the company's display name."""
    if ref.ats is PostingSource.GREENHOUSE:
        return f"{endpoints.greenhouse}/v1/boards/{_slug(ref.board)}"
    return None


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, bool | dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def _greenhouse_employment(job: dict[str, Any]) -> str | None:
    for item in job.get("metadata") or []:
        if isinstance(item, dict) and "employment" in str(item.get("name", "")).lower():
            return normalise_employment_type(item.get("value"))
    return None


def _lever_description(job: dict[str, Any]) -> str | None:
    parts: list[str] = []
    main = job.get("descriptionPlain") or html_to_text(str(job.get("description") or ""))
    if main:
        parts.append(main.strip())
    for block in job.get("lists") or []:
        if isinstance(block, dict):
            heading = _str(block.get("text"))
            body = html_to_text(str(block.get("content") or ""))
            parts.append("\n".join(p for p in (heading, body) if p))
    extra = job.get("additionalPlain") or html_to_text(str(job.get("additional") or ""))
    if extra:
        parts.append(extra.strip())
    text = "\n\n".join(p for p in parts if p)
    return text or None


def read_board_posting(
    ref: BoardRef, job: dict[str, Any], *, company: str | None = None
) -> PostingFields:
    """PostingFields from one ATS job object (single endpoint or an entry of the list)."""
    if ref.ats is PostingSource.GREENHOUSE:
        location = job.get("location")
        return PostingFields(
            title=_str(job.get("title")),
            company=_str(job.get("company_name")) or company,
            location=_str(location.get("name")) if isinstance(location, dict) else None,
            date_posted=parse_posting_date(job.get("first_published")),
            employment_type=_greenhouse_employment(job),
            description=html_to_text(str(job.get("content") or "")) or None,
            posting_id=_str(job.get("id")),
        )
    if ref.ats is PostingSource.LEVER:
        categories = job.get("categories") if isinstance(job.get("categories"), dict) else {}
        assert isinstance(categories, dict)
        locations = categories.get("allLocations")
        location = _str(categories.get("location"))
        if not location and isinstance(locations, list):
            location = "; ".join(x for x in (_str(v) for v in locations) if x) or None
        return PostingFields(
            title=_str(job.get("text")),
            company=company,
            location=location,
            date_posted=parse_posting_date(job.get("createdAt")),
            employment_type=normalise_employment_type(categories.get("commitment")),
            description=_lever_description(job),
            posting_id=_str(job.get("id")),
        )
    description = job.get("descriptionPlain") or html_to_text(str(job.get("descriptionHtml") or ""))
    return PostingFields(
        title=_str(job.get("title")),
        company=company,
        location=_str(job.get("location")) or _str(job.get("locationName")),
        date_posted=parse_posting_date(job.get("publishedAt")),
        employment_type=normalise_employment_type(job.get("employmentType")),
        description=description.strip() or None if isinstance(description, str) else None,
        posting_id=_str(job.get("id")),
    )


_TITLE_KEYS = {PostingSource.GREENHOUSE: "title", PostingSource.LEVER: "text"}
_DATE_KEYS = {PostingSource.GREENHOUSE: "first_published", PostingSource.LEVER: "createdAt"}


def list_board_jobs(ref: BoardRef, payload: Any) -> list[tuple[BoardJob, dict[str, Any]]]:
    """Every listed job on a board answer, with its raw object; entries without an id skipped."""
    raw = payload if isinstance(payload, list) else (payload or {}).get("jobs")
    jobs: list[tuple[BoardJob, dict[str, Any]]] = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict) or item.get("isListed") is False:
            continue
        posting_id = _str(item.get("id"))
        title = _str(item.get(_TITLE_KEYS.get(ref.ats, "title")))
        if posting_id is None or title is None:
            continue
        url = _str(item.get("absolute_url") or item.get("hostedUrl") or item.get("jobUrl"))
        posted = parse_posting_date(item.get(_DATE_KEYS.get(ref.ats, "publishedAt")))
        jobs.append((BoardJob(posting_id, title, url, posted), item))
    return jobs
