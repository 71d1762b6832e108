"""What the OpenAPI document says besides the routes: the error shape, file bodies, CSV."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class ApiError(BaseModel):
    """The one JSON error shape of the API."""

    ok: bool = False
    error: str
    errors: list[Any]
    status: int
    hint: str | None = None


def _error(description: str) -> dict[str, Any]:
    return {"model": ApiError, "description": description}


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: _error("The request cannot be done as asked (the error says why)."),
    401: _error("No API token, or a wrong one: `Authorization: Bearer TOKEN` (see Settings)."),
    404: _error("No such application, message or proposal."),
    409: _error("It conflicts with what is stored (a reference already used...)."),
    413: _error("The upload is larger than 20 MB."),
    422: _error("A field has the wrong type or is out of range."),
    502: _error("The mail or web server on the other end failed."),
}
EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Every application: unghost/v1 JSON, or CSV with `format=csv`.",
        "content": {
            "application/json": {"schema": {"type": "object"}},
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}
SEND_RESPONSES: dict[int | str, dict[str, Any]] = {
    502: _error("The message was not sent: `message.state` is failed or unknown."),
}
_FIELD_SCHEMAS = {
    "binary": {"type": "string", "format": "binary"},
    "region": {"type": "string", "pattern": "^\\s*([A-Za-z]{2})?\\s*$"},
    "flag": {"type": "string", "description": "on, true or 1 to import the good rows"},
}


def upload_body(fields: dict[str, str], *, required: list[str]) -> dict[str, Any]:
    """`openapi_extra` for a route that reads a multipart form itself (to stream the files)."""
    schema = {
        "type": "object",
        "properties": {name: _FIELD_SCHEMAS[kind] for name, kind in fields.items()},
        "required": required,
    }
    return {"requestBody": {"required": True,
                            "content": {"multipart/form-data": {"schema": schema}}}}  # fmt: skip
