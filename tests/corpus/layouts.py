"""Resume and cover-letter layouts in English and Simplified Chinese, written in any format."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .office import write_docx, write_odt, write_rtf
from .pdfs import write_pdf


@dataclass(frozen=True, slots=True)
class Person:
    """A candidate's contact details exactly as the document spells them."""

    name: str
    email: str | None
    phone: str | None
    links: tuple[str, ...] = ()
    language: str = "en"  # "en" or "zh"


_BODY = {
    "en": [
        "EXPERIENCE",
        "Data Analyst, Acme Corp, 2019-2021",
        "Grew weekly active users by 35% in 2020; cut report time from 9 to 1.5 hours.",
        "EDUCATION",
        "BSc Statistics, 2015 - 2019, GPA 3.8/4.0",
    ],
    "zh": [
        "工作经历",
        "2019年7月 - 2021年6月 数据分析师 某某科技有限公司",
        "负责 3 个项目，报表时间从 9 小时缩短到 1.5 小时，效率提升 35%。",
        "教育背景",
        "2015 - 2019 统计学学士 GPA 3.8/4.0",
    ],
}
_LETTER = {
    "en": [
        "Dear Hiring Manager,",
        "I am writing to apply for the Data Analyst position advertised on 3 March 2026.",
        "In 2020 I led 4 projects and I would welcome the chance to talk.",
        "Sincerely,",
    ],
    "zh": [
        "尊敬的招聘负责人：",
        "您好！我希望应聘贵公司于2026年3月3日发布的数据分析师职位。",
        "2020年我负责了 4 个项目，期待与您进一步沟通。",
        "此致 敬礼",
    ],
}
_LABELS = {"en": ("Email: ", "Phone: "), "zh": ("邮箱：", "手机：")}


def contact_lines(person: Person) -> list[str]:
    """The contact block: labelled email and phone lines, then the links."""
    email_label, phone_label = _LABELS[person.language]
    lines = []
    if person.email:
        lines.append(email_label + person.email)
    if person.phone:
        lines.append(phone_label + person.phone)
    lines.extend(person.links)
    return lines


def resume_lines(person: Person, *, contacts: bool = True) -> list[str]:
    return [person.name, *(contact_lines(person) if contacts else []), *_BODY[person.language]]


def cover_letter_lines(person: Person, *, contacts: bool = True) -> list[str]:
    head = [person.name, *(contact_lines(person) if contacts else [])]
    return [*head, *_LETTER[person.language], person.name]


def write_document(
    path: Path,
    lines: Sequence[str],
    *,
    links: Sequence[tuple[str, str]] = (),
) -> Path:
    """`lines` as a document of the format its suffix names (.pdf .docx .odt .rtf .txt .md)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return write_pdf(path, [list(lines)], links=links)
    if suffix == ".docx":
        return write_docx(path, lines, links=links)
    if suffix == ".odt":
        return write_odt(path, lines[0], lines[1:])
    if suffix == ".rtf":
        return write_rtf(path, lines)
    if suffix in (".txt", ".md"):
        text = "\n".join(lines) + "\n"
        if links:
            text += "\n".join(f"[{label}]({uri})" for label, uri in links) + "\n"
        path.write_text(text, encoding="utf-8")
        return path
    raise ValueError(f"no writer for {suffix}")
