"""Each list of values lives in one place; the users of each list agree with it."""

from __future__ import annotations

import tomllib
from importlib import resources

from tests.unit.timeline import params
from unghost.domain import evidence
from unghost.domain.records import RECEIVED_KINDS, MessageKind
from unghost.domain.wording import LANGUAGES
from unghost.mail import classify, signals


def test_the_mail_reader_and_the_diagnosis_share_one_list_of_signal_kinds() -> None:
    assert signals.SIGNAL_KINDS is evidence.PATTERN_SIGNAL_KINDS
    patterns = tomllib.loads(
        resources.files("unghost.data").joinpath("mail_patterns.toml").read_text("utf-8")
    )["signals"]
    assert set(evidence.PATTERN_SIGNAL_KINDS) <= set(patterns)
    assert {*evidence.PATTERN_SIGNAL_KINDS, evidence.DECISION_DATE} == evidence.SIGNAL_KINDS


def test_every_signal_kind_moves_the_diagnosis() -> None:
    """Each kind has a factor or a likelihood ratio in the data, so none is dropped."""
    factors = params().reasons.factors
    keys = {k for table in factors.values() for k in table} | set(
        params().hearback.likelihood_ratio
    )
    named = {kind.replace("-", "_") for kind in evidence.PATTERN_SIGNAL_KINDS}
    for kind in named:
        assert any(key.startswith(kind) or kind.startswith(key) for key in keys), kind


def test_the_mail_labels_are_the_received_message_kinds() -> None:
    assert set(classify.LABELS) == {k.value for k in RECEIVED_KINDS} - {MessageKind.OTHER.value}


def test_the_page_and_the_diagnosis_speak_the_same_languages() -> None:
    from unghost.web.i18n import LANGUAGES as PAGE_LANGUAGES

    assert tuple(PAGE_LANGUAGES) == tuple(LANGUAGES)


def test_the_web_forms_edit_only_fields_the_service_can_edit() -> None:
    from unghost.services.applications import EDITABLE
    from unghost.web.forms import FIELDS
    from unghost.web.views import BOOL_FIELDS, DATE_FIELDS

    # the form's salary boxes (min, max, currency, period) edit the one `salary` field;
    # `confirm_future` only confirms an application date ahead, it edits nothing
    edited = {"salary" if f.startswith("salary_") else f for f in FIELDS} - {"confirm_future"}
    assert edited <= set(EDITABLE)
    assert set(EDITABLE) | {"posted_on", "closed_on"} >= DATE_FIELDS | BOOL_FIELDS
