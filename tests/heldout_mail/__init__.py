"""The independent mail corpus: written apart from tests/mailcorpus, frozen before any tuning.

Its own generator (tests/heldout_mail/builder.py, stdlib EmailMessage), its own senders,
companies and phrasings (phrases_a.py, phrases_b.py: formal and informal, long and short, ATS
and founder styles, English and Chinese), non-employer mail of every kind that talks about jobs,
and the real public samples (public.py). Part "a" was looked at while tuning (errors read,
said so in BENCHMARKS.md); part "b" is the report set: its headline figures were seen once and
the errors of its out-of-office dates read, so part "c" (phrases_c.py) was written afterwards,
before those fixes, as a third set that nothing was tuned on. Part "d" (part_d.py, phrases_d.py,
senders_d.py: its own layouts, senders, dates, bounces and MIME) was written and frozen after
c's figures were reported and before c's errors were read or any rule changed for them; it was
scored untouched (94.4% with the store), then its errors were read and their causes fixed: it is
seen and tuned on now, like a, b and c. Part "e" (part_e.py, phrases_e.py, senders_e.py) was
written by another author apart from the labeller's rules (which were not read), frozen by a hash
before its first measurement; it is the set nothing was tuned on, and its errors are not read.
Part "f" (part_f.py, phrases_f.py, senders_f.py) was written the same way by yet another author,
apart from the labeller's rules and from parts a-e, and frozen by a hash before it was measured.
Part "g" (part_g.py, phrases_g.py, senders_g.py) was written after the labeller had been tuned on
a-f, by an author who read neither the rules nor parts a-f's wordings; it was frozen by a hash
(test_part_g_is_frozen) and committed before its first measurement; it was then scored
untouched and tuned on (issue 14, session 8), like e and f before it.
Part "h" (part_h.py, phrases_h.py, senders_h.py: 500 messages sent in 2028, 45% Chinese, 35%
unrelated) was written by a fourth author at the same time as g was tuned on, reading neither the
rules nor parts a-g, and frozen by test_part_h_is_frozen before its first measurement: it is the
part nothing was tuned on, and its errors are not read.
Part "i" (part_i.py, phrases_i.py, senders_i.py: 494 messages sent in 2029, 42% Chinese, 176
unrelated; Australian, Indian, German, Mexican, British and New Zealand employers in freight,
airlines, retail, NGOs, councils and universities, Chinese private firms, banks, internet
companies and public institutions, Hong Kong and Taiwan companies writing Simplified Chinese) was
written by a sixth author from the label table in docs/mail-labels.md and the corpus plumbing
alone, reading neither the labeller nor any other part's phrasings or senders, and frozen by
test_part_i_is_frozen before anyone scored it.
"""

from __future__ import annotations

import random

from tests.heldout_mail import phrases_a, phrases_b, phrases_c
from tests.heldout_mail.builder import (
    EMPLOYER_LABELS,
    Case,
    Knowledge,
    build_bounce,
    build_employer,
    build_out_of_office,
    build_unrelated,
)
from tests.heldout_mail.part_d import build_part_d
from tests.heldout_mail.part_e import build_part_e
from tests.heldout_mail.part_f import build_part_f
from tests.heldout_mail.part_g import build_part_g
from tests.heldout_mail.part_h import build_part_h
from tests.heldout_mail.part_i import build_part_i
from tests.heldout_mail.public import kaggle_cases, public_cases

PARTS = {"a": phrases_a, "b": phrases_b, "c": phrases_c}
# Unrelated mail outnumbers every label in a real mailbox; the corpus keeps that tilt.
PER_LABEL = {"unrelated": 160, "bounce": 30}
DEFAULT_PER_LABEL = 50


def build_part(part: str, *, seed: int = 7341) -> list[Case]:
    """The generated cases of `part` ("a" to "i"); the same arguments give the same bytes."""
    if part == "d":
        return build_part_d()
    if part == "e":
        return build_part_e()
    if part == "f":
        return build_part_f()
    if part == "g":
        return build_part_g()
    if part == "h":
        return build_part_h()
    if part == "i":
        return build_part_i()
    texts = PARTS[part]
    cases: list[Case] = []
    for label in (*EMPLOYER_LABELS, "out-of-office", "bounce", "unrelated"):
        for i in range(PER_LABEL.get(label, DEFAULT_PER_LABEL)):
            rng = random.Random(f"{seed}:{part}:{label}:{i}")
            lang = "zh" if rng.random() < 0.4 else "en"
            if label == "out-of-office":
                cases.append(build_out_of_office(rng, texts, lang, part))
            elif label == "bounce":
                cases.append(build_bounce(rng, lang, part))
            elif label == "unrelated":
                cases.append(build_unrelated(rng, texts, lang, part))
            else:
                cases.append(build_employer(rng, texts, label, lang, part))
    return cases


__all__ = [
    "PARTS",
    "Case",
    "Knowledge",
    "build_part",
    "build_part_d",
    "build_part_e",
    "build_part_f",
    "build_part_g",
    "build_part_h",
    "build_part_i",
    "kaggle_cases",
    "public_cases",
]
