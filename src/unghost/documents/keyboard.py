"""A keyboard-aware edit distance: the slips of a typist cost less than arbitrary edits.

Damerau–Levenshtein (optimal string alignment) where hitting a neighbouring QWERTY key, swapping
two letters, doubling a letter or dropping one of a pair costs `near`, a letter moved two places
costs one edit, and everything else costs 1. The weights are data (keyboard table in
unghost/data/mail_typos.toml).
"""

from __future__ import annotations

from functools import cache

from unghost.documents.datafiles import load_table


@cache
def _neighbours() -> dict[str, frozenset[str]]:
    table = load_table("mail_typos")["keyboard"]
    rows: list[str] = table["rows"]
    near: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            found = near.setdefault(key, set())
            for dr in (-1, 0, 1):
                if not 0 <= r + dr < len(rows):
                    continue
                # Staggered rows: the keys above are at c and c+1, below at c-1 and c.
                span = (c - 1, c + 1) if dr == 0 else ((c, c + 1) if dr < 0 else (c - 1, c))
                for cc in range(span[0], span[1] + 1):
                    if 0 <= cc < len(rows[r + dr]) and rows[r + dr][cc] != key:
                        found.add(rows[r + dr][cc])
    for pair in table["lookalikes"]:  # 0 for o, 1 for l: a slip of the eye, not the finger
        near.setdefault(pair[0], set()).add(pair[1])
        near.setdefault(pair[1], set()).add(pair[0])
    return {key: frozenset(keys) for key, keys in near.items()}


@cache
def _near_cost() -> float:
    return float(load_table("mail_typos")["keyboard"]["near_cost"])


def typing_distance(typed: str, meant: str) -> float:
    """How far `typed` is from `meant` in typing slips (0 when equal)."""
    if typed == meant:
        return 0.0
    near, neighbours = _near_cost(), _neighbours()
    n, m = len(typed), len(meant)
    previous2: list[float] = []
    previous = [float(j) for j in range(m + 1)]
    for i in range(1, n + 1):
        current = [float(i)] + [0.0] * m
        a = typed[i - 1]
        for j in range(1, m + 1):
            b = meant[j - 1]
            if a == b:
                substitute = previous[j - 1]
            else:
                substitute = previous[j - 1] + (near if b in neighbours.get(a, ()) else 1.0)
            # An extra letter typed: cheap when it doubles its neighbour or sits next to it.
            extra = 1.0
            if (i >= 2 and typed[i - 2] == a) or (j >= 1 and meant[j - 1] == a):
                extra = near
            elif j >= 1 and a in neighbours.get(meant[j - 1], ()):
                extra = near + 0.25
            # A letter dropped: cheap when it was one of a pair.
            dropped = (
                near if (j >= 2 and meant[j - 2] == b) or (i >= 1 and typed[i - 1] == b) else 1.0
            )
            best = min(substitute, previous[j] + extra, current[j - 1] + dropped)
            if i >= 2 and j >= 2 and a == meant[j - 2] and typed[i - 2] == b:
                best = min(best, previous2[j - 2] + near)
            current[j] = best
        previous2, previous = previous, current
    distance = previous[m]
    if distance > 1.0 and n == m and _moved_once(typed, meant):
        return 1.0
    return distance


def _moved_once(typed: str, meant: str) -> bool:
    """gimal for gmail: one letter typed two or more places from where it belongs."""
    if sorted(typed) != sorted(meant):
        return False
    for i, letter in enumerate(typed):
        rest = typed[:i] + typed[i + 1 :]
        for j in range(len(rest) + 1):
            if abs(i - j) >= 2 and rest[:j] + letter + rest[j:] == meant:
                return True
    return False
