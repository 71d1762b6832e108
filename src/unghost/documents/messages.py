"""The words of the contact check: a plain message and a fix for every kind of finding,
in English and in Simplified Chinese."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from unghost.documents.findings import (
    BOTH,
    COVER_LETTER,
    RECORD,
    RESUME,
    Code,
    Finding,
    Severity,
)

_SUBJECTS = {
    RESUME: "Your resume",
    COVER_LETTER: "Your cover letter",
    BOTH: "Your resume and cover letter",
    RECORD: "The application's record",
}
_PLACES = {
    RESUME: "your resume",
    COVER_LETTER: "your cover letter",
    BOTH: "both documents",
    RECORD: "the application's record",
}
_MISSING_FIX = {
    RESUME: "Put your email address and phone number at the top of your resume.",
    COVER_LETTER: (
        "Write your email address and phone number on the cover letter too, even though they "
        "are on your resume: the person who decides may only have the letter in hand."
    ),
    RECORD: "Add the {what} you applied with to the application.",
}
_FIX_PDF = (
    "Export it again from your word processor as PDF or DOCX, check that it opens, "
    "and check it again."
)


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before its words: merged across documents first, then rendered."""

    code: Code
    document: str
    value: str | None = None
    suggestion: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    severity: Severity = Severity.PROBLEM

    def moved_to(self, document: str) -> Draft:
        return replace(self, document=document)


LANGUAGES = ("en", "zh")


def words(draft: Draft, language: str = "en") -> tuple[str, str]:
    """The message and the fix of a draft in `language` (`en` or `zh`; anything else: `en`)."""
    if language == "zh":
        subject, place = _SUBJECTS_ZH[draft.document], _PLACES_ZH[draft.document]
        return _WORDS_ZH[draft.code](draft, subject, place)
    return _WORDS[draft.code](draft, _SUBJECTS[draft.document], _PLACES[draft.document])


def render(draft: Draft) -> Finding:
    """The finding with its message and fix (English), and their other renderings."""
    message, fix = words(draft)
    return Finding(
        code=draft.code,
        document=draft.document,
        value=draft.value,
        suggestion=draft.suggestion,
        message=message,
        fix=fix,
        severity=draft.severity,
        translations={lang: words(draft, lang) for lang in LANGUAGES if lang != "en"},
    )


def _typo(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"{subject} gives {d.value}: {d.facts['domain']} looks like a typo of "
        f"{d.facts['fixed_domain']}, so mail to you would be lost.",
        f"Change it to {d.suggestion} in {place} if that is your address.",
    )


_WHY_EMAIL = {
    "two-at": "it has two @ signs; an address has exactly one.",
    "space-inside": "there is a space inside it; an address has none.",
    "no-tld": "the part after the @ has no top-level domain (such as .com), so no mail can reach it.",
    "wrong-dot": "it has {detail} where a dot belongs.",
    "illegal-char": "{detail} cannot appear in an email address.",
    "nothing-after-at": "nothing follows the @.",
    "missing-at": "the @ between the name and the domain is missing.",
}
_WHY_EMAIL_ZH = {
    "two-at": "其中有两个 @，邮箱地址只能有一个。",
    "space-inside": "地址中间有空格，邮箱地址不能有空格。",
    "no-tld": "@ 后面缺少顶级域名（如 .com），邮件无法送达。",
    "wrong-dot": "本该是点号的地方写成了“{detail}”。",
    "illegal-char": "邮箱地址里不能有“{detail}”。",
    "nothing-after-at": "@ 后面什么也没有。",
    "missing-at": "用户名和域名之间缺少 @。",
}


def _fix_invalid(d: Draft, place: str) -> str:
    if d.suggestion:
        return f"Change it to {d.suggestion} in {place} if that is your address."
    return f"Correct the address in {place}: copy it from your mail program's account settings."


def _invalid(d: Draft, subject: str, place: str) -> tuple[str, str]:
    why = d.facts.get("why")
    if why in _WHY_EMAIL:
        reason = _WHY_EMAIL[str(why)].format(detail=f"“{d.facts.get('detail')}”")
    else:
        reason = str(d.facts["reason"])
    return (
        f"{subject} gives {d.value}, which is not a valid email address: {reason}",
        _fix_invalid(d, place),
    )


def _undeliverable(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"Mail to {d.value} cannot be delivered: the domain {d.facts['domain']} does not exist "
        "or has no mail server.",
        f"Check the address in {place} for a typo, or give one you read every day.",
    )


def _unchecked(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"Could not check whether {d.facts['domain']} accepts mail: {d.facts['reason']}.",
        "Nothing to change; run the check again with a working connection to be sure.",
    )


