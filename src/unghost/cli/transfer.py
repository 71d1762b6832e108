"""Import and export commands."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from unghost.cli.common import Output, command
from unghost.cli.terminal import counted

Opt = typer.Option


def register(app: typer.Typer) -> None:
    @command(app, "import")
    def import_(
        out: Output,
        file: Annotated[Path, typer.Argument(help="unghost/v1 JSON, CSV, or a Huntr ZIP export.")],
        fmt: Annotated[
            str | None, Opt("--format", help="json or csv (default: by extension).")
        ] = None,
        partial: Annotated[
            bool, Opt("--partial", help="Import the good rows, report the others.")
        ] = False,
        day_first: Annotated[bool, Opt("--day-first", help="Read 03/04/2026 as 3 April.")] = False,
        encoding: Annotated[
            str, Opt("--encoding", help="Text encoding of a CSV file.")
        ] = "utf-8-sig",
    ) -> None:
        """Import applications; running it again changes nothing and never lowers a stage."""
        from unghost.services.transfer import import_file

        ctx = out.context()
        if out.json or not sys.stderr.isatty():
            report = import_file(ctx, file, fmt=fmt, partial=partial, day_first=day_first,
                                 encoding=encoding)  # fmt: skip
        else:
            from rich.progress import Progress, SpinnerColumn, TextColumn

            with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
                task = bar.add_task("importing", total=None)
                report = import_file(
                    ctx, file, fmt=fmt, partial=partial, day_first=day_first, encoding=encoding,
                    progress=lambda n: bar.update(task, description=f"importing: {n} read"),
                )  # fmt: skip
        if out.json:
            out.emit(report.to_dict())
            return
        out.print(f"{file.name}: {report.created} added, {report.updated} updated, "
                  f"{report.unchanged} unchanged, {report.skipped} skipped")  # fmt: skip
        for problem in report.problems[:20]:
            out.print(f"  skipped {problem}")
        if len(report.problems) > 20:
            out.print(f"  ... and {len(report.problems) - 20} more")

    @command(app, "export")
    def export(
        out: Output,
        file: Annotated[
            Path | None, typer.Argument(help="Where to write (default: stdout).")
        ] = None,
        fmt: Annotated[str, Opt("--format", help="json (unghost/v1) or csv.")] = "json",
    ) -> None:
        """Export every application with its stage history and job description."""
        from unghost.services.transfer import export_applications, export_to_file

        ctx = out.context()
        if file is None:
            export_applications(ctx, sys.stdout, fmt)
            return
        count = export_to_file(ctx, file, fmt)
        if out.json:
            out.emit({"file": str(file), "format": fmt, "count": count})
        else:
            out.print(f"Exported {counted(count, 'application')} to {file}.")
