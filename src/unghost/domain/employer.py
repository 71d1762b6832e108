"""What unghost knows about an employer's year: region, sector, fiscal year and daily capacity."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from unghost.domain.calendar import Region, find_region, get_calendar
from unghost.domain.capacity import Capacity
from unghost.domain.parameters import Parameters, Sector
from unghost.domain.records import Company, Role
from unghost.domain.seasons import (
    find_fiscal_year_end,
    is_campus_role,
    list_budget_seasons,
    list_busy_seasons,
    list_campus_gaps,
    list_slow_periods,
)
from unghost.domain.sectors import find_sector

_MAX_CACHED = 4096
_Profile = tuple[Region, str | None, int, bool]  # region, industry, fiscal year end, campus


@dataclass(slots=True)
class Employer:
    """The employer's working year as the model sees it; read-only, shared between calls."""

    hiring_freeze: bool
    funding_pending: bool
    region: Region
    industry: Sector | None
    function: Sector | None
    fiscal_year_end_month: int
    fiscal_year_origin: str  # company | government default | country default | default
    campus: bool
    pace: float  # multiplier on the published median wait: country x industry x function
    capacity: Capacity

    @property
    def provisional(self) -> bool:
        return bool(self.capacity.calendar.provisional_years)


class _Profiles:
    """Per-Parameters caches: text lookups and capacities built once and reused."""

    def __init__(self, params: Parameters) -> None:
        self.params = params
        self.industries: dict[str | None, Sector | None] = {}
        self.titles: dict[tuple[str | None, str | None], tuple[Sector | None, bool]] = {}
        self.capacities: dict[tuple[object, ...], Capacity] = {}
        self.longest: dict[_Profile, Capacity] = {}
        self.regions: dict[tuple[str | None, str | None, str], Region] = {}
        self.employers: dict[tuple[object, ...], Employer] = {}

    def region(self, company: Company, default_country: str) -> Region:
        key = (company.country, company.subdivision, default_country)
        region = self.regions.get(key)
        if region is None:
            seasons = self.params.seasons
            region = find_region(
                company.country,
                company.subdivision,
                default_country=default_country,
                aliases=seasons.country_aliases,
                default_subdivisions=seasons.default_subdivisions,
            )
            self.regions[key] = region
        return region

    def industry(self, text: str | None) -> Sector | None:
        if text not in self.industries:
            if len(self.industries) > _MAX_CACHED:
                self.industries.clear()
            self.industries[text] = find_sector(text, self.params.industries)
        return self.industries[text]

    def title(self, country: str | None, title: str | None) -> tuple[Sector | None, bool]:
        key = (country, title)
        found = self.titles.get(key)
        if found is None:
            if len(self.titles) > _MAX_CACHED:
                self.titles.clear()
            found = (
                find_sector(title, self.params.functions),
                is_campus_role(self.params.seasons, country, title),
            )
            self.titles[key] = found
        return found

    def capacity(
        self,
        region: Region,
        industry: str | None,
        fy_end_month: int,
        campus: bool,
        years: tuple[int, int],
    ) -> Capacity:
        key = (region, industry, fy_end_month, campus, years)
        capacity = self.capacities.get(key)
        if capacity is None:
            if len(self.capacities) > _MAX_CACHED:
                self.capacities.clear()
                self.longest.clear()
            decreed = region.country in self.params.seasons.decreed_countries
            whole = self._longest((region, industry, fy_end_month, campus), years, decreed)
            capacity = whole.view(get_calendar(region, years[0], years[1], decreed))
            self.capacities[key] = capacity
        return capacity

    def _longest(self, profile: _Profile, years: tuple[int, int], decreed: bool) -> Capacity:
        """The profile's capacity over the longest span asked so far, with a year of margin
        each side, so seasons anchored just outside a shorter span still reach into it (and
        what a span holds never depends on which spans were asked before)."""
        whole = self.longest.get(profile)
        lo, hi = years[0] - 1, years[1] + 1
        if whole is not None and whole.calendar.first.year <= lo and whole.calendar.last.year >= hi:
            return whole
        if whole is not None:
            lo, hi = min(lo, whole.calendar.first.year), max(hi, whole.calendar.last.year)
        region, industry, fy_end_month, campus = profile
        seasons = self.params.seasons
        calendar = get_calendar(region, lo, hi, decreed)
        spans = list_slow_periods(seasons, calendar)
        spans += list_busy_seasons(seasons, region.country, industry, lo, hi)
        spans += list_budget_seasons(seasons, fy_end_month, lo, hi)
        if campus:
            spans += list_campus_gaps(seasons, lo, hi)
        whole = self.longest[profile] = Capacity(calendar, spans, seasons.pause_below_hazard)
        return whole


@lru_cache(maxsize=8)
def _profiles(params: Parameters) -> _Profiles:
    return _Profiles(params)


def describe_employer(
    company: Company,
    role: Role,
    params: Parameters,
    *,
    default_country: str,
    years: tuple[int, int],
) -> Employer:
    """The employer's profile and capacity over the given span of whole years (cached)."""
    profiles = _profiles(params)
    key = (
        company.country,
        company.subdivision,
        company.industry,
        company.fiscal_year_end_month,
        company.hiring_freeze,
        company.funding_pending,
        role.title,
        default_country,
        years,
    )
    employer = profiles.employers.get(key)
    if employer is None:
        if len(profiles.employers) > _MAX_CACHED:
            profiles.employers.clear()
        employer = profiles.employers[key] = _describe(
            profiles, company, role, default_country, years
        )
    return employer


def _describe(
    profiles: _Profiles,
    company: Company,
    role: Role,
    default_country: str,
    years: tuple[int, int],
) -> Employer:
    params = profiles.params
    region = profiles.region(company, default_country)
    industry = profiles.industry(company.industry)
    function, campus = profiles.title(region.country, role.title)
    industry_key = industry.key if industry else None
    fy_month, fy_origin = find_fiscal_year_end(
        params.seasons, company.fiscal_year_end_month, region.country, industry_key
    )
    ratios = params.hearback.country_ratio
    pace = ratios.get(region.country or "", 1.0)
    if industry is not None:
        pace *= industry.ratio
    if function is not None:
        pace *= function.ratio
    capacity = profiles.capacity(region, industry_key, fy_month, campus, years)
    return Employer(
        company.hiring_freeze,
        company.funding_pending,
        region,
        industry,
        function,
        fy_month,
        fy_origin,
        campus,
        pace,
        capacity,
    )
