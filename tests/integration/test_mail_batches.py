"""Mail stored in batches on both engines: a refused message is a finding and the rest of its
batch is kept; a message recorded on its application once; the application's version moves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from tests.integration.test_mail_service import CST, OOO, REJECT, mail, mctx  # noqa: F401
from unghost.services.applications import get_application
from unghost.services.mail import import_mail_files
from unghost.services.review import list_proposals
from unghost.store.models import ApplicationRow, MailMessageRow


def _acks(count: int) -> list[bytes]:
    return [
        mail("Li Wei <li.wei@acme.example>", f"Re: Data Analyst ({n})",
             "Thanks Jane, we received your note and will be in touch next week.",
             datetime(2026, 10, 5 + n, 9, tzinfo=CST), f"<note-{n}@acme.example>")
        for n in range(count)
    ]  # fmt: skip


def _version(ctx: object) -> int:
    with ctx.transaction() as session:  # type: ignore[attr-defined]
        return int(
            session.scalar(
                select(ApplicationRow.version).where(ApplicationRow.ref == "acme-analyst")
            )
        )


def test_a_refused_message_is_a_finding_and_its_batch_is_kept(mctx, tmp_path):  # noqa: F811
    folder = tmp_path / "mail"
    folder.mkdir()
    notes = _acks(4)
    for n, data in enumerate(notes):
        (folder / f"{n}.eml").write_bytes(data)
    (folder / "2b.eml").write_bytes(notes[2].replace(b"<note-2@", b"<no\xffte-2@"))
    (folder / "5.eml").write_bytes(REJECT)
    before = _version(mctx)
    report = import_mail_files(mctx, sorted(folder.iterdir()))
    assert report.stored == 5 and report.matched == 5 and report.proposals == 1
    assert [f["where"].endswith("2b.eml") for f in report.findings] == [True]
    assert report.findings[0]["problem"].startswith("cannot be stored")  # by the database
    app = get_application(mctx, "acme-analyst")
    recorded = [m.message_id for m in app.messages if m.message_id and "note-" in m.message_id]
    assert sorted(recorded) == [f"<note-{n}@acme.example>" for n in range(4)]
    assert _version(mctx) > before  # a writer that read the application meanwhile conflicts
    (proposal,) = list_proposals(mctx)
    assert proposal.status == "rejected"
    again = import_mail_files(mctx, sorted(folder.iterdir()))
    assert again.stored == 0 and again.duplicates == 5 and len(again.findings) == 1
    assert len(get_application(mctx, "acme-analyst").messages) == len(app.messages)


def test_two_copies_of_one_message_id_are_recorded_once(mctx, tmp_path):  # noqa: F811
    first = OOO
    second = b"X-Copy: forwarded\n" + OOO  # same Message-ID, other bytes
    paths = []
    for name, data in (("a.eml", first), ("b.eml", second)):
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    report = import_mail_files(mctx, paths)
    assert report.stored == 2  # two contents: two mailbox rows
    app = get_application(mctx, "acme-analyst")
    assert [m.message_id for m in app.messages].count("<ooo-1@acme.example>") == 1
    with mctx.transaction() as session:
        assert session.scalar(select(func.count(MailMessageRow.id))) == 2
