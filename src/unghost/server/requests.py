"""What the server's pages read from a request: who signed in, and the form's text fields."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from unghost.errors import AuthenticationError


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
