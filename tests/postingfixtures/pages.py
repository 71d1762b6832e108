"""Generators of posting pages and ATS answers, with the quirks real sites have."""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

_TITLES_EN = (
    "Data Analyst", "Senior Backend Engineer", "Product Manager", "UX Researcher",
    "Account Executive", "Staff Software Engineer, Platform", "Marketing Coordinator",
    "Financial Controller", "Nurse Practitioner", "Warehouse Supervisor",
)  # fmt: skip
_TITLES_ZH = ("数据分析师", "高级后端工程师", "产品经理", "用户体验研究员", "财务主管", "市场专员")
_COMPANIES_EN = (
    "Acme Analytics",
    "Northwind Traders",
    "Globex & Sons",
    "Initech GmbH",
    "Umbrella SAS",
)
_COMPANIES_ZH = ("上海示例科技有限公司", "北京星河数据有限公司", "深圳云帆网络科技有限公司")
_PLACES = (
    ("Berlin", "BE", "DE"), ("Lyon", "ARA", "FR"), ("Austin", "TX", "US"),
    ("Toronto", "ON", "CA"), ("Shanghai", "SH", "CN"), ("Bengaluru", "KA", "IN"),
)  # fmt: skip
_ZH_PLACES = (("上海", "上海市", "CN"), ("北京", "北京市", "CN"), ("深圳", "广东省", "CN"))
_TYPES = ("FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN")


@dataclass(frozen=True)
class Job:
    title: str
    company: str
    city: str
    region: str
    country: str
    date_posted: date | None
    valid_through: date | None
    employment_type: str
    description_html: str
    identifier: str

    @property
    def location(self) -> str:
        return f"{self.city}, {self.region}, {self.country}"


def make_job(seed: int, *, lang: str = "en", today: date = date(2026, 10, 1)) -> Job:
    rng = random.Random(seed)
    zh = lang == "zh"
    title = rng.choice(_TITLES_ZH if zh else _TITLES_EN)
    company = rng.choice(_COMPANIES_ZH if zh else _COMPANIES_EN)
    city, region, country = rng.choice(_ZH_PLACES if zh else _PLACES)
    posted = today - timedelta(days=rng.randint(1, 60))
    # Still open on `today`: closing dates fall 2 to 12 weeks after it.
    until = today + timedelta(days=rng.choice((14, 30, 45, 60, 90)))
    if zh:
        description = (
            f"<p>{company}招聘{title}，负责业务数据与团队协作。</p>"
            "<ul><li>本科及以上学历</li><li>三年以上相关经验</li></ul>"
        )
    else:
        description = (
            f"<p>{company} is hiring a {title} to join our team in {city}.</p>"
            "<ul><li>3+ years of relevant experience</li><li>Clear written English</li></ul>"
            "<p>We offer a competitive salary &amp; benefits.</p>"
        )
    return Job(
        title=title,
        company=company,
        city=city,
        region=region,
        country=country,
        date_posted=posted,
        valid_through=until,
        employment_type=rng.choice(_TYPES),
        description_html=description,
        identifier=f"REQ-{rng.randint(10000, 99999)}",
    )


def jobposting_object(job: Job, **overrides: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description_html,
        "identifier": {"@type": "PropertyValue", "name": job.company, "value": job.identifier},
        "hiringOrganization": {"@type": "Organization", "name": job.company},
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": job.city,
                "addressRegion": job.region,
                "addressCountry": job.country,
            },
        },
        "employmentType": job.employment_type,
    }
    if job.date_posted:
        obj["datePosted"] = job.date_posted.isoformat()
    if job.valid_through:
        obj["validThrough"] = f"{job.valid_through.isoformat()}T23:59:59+08:00"
    obj.update(overrides)
    return obj


def _page(head: str, body: str, *, title: str = "Careers", lang: str = "en") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>{head}</head><body>"
        f'<nav><a href="/careers">All jobs</a></nav>{body}'
        "<footer>© Example careers site</footer></body></html>"
    )


def script(text: str) -> str:
    return f'<script type="application/ld+json">{text}</script>'


def jsonld_page(job: Job, *, quirks: frozenset[str] = frozenset(), **overrides: Any) -> str:
    """A posting page with JSON-LD. Quirks: raw-newlines, comments, trailing-comma, graph,
    list-type, escaped-html, broken-first, cdata, several."""
    obj = jobposting_object(job, **overrides)
    if "list-type" in quirks:
        obj["@type"] = ["JobPosting", "Thing"]
    if "escaped-html" in quirks:
        obj["description"] = html.escape(job.description_html)
    value: Any = obj
    if "graph" in quirks:
        value = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": job.company, "url": "https://example.org/"},
                {"@type": "BreadcrumbList", "itemListElement": []},
                {k: v for k, v in obj.items() if k != "@context"},
            ],
        }
    text = json.dumps(value, ensure_ascii=False, indent=2)
    if "raw-newlines" in quirks:
        text = text.replace("<ul>", "\n<ul>\n").replace("</li>", "</li>\n")
    if "comments" in quirks:
        text = text.replace('"title":', '// the job title\n  "title":', 1)
        text = text.replace("{", "{ /* generated */", 1)
    if "trailing-comma" in quirks:
        text = text.rstrip().rstrip("}").rstrip() + ",\n}"
    if "cdata" in quirks:
        text = f"//<![CDATA[\n{text}\n//]]>"
    head = script(text)
    if "broken-first" in quirks:
        head = script('{"@type": "JobPosting", "title": "Broken", ') + head
    if "several" in quirks:
        org = {"@context": "https://schema.org", "@type": "Organization", "name": job.company}
        head = script(json.dumps(org)) + script("null") + head
    body = f"<main><h1>{html.escape(job.title)}</h1>{job.description_html}</main>"
    return _page(head, body, title=f"{job.title} | {job.company}")


