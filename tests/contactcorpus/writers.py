"""Writes one corpus document (PDF, DOCX, ODT, TXT, MD) in the layout its case names."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from tests.corpus import write_docx, write_odt, write_scanned_pdf, write_truncated_pdf
from tests.corpus.pdfs import CJK_FONT

_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
_LABELS = {
    "en": [("Email: ", "Phone: "), ("E-mail: ", "Mobile: "), ("Email ", "Tel "), ("Mail: ", "Cell: ")],
    "zh": [("邮箱：", "手机："), ("电子邮件：", "电话："), ("邮箱: ", "手机号码: "), ("E-mail：", "联系电话：")],
}  # fmt: skip
_ICONS = ("\u2709 ", "\u260e ")  # envelope, telephone
_BODY = {
    "resume": {
        "en": ["PROFILE", "Analyst with six years in finance and logistics; fluent in SQL, Python and Excel.",
               "WORK HISTORY", "Senior Analyst, Northwind Traders, 03/2019 - 06/2024",
               "Saved $1.2M a year by rebuilding the freight cost model (+18% accuracy).",
               "Analyst, Contoso Ltd, 2016 - 2019, 120 Main St, San Francisco, CA 94105",
               "EDUCATION", "MSc Operations Research, 2014-2016; GPA 3.9/4.0"],
        "zh": ["个人简介", "六年财务与物流数据分析经验，熟练使用 SQL、Python 和 Excel。",
               "工作经历", "2019.03-2024.06 高级数据分析师 北京某某物流有限公司",
               "重建运费成本模型，每年节省 120 万元，准确率提升 18%。",
               "地址：北京市海淀区中关村大街 27 号，邮编 100080",
               "教育背景", "2012.09-2016.06 清华大学 工业工程 学士 GPA 3.7/4.0"],
    },
    "cover_letter": {
        "en": ["Dear Ms. Rivera,", "I am applying for the Operations Analyst role (ref. 2024-117) posted on 14 May.",
               "Over 6 years I have cut reporting time by 40% for teams of 25 people.",
               "I would be glad to discuss how I can help; I am available from 1 July.", "Kind regards,"],
        "zh": ["尊敬的王经理：", "您好！我想应聘贵公司 5 月 14 日发布的运营分析师职位（编号 2024-117）。",
               "六年来，我为 25 人的团队把报表时间缩短了 40%。", "期待有机会与您面谈，7 月 1 日起可以入职。",
               "此致", "敬礼"],
    },
}  # fmt: skip
_FULLWIDTH = {ord(ch): ord(ch) + 0xFEE0 for ch in "0123456789@.+-()abcdefghijklmnopqrstuvwxyz_"}


def _pick(case_id: str, options: list[Any]) -> Any:
    digest = hashlib.sha256(case_id.encode()).digest()
    return options[digest[0] % len(options)]


def contact_lines(doc: dict[str, Any], key: str) -> list[str]:
    email_label, phone_label = doc.get("labels") or _pick(key, _LABELS[doc["language"]])
    email, phone = doc["email"], doc["phone"]
    if doc["layout"] == "fullwidth":
        email = email and email.translate(_FULLWIDTH)
        phone = phone and phone.translate(_FULLWIDTH)
    if doc["layout"] == "icons":
        email_label, phone_label = _ICONS
    lines = []
    if doc["layout"] == "inline" and email and phone:
        return [f"{email}  |  {phone}  |  linkedin.com/in/{doc['name'].split()[0].lower()}"]
    if email:
        if doc["layout"] == "split-address":
            local, _, domain = email.partition("@")
            lines += [f"{email_label}{local}@", domain]
        else:
            lines.append(email_label + email)
    if phone:
        lines.append(phone_label + phone)
    if doc["layout"] == "letter-spaced":
        lines = [" ".join(line.replace(" ", "")) for line in lines]
    return lines


def write(directory: Path, case_id: str, doc: dict[str, Any]) -> Path:
    fmt, layout, kind = doc["format"], doc["layout"], doc["kind"]
    path = directory / f"{kind}.{fmt}"
    contacts = contact_lines(doc, case_id + kind)
    body = list(doc.get("body") or _BODY[kind][doc["language"]])
    link = tuple(doc["link"]) if doc.get("link") else None
    if fmt == "pdf":
        return _write_pdf(path, doc, contacts, body, link)
    if fmt == "docx":
        lines = [doc["name"], *body]
        links = [link] if link else []
        if layout == "header":
            return write_docx(path, lines, header=[doc["name"], " | ".join(contacts)], links=links)
        if layout == "footer":
            return write_docx(path, lines, footer=contacts, links=links)
        if layout == "textbox":
            return write_docx(path, lines, textbox=contacts, links=links)
        if layout == "table":
            rows = [
                line.replace("：", "：\t").replace(": ", ":\t").split("\t", 1) for line in contacts
            ]
            return write_docx(path, lines, table=[row + [""] * (2 - len(row)) for row in rows],
                              links=links)  # fmt: skip
        return write_docx(path, [doc["name"], *contacts, *body], links=links)
    if fmt == "odt":
        if layout == "page-header":
            return write_odt(path, doc["name"], body, page_header="  ·  ".join(contacts))
        return write_odt(path, doc["name"], [*contacts, *body])
    if fmt == "md":
        head = [f"# {doc['name']}", ""] + [f"{line}  " for line in contacts]
        if link:
            head.append(f"[{link[0]}]({link[1]})")
        text = "\n".join([*head, "", *(f"- {line}" for line in body)]) + "\n"
        path.write_text(text, encoding="utf-8")
        return path
    text = "\n".join([doc["name"], *contacts, "", *body]) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def _write_pdf(path: Path, doc: dict[str, Any], contacts: list[str], body: list[str],
               link: tuple[str, str] | None) -> Path:  # fmt: skip
    layout = doc["layout"]
    if layout == "scanned":
        return write_scanned_pdf(path, [doc["name"], *contacts, *body])
    if layout == "truncated":
        whole = _write_pdf(
            path.with_name("whole.pdf"), doc | {"layout": "plain"}, contacts, body, link
        )
        return write_truncated_pdf(path, whole, keep_fraction=0.3)
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", _TTF))
    zh = doc["language"] == "zh"
    font = CJK_FONT if zh else ("DejaVu" if layout in ("icons", "ligature") else "Helvetica")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(font, 10)
    y = 800
    c.drawString(72, y, doc["name"])
    y -= 18
    if layout == "two-column":  # contacts on the left, the body beside them on the right
        for number in range(max(len(contacts), len(body))):
            if number < len(contacts):
                c.drawString(40, y, contacts[number])
            if number < len(body):
                c.drawString(250, y, body[number][:60])
            y -= 14
    else:
        for line in contacts:
            if layout == "ligature" and "@" in line:  # the address in two runs, as LaTeX sets it
                head, _, tail = line.partition("@")
                c.drawString(72, y, head + "@")
                c.drawString(72 + c.stringWidth(head + "@", font, 10) + 0.4, y, tail)
            else:
                c.drawString(72, y, line)
            y -= 14
        for line in body:
            if layout == "ligature":
                line = line.replace("ffi", "\ufb03").replace("fi", "\ufb01").replace("fl", "\ufb02")
            c.drawString(72, y, line)
            y -= 14
    if link:
        c.drawString(72, y, link[0])
        c.linkURL(link[1], (72, y - 3, 72 + c.stringWidth(link[0], font, 10), y + 10), relative=0)
    c.showPage()
    c.save()
    return path
