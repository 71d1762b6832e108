"""Pure judgement of a posting's state from one observation, the previous snapshot and today."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

from unghost.postings.model import (
    STRUCTURED_SOURCES,
    BoardJob,
    Observation,
    PostingFields,
    PostingSnapshot,
    PostingSource,
    PostingState,
)
from unghost.postings.tables import PostingPhrases, load_posting_phrases, normalise_text

_UNREACHABLE_REASONS = {
    "timeout": "the site took too long to answer",
    "network": "the site could not be reached",
    "robots": "the site's robots.txt asks robots not to read the page",
    "rate-limited": "the site asked us to slow down",
    "too-large": "the page is larger than unghost reads",
    "content-type": "the address no longer serves a web page",
    "too-many-redirects": "the address redirects in circles",
    "bad-redirect": "the site sent a broken redirect",
    "refused": "the address now points somewhere unghost does not fetch from",
    "unreadable": "the page shows no posting unghost can read (it may need a browser)",
}


@dataclass(frozen=True, slots=True)
class Verdict:
    state: PostingState
    reason: str
    evidence: tuple[str, ...] = ()
    confirmed: bool = True
    new_url: str | None = None


def normalise_title(title: str | None, phrases: PostingPhrases | None = None) -> str:
    """A title reduced to what names the job: case, punctuation and m/w/d markers dropped."""
    if not title:
        return ""
    table = phrases or load_posting_phrases()
    text = title
    for pattern in table.title_ignore:
        text = pattern.sub(" ", text)
    return " ".join(re.sub(r"[^\w]+", " ", normalise_text(text)).split())


def find_closed_phrases(
    page_text: str, description: str | None, phrases: PostingPhrases | None = None
) -> list[str]:
    """Closed-posting phrases on the page, except those the posting's own text contains."""
    table = phrases or load_posting_phrases()
    page = normalise_text(page_text)
    own = normalise_text(description or "")
    found: list[str] = []
    for _phrase, pattern in table.closed_patterns:
        match = pattern.search(page)
        if match and match.group(0) not in found and not pattern.search(own):
            found.append(match.group(0))
    return found


def is_generic_landing(original: str, final: str, phrases: PostingPhrases | None = None) -> bool:
    """True when a redirect took a posting URL to a careers, search or error page."""
    table = phrases or load_posting_phrases()
    before, after = urlsplit(original), urlsplit(final)
    before_path = unquote(before.path).rstrip("/").casefold()
    after_path = unquote(after.path).rstrip("/").casefold()
    if after_path == before_path and after.query == before.query:
        return False
    if table.error_query_keys & set(parse_qs(after.query)):
        return True
    if not after_path:
        return True
    last = after_path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if normalise_text(last) in table.careers_segments:
        return True
    return after_path != before_path and before_path.startswith(after_path + "/")


def _same_job(a: PostingFields | PostingSnapshot, b: PostingFields, table: PostingPhrases) -> bool:
    if normalise_title(a.title, table) != normalise_title(b.title, table) or not b.title:
        return False
    if a.company and b.company:
        return normalise_text(a.company) == normalise_text(b.company)
    return True


def _find_repost(
    previous: PostingSnapshot, jobs: tuple[BoardJob, ...], table: PostingPhrases
) -> BoardJob | None:
    title = normalise_title(previous.title, table)
    for job in jobs:
        if job.posting_id != previous.posting_id and normalise_title(job.title, table) == title:
            return job
    return None


def _gone(
    why: str, observation: Observation, previous: PostingSnapshot | None, table: PostingPhrases
) -> Verdict:
    """A weak closure signal: a repost if the board shows the job anew, else closed."""
    if previous is not None and previous.title and observation.board_jobs is not None:
        repost = _find_repost(previous, observation.board_jobs, table)
        if repost is not None:
            return Verdict(
                PostingState.REPOSTED,
                f"the posting was taken down and the board lists {repost.title!r} again "
                f"under a new id ({repost.posting_id})",
                (why, f"new posting {repost.posting_id} has the same title"),
                new_url=repost.url,
            )
    if observation.board_jobs is not None and not observation.gone_from_board:
        why = f"{why}, and the company's board no longer lists it"
    confirmed = previous is not None and previous.state is PostingState.CLOSED
    return Verdict(PostingState.CLOSED, why, (why,), confirmed=confirmed)


