"""Fits the confidence softmax on the tuning corpus: `python -m tests.mailcorpus.calibrate`.

Prints the temperature and `unrelated` floor (mail_patterns.toml [classify] confidence) that
minimise the log loss of the chosen labels on the held-out part of tests/mailcorpus and on part
"a" of the independent corpus (the part read while tuning); part "b", the report set, is never
used here.
"""

from __future__ import annotations

import math
import sys

from tests.mailcorpus.evaluate import items
from tests.mailcorpus.score import classify_item
from unghost.mail.classify import LABELS

TEMPERATURES = [0.25 * i for i in range(1, 17)]
FLOORS = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0]


def _probability(scores: dict[str, float], label: str, temperature: float, floor: float) -> float:
    lifted = {k: scores.get(k, 0.0) for k in LABELS}
    lifted["unrelated"] = max(lifted["unrelated"], floor)
    top = max(lifted.values())
    weights = {k: math.exp((v - top) / temperature) for k, v in lifted.items()}
    return weights[label] / sum(weights.values())


def main() -> int:
    seen = []
    for item in [*items("tuning"), *items("a")]:
        result = classify_item(item, with_store=True)
        if result.label != "bounce":  # a bounce's confidence comes from its report, not scores
            seen.append((result.scores, result.label, result.label == item.label))
    best = None
    for temperature in TEMPERATURES:
        for floor in FLOORS:
            loss = 0.0
            for scores, label, right in seen:
                p = min(max(_probability(scores, label, temperature, floor), 1e-6), 1 - 1e-6)
                loss -= math.log(p if right else 1 - p)
            loss /= len(seen)
            if best is None or loss < best[0]:
                best = (loss, temperature, floor)
    assert best is not None
    print(f"log loss {best[0]:.4f} at temperature = {best[1]}, unrelated_base = {best[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
