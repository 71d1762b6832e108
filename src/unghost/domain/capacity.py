"""How much of a normal business day's hiring work an employer does on each date."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import date
from itertools import accumulate

from unghost.domain.calendar import BusinessCalendar
from unghost.domain.seasons import SLOW, Span

_EPSILON = 1e-9


class Capacity:
    """A business calendar weighted by slow periods, busy seasons and budget pauses.

    `elapsed(after, through)` is the hear-back clock: business days in (after, through], each
    counted at the share of normal hiring work done that day. Days a follow-up may be proposed
    on ("plannable") are business days whose slow-period share is at least `pause_below`.
    `view(calendar)` gives the same capacity over fewer years without recomputing it.
    """

    __slots__ = (
        "_base",
        "_by_kind",
        "_cum",
        "_cum_nominal",
        "_cum_rest",
        "_lo",
        "_origin",
        "_plan_count",
        "_plan_days",
        "_size",
        "calendar",
        "spans",
    )

    def __init__(self, calendar: BusinessCalendar, spans: Iterable[Span], pause_below: float):
        self.calendar = calendar
        self._base = self._origin = calendar.first.toordinal()
        self._lo = 0
        size = calendar.last.toordinal() - self._base + 1
        self._size = size
        opened = list(map(float, calendar.open_days()))
        rest = list(opened)
        full = list(opened)
        kept = []
        for span in sorted(spans, key=lambda s: (s.start, s.end, s.name)):
            lo = max(span.start.toordinal() - self._base, 0)
            hi = min(span.end.toordinal() - self._base, size - 1) + 1
            if lo >= hi:
                continue
            kept.append(span)
            hazard = span.hazard
            full[lo:hi] = [v * hazard for v in full[lo:hi]]
            if span.kind == SLOW:
                rest[lo:hi] = [v * hazard for v in rest[lo:hi]]
        self.spans = tuple(kept)
        self._by_kind = _index_spans(kept)
        self._cum = [0.0, *accumulate(full)]
        self._cum_rest = [0.0, *accumulate(rest)]
        pattern = bytes(0 if d in calendar.weekend else 1 for d in range(7))
        first = calendar.first.weekday()
        week = pattern[first:] + pattern[:first]
        self._cum_nominal = [0, *accumulate((week * (size // 7 + 1))[:size])]
        plannable = [int(o > 0.0 and r >= pause_below) for o, r in zip(opened, rest, strict=True)]
        self._plan_days = [o for o, flag in enumerate(plannable) if flag]
        self._plan_count = [0, *accumulate(plannable)]

    def view(self, calendar: BusinessCalendar) -> Capacity:
        """This capacity over `calendar`'s years, which must be a part of this one's."""
        lo = calendar.first.toordinal() - self._origin
        size = calendar.last.toordinal() - calendar.first.toordinal() + 1
        if lo < self._lo or lo + size > self._lo + self._size:
            raise ValueError(f"{calendar.first}-{calendar.last} is outside this capacity's years")
        part = object.__new__(Capacity)
        part.calendar = calendar
        part._origin = self._origin
        part._base = calendar.first.toordinal()
        part._lo = lo
        part._size = size
        part._cum, part._cum_rest, part._cum_nominal = self._cum, self._cum_rest, self._cum_nominal
        part._plan_days, part._plan_count = self._plan_days, self._plan_count
        part.spans = tuple(
            s for s in self.spans if s.end >= calendar.first and s.start <= calendar.last
        )
        part._by_kind = _index_spans(list(part.spans))
        return part

    def _index(self, day: date) -> int:
        """Index into the cumulative arrays for the end of `day`, clamped to the covered years."""
        index = day.toordinal() - self._base + 1
        if index < 0:
            return self._lo
        return self._lo + (index if index <= self._size else self._size)

    def elapsed(self, after: date, through: date) -> float:
        """Effective business days in (after, through]."""
        if through <= after:
            return 0.0
        return self._cum[self._index(through)] - self._cum[self._index(after)]

    def elapsed_calendar(self, after: date, through: date) -> float:
        """Business days in (after, through] weighted by slow periods only (no busy seasons)."""
        if through <= after:
            return 0.0
        return self._cum_rest[self._index(through)] - self._cum_rest[self._index(after)]

    def weekdays(self, after: date, through: date) -> int:
        """Days in (after, through] that are not weekend days, holidays ignored."""
        if through <= after:
            return 0
        return self._cum_nominal[self._index(through)] - self._cum_nominal[self._index(after)]

    def date_after(self, after: date, amount: float) -> date | None:
        """The first day after `after` by which `amount` effective business days have passed."""
        target = self._cum[self._index(after)] + max(amount, _EPSILON) - _EPSILON
        index = bisect_left(self._cum, target, self._lo, self._lo + self._size + 1) - self._lo
        if index > self._size:
            return None
        return date.fromordinal(self._base + index - 1)

    def add_plannable_days(self, day: date, n: int) -> date | None:
        """The n-th plannable day after `day`; for n = 0 the first on or after it."""
        offset = day.toordinal() - self._base + (1 if n > 0 else 0)
        if offset > self._size:
            return None
        count = self._plan_count
        index = count[self._lo + (offset if offset > 0 else 0)] + (n if n > 1 else 1) - 1
        if index >= count[self._lo + self._size]:
            return None
        return date.fromordinal(self._origin + self._plan_days[index])

    def next_plannable_day(self, day: date) -> date | None:
        return self.add_plannable_days(day, 0)

    def list_spans(self, start: date, end: date, kind: str) -> list[Span]:
        """Spans of one kind that overlap [start, end], in date order."""
        found = self._by_kind.get(kind)
        if found is None:
            return []
        starts, spans, longest = found
        lo = bisect_left(starts, start.toordinal() - longest)
        hi = bisect_right(starts, end.toordinal())
        return [s for s in spans[lo:hi] if s.end >= start]


def _index_spans(kept: list[Span]) -> dict[str, tuple[list[int], list[Span], int]]:
    by_kind: dict[str, tuple[list[int], list[Span], int]] = {}
    for kind in {s.kind for s in kept}:
        of_kind = [s for s in kept if s.kind == kind]
        longest = max((s.end - s.start).days for s in of_kind)
        by_kind[kind] = ([s.start.toordinal() for s in of_kind], of_kind, longest)
    return by_kind
