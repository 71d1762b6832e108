"""How the trained model's word combines with the rules (mail_patterns.toml [classify] model_*)."""

from __future__ import annotations

from collections.abc import Iterable
from unittest import mock

from unghost.mail import classify
from unghost.mail.classify import LABELS, classify_mail, proposes_change
from unghost.mail.parse import parse_mail


class _Fixed:
    """A model that gives every message the same posterior."""

    def __init__(self, posterior: dict[str, float]) -> None:
        self.posterior = {label: posterior.get(label, 0.0) for label in LABELS}

    def predict(
        self, tokens: Iterable[str], *, temperature: float | None = None
    ) -> dict[str, float]:
        return dict(self.posterior)


def _read(body: str, posterior: dict[str, float], subject: str = "Your application"):
    raw = (
        f"From: Ann Lee <ann@acme.example>\nSubject: {subject}\n"
        f"Date: Wed, 07 Oct 2026 10:00:00 +0000\n\n{body}\n"
    ).encode()
    with mock.patch.object(classify, "load_model", lambda: _Fixed(posterior)):
        return classify_mail(parse_mail(raw))


def test_an_outcome_on_the_models_word_alone_waits_for_review() -> None:
    result = _read("Thank you for the time you gave us on your application.", {"rejection": 0.97})
    assert result.label == "rejection"
    assert result.needs_review and not proposes_change(result)


def test_a_model_split_between_two_labels_sends_the_message_to_review() -> None:
    result = _read(
        "We received your documents. Could you also send your references?",
        {"acknowledgement": 0.45, "info-request": 0.55},
    )
    assert result.label == "info-request"
    assert result.confidence <= 0.55 and result.needs_review


def test_rules_that_lead_by_far_are_not_overruled() -> None:
    # A decisive refusal: the rules lead by more than model_defer_lead, the model is not asked.
    result = _read(
        "Unfortunately we have decided not to move forward with your application.",
        {"offer": 1.0},
    )
    assert result.label == "rejection" and not result.needs_review
