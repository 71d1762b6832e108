"""Re-importing a file compares each object's digest with the one its application was last
imported from: the same report and the same stored data as a full merge, on both engines."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text

from tests.factories import realistic_document
from unghost.bootstrap import build_context
from unghost.domain.records import Direction, Message, MessageKind
from unghost.interchange.jsonfile import file_digest_prefix
from unghost.services.applications import edit_application, remove_application
from unghost.services.records import record_message
from unghost.services.transfer import export_applications, import_file
from unghost.store.importhash import ImportDigestRow


def _file(tmp_path: Path, doc: dict[str, Any], name: str = "apps.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _export(ctx: Any) -> list[dict[str, Any]]:
    buffer = io.StringIO()
    export_applications(ctx, buffer)
    return json.loads(buffer.getvalue())["applications"]


def _digests(ctx: Any) -> int:
    with ctx.reading() as session:
        return session.scalar(select(func.count()).select_from(ImportDigestRow)) or 0


def _held_by_file(ctx: Any, source: Path) -> int:
    """How many applications keep the digest of the file `source` (store/importhash.py)."""
    prefix = file_digest_prefix(source, ctx.zone)
    with ctx.reading() as session:
        query = select(func.count()).where(ImportDigestRow.digest.startswith(prefix))
        return session.scalar(query) or 0


def _forget_file(ctx: Any, source: Path) -> None:
    prefix = file_digest_prefix(source, ctx.zone)
    with ctx.transaction() as session:
        session.execute(delete(ImportDigestRow).where(ImportDigestRow.digest.startswith(prefix)))


def _forget_digests(ctx: Any) -> None:
    with ctx.transaction() as session:
        session.execute(text("DELETE FROM import_digests"))


def _report(report: Any) -> tuple[int, int, int, int]:
    return report.created, report.updated, report.unchanged, report.skipped


def _writes(ctx: Any, refs: list[str]) -> None:
    """What a user does between two imports: a stage change, a note, a mail, a removal."""
    edit_application(ctx, refs[0], {"status": "rejected"})
    edit_application(ctx, refs[1], {"notes": "spoke to the recruiter"})
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    record_message(ctx, refs[2], Message(at=when, direction=Direction.RECEIVED,
                                         kind=MessageKind.INFO_REQUEST, subject="Next steps"))  # fmt: skip
    remove_application(ctx, refs[3])


def test_a_second_import_of_the_same_file_is_unchanged_by_digest(ctx: Any, tmp_path: Path) -> None:
    source = _file(tmp_path, realistic_document(120, seed=3))
    assert _report(import_file(ctx, source)) == (120, 0, 0, 0)
    assert (_digests(ctx), _held_by_file(ctx, source)) == (240, 120)  # each object's, the file's
    _forget_file(ctx, source)  # so the objects are compared one by one
    before = _export(ctx)
    assert _report(import_file(ctx, source)) == (0, 0, 120, 0)
    assert _export(ctx) == before
    assert (_digests(ctx), _held_by_file(ctx, source)) == (240, 120)


def test_a_file_that_wrote_every_application_is_not_read_again(
    ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from unghost.interchange import jsonfile

    doc = realistic_document(40, seed=9)
    source = _file(tmp_path, doc)
    import_file(ctx, source)
    before = _export(ctx)
    real = jsonfile.read_json_digested

    def unread(*_: Any) -> Any:
        raise AssertionError("the file was read")

    monkeypatch.setattr(jsonfile, "read_json_digested", unread)
    again = import_file(ctx, source)
    assert (_report(again), again.problems, again.carried) == (
        (0, 0, 40, 0), [], {"outbox": 0, "mail": 0, "reviews": 0})  # fmt: skip
    assert _export(ctx) == before
    refs = [app["ref"] for app in before]
    edit_application(ctx, refs[7], {"notes": "written by the user"})  # the file stands no more
    assert _held_by_file(ctx, source) == 39
    monkeypatch.setattr(jsonfile, "read_json_digested", real)
    report = import_file(ctx, source)
    assert report.unchanged + report.updated == 40 and report.created == 0
    assert _held_by_file(ctx, source) == 40  # it stands again: every object resolved to its own
    remove_application(ctx, refs[8])
    assert _held_by_file(ctx, source) == 39
    assert import_file(ctx, source).created == 1  # read again: the removed one comes back


def test_a_file_with_a_skipped_object_never_stands(ctx: Any, tmp_path: Path) -> None:
    doc = realistic_document(12, seed=10)
    doc["applications"][4]["applied_on"] = "not a date"
    source = _file(tmp_path, doc)
    assert _report(import_file(ctx, source, partial=True)) == (11, 0, 0, 1)
    assert _held_by_file(ctx, source) == 11  # short of the 12 objects the file holds
    again = import_file(ctx, source, partial=True)
    assert (_report(again), len(again.problems)) == ((0, 0, 11, 1), 1)  # read and reported again


def test_digests_give_what_a_full_merge_gives_after_the_user_wrote(
    db_url: str, tmp_path: Path
) -> None:
    doc = realistic_document(60, seed=8)
    source = _file(tmp_path, doc)
    changed = json.loads(json.dumps(doc))
    changed["applications"][10]["notes"] = "a note written in the file"
    changed["applications"][11]["status"] = "offer"
    changed_file = _file(tmp_path, changed, "changed.json")
    results = []
    for use_digests in (True, False):
        url = db_url if use_digests else str(tmp_path / "full.db")
        if not use_digests and db_url.startswith("postgresql"):
            url = db_url  # the second round reuses the schema, emptied below
        ctx = build_context({"db": url, "today": "2026-11-25"})
        try:
            if not use_digests and url == db_url:
                with ctx.transaction() as session:
                    session.execute(text("DELETE FROM applications"))
                    session.execute(text("DELETE FROM companies"))
            import_file(ctx, source)
            refs = [a["ref"] for a in _export(ctx)]
            _writes(ctx, refs)
            if not use_digests:
                _forget_digests(ctx)
            first = _report(import_file(ctx, source))
            if not use_digests:
                _forget_digests(ctx)
            second = _report(import_file(ctx, changed_file))
            exported = [{k: v for k, v in a.items() if k != "history"} for a in _export(ctx)]
            results.append((first, second, exported))
        finally:
            ctx.close()
    (first, second, exported), (first_full, second_full, exported_full) = results
    assert first == first_full
    assert first[0] == 1 and first[2] >= 55  # the removed one comes back; the rest unchanged
    assert second == second_full == (0, 2, 58, 0)
    assert exported == exported_full


def test_an_application_written_after_the_file_was_read_is_merged(
    ctx: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """A digest read before the write lock is checked again under it."""
    from unghost.services import transfer

    source = _file(tmp_path, realistic_document(20, seed=4))
    import_file(ctx, source)
    _forget_file(ctx, source)  # so the objects are compared one by one
    ref = _export(ctx)[5]["ref"]
    original = transfer._import_parsed

    def write_meanwhile(*args: Any) -> Any:
        edit_application(ctx, ref, {"status": "withdrawn"})  # after the digests were read
        return original(*args)

    parsed_again: list[str] = []

    def parse(obj: Any, where: str, zone: Any) -> Any:
        parsed_again.append(where)
        return transfer_parse(obj, where, zone)

    transfer_parse = transfer.parse_application
    monkeypatch.setattr(transfer, "_import_parsed", write_meanwhile)
    monkeypatch.setattr(transfer, "parse_application", parse)
    report = import_file(ctx, source)
    assert parsed_again == ["apps.json: applications[5]"]  # read again under the lock
    assert report.updated + report.unchanged == 20
    assert (_digests(ctx), _held_by_file(ctx, source)) == (40, 20)


def test_another_time_zone_reads_the_file_again(db_url: str, tmp_path: Path) -> None:
    source = _file(tmp_path, realistic_document(15, seed=6))
    utc = build_context({"db": db_url, "today": "2026-11-25"})
    try:
        import_file(utc, source)
    finally:
        utc.close()
    tokyo = build_context({"db": db_url, "today": "2026-11-25", "tz": "Asia/Tokyo"})
    try:
        report = import_file(tokyo, source)
        assert report.unchanged + report.updated == 15
        assert _digests(tokyo) >= 15
    finally:
        tokyo.close()
