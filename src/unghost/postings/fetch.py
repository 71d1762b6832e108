"""The posting client: SSRF-safe, polite, capped HTTP GETs of pages and ATS APIs."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx2

from unghost.errors import InvalidInputError
from unghost.postings.addresses import (
    AllowList,
    FetchRefusedError,
    check_host_name,
    find_address_problem,
    parse_ip_literal,
)
from unghost.postings.boards import BoardEndpoints
from unghost.postings.politeness import HostRateLimiter, RobotsRules, parse_robots
from unghost.postings.tables import FetchLimits, load_fetch_limits
from unghost.postings.text import decode_body
from unghost.postings.transport import (
    GuardedBackend,
    GuardedTransport,
    Resolver,
    deadline_scope,
    resolve_system,
)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
JSON_ACCEPT = "application/json"


@dataclass(frozen=True, slots=True)
class FetchResult:
    """One GET after redirects. `error` names what stopped it; network trouble is data."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    redirects: tuple[str, ...] = ()
    error: str | None = None  # timeout | network | too-large | content-type | robots | ...
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None and 200 <= self.status < 300

    @property
    def text(self) -> str:
        return decode_body(self.body, self.content_type)


@dataclass(slots=True)
class _Hop:
    response: httpx2.Response | None = None
    body: bytes = b""
    error: str | None = None
    detail: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)


_NO_ANSWER = frozenset({"timeout", "network"})  # the site never answered (down, offline, DNS)


