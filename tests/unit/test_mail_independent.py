"""The classifier on mail it was not tuned on: the independent corpus and the public samples."""

from __future__ import annotations

import ast
import hashlib
import re
from functools import cache
from pathlib import Path

import pytest

from tests.heldout_mail import (
    build_part,
    kaggle_cases,
    phrases_a,
    phrases_b,
    phrases_c,
    phrases_d,
    phrases_e,
    phrases_f,
    phrases_g,
    phrases_h,
    phrases_i,
    public_cases,
)
from tests.mailcorpus import texts_en, texts_zh
from tests.mailcorpus.evaluate import item_of_case, kaggle_accuracy
from tests.mailcorpus.score import Score, score
from unghost.mail.classify import LABELS

GOAL_OVERALL = 0.95
GOAL_PER_LABEL = 0.90
GOAL_UNRELATED_KEPT = 0.98
GOAL_OOO_DATE = 0.95
GOAL_BOUNCE_ADDRESS = 0.95
ROOT = Path(__file__).resolve().parents[2]


# Part d (part_d.py) was frozen before any tuning and measured once untouched (90.6% from the file
# alone, 94.4% with the store); its errors were then read and their general causes fixed, so it is
# now a set seen and tuned on, like a, b and c (BENCHMARKS.md, "mail labels: independent d").
# These floors, a little under what it measures since, keep it from losing that ground.
FLOOR_D = {"file": (0.97, 0.92), "store": (0.98, 0.95)}  # overall, worst label
# Part e (part_e.py), written by another author without reading the labeller's rules and frozen
# before its first measurement, was scored untouched twice: 87.1% / 88.4% (file alone / with the
# store) at first, 88.7% / 90.0% after part d's tuning. Its errors were then read and their
# general causes fixed (issue 14, session 7), so it is seen and tuned on now, like a to d. These
# floors, a little under what e measures since, keep it.
FLOOR_E = {
    "file": {"overall": 0.96, "worst": 0.86, "kept": 0.98, "ooo": 0.95, "sure": 0.95},
    "store": {"overall": 0.97, "worst": 0.90, "kept": 0.98, "ooo": 0.95, "sure": 0.95},
}
# Part f (part_f.py), written by yet another author the same way (neither the rules nor parts a-e
# read) and frozen by test_part_f_is_frozen before its first measurement, was measured untouched:
# first file alone 88.1% overall, worst label 75.0% (rejection), unrelated kept from proposals
# 87.8%, out-of-office date exact 63.9%, confident answers right 92.6%; with the store 88.8%,
# 75.0%, 87.8%, 63.9%, 93.3%; after part e's tuning (f not read) 90.1% / 90.3%, unrelated kept
# 91.9%, out-of-office dates 80.6%. Its errors were then read and their general causes fixed
# (issue 14, session 8; each cause first written in other words in test_mail_wording.py), so f is
# seen and tuned on now, like a to e: it measures 100% in both modes since. These floors, a little
# under that, keep it; a part nothing was tuned on is the only honest measure of new mail.
FLOOR_F = {
    "file": {"overall": 0.98, "worst": 0.95, "kept": 0.98, "ooo": 0.97, "sure": 0.97},
    "store": {"overall": 0.98, "worst": 0.95, "kept": 0.98, "ooo": 0.97, "sure": 0.97},
}
# Part g (part_g.py), written after the labeller was tuned on a-f by an author who read neither
# the rules nor parts a-f's wordings, frozen by test_part_g_is_frozen (commit 4952e04) before its
# first measurement, was measured untouched: file alone 84.4% overall, worst label 55.3%
# (info-request), unrelated kept from proposals 80.2%, out-of-office date exact 80.6%, confident
# answers right 85.6%; with the store 84.6%, 55.3%, 80.2%, 80.6%, 85.7%; bounces' failed address
# 100% both ways; after part f's tuning (g not read) 86.2% / 86.3%, unrelated kept 84.6%,
# out-of-office dates 94.4%. Its errors were then read and their general causes fixed (issue 14,
# session 8; each cause first written in other words in test_mail_wording.py), so g is seen and
# tuned on now, like a to f: 96.9% / 96.9%, unrelated kept 100%, out-of-office dates 100%,
# confident answers right 96.8% / 96.8%. Its worst label stays info-request (60.5%): g calls
# online assessments, take-home and coding tests information requests, where docs/mail-labels.md
# and parts a-f call them invitations (interview-invite). These floors, a little under that,
# keep it; a part nothing was tuned on is the only honest measure of new mail.
FLOOR_G = {
    "file": {"overall": 0.95, "worst": 0.58, "kept": 0.98, "ooo": 0.97, "sure": 0.95},
    "store": {"overall": 0.95, "worst": 0.58, "kept": 0.98, "ooo": 0.97, "sure": 0.95},
}
# Part h (part_h.py: 500 messages of 2028 mail, 45% Chinese), written by a fourth author the same
# way (neither the rules nor parts a-g read, while g was being tuned on) and frozen by
# test_part_h_is_frozen (ab3ac3e) before it was measured, was measured once, on the labeller of
# before f's tuning: file alone 86.2% overall, worst label 69.4%
# (position-closed), unrelated kept from proposals 91.5%, out-of-office date exact 75.0%,
# confident answers right 88.6%; with the store 87.8%, 69.4%, 91.5%, 75.0%, 89.3%. Untouched since,
# it measured 89.4% / 91.0% after f's tuning (worst label info-request 75.0% / 77.8%, unrelated
# kept 91.5%, out-of-office dates 91.7%) and the same after g's. Its brief called online
# assessments and written tests information requests, where docs/mail-labels.md calls them
# invitations. Its floors are the latest figures less about two points. After the model was
# trained on a-g and given more say where the rules are weak (session 9, chosen by
# leave-one-author-out on d-g, h not read): 90.6% / 91.4%, worst label info-request 75.0% /
# 72.2% (down from 77.8%), unrelated kept 92.0%, out-of-office dates 91.7%, sure 93.3%.
FLOOR_H = {
    "file": {"overall": 0.88, "worst": 0.73, "kept": 0.90, "ooo": 0.89, "sure": 0.91},
    "store": {"overall": 0.89, "worst": 0.70, "kept": 0.90, "ooo": 0.89, "sure": 0.91},
}
# Part i (part_i.py: 494 messages of 2029 mail, 42% Chinese), written by a fifth author who read
# neither the rules nor parts a-h and given docs/mail-labels.md as the labels' definition, frozen
# by test_part_i_is_frozen (14287f8) before it was measured; measured once on the labeller of
# session 8 (file 91.3%, store 91.7%, unrelated kept 92.6%, out-of-office dates 97.2%, bounces
# with the failed address 90.0%), then after the model's change and the reading of Traditional
# characters and more bounce wordings (none chosen on i): 94.7% / 95.1%, worst label 86.1%
# (still-deciding), unrelated kept 94.9%, out-of-office dates 97.2%, bounces 90.0%, sure 96.5%.
# Its errors are not read. Floors: the latest figures less about two points.
FLOOR_I = {
    "file": {"overall": 0.93, "worst": 0.84, "kept": 0.93, "ooo": 0.95, "sure": 0.94,
             "bounce": 0.88},
    "store": {"overall": 0.93, "worst": 0.84, "kept": 0.93, "ooo": 0.95, "sure": 0.94,
              "bounce": 0.88},
}  # fmt: skip
FLOORS = {"e": FLOOR_E, "f": FLOOR_F, "g": FLOOR_G, "h": FLOOR_H, "i": FLOOR_I}


