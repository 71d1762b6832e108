"""Server-rendered SVG charts: geometry computed here, drawn by the templates (no script)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

WIDTH, HEIGHT = 640, 220
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 40, 24, 12, 28


@dataclass(slots=True)
class Band:
    x: float
    width: float
    title: str


@dataclass(slots=True)
class Tick:
    pos: float
    label: str


@dataclass(slots=True)
class LineChart:
    width: int
    height: int
    path: str
    area: str
    dots: list[tuple[float, float, str]] = field(default_factory=list)  # x, y, tooltip
    bands: list[Band] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    plot: tuple[float, float, float, float] = (0, 0, 0, 0)  # left, top, right, bottom


def curve_chart(points: list[dict[str, Any]]) -> LineChart | None:
    """The hear-back curve (`Diagnosis.to_dict()['curve']`), weeks with holidays shaded."""
    if len(points) < 2:
        return None
    left, top = PAD_LEFT, PAD_TOP
    right, bottom = WIDTH - PAD_RIGHT, HEIGHT - PAD_BOTTOM
    step = (right - left) / (len(points) - 1)

    def y_of(p: float) -> float:
        return bottom - p * (bottom - top)

    coords = [(left + i * step, y_of(pt["p_hear_back"])) for i, pt in enumerate(points)]
    path = "M" + " L".join(f"{x:.1f},{y:.1f}" for x, y in coords)
    area = f"{path} L{coords[-1][0]:.1f},{bottom} L{left},{bottom} Z"
    chart = LineChart(WIDTH, HEIGHT, path, area, plot=(left, top, right, bottom))
    for (x, y), pt in zip(coords, points, strict=True):
        chart.dots.append((x, y, f"{pt['date']}: {round(pt['p_hear_back'] * 100)}%"))
        if pt.get("holidays"):
            width = min(step, right - x)
            chart.bands.append(Band(x, width, f"{pt['date']}: " + ", ".join(pt["holidays"])))
    every = max(1, len(points) // 6)
    chart.x_ticks = [Tick(left + i * step, pt["date"][5:]) for i, pt in enumerate(points)
                     if i % every == 0]  # fmt: skip
    chart.y_ticks = [Tick(y_of(p), f"{round(p * 100)}%") for p in (0, 0.25, 0.5, 0.75, 1)]
    return chart


@dataclass(slots=True)
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    text: str


@dataclass(slots=True)
class BarChart:
    width: int
    height: int
    bars: list[Bar]
    baseline: float


def bar_chart(items: list[tuple[str, float]], *, fmt: str = "{:.0f}", height: int = 180,
              width: int = WIDTH) -> BarChart | None:  # fmt: skip
    """Vertical bars for counts (funnel, months, reply-time histogram)."""
    if not items:
        return None
    top, bottom, left, right = 16, height - 24, 8, width - 8
    biggest = max(v for _l, v in items) or 1
    slot = (right - left) / len(items)
    bars = []
    for i, (label, value) in enumerate(items):
        h = (bottom - top) * value / biggest
        bars.append(Bar(label, value, left + i * slot + slot * 0.15, bottom - h, slot * 0.7, h,
                        fmt.format(value)))  # fmt: skip
    return BarChart(width, height, bars, bottom)


def histogram(values: list[int], edges: tuple[int, ...]) -> list[tuple[str, float]]:
    """Counts of `values` in [edges[i], edges[i+1]) and a last open bin."""
    labels = [f"{a}–{b - 1}" for a, b in pairwise(edges)] + [f"{edges[-1]}+"]
    counts = [0] * len(labels)
    for v in values:
        index = sum(1 for edge in edges[1:] if v >= edge)
        counts[index] += 1
    return list(zip(labels, map(float, counts), strict=True))
