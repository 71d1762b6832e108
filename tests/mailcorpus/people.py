"""Invented people, companies, roles and ATS senders for the generated mail corpus."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Company:
    name: str
    domain: str
    country: str  # ISO code; decides date order (US month-first) and language
    lang: str  # "en" or "zh"


EN_FIRST = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Lucas",
    "Sophie",
    "Mateo",
    "Chloe",
    "Arjun",
    "Priya",
    "Daniel",
    "Hannah",
    "Samuel",
    "Grace",
    "Tom",
    "Fatima",
    "Jonas",
    "Lea",
    "Marcus",
]
EN_LAST = [
    "Smith",
    "Johnson",
    "Brown",
    "Garcia",
    "Miller",
    "Martin",
    "Keller",
    "Nguyen",
    "Patel",
    "Okafor",
    "Schmidt",
    "Rossi",
    "Dubois",
    "Walker",
    "Hughes",
    "Silva",
    "Kowalski",
    "Lee",
]
ZH_NAMES = [
    "王芳",
    "李伟",
    "张敏",
    "刘洋",
    "陈静",
    "杨磊",
    "赵丽",
    "黄勇",
    "周杰",
    "吴娜",
    "徐鹏",
    "孙悦",
    "马超",
    "朱婷",
    "胡军",
    "郭晶",
    "何亮",
    "林倩",
]
ZH_PINYIN = {
    "王芳": "wang.fang",
    "李伟": "li.wei",
    "张敏": "zhang.min",
    "刘洋": "liu.yang",
    "陈静": "chen.jing",
    "杨磊": "yang.lei",
    "赵丽": "zhao.li",
    "黄勇": "huang.yong",
    "周杰": "zhou.jie",
    "吴娜": "wu.na",
    "徐鹏": "xu.peng",
    "孙悦": "sun.yue",
    "马超": "ma.chao",
    "朱婷": "zhu.ting",
    "胡军": "hu.jun",
    "郭晶": "guo.jing",
    "何亮": "he.liang",
    "林倩": "lin.qian",
}

COMPANIES = [
    Company("Northwind Analytics", "northwind-analytics.com", "US", "en"),
    Company("Bluefin Robotics", "bluefinrobotics.com", "US", "en"),
    Company("Harbor & Pike", "harborpike.co.uk", "GB", "en"),
    Company("Quillstone Health", "quillstone.health", "US", "en"),
    Company("Tessellate GmbH", "tessellate.de", "DE", "en"),
    Company("Maple Ledger", "mapleledger.ca", "CA", "en"),
    Company("Copperleaf Energy", "copperleaf-energy.com.au", "AU", "en"),
    Company("Lumen Freight", "lumenfreight.com", "US", "en"),
    Company("Orchid Bank", "orchidbank.com.sg", "SG", "en"),
    Company("Vireo Games", "vireogames.fr", "FR", "en"),
    Company("Kestrel Labs", "kestrellabs.io", "US", "en"),
    Company("Granite Insurance", "graniteinsurance.ie", "IE", "en"),
    Company("星河数据", "xinghe-data.cn", "CN", "zh"),
    Company("蓝鲸科技", "lanjing-tech.com", "CN", "zh"),
    Company("云杉智能", "yunshan-ai.com.cn", "CN", "zh"),
    Company("青禾零售", "qinghe-retail.cn", "CN", "zh"),
    Company("鼎盛证券", "dingsheng-sec.com.cn", "CN", "zh"),
    Company("北辰物流", "beichen-logistics.com", "CN", "zh"),
    Company("锦程医疗", "jincheng-med.cn", "CN", "zh"),
    Company("远航汽车", "yuanhang-auto.com", "CN", "zh"),
]

EN_ROLES = [
    "Data Analyst",
    "Software Engineer",
    "Product Manager",
    "UX Designer",
    "Financial Analyst",
    "Marketing Coordinator",
    "Backend Developer",
    "Customer Success Manager",
    "Data Scientist",
    "Operations Associate",
    "QA Engineer",
    "Business Analyst",
]
ZH_ROLES = [
    "数据分析师",
    "后端开发工程师",
    "产品经理",
    "UI设计师",
    "财务分析师",
    "市场专员",
    "算法工程师",
    "运营专员",
    "测试工程师",
    "人力资源专员",
    "前端开发工程师",
    "供应链主管",
]

# (ATS display-name pattern, sender address, language) — company named in the display name.
EN_ATS = [
    ("{company} Recruiting", "no-reply@greenhouse.io"),
    ("{company} Hiring Team", "no-reply@us.greenhouse-mail.io"),
    ("{company}", "no-reply@hire.lever.co"),
    ("{company} Talent Acquisition", "{slug}@myworkday.com"),
    ("{company} Careers", "no-reply@ashbyhq.com"),
    ("{company}", "notification@smartrecruiters.com"),
    ("{company} Recruitment", "{slug}-notifications@talent.icims.com"),
]
ZH_ATS = [
    ("{company}招聘", "no-reply@mokahr.com"),
    ("{company}人才招聘", "noreply@beisen.com"),
    ("{company}校园招聘", "notice@italent.cn"),
    ("{company}HR", "hr-notice@hire.feishu.cn"),
]

CANDIDATES = [
    ("Alex Morgan", "alex.morgan@gmail.com"),
    ("Jamie Chen", "jamie.chen@outlook.com"),
    ("Sam Taylor", "sam.taylor@yahoo.com"),
    ("陈晓", "chenxiao@qq.com"),
    ("林悦", "linyue@163.com"),
]
