"""The server's preferences page: each person's own from-address, language, country, time
zone and [model] overrides (the Context of their requests is built from them)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from unghost.errors import InvalidInputError
from unghost.server.requests import form_fields, signed_in_user
from unghost.web.deps import require_csrf, web_state
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)


@router.get("/account/preferences")
def preferences_page(request: Request) -> Response:
    return _preferences(request, {})


def _preferences(request: Request, values: dict[str, Any], status_code: int = 200) -> Response:
    import json

    from unghost.server.accounts import LANGS
    from unghost.store.preferences import load_preferences

    with web_state(request).context().reading() as session:
        loaded = load_preferences(session, signed_in_user(request)["id"])
    model = json.dumps(loaded["model"], indent=2, sort_keys=True) if loaded["model"] else ""
    mine = {**loaded["values"], "model": model, **values.get("form", {})}
    return render(request, "server_preferences.html", {"mine": mine, "langs": LANGS, **values},
                  status_code=status_code)  # fmt: skip


@router.post("/account/preferences")
async def save_preferences_page(request: Request) -> Response:
    """The acting user's own from-address, language, country and time zone."""
    from unghost.server.service import utc_now
    from unghost.store.preferences import PER_USER, save_preferences

    form = await form_fields(request)
    asked = {name: form.get(name, "").strip() for name in PER_USER}
    try:
        checked = check_preferences(asked)
        model = check_model_overrides(form.get("model", ""))
    except InvalidInputError as exc:
        shown = {**asked, "model": form.get("model", "")}
        return _preferences(request, {"error": str(exc), "form": shown}, 400)
    with web_state(request).context().transaction() as session:
        save_preferences(
            session, signed_in_user(request)["id"], checked, now=utc_now(), model=model
        )
    return RedirectResponse("/account/preferences?saved=1", status_code=303)


def check_preferences(asked: dict[str, str]) -> dict[str, str | None]:
    """InvalidInputError unless each value is usable; an empty one means the default."""
    from email.utils import formataddr, parseaddr

    from unghost.clock import local_zone
    from unghost.server.accounts import LANGS, normalise_email

    out: dict[str, str | None] = {k: (v or None) for k, v in asked.items()}
    if out.get("from"):
        name, address = parseaddr(str(out["from"]))
        out["from"] = (
            formataddr((name, normalise_email(address))) if name else normalise_email(address)
        )
    if out.get("lang") and out["lang"] not in LANGS:
        raise InvalidInputError(f"no language {out['lang']!r}", hint="en or zh")
    if out.get("country"):
        country = str(out["country"]).upper()
        if len(country) != 2 or not country.isascii() or not country.isalpha():
            raise InvalidInputError(f"{out['country']!r} is not a two-letter country code")
        out["country"] = country
    if out.get("timezone"):
        local_zone(out["timezone"])
    return out


def check_model_overrides(text: str) -> dict[str, Any]:
    """The [model] overrides a user typed (JSON, as `{"hearback": {...}}`); InvalidInputError
    unless the diagnosis accepts them. Empty: none."""
    import json

    from unghost.params import load_parameters

    if not text.strip():
        return {}
    try:
        model = json.loads(text)
    except ValueError as exc:
        raise InvalidInputError(f"the model overrides are not JSON: {exc}") from None
    if not isinstance(model, dict):
        raise InvalidInputError("the model overrides must be a JSON object of parameter files")
    load_parameters(model)  # raises InvalidInputError on an unknown file, key or value
    return model
