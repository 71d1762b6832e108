"""A seeded, labelled corpus of job-search mail (English and Chinese) with a held-out part.

`build_corpus("train")` and `build_corpus("heldout")` never share a text template: every
label's templates are split by index (index % 3 == 2 is held out), so accuracy on the held-out
part measures phrasing the classifier was not tuned on. Greetings, signatures, quotes, footers,
charsets and MIME shapes are drawn from shared pools.
"""

from __future__ import annotations

import random

from tests.mailcorpus.bounces import build_bounce
from tests.mailcorpus.builder import (
    Sample,
    build_employer_reply,
    build_out_of_office,
    build_unrelated,
)
from unghost.mail.classify import LABELS  # the corpus covers exactly the classifier's labels

PARTS = ("train", "heldout")


def build_sample(label: str, part: str, index: int, *, seed: int = 2026) -> Sample:
    """The `index`-th sample of `label` in `part`; the same arguments give the same bytes."""
    if part not in PARTS:
        raise ValueError(part)
    rng = random.Random(f"{seed}:{part}:{label}:{index}")
    if label == "out-of-office":
        return build_out_of_office(rng, part, index)
    if label == "bounce":
        return build_bounce(rng, part, index)
    if label == "unrelated":
        return build_unrelated(rng, part, index)
    return build_employer_reply(rng, label, part, index)


def build_corpus(part: str, *, per_label: int = 60, seed: int = 2026) -> list[Sample]:
    """`per_label` samples of every label, in label order."""
    return [build_sample(label, part, i, seed=seed) for label in LABELS for i in range(per_label)]


__all__ = ["LABELS", "PARTS", "Sample", "build_corpus", "build_sample"]
