"""Every sentence the diagnosis shows, in one table per language (English and Chinese)."""

from __future__ import annotations

from datetime import date
from string import Formatter
from typing import Any, NamedTuple

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

EN: dict[str, str] = {
    # evidence: the silence itself
    "silence": "It has been {bd} since {event} on {day} without an answer.",
    "event.interview": "your {stage}interview",
    "event.applied": "you applied",
    "event.received": "their last message",
    "event.decision": "the decision date they gave ({day})",
    "event.invite": "their invitation",
    # no-follow-up
    "thank_you_missing": "You have not sent a thank-you note for your {stage}interview on {day}.",
    "follow_up_overdue": "You have not followed up {bd} after {event}.",
    "on_track": "Your thank-you went out on {day} and the first follow-up is not due until {due}.",
    "followed_up": "You followed up on {dates}.",
    # contact-info
    "bounce": "Your mail bounced on {day}: it did not reach the employer.",
    "acknowledged": "They acknowledged your application on {day}, so it reached them.",
    # no-hurry
    "new_position": "This is a new position: there is no vacancy they must fill in a hurry.",
    "fresh_posting": "The posting went up on {day}, {days} before {event}.",
    "candidates_remaining": "They still had {n} other candidates to see after you.",
    "candidate_remaining": "They still had another candidate to see after you.",
    "decision_date_ahead": "They said they would decide by {day}; that date has not come yet.",
    "still_deciding": "They wrote on {day} that they are still deciding.",
    "posting_open": "The posting was still open on {day}.",
    # holiday
    "closure.past": "{names} ({span}) fell inside the {bd} after {event}.",
    "closure.ahead": "{names} ({span}) falls inside the expected wait.",
    "slow.past": "{name} ({span}), a slow period for employers, fell inside your wait.",
    "slow.ahead": "{name} ({span}), a slow period for employers, falls inside the expected wait.",
    "ooo": "{who} is out of the office until {day} (auto-reply of {received}).",
    "holiday_mail": "They mentioned a holiday or vacation on {day}.",
    "provisional": "The {year} public holidays of {country} are not officially published yet; "
    "the dates used are provisional.",
    # budget
    "fiscal_year_boundary": "Your wait falls around the start of {company}'s fiscal year on "
    "{day}, when budgets for new hires are set.",
    "funding_pending": "{company}'s funding is pending.",
    "budget_mail": "They mentioned the budget on {day}.",
    "hiring_freeze": "{company} has a hiring freeze.",
    # busy
    "busy_season": "{name} ({span}), a busy season, overlaps your wait.",
    "busy_mail": "They wrote on {day} that they are busy.",
    # offer-elsewhere and position-gone
    "decision_date_passed": "They said they would decide by {day}; {bd} have passed since "
    "with no answer.",
    "posting_closed": "The posting was taken down on {day} and no rejection arrived.",
    "posting_reposted": "The posting was put up again on {day}.",
    "reorganisation_mail": "They mentioned a reorganisation on {day}.",
    "requisition_cancelled": "They wrote on {day} that the requisition was cancelled or frozen.",
    "position_closed_message": "They wrote on {day} that the position is closed.",
    # silent-rejection
    "follow_up_unanswered": "Your follow-up of {day} has gone {bd} without an answer.",
    # advice, one per reason
    "advice.no-follow-up": "Send a short, polite follow-up: it keeps you in mind and often "
    "brings out the real answer.",
    "advice.contact-info": "Check the email address and phone number on your resume and "
    "application, and send the corrected details to your contact.",
    "advice.no-hurry": "Give them time and keep other applications moving; they are still "
    "interviewing or have no deadline.",
    "advice.holiday": "Wait until they are back, then follow up a business day or two later.",
    "advice.budget": "Ask politely whether the budget for the role is confirmed and when they "
    "expect to decide.",
    "advice.busy": "Follow up briefly; busy recruiters answer short messages first.",
    "advice.offer-elsewhere": "Stay friendly and available: if their first choice declines, "
    "you may be next. Keep other options moving.",
    "advice.position-gone": "Ask whether the position is still open, and put your energy into "
    "other applications.",
    "advice.silent-rejection": "Plan to move on: keep applying elsewhere and treat any answer "
    "as a bonus.",
    # next action
    "why.not_applied": "You have not applied yet.",
    "why.no_date": "There is no application or interview date to count the silence from.",
    "why.rejected": "They answered: the application was rejected{on}.",
    "why.withdrawn": "You withdrew from this application.",
    "why.accepted": "You accepted their offer.",
    "why.offer": "You have an offer{on}; the next move is yours.",
    "why.ghosted": "You marked this application as ghosted.",
    "why.rejection_message": "They sent a rejection on {day}; mark the application as "
    "rejected and move on.",
    "why.position_closed": "They wrote on {day} that the position is closed; move on.",
    "why.fix_contact": "Fix your contact details first: {problem}",
    "why.thank_you": "Send a thank-you note for your {stage}interview on {day}; it is best "
    "within {hours} hours.",
    "why.interview": "Your {stage}interview is on {day}; nothing to chase before it.",
    "why.follow_up": "Send follow-up {n} of {total}: {basis}.",
    "why.wait": "Wait: follow-up {n} of {total} is due on {due} ({basis}).",
    "why.wait_ooo": "Wait: your contact is away until {day}; follow up on {due}.",
    "why.wait_move_on": "You have sent every follow-up; if nothing comes by {due}, move on.",
    "why.move_on": "You followed up {times} with no answer; time to move on.",
    "why.low_odds": "The chance of any answer has fallen to {percent}%; time to move on.",
    "basis.interview": "{bd} after your interview on {day}",
    "basis.applied": "{bd} after you applied on {day}",
    "basis.decision": "{bd} after the decision date they gave, {day}",
    "basis.previous": "{bd} after your last follow-up on {day}",
    "basis.schedule": "{bd} after the previous follow-up was due, {day}",
    "basis.received": "{bd} after their message of {day}",
    # calendar entries (interchange/ics.py)
    "ics.thank-you": "Send a thank-you note to {company} ({role})",
    "ics.follow-up": "Follow up with {company} ({role}), {n} of {total}",
    "ics.move-on": "Decide whether to move on from {company} ({role})",
    "ics.interview": "{stage}nterview: {company} ({role})",
    "ics.window": "{summary}. Window: {window}. Application: {ref}.",
    "ics.with": "With {names}.",
    "ics.application": "Application: {ref}.",
    "ics.tomorrow": "Tomorrow: {summary}",
    # a sentence that comes whole from elsewhere (a contact-check finding)
    "text": "{text}",
    # small pieces put inside the sentences above
    "on_day": " on {day}",
    "your_contact": "your contact",
}

