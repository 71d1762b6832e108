"""CSV in and out: unghost's own columns and the exports of Huntr, Teal, Simplify and JobSync."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from datetime import tzinfo
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from unghost.domain.records import (
    Application,
    Candidate,
    Company,
    Contact,
    Event,
    EventKind,
    Role,
    Status,
)
from unghost.domain.stages import format_history
from unghost.errors import InvalidInputError
from unghost.interchange.csvcells import (
    GuardedWriter,
    bool_cell,
    manage_cells,
    read_salary,
    unguard_cell,
)
from unghost.interchange.fields import (
    MONTH_FIRST,
    DateStyle,
    FieldError,
    normal_label,
    parse_bool,
    parse_country,
    parse_date,
    parse_int,
    parse_limited,
    parse_status,
    parse_text,
    parse_url,
    vocabulary,
)
from unghost.interchange.manage import (
    parse_rating,
    parse_tags,
    parse_work_mode,
)
from unghost.interchange.v1 import Problem, infer_status

Parsed = tuple[str, Application | None, list[Problem]]
COLUMNS = (
    "ref", "status", "company", "company_domain", "country", "subdivision", "industry",
    "fiscal_year_end_month", "funding_pending", "hiring_freeze", "title", "posting_url",
    "posted_on", "new_position", "closed_on", "location", "applied_on", "candidate_email",
    "candidate_phone", "contact_name", "contact_email", "contact_role", "history", "notes",
    "description", "tags", "rating", "salary_min", "salary_max", "salary_currency",
    "salary_period", "work_mode", "archived",
)  # fmt: skip
_HISTORY_STEP = re.compile(r"^(\S+)\s+(?:note:\s*(.*)|(\S[^()]*?)(?:\s+\((.*)\))?)$", re.S)
_ZIP_MEMBER_LIMIT = 200 * 1024 * 1024
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 (and UTF-32 LE) as Excel's "Unicode text"
csv.field_size_limit(16 * 1024 * 1024)


def detect_tracker(headers: Iterable[str]) -> str:
    """Which tool wrote the file, by the headers only it uses; `csv` when none does."""
    names = {normal_label(h) for h in headers}
    for tracker, marks in vocabulary()["signatures"].items():
        if any(normal_label(m) in names for m in marks):
            return str(tracker)
    return "csv"


def read_csv(
    path: Path, zone: tzinfo, style: DateStyle = MONTH_FIRST, encoding: str = "utf-8-sig"
) -> Iterator[Parsed]:
    """Yield (where, application or None, problems) for each data row."""
    raw = _open_source(path)
    with raw:
        lines = _DecodedLines(raw, encoding)
        reader = csv.reader(lines)
        shown = (
            "UTF-8" if lines.encoding.lower() in ("utf-8-sig", "utf-8", "utf8") else lines.encoding
        )
        wrong = f"not valid {shown} text"
        try:
            try:
                headers = next(reader)
            except StopIteration:
                raise InvalidInputError(f"{path.name}: the file is empty") from None
            mapping = _map_headers(headers)
            if "company" not in mapping.values() or "title" not in mapping.values():
                raise InvalidInputError(
                    f"{path.name}: no company or job title column found in the header "
                    f"({', '.join(h for h in headers[:8])})",
                    hint="name the columns Company and Title (or Job Title)",
                )
            tracker = detect_tracker(headers)
            for cells in reader:
                if not any(c.strip() for c in cells):
                    continue
                where = f"{path.name}: line {reader.line_num}"
                if len(cells) > len(headers):
                    yield where, None, [Problem(where, "more cells than header columns")]
                    continue
                if any(_UNDECODED.search(c) for c in cells):  # only this row is lost
                    yield where, None, [Problem(where, wrong)]
                    continue
                row = dict(zip(headers, map(unguard_cell, cells), strict=False))
                yield (where, *_parse_row(row, mapping, tracker, where, zone, style))
        except UnicodeDecodeError:
            raise InvalidInputError(
                f"{path.name}: line {lines.count}: {wrong}",
                hint="save it as UTF-8, or pass --encoding (e.g. gbk, cp1252)",
            ) from None
        except csv.Error as exc:
            raise InvalidInputError(f"{path.name}: line {reader.line_num}: {exc}") from None


_UNDECODED = re.compile("[\udc80-\udcff]")  # bytes the codec could not read, kept as escapes


class _DecodedLines:
    """Text lines from bytes, decoded before the CSV reader splits rows.

    ASCII-compatible encodings (UTF-8, GBK, cp1252...) are decoded a line at a time, the bytes
    a line cannot decode kept as escapes so that row alone is refused; UTF-16 (a BOM, or
    --encoding utf-16) is decoded as a stream, since its line breaks are two bytes."""

    def __init__(self, raw: IO[bytes], encoding: str) -> None:
        self.raw = raw
        self.encoding = encoding
        self.count = 0
        head = raw.peek(4)[:4] if hasattr(raw, "peek") else b""
        if head.startswith(_WIDE_BOMS) and not encoding.lower().startswith(("utf-16", "utf-32")):
            self.encoding = "utf-32" if head in (b"\xff\xfe\x00\x00",) else "utf-16"

    def __iter__(self) -> Iterator[str]:
        if self.encoding.lower().replace("_", "-").startswith(("utf-16", "utf-32")):
            import io

            text = io.TextIOWrapper(self.raw, encoding=self.encoding, newline="")
            for text_line in text:
                self.count += 1
                yield text_line
            return
        for line in self.raw:
            self.count += 1
            yield line.decode(self.encoding, errors="surrogateescape")


def _open_source(path: Path) -> IO[bytes]:
    """The CSV bytes; for a Huntr ZIP export, its jobs table."""
    try:
        if zipfile.is_zipfile(path):
            archive = zipfile.ZipFile(path)
            members = [
                m for m in archive.infolist()
                if m.filename.lower().endswith(".csv") and "job" in m.filename.lower()
                and "activit" not in m.filename.lower()
            ]  # fmt: skip
            if not members:
                raise InvalidInputError(f"{path.name}: the ZIP file holds no jobs CSV")
            if members[0].file_size > _ZIP_MEMBER_LIMIT:
                raise InvalidInputError(f"{path.name}: {members[0].filename} is too large")
            return archive.open(members[0])
        return path.open("rb")
    except OSError as exc:
        raise InvalidInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    except zipfile.BadZipFile as exc:
        raise InvalidInputError(f"{path.name}: damaged ZIP file ({exc})") from None


def _map_headers(headers: list[str]) -> dict[str, str]:
    """Header -> field; when several headers fit one field, the earlier-listed alias wins."""
    aliases = {
        normal_label(alias): (field, rank)
        for field, names in vocabulary()["columns"].items()
        for rank, alias in enumerate(names)
    }
    best: dict[str, tuple[int, str]] = {}
    for header in headers:
        found = aliases.get(normal_label(header))
        if found is not None:
            field, rank = found
            if field not in best or rank < best[field][0]:
                best[field] = (rank, header)
    return {header: field for field, (_rank, header) in best.items()}


def _parse_row(
    row: dict[str, str],
    mapping: dict[str, str],
    tracker: str,
    where: str,
    zone: tzinfo,
    style: DateStyle,
) -> tuple[Application | None, list[Problem]]:
    problems: list[Problem] = []
    values: dict[str, str] = {}
    extra: dict[str, Any] = {}
    stage_dates: list[tuple[str, str]] = []  # (header, cell) of columns named after a stage
    for header, cell in row.items():
        field = mapping.get(header)
        if field is not None:
            values[field] = cell.strip()
        elif cell.strip() and header.strip():
            extra[header.strip()] = cell.strip()
            if _stage_of(header) is not None:
                stage_dates.append((header, cell.strip()))

    def get(field: str, parse: Any) -> Any:
        value = values.get(field, "")
        if value == "":
            return None
        try:
            return parse(value)
        except FieldError as exc:
            problems.append(Problem(f"{where}, column {_header_of(mapping, field)}", str(exc)))
            return None

    date = lambda v: parse_date(v, style)  # noqa: E731  # the one date rule of this file
    description = get("description", lambda v: parse_text(_strip_html(v), limit=1_000_000))
    app = Application(
        ref=get("ref", parse_limited("ref")) or "",
        company=Company(
            name=get("company", parse_limited("company")) or "",
            domain=get("company_domain", parse_text),
            country=get("country", parse_country),
            subdivision=get("subdivision", parse_text),
            industry=get("industry", parse_text),
            fiscal_year_end_month=get(
                "fiscal_year_end_month", lambda v: parse_int(v, low=1, high=12)
            ),
            funding_pending=get("funding_pending", parse_bool) or False,
            hiring_freeze=get("hiring_freeze", parse_bool) or False,
        ),
        role=Role(
            title=get("title", parse_limited("title")) or "",
            posting_url=get("posting_url", parse_url),
            posted_on=get("posted_on", date),
            new_position=get("new_position", parse_bool),
            closed_on=get("closed_on", date),
            location=get("location", parse_limited("location")),
            description=description,
            salary=read_salary(get),
            work_mode=get("work_mode", parse_work_mode),
        ),
        applied_on=get("applied_on", date),
        candidate=Candidate(
            email=get("candidate_email", parse_text), phone=get("candidate_phone", parse_text)
        ),
        notes=get("notes", parse_text),
        source=None if tracker in ("csv", "unghost") else tracker,
        extra=extra,
        tags=get("tags", parse_tags) or [],
        rating=get("rating", parse_rating),
        archived=get("archived", parse_bool) or False,
    )
    follow_up = get("follow_up_on", date)
    if follow_up is not None:
        app.extra["follow_up_on"] = follow_up.isoformat()
    contact = Contact(
        name=get("contact_name", parse_text),
        email=get("contact_email", parse_text),
        role=get("contact_role", parse_text),
    )
    if contact.name or contact.email:
        app.contacts.append(contact)
    history = values.get("history", "")
    if history:
        app.events = _parse_history(history, where, problems, style)
    for header, cell in stage_dates:
        try:
            on = parse_date(cell, style)
        except FieldError:
            continue  # a stage column without a date says nothing we can date
        app.events.append(Event(on=on, kind=EventKind.STATUS, status=_stage_of(header)))
        extra.pop(header.strip(), None)
    if stage_dates and app.applied_on and not any(e.status is Status.APPLIED for e in app.events):
        app.events.append(Event(on=app.applied_on, kind=EventKind.STATUS, status=Status.APPLIED))
    app.events.sort(key=lambda e: e.on)
    status = get("status", parse_status)
    if status is Status.WITHDRAWN and tracker == "simplify":
        status = None  # Simplify's "archived" is a view, not a decision
        app.archived = True
    dated = [e.status for e in app.events if e.status is not None]
    app.status = status or (max(dated, key=lambda s: s.rank) if dated else infer_status(app))
    status_on = get("status_date", date)
    if status_on and not app.events and app.status is not Status.SAVED:
        app.events.append(Event(on=status_on, kind=EventKind.STATUS, status=app.status))
    if not app.company.name:
        problems.append(Problem(where, "no company name"))
    if not app.role.title:
        problems.append(Problem(where, "no job title"))
    return (None, problems) if problems else (app, [])


def _stage_of(header: str) -> Status | None:
    """The stage a column is named after (Teal keeps a date column per stage: "Negotiating")."""
    try:
        return parse_status(header)
    except FieldError:
        return None


def _parse_history(text: str, where: str, problems: list[Problem], style: DateStyle) -> list[Event]:
    events = []
    for step in text.split(" → "):
        m = _HISTORY_STEP.match(step.strip())
        try:
            if not m:
                raise FieldError(f"cannot read history step {step!r}")
            on = parse_date(m[1], style)
            if m[2] is not None:
                events.append(Event(on=on, kind=EventKind.NOTE, note=m[2].strip() or None))
            else:
                events.append(
                    Event(on=on, kind=EventKind.STATUS, status=parse_status(m[3]), note=m[4])
                )
        except FieldError as exc:
            problems.append(Problem(f"{where}, column history", str(exc)))
    return events


def _header_of(mapping: dict[str, str], field: str) -> str:
    return next((h for h, f in mapping.items() if f == field), field)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("p", "br", "li", "div", "h1", "h2", "h3", "h4", "tr"):
            self.parts.append("\n")


def _strip_html(text: str) -> str:
    """Huntr keeps descriptions as HTML; we keep the words."""
    if "<" not in text:
        return text
    parser = _TextOnly()
    parser.feed(text)
    return re.sub(r"\n\s*\n+", "\n\n", "".join(parser.parts)).strip()


def write_csv(apps: Iterable[Application], out: IO[str]) -> int:
    plain = csv.writer(out, lineterminator="\n")
    plain.writerow(COLUMNS)
    quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer = GuardedWriter(plain.writerow, quoted.writerow)  # cells spreadsheet-safe
    count = 0
    for app in apps:
        contact = app.contacts[0] if app.contacts else Contact()
        c, r = app.company, app.role
        writer.writerow([
            app.ref, app.status.value, c.name, c.domain, c.country, c.subdivision, c.industry,
            c.fiscal_year_end_month, bool_cell(c.funding_pending), bool_cell(c.hiring_freeze), r.title,
            r.posting_url, r.posted_on, bool_cell(r.new_position), r.closed_on, r.location,
            app.applied_on, app.candidate.email, app.candidate.phone, contact.name, contact.email,
            contact.role, format_history(app.events), app.notes, r.description,
            *manage_cells(app),
        ])  # fmt: skip
        count += 1
    return count
