"""What a template's editing page shows: its text (as saved, or as just typed) and a preview
rendered on sample data, or the error that stopped it. The laptop's settings page and the
server's per-user templates page both show it."""

from __future__ import annotations

from typing import Any

from unghost.errors import InvalidInputError


def template_values(ctx: Any, kind: str, lang: str, text: str | None = None,
                    error: str | None = None) -> dict[str, Any]:  # fmt: skip
    from unghost.drafting.samples import sample_context
    from unghost.drafting.templates import USER, TemplateSource
    from unghost.services.outbox import templates_for

    templates = templates_for(ctx)
    source = templates.get_source(kind, lang)
    shown = source.text if text is None else text
    preview: tuple[str, str] | None = None
    if error is None:
        try:
            candidate = TemplateSource(source.kind, source.lang, USER, source.path, shown)
            sample = sample_context(source.kind, source.lang, ctx.today, templates.tables)
            preview = templates.render_source(candidate, sample)
        except InvalidInputError as exc:
            error = exc.message
    return {"source": source, "text": shown, "preview": preview, "error": error,
            "saved": False}  # fmt: skip