ZH: dict[str, str] = {
    "silence": "自{day}{event}以来，已经{bd}没有回音。",
    "event.interview": "你参加{stage}面试",
    "event.applied": "你投递申请",
    "event.received": "对方上次来信",
    "event.decision": "对方给出的决定日期（{day}）",
    "event.invite": "对方发出邀请",
    "thank_you_missing": "你还没有为{day}的{stage}面试发送感谢信。",
    "follow_up_overdue": "{event}已过{bd}，你还没有跟进。",
    "on_track": "你的感谢信已于{day}发出，第一次跟进要到{due}。",
    "followed_up": "你已在{dates}跟进过。",
    "bounce": "你的邮件在{day}被退回，没有送达雇主。",
    "acknowledged": "对方在{day}确认收到了你的申请，说明申请已送达。",
    "new_position": "这是新设职位，对方没有必须尽快填补的空缺。",
    "fresh_posting": "职位在{day}发布，距{event}仅{days}。",
    "candidates_remaining": "在你之后，他们还要面试另外{n}位候选人。",
    "candidate_remaining": "在你之后，他们还要面试另一位候选人。",
    "decision_date_ahead": "对方说会在{day}前做出决定，这个日期还没到。",
    "still_deciding": "对方在{day}来信说仍在考虑。",
    "posting_open": "截至{day}，职位仍在招聘。",
    "closure.past": "{names}（{span}）落在{event}后的{bd}之内。",
    "closure.ahead": "{names}（{span}）落在预计的等待期内。",
    "slow.past": "{name}（{span}）是雇主的淡季，落在你的等待期内。",
    "slow.ahead": "{name}（{span}）是雇主的淡季，落在预计的等待期内。",
    "ooo": "{who}休假至{day}（{received}的自动回复）。",
    "holiday_mail": "对方在{day}提到了节假日或休假。",
    "provisional": "{country}{year}年的法定节假日尚未正式公布，所用日期为暂定。",
    "fiscal_year_boundary": "你的等待期临近{company}在{day}开始的新财年，新职位的预算通常在此时确定。",
    "funding_pending": "{company}的资金尚未到位。",
    "budget_mail": "对方在{day}提到了预算。",
    "hiring_freeze": "{company}已冻结招聘。",
    "busy_season": "{name}（{span}）是忙季，与你的等待期重叠。",
    "busy_mail": "对方在{day}来信说正忙。",
    "decision_date_passed": "对方说会在{day}前做出决定，此后已过{bd}仍无答复。",
    "posting_closed": "职位在{day}下线，但你没有收到拒信。",
    "posting_reposted": "职位在{day}重新发布。",
    "reorganisation_mail": "对方在{day}提到了组织调整。",
    "requisition_cancelled": "对方在{day}来信说招聘需求已取消或冻结。",
    "position_closed_message": "对方在{day}来信说该职位已关闭。",
    "follow_up_unanswered": "你在{day}发出的跟进已过{bd}仍无答复。",
    "advice.no-follow-up": "发一封简短、礼貌的跟进邮件：既能让对方记得你，也常常能问出真实答复。",
    "advice.contact-info": "检查简历和申请中的邮箱与电话，并把更正后的联系方式发给你的联系人。",
    "advice.no-hurry": "给对方一些时间，同时推进其他申请；他们还在面试，或者没有截止日期。",
    "advice.holiday": "等对方假期结束后，再过一两个工作日跟进。",
    "advice.budget": "礼貌地询问该职位的预算是否已确认，以及预计何时做出决定。",
    "advice.busy": "简短地跟进一下；忙碌的招聘人员会先回复简短的消息。",
    "advice.offer-elsewhere": "保持友好、随时可联系：如果首选人选拒绝，下一个可能就是你。同时推进其他机会。",
    "advice.position-gone": "问一问职位是否仍在招聘，并把精力放在其他申请上。",
    "advice.silent-rejection": "准备翻篇：继续投递其他职位，任何答复都算意外之喜。",
    "why.not_applied": "你还没有投递申请。",
    "why.no_date": "没有申请日期或面试日期，无法计算沉默了多久。",
    "why.rejected": "对方已答复：申请未通过{on}。",
    "why.withdrawn": "你已撤回这份申请。",
    "why.accepted": "你已接受对方的录用。",
    "why.offer": "你已拿到录用通知{on}，下一步由你决定。",
    "why.ghosted": "你已将这份申请标记为石沉大海。",
    "why.rejection_message": "对方在{day}发来了拒信；把申请标记为未通过，然后继续前进。",
    "why.position_closed": "对方在{day}来信说该职位已关闭；继续前进吧。",
    "why.fix_contact": "先更正你的联系方式：{problem}",
    "why.thank_you": "为{day}的{stage}面试发送感谢信，最好在{hours}小时内发出。",
    "why.interview": "你的{stage}面试在{day}，面试前无需催问。",
    "why.follow_up": "发送第{n}次跟进（共{total}次）：{basis}。",
    "why.wait": "请等待：第{n}次跟进（共{total}次）应在{due}发送（{basis}）。",
    "why.wait_ooo": "请等待：你的联系人休假至{day}；请在{due}跟进。",
    "why.wait_move_on": "所有跟进都已发出；如果到{due}仍无消息，就继续前进。",
    "why.move_on": "你已跟进{times}仍无答复，是时候继续前进了。",
    "why.low_odds": "收到任何答复的概率已降到{percent}%，是时候继续前进了。",
    "basis.interview": "距{day}面试已过{bd}",
    "basis.applied": "距{day}投递申请已过{bd}",
    "basis.decision": "距对方给出的决定日期{day}已过{bd}",
    "basis.previous": "距{day}上次跟进已过{bd}",
    "basis.schedule": "距上次跟进的预定日期{day}已过{bd}",
    "basis.received": "距对方{day}的来信已过{bd}",
    "ics.thank-you": "给{company}（{role}）发送感谢信",
    "ics.follow-up": "跟进{company}（{role}），第{n}次，共{total}次",
    "ics.move-on": "决定是否放弃{company}（{role}）",
    "ics.interview": "{stage}面试：{company}（{role}）",
    "ics.window": "{summary}。时间窗口：{window}。申请：{ref}。",
    "ics.with": "面试官：{names}。",
    "ics.application": "申请：{ref}。",
    "ics.tomorrow": "明天：{summary}",
    "text": "{text}",
    "on_day": "（{day}）",
    "your_contact": "你的联系人",
}

