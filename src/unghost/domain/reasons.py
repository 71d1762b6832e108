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

_SQRT2 = math.sqrt(2.0)


class ReasonScore(NamedTuple):
    """One reason with its probability; its evidence is put into words when read."""

    code: str
    probability: float
    phrases: tuple[Phrase, ...]
    reference_year: int  # dates in this year are shown without the year

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
            "evidence": list(self.evidence_in(language)),
            "advice": _advice(self.code, language),
        }


@lru_cache(maxsize=64)
def _advice(code: str, language: str) -> str:
    return say(f"advice.{code}", language)


class Tally:
    """Weights of the nine reasons and the phrases of the evidence that moved them."""

    __slots__ = ("phrases", "weights")

    def __init__(self, weights: list[float]) -> None:
        self.weights = weights
        self.phrases: dict[int, list[Phrase]] = {}

    def move(self, reason: int, factor: float, because: Phrase | None = None) -> None:
        self.weights[reason] *= factor
        if because is not None:
            self.note(reason, because)

    def note(self, reason: int, because: Phrase) -> None:
        found = self.phrases.get(reason)
        if found is None:
            self.phrases[reason] = [because]
        else:
            found.append(because)

    def scores(self, reference_year: int) -> tuple[ReasonScore, ...]:
        """Probabilities summing to 1, highest first; ties keep the order of REASON_CODES."""
        total = sum(self.weights)
        if total <= 0.0:
            shares = [1.0 / len(REASON_CODES)] * len(REASON_CODES)
        else:
            shares = [w / total for w in self.weights]
        order = sorted(range(len(REASON_CODES)), key=shares.__getitem__, reverse=True)
        phrases = self.phrases
        make = ReasonScore._make
        return tuple(
            [
                make((REASON_CODES[i], shares[i], tuple(phrases.get(i, ())), reference_year))
                for i in order
            ]
        )


@lru_cache(maxsize=16)
def _decay_table(params: Parameters, application: bool) -> tuple[tuple[float, ...], ...]:
    return tuple(
        (
            b.prior_application if application else b.prior_interview,
            1.0 - b.recontact,
            b.recontact,
            math.log(b.delay_median_business_days),
            b.delay_sigma * _SQRT2,
        )
        for b in params.reasons.bases
    )


def prior_weights(params: Parameters, application: bool, excess: float) -> list[float]:
    """Each reason's prior, decayed by the business days of silence past the expected answer."""
    table = _decay_table(params, application)
    if excess <= 0.0:
        return [row[0] for row in table]
    log_excess = math.log(excess)
    return [
        prior * (stay + moving * 0.5 * math.erfc((log_excess - log_median) / spread))
        for prior, stay, moving, log_median, spread in table
    ]
