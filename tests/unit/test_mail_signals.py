"""Signals for the diagnosis: promised decision dates and budget, holiday, busy, reorg words."""

from __future__ import annotations

from datetime import date

import pytest

from tests.mailcorpus import build_sample
from unghost.mail.classify import classify_mail
from unghost.mail.parse import parse_mail
from unghost.mail.signals import find_decision_date, list_signals

WEDNESDAY = date(2026, 10, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We're still interviewing and will get back to you by Friday.", date(2026, 10, 9)),
        ("We expect to make a decision by the end of next week.", date(2026, 10, 16)),
        ("I hope to have an answer within the next two weeks.", date(2026, 10, 21)),
        ("We will let you know the outcome by October 20.", date(2026, 10, 20)),
        ("You'll hear from us within 3 business days.", date(2026, 10, 12)),
        ("We will update you by the end of the week.", date(2026, 10, 9)),
        ("The panel will decide early next week and I'll let you know.", date(2026, 10, 13)),
        ("下周五前给您答复。", date(2026, 10, 16)),
        ("我们正在综合评估，10月20日前一定给您回复。", date(2026, 10, 20)),
        ("3个工作日内会有结果。", date(2026, 10, 12)),
        ("两周内通知您面试结果。", date(2026, 10, 21)),
        ("本周内给您答复。", date(2026, 10, 9)),
    ],
)
def test_decision_dates(text: str, expected: date) -> None:
    signal = find_decision_date(text, WEDNESDAY)
    assert signal is not None and signal.on == expected


def test_a_date_without_a_promise_is_no_decision_date() -> None:
    assert find_decision_date("The interview is on Friday at 10am in room 3.", WEDNESDAY) is None
    assert find_decision_date("We met on October 1 and enjoyed it.", WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We're still waiting for final budget approval for the role.", "budget"),
        ("目前预算还在审批中。", "budget"),
        ("Many of the panel are away over the Christmas holidays.", "holiday"),
        ("临近春节假期，很多同事已经休假。", "holiday"),
        ("The team is swamped with the quarter-end close.", "busy"),
        ("最近部门项目比较忙。", "busy"),
        ("There is a reorganisation going on in the department.", "reorganisation"),
        ("公司正在进行组织架构调整。", "reorganisation"),
        ("A company-wide hiring freeze has slowed things down.", "hiring-freeze"),
        ("因公司冻结招聘，该职位暂停招聘。", "hiring-freeze"),
        ("The requisition has been cancelled.", "requisition-cancelled"),
        ("该岗位的HC已取消。", "requisition-cancelled"),
        ("We have decided to go with another candidate.", "position-filled"),
        ("该岗位已有更合适的人选。", "position-filled"),
        ("We are still interviewing two more candidates.", "other-candidates"),
        ("This is a newly created role in a brand-new team.", "new-position"),
    ],
)
def test_signal_kinds(text: str, kind: str) -> None:
    assert kind in {s.kind for s in list_signals(text, WEDNESDAY)}


def test_plain_text_has_no_signals() -> None:
    assert list_signals("Thank you for your application. We will review it.", WEDNESDAY) == []


@pytest.mark.parametrize("index", range(30))
def test_generated_status_updates_carry_their_signals(index: int) -> None:
    sample = build_sample("still-deciding", "train", index)
    result = classify_mail(parse_mail(sample.raw), job_related=True)
    kinds = {s.kind for s in result.signals}
    assert sample.signals <= kinds, (sample.template, result.text)
    if sample.decision_date is not None:
        decision = next(s for s in result.signals if s.kind == "decision-date")
        assert decision.on == sample.decision_date, (sample.template, result.text)
