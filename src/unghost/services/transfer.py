"""Import and export of applications: one transaction (or good rows only), never a duplicate."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from unghost.store.bulk import BulkWriter, MatchIndex
    from unghost.store.repository import ApplicationRepository

from unghost.bootstrap import Context
from unghost.domain.merge import merge_application
from unghost.domain.records import Application
from unghost.domain.refs import is_valid_ref, make_ref
from unghost.domain.stages import initial_history
from unghost.errors import InvalidInputError
from unghost.interchange.fields import DateStyle
from unghost.interchange.v1 import FORMAT, Problem, parse_application, render_application

FORMATS = ("json", "csv")
# where, application (None: not built), problems, digest of its object ("" for CSV), and for an
# object whose digest was known: ((application id, ref), the object)
Read = tuple[str, Application | None, list[Problem], str, Any]
_FLUSH_EVERY = 500
_SHOWN_PROBLEMS = 20


@dataclass
class ImportReport:
    file: str
    format: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    carried: dict[str, int] = field(default_factory=dict)  # outbox, mail, reviews added

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file, "format": self.format, "created": self.created,
            "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
            "problems": [{"where": p.where, "message": p.message} for p in self.problems],
            "carried": dict(self.carried),
        }  # fmt: skip


def guess_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in (".json", ".ndjson"):
        return "json"
    if suffix in (".csv", ".zip", ".tsv"):
        return "csv"
    raise InvalidInputError(f"{path.name}: cannot tell the format; pass --format json or csv")


def import_file(
    ctx: Context,
    path: Path,
    *,
    fmt: str | None = None,
    partial: bool = False,
    day_first: bool = False,
    encoding: str = "utf-8-sig",
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Import every application of `path`; with problems, nothing unless `partial`.

    The file is parsed and checked first; the database work then runs in one transaction
    holding the write lock (a few seconds for 10,000 applications; other writers wait, well
    within the busy timeout) or, with `partial`, commits every 500 applications. A JSON file
    that wrote every one of its applications, none written since, is not read again."""
    from unghost.memory import collector_paused

    if not path.is_file():
        raise InvalidInputError(f"{path}: no such file")
    fmt = fmt or guess_format(path)
    report = ImportReport(file=str(path), format=fmt)
    # the file is read and checked before the write lock is taken, so other writers (the web
    # app, the worker) wait only for the database work, not for the parsing
    known: dict[str, tuple[int, str]] = {}
    whole = ""  # the file's digest (JSON only)
    if fmt == "json":
        from unghost.interchange.jsonfile import file_digest_prefix
        from unghost.store import importhash
        from unghost.store.carry import mentions_sections

        whole = file_digest_prefix(path, ctx.zone)
        with ctx.reading() as session:
            standing = importhash.standing_file(session, whole)
            if standing and not mentions_sections(path):
                # the file that wrote every one of its applications, none written since:
                # importing it again would merge each into itself (nothing is written)
                report.unchanged = standing
                report.carried = {"outbox": 0, "mail": 0, "reviews": 0}
                return report
            known = importhash.known(session)
    with collector_paused():
        # the file is read and checked before the write lock is taken, so other writers (the
        # web app, the worker) wait only for the database work, not for the parsing
        parsed = list(_read(path, fmt, ctx, day_first, encoding, known))
        done = _import_parsed(ctx, path, fmt, partial, progress, report, parsed, whole)
    from unghost.store.statistics import APPLICATION_TABLES, analyse_after_bulk

    with ctx.transaction() as session:
        analyse_after_bulk(session, done.created + done.updated, APPLICATION_TABLES)
    return done


