"""How big what a mail template builds gets: the size walk every guard uses, the problems a
template can have, and the bounds of printf-style formatting and lazy filter output."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from jinja2.utils import Namespace

_PRINTF_FIELD = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")


class TemplateProblem(Exception):
    """A template that cannot render; `line` is the template line when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _TooBig(TemplateProblem):
    pass


class _OutOfSteps(TemplateProblem):
    pass


def text_size(value: Any, budget: int) -> int:
    """About how many characters `str(value)` has; raises _TooBig past `budget`.

    Walks containers without building their text, so a huge or self-referencing structure
    costs at most `budget` steps to refuse.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, bool) or item is None:
            total += 5
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 2
        elif isinstance(item, dict):
            total += 2 + 4 * len(item)
            if total <= budget:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 + 2 * len(item)
            if total <= budget:
                stack.extend(item)
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
            total += 12
        else:
            total += 24
        if total > budget:
            raise _TooBig(f"it builds a value longer than {budget} characters")
    return total


def bounded_items(items: Iterator[Any], budget: int) -> Iterator[Any]:
    """The items of a lazy filter, refused once together they pass `budget` characters."""
    total = 0
    for item in items:
        total += text_size(item, budget)
        if total > budget:
            raise _TooBig(f"a filter's output adds up to more than {budget} characters")
        yield item


def printf_size(template: str, budget: int) -> int:
    """Characters `template % args` writes besides the arguments; refuses `*` widths."""
    total = len(template)
    for match in _PRINTF_FIELD.finditer(template):
        for part in match.groups():
            if part == "*":
                raise _TooBig("% formatting with a * width is not allowed")
            if part:
                total += int(part) if len(part) < 12 else budget + 1
    return total
