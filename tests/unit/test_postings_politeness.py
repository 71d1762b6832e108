"""Politeness: the per-host token bucket (on a fake clock) and robots.txt rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unghost.postings.politeness import HostRateLimiter, parse_robots


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def limiter(clock: FakeClock, *, rate: float = 1.0, burst: int = 2) -> HostRateLimiter:
    return HostRateLimiter(
        rate_per_s=rate,
        burst=burst,
        max_wait_s=30.0,
        monotonic=clock.monotonic,
        sleep=clock.sleep,
    )


def test_a_burst_goes_at_once_then_requests_are_spaced_by_the_rate() -> None:
    clock = FakeClock()
    bucket = limiter(clock, rate=2.0, burst=2)
    for _ in range(4):
        assert bucket.acquire("jobs.example.com")
    assert clock.slept == [0.5, 0.5]


def test_hosts_have_separate_buckets() -> None:
    clock = FakeClock()
    bucket = limiter(clock, burst=1)
    assert bucket.acquire("a.example") and bucket.acquire("b.example")
    assert clock.slept == []


def test_a_host_rate_can_be_raised_for_one_host() -> None:
    clock = FakeClock()
    bucket = limiter(clock, rate=1.0, burst=1)
    bucket.set_rate("bench.local", 1000.0)
    for _ in range(3):
        bucket.acquire("bench.local")
    assert sum(clock.slept) == pytest.approx(0.002)


def test_a_pause_longer_than_the_patience_skips_the_request() -> None:
    clock = FakeClock()
    bucket = limiter(clock)
    bucket.pause("busy.example", 120.0)
    assert bucket.acquire("busy.example") is False
    assert clock.slept == []
    clock.now += 121.0
    assert bucket.acquire("busy.example") is True


def test_crawl_delay_spaces_requests() -> None:
    clock = FakeClock()
    bucket = limiter(clock, rate=10.0, burst=5)
    bucket.set_min_gap("slow.example", 3.0)
    for _ in range(3):
        bucket.acquire("slow.example")
    assert clock.slept == [3.0, 3.0]


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError):
        HostRateLimiter(rate_per_s=0, burst=1, max_wait_s=1)
    with pytest.raises(ValueError):
        limiter(FakeClock()).set_rate("x", -1)


@settings(max_examples=200, deadline=None)
@given(
    rate=st.floats(min_value=0.1, max_value=50.0),
    burst=st.integers(min_value=1, max_value=5),
    gaps=st.lists(st.floats(min_value=0.0, max_value=3.0), min_size=1, max_size=40),
)
def test_no_window_ever_holds_more_than_burst_plus_rate_times_its_length(
    rate: float, burst: int, gaps: list[float]
) -> None:
    clock = FakeClock()
    bucket = HostRateLimiter(
        rate_per_s=rate,
        burst=burst,
        max_wait_s=1e9,
        monotonic=clock.monotonic,
        sleep=clock.sleep,
    )
    sent: list[float] = []
    for gap in gaps:
        clock.now += gap
        assert bucket.acquire("h.example")
        sent.append(clock.now)
    for i, start in enumerate(sent):
        for j in range(i, len(sent)):
            span = sent[j] - start
            assert j - i + 1 <= burst + rate * span + 1e-6


def test_robots_rules_follow_rfc_9309() -> None:
    rules = parse_robots(200, "User-agent: *\nDisallow: /*?apply=\nCrawl-delay: 4\n")
    assert rules.can_fetch("https://x.example/jobs/1", "unghost")
    assert not rules.can_fetch("https://x.example/jobs/1?apply=1", "unghost")
    assert rules.crawl_delay("unghost") == 4.0
    targeted = parse_robots(200, "User-agent: unghost\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    assert not targeted.can_fetch("https://x.example/jobs/1", "unghost")
    assert parse_robots(404, "").can_fetch("https://x.example/any", "unghost")
    assert parse_robots(403, "").can_fetch("https://x.example/any", "unghost")
    assert not parse_robots(503, "").can_fetch("https://x.example/any", "unghost")
    assert not parse_robots(None, "").can_fetch("https://x.example/any", "unghost")
