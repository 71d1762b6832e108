"""The bounded filters of the mail sandbox: the Jinja filters whose output can be far larger
than their input, each checked against the output budget before it runs."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from unghost.drafting.sizes import _TooBig, printf_size, text_size


def install_bounded_filters(filters: dict[str, Any], budget: int) -> None:
    """Replace the filters that can build text far larger than their input (center, indent,
    format, replace, join, wordwrap) with ones that refuse, before building, past `budget`."""

    def pre(check: Callable[..., int], name: str) -> None:
        original = filters[name]

        @wraps(original)
        def bounded(*args: Any, **kwargs: Any) -> Any:
            if check(*args, **kwargs) > budget:
                raise _TooBig(f"the {name} filter would build more than {budget} characters")
            return original(*args, **kwargs)

        filters[name] = bounded

    def size(value: Any) -> int:
        return text_size(value, budget)

    def center(value: Any, width: int = 80) -> int:
        return size(value) + max(int(width), 0)

    def indent(s: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> int:
        pad = len(width) if isinstance(width, str) else max(int(width), 0)
        return size(s) + pad * (str(s).count("\n") + 1)

    def fmt(value: Any, *args: Any, **kwargs: Any) -> int:
        size(value)  # before str(): refuse a huge value without writing it out
        return printf_size(str(value), budget) + size(args) + size(kwargs)

    def replace(_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> int:
        size((s, old, new))
        text, old_s = str(s), str(old)
        hits = len(text) + 1 if not old_s else text.count(old_s)
        if count is not None:
            hits = min(hits, max(int(count), 0))
        return len(text) + hits * max(len(str(new)) - len(old_s), 0)

    def wordwrap(_ctx: Any, s: Any, width: int = 79, *args: Any, **kwargs: Any) -> int:
        size(s)
        wrapstring = kwargs.get("wrapstring") or (args[1] if len(args) > 1 else None) or "\n"
        lines = len(str(s)) // max(int(width), 1) + str(s).count("\n") + 1
        return size(s) + lines * len(str(wrapstring))

    pre(center, "center")
    pre(indent, "indent")
    pre(fmt, "format")
    pre(replace, "replace")
    original_join = filters["join"]

    @wraps(original_join)
    def join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> str:
        items = value if isinstance(value, list | tuple) else list(value)
        if size(items) + len(str(d)) * len(items) > budget:
            raise _TooBig(f"the join filter would build more than {budget} characters")
        return original_join(eval_ctx, items, d, attribute)  # type: ignore[no-any-return]

    filters["join"] = join
    pre(wordwrap, "wordwrap")