def diagnose_posting(
    observation: Observation,
    previous: PostingSnapshot | None,
    *,
    today: date,
    phrases: PostingPhrases | None = None,
) -> Verdict:
    """Decide open, closed, reposted or unreachable; network trouble is never a closure."""
    table = phrases or load_posting_phrases()
    status = observation.http_status
    if observation.error is not None:
        reason = _UNREACHABLE_REASONS.get(observation.error, observation.error)
        return Verdict(PostingState.UNREACHABLE, reason, (reason,))
    if observation.gone_from_board:
        board = observation.source.value.title() if observation.source else "ATS"
        return _gone(
            f"the company's {board} board no longer lists the posting", observation, previous, table
        )
    if status == 410:
        return Verdict(PostingState.CLOSED, "the site says the posting is gone (HTTP 410)")
    if status == 404:
        return _gone("the posting's page no longer exists (HTTP 404)", observation, previous, table)
    fields = observation.fields
    if status == 304 and previous is not None:
        fields = previous.fields  # not modified since the last look
    elif status is None or not 200 <= status < 300:
        return Verdict(
            PostingState.UNREACHABLE,
            f"the site answered HTTP {status}, which says nothing about the posting",
        )
    if observation.redirects and observation.final_url:
        landing = is_generic_landing(observation.url, observation.final_url, table)
        moved = (
            observation.structured
            and fields is not None
            and (previous is None or _same_job(previous, fields, table))
        )
        if landing and not moved:
            return _gone(
                f"the posting now redirects to a general page ({observation.final_url})",
                observation,
                previous,
                table,
            )
    description = fields.description if fields is not None and observation.structured else None
    found = find_closed_phrases(observation.page_text, description, table)
    if found:
        return Verdict(PostingState.CLOSED, f"the page says {found[0]!r}", tuple(found))
    if fields is None or not (fields.title or fields.description):
        if previous is not None and previous.source in STRUCTURED_SOURCES:
            return _gone("the page no longer shows the posting", observation, previous, table)
        return Verdict(PostingState.UNREACHABLE, _UNREACHABLE_REASONS["unreadable"])
    if fields.valid_through is not None and fields.valid_through < today:
        why = f"the posting's closing date ({fields.valid_through.isoformat()}) has passed"
        return Verdict(PostingState.CLOSED, why, (why,))
    if (
        previous is not None
        and previous.source in (PostingSource.JSONLD, PostingSource.MICRODATA)
        and observation.source is PostingSource.HTML
    ):
        return _gone(
            "the page no longer carries the posting's job data", observation, previous, table
        )
    return _open_or_reposted(fields, previous, table)


def _open_or_reposted(
    fields: PostingFields, previous: PostingSnapshot | None, table: PostingPhrases
) -> Verdict:
    if previous is not None and previous.title and _same_job(previous, fields, table):
        if previous.posting_id and fields.posting_id and previous.posting_id != fields.posting_id:
            why = f"the same job now has a new posting id ({fields.posting_id})"
            return Verdict(PostingState.REPOSTED, why, (why,))
        if (
            previous.date_posted is not None
            and fields.date_posted is not None
            and (fields.date_posted - previous.date_posted).days >= table.repost_min_gap_days
        ):
            why = (
                f"the same job was posted again on {fields.date_posted.isoformat()} "
                f"(first seen posted on {previous.date_posted.isoformat()})"
            )
            return Verdict(PostingState.REPOSTED, why, (why,))
    if previous is not None and previous.state is PostingState.CLOSED:
        return Verdict(PostingState.OPEN, "the posting is online again")
    return Verdict(PostingState.OPEN, "the posting is online")
