"""The nine reasons for silence: base rates moved by dated evidence into probabilities."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any, NamedTuple

from unghost.domain.parameters import Parameters
from unghost.domain.wording import Phrase, render, say

REASON_CODES = (
    "no-follow-up",
    "contact-info",
    "no-hurry",
    "holiday",
    "budget",
    "busy",
    "offer-elsewhere",
    "position-gone",
    "silent-rejection",
)
(
    NO_FOLLOW_UP,
    CONTACT_INFO,
    NO_HURRY,
    HOLIDAY,
    BUDGET,
    BUSY,
    OFFER_ELSEWHERE,
    POSITION_GONE,
    SILENT_REJECTION,
) = range(len(REASON_CODES))

# The reasons that mean no answer will come: they share 1 - p_hear_back between them. Every
# other reason means the answer is only late, and they share p_hear_back.
NO_ANSWER = (SILENT_REJECTION, OFFER_ELSEWHERE, POSITION_GONE)
NO_ANSWER_CODES = frozenset(REASON_CODES[i] for i in NO_ANSWER)

_SQRT2 = math.sqrt(2.0)


class ReasonScore(NamedTuple):
    """One reason with its probability; its evidence is put into words when read.

    `probability = p * if_answer + (1 - p) * if_no_answer`, p the chance of hearing back:
    `if_answer` is its share of the explanations of a late answer, `if_no_answer` its share of
    the explanations of an answer that never comes.
    """

    code: str
    probability: float
    phrases: tuple[Phrase, ...]
    reference_year: int  # dates in this year are shown without the year
    if_answer: float = 0.0
    if_no_answer: float = 0.0

    @property
    def evidence(self) -> tuple[str, ...]:
        return self.evidence_in("en")

    @property
    def advice(self) -> str:
        return _advice(self.code, "en")

    def evidence_in(self, language: str = "en") -> tuple[str, ...]:
        return tuple(render(p, self.reference_year, language) for p in self.phrases)

    def advice_in(self, language: str = "en") -> str:
        return _advice(self.code, language)

    def to_dict(self, language: str = "en") -> dict[str, Any]:
        return {
            "code": self.code,
            "probability": round(self.probability, 4),
            "if_answer": round(self.if_answer, 4),
            "if_no_answer": round(self.if_no_answer, 4),
            "evidence": list(self.evidence_in(language)),
            "advice": _advice(self.code, language),
        }


@lru_cache(maxsize=64)
def _advice(code: str, language: str) -> str:
    return say(f"advice.{code}", language)


class Tally:
    """Weights of the nine reasons on both sides (answer late, no answer) and the phrases of
    the evidence that moved them; a factor moves a reason on both sides alike."""

    __slots__ = ("never", "phrases", "weights")

    def __init__(self, weights: list[float], never: list[float] | None = None) -> None:
        self.weights = weights  # the answer is late
        self.never = never if never is not None else [0.0] * len(weights)  # no answer comes
        self.phrases: dict[int, list[Phrase]] = {}

    def move(self, reason: int, factor: float, because: Phrase | None = None) -> None:
        self.weights[reason] *= factor
        self.never[reason] *= factor
        if because is not None:
            self.note(reason, because)

    def note(self, reason: int, because: Phrase) -> None:
        found = self.phrases.get(reason)
        if found is None:
            self.phrases[reason] = [because]
        else:
            found.append(because)

    def scores(self, reference_year: int, p_hear_back: float) -> tuple[ReasonScore, ...]:
        """Probabilities summing to 1, highest first; ties keep the order of REASON_CODES.

        The late side carries `p_hear_back`, the no-answer side the rest.
        """
        weights, kept = self.weights, self.never
        count = len(weights)
        total = sum(weights)
        late = [w / total for w in weights] if total > 0.0 else [1.0 / count] * count
        never = [0.0] * count
        total = sum(kept[i] for i in NO_ANSWER)
        for i in NO_ANSWER:
            never[i] = kept[i] / total if total > 0.0 else 1.0 / len(NO_ANSWER)
        p, q = p_hear_back, 1.0 - p_hear_back
        shares = [p * a + q * b for a, b in zip(late, never, strict=True)]
        order = sorted(range(count), key=shares.__getitem__, reverse=True)
        phrases = self.phrases
        make = ReasonScore._make
        return tuple(
            [
                make(
                    (
                        REASON_CODES[i],
                        shares[i],
                        tuple(phrases.get(i, ())),
                        reference_year,
                        late[i],
                        never[i],
                    )
                )
                for i in order
            ]
        )


@lru_cache(maxsize=16)
def _decay_table(params: Parameters, application: bool) -> tuple[tuple[float, ...], ...]:
    """Per reason: prior, late share that stays, late share that decays, log median, spread,
    and the never share."""
    return tuple(
        (
            b.prior_application if application else b.prior_interview,
            # the reasons of NO_ANSWER keep only their re-contact share on the late side
            0.0 if i in NO_ANSWER else 1.0 - b.recontact,
            b.recontact,
            math.log(b.delay_median_business_days),
            b.delay_sigma * _SQRT2,
            1.0 - b.recontact if i in NO_ANSWER else 0.0,
        )
        for i, b in enumerate(params.reasons.bases)
    )


def prior_weights(
    params: Parameters, application: bool, excess: float
) -> tuple[list[float], list[float]]:
    """(late, never): each reason's prior on both sides of the silence.

    Late: the prior decayed by the business days of silence past the expected answer (a reason
    whose delay is short stops explaining a long silence); for the three reasons of NO_ANSWER
    only their share with a re-contact is late. Never: the prior times the chance of no
    re-contact, for the reasons of NO_ANSWER only.
    """
    table = _decay_table(params, application)
    never = [row[0] * row[5] for row in table]
    if excess <= 0.0:
        return [prior * (stay + moving) for prior, stay, moving, _, _, _ in table], never
    log_excess = math.log(excess)
    return [
        prior * (stay + moving * 0.5 * math.erfc((log_excess - log_median) / spread))
        for prior, stay, moving, log_median, spread, _ in table
    ], never
