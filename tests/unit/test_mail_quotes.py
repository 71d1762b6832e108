"""Stripping quoted earlier messages, forwards, signatures and footers (English and Chinese)."""

from __future__ import annotations

import pytest

from unghost.mail.html import html_to_text
from unghost.mail.quotes import split_reply, strip_quotes

NEW = "Unfortunately we have decided not to move forward with your application."
EARLIER = "I have another offer and would love an interview update."

QUOTE_STYLES = {
    "gmail": f"On Mon, Oct 5, 2026 at 10:00 AM Sam <sam@gmail.com> wrote:\n\n> {EARLIER}\n",
    "gmail wrapped": f"On Mon, Oct 5, 2026 at 10:00 AM Sam Taylor\n<sam@gmail.com> wrote:\n> {EARLIER}\n",
    "apple": f"On 5 Oct 2026, at 10:00, Sam <sam@gmail.com> wrote:\n\n> {EARLIER}\n",
    "outlook": (
        "________________________________\nFrom: Sam <sam@gmail.com>\nSent: Monday, October 5, 2026 10:00 AM\n"
        f"To: Recruiting\nSubject: Follow-up\n\n{EARLIER}\n"
    ),
    "outlook original": (
        "-----Original Message-----\nFrom: Sam [mailto:sam@gmail.com]\nSent: Monday, October 5, 2026\n"
        f"Subject: Follow-up\n\n{EARLIER}\n"
    ),
    "forward": (
        "---------- Forwarded message ---------\nFrom: Sam <sam@gmail.com>\nDate: Mon, Oct 5, 2026\n"
        f"Subject: Follow-up\n\n{EARLIER}\n"
    ),
    "french": f"Le lun. 5 oct. 2026 à 10:00, Sam <sam@gmail.com> a écrit :\n> {EARLIER}\n",
    "german": f"Am Mo., 5. Okt. 2026 um 10:00 Uhr schrieb Sam <sam@gmail.com>:\n> {EARLIER}\n",
    "netease": f'在 2026-10-05 10:00:00，"陈晓" <chenxiao@163.com> 写道：\n> {EARLIER}\n',
    "qq": (
        "------------------ 原始邮件 ------------------\n"
        '发件人: "陈晓"<chenxiao@qq.com>;\n发送时间: 2026年10月5日(星期一) 上午10:00\n'
        f'收件人: "招聘组"<hr@example.cn>;\n主题: 跟进\n\n{EARLIER}\n'
    ),
    "outlook chinese full-width": (
        "发件人：陈晓 <chenxiao@qq.com>\n发送时间：2026年10月5日 10:00\n收件人：HR\n"
        f"主题：跟进面试结果\n\n{EARLIER}\n"
    ),
    "outlook chinese original": (
        f"-----原始邮件-----\n发件人: 陈晓\n发送时间: 2026年10月5日\n主题: 跟进\n\n{EARLIER}\n"
    ),
    "gmail chinese": f"陈晓 <chenxiao@qq.com> 于2026年10月5日周一 10:00写道：\n> {EARLIER}\n",
    "netease reply": f"---- 回复的原邮件 ----\n发件人: 陈晓\n日期: 2026年10月5日\n\n{EARLIER}\n",
}


@pytest.mark.parametrize("style", sorted(QUOTE_STYLES))
def test_quoted_earlier_message_is_not_the_message(style: str) -> None:
    parts = split_reply(f"Hi Sam,\n\n{NEW}\n\n{QUOTE_STYLES[style]}")
    assert NEW in parts.body
    assert "offer" not in parts.body and "interview" not in parts.body
    assert "another offer" in parts.quoted


def test_interleaved_quote_lines_are_dropped_but_answers_kept() -> None:
    text = "> Can you make Tuesday?\nYes, Tuesday works.\n> And the offer letter?\nIt is attached."
    body = strip_quotes(text)
    assert body == "Yes, Tuesday works.\nIt is attached."


def test_signature_after_dash_dash_and_valediction_is_removed() -> None:
    dashed = split_reply(
        "We'd like to invite you to interview.\n\n-- \nJane Doe\nOffer Management Lead"
    )
    assert dashed.body == "We'd like to invite you to interview."
    assert "Offer Management" in dashed.signature
    closing = split_reply(
        "Thanks for your patience.\nWe are still deciding.\n\nBest regards,\nJane Doe\n"
        "Interview Coordinator | Acme\nTel: +1 415 555 0100"
    )
    assert closing.body == "Thanks for your patience.\nWe are still deciding."
    assert closing.signature.startswith("Best regards,")


def test_chinese_valediction_and_device_footers() -> None:
    parts = split_reply(
        "您好，我们已收到您的简历。\n\n此致\n敬礼\n李雷\n人力资源部\n\n发自我的iPhone"
    )
    assert parts.body == "您好，我们已收到您的简历。"
    assert "人力资源部" in parts.signature
    assert strip_quotes("See you Tuesday.\n\nSent from my iPhone") == "See you Tuesday."


def test_trailing_legal_and_ats_footers_are_removed_but_never_the_first_paragraph() -> None:
    text = (
        "Thank you for applying, we have received your application.\n\n"
        "Powered by Greenhouse | Privacy Policy\n\n"
        "This email and any attachments are confidential and intended solely for the addressee. "
        "This email does not constitute an offer of employment."
    )
    parts = split_reply(text)
    assert parts.body == "Thank you for applying, we have received your application."
    assert len(parts.footers) == 2
    only = "This email and any attachments are confidential."
    assert strip_quotes(only) == only


def test_a_sentence_saying_do_not_reply_is_kept() -> None:
    text = "您好，\n\n感谢您申请数据分析师职位。本邮件为系统自动发送，确认我们已收到您的申请。"
    assert "已收到您的申请" in strip_quotes(text)


def test_html_quote_containers_are_dropped() -> None:
    gmail = (
        "<div>Thanks, see you Tuesday.</div><div class='gmail_quote'><div class='gmail_attr'>"
        "On Mon Sam wrote:</div><blockquote>I have another offer</blockquote></div>"
    )
    assert html_to_text(gmail, drop_quotes=True) == "Thanks, see you Tuesday."
    assert "another offer" in html_to_text(gmail)
    outlook = (
        "<p>We are still reviewing.</p><div id='appendonsend'></div><hr>"
        "<div id='divRplyFwdMsg'><b>From:</b> Sam<br><b>Sent:</b> Monday</div><div>I have an offer</div>"
    )
    assert html_to_text(outlook, drop_quotes=True) == "We are still reviewing."


def test_html_converter_survives_odd_markup() -> None:
    assert html_to_text("") == ""
    assert html_to_text('<?xml version="1.0" encoding="utf-8"?><html><p>Hi</p></html>') == "Hi"
    assert html_to_text("<p>a&nbsp;b</p><script>alert(1)</script>") == "a b"
