"""Writes cases.json: resumes and cover letters with planted contact problems, and clean ones.

Run once (`python -m tests.contactcorpus.generate`) and commit; the cases are frozen so the
check is never tuned on the answers it is scored on. Each case names the documents to write
(format, layout, language, the contact lines as the writer spells them), the region given to
the check (None: inferred), the record, and the findings expected as (code, document) pairs.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 20261203
OUT = Path(__file__).with_name("cases.json")

# Valid numbers per region, spelled the way people write them (national and international).
PHONES = {
    "US": ["(415) 555-2671", "+1 212 555 0198", "646-555-0147", "1 (312) 555-0163"],
    "CA": ["(416) 555-0134", "+1 604 555 0182"],
    "GB": ["+44 20 7946 0958", "020 7946 0321", "07400 123456", "+44 (0)7911 123 456"],
    "DE": ["+49 30 901820", "030 90182017", "0151 23456789", "+49 (0)89 1234567"],
    "FR": ["06 12 34 56 78", "+33 1 42 68 53 00", "01 42 68 53 01"],
    "IN": ["+91 98765 43210", "098765 43211", "+91-80-4567-1234"],
    "JP": ["090-1234-5678", "+81 3-1234-5678", "03-1234-5679"],
    "AU": ["0412 345 678", "+61 2 9876 5432"],
    "CN": [
        "138 0013 8000",
        "+86 139-1099-8765",
        "010-6552 9988",
        "186 1234 5678",
        "0755-8888 6666",
    ],
}
# Broken numbers: (region, as written, what is wrong). Each is impossible for its region.
BROKEN_PHONES = [
    ("US", "(212) 555-019", "digit missing"),
    ("US", "+1 415 555 013", "digit missing"),
    ("US", "646-555-01477", "digit extra"),
    ("US", "(112) 555-0147", "wrong area code"),
    ("CA", "(416) 555-013", "digit missing"),
    ("GB", "07400 12345", "digit missing"),
    ("GB", "+44 20 7946 09581", "digit extra"),
    ("FR", "06 12 34 56 7", "digit missing"),
    ("IN", "+91 98765 4321", "digit missing"),
    ("JP", "090-1234-567", "digit missing"),
    ("AU", "0412 345 67", "digit missing"),
    ("CN", "138 0013 800", "digit missing"),
    ("CN", "138 0013 80000", "digit extra"),
    ("CN", "128 0013 8000", "wrong mobile prefix"),
    ("CN", "+86 1391 099 876", "digit missing"),
]
NAMES_EN = [("Jordan Lee", "jordan.lee"), ("Ana Ruiz", "ana.ruiz"), ("Alex Kim", "alex.kim"),
            ("Priya Nair", "priya.nair"), ("Tom Becker", "t.becker"), ("Marie Dubois", "marie.dubois"),
            ("Kenji Sato", "kenji.sato"), ("Olivia Brown", "obrown"), ("Sam Carter", "sam_carter88")]  # fmt: skip
NAMES_ZH = [("张伟", "zhangwei"), ("李娜", "lina2019"), ("王芳", "wangfang.work"), ("刘洋", "liuyang88"),
            ("陈静", "chenjing")]  # fmt: skip
DOMAINS = {"US": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "aol.com"],
           "CA": ["gmail.com", "hotmail.com"], "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk"],
           "DE": ["web.de", "gmx.de", "gmail.com"], "FR": ["orange.fr", "free.fr", "gmail.com"],
           "IN": ["gmail.com", "rediffmail.com"], "JP": ["gmail.com", "yahoo.co.jp"],
           "AU": ["gmail.com", "bigpond.com"], "CN": ["qq.com", "163.com", "126.com", "foxmail.com", "sina.com"],
           }  # fmt: skip
OWN_DOMAINS = ["lee-design.studio", "kimlabs.io", "nair.dev", "ruiz-consulting.es", "beckerdata.de"]
# Mistyped provider domains as people type them: (typed, meant).
DOMAIN_TYPOS = [
    ("gimal.com", "gmail.com"), ("gmial.com", "gmail.com"), ("gmail.c", "gmail.com"),
    ("gmal.com", "gmail.com"), ("gmail.con", "gmail.com"), ("gmaill.com", "gmail.com"),
    ("yaooh.com", "yahoo.com"), ("yahoo.c0m", "yahoo.com"), ("yahoo.cm", "yahoo.com"),
    ("hotmailmail.com", "hotmail.com"), ("hotmial.com", "hotmail.com"), ("hotmail.comm", "hotmail.com"),
    ("outlok.com", "outlook.com"), ("outlook.cpm", "outlook.com"), ("iclod.com", "icloud.com"),
    ("icloud.om", "icloud.com"), ("gmail.co", "gmail.com"), ("aol.con", "aol.com"),
    ("qq.con", "qq.com"), ("163.cm", "163.com"), ("126.con", "126.com"), ("foxmial.com", "foxmail.com"),
    ("sina.cm", "sina.com"), ("gmx.dee", "gmx.de"), ("web.dr", "web.de"), ("orange.fe", "orange.fr"),
]  # fmt: skip
LAYOUTS = {
    "pdf": ["plain", "two-column", "icons", "letter-spaced", "ligature", "split-address"],
    "docx": ["body", "header", "footer", "textbox", "table"],
    "odt": ["body", "page-header"],
    "txt": ["plain", "icons", "split-address", "inline"],
    "md": ["plain", "inline"],
}
ZH_LAYOUTS = {"pdf": ["plain", "two-column", "fullwidth"], "docx": ["body", "table", "header"],
              "odt": ["body"], "txt": ["plain", "fullwidth"], "md": ["plain"]}  # fmt: skip
FORMATS = list(LAYOUTS)


class Builder:
    def __init__(self) -> None:
        self.random = random.Random(SEED)
        self.cases: list[dict[str, object]] = []

    def person(self, region: str) -> tuple[str, str, str, str]:
        """(name, email, phone, language) valid for `region`."""
        zh = region == "CN"
        name, local = self.random.choice(NAMES_ZH if zh else NAMES_EN)
        domain = self.random.choice(DOMAINS[region])
        return name, f"{local}@{domain}", self.random.choice(PHONES[region]), "zh" if zh else "en"

    def document(self, kind: str, language: str, name: str, email: str | None, phone: str | None,
                 *, fmt: str | None = None, layout: str | None = None,
                 link: tuple[str, str] | None = None) -> dict[str, object]:  # fmt: skip
        fmt = fmt or self.random.choice(FORMATS)
        layouts = (ZH_LAYOUTS if language == "zh" else LAYOUTS)[fmt]
        return {
            "kind": kind, "format": fmt, "layout": layout or self.random.choice(layouts),
            "language": language, "name": name, "email": email, "phone": phone, "link": link,
        }  # fmt: skip

    def add(self, case_id: str, region: str | None, documents: list[dict[str, object]],
            expected: list[tuple[str, str]], *, record: dict[str, str] | None = None,
            planted: str) -> None:  # fmt: skip
        self.cases.append({
            "id": f"{len(self.cases):03d}-{case_id}", "planted": planted, "region": region,
            "documents": documents, "record": record,
            "expected": sorted([list(pair) for pair in expected]),
        })  # fmt: skip

    def region_given(self, region: str) -> str | None:
        """Chinese documents are often checked without --region (inferred from the script)."""
        return None if region == "CN" and self.random.random() < 0.5 else region


def build() -> list[dict[str, object]]:
    b = Builder()
    regions = list(PHONES)
    # Clean: every format and layout, English and Chinese, resume alone or with a letter.
    for fmt, layouts in LAYOUTS.items():
        for layout in layouts:
            region = b.random.choice([r for r in regions if r != "CN"])
            name, email, phone, lang = b.person(region)
            docs = [b.document("resume", lang, name, email, phone, fmt=fmt, layout=layout)]
            if b.random.random() < 0.6:
                docs.append(b.document("cover_letter", lang, name, email, phone))
            b.add(f"clean-{fmt}-{layout}", region, docs, [], planted="none")
    for fmt, layouts in ZH_LAYOUTS.items():
        for layout in layouts:
            name, email, phone, lang = b.person("CN")
            docs = [b.document("resume", lang, name, email, phone, fmt=fmt, layout=layout),
                    b.document("cover_letter", lang, name, email, phone)]  # fmt: skip
            b.add(f"clean-zh-{fmt}-{layout}", b.region_given("CN"), docs, [], planted="none")
    for region in ("US", "GB", "DE", "CN"):  # a company domain or a personal one: left alone
        name, _, phone, lang = b.person(region)
        email = f"{b.random.choice(NAMES_EN)[1]}@{b.random.choice(OWN_DOMAINS)}"
        docs = [b.document("resume", lang, name, email, phone)]
        b.add(f"clean-own-domain-{region}", region, docs, [], planted="none")
    for region in ("US", "CN"):  # the record agrees with the documents
        name, email, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, email, phone),
                b.document("cover_letter", lang, name, email, phone)]  # fmt: skip
        b.add(f"clean-record-{region}", region, docs, [],
              record={"email": email, "phone": phone}, planted="none")  # fmt: skip

    # Email typos, in the resume or in the letter, sometimes in both.
    for typed, meant in DOMAIN_TYPOS:
        region = next((r for r, ds in DOMAINS.items() if meant in ds), "US")
        name, email, phone, lang = b.person(region)
        bad = f"{email.split('@')[0]}@{typed}"
        where = b.random.choice(["resume", "resume", "cover_letter", "both"])
        good = f"{email.split('@')[0]}@{meant}"
        if where == "both":
            docs = [b.document("resume", lang, name, bad, phone),
                    b.document("cover_letter", lang, name, bad, phone)]  # fmt: skip
            expected = [("email-typo", "both")]
        elif where == "resume" and b.random.random() < 0.5:
            docs = [b.document("resume", lang, name, bad, phone)]
            expected = [("email-typo", "resume")]
        else:
            other = "cover_letter" if where == "resume" else "resume"
            docs = [b.document(where, lang, name, bad, phone),
                    b.document(other, lang, name, good, phone)]  # fmt: skip
            expected = [("email-typo", where), ("contact-mismatch", "both")]
        b.add(f"email-typo-{typed}", b.region_given(region), docs, expected,
              planted=f"email typo {typed} for {meant}")  # fmt: skip

    # Invalid addresses: the kinds of the issue, each once or twice, English and Chinese.
    invalid = [
        ("jordan.lee@gmail", "no top-level domain"), ("name@hotmail", "no top-level domain"),
        ("alex.kim@@yahoo.com", "two @"), ("ana.ruiz@gmail@com", "two @"),
        ("lee.m@ gmail.com", "space inside"), ("priya nair@outlook.com", "space inside"),
        ("jane.doe@gmail,com", "comma for a dot"), ("t.becker@web,de", "comma for a dot"),
        ("marie,dubois@orange.fr", "illegal character"), ("kenji(sato@gmail.com", "illegal character"),
        ("zhangwei@qq。com", "full stop for a dot"), ("lina2019@163,com", "comma for a dot"),
        ("wangfang@@126.com", "two @"), ("liuyang88@qq", "no top-level domain"),
    ]  # fmt: skip
    for address, why in invalid:
        zh = any(p in address for p in ("qq", "163", "126", "zhangwei"))
        region = "CN" if zh else b.random.choice(["US", "GB", "DE", "FR", "IN"])
        name, _, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, address, phone)]
        b.add(f"email-invalid-{why.replace(' ', '-')}", b.region_given(region), docs,
              [("email-invalid", "resume")], planted=f"email invalid ({why}): {address}")  # fmt: skip

    # Broken phone numbers, resume or letter (the other one then gives the right number).
    for region, written, why in BROKEN_PHONES:
        name, email, phone, lang = b.person(region)
        where = b.random.choice(["resume", "cover_letter"])
        if b.random.random() < 0.5:
            docs = [b.document(where, lang, name, email, written)]
            expected = [("phone-invalid", where)]
            if where == "cover_letter":
                docs.insert(0, b.document("resume", lang, name, email, written))
                expected = [("phone-invalid", "both")]
        else:
            other = "cover_letter" if where == "resume" else "resume"
            docs = [b.document(where, lang, name, email, written),
                    b.document(other, lang, name, email, phone)]  # fmt: skip
            expected = [("phone-invalid", where), ("contact-mismatch", "both")]
        b.add(f"phone-{why.replace(' ', '-')}-{region}", b.region_given(region), docs, expected,
              planted=f"phone {why} ({region}): {written}")  # fmt: skip

    # Missing contacts: no email, no phone, a letter without either.
    for region in ("US", "GB", "CN", "DE"):
        name, email, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, None, phone)]
        b.add(f"missing-email-{region}", region, docs, [("contact-missing", "resume")],
              planted="no email on the resume")  # fmt: skip
        name, email, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, email, None)]
        b.add(f"missing-phone-{region}", b.region_given(region), docs,
              [("contact-missing", "resume")], planted="no phone on the resume")  # fmt: skip
    name, email, phone, lang = b.person("US")
    docs = [b.document("resume", lang, name, email, phone),
            b.document("cover_letter", lang, name, None, None)]  # fmt: skip
    b.add("missing-letter-contacts", "US", docs, [("contact-missing", "cover_letter")],
          planted="cover letter without email or phone")  # fmt: skip

    # Documents that disagree (different address or number, no typo involved).
    for region in ("US", "GB", "CN", "FR", "IN"):
        name, email, phone, lang = b.person(region)
        other_email = f"{email.split('@')[0]}.work@{b.random.choice(DOMAINS[region])}"
        docs = [b.document("resume", lang, name, email, phone),
                b.document("cover_letter", lang, name, other_email, phone)]  # fmt: skip
        b.add(f"mismatch-email-{region}", b.region_given(region), docs,
              [("contact-mismatch", "both")], planted="resume and letter give other addresses")  # fmt: skip
        name, email, phone, lang = b.person(region)
        other_phone = next(p for p in PHONES[region] if p != phone)
        docs = [b.document("resume", lang, name, email, phone),
                b.document("cover_letter", lang, name, email, other_phone)]  # fmt: skip
        b.add(f"mismatch-phone-{region}", b.region_given(region), docs,
              [("contact-mismatch", "both")], planted="resume and letter give other numbers")  # fmt: skip

    # The application record disagrees, or holds a typo of the documents' address.
    for region in ("US", "CN", "GB"):
        name, email, phone, lang = b.person(region)
        local, domain = email.split("@")
        docs = [b.document("resume", lang, name, email, phone)]
        record = {"email": f"{local}.old@{domain}", "phone": phone}
        b.add(f"record-other-email-{region}", region, docs, [("contact-mismatch", "resume")],
              record=record, planted="record has another address")  # fmt: skip
        name, email, phone, lang = b.person(region)
        local, domain = email.split("@")
        typo = next(t for t, m in DOMAIN_TYPOS if m == domain) if domain in dict(
            (m, t) for t, m in DOMAIN_TYPOS) else None  # fmt: skip
        if typo:
            docs = [b.document("resume", lang, name, f"{local}@{typo}", phone)]
            record = {"email": email, "phone": phone}
            b.add(f"record-vs-typo-{region}", region, docs,
                  [("email-typo", "resume"), ("contact-mismatch", "resume")],
                  record=record, planted="resume has a typo of the record's address")  # fmt: skip

    # Link text that disagrees with its mailto: or tel: target.
    for fmt in ("pdf", "docx", "md"):
        name, email, phone, lang = b.person("US")
        local = email.split("@")[0]
        link = (email, f"mailto:{local}.old@example.org")
        docs = [b.document("resume", lang, name, None, phone, fmt=fmt, layout="plain"
                           if fmt != "docx" else "body", link=link)]  # fmt: skip
        b.add(f"link-disagrees-{fmt}", "US", docs, [("contact-mismatch", "resume")],
              planted="visible address differs from its mailto: target")  # fmt: skip
    name, email, phone, lang = b.person("US")
    link = (email, f"mailto:{email.replace('gmail.com', 'gmial.com').replace('outlook', 'outlok')}")
    if link[1] != f"mailto:{email}":
        docs = [b.document("resume", lang, name, None, phone, fmt="pdf", layout="plain", link=link)]
        b.add("link-target-typo-pdf", "US", docs,
              [("email-typo", "resume"), ("contact-mismatch", "resume")],
              planted="mailto: target mistyped under a right visible address")  # fmt: skip

    # Unreadable and scanned documents.
    for region in ("US", "CN"):
        name, email, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, email, phone, fmt="pdf", layout="scanned")]
        b.add(f"scanned-{region}", region, docs, [("no-text-layer", "resume")],
              planted="scanned resume")  # fmt: skip
        name, email, phone, lang = b.person(region)
        docs = [b.document("resume", lang, name, email, phone),
                b.document("cover_letter", lang, name, email, phone, fmt="pdf", layout="truncated")]  # fmt: skip
        b.add(f"truncated-letter-{region}", region, docs, [("unreadable", "cover_letter")],
              planted="cover letter PDF cut short")  # fmt: skip
    return b.cases


def main() -> None:
    cases = build()
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written to {OUT}")


if __name__ == "__main__":
    main()