def _origin(url: httpx2.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii')}"


def _host(url: httpx2.URL) -> str:
    """The host as sent on the wire (IDNA, ASCII), which is what the policy must judge."""
    return url.raw_host.decode("ascii", errors="replace")


def check_fetch_url(url: str, *, allow: AllowList, ports: frozenset[int]) -> httpx2.URL:
    """Parse a URL the way the client will, and refuse what the policy forbids."""
    try:
        parsed = httpx2.URL(url.strip())
    except (httpx2.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidInputError(f"{url!r} is not a web address: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise FetchRefusedError(f"unghost only fetches http and https addresses, not {url!r}")
    if not parsed.host:
        raise InvalidInputError(f"{url!r} has no host name")
    if parsed.userinfo:
        raise FetchRefusedError("unghost does not fetch addresses with a user name or password")
    host = _host(parsed)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    if allow.allows(host, port):
        return parsed
    check_host_name(host)
    literal = parse_ip_literal(host)
    problem = find_address_problem(literal) if literal is not None else None
    if problem is not None:
        raise FetchRefusedError(
            f"{host} is {problem}; unghost only fetches public pages",
            hint="to fetch from a self-hosted board, list it in UNGHOST_FETCH_ALLOW",
        )
    if port not in ports:
        raise FetchRefusedError(f"unghost does not fetch from port {port} ({url})")
    return parsed


class PostingClient:
    """Fetches posting pages and ATS answers; one per batch of checks, closed afterwards."""

    def __init__(
        self,
        *,
        allow: AllowList | None = None,
        resolver: Resolver = resolve_system,
        endpoints: BoardEndpoints | None = None,
        limits: FetchLimits | None = None,
        rate_per_s: float | None = None,
        host_rates: Mapping[str, float] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.limits = limits or load_fetch_limits()
        self.allow = allow or AllowList()
        self.endpoints = endpoints or BoardEndpoints()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.limiter = HostRateLimiter(
            rate_per_s=rate_per_s or self.limits.rate_per_s,
            burst=self.limits.burst,
            max_wait_s=self.limits.max_wait_s,
            monotonic=monotonic,
            sleep=sleep,
        )
        for host, rate in (host_rates or {}).items():
            self.limiter.set_rate(host, rate)
        backend = GuardedBackend(
            allow=self.allow,
            ports=self.limits.ports,
            resolver=resolver,
            resolve_timeout_s=self.limits.resolve_timeout_s,
        )
        self._http = httpx2.Client(
            transport=GuardedTransport(backend),
            trust_env=False,  # a proxy would resolve names for us and skip the guard
            follow_redirects=False,  # every hop is checked here
            headers={"User-Agent": self.limits.user_agent},
        )
        self._robots: dict[str, RobotsRules] = {}
        self._unreachable: dict[str, FetchResult] = {}  # origins whose robots.txt got no answer
        self.memo: dict[str, object] = {}  # answers worth keeping for one batch (board names)

    def __enter__(self) -> PostingClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(
        self,
        url: str,
        *,
        accept: str = HTML_ACCEPT,
        etag: str | None = None,
        last_modified: str | None = None,
        robots: bool = True,
    ) -> FetchResult:
        """GET with redirects, caps and politeness; raises FetchRefusedError on a forbidden hop."""
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with deadline_scope(self.limits.total_timeout_s):
            return self._follow(url, headers, robots=robots, max_bytes=self.limits.max_bytes)

    def _follow(
        self,
        url: str,
        headers: dict[str, str],
        *,
        robots: bool,
        max_bytes: int,
        robots_file: bool = False,
    ) -> FetchResult:
        """Follow redirects by hand so that each hop is checked again."""
        current = check_fetch_url(url, allow=self.allow, ports=self.limits.ports)
        redirects: list[str] = []
        while True:
            if robots and not self._robots_allow(current):
                down = self._unreachable.get(_origin(current))
                if down is not None:
                    # the site did not answer at all: that is the news, not a robots refusal
                    return FetchResult(url, str(current), redirects=tuple(redirects),
                                       error=down.error, detail=down.detail)  # fmt: skip
                return FetchResult(
                    url,
                    str(current),
                    redirects=tuple(redirects),
                    error="robots",
                    detail="the site's robots.txt asks robots not to read this page",
                )
            if not self.limiter.acquire(_host(current)):
                return FetchResult(
                    url,
                    str(current),
                    redirects=tuple(redirects),
                    error="rate-limited",
                    detail=f"{current.host} asked us to wait",
                )
            hop = self._send(current, headers, max_bytes=max_bytes, robots_file=robots_file)
            response = hop.response
            if response is None or hop.error is not None:
                status = response.status_code if response is not None else None
                return FetchResult(
                    url,
                    str(current),
                    status=status,
                    redirects=tuple(redirects),
                    error=hop.error,
                    detail=hop.detail,
                )
            location = response.headers.get("Location")
            if response.status_code in _REDIRECTS and location:
                if len(redirects) >= self.limits.max_redirects:
                    return FetchResult(
                        url,
                        str(current),
                        status=response.status_code,
                        redirects=tuple(redirects),
                        error="too-many-redirects",
                        detail=f"more than {self.limits.max_redirects} redirects",
                    )
                try:
                    target = current.join(location)
                except (httpx2.InvalidURL, ValueError):
                    return FetchResult(
                        url,
                        str(current),
                        status=response.status_code,
                        error="bad-redirect",
                        detail=f"bad Location {location!r}",
                    )
                current = check_fetch_url(str(target), allow=self.allow, ports=self.limits.ports)
                redirects.append(str(current))
                continue
            return FetchResult(
                url=url,
                final_url=str(current),
                status=response.status_code,
                body=hop.body,
                content_type=response.headers.get("Content-Type"),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                redirects=tuple(redirects),
            )

    def _send(
        self, url: httpx2.URL, headers: dict[str, str], *, max_bytes: int, robots_file: bool
    ) -> _Hop:
        """One request. A robots.txt is read in any type and cut at the cap (RFC 9309 2.5)."""
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                self._note_retry_after(_host(url), response)
                if not 200 <= response.status_code < 300:
                    return _Hop(response=response)
                kind = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
                if not robots_file and kind and kind not in self.limits.content_types:
                    return _Hop(response, error="content-type", detail=f"{kind} is not a page")
                declared = response.headers.get("Content-Length", "")
                if not robots_file and declared.isdigit() and int(declared) > max_bytes:
                    return _Hop(response, error="too-large", detail=f"{declared} bytes")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > max_bytes:
                        if robots_file:
                            chunks.append(chunk[: max_bytes - (size - len(chunk))])
                            break
                        return _Hop(response, error="too-large", detail=f"over {max_bytes} bytes")
                    chunks.append(chunk)
                return _Hop(response=response, body=b"".join(chunks))
        except httpx2.TimeoutException as exc:
            return _Hop(error="timeout", detail=str(exc) or "timed out")
        except (httpx2.TransportError, httpx2.DecodingError) as exc:
            return _Hop(error="network", detail=str(exc) or type(exc).__name__)

    def _note_retry_after(self, host: str, response: httpx2.Response) -> None:
        if response.status_code not in (429, 503):
            return
        value = (response.headers.get("Retry-After") or "").strip()
        seconds: float | None = None
        if value.isdigit():
            seconds = float(value)
        elif value:
            when = email.utils.parsedate_to_datetime(value) if "," in value else None
            if when is not None and when.tzinfo is not None:
                seconds = (when - self.clock()).total_seconds()
        self.limiter.pause(host, seconds if seconds is not None else self.limits.max_wait_s)

    def _robots_allow(self, url: httpx2.URL) -> bool:
        origin = _origin(url)
        rules = self._robots.get(origin)
        if rules is None:
            self._unreachable.pop(origin, None)
            # A refusal here (the origin resolves somewhere forbidden) refuses the page too.
            answer = self._follow(
                f"{origin}/robots.txt",
                {"Accept": "text/plain,*/*;q=0.1"},
                robots=False,
                max_bytes=self.limits.robots_max_bytes,
                robots_file=True,
            )
            if answer.error is not None:
                rules = parse_robots(None, "")  # unreachable: RFC 9309 says assume disallow
                if answer.error in _NO_ANSWER:
                    self._unreachable[origin] = answer
                    return rules.can_fetch(str(url), self.limits.product_token)  # ask next time
            else:
                rules = parse_robots(answer.status, answer.text)
            self._robots[origin] = rules
            delay = rules.crawl_delay(self.limits.product_token)
            if delay:
                self.limiter.set_min_gap(_host(url), delay)
        return rules.can_fetch(str(url), self.limits.product_token)
