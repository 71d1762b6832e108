"""Writes heldout.json: a second corpus, built apart from the first (other names, regions,
providers, typos, labels and body text), frozen before it was ever run against the check.

Its figure is reported as it came out the first time; the check is not tuned on it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import phonenumbers

SEED = 4711
OUT = Path(__file__).with_name("heldout.json")
PHONES = {
    "CA": ["+1 (514) 555-0172", "613.555.0148"], "AU": ["+61 412 345 678", "(02) 9374 4000"],
    "IN": ["+91 99001 23456", "080 2345 6789"], "ES": ["+34 612 34 56 78", "912 345 678"],
    "SG": ["+65 9123 4567", "6123 4567"], "IT": ["+39 347 123 4567", "06 6982 1234"],
    "CN": ["+86 135 0011 2233", "021-6888 8888", "159 0000 1111"],
}  # fmt: skip
BROKEN = [
    ("CA", "(514) 555-017"), ("AU", "0412 345 6789"), ("IN", "+91 99001 2345"),
    ("ES", "612 34 56 7"), ("SG", "9123 456"), ("CN", "139 1099 87654"), ("CN", "1350 011 223"),
    ("CN", "118 0011 2233"),
]  # fmt: skip
PEOPLE = {"CA": ("Maya Singh", "maya.singh"), "AU": ("Liam O'Brien", "liam.obrien"),
          "IN": ("Arjun Mehta", "arjun.mehta91"), "ES": ("Lucía Gómez", "lucia.gomez"),
          "SG": ("Wei Ling Tan", "weiling.tan"), "IT": ("Giulia Rossi", "giulia.rossi"),
          "CN": ("赵敏", "zhaomin")}  # fmt: skip
PROVIDERS = {"CA": ["gmail.com", "outlook.com", "yahoo.ca"], "AU": ["gmail.com", "bigpond.com"],
             "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"], "ES": ["gmail.com", "hotmail.es"],
             "SG": ["gmail.com", "yahoo.com"], "IT": ["libero.it", "gmail.com", "virgilio.it"],
             "CN": ["163.com", "qq.com", "sina.cn", "aliyun.com", "139.com"]}  # fmt: skip
OWN = ["mail.ustc.edu.cn", "nus.edu.sg", "uni-koeln.de", "acme-robotics.com", "unsw.edu.au",
       "iitb.ac.in", "studio-rossi.it"]  # fmt: skip
TYPOS = [("gmaik.com", "gmail.com"), ("hotmaik.es", "hotmail.es"), ("yahpo.ca", "yahoo.ca"),
         ("outllok.com", "outlook.com"), ("libero.iy", "libero.it"), ("liebro.it", "libero.it"),
         ("rediffmial.com", "rediffmail.com"), ("bigpnd.com", "bigpond.com"), ("qq.cpm", "qq.com"),
         ("163.con", "163.com"), ("aliyun.cm", "aliyun.com"), ("gmail.cm", "gmail.com"),
         ("gmaill.com", "gmail.com"), ("yaho.co.in", "yahoo.co.in")]  # fmt: skip
LABELS = {"en": [("Personal email: ", "Mobile no.: "), ("E: ", "M: "), ("Email address: ", "Telephone: ")],
          "zh": [("电子邮箱：", "移动电话："), ("邮件：", "联系电话：")]}  # fmt: skip
BODY = {"en": ["SUMMARY", "Product analyst, 5 years; A/B tests for 2M users; SQL, dbt, Looker.",
               "EXPERIENCE", "Analyst II, Globex (Toronto), 01/2020 – present",
               "Built a churn model (AUC 0.81) and cut support tickets by 22% in Q3 2022.",
               "EDUCATION", "BCom, 2014 – 2018, Dean's list 2016, 2017"],
        "zh": ["个人概况", "五年产品数据分析经验，负责 200 万用户的 A/B 实验。", "工作经历",
               "2020.01 至今 上海某某网络科技有限公司 数据分析师", "2022 年第三季度客服工单减少 22%。",
               "教育经历", "2014.09-2018.06 复旦大学 统计学"]}  # fmt: skip
FORMATS = {"pdf": ["plain", "two-column", "icons", "split-address"], "docx": ["table", "header", "textbox", "footer"],
           "odt": ["body", "page-header"], "txt": ["plain", "inline", "icons"], "md": ["plain", "inline"]}  # fmt: skip


def main() -> None:
    rng = random.Random(SEED)
    cases: list[dict[str, object]] = []

    def doc(
        kind: str, region: str, email: str | None, phone: str | None, **extra: object
    ) -> dict[str, object]:
        lang = "zh" if region == "CN" else "en"
        fmt = str(extra.pop("fmt", rng.choice(list(FORMATS))))
        layout = extra.pop(
            "layout",
            rng.choice(
                FORMATS[fmt]
                if lang == "en"
                else ["plain", "body", "table"][:1]
                if fmt != "docx"
                else ["table"]
            ),
        )
        if lang == "zh" and fmt == "odt":
            layout = "body"
        return {"kind": kind, "format": fmt, "layout": layout, "language": lang,
                "name": PEOPLE[region][0], "email": email, "phone": phone, "link": None,
                "labels": list(rng.choice(LABELS[lang])), "body": BODY[lang], **extra}  # fmt: skip

    def add(
        name: str,
        region: str | None,
        docs: list[dict[str, object]],
        expected: list[tuple[str, str]],
        planted: str,
    ) -> None:
        cases.append({"id": f"h{len(cases):03d}-{name}", "planted": planted, "region": region,
                      "documents": docs, "record": None, "expected": sorted(list(p) for p in expected)})  # fmt: skip

    for region, numbers in PHONES.items():
        for phone in numbers:
            assert phonenumbers.is_valid_number(phonenumbers.parse(phone, region)), phone
            email = f"{PEOPLE[region][1]}@{rng.choice(PROVIDERS[region])}"
            docs = [doc("resume", region, email, phone), doc("cover_letter", region, email, phone)]
            add(f"clean-{region}", region, docs, [], "none")
    for domain in OWN:
        region = rng.choice(list(PHONES))
        email = f"{PEOPLE[region][1]}@{domain}"
        add(
            f"clean-own-{domain}",
            region,
            [doc("resume", region, email, PHONES[region][0])],
            [],
            "none",
        )
    for typed, meant in TYPOS:
        region = next(r for r, ds in PROVIDERS.items() if meant in ds)
        local = PEOPLE[region][1]
        docs = [doc("resume", region, f"{local}@{typed}", PHONES[region][0]),
                doc("cover_letter", region, f"{local}@{meant}", PHONES[region][0])]  # fmt: skip
        add(f"typo-{typed}", region, docs, [("email-typo", "resume"), ("contact-mismatch", "both")],
            f"typo {typed} for {meant}")  # fmt: skip
    for region, written in BROKEN:
        assert not phonenumbers.is_valid_number(phonenumbers.parse(written, region)), written
        email = f"{PEOPLE[region][1]}@{PROVIDERS[region][0]}"
        add(f"phone-{region}", region, [doc("resume", region, email, written)],
            [("phone-invalid", "resume")], f"broken number {written}")  # fmt: skip
    invalid = [("CA", "maya.singh@gmail"), ("AU", "liam.obrien@@bigpond.com"), ("IN", "arjun.mehta91@gmail,com"),
               ("ES", "lucia gomez@hotmail.es"), ("CN", "zhaomin@163。com"), ("CN", "zhaomin@qq"),
               ("SG", "weiling.tan@ gmail.com"), ("IT", "giulia;rossi@libero.it")]  # fmt: skip
    for region, address in invalid:
        add(f"invalid-{region}", region, [doc("resume", region, address, PHONES[region][0])],
            [("email-invalid", "resume")], f"invalid address {address}")  # fmt: skip
    for region in ("IN", "CN"):
        email = f"{PEOPLE[region][1]}@{PROVIDERS[region][0]}"
        docs = [
            doc("resume", region, email, PHONES[region][0]),
            doc("cover_letter", region, email, PHONES[region][1]),
        ]
        add(
            f"mismatch-phone-{region}",
            region,
            docs,
            [("contact-mismatch", "both")],
            "other numbers",
        )
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