@cache
def _scores(part: str) -> dict[str, Score]:
    """A part read from the file alone and as the import reads it (with the store), scored
    once for every test of this module."""
    items = [item_of_case(c) for c in build_part(part)]
    return {"part": part, "file": score(items, with_store=False),  # type: ignore[dict-item]
            "store": score(items, with_store=True)}  # fmt: skip


@pytest.fixture(scope="module", params=["a", "b", "c", "d", "e", "f", "g", "h", "i"])
def scored(request: pytest.FixtureRequest) -> dict[str, Score]:
    """Each part, read from the file alone and as the import reads it (with the store)."""
    return _scores(request.param)


@pytest.mark.parametrize("mode", ["file", "store"])
def test_independent_corpus_meets_the_goals(scored: dict[str, Score], mode: str) -> None:
    result = scored[mode]
    recall = {label: result.recall(label) for label in LABELS}
    overall, worst = (GOAL_OVERALL, GOAL_PER_LABEL)
    kept, ooo, bounce = (GOAL_UNRELATED_KEPT, GOAL_OOO_DATE, GOAL_BOUNCE_ADDRESS)
    if scored["part"] == "d":
        overall, worst = FLOOR_D[mode]  # above the goals
    if scored["part"] in FLOORS:
        floor = FLOORS[scored["part"]][mode]
        overall, worst, kept, ooo = floor["overall"], floor["worst"], floor["kept"], floor["ooo"]
        bounce = floor.get("bounce", GOAL_BOUNCE_ADDRESS)
    assert result.accuracy >= overall, recall
    assert min(r for r in recall.values() if r is not None) >= worst, recall
    assert 1 - result.unrelated_proposed / result.unrelated >= kept
    assert result.ooo_exact / result.ooo >= ooo
    assert result.bounce_address / result.bounces >= bounce


