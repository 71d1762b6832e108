"""What the server's pages read from a request: who signed in, the form's text fields, a JSON body."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from unghost.errors import AuthenticationError, InvalidInputError


def signed_in_user(request: Request) -> dict[str, Any]:
    """The signed-in user the gate put on the request; AuthenticationError when none."""
    user = request.scope.get("unghost.user")
    if user is None:
        raise AuthenticationError("sign in first")
    return dict(user)


async def form_fields(request: Request) -> dict[str, str]:
    """The posted form's text fields (uploads left out)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


async def json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object; InvalidInputError when the body is not one."""
    try:
        body = await request.json()
    except ValueError:
        raise InvalidInputError("the body is not JSON") from None
    if not isinstance(body, dict):
        raise InvalidInputError("the body is not a JSON object")
    return body
