"""Diagnosis benchmarks: 100k diagnoses, the `unghost today` agenda on 10k, cold calendars, and
the CLI's today/why/list over the stored read model at 1k-100k (bench/readmodel_cli.py)."""

from __future__ import annotations

import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unghost.domain.agenda import plan_agenda  # noqa: E402
from unghost.domain.calendar import find_region, get_calendar  # noqa: E402
from unghost.domain.diagnosis import diagnose  # noqa: E402
from unghost.domain.employer import describe_employer  # noqa: E402
from unghost.domain.records import (  # noqa: E402
    Application,
    Candidate,
    Company,
    Direction,
    Interview,
    Message,
    MessageKind,
    Role,
    Status,
)
from unghost.params import load_parameters  # noqa: E402

TODAY = date(2026, 11, 25)
# (country, subdivision, UTC offset, industries, titles)
PLACES = [
    ("US", "CA", -8, ["Software", "Retail", "Healthcare", None], ["Data Analyst", "Engineer"]),
    ("US", "NY", -5, ["Finance", "Retail"], ["Financial Analyst", "Buyer"]),
    ("CN", None, 8, ["互联网", "Retail", "Finance"], ["数据分析师", "2026届校招 产品经理"]),
    ("JP", None, 9, ["Software", "Accounting"], ["バックエンドエンジニア", "QA Engineer"]),
    ("FR", None, 1, ["Finance", "Retail"], ["Ingénieur logiciel", "Chef de projet"]),
    ("GB", None, 0, ["Retail", "Accountancy"], ["Data Scientist", "Graduate Analyst"]),
    ("DE", "BY", 1, ["Manufacturing", "Automotive"], ["Softwareentwickler", "Controller"]),
    ("IN", None, 5.5, ["Software"], ["Backend Engineer"]),
]
STAGES = ["phone-screen", "technical", "onsite", "final"]


def make_applications(n: int, seed: int) -> list[Application]:
    """A seeded, realistic mix: silence after applying, after interviews, answers, closures."""
    rng = random.Random(seed)
    apps = []
    for i in range(n):
        country, subdivision, offset, industries, titles = PLACES[i % len(PLACES)]
        zone = timezone(timedelta(hours=offset))
        applied = TODAY - timedelta(days=rng.randint(3, 200))
        messages: list[Message] = []
        interviews: list[Interview] = []
        status = Status.APPLIED
        if rng.random() < 0.6:
            status = Status.INTERVIEWING
            at = datetime.combine(applied + timedelta(days=rng.randint(5, 25)), datetime.min.time())
            at = at.replace(hour=rng.randint(9, 17), tzinfo=zone)
            decide = at.date() + timedelta(days=rng.randint(5, 15)) if rng.random() < 0.4 else None
            interviews.append(
                Interview(
                    at=at,
                    stage=rng.choice(STAGES),
                    decision_expected_on=decide,
                    candidates_remaining=rng.choice([None, 0, 2, 5]),
                )
            )
            if rng.random() < 0.6:
                messages.append(
                    Message(at + timedelta(hours=6), Direction.SENT, MessageKind.THANK_YOU)
                )
            for k in range(rng.choice([0, 0, 1, 2, 3])):
                sent = at + timedelta(days=7 + 10 * k)
                messages.append(Message(sent, Direction.SENT, MessageKind.FOLLOW_UP))
            roll = rng.random()
            if roll < 0.08:
                back = at.date() + timedelta(days=rng.randint(8, 20))
                messages.append(
                    Message(
                        at + timedelta(days=5),
                        Direction.RECEIVED,
                        MessageKind.OUT_OF_OFFICE,
                        return_date=back,
                    )
                )
            elif roll < 0.18:
                messages.append(
                    Message(at + timedelta(days=12), Direction.RECEIVED, MessageKind.REJECTION)
                )
            elif roll < 0.24:
                messages.append(
                    Message(at + timedelta(days=8), Direction.RECEIVED, MessageKind.STILL_DECIDING)
                )
        if rng.random() < 0.05:
            status = rng.choice([Status.REJECTED, Status.WITHDRAWN, Status.OFFER, Status.GHOSTED])
        apps.append(
            Application(
                ref=f"app-{i}",
                company=Company(
                    name=f"Company {i % 997}",
                    country=country,
                    subdivision=subdivision,
                    industry=rng.choice(industries),
                    fiscal_year_end_month=rng.choice([None, None, 3, 6, 12]),
                    funding_pending=rng.random() < 0.05,
                    hiring_freeze=rng.random() < 0.03,
                ),
                role=Role(
                    title=rng.choice(titles),
                    posted_on=applied - timedelta(days=rng.randint(1, 40)),
                    new_position=rng.choice([True, False, None]),
                ),
                status=status,
                applied_on=applied,
                candidate=Candidate(email="me@example.com"),
                interviews=interviews,
                messages=messages,
            )
        )
    return apps


