"""Leave-one-author-out: `python -m tests.mailcorpus.crossval [--train a,b,c,d] [--parts d,e,f,g]
[--temperature]`.

Parts d, e, f and g of tests/heldout_mail were each written by a different author. For each of
them in turn the model is trained on the tuning corpus's train part and on the other seen parts
(those of `--train`, default every seen part a to g), never on the held-out one, and the
held-out part is scored as tests/mailcorpus/evaluate.py scores it, from the file alone and with
the store. The table gives, per label and overall, the mean and the worst of the held-out parts,
and the model alone (its top label on the same text, no rules), the one figure here that no
reading of the part has touched: the rules were tuned on the errors of d, e, f and g, so the
labeller's figures are an upper bound for a new author's mail, not an estimate of it.
`--temperature` adds the held-out log loss of the model alone at several temperatures (the one
in mail_patterns.toml [model] is the lowest). Part h is never built here.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from unittest import mock

from tests.heldout_mail import build_part
from tests.mailcorpus import LABELS
from tests.mailcorpus.evaluate import item_of_case
from tests.mailcorpus.score import Score, score
from tests.mailcorpus.train import PER_LABEL, Example, example_of, payload_of, training_examples
from unghost.mail import classify
from unghost.mail.model import Model, model_of_payload

HELD_OUT = ("d", "e", "f", "g")
SEEN = ("a", "b", "c", "d", "e", "f", "g")
MODES = ("file", "store")


@contextmanager
def using_model(model: Model) -> Iterator[None]:
    """The classifier reads `model` instead of the shipped one while inside."""
    with mock.patch.object(classify, "load_model", lambda: model):
        yield


TEMPERATURES = (1.0, 2.0, 4.0, 6.0, 8.0, 10.0, 15.0)


def temperature_losses(
    folds: Sequence[tuple[Model, Sequence[Example]]], temperatures: Sequence[float] = TEMPERATURES
) -> dict[float, float]:
    """Mean log loss of the held-out parts' true labels at each temperature of the model."""
    losses = {}
    for t in temperatures:
        total, n = 0.0, 0
        for model, examples in folds:
            for label, found in examples:
                p = model.predict(found, temperature=t)[label]
                total -= math.log(max(p, 1e-9))
                n += 1
        losses[t] = total / max(n, 1)
    return losses


def model_accuracy(model: Model, examples: Sequence[Example]) -> dict[str, tuple[int, int]]:
    """Per label (and "all"): how many of `examples` the model alone labels right, of how many."""
    tally: dict[str, list[int]] = {label: [0, 0] for label in (*LABELS, "all")}
    for label, found in examples:
        posterior = model.predict(found)
        right = max(posterior, key=lambda k: posterior[k]) == label
        for key in (label, "all"):
            tally[key][0] += right
            tally[key][1] += 1
    return {k: (r, n) for k, (r, n) in tally.items() if n}


def sources_for(held: str, names: Sequence[str], train: Sequence[str]) -> list[str]:
    """The training sources of the fold that holds out `held`: the tuning corpus and the parts
    of `train`, never `held`."""
    return sorted(n for n in names if n != held and (n == "tuning" or n in train))


def fold(held: str, sources: dict[str, list[Example]], train: Sequence[str]) -> dict[str, object]:
    """Train without `held`, then score `held` in both modes and with the model alone."""
    names = sources_for(held, list(sources), train)
    model = model_of_payload(payload_of([e for n in names for e in sources[n]], PER_LABEL, names))
    cases = build_part(held)
    items = [item_of_case(c) for c in cases]
    out: dict[str, object] = {"trained_on": names}
    with using_model(model):
        for mode in MODES:
            out[mode] = score(items, with_store=mode == "store")
    held_examples = sources.get(held) or [example_of(c.raw, c.label) for c in cases]
    out["model"] = model_accuracy(model, held_examples)
    out["fitted"] = (model, held_examples)
    return out


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _figures(result: Score) -> dict[str, float | None]:
    figures: dict[str, float | None] = {label: result.recall(label) for label in LABELS}
    figures["overall"] = result.accuracy
    figures["unrelated kept"] = 1 - result.unrelated_proposed / max(result.unrelated, 1)
    figures["ooo date exact"] = result.ooo_exact / max(result.ooo, 1)
    return figures


def table(results: dict[str, dict[str, object]]) -> list[str]:
    """Markdown: per figure, each held-out part, the mean and the worst, per mode."""
    parts = list(results)
    head = " | ".join(f"{m} {p}" for m in (*MODES, "model") for p in parts)
    lines = [f"| figure | {head} | " + " | ".join(f"{m} mean | {m} worst" for m in (*MODES, "model")) + " |"]  # fmt: skip
    lines.append("|---|" + "---|" * (len(parts) * 3 + 6))
    rows: list[str] = ["overall", *LABELS, "unrelated kept", "ooo date exact"]
    for row in rows:
        cells: list[str] = []
        summary: list[str] = []
        for mode in (*MODES, "model"):
            values: list[float | None] = []
            for part in parts:
                if mode == "model":
                    tally = results[part]["model"]
                    assert isinstance(tally, dict)
                    key = "all" if row == "overall" else row
                    values.append(tally[key][0] / tally[key][1] if key in tally else None)
                else:
                    scored = results[part][mode]
                    assert isinstance(scored, Score)
                    values.append(_figures(scored).get(row))
            cells += [_pct(v) for v in values]
            known = [v for v in values if v is not None]
            summary += [_pct(sum(known) / len(known)) if known else "—", _pct(min(known)) if known else "—"]  # fmt: skip
        lines.append(f"| {row} | " + " | ".join(cells + summary) + " |")
    return lines


def _option(argv: list[str], name: str, default: Sequence[str]) -> tuple[str, ...]:
    if name in argv:
        return tuple(p for p in argv[argv.index(name) + 1].split(",") if p)
    return tuple(default)


def run(train: Sequence[str] = SEEN, held_out: Sequence[str] = HELD_OUT,
        progress: Callable[[str], None] | None = None) -> dict[str, dict[str, object]]:  # fmt: skip
    if "h" in (*train, *held_out):
        raise ValueError("part h is the untouched set: it is never trained on nor scored here")
    sources = training_examples(PER_LABEL, sorted(set(train) | set(held_out)))
    results = {}
    for held in held_out:
        results[held] = fold(held, sources, train)
        if progress:
            progress(f"{held}: trained on {results[held]['trained_on']}")
    return results


def main(argv: list[str]) -> int:
    train = _option(argv, "--train", SEEN)
    held_out = _option(argv, "--parts", HELD_OUT)
    results = run(train, held_out, progress=lambda s: print(s, file=sys.stderr))
    print(
        f"leave-one-author-out, model trained on tuning + ({','.join(train)}) minus the held-out part"
    )
    print("\n".join(table(results)))
    if "--temperature" in argv:
        folds = []
        for result in results.values():
            model, examples = result["fitted"]  # type: ignore[misc]
            folds.append((model, examples))
        for t, loss in temperature_losses(folds).items():
            print(f"temperature {t:g}: held-out log loss {loss:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