def _meets_every_goal(result: Score) -> None:
    """Issue 14's goals: overall, every label, unrelated kept from proposals, out-of-office
    return dates, bounces' failed addresses."""
    recall = [result.recall(label) for label in LABELS]
    assert result.accuracy >= GOAL_OVERALL
    assert min(r for r in recall if r is not None) >= GOAL_PER_LABEL
    assert 1 - result.unrelated_proposed / result.unrelated >= GOAL_UNRELATED_KEPT
    assert result.ooo_exact / result.ooo >= GOAL_OOO_DATE
    assert result.bounce_address / result.bounces >= GOAL_BOUNCE_ADDRESS


def test_part_d_meets_every_goal() -> None:
    result = _scores("d")["store"]
    recall = [result.recall(label) for label in LABELS]
    assert result.accuracy >= GOAL_OVERALL
    assert min(r for r in recall if r is not None) >= GOAL_PER_LABEL


def test_confident_answers_are_right(scored: dict[str, Score]) -> None:
    # Calibration: among answers given with 90% confidence or more, almost all are right.
    sure = [ok for confidence, ok in scored["store"].reliability if confidence >= 0.9]
    part = scored["part"]
    goal = FLOORS[part]["store"]["sure"] if part in FLOORS else 0.95
    assert sum(sure) / len(sure) >= goal


# The parts whose every goal is checked: e with the store (from the file alone,
# interview-invite is at 88%), f both ways (reached once f was tuned on, session 8); g, h and i
# do not reach them yet, and say what they miss. The xfails are strict: a part that reaches
# every goal fails here, and its entry goes (and, for h and i, their FLOOR_).
UNMET = {
    "g": "part g, tuned on: 98.5% / 98.7% overall (file / store), every goal met but "
    "info-request recall (84.2%): g labels online assessments, take-home and coding tests "
    "info-request where docs/mail-labels.md and parts a-f label them interview-invite",
    "h": "part h (untouched): 90.6% / 91.4% overall (file / store); rejection, "
    "interview-invite, info-request and position-closed under 90% recall (and from the file "
    "acknowledgement and still-deciding); unrelated kept from proposals 92.0%; out-of-office "
    "date exact 91.7%",
    "i": "part i (untouched): 94.7% / 95.1% overall (file / store); acknowledgement and "
    "still-deciding under 90% recall; unrelated kept from proposals 94.9%; bounces with the "
    "failed address 90.0%",
}
GOAL_CHECKS = [("e", "store"), *[(p, m) for p in ("f", "g", "h", "i") for m in ("file", "store")]]


@pytest.mark.parametrize(("part", "mode"), [
    pytest.param(part, mode, marks=pytest.mark.xfail(strict=True, reason=UNMET[part]))
    if part in UNMET else (part, mode)
    for part, mode in GOAL_CHECKS
])  # fmt: skip
def test_part_meets_every_goal(part: str, mode: str) -> None:
    _meets_every_goal(_scores(part)[mode])


def test_public_samples() -> None:
    cases = public_cases()
    if not cases:
        pytest.skip("the public samples in ../shared/external-testdata are absent")
    result = score([item_of_case(c) for c in cases], with_store=False)
    assert result.accuracy >= GOAL_OVERALL, result.misses
    assert result.bounce_address == result.bounces


def test_kaggle_rejections_are_told_from_everything_else() -> None:
    if not kaggle_cases():
        pytest.skip("the Kaggle sample in ../shared/external-testdata is absent")
    right, total = kaggle_accuracy()
    assert right / total >= GOAL_OVERALL


def _sentences(module: object) -> set[str]:
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.update(s.strip() for s in value.replace("。", ".").split(".") if len(s) > 45)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for name in dir(module):
        if name.isupper() or name in ("CORE", "MORE", "EXTRA", "FRESH", "HARD"):
            walk(getattr(module, name))
    return found


