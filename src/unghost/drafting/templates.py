"""Mail templates: the built-in ones, the user's overrides, and rendering them in the sandbox.

A template file is `<lang>/<kind>.j2`: a first line `Subject: ...`, a blank line, then the body.
The user's folder (the config directory the caller passes) has the same layout and wins over
the built-in templates; it may also add kinds of its own.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Template

from unghost.drafting.samples import sample_context
from unghost.drafting.sandbox import MailSandbox, TemplateProblem, compile_template, render_text
from unghost.drafting.tables import DraftingTables, load_drafting_tables
from unghost.drafting.wording import parse_lang
from unghost.errors import InvalidInputError, NotFoundError, StorageError

_KIND = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_SUBJECT = re.compile(r"^subject:[ \t]*", re.IGNORECASE)
_BLANK_RUNS = re.compile(r"\n{3,}")
BUILT_IN = "built-in"
USER = "user"
STORED_PATH = "your templates page"  # where a server user's own template lives


@dataclass(frozen=True, slots=True)
class TemplateSource:
    kind: str
    lang: str
    origin: str  # built-in or user
    path: str  # the user's file, or the package path of a built-in one
    text: str

    @property
    def label(self) -> str:
        return f"{self.lang}/{self.kind}.j2 ({self.origin})"


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    kind: str
    lang: str
    origin: str
    path: str
    overrides_built_in: bool
    problem: str | None  # why a user template cannot be used, or None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "lang": self.lang,
            "origin": self.origin,
            "path": self.path,
            "overrides_built_in": self.overrides_built_in,
            "problem": self.problem,
        }


def parse_kind(value: str) -> str:
    """A template kind: lower-case letters, digits and dashes (it names a file)."""
    kind = value.strip().lower()
    if not _KIND.match(kind):
        raise InvalidInputError(
            f"{value!r} is not a template kind; use lower-case letters, digits and dashes"
        )
    return kind


def split_template(text: str) -> tuple[str, str]:
    """(subject template, body template) of a template file; raises TemplateProblem."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    first, _, body = text.partition("\n")
    if not _SUBJECT.match(first):
        raise TemplateProblem("the first line must be 'Subject: ...'", 1)
    return _SUBJECT.sub("", first, count=1), body.removeprefix("\n")


