"""Finds literal words a regular expression cannot match without, to skip it cheaply."""

from __future__ import annotations

import importlib
import itertools
import re
from typing import Any

# The regex parser is private (re._parser, re._constants) but stable since 3.11; if it ever
# changes, find_trigger returns None and every pattern is simply always tried.
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

_MAX_VARIANTS = 32
Items = list[tuple[Any, Any]]


def _exact(items: Items) -> set[str] | None:
    """The finite set of strings a literal-only sequence matches, or None."""
    variants = {""}
    for item in items:
        one = _exact_item(item)
        if one is None:
            return None
        variants = {a + b for a, b in itertools.product(variants, one)}
        if len(variants) > _MAX_VARIANTS:
            return None
    return variants


def _exact_item(item: tuple[Any, Any]) -> set[str] | None:
    op, arg = item
    if op is sre.LITERAL:
        return {chr(arg).lower()}
    if op is sre.SUBPATTERN:
        return _exact(arg[-1])
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            one = _exact(branch)
            if one is None:
                return None
            found |= one
        return found
    return None


def _strength(options: set[str]) -> int:
    return min(len(o) for o in options) if options else 0


def _trigger(items: Items) -> set[str] | None:
    """Strings of which at least one occurs in every match of the sequence (best found)."""
    candidates: list[set[str]] = []
    run = {""}
    for item in items:
        exact = _exact_item(item)
        if exact is not None:
            merged = {a + b for a, b in itertools.product(run, exact)}
            if len(merged) > _MAX_VARIANTS:
                # Too many spellings to join: the run so far is a trigger in its own right.
                candidates.append(run)
                merged = exact
            run = merged
            continue
        candidates.append(run)
        run = {""}
        op, arg = item
        if op is sre.SUBPATTERN:
            inner = _trigger(arg[-1])
        elif op is sre.BRANCH:
            parts = [_trigger(branch) for branch in arg[1]]
            inner = None
            if all(parts):
                inner = {option for part in parts if part for option in part}
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and arg[0] >= 1:
            inner = _trigger(arg[2])
        else:
            inner = None
        if inner:
            candidates.append(inner)
    candidates.append(run)
    useful = [c for c in candidates if c and _strength(c) >= 1 and "" not in c]
    return max(useful, key=_strength) if useful else None


def find_trigger(pattern: str) -> frozenset[str] | None:
    """Lower-case strings one of which any match must contain; None when none can be told."""
    try:
        parsed = sre_parse.parse(pattern, re.IGNORECASE)
        found = _trigger(list(parsed))
    except (re.error, AttributeError, TypeError, IndexError, RecursionError):
        return None
    if not found:
        return None
    if all(o.isascii() for o in found) and _strength(found) < 2:
        return None
    return frozenset(found)
