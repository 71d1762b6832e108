"""The leave-one-author-out harness never trains on the part it scores, and never touches h."""

from __future__ import annotations

import pytest

from tests.mailcorpus.crossval import HELD_OUT, SEEN, run, sources_for, temperature_losses
from unghost.mail.model import build_model


def test_a_fold_trains_on_every_other_seen_part_and_the_tuning_corpus() -> None:
    names = ["tuning", *SEEN]
    for held in HELD_OUT:
        chosen = sources_for(held, names, SEEN)
        assert held not in chosen
        assert set(chosen) == {"tuning", *SEEN} - {held}
    assert sources_for("e", names, ("a", "b", "c", "d")) == ["a", "b", "c", "d", "tuning"]


def test_part_h_is_refused_before_anything_is_built() -> None:
    with pytest.raises(ValueError, match="untouched"):
        run(train=SEEN, held_out=("h",))
    with pytest.raises(ValueError, match="untouched"):
        run(train=(*SEEN, "h"), held_out=("d",))


def test_a_softer_temperature_costs_less_when_the_model_is_sure_and_wrong() -> None:
    # Two labels; "w" is seen only with label A, yet the held-out message with "w" is B.
    model = build_model({"w": [20, 0], "v": [0, 20]}, [10, 10], ["A", "B"], 0.5)
    losses = temperature_losses([(model, [("B", ["w"])])], (1.0, 8.0))
    assert losses[8.0] < losses[1.0]
    assert (
        model.predict(["w"], temperature=1.0)["A"]
        > model.predict(["w"], temperature=8.0)["A"]
        > 0.5
    )
