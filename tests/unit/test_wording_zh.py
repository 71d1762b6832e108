"""The diagnosis in Simplified Chinese: the table, units, dates, names and whole scenarios."""

from __future__ import annotations

from datetime import date
from string import Formatter

from tests.unit.timeline import Story
from unghost.domain.diagnosis import Diagnosis
from unghost.domain.records import MessageKind
from unghost.domain.wording import EN, ZH, Span, Words, format_day, format_names, phrase, render


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in Formatter().parse(template) if field}


def zh_evidence(d: Diagnosis, code: str) -> list[str]:
    return list(next(r.evidence_in("zh") for r in d.reasons if r.code == code))


def test_the_chinese_table_says_every_sentence_with_every_blank() -> None:
    assert set(ZH) == set(EN)
    for key, template in EN.items():
        assert _fields(template) <= _fields(ZH[key]), key


def test_chinese_units_dates_spans_and_names() -> None:
    assert render(phrase("follow_up_overdue", bd=1, event=phrase("event.applied")), 2025, "zh") == (
        "你投递申请已过1个工作日，你还没有跟进。"
    )
    assert (
        render(phrase("why.move_on", times=1), 2025, "zh")
        == "你已跟进一次仍无答复，是时候继续前进了。"
    )
    assert render(phrase("why.move_on", times=3), 2025, "zh").startswith("你已跟进3次")
    assert format_day(date(2025, 10, 1), 2025, "zh") == "10月1日"
    assert format_day(date(2025, 12, 20), 2026, "zh") == "2025年12月20日"
    span = phrase(
        "closure.ahead",
        names=(Words("National Day", "国庆节"),),
        span=Span(date(2025, 10, 1), date(2025, 10, 7)),
    )
    assert render(span, 2025, "zh") == "国庆节（10月1日至7日）落在预计的等待期内。"
    across = phrase(
        "slow.ahead", name=Words("x", "年末"), span=Span(date(2025, 12, 29), date(2026, 1, 3))
    )
    assert "2025年12月29日至2026年1月3日" in render(across, 2025, "zh")
    assert format_names(("国庆节", "端午节", "中秋节"), "zh") == "国庆节、端午节和中秋节"
    assert render(
        phrase(
            "ooo", who=phrase("your_contact"), day=date(2025, 10, 9), received=date(2025, 9, 30)
        ),
        2025,
    ) == ("Your contact is out of the office and back on 9 Oct (auto-reply of 30 Sep).")


def test_golden_week_in_chinese() -> None:
    d = (
        Story("CN")
        .applied("2025-09-10")
        .interview("2025-09-26")
        .thank_you("2025-09-26")
        .follow_up("2025-10-10")
        .diagnose("2025-10-13")
    )
    lines = zh_evidence(d, "holiday")
    assert "国庆黄金周和中秋节（10月1日至8日）落在你参加面试后的7个工作日之内。" in lines
    assert any(line.startswith("黄金周后的一周（10月9日至15日）") for line in lines)
    holiday = next(r for r in d.reasons if r.code == "holiday")
    assert holiday.advice_in("zh") == "等对方假期结束后，再过一两个工作日跟进。"
    assert d.next_action.why_in("zh").startswith("请等待：第2次跟进（共3次）应在10月20日发送")
    # the English stays as it was
    assert (
        "The National Day Golden Week and Mid-Autumn Festival (1–8 Oct) fell inside the "
        "7 business days after your interview." in holiday.evidence
    )


def test_a_holiday_known_only_in_english_keeps_its_english_name() -> None:
    d = Story("US").applied("2025-11-17").interview("2025-11-24").diagnose("2025-12-05")
    lines = zh_evidence(d, "holiday")
    assert any(line.startswith("Thanksgiving") and "（11月27日）" in line for line in lines)


def test_no_follow_up_in_chinese() -> None:
    d = Story("US").applied("2026-03-02").interview("2026-03-10").diagnose("2026-03-20")
    lines = zh_evidence(d, "no-follow-up")
    assert "你还没有为3月10日的面试发送感谢信。" in lines
    assert "你参加面试已过8个工作日，你还没有跟进。" in lines
    assert d.next_action.why_in("zh") == "发送第1次跟进（共3次）：距3月10日面试已过5个工作日。"


def test_a_bounce_in_chinese() -> None:
    d = (
        Story("US")
        .applied("2026-03-02")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .received(MessageKind.BOUNCE, "2026-03-10", hour=18.5)
        .diagnose("2026-03-20")
    )
    assert "你的邮件在3月10日被退回，没有送达雇主。" in zh_evidence(d, "contact-info")
    assert (
        d.next_action.why_in("zh") == "先更正你的联系方式：你的邮件在3月10日被退回，没有送达雇主。"
    )


def test_position_gone_in_chinese() -> None:
    d = (
        Story("CN")
        .applied("2026-03-01")
        .interview("2026-03-10")
        .thank_you("2026-03-10")
        .received(MessageKind.POSITION_CLOSED, "2026-03-25")
        .diagnose("2026-03-27")
    )
    assert d.state.code == "closed" and d.reasons == ()  # 对方已说明：无需再解释沉默
    assert d.next_action.why_in("zh") == "对方在3月25日来信说该职位已关闭；继续前进吧。"
    english = d.to_dict()
    chinese = d.to_dict("zh")
    assert [r["code"] for r in chinese["reasons"]] == [r["code"] for r in english["reasons"]]
    assert chinese["next_action"]["kind"] == english["next_action"]["kind"] == "move-on"
    assert (
        english["next_action"]["why"]
        == "They wrote on 25 Mar that the position is closed; move on."
    )


def test_an_out_of_office_names_the_day_back_in_both_languages() -> None:
    # "休假至9日" reads as away on the 9th too; the stored day is the first day back.
    back, received = date(2025, 10, 9), date(2025, 9, 30)
    ooo = phrase("ooo", who=phrase("your_contact"), day=back, received=received)
    assert render(ooo, 2025, "zh") == "你的联系人不在办公室，10月9日返回（9月30日的自动回复）。"
    wait = phrase("why.wait_ooo", day=back, due=date(2025, 10, 10))
    assert (
        render(wait, 2025) == "Wait: your contact is away and back on 9 Oct; follow up on 10 Oct."
    )
    assert render(wait, 2025, "zh") == "请等待：你的联系人10月9日返回；请在10月10日跟进。"


def test_a_sentence_that_opens_with_an_address_keeps_it_as_written() -> None:
    back, received = date(2025, 10, 9), date(2025, 9, 30)
    ooo = phrase("ooo", who="talent@umbrella.example", day=back, received=received)
    assert render(ooo, 2025).startswith("talent@umbrella.example is out of the office")
    assert render(phrase("ooo", who=phrase("your_contact"), day=back, received=received),
                  2025).startswith("Your contact")  # fmt: skip