LANGUAGES = ("en", "zh")
_TABLES = {"en": EN, "zh": ZH}
_UNITS = {
    "en": {
        "bd": ("{n} business day", "{n} business days"),
        "days": ("{n} day", "{n} days"),
        "times": ("once", "{n} times"),
    },
    "zh": {
        "bd": ("{n}个工作日", "{n}个工作日"),
        "days": ("{n}天", "{n}天"),
        "times": ("一次", "{n}次"),
    },
}


def find_language(value: str) -> str | None:
    """`en` or `zh` from a setting or flag (`zh-CN`, `ZH`, `en_US`...); None for anything else."""
    key = value.strip().lower()[:2]
    return key if key in _TABLES else None


_COUNTED: dict[tuple[str, str], tuple[str, ...]] = {}


def say(key: str, /, language: str = "en", **values: Any) -> str:
    """The sentence `key` in `language` with its blanks filled.

    Counted blanks take a number and are spelt here: `bd=3` gives "3 business days".
    """
    template = _TABLES.get(language, EN)[key]
    counted = _COUNTED.get((language, key))
    if counted is None:
        fields = {field for _, field, _, _ in Formatter().parse(template) if field}
        units = _UNITS.get(language, _UNITS["en"])
        counted = _COUNTED[(language, key)] = tuple(f for f in fields if f in units)
    if counted:
        units = _UNITS.get(language, _UNITS["en"])
        for name in counted:
            count = values[name]
            if isinstance(count, int):
                one, many = units[name]
                values[name] = (one if count == 1 else many).format(n=count)
    return template.format(**values)


