"""`unghost check`: can HR reach you? Contact details in the resume, cover letter and record."""

from pathlib import Path
from typing import Annotated

import typer

from unghost.cli.common import EXIT_PROBLEMS, LangOption, Output, command, parse_language


def register(app: typer.Typer) -> None:
    @command(app, "check")
    def check(
        out: Output,
        target: Annotated[str, typer.Argument(help="A resume file, or an application REF.")],
        cover_letter: Annotated[Path | None, typer.Argument(help="The cover letter file.")] = None,
        region: Annotated[
            str | None, typer.Option("--region", help="Country for numbers without +CC.")
        ] = None,
        online: Annotated[
            bool, typer.Option("--online", help="Ask DNS whether each mail domain exists.")
        ] = False,
        lang: LangOption = None,
    ) -> None:
        """Check the emails, phones and links in a resume and cover letter (exit 4 on problems).

        With an application REF, its attached documents are checked against the contact
        details recorded on it (`unghost edit REF --resume FILE --cover-letter FILE`)."""
        from unghost.services.contacts import check_application, check_files
        from unghost.settings import load_settings

        language = parse_language(lang or load_settings(out.flags).lang)
        path = Path(target)
        if path.exists() or cover_letter is not None or any(c in target for c in "/\\."):
            result = check_files(path, cover_letter, region=region, online=online)
        else:
            result = check_application(out.context(), target, region=region, online=online)
        if out.json:
            out.emit(result.to_dict(language))
        else:
            _print(out, result, language)
        if result.has_problems:
            raise typer.Exit(EXIT_PROBLEMS)


_NO_PROBLEMS = {"en": "No problems: HR can reach you.", "zh": "没有问题：HR 能联系到你。"}
_FIX = {"en": "fix", "zh": "修改建议"}
_DOCUMENTS = {
    "en": {"resume": "resume", "cover_letter": "cover letter"},
    "zh": {"resume": "简历", "cover_letter": "求职信"},
}
_UNREADABLE = {"en": "{name}: {path} could not be read", "zh": "{name}：无法读取 {path}"}
_LABELS = {
    "en": {"email": "email", "phone": "phone", "link": "link",
           "bad_email": "email (cannot work)", "bad_phone": "phone (cannot work)"},
    "zh": {"email": "邮箱", "phone": "电话", "link": "链接",
           "bad_email": "邮箱（无效）", "bad_phone": "电话（无效）"},
}  # fmt: skip


def _print(out: Output, result, language: str) -> None:  # type: ignore[no-untyped-def]  # ContactCheck
    for doc in result.documents:
        name = _DOCUMENTS[language].get(doc.document, doc.document)
        if not doc.readable:
            out.print(_UNREADABLE[language].format(name=name, path=doc.path))
            continue
        out.print(f"{name}: {doc.path}", style="bold")
        for kind, values in (("email", doc.emails), ("phone", doc.phones), ("link", doc.links),
                             ("bad_email", doc.invalid_emails), ("bad_phone", doc.invalid_phones)):  # fmt: skip
            for value in values:
                out.print(f"  {_LABELS[language][kind]}: {value}")
    if not result.findings:
        out.print(_NO_PROBLEMS[language])
    for finding in result.findings:
        message, fix = finding.words(language)
        out.print(f"[{finding.code}] {message}")
        if fix:
            out.print(f"    {_FIX[language]}: {fix}")