def microdata_page(job: Job) -> str:
    posted = job.date_posted.isoformat() if job.date_posted else ""
    return _page(
        "",
        f"""<div itemscope itemtype="https://schema.org/JobPosting">
  <h1 itemprop="title">{html.escape(job.title)}</h1>
  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization">
    <span itemprop="name">{html.escape(job.company)}</span></div>
  <p itemprop="jobLocation" itemscope itemtype="https://schema.org/Place">
    <span itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
      <span itemprop="addressLocality">{job.city}</span>,
      <span itemprop="addressRegion">{job.region}</span></span></p>
  <meta itemprop="employmentType" content="{job.employment_type}">
  <p>Posted <time itemprop="datePosted" datetime="{posted}">recently</time></p>
  <div itemprop="description">{job.description_html}</div>
</div>""",
        title=job.title,
    )


def rdfa_page(job: Job) -> str:
    posted = job.date_posted.isoformat() if job.date_posted else ""
    return _page(
        "",
        f"""<div vocab="https://schema.org/" typeof="JobPosting">
  <h1 property="title">{html.escape(job.title)}</h1>
  <span property="hiringOrganization" typeof="Organization">
    <span property="name">{html.escape(job.company)}</span></span>
  <span property="datePosted" content="{posted}">recent</span>
  <div property="description">{job.description_html}</div>
</div>""",
        title=job.title,
    )


def plain_page(title: str, text: str, *, site: str | None = None, lang: str = "en") -> str:
    head = f'<meta property="og:site_name" content="{html.escape(site)}">' if site else ""
    body = f"<main><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></main>"
    return _page(head, body, title=title, lang=lang)


def closed_page(job: Job, phrase: str, *, keep_jsonld: bool = False, lang: str = "en") -> str:
    head = script(json.dumps(jobposting_object(job), ensure_ascii=False)) if keep_jsonld else ""
    body = (
        f'<main><h1>{html.escape(job.title)}</h1><div class="banner">{html.escape(phrase)}</div>'
        f"{job.description_html}</main>"
    )
    return _page(head, body, title=job.title, lang=lang)


def careers_page(company: str) -> str:
    items = "".join(f'<li><a href="/jobs/{n}">{t}</a></li>' for n, t in enumerate(_TITLES_EN))
    return _page("", f"<main><h1>Careers at {html.escape(company)}</h1><ul>{items}</ul></main>")


def greenhouse_job(job: Job, job_id: int, board: str, **extra: Any) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "id": job_id,
        "internal_job_id": job_id + 7,
        "title": job.title,
        "updated_at": f"{job.date_posted}T10:55:28-05:00",
        "requisition_id": job.identifier,
        "location": {"name": f"{job.city}, {job.region}"},
        "absolute_url": f"https://boards.greenhouse.io/{board}/jobs/{job_id}",
        "language": "en",
        "metadata": [{"id": 1, "name": "Employment Type", "value": "Full-time"}],
        "content": html.escape(job.description_html),
        "company_name": job.company,
    }
    obj.update(extra)
    return obj


def greenhouse_board(jobs: list[dict[str, Any]]) -> dict[str, Any]:
    listed = [{k: v for k, v in j.items() if k != "content"} for j in jobs]
    return {"jobs": listed, "meta": {"total": len(listed)}}


def lever_posting(job: Job, posting_id: str, site: str) -> dict[str, Any]:
    created = job.date_posted or date(2026, 1, 1)
    epoch_ms = int((created - date(1970, 1, 1)).total_seconds() * 1000) + 36_000_000
    return {
        "id": posting_id,
        "text": job.title,
        "createdAt": epoch_ms,
        "categories": {"location": job.city, "commitment": "Full-time", "team": "Data"},
        "descriptionPlain": html.unescape(job.description_html.split("</p>")[0][3:]),
        "lists": [{"text": "Requirements", "content": "<li>3+ years</li><li>SQL</li>"}],
        "additionalPlain": "We value diverse teams.",
        "hostedUrl": f"https://jobs.lever.co/{site}/{posting_id}",
        "applyUrl": f"https://jobs.lever.co/{site}/{posting_id}/apply",
        "workplaceType": "hybrid",
    }


def ashby_board(entries: list[tuple[Job, str]], org: str) -> dict[str, Any]:
    jobs = []
    for job, job_id in entries:
        jobs.append(
            {
                "id": job_id,
                "title": job.title,
                "location": job.city,
                "employmentType": "FullTime",
                "publishedAt": f"{job.date_posted}T16:00:00.000+00:00",
                "isListed": True,
                "jobUrl": f"https://jobs.ashbyhq.com/{org}/{job_id}",
                "descriptionHtml": job.description_html,
            }
        )
    return {"apiVersion": "1", "jobs": jobs}


def reposted(job: Job, *, days_later: int, identifier: str | None = None) -> Job:
    assert job.date_posted is not None
    return replace(
        job,
        date_posted=job.date_posted + timedelta(days=days_later),
        valid_through=(job.valid_through or job.date_posted) + timedelta(days=days_later),
        identifier=identifier or job.identifier,
    )
