"""Who writes the independent corpus's mail: employers, ATS notifiers, lists, friends, agencies.

Written apart from tests/mailcorpus (no shared names, domains or generator code), so that a
classifier tuned on that corpus meets strangers here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Employer:
    name: str
    domain: str
    country: str  # decides how dates are written
    lang: str


EMPLOYERS = [
    Employer("Brightloom Analytics", "brightloom.io", "US", "en"),
    Employer("Kestrel Freight", "kestrelfreight.co.uk", "GB", "en"),
    Employer("Orchard & Vale", "orchardvale.com", "US", "en"),
    Employer("Norrland Systems", "norrland.se", "SE", "en"),
    Employer("Papaya Health", "papayahealth.com", "US", "en"),
    Employer("Quillfeather Press", "quillfeather.co", "GB", "en"),
    Employer("Tidewater Robotics", "tidewater-robotics.com", "US", "en"),
    Employer("Maple Ledger", "mapleledger.ca", "CA", "en"),
    Employer("Sundara Foods", "sundarafoods.in", "IN", "en"),
    Employer("Lumen Grid GmbH", "lumengrid.de", "DE", "en"),
    Employer("Harbourline Insurance", "harbourline.com.au", "AU", "en"),
    Employer("Fennec Games", "fennecgames.fr", "FR", "en"),
    Employer("Cobaltwave", "cobaltwave.sg", "SG", "en"),
    Employer("Granite Peak Credit Union", "granitepeakcu.org", "US", "en"),
    Employer("云帆科技", "yunfan-tech.cn", "CN", "zh"),
    Employer("青禾教育", "qinghe-edu.com", "CN", "zh"),
    Employer("海澜智造", "hailan-zz.com.cn", "CN", "zh"),
    Employer("星河互娱", "xinghe-game.com", "CN", "zh"),
    Employer("长风物流", "changfeng56.com", "CN", "zh"),
    Employer("知微数据", "zhiwei-data.cn", "CN", "zh"),
    Employer("蓝鲸医疗", "lanjing-med.com", "CN", "zh"),
    Employer("禾木咨询", "hemu-consult.com", "CN", "zh"),
]

EN_PEOPLE = [
    ("Marisol Ortega", "Talent Partner"),
    ("Declan Byrne", "Recruiter"),
    ("Ingrid Solberg", "Head of People"),
    ("Kwame Mensah", "Engineering Manager"),
    ("Yuki Tanabe", "Technical Recruiter"),
    ("Rosa Lindqvist", "HR Coordinator"),
    ("Theo Marchetti", "Founder & CEO"),
    ("Anjali Rao", "Talent Acquisition Lead"),
    ("Ben Ashworth", "Hiring Manager"),
    ("Clara Hoffmann", "People Operations"),
    ("Felipe Duarte", "CTO"),
    ("Niamh Gallagher", "Senior Recruiter"),
]
ZH_PEOPLE = [
    ("周晓琳", "招聘专员"),
    ("陈思远", "HRBP"),
    ("刘子航", "技术总监"),
    ("黄雅婷", "人力资源经理"),
    ("吴浩然", "创始人"),
    ("郑可欣", "招聘经理"),
    ("孙博文", "部门负责人"),
    ("马丽娜", "HR"),
]
ROLES_EN = [
    "Data Engineer",
    "Product Designer",
    "Backend Developer (Go)",
    "Customer Success Manager",
    "Financial Analyst",
    "Site Reliability Engineer",
    "Marketing Coordinator",
    "QA Lead",
    "Operations Associate",
    "Machine Learning Engineer",
]
ROLES_ZH = [
    "数据分析师",
    "前端开发工程师",
    "产品经理",
    "算法工程师",
    "运营专员",
    "财务主管",
    "测试工程师",
]
CANDIDATES = [
    ("Jordan Avery", "jordan.avery.work@gmail.com", "Jordan"),
    ("Priyanka Sen", "priyanka.sen@outlook.com", "Priyanka"),
    ("Lukas Brenner", "lukas.brenner@posteo.de", "Lukas"),
    ("何雨桐", "heyutong1998@163.com", "雨桐"),
    ("赵一鸣", "zhao.yiming@qq.com", "一鸣"),
]

# ATS and scheduling senders: (display name with {company}, address with {slug}), per vendor.
ATS_EN = [
    ("{company} Recruiting", "no-reply@us.greenhouse-mail.io"),
    ("{company}", "notifications@{slug}.myworkdayjobs.com"),
    ("{company} Hiring Team", "no-reply@hire.lever.co"),
    ("{company} via Ashby", "no-reply@ashbyhq.com"),
    ("{company} Talent", "careers@smartrecruiters.com"),
    ("{company} Careers", "{slug}@icims.com"),
    ("{company} People Team", "noreply@{slug}.teamtailor-mail.com"),
    ("{company} (via Workable)", "noreply@candidates.workablemail.com"),
]
ATS_ZH = [
    ("{company}招聘", "noreply@mokahr.com"),
    ("{company}校园招聘", "hr-notice@beisenmail.com"),
    ("{company}人才招聘", "no-reply@{slug}.zhiye.com"),
    ("{company}", "recruit@hire.feishu.cn"),
]
SCHEDULERS = [
    ("{person} (via Calendly)", "notifications@calendly.com"),
    ("{company} Interviews", "scheduling@goodtime.io"),
    ("{company} Scheduling", "no-reply@modernloop.io"),
]

# Senders of mail that talks about jobs without being from a job the user applied to.
LISTS_EN = {
    "job-alert": [
        ("LinkedIn", "jobs-listings@linkedin.com"),
        ("Indeed", "donotreply@jobalert.indeed.com"),
        ("Glassdoor Jobs", "noreply@glassdoor.com"),
        ("Wellfound", "talent@wellfound.com"),
    ],
    "review-digest": [
        ("Glassdoor Community", "community@glassdoor.com"),
        ("Blind", "digest@teamblind.com"),
        ("Levels.fyi", "newsletter@levels.fyi"),
    ],
    "newsletter": [
        ("The Hiring Brief", "hello@hiringbrief.substack.com"),
        ("Career Compass Weekly", "news@careercompass.co"),
        ("Product Hunt Daily", "hello@digest.producthunt.com"),
    ],
    "university": [
        ("Westbrook University Career Center", "careers@westbrook.edu"),
        ("Imperial Alumni Careers", "alumni.careers@imperial-alumni.ac.uk"),
    ],
    "community": [
        ("PyData Berlin", "organizers@pydata-berlin.org"),
        ("Women Who Code", "events@womenwhocode.example.org"),
        ("DevRel Summit", "invites@devrelsummit.io"),
    ],
    "agency": [
        ("Tom Reilly", "tom.reilly@apexstaffing.com"),
        ("Sasha Petrova", "sasha@huntwell-search.co.uk"),
        ("Greg Lin", "greg.lin@talentbridge-partners.com"),
        ("Maya Chen", "maya@nexa-recruit.io"),
    ],
    "personal": [
        ("Alex", "alex.m.fischer@gmail.com"),
        ("Mum", "linda.avery62@yahoo.com"),
        ("Sam Okoye", "samokoye@icloud.com"),
        ("Dad", "r.avery@hotmail.com"),
    ],
    "service": [
        ("Chase", "no.reply.alerts@chase.com"),
        ("Amazon", "shipment-tracking@amazon.com"),
        ("Zoom", "no-reply@zoom.us"),
        ("Notion", "team@mail.notion.so"),
    ],
}
LISTS_ZH = {
    "job-alert": [
        ("BOSS直聘", "service@zhipin.com"),
        ("智联招聘", "jobs@zhaopin.com"),
        ("猎聘", "notice@liepin.com"),
    ],
    "review-digest": [("看准网", "digest@kanzhun.com"), ("脉脉", "news@maimai.cn")],
    "newsletter": [("职场周刊", "weekly@zhichang-weekly.cn"), ("36氪", "newsletter@36kr.com")],
    "university": [("复华大学就业指导中心", "jiuye@fuhua-univ.edu.cn")],
    "community": [("开源中国社区", "events@oschina.net"), ("AI前线", "meetup@infoq.cn")],
    "agency": [
        ("猎头 陈先生", "chen.headhunter@keyu-search.com"),
        ("锐仕方达 顾问", "consultant@rsfd-hr.com"),
    ],
    "personal": [
        ("妈妈", "li.meihua1965@163.com"),
        ("表姐", "wangjing_88@qq.com"),
        ("室友小李", "xiaoli2020@126.com"),
    ],
    "service": [
        ("支付宝", "service@mail.alipay.com"),
        ("京东", "notice@jd.com"),
        ("12306", "12306@rails.com.cn"),
    ],
}
