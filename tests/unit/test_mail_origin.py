"""Who a message is from, and the traps of mail about jobs that is not from the job."""

from __future__ import annotations

from unghost.mail.classify import classify_mail, proposes_change
from unghost.mail.origin import read_origin
from unghost.mail.parse import parse_mail


def _mail(sender: str, subject: str, body: str, *headers: str) -> bytes:
    head = "\n".join((f"From: {sender}", "To: Sam <sam@example.com>", f"Subject: {subject}",
                      "Date: Wed, 07 Oct 2026 10:00:00 +0000", "Message-ID: <m-1@x.example>",
                      *headers))  # fmt: skip
    return (head + "\n\n" + body + "\n").encode()


def _label(raw: bytes, link: str | None = None) -> str:
    return classify_mail(parse_mail(raw), store_link=link).label


def test_origin_reads_lists_auto_replies_ats_and_personal_mailboxes() -> None:
    listy = read_origin(parse_mail(_mail("News <news@brand.example>", "Hi", "x",
                                         "List-Unsubscribe: <mailto:u@brand.example>")))  # fmt: skip
    assert listy.bulk and listy.employer is None
    auto = read_origin(
        parse_mail(_mail("a@acme.example", "Re: x", "x", "Auto-Submitted: auto-replied"))
    )
    assert auto.auto_reply and not auto.automated
    ats = read_origin(parse_mail(_mail("Acme <no-reply@us.greenhouse-mail.io>", "x", "x",
                                       "Auto-Submitted: auto-generated")))  # fmt: skip
    assert ats.employer == "ats" and ats.automated and not ats.auto_reply
    friend = read_origin(parse_mail(_mail("Alex <alex.f@gmail.com>", "hi", "x")))
    assert friend.personal
    assert not read_origin(
        parse_mail(_mail("Alex <alex.f@gmail.com>", "hi", "x")), store_link="contact"
    ).personal


def test_mail_about_jobs_is_not_mail_from_the_job() -> None:
    webinar = _mail("Events <events@careers-club.example>", "You're invited: interview masterclass",
                    "You're invited to our free webinar: how to ace the final interview and negotiate "
                    "the offer. Register now.", "List-Unsubscribe: <https://careers-club.example/u>",
                    "Precedence: bulk")  # fmt: skip
    assert _label(webinar) == "unrelated"
    agency = _mail("Greg <greg@talent-hunters.example>", "Interview opportunity",
                   "Hi Sam, I came across your profile and one of my clients would like to set up an "
                   "interview with you for a senior role. Are you available this week?")  # fmt: skip
    assert _label(agency) == "unrelated"
    friend = _mail("Mum <mum1960@163.com>", "面试",
                   "面试怎么样了？听说你拿到offer了？别太累，周末回家吃饭。")  # fmt: skip
    assert _label(friend) == "unrelated"
    # The same company's newsletter stays unrelated even though the user applied there.
    news = _mail("Acme <news@acme.example>", "Acme monthly", "We're hiring! Explore 40 open roles "
                 "and see our interview tips.", "List-Id: <monthly.acme.example>")  # fmt: skip
    assert _label(news, "company-domain") == "unrelated"


def test_a_founder_on_a_personal_mailbox_in_our_thread_is_the_employer() -> None:
    raw = _mail("Theo <theo.m@gmail.com>", "Re: following up",
                "hey Sam - going to pass on this one, sorry. not the right timing. good luck!",
                "In-Reply-To: <sent-1@example.com>")  # fmt: skip
    assert _label(raw, "thread") == "rejection"


def test_decisions_however_phrased() -> None:
    offer = _mail("hr@acme.example", "Your application",
                  "Unfortunately it took longer than planned to get approvals, but I'm delighted to "
                  "say we would like you to join as our new analyst. The written offer is attached.")  # fmt: skip
    assert _label(offer, "contact") == "offer"
    offer_zh = _mail(
        "hr@acme.example",
        "通知",
        "很遗憾让您久等了，不过好消息是：公司决定正式录用您为数据分析师。",
    )
    assert _label(offer_zh, "contact") == "offer"
    filled = _mail("hr@acme.example", "Update", "We have filled the position internally, so we are "
                   "closing the opening. This is not a reflection on you.")  # fmt: skip
    assert _label(filled, "contact") == "position-closed"
    filled_zh = _mail("hr@acme.example", "说明", "该岗位已由其他候选人入职，招聘已结束。")
    assert _label(filled_zh, "contact") == "position-closed"
    status = _mail("Acme <notifications@acme.myworkdayjobs.com>", "Application update",
                   "Your application status for Analyst has been updated: No longer under consideration.")  # fmt: skip
    assert _label(status) == "rejection"
    take_home = _mail("hr@acme.example", "Next steps", "Next step is a short take-home exercise; you "
                      "will have five days once you start.")  # fmt: skip
    assert _label(take_home, "contact") == "interview-invite"
    documents = _mail("hr@acme.example", "Documents", "To complete your file, please upload a copy "
                      "of your degree certificate and two references.")  # fmt: skip
    assert _label(documents, "contact") == "info-request"


def test_an_unsure_message_keeps_its_two_best_labels_and_proposes_nothing() -> None:
    raw = _mail(
        "hr@acme.example", "Re: thanks", "Thanks. We received your note and are still reviewing."
    )
    result = classify_mail(parse_mail(raw), store_link="contact")
    assert len(result.alternatives) == 2 and result.alternatives[0][0] == result.label
    assert result.alternatives[0][1] >= result.alternatives[1][1]
    if result.needs_review:
        assert not proposes_change(result)
    unrelated = classify_mail(parse_mail(_mail("x@shop.example", "Sale", "Buy now, 50% off!")))
    assert unrelated.label == "unrelated" and not unrelated.needs_review
    assert not proposes_change(unrelated)
