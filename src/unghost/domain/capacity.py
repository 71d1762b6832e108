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
    """

    __slots__ = (
        "_base",
        "_by_kind",
        "_cum",
        "_cum_nominal",
        "_cum_rest",
        "_plan_count",
        "_plan_days",
        "_size",
        "calendar",
        "spans",
    )

    def __init__(self, calendar: BusinessCalendar, spans: Iterable[Span], pause_below: float):
        self.calendar = calendar
        self._base = calendar.first.toordinal()
        size = calendar.last.toordinal() - self._base + 1
        self._size = size
        opened = [1.0 if calendar.is_business_day(calendar.day_at(o)) else 0.0 for o in range(size)]
        rest = list(opened)
        full = list(opened)
        kept = []
        for span in sorted(spans, key=lambda s: (s.start, s.end, s.name)):
            lo = max(span.start.toordinal() - self._base, 0)
            hi = min(span.end.toordinal() - self._base, size - 1)
            if lo > hi:
                continue
            kept.append(span)
            for o in range(lo, hi + 1):
                full[o] *= span.hazard
                if span.kind == SLOW:
                    rest[o] *= span.hazard
        self.spans = tuple(kept)
        self._by_kind: dict[str, tuple[list[int], list[Span], int]] = {}
        for kind in {s.kind for s in kept}:
            of_kind = [s for s in kept if s.kind == kind]
            longest = max((s.end - s.start).days for s in of_kind)
            self._by_kind[kind] = ([s.start.toordinal() for s in of_kind], of_kind, longest)
        self._cum = [0.0, *accumulate(full)]
        self._cum_rest = [0.0, *accumulate(rest)]
        weekend = calendar.weekend
        first_weekday = calendar.first.weekday()
        self._cum_nominal = [
            0,
            *accumulate(int((first_weekday + o) % 7 not in weekend) for o in range(size)),
        ]
        plan_days = [o for o in range(size) if opened[o] and rest[o] >= pause_below]
        self._plan_days = plan_days
        count = [0] * (size + 1)
        index = 0
        for o in range(size):
            if index < len(plan_days) and plan_days[index] == o:
                index += 1
            count[o + 1] = index
        self._plan_count = count

    def _index(self, day: date) -> int:
        """Index into the cumulative arrays for the end of `day`, clamped to the covered years."""
        index = day.toordinal() - self._base + 1
        if index < 0:
            return 0
        return index if index <= self._size else self._size

    def elapsed(self, after: date, through: date) -> float:
        """Effective business days in (after, through]."""
        if through <= after:
            return 0.0
        size = self._size
        hi = through.toordinal() - self._base + 1
        lo = after.toordinal() - self._base + 1
        cum = self._cum
        return cum[hi if hi <= size else size] - cum[lo if lo >= 0 else 0] if hi > 0 else 0.0

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
        index = bisect_left(self._cum, target)
        if index > self._size:
            return None
        return date.fromordinal(self._base + index - 1)

    def add_plannable_days(self, day: date, n: int) -> date | None:
        """The n-th plannable day after `day`; for n = 0 the first on or after it."""
        offset = day.toordinal() - self._base + (1 if n > 0 else 0)
        if offset > self._size:
            return None
        index = self._plan_count[offset if offset > 0 else 0] + (n if n > 1 else 1) - 1
        if index >= len(self._plan_days):
            return None
        return date.fromordinal(self._base + self._plan_days[index])

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
