"""Trains the shipped mail model on the corpus's train part: `python -m tests.mailcorpus.train`."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from tests.heldout_mail import build_part
from tests.mailcorpus import LABELS, build_corpus
from unghost.mail.model import features
from unghost.mail.owntext import own_text
from unghost.mail.parse import parse_mail

MODEL_PATH = Path(__file__).resolve().parents[2] / "src" / "unghost" / "data" / "mail_model.json"
PER_LABEL = 400
# The parts of the independent corpus that were read while tuning (a to d) add other authors'
# layouts and phrasings; a part joins only once it has been scored untouched and then read.
SEEN_PARTS = ("a", "b", "c", "d")
ALPHA = 0.5
MIN_COUNT = 2
SOURCE = (
    "Multinomial Naive Bayes counts trained by tests/mailcorpus/train.py on the train part of "
    "the generated corpus (tests/mailcorpus, seed 2026, {per} messages per label) and on parts "
    "a, b, c and d of tests/heldout_mail (each seen while tuning, after its untouched score); "
    "features are "
    "those of unghost.mail.model.features over the sender's own text and the subject."
)


def train_counts(samples: list) -> tuple[dict[str, list[int]], list[int]]:
    """Per-feature counts by label (features seen fewer than MIN_COUNT times are dropped)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(LABELS))
    docs = [0] * len(LABELS)
    for sample in samples:
        mail = parse_mail(sample.raw)
        index = LABELS.index(sample.label)
        docs[index] += 1
        for feature in features(f"{mail.subject}\n{own_text(mail)}"):
            counts[feature][index] += 1
    kept = {f: row for f, row in sorted(counts.items()) if sum(row) >= MIN_COUNT}
    return kept, docs


def build_payload(per_label: int = PER_LABEL) -> dict:
    samples = [*build_corpus("train", per_label=per_label)]
    samples += [case for part in SEEN_PARTS for case in build_part(part)]
    counts, docs = train_counts(samples)
    return {
        "source": SOURCE.format(per=per_label),
        "labels": list(LABELS),
        "alpha": ALPHA,
        "docs": docs,
        "counts": counts,
    }


def main() -> int:
    payload = build_payload()
    MODEL_PATH.write_text(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8"
    )
    print(f"wrote {MODEL_PATH} ({len(payload['counts'])} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
