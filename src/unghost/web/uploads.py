"""Uploads: the multipart body is streamed (capped by the guard) into a private temp folder."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from unghost.bootstrap import Context
from unghost.errors import InvalidInputError

if TYPE_CHECKING:
    from unghost.documents import ContactCheck
    from unghost.services.transfer import ImportReport

CHUNK_BYTES = 1024 * 1024
UNSAFE = re.compile(r"[^\w.\-]+", re.UNICODE)


@contextmanager
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="unghost-upload-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


async def save_upload(upload: UploadFile, folder: Path, stem: str) -> Path:
    """Copy one uploaded file in chunks, keeping its extension (the readers go by it)."""
    suffix = Path(UNSAFE.sub("_", upload.filename or "")).suffix.lower()[:10]
    target = folder / f"{stem}{suffix}"
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK_BYTES):
            out.write(chunk)
    return target


def _file(form: Any, name: str) -> UploadFile | None:
    value = form.get(name)
    if isinstance(value, UploadFile) and (value.filename or value.size):
        return value
    if isinstance(value, str) and value:  # a text field where a file belongs
        raise InvalidInputError(f"{name}: expected a file, not text")
    return None


async def check_uploaded(request: Request, form: Any = None) -> ContactCheck:
    """The contact check of an uploaded resume (and cover letter)."""
    from unghost.services.contacts import check_files

    form = form if form is not None else await request.form(max_files=2)
    resume, letter = _file(form, "resume"), _file(form, "cover_letter")
    if resume is None:
        raise InvalidInputError("resume: choose a file to check (PDF, DOCX, ODT or text)")
    # the box shows the settings' country as its default; an empty box means that one
    region = str(form.get("region") or "").strip() or request.app.state.web.settings.country
    with scratch() as folder:
        first = await save_upload(resume, folder, "resume")
        second = await save_upload(letter, folder, "cover-letter") if letter else None
        check = await run_in_threadpool(check_files, first, second, region=region, online=False)
        names = {str(first): _shown_name(resume, first)}
        if second is not None and letter is not None:
            names[str(second)] = _shown_name(letter, second)
        return _without_paths(check, names, str(folder))


def _shown_name(upload: UploadFile, saved: Path) -> str:
    """The uploaded file's own name (no folder of the client's either), else the saved one's."""
    return Path((upload.filename or "").replace("\\", "/")).name or saved.name


def _without_paths(check: ContactCheck, names: dict[str, str], folder: str) -> ContactCheck:
    """The check as the client may see it: each document named by its uploaded file's name,
    never by where the server kept it meanwhile (a temp path tells the server's layout)."""
    from dataclasses import replace

    def hide(text: str | None) -> str | None:
        if not text:
            return text
        for path, name in names.items():
            text = text.replace(path, name)
        return text.replace(folder, "")

    for doc in check.documents:
        doc.path = names.get(doc.path, Path(doc.path).name)
    check.findings = [
        replace(f, message=hide(f.message) or "", fix=hide(f.fix) or "", value=hide(f.value),
                translations={k: (hide(m) or "", hide(x) or "") for k, (m, x) in f.translations.items()})
        for f in check.findings
    ]  # fmt: skip
    return check


async def import_uploaded(request: Request, ctx: Context, form: Any = None) -> ImportReport:
    from unghost.services.transfer import import_file

    form = form if form is not None else await request.form(max_files=1)
    upload = _file(form, "file")
    if upload is None:
        raise InvalidInputError("file: choose a JSON, CSV or ZIP export to import")
    partial = str(form.get("partial") or "") in ("on", "true", "1")
    with scratch() as folder:
        stem = Path(UNSAFE.sub("_", upload.filename or "import")).stem[:60] or "import"
        path = await save_upload(upload, folder, stem)
        return await run_in_threadpool(import_file, ctx, path, partial=partial)
