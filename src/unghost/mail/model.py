"""A small Naive Bayes over words, Chinese character pairs and the envelope, shipped as data.

Each feature counts once per message (a Bernoulli-style event model over the multinomial
formula): a template that repeats a phrase does not outvote the rest of the message. The
counts live in src/unghost/data/mail_model.json, trained at build time on the generated corpus
and the seen parts of the independent corpus (`python -m tests.mailcorpus.train`); this module
only featurizes and predicts.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from unghost.mail.lexicon import load_table
from unghost.mail.origin import Origin

_MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "mail_model.json"
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[\u4e00-\u9fff]+")


@cache
def _negation() -> tuple[frozenset[str], int]:
    table = load_table("mail_patterns")["model"]
    return frozenset(table["negators"]), table["negation_scope"]


@cache
def _temperature() -> float:
    return float(load_table("mail_patterns")["model"].get("temperature", 1.0))


def features(text: str) -> list[str]:
    """Word unigrams and bigrams (negated words marked), Chinese character unigrams and pairs."""
    negators, scope = _negation()
    out: list[str] = []
    previous = ""
    negated = 0
    for token in _WORD.findall(text.lower().replace("\u2019", "'")):
        if token[0] >= "\u4e00":
            out.extend(token)
            out.extend(token[i : i + 2] for i in range(len(token) - 1))
            previous, negated = "", 0
            continue
        if token.endswith("n't"):
            token = "not"
        word = f"not_{token}" if negated else token
        out.append(word)
        if previous:
            out.append(f"{previous}_{word}")
        previous = word
        negated = scope if token in negators else max(0, negated - 1)
    return out


def origin_features(origin: Origin) -> list[str]:
    """What the envelope says, as features: a list, a personal mailbox, an ATS, an auto-reply,
    an automated sender, a reply in a thread (read from the file alone, as in training)."""
    marks = (
        ("personal", origin.personal),
        ("bulk", origin.bulk),
        ("ats", origin.employer == "ats"),
        ("auto_reply", origin.auto_reply),
        ("automated", origin.automated),
        ("reply", origin.reply),
    )
    return [f"__{name}" for name, present in marks if present]


def mail_features(subject: str, text: str, origin: Origin) -> list[str]:
    """The model's features of one message: its subject and own text, and its envelope."""
    return [*features(f"{subject}\n{text}"), *origin_features(origin)]


@dataclass(frozen=True, slots=True)
class NaiveBayes:
    """Label posteriors from per-label feature counts; a feature's log row is computed when
    first seen, so loading costs only the JSON parse (the 300 ms start-up budget)."""

    labels: tuple[str, ...]
    log_prior: tuple[float, ...]
    counts: dict[str, list[int]]
    log_denominators: tuple[float, ...]
    log_alpha: float
    _rows: dict[str, tuple[float, ...]] = field(default_factory=dict)

    @property
    def log_unknown(self) -> tuple[float, ...]:
        return tuple(self.log_alpha - d for d in self.log_denominators)

    def log_likelihood(self, token: str) -> tuple[float, ...] | None:
        row = self._rows.get(token)
        if row is None:
            counts = self.counts.get(token)
            if counts is None:
                return None
            alpha = math.exp(self.log_alpha)
            row = tuple(
                math.log(c + alpha) - d for c, d in zip(counts, self.log_denominators, strict=True)
            )
            self._rows[token] = row
        return row

    def log_scores(self, tokens: Iterable[str]) -> list[float]:
        """Each label's log prior plus the log likelihoods of the distinct known tokens."""
        scores = list(self.log_prior)
        for token in dict.fromkeys(tokens):
            row = self.log_likelihood(token)
            if row is None:
                continue
            for i, value in enumerate(row):
                scores[i] += value
        return scores

    def predict(
        self, tokens: Iterable[str], *, temperature: float | None = None
    ) -> dict[str, float]:
        """Posterior probability of every label; a token counts once however often it occurs.

        Naive Bayes multiplies evidence as if every word were independent, so its raw
        posteriors are far surer than it is right; the log scores are divided by `temperature`
        (mail_patterns.toml [model]), fitted on leave-one-author-out predictions."""
        scores = self.log_scores(tokens)
        top = max(scores)
        t = _temperature() if temperature is None else temperature
        weights = [math.exp((s - top) / t) for s in scores]
        total = sum(weights)
        return {label: w / total for label, w in zip(self.labels, weights, strict=True)}


def build_model(
    counts: dict[str, list[int]], docs: list[int], labels: list[str], alpha: float
) -> NaiveBayes:
    """Smoothed log probabilities from per-label feature counts and per-label document counts."""
    totals = [sum(row[i] for row in counts.values()) for i in range(len(labels))]
    vocabulary = len(counts)
    denominators = tuple(math.log(t + alpha * vocabulary) for t in totals)
    prior = tuple(math.log(d / sum(docs)) for d in docs)
    return NaiveBayes(tuple(labels), prior, counts, denominators, math.log(alpha))


Model = NaiveBayes


def model_of_payload(data: dict) -> Model:
    """The model a training payload (the JSON of data/mail_model.json) describes."""
    return build_model(data["counts"], data["docs"], data["labels"], data["alpha"])


@cache
def load_model() -> Model | None:
    """The shipped model, or None when the data file is absent (rules then work alone)."""
    try:
        data = json.loads(_MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return model_of_payload(data)
