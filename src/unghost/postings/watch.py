"""The posting watcher's use cases: read a posting once, or check it again against the last look."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from unghost.errors import InvalidInputError
from unghost.postings.addresses import FetchRefusedError
from unghost.postings.boards import (
    BoardRef,
    board_api_url,
    board_info_url,
    find_board_ref,
    find_board_ref_in_page,
    list_board_jobs,
    posting_api_url,
    read_board_posting,
)
from unghost.postings.fetch import JSON_ACCEPT, FetchResult, PostingClient
from unghost.postings.jsonld import parse_lenient_json
from unghost.postings.model import (
    STRUCTURED_SOURCES,
    Observation,
    PostingCheck,
    PostingSnapshot,
    PostingSource,
    PostingState,
)
from unghost.postings.page import read_posting_page
from unghost.postings.status import Verdict, diagnose_posting


def _json(result: FetchResult) -> Any:
    """An API answer; lenient, since documented samples carry comments. None if unreadable."""
    try:
        return parse_lenient_json(result.text)[0]
    except ValueError:
        return None


def _failed(url: str, result: FetchResult, source: PostingSource | None) -> Observation:
    return Observation(
        url=url,
        final_url=result.final_url,
        http_status=result.status,
        error=result.error,
        redirects=result.redirects,
        source=source,
    )


def _company_name(ref: BoardRef, client: PostingClient) -> str | None:
    info_url = board_info_url(ref, client.endpoints)
    if info_url is None:
        return None
    key = f"board-name:{info_url}"
    if key not in client.memo:
        result = client.get(info_url, accept=JSON_ACCEPT, robots=False)
        payload = _json(result) if result.ok else None
        name = payload.get("name") if isinstance(payload, dict) else None
        client.memo[key] = name if isinstance(name, str) and name.strip() else None
    value = client.memo[key]
    return value if isinstance(value, str) else None


def _read_board(ref: BoardRef, client: PostingClient) -> tuple[FetchResult, Any]:
    # Documented public APIs are published for programs to read; robots.txt governs crawlers
    # of the pages, so the API hosts' robots files are not consulted.
    result = client.get(board_api_url(ref, client.endpoints), accept=JSON_ACCEPT, robots=False)
    return result, (_json(result) if result.ok else None)


def observe_board_posting(url: str, ref: BoardRef, client: PostingClient) -> Observation:
    """Read a posting through its ATS API; a missing posting is looked for on the board."""
    source = ref.ats
    fallback_company = None if ref.ats is PostingSource.GREENHOUSE else ref.board
    single_url = posting_api_url(ref, client.endpoints)
    single: FetchResult | None = None
    if single_url is not None:
        single = client.get(single_url, accept=JSON_ACCEPT, robots=False)
        payload = _json(single) if single.ok else None
        if isinstance(payload, dict) and payload.get("id") is not None:
            company = fallback_company
            if ref.ats is PostingSource.GREENHOUSE and not payload.get("company_name"):
                company = _company_name(ref, client)
            fields = read_board_posting(ref, payload, company=company)
            return Observation(
                url, single.final_url, single.status, fields=fields, structured=True, source=source
            )
        if single.ok:
            # A 200 we cannot read says nothing about the posting, so it is not a closure.
            return replace(_failed(url, single, source), error="unreadable")
        if single.error is not None or single.status not in (404, 410):
            return _failed(url, single, source)
    board, payload = _read_board(ref, client)
    if board.error is not None or board.status not in (200, 404, 410):
        return _failed(url, single if single is not None else board, source)
    if board.ok and payload is None:
        return replace(_failed(url, board, source), error="unreadable")
    jobs = list_board_jobs(ref, payload) if payload is not None else []
    listed = tuple(job for job, _ in jobs)
    for job, raw in jobs:
        if job.posting_id == ref.posting_id:
            company = fallback_company
            if ref.ats is PostingSource.GREENHOUSE and not raw.get("company_name"):
                company = _company_name(ref, client)
            fields = read_board_posting(ref, raw, company=company)
            return Observation(
                url,
                board.final_url,
                board.status,
                fields=fields,
                structured=True,
                source=source,
                board_jobs=listed,
            )
    status = single.status if single is not None else board.status
    return Observation(
        url, board.final_url, status, source=source, board_jobs=listed, gone_from_board=True
    )


def observe_posting(
    url: str, previous: PostingSnapshot | None, *, client: PostingClient
) -> Observation:
    """Fetch what a posting URL shows now (raises FetchRefusedError for forbidden addresses)."""
    ref = find_board_ref(url)
    if ref is not None and ref.posting_id is not None:
        return observe_board_posting(url, ref, client)
    same_page = previous is not None and previous.url == url
    result = client.get(
        url,
        etag=previous.etag if same_page and previous else None,
        last_modified=previous.last_modified if same_page and previous else None,
    )
    if result.status == 304 and previous is not None:
        return Observation(
            url,
            result.final_url,
            304,
            redirects=result.redirects,
            structured=previous.source in STRUCTURED_SOURCES,
            source=previous.source,
            etag=result.etag or previous.etag,
            last_modified=result.last_modified or previous.last_modified,
        )
    if not result.ok:
        return _failed(url, result, None)
    text = result.text
    landed = find_board_ref(result.final_url) or find_board_ref_in_page(text, result.final_url)
    if landed is not None and landed.posting_id is not None:
        return observe_board_posting(url, landed, client)
    reading = read_posting_page(text, result.final_url)
    return Observation(
        url=url,
        final_url=result.final_url,
        http_status=result.status,
        redirects=result.redirects,
        fields=reading.fields,
        structured=reading.structured,
        source=reading.source,
        page_text=reading.page_text,
        etag=result.etag,
        last_modified=result.last_modified,
    )


def _sentence(clause: str) -> str:
    text = clause.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def build_snapshot(
    url: str,
    observation: Observation,
    verdict: Verdict,
    previous: PostingSnapshot | None,
    fetched_at: datetime,
) -> PostingSnapshot:
    """The snapshot to keep: what was read now, or the last good reading when nothing was."""
    keep_previous = previous is not None and (
        observation.fields is None
        or verdict.state is PostingState.UNREACHABLE
        or (verdict.state is PostingState.CLOSED and not observation.structured)
    )
    snapshot = PostingSnapshot(
        url=url,
        state=verdict.state,
        source=observation.source or (previous.source if previous else None),
        fetched_at=fetched_at,
        http_status=observation.http_status,
        final_url=observation.final_url,
        etag=observation.etag,
        last_modified=observation.last_modified,
    )
    if keep_previous and previous is not None:
        kept = snapshot.with_fields(previous.fields)
        return replace(kept, source=previous.source if observation.fields is None else kept.source)
    if observation.fields is not None:
        return snapshot.with_fields(observation.fields)
    return snapshot


def fetch_posting(
    url: str, *, client: PostingClient, today: date, now: datetime | None = None
) -> PostingSnapshot:
    """Read a posting URL once (for `unghost posting fetch`); nothing is stored."""
    observation = observe_posting(url, None, client=client)
    verdict = diagnose_posting(observation, None, today=today)
    return build_snapshot(url, observation, verdict, None, now or client.clock())


def check_posting(
    url: str,
    previous: PostingSnapshot | None,
    *,
    client: PostingClient,
    today: date,
    now: datetime | None = None,
) -> PostingCheck:
    """Check a posting again; never raises for the site's trouble, which is `unreachable`."""
    refused: str | None = None
    try:
        observation = observe_posting(url, previous, client=client)
    except (FetchRefusedError, InvalidInputError) as exc:
        observation = Observation(url, error="refused")
        refused = _sentence(str(exc))
    verdict = diagnose_posting(observation, previous, today=today)
    snapshot = build_snapshot(url, observation, verdict, previous, now or client.clock())
    evidence = tuple(_sentence(e) for e in verdict.evidence)
    if refused:
        evidence = (*evidence, refused)
    return PostingCheck(
        state=verdict.state,
        reason=_sentence(verdict.reason),
        snapshot=snapshot,
        evidence=evidence,
        confirmed=verdict.confirmed,
        changed=previous is None or previous.state is not verdict.state,
        new_url=verdict.new_url,
    )