def _import_parsed(
    ctx: Context,
    path: Path,
    fmt: str,
    partial: bool,
    progress: Callable[[int], None] | None,
    report: ImportReport,
    parsed: list[Read],
    whole: str = "",
) -> ImportReport:
    """The database half of import_file: match, merge and write what was parsed; each
    application keeps the digests of its object and of the file (`whole`, when given)."""
    from unghost.store import importhash
    from unghost.store.bulk import BulkWriter, MatchIndex
    from unghost.store.repository import ApplicationRepository

    seen_refs: dict[str, str] = {}
    in_file = importhash.file_digest(whole, len(parsed)) if whole else ""
    with ctx.transaction() as session:
        repo = ApplicationRepository(session)
        index = MatchIndex(session)
        writer = BulkWriter(session)
        standing = importhash.known(session) if any(p[4] for p in parsed) else {}
        pending: list[Application] = []
        pending_digests: list[list[str]] = []  # per pending application: its objects' digests
        matched: list[tuple[int, Application, str]] = []  # stored id, incoming copy, digest
        for n, (where, app, problems, digest, seen) in enumerate(parsed, 1):
            if progress is not None:
                progress(n)
            if seen is not None:
                (id_, ref), obj = seen
                if standing.get(digest) == (id_, ref):
                    # the same object as the import that wrote this application, and nothing
                    # has written it since: merging would change nothing (its digest stands)
                    seen_refs.setdefault(ref, where)
                    report.unchanged += 1
                    if in_file:  # it keeps its object's digest, and now this file's too
                        importhash.record(session, id_, digest)
                        importhash.record(session, id_, in_file)
                    continue
                app, problems = parse_application(obj, where, ctx.zone)  # written meanwhile
            if app is not None and app.ref:
                problems = problems or _ref_problems(app.ref, where, seen_refs)
            if problems or app is None:
                report.problems.extend(problems)
                report.skipped += 1
                continue
            if report.problems and not partial:
                continue  # keep reading to report every problem; nothing will be written
            match = index.find(app)
            if match is None:
                if not app.ref:
                    app.ref = make_ref(app.company.name, app.role.title, index.ref_taken)
                app.events = initial_history(app, ctx.today, dated_today=False)
                index.add(app, ("pending", len(pending)))
                pending.append(app)
                pending_digests.append([d for d in (digest, in_file) if d])
                report.created += 1
            elif match[0] == "pending":
                earlier = pending[match[1]]
                merged = merge_application(earlier, app, ctx.today)
                merged.ref = earlier.ref
                report.unchanged += merged == earlier
                report.updated += merged != earlier
                pending[match[1]] = merged
                pending_digests[match[1]].extend(d for d in (digest, in_file) if d)
            else:
                matched.append((match[1], app, digest))
            if len(matched) >= _FLUSH_EVERY:
                _merge_stored(repo, matched, report, ctx.today, in_file)
                matched = []
            if len(pending) >= _FLUSH_EVERY:
                _insert(session, index, writer, pending, pending_digests)
                pending, pending_digests = [], []
                session.expunge_all()
                if partial:
                    # good rows are kept anyway: commit each batch so other writers wait for
                    # one batch at a time, never for the whole file
                    _commit_batch(session)
        if report.problems and not partial:
            session.rollback()
            first = report.problems[0]
            more = len(report.problems) - 1
            raise InvalidInputError(
                f"{first}" + (f" (and {more} more problems)" if more else ""),
                hint="nothing was imported; fix the file, or pass --partial to import the good rows",
            )
        _merge_stored(repo, matched, report, ctx.today, in_file)
        _insert(session, index, writer, pending, pending_digests)
        if fmt == "json":
            from unghost.store.carry import import_sections, read_sections

            carried = import_sections(session, read_sections(path), path.name)
            report.carried = carried.to_dict()
    return report


def _commit_batch(session: Session) -> None:
    from unghost.bootstrap import begin_write
    from unghost.store.engine import WRITE_OPTION

    session.commit()
    begin_write(session, WRITE_OPTION)


def _insert(
    session: Session, index: MatchIndex, writer: BulkWriter, apps: list[Application],
    digests: list[list[str]],
) -> None:  # fmt: skip
    """Write new applications, keeping the digests of the objects they were made of."""
    from unghost.store import importhash

    ids = writer.insert(apps)
    index.settle(apps, ids)
    for id_, held in zip(ids, digests, strict=True):
        for digest in held:
            importhash.record(session, id_, digest)


