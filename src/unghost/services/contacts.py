"""The contact check as a use case: check files, or an application's documents and record."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError

if TYPE_CHECKING:
    from unghost.documents import ContactCheck


def check_files(
    resume: Path, cover_letter: Path | None, *, region: str | None, online: bool
) -> ContactCheck:
    from unghost.documents import check_documents

    return check_documents(resume, cover_letter, region=_region(region), online=online)


def check_application(
    ctx: Context, ref: str, *, region: str | None, online: bool, open_documents: bool = True
) -> ContactCheck:
    """Check an application's resume and cover letter against the contact details on record;
    without documents, the record alone is checked.

    `open_documents=False` (the web app) checks the record alone: a stored path may have come
    from an imported file, and the app must not read what such a path names (a path is data;
    documents are read from the command line, or uploaded)."""
    from unghost.documents import ContactCheck, check_candidate, check_documents
    from unghost.services.applications import get_application

    app = get_application(ctx, ref)
    code = _region(region) or app.company.country or ctx.settings.country
    resume = next((d for d in app.documents if d.kind == "resume"), None)
    letter = next((d for d in app.documents if d.kind == "cover_letter"), None)
    if not open_documents or (resume is None and letter is None):
        result = ContactCheck(region=code, online=False, documents=[],
                              findings=check_candidate(app.candidate, code))  # fmt: skip
    else:
        first = Path((resume or letter).path)  # type: ignore[union-attr]  # one of them is set
        second = Path(letter.path) if resume is not None and letter is not None else None
        result = check_documents(first, second, region=code, record=app.candidate, online=online)
    _save_check(ctx, app.id, result)
    return result


def _save_check(ctx: Context, application_id: int | None, result: ContactCheck) -> None:
    """Keep the findings: the diagnosis reads the last check as contact-info evidence (the
    English `message`); `translations` ({"zh": message}) is for the application page."""
    from datetime import UTC, datetime

    from unghost.store.evidence import replace_contact_check

    findings = [
        {"code": str(f.code), "document": f.document, "value": f.value, "message": f.message,
         "suggestion": f.suggestion, "severity": str(f.severity),
         "translations": {lang: message for lang, (message, _) in f.translations.items()}}
        for f in result.findings
    ]  # fmt: skip
    with ctx.transaction() as session:
        replace_contact_check(
            session, application_id, findings, datetime.now(UTC).replace(tzinfo=None)
        )


def _region(region: str | None) -> str | None:
    if region is None:
        return None
    code = region.strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise InvalidInputError(
            f"--region must be a two-letter country code such as CN or US, not {region!r}"
        )
    return code