def test_the_independent_corpus_shares_no_sentence_with_the_tuning_corpus() -> None:
    tuning = _sentences(texts_en) | _sentences(texts_zh)
    parts = (phrases_a, phrases_b, phrases_c, phrases_d, phrases_e, phrases_f, phrases_g, phrases_h,
             phrases_i)  # fmt: skip
    for part in parts:
        assert not (_sentences(part) & tuning)


def test_the_independent_generator_does_not_use_the_tuning_generator() -> None:
    for path in (ROOT / "tests" / "heldout_mail").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not any(m.startswith("tests.mailcorpus") for m in modules), path.name


def test_part_d_is_frozen() -> None:
    # Part d's bytes as committed before any tuning (5337ad7); it is never edited afterwards.
    # MIME boundaries come from the stdlib's own random numbers, so they are masked.
    cases = build_part("d")
    raw = re.sub(rb"={15}\d+={2}", b"=b=", b"".join(case.raw for case in cases))
    assert len(cases) == 468
    assert hashlib.sha256(raw).hexdigest() == (
        "4fced17f2c89e02b86709147d7d3d1dd7175b2b3d49789b67763a6e29780578e"
    )


def _part_digest(part: str) -> tuple[int, str]:
    """A part's messages and expected answers (label, return date, failed address), hashed."""
    digest = hashlib.sha256()
    cases = build_part(part)
    for case in cases:
        digest.update(case.raw)
        answer = f"|{case.label}|{case.return_date}|{case.failed_recipient}|{case.lang}|{case.kind}"
        digest.update(answer.encode() + b"\0")
    return len(cases), digest.hexdigest()


def test_part_e_is_frozen() -> None:
    # Part e as committed before its first measurement; it is never edited afterwards. Its MIME
    # boundaries come from its own seed, so nothing is masked.
    assert _part_digest("e") == (
        568,
        "8f9dfd8b7fbc81f2d250ef40434728000ddac76866a2570ef8bb5382810bbde8",
    )


def test_part_f_is_frozen() -> None:
    # Part f as committed before its first measurement; it is never edited afterwards. Its MIME
    # boundaries come from its own seed, so nothing is masked.
    assert _part_digest("f") == (
        464,
        "39c4d74e2a6d81214f06df808e247e93d6eb46c5e2ed00dcb323e9c9c052cfc6",
    )


def test_part_g_is_frozen() -> None:
    # Part g as committed before its first measurement; it is never edited afterwards. Its MIME
    # boundaries come from its own seed, so nothing is masked.
    assert _part_digest("g") == (
        520,
        "af925e8fb457933d3b6e76c557bafe5335aa592d9e57a90c1bad56a93a18de48",
    )


def test_part_h_is_frozen() -> None:
    # Part h as committed before its first measurement; it is never edited afterwards. Its MIME
    # boundaries come from its own string-seeded generators, so nothing is masked, and the bytes
    # are the same under any PYTHONHASHSEED.
    assert _part_digest("h") == (
        500,
        "ef6e5b0547f35924376d9bbfc85cb9ababd1b7b7a751378f4e0ecb1ff66b70a3",
    )


def test_part_i_is_frozen() -> None:
    # Part i as committed before anyone scored it; it is never edited afterwards. Its MIME
    # boundaries and every choice come from string-seeded generators, so nothing is masked and
    # the bytes are the same under any PYTHONHASHSEED.
    assert _part_digest("i") == (
        494,
        "19a35159d53650851c94e2c8acbb4fb11c7b91195207cc9dac9bfeec23957e85",
    )


def test_part_i_has_its_counts_and_only_the_ten_labels() -> None:
    ten = {"rejection", "position-closed", "offer", "interview-invite", "info-request",
           "still-deciding", "acknowledgement", "out-of-office", "bounce", "unrelated"}  # fmt: skip
    cases = build_part("i")
    labels = [case.label for case in cases]
    assert set(labels) == ten and ten <= set(LABELS)
    counts = {label: labels.count(label) for label in ten}
    assert counts == {**dict.fromkeys(ten - {"bounce", "unrelated"}, 36), "bounce": 30,
                      "unrelated": 176}  # fmt: skip
    chinese = sum(case.lang == "zh" for case in cases) / len(cases)
    assert 0.40 <= chinese <= 0.45
    assert len({case.raw for case in cases}) == len(cases)
    for case in cases:
        assert case.source == "generated:i"
        assert (case.failed_recipient is not None) == (case.label == "bounce")
        if case.label != "out-of-office":
            assert case.return_date is None
    dated = [case for case in cases if case.label == "out-of-office" and case.return_date]
    assert len(dated) >= 30
