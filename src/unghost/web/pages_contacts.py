"""The Contacts page across applications, and the readable mail: one message, and all of them."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from unghost.web.deps import Ctx, require_csrf
from unghost.web.recordview import shown_mail
from unghost.web.rendering import render

router = APIRouter(dependencies=[Depends(require_csrf)], include_in_schema=False)
MAIL_PER_PAGE = 25


@router.get("/contacts")
def contacts_page(request: Request, ctx: Ctx, q: str = Query("", max_length=200)) -> Response:
    from unghost.services.recordparse import vocabulary
    from unghost.services.records import list_contacts

    lines = list_contacts(ctx, q)
    return render(request, "contacts.html", {"lines": lines, "q": q,
                                             "roles": vocabulary()["contact_roles"]})  # fmt: skip


@router.get("/mail/all")
def all_mail(request: Request, ctx: Ctx, q: str = Query("", max_length=200),
             page: int = Query(1, ge=1, le=100_000)) -> Response:  # fmt: skip
    from unghost.services.mailread import list_all_mail

    mail, total = list_all_mail(
        ctx, query=q, limit=MAIL_PER_PAGE, offset=(page - 1) * MAIL_PER_PAGE
    )
    pages = max(1, -(-total // MAIL_PER_PAGE))
    return render(request, "mail_all.html", {"mail": [shown_mail(m) for m in mail], "q": q,
                                             "page": page, "pages": pages, "total": total})  # fmt: skip


@router.get("/mail/{mail_id}")
def one_mail(request: Request, mail_id: int, ctx: Ctx) -> Response:
    from unghost.services.mailread import get_mail

    return render(request, "mail_one.html", {"mail": shown_mail(get_mail(ctx, mail_id))})