def _phone(d: Draft, subject: str, place: str) -> tuple[str, str]:
    if d.facts.get("needs_region"):
        return (
            f"{subject} gives {d.value} without a country code, and no region was given "
            "to read it with.",
            f"Write it with its country code in {place} (+44 20 7946 0958, +86 138 0013 8000), "
            "or give the region (--region).",
        )
    return f"{subject} gives {d.value}, which is not a valid phone number: {_why_phone(d)}", (
        f"Change it to {d.suggestion} in {place} if that is your number."
        if d.suggestion
        else f"Check the digits in {place}; if the number is from another country, write it "
        "with its country code (+CC ...)."
    )


def _why_phone(d: Draft) -> str:
    from unghost.documents.phonereasons import phone_reason_words

    return phone_reason_words(d.facts, "en")


def _missing(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = "email address" if d.value == "email" else "phone number"
    return f"{subject} has no {what}.", _MISSING_FIX[d.document].format(what=what)


def _mismatch(d: Draft, subject: str, place: str) -> tuple[str, str]:
    if d.facts["kind"] == "link":
        return (
            f"{subject} shows {d.facts['visible']}, but the link behind it opens "
            f"{d.facts['target']}: whoever clicks it writes to the wrong "
            f"{'address' if d.facts['what'] == 'email' else 'number'}.",
            f"Make the link in {place} point to {d.facts['visible']}.",
        )
    what = "address" if d.facts["kind"] == "email" else "number"
    if d.document == BOTH:
        return (
            f"Your resume gives {d.facts['resume']} but your cover letter gives "
            f"{d.facts['cover_letter']}: HR may use either, and one of them may not reach you.",
            f"Use the same {what} in both documents.",
        )
    return (
        f"{subject} gives {d.value}, but the application was made with {d.suggestion}: "
        "replies may go where you don't look.",
        f"Use {d.suggestion} in {place}, or correct the application's record.",
    )


def _no_text(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = d.facts.get("image_kind")
    kind = f"is {what}" if what else "is a scan or an image-only PDF"
    return (
        f"{d.value} {kind}, with no text layer: applicant tracking systems (and this check) "
        "cannot read the contact details on it.",
        "Export it from your word processor as PDF or DOCX instead of scanning or "
        "photographing it, or run text recognition (OCR) on it.",
    )


def _unreadable(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return d.facts["message"], d.facts.get("hint") or _FIX_PDF


_WORDS = {
    Code.EMAIL_TYPO: _typo,
    Code.EMAIL_INVALID: _invalid,
    Code.EMAIL_UNDELIVERABLE: _undeliverable,
    Code.EMAIL_UNCHECKED: _unchecked,
    Code.PHONE_INVALID: _phone,
    Code.CONTACT_MISSING: _missing,
    Code.CONTACT_MISMATCH: _mismatch,
    Code.NO_TEXT_LAYER: _no_text,
    Code.UNREADABLE: _unreadable,
}


# Simplified Chinese. Free text from other libraries (the reason email-validator gives, why a
# file could not be read) stays as it came, in English.
_SUBJECTS_ZH = {
    RESUME: "你的简历",
    COVER_LETTER: "你的求职信",
    BOTH: "你的简历和求职信",
    RECORD: "这份申请的记录",
}
_PLACES_ZH = {
    RESUME: "简历",
    COVER_LETTER: "求职信",
    BOTH: "两份文件",
    RECORD: "申请记录",
}
_MISSING_FIX_ZH = {
    RESUME: "在简历顶部写上你的邮箱地址和电话号码。",
    COVER_LETTER: "求职信上也写上你的邮箱地址和电话号码，即使简历上已有：做决定的人手里可能只有这封信。",
    RECORD: "在申请记录中补上你投递时用的{what}。",
}
_FIX_PDF_ZH = "用文字处理软件重新导出为 PDF 或 DOCX，确认能打开后再检查一次。"
_HINTS_ZH = {
    "Save it as .docx without a password, or export it as PDF.": (
        "去掉密码另存为 .docx，或导出为 PDF。"
    ),
    "Export it again without embedded pictures or fonts.": "不嵌入图片和字体，重新导出一次。",
    "Save a copy without a password (Print > Save as PDF) and check that one.": (
        "另存一份不带密码的副本（打印 > 另存为 PDF），再检查那一份。"
    ),
    "Download or export it again: the file is incomplete or damaged.": (
        "重新下载或导出：这个文件不完整或已损坏。"
    ),
}
_DNS_REASONS_ZH = {
    "timeout": "DNS 没有及时应答",
    "unknown": "连不上任何 DNS 服务器（是否处于离线状态？）",
}


def _typo_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"{subject}写的是 {d.value}：{d.facts['domain']} 看起来是 {d.facts['fixed_domain']} "
        "的拼写错误，发给你的邮件会丢失。",
        f"如果这是你的地址，请在{place}中改为 {d.suggestion}。",
    )


def _invalid_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    tld = d.facts.get("tld")
    code = d.facts.get("why")
    if code in _WHY_EMAIL_ZH:
        why = _WHY_EMAIL_ZH[str(code)].format(detail=d.facts.get("detail"))
    else:
        why = f"不存在顶级域名 .{tld}，邮件无法送达" if tld else str(d.facts["reason"])
    fix = (
        f"如果这是你的地址，请在{place}中改为 {d.suggestion}。"
        if d.suggestion
        else f"请更正{place}中的地址：从邮件程序的账户设置里复制。"
    )
    return f"{subject}写的 {d.value} 不是有效的邮箱地址：{why}", fix


def _undeliverable_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    return (
        f"发往 {d.value} 的邮件无法送达：域名 {d.facts['domain']} 不存在或没有邮件服务器。",
        f"检查{place}中的地址是否有拼写错误，或换成一个你每天查看的邮箱。",
    )


def _unchecked_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    reason = _DNS_REASONS_ZH.get(str(d.facts.get("status")), str(d.facts["reason"]))
    return (
        f"无法确认 {d.facts['domain']} 能否接收邮件：{reason}。",
        "无需修改；如需确认，请在网络正常时再检查一次。",
    )


def _phone_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    if d.facts.get("needs_region"):
        return (
            f"{subject}写的 {d.value} 没有国家代码，也没有指定用来解读它的地区。",
            f"在{place}中连同国家代码一起写（+44 20 7946 0958、+86 138 0013 8000），"
            "或指定地区（--region）。",
        )
    fix = (
        f"如果这是你的号码，请在{place}中改为 {d.suggestion}。"
        if d.suggestion
        else f"检查{place}中的号码；如果是其他国家的号码，请连同国家代码一起写（+CC ...）。"
    )
    return f"{subject}写的 {d.value} 不是有效的电话号码：{_why_phone_zh(d)}", fix


def _why_phone_zh(d: Draft) -> str:
    from unghost.documents.phonereasons import phone_reason_words

    return phone_reason_words(d.facts, "zh")


def _missing_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = "邮箱地址" if d.value == "email" else "电话号码"
    return f"{subject}中没有{what}。", _MISSING_FIX_ZH[d.document].format(what=what)


def _mismatch_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    if d.facts["kind"] == "link":
        thing = "邮箱地址" if d.facts["what"] == "email" else "电话号码"
        return (
            f"{subject}显示的是 {d.facts['visible']}，但背后的链接打开的是 {d.facts['target']}："
            f"点击链接的人会用错{thing}。",
            f"把{place}中的链接改为指向 {d.facts['visible']}。",
        )
    what = "邮箱地址" if d.facts["kind"] == "email" else "电话号码"
    if d.document == BOTH:
        return (
            f"你的简历写的是 {d.facts['resume']}，求职信写的却是 {d.facts['cover_letter']}："
            "HR 可能用其中任何一个，而其中一个可能联系不到你。",
            f"两份文件使用同一个{what}。",
        )
    return (
        f"{subject}写的是 {d.value}，但投递时用的是 {d.suggestion}：回复可能发到你不看的地方。",
        f"在{place}中使用 {d.suggestion}，或更正申请记录。",
    )


def _no_text_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    what = d.facts.get("image_kind")
    if what:
        name = str(what).removeprefix("an ").removeprefix("a ").removesuffix(" image")
        kind = f"是 {name} 图片"
    else:
        kind = "是扫描件或纯图片 PDF"
    return (
        f"{d.value} {kind}，没有文字层：招聘系统（以及本检查）读不到上面的联系方式。",
        "请用文字处理软件导出为 PDF 或 DOCX，不要扫描或拍照；或者对它做文字识别（OCR）。",
    )


def _unreadable_zh(d: Draft, subject: str, place: str) -> tuple[str, str]:
    reason = d.facts.get("reason")
    message = f"无法读取 {d.value}：{reason}。" if reason else f"无法读取 {d.value}。"
    hint = d.facts.get("hint")
    return message, _HINTS_ZH.get(str(hint), _FIX_PDF_ZH) if hint else _FIX_PDF_ZH


_WORDS_ZH = {
    Code.EMAIL_TYPO: _typo_zh,
    Code.EMAIL_INVALID: _invalid_zh,
    Code.EMAIL_UNDELIVERABLE: _undeliverable_zh,
    Code.EMAIL_UNCHECKED: _unchecked_zh,
    Code.PHONE_INVALID: _phone_zh,
    Code.CONTACT_MISSING: _missing_zh,
    Code.CONTACT_MISMATCH: _mismatch_zh,
    Code.NO_TEXT_LAYER: _no_text_zh,
    Code.UNREADABLE: _unreadable_zh,
}
