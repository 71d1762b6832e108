"""Politeness towards the sites we read: a per-host token bucket and robots.txt rules."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from protego import Protego


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    next_allowed: float = 0.0


@dataclass(slots=True)
class HostRateLimiter:
    """One token bucket per host: `burst` requests at once, then `rate_per_s` on average.

    A host may also ask for a minimum gap (robots.txt Crawl-delay) or a pause (Retry-After).
    A request that would have to wait longer than `max_wait_s` is not made at all, so one
    slow host never stalls a batch of checks.
    """

    rate_per_s: float
    burst: int
    max_wait_s: float
    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    host_rates: dict[str, float] = field(default_factory=dict)
    _buckets: dict[str, _Bucket] = field(default_factory=dict)
    _gaps: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        if self.rate_per_s <= 0 or self.burst < 1:
            raise ValueError("a rate limiter needs a positive rate and a burst of at least 1")

    def set_rate(self, host: str, rate_per_s: float) -> None:
        if rate_per_s <= 0:
            raise ValueError("a host's rate must be positive")
        self.host_rates[host.lower()] = rate_per_s

    def set_min_gap(self, host: str, seconds: float) -> None:
        self._gaps[host.lower()] = max(0.0, seconds)

    def pause(self, host: str, seconds: float) -> None:
        with self._lock:
            bucket = self._bucket(host.lower(), self.monotonic())
            bucket.next_allowed = max(bucket.next_allowed, self.monotonic() + max(0.0, seconds))

    def reserve(self, host: str) -> float | None:
        """Take a slot for one request: the seconds to wait first, or None if too long."""
        key = host.lower()
        rate = self.host_rates.get(key, self.rate_per_s)
        with self._lock:
            now = self.monotonic()
            bucket = self._bucket(key, now)
            bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * rate)
            bucket.updated = now
            wait = max(0.0, (1.0 - bucket.tokens) / rate, bucket.next_allowed - now)
            if wait > self.max_wait_s:
                return None
            bucket.tokens -= 1.0
            bucket.next_allowed = max(bucket.next_allowed, now + wait + self._gaps.get(key, 0.0))
            return wait

    def acquire(self, host: str) -> bool:
        """Wait for a slot; False when the host would make us wait too long."""
        wait = self.reserve(host)
        if wait is None:
            return False
        if wait > 0:
            self.sleep(wait)
        return True

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(tokens=float(self.burst), updated=now)
        return bucket


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one origin's robots.txt lets us fetch (RFC 9309)."""

    parser: Protego | None
    reachable: bool = True

    def can_fetch(self, url: str, product_token: str) -> bool:
        if not self.reachable:
            return False
        return True if self.parser is None else bool(self.parser.can_fetch(url, product_token))

    def crawl_delay(self, product_token: str) -> float | None:
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(product_token)
        return None if delay is None else float(delay)


def parse_robots(status: int | None, text: str) -> RobotsRules:
    """Rules from a robots.txt answer: 2xx parsed, 4xx allow all, 5xx or none disallow all."""
    if status is None or status >= 500:
        # RFC 9309 2.3.1.4: an unreachable robots.txt means a complete disallow.
        return RobotsRules(parser=None, reachable=False)
    if 400 <= status < 500:
        # RFC 9309 2.3.1.3: "unavailable" (4xx) means the crawler may access any resource.
        return RobotsRules(parser=None)
    return RobotsRules(parser=Protego.parse(text))