def _median_seconds(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run(workdir: Path) -> list[dict]:
    params = load_parameters()
    rows: list[dict] = []

    # Cold: one region's calendar and one employer's daily capacity over five years.
    def cold() -> None:
        get_calendar.cache_clear()
        region = find_region("CN", None, default_country="US")
        calendar = get_calendar(region, 2025, 2029, True)
        assert calendar.is_business_day(date(2026, 1, 4))

    cold_ms = _median_seconds(cold, 5) * 1000
    rows.append(
        {
            "name": "build one calendar, cold (CN, 5 years)",
            "value": cold_ms,
            "unit": "ms",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "paid once per region and span of years, then cached",
        }
    )

    n = 100_000
    build_s = _median_seconds(lambda: make_applications(n, seed=3), 3)
    apps = make_applications(n, seed=3)
    for app in apps[:2000]:  # warm the calendars and capacities of every profile
        diagnose(app, TODAY, params)
    describe_employer(
        apps[0].company, apps[0].role, params, default_country="US", years=(2025, 2028)
    )
    build_rate = n / build_s
    rows.append(
        {
            "name": "build 100k application records",
            "value": build_rate,
            "unit": "apps/s",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "baseline: constructing the plain records the diagnosis reads",
        }
    )

    def diagnose_all() -> None:
        for app in apps:
            diagnose(app, TODAY, params, default_country="US")

    rate = n / _median_seconds(diagnose_all, 3)
    rows.append(
        {
            "name": "diagnose 100k applications",
            "value": rate,
            "unit": "apps/s",
            "baseline": "build 100k application records",
            "ratio": rate / build_rate,
            "goal": "≥ 10,000/s",
            "note": "median of 3; 8 regions, warm caches; reasons, odds, reply window, plan, action",
        }
    )

    def diagnose_json() -> None:
        for app in apps:
            diagnose(app, TODAY, params, default_country="US").to_dict()

    json_rate = n / _median_seconds(diagnose_json, 3)
    rows.append(
        {
            "name": "diagnose 100k applications + to_dict (JSON contract, curve)",
            "value": json_rate,
            "unit": "apps/s",
            "baseline": "build 100k application records",
            "ratio": json_rate / build_rate,
            "goal": "",
            "note": "what `unghost why --json` pays per application, with the 8-week curve",
        }
    )

    agenda_apps = make_applications(10_000, seed=5)
    build10k_ms = _median_seconds(lambda: make_applications(10_000, seed=5), 5) * 1000
    plan_agenda(agenda_apps, TODAY, params)
    agenda_ms = _median_seconds(lambda: plan_agenda(agenda_apps, TODAY, params), 5) * 1000
    rows.append(
        {
            "name": "build 10k application records",
            "value": build10k_ms,
            "unit": "ms",
            "baseline": "",
            "ratio": None,
            "goal": "",
            "note": "baseline",
        }
    )
    rows.append(
        {
            "name": "unghost today: agenda over 10k applications",
            "value": agenda_ms,
            "unit": "ms",
            "baseline": "build 10k application records",
            "ratio": agenda_ms / build10k_ms,
            "goal": "≤ 250 ms",
            "note": "median of 5; the pure planning step (no database)",
        }
    )
    from bench.calibration import calibration_rows
    from bench.readmodel_cli import cli_rows

    rows.extend(calibration_rows(params))
    rows.extend(cli_rows())
    return rows


if __name__ == "__main__":
    for row in run(Path(".")):
        print(row)