def format_day(day: date, reference_year: int, language: str = "en") -> str:
    """`10 Nov`, or `10 Nov 2025` when the year is not the reference year (`10月1日`)."""
    if language == "zh":
        text = f"{day.month}月{day.day}日"
        return text if day.year == reference_year else f"{day.year}年{text}"
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    return text if day.year == reference_year else f"{text} {day.year}"


def format_span(start: date, end: date, reference_year: int, language: str = "en") -> str:
    """`1–7 Oct`, `29 Apr–6 May`, `20 Dec 2025–3 Jan 2026`; `10月1日至7日` in Chinese."""
    if start == end:
        return format_day(start, reference_year, language)
    if language == "zh":
        return _format_span_zh(start, end, reference_year)
    if start.year != end.year:
        return f"{format_day(start, -1)}–{format_day(end, -1)}"
    year = "" if start.year == reference_year else f" {start.year}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {_MONTHS[end.month - 1]}{year}"
    return f"{start.day} {_MONTHS[start.month - 1]}–{end.day} {_MONTHS[end.month - 1]}{year}"


def _format_span_zh(start: date, end: date, reference_year: int) -> str:
    if start.year != end.year:
        return f"{format_day(start, -1, 'zh')}至{format_day(end, -1, 'zh')}"
    first = format_day(start, reference_year, "zh")
    if start.month == end.month:
        return f"{first}至{end.day}日"
    return f"{first}至{end.month}月{end.day}日"


def format_names(names: tuple[str, ...], language: str = "en") -> str:
    """`National Day and Mid-Autumn Festival`; `国庆节、端午节和中秋节` in Chinese."""
    if len(names) == 1:
        return names[0]
    if language == "zh":
        return "、".join(names[:-1]) + "和" + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class Span(NamedTuple):
    """A stretch of days, shown as `1–7 Oct`."""

    start: date
    end: date


class Words(NamedTuple):
    """A name from the data or a calendar with its Chinese form; English when there is none."""

    en: str
    zh: str = ""

    def in_language(self, language: str) -> str:
        return self.zh if language == "zh" and self.zh else self.en


class Phrase(NamedTuple):
    """A sentence not yet put into words: its key and raw values (dates, spans, counts).

    Evidence is kept as phrases and rendered only when shown, so a diagnosis that is never
    printed never pays for its wording, and a second language needs only a second table.
    """

    key: str
    values: dict[str, Any]


def phrase(key: str, /, **values: Any) -> Phrase:
    return Phrase(key, values)


def render(item: Phrase, reference_year: int, language: str = "en") -> str:
    """The phrase as a sentence: dates as `10 Nov`, spans, lists of names, nested phrases."""
    if language not in _TABLES:
        language = "en"
    return capitalise(_render(item, reference_year, language))


def _render(item: Phrase, year: int, language: str) -> str:
    shown: dict[str, Any] = {}
    for name, value in item.values.items():
        if isinstance(value, date):
            shown[name] = format_day(value, year, language)
        elif isinstance(value, Span):
            shown[name] = format_span(value.start, value.end, year, language)
        elif isinstance(value, Phrase):
            shown[name] = _render(value, year, language)
        elif isinstance(value, Words):
            shown[name] = value.in_language(language)
        elif isinstance(value, tuple):
            if value and isinstance(value[0], date):
                comma = "、" if language == "zh" else ", "
                shown[name] = comma.join(format_day(d, year, language) for d in value)
            else:
                words = tuple(w.in_language(language) if isinstance(w, Words) else w for w in value)
                shown[name] = format_names(words, language)
        else:
            shown[name] = value
    return say(item.key, language, **shown)