def _merge_stored(
    repo: ApplicationRepository,
    matched: list[tuple[int, Application, str]],
    report: ImportReport,
    today: date,
    in_file: str,
) -> None:
    """Merge incoming copies into their stored applications, loading them a batch at a time."""
    from unghost.store import importhash
    from unghost.store.mapping import application_record

    rows = repo.get_rows([id_ for id_, _, _ in matched])
    current = {id_: application_record(row) for id_, row in rows.items()}
    changed: set[int] = set()
    for id_, incoming, digest in matched:
        for held in (digest, in_file):
            if held:
                importhash.record(repo.session, id_, held)
        stored = current[id_]
        merged = merge_application(stored, incoming, today)
        merged.ref = stored.ref
        if merged == stored:
            report.unchanged += 1
        else:
            current[id_] = merged
            changed.add(id_)
            report.updated += 1
    for id_ in changed:
        repo.save(current[id_], rows[id_])


def _ref_problems(ref: str, where: str, seen: dict[str, str]) -> list[Problem]:
    if not is_valid_ref(ref):
        return [Problem(f"{where}.ref", f"{ref!r} cannot be a reference")]
    if ref in seen:
        return [Problem(f"{where}.ref", f"duplicate ref {ref!r} (first at {seen[ref]})")]
    seen[ref] = where
    return []


def _read(
    path: Path, fmt: str, ctx: Context, day_first: bool, encoding: str,
    known: dict[str, tuple[int, str]],
) -> Iterator[Read]:  # fmt: skip
    if fmt == "json":
        from unghost.interchange.jsonfile import read_json_digested

        return read_json_digested(path, ctx.zone, known)
    if fmt == "csv":
        from unghost.interchange.csvfile import read_csv

        rows = read_csv(path, ctx.zone, DateStyle(day_first=day_first), encoding)
        return ((where, app, problems, "", None) for where, app, problems in rows)
    raise InvalidInputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")


def export_applications(
    ctx: Context, out: IO[str], fmt: str = "json", *, refs: Sequence[str] | None = None
) -> int:
    """Write every application (or the ones of `refs`, archived ones too) to `out`; returns
    how many."""
    from unghost.store.repository import ApplicationRepository

    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown format {fmt!r} (known: {', '.join(FORMATS)})")
    with ctx.reading() as session:  # one snapshot, and no writer waits for the file
        repo = ApplicationRepository(session)
        apps = repo.iter_all() if refs is None else (repo.get(r) for r in dict.fromkeys(refs))
        if fmt == "csv":
            from unghost.interchange.csvfile import write_csv

            return write_csv(apps, out)
        return _write_json(apps, out, session if refs is None else None)


def _write_json(apps: Iterable[Application], out: IO[str], session: Session | None) -> int:
    """The applications, then what travels with them (store/carry.py: outbox, mail, reviews);
    a selection of applications (`session` None) travels alone."""
    from unghost.store.carry import render_sections

    out.write('{\n  "format": "' + FORMAT + '",\n  "applications": [')
    count = _write_items(apps_rendered(apps), out)
    for name, items in render_sections(session) if session is not None else ():
        out.write(',\n  "' + name + '": [')
        _write_items(items, out)
    out.write("\n}\n")
    return count


def apps_rendered(apps: Iterable[Application]) -> Iterator[dict[str, object]]:
    return (render_application(app) for app in apps)


def _write_items(items: Iterable[dict[str, object]], out: IO[str]) -> int:
    count = 0
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2)
        out.write(("," if count else "") + "\n    " + text.replace("\n", "\n    "))
        count += 1
    out.write("\n  ]" if count else "]")
    return count


def export_to_file(ctx: Context, path: Path, fmt: str = "json") -> int:
    """Export atomically: a crash never leaves half a file where the old one was."""
    directory = path.resolve().parent
    if not directory.is_dir():
        raise InvalidInputError(f"{directory}: no such folder")
    fd, tmp = tempfile.mkstemp(prefix=".unghost-export-", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            count = export_applications(ctx, out, fmt)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count
