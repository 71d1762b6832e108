"""Mail in Traditional Chinese (Taiwan, Hong Kong, Macau) is read as its Simplified twin: the
same label, the same return date; what is kept and shown stays in the sender's characters."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import default

import pytest

from unghost.mail.classify import classify_mail
from unghost.mail.hanzi import simplified
from unghost.mail.parse import parse_mail
from unghost.mail.relevance import is_candidate_relevant

# (label, sender, subject, body): written in Traditional characters as a Taipei or Hong Kong
# recruiter writes them
CASES = [
    ("rejection", "人資部 陳小姐 <hr@tw-semicon.com.tw>", "應徵結果通知",
     "王先生您好：\n\n感謝您參加本公司資深工程師職位的面試。很遺憾地通知您，經過審慎評估，"
     "您未能通過本輪面試，我們將不再推進您的申請。祝您求職順利。\n\n人力資源部 陳怡君"),
    ("offer", "Karen Wong <karen.wong@hk-logistics.com.hk>", "錄用通知 - 物流分析師",
     "黃小姐您好：\n\n我們很高興地通知您，經過數輪面試，公司決定正式錄用您擔任物流分析師一職。"
     "隨信附上聘書，請於12月18日前簽署回覆。\n\n人力資源部 王嘉欣"),
    ("interview-invite", "招募團隊 <recruit@taipei-fintech.com.tw>", "第二輪面試邀請",
     "林先生您好：\n\n感謝您應徵產品經理一職。誠摯邀請您參加第二輪面試，時間為12月15日（星期二）"
     "下午兩點，地點在本公司會議室。請回覆確認是否方便出席。\n\n招募團隊 張雅婷"),
    ("position-closed", "人事部 <hr@macau-resorts.com.mo>", "關於您應徵的職位",
     "李先生您好：\n\n感謝您對本公司營運主任職位的興趣。由於該職位已由內部同事填補，此職缺已經關閉，"
     "因此無法繼續安排後續面試。\n\n人事部 何文傑"),
    ("still-deciding", "吳經理 <wu@hsinchu-ai.com.tw>", "Re: 面試後續",
     "張先生您好：\n\n謝謝您的來信。我們仍在面試其他候選人，目前尚未做出最終決定，"
     "預計下週會有結果，屆時會再通知您。\n\n吳建宏"),
    ("info-request", "陳專員 <talent@kowloon-bank.com.hk>", "補充資料",
     "您好：\n\n為了繼續處理您的申請，請提供您的期望薪資、最快可到職日期以及兩位推薦人的聯絡方式。"
     "\n\n人才招聘組 陳專員"),
    ("acknowledgement", "招聘系統 <noreply@tw-retail.com.tw>", "我們已收到您的履歷",
     "您好：\n\n感謝您應徵門市經理職位，我們已收到您的履歷，招募團隊將於兩週內審閱，"
     "如有合適機會會再與您聯絡。\n\n此為系統自動發送的郵件，請勿直接回覆。"),
    ("unrelated", "104人力銀行 <news@jobs-weekly.com.tw>", "本週熱門職缺：50家企業急徵工程師",
     "為您推薦以下職缺，面試機會多多！立即應徵，把握錄用機會。\n\n取消訂閱電子報請點此。"),
]  # fmt: skip


def _mail(sender: str, subject: str, body: str, **headers: str) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "王大明 <daming.wang@gmail.com>"
    message["Subject"] = subject
    message["Date"] = "Tue, 08 Dec 2026 10:00:00 +0800"
    message["Message-ID"] = "<trad-1@example.tw>"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize(("label", "sender", "subject", "body"), CASES)
def test_traditional_mail_reads_as_its_simplified_twin(label, sender, subject, body) -> None:
    traditional = classify_mail(parse_mail(_mail(sender, subject, body)))
    twin = classify_mail(parse_mail(_mail(sender, simplified(subject), simplified(body))))
    assert traditional.label == label == twin.label, (traditional.scores, traditional.evidence)
    assert traditional.confidence == twin.confidence
    if label != "unrelated":
        assert "遺憾" in traditional.text or simplified(traditional.text) != traditional.text


def test_an_out_of_office_in_traditional_gives_its_day_back() -> None:
    raw = _mail("周志明 <chou@tw-semicon.com.tw>", "自動回覆：面試安排",
                "您好，本人休假中，將於12月21日（星期一）返回辦公室，期間無法即時回覆郵件。"
                "如有急事，請聯絡同事林小姐 lin@tw-semicon.com.tw。",
                Auto_Submitted="auto-replied")  # fmt: skip
    result = classify_mail(parse_mail(raw))
    assert result.label == "out-of-office" and result.return_date == date(2026, 12, 21)


def test_a_traditional_subject_from_an_unknown_sender_is_worth_a_parse() -> None:
    raw = _mail("陌生人 <someone@unknown-firm.com.tw>", "面試邀請：軟體工程師", "請見附件。")
    headers = BytesHeaderParser(policy=default).parsebytes(raw)
    assert is_candidate_relevant(headers, known_domains=(), known_addresses=())


def test_simplified_and_english_text_pass_through_unchanged() -> None:
    for text in ("感谢您的申请，我们会尽快回复。", "Thank you for applying — we'll be in touch.",
                 "于12月18日返回", ""):  # fmt: skip
        assert simplified(text) == text
    assert simplified("很遺憾，您未能通過面試") == "很遗憾，您未能通过面试"
