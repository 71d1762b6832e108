"""The urgency table names exactly the agenda's kinds of action."""

from unghost.domain.actions import ACTION_KINDS, WAIT
from unghost.domain.urgency import URGENCY


def test_every_agenda_kind_is_an_action_kind_and_waiting_is_not_one():
    assert set(URGENCY) <= set(ACTION_KINDS)
    assert WAIT not in URGENCY and "none" not in URGENCY
