"""The edit options of `unghost edit` that manage many applications, as service changes."""

from typing import Any


def manage_changes(tag: list[str] | None, untag: list[str] | None, rating: int | None,
                    archive: bool | None, salary: str | None, work_mode: str | None) -> dict[str, Any]:  # fmt: skip
    """The edit options of issue 13 as `edit_application` changes."""
    from unghost.interchange.manage import parse_salary, parse_work_mode

    changes: dict[str, Any] = {}
    if tag:
        changes["add_tags"] = tag
    if untag:
        changes["remove_tags"] = untag
    if rating is not None:
        changes["rating"] = rating or None
    if archive is not None:
        changes["archived"] = archive
    if salary is not None:
        changes["salary"] = parse_salary(salary) if salary.strip() else None
    if work_mode is not None:
        changes["work_mode"] = parse_work_mode(work_mode) if work_mode.strip() else None
    return changes