def _tidy_body(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


class Templates:
    """The templates a user can draft with: theirs first, then the built-in ones.

    A laptop's own templates are files in `user_dir`; a server user's are the texts they
    saved on the templates page (`stored`, by language and kind), never a folder."""

    def __init__(self, user_dir: Path | None = None, tables: DraftingTables | None = None,
                 stored: Mapping[tuple[str, str], str] | None = None) -> None:  # fmt: skip
        self.user_dir = user_dir
        self.stored = dict(stored or {})
        self.tables = tables or load_drafting_tables()
        self.env = MailSandbox(self.tables.limits)
        self._compiled: dict[str, tuple[Template, Template]] = {}

    # -- finding -------------------------------------------------------------------------------
    def _builtin_path(self, kind: str, lang: str) -> str:
        return f"templates/{lang}/{kind}.j2"

    def _builtin_text(self, kind: str, lang: str) -> str | None:
        item = resources.files("unghost.data").joinpath(self._builtin_path(kind, lang))
        return item.read_text(encoding="utf-8") if item.is_file() else None

    def user_path(self, kind: str, lang: str) -> Path | None:
        """Where the user's template for this kind and language lives (it may not exist)."""
        if self.user_dir is None:
            return None
        return self.user_dir / parse_lang(lang, self.tables) / f"{parse_kind(kind)}.j2"

    def _read_user(self, path: Path) -> str:
        limit = self.tables.limits.template_chars
        try:
            if path.stat().st_size > 4 * limit:
                raise TemplateProblem(f"it is longer than {limit} characters")
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise TemplateProblem("it is not UTF-8 text") from None
        except OSError as exc:
            raise TemplateProblem(f"it cannot be read ({exc.strerror})") from None

    def get_source(self, kind: str, lang: str) -> TemplateSource:
        """The template that drafts this kind in this language; raises NotFoundError."""
        kind, lang = parse_kind(kind), parse_lang(lang, self.tables)
        if (lang, kind) in self.stored:
            return TemplateSource(kind, lang, USER, STORED_PATH, self.stored[lang, kind])
        path = self.user_path(kind, lang)
        if path is not None and path.is_file():
            try:
                user_text = self._read_user(path)
            except TemplateProblem as exc:
                raise self._error(f"{lang}/{kind}.j2 ({USER})", str(path), exc) from None
            return TemplateSource(kind, lang, USER, str(path), user_text)
        text = self._builtin_text(kind, lang)
        if text is None:
            known = ", ".join(sorted({i.kind for i in self.list_templates() if i.lang == lang}))
            raise NotFoundError(f"no {lang} template for {kind!r}; known kinds: {known}")
        return TemplateSource(kind, lang, BUILT_IN, self._builtin_path(kind, lang), text)

    def list_templates(self) -> list[TemplateInfo]:
        """Every template by language and kind, the user's marked, with their problems."""
        found: dict[tuple[str, str], TemplateInfo] = {}
        for lang in self.tables.languages:
            for kind in self.tables.builtin_kinds:
                if self._builtin_text(kind, lang) is not None:
                    where = self._builtin_path(kind, lang)
                    found[lang, kind] = TemplateInfo(kind, lang, BUILT_IN, where, False, None)
        for (lang, kind), text in sorted(self.stored.items()):
            problem = None
            try:
                self._compile(TemplateSource(kind, lang, USER, STORED_PATH, text))
            except TemplateProblem as exc:
                problem = _problem_text(exc)
            overrides = (lang, kind) in found
            found[lang, kind] = TemplateInfo(kind, lang, USER, STORED_PATH, overrides, problem)
        for lang, kind, path in self._user_files():
            problem = None
            try:
                self._compile(TemplateSource(kind, lang, USER, str(path), self._read_user(path)))
            except TemplateProblem as exc:
                problem = _problem_text(exc)
            overrides = (lang, kind) in found
            found[lang, kind] = TemplateInfo(kind, lang, USER, str(path), overrides, problem)
        return [found[key] for key in sorted(found)]

    def _user_files(self) -> list[tuple[str, str, Path]]:
        if self.user_dir is None or not self.user_dir.is_dir():
            return []
        files = []
        for lang in self.tables.languages:
            folder = self.user_dir / lang
            if folder.is_dir():
                for path in sorted(folder.glob("*.j2")):
                    if _KIND.match(path.stem) and path.is_file():
                        files.append((lang, path.stem, path))
        return files

    # -- rendering -----------------------------------------------------------------------------
    def _compile(self, source: TemplateSource) -> tuple[Template, Template]:
        cached = self._compiled.get(source.text)
        if cached is None:
            subject, body = split_template(source.text)
            try:
                compiled_body = compile_template(self.env, body)
            except TemplateProblem as exc:
                exc.line = exc.line + 2 if exc.line else None  # the body starts on line 3
                raise
            cached = (compile_template(self.env, subject), compiled_body)
            self._compiled[source.text] = cached
        return cached

    def render_source(self, source: TemplateSource, context: Mapping[str, Any]) -> tuple[str, str]:
        """(subject, body) of a template; raises InvalidInputError saying what is wrong."""
        limits = self.tables.limits
        try:
            subject_template, body_template = self._compile(source)
            subject = render_text(subject_template, context, limits).strip()
            if "\n" in subject or "\r" in subject:
                raise TemplateProblem("the subject has a line break", 1)
            if not subject:
                raise TemplateProblem("the subject is empty", 1)
            if len(subject) > limits.subject_chars:
                raise TemplateProblem(f"the subject is longer than {limits.subject_chars}", 1)
            try:
                body = render_text(body_template, context, limits)
            except TemplateProblem as exc:
                exc.line = exc.line + 2 if exc.line else None
                raise
        except TemplateProblem as exc:
            raise self._error(source.label, source.path, exc, context) from None
        return subject, _tidy_body(body)

    def render_template(self, kind: str, lang: str, context: Mapping[str, Any]) -> tuple[str, str]:
        """(subject, body) of the kind in the language, from the user's template or ours."""
        return self.render_source(self.get_source(kind, lang), context)

    def _error(
        self,
        label: str,
        path: str,
        exc: TemplateProblem,
        context: Mapping[str, Any] | None = None,
    ) -> InvalidInputError:
        hint = None
        if context is not None and "undefined" in exc.message:
            hint = f"Fields a template can use: {', '.join(sorted(context))}."
        elif path == STORED_PATH:
            hint = "Fix it on your templates page, or go back to the built-in template."
        elif not label.endswith(f"({BUILT_IN})"):
            hint = f"Fix {path}, or remove it to use the built-in template."
        where = f"template {label}, line {exc.line}" if exc.line else f"template {label}"
        return InvalidInputError(f"{where}: {exc.message}", hint=hint)

    def preview(self, kind: str, lang: str, today: date) -> tuple[str, str]:
        """(subject, body) of the template filled with made-up sample data."""
        source = self.get_source(kind, lang)
        return self.render_source(
            source, sample_context(source.kind, source.lang, today, self.tables)
        )

    def save_user_template(self, kind: str, lang: str, text: str, today: date) -> Path:
        """Write the user's template (after checking it against the sample); its path."""
        path = self.user_path(kind, lang)
        if path is None:
            raise InvalidInputError("no templates folder is configured")
        problems = self.check_text(kind, lang, text, today)
        if problems:
            raise InvalidInputError(problems[0], hint="The template was not saved.")
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".template-", suffix=".j2", dir=path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temp, path)
        except OSError as exc:
            raise StorageError(f"cannot write {path}: {exc.strerror}") from None
        return path

    def check_text(self, kind: str, lang: str, text: str, today: date) -> list[str]:
        """Problems of a template text the user wrote, rendered against the sample data."""
        source = TemplateSource(parse_kind(kind), parse_lang(lang, self.tables), USER, "", text)
        limit = self.tables.limits.template_chars
        if len(text) > limit:
            return [f"the template is longer than {limit} characters"]
        try:
            self.render_source(source, sample_context(source.kind, source.lang, today, self.tables))
        except InvalidInputError as exc:
            return [exc.message]
        return []


def _problem_text(exc: TemplateProblem) -> str:
    return f"line {exc.line}: {exc.message}" if exc.line else exc.message
