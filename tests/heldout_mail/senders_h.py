"""Part h's people and organisations: every name and domain is invented for this part."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    domain: str
    lang: str  # the language its mail is written in
    country: str  # how it writes dates: CN, US, IN, DE, GB, SG
    voice: str  # hr | startup | lab | soe | hospital | firm | itsvc | mittelstand | campus |
    # headhunter | agency | internal


ORGS = (
    Org("Larkspur Freight Systems", "larkspurfreight.com", "en", "US", "hr"),
    Org("Ottermere Insurance", "ottermere-ins.com", "en", "GB", "hr"),
    Org("Quillfeather", "quillfeather.io", "en", "US", "startup"),
    Org("Gravelpath Robotics", "gravelpath.ai", "en", "US", "startup"),
    Org("Hollins Lab, Dept. of Bioengineering", "bioe.wexmoor.edu", "en", "US", "lab"),
    Org("Computational Linguistics Group", "cl.strathdee.ac.uk", "en", "GB", "lab"),
    Org("St. Bride's Regional Medical Center", "stbrides-health.org", "en", "US", "hospital"),
    Org("Aldwych Penrose LLP", "aldwychpenrose.com", "en", "GB", "firm"),
    Org("Marrow & Teague CPAs", "marrowteague.com", "en", "US", "firm"),
    Org("Vedantic Infotech", "vedanticinfotech.co.in", "en", "IN", "itsvc"),
    Org("Sarathi Digital Services", "sarathidigital.com", "en", "IN", "itsvc"),
    Org("Brenner Hydraulik GmbH", "brenner-hydraulik.de", "en", "DE", "mittelstand"),
    Org("Kessler Messtechnik", "kessler-mt.de", "en", "DE", "mittelstand"),
    Org("Peakline Staffing", "peaklinestaffing.com", "en", "US", "agency"),
    Org("Harcourt Reed Search", "harcourtreed.co.uk", "en", "GB", "headhunter"),
    Org("Tamsin Analytics", "tamsin-analytics.sg", "en", "SG", "hr"),
    Org("恒岳智能科技", "hengyue-tech.cn", "zh", "CN", "hr"),
    Org("青禾数据", "qinghedata.com", "zh", "CN", "startup"),
    Org("鹿鸣互娱", "luminghuyu.cn", "zh", "CN", "startup"),
    Org("华澜能源集团有限公司", "hualan-energy.com.cn", "zh", "CN", "soe"),
    Org("江州市城市建设投资集团", "jzct.com.cn", "zh", "CN", "soe"),
    Org("省农业科学院作物研究所", "crop.gdaas-h.cn", "zh", "CN", "soe"),
    Org("临川大学材料学院", "mse.linchuan-u.edu.cn", "zh", "CN", "lab"),
    Org("东岭医科大学附属第二医院", "dlmu2h.org.cn", "zh", "CN", "hospital"),
    Org("衡正律师事务所", "hengzhenglaw.cn", "zh", "CN", "firm"),
    Org("立信和会计师事务所", "lxhcpa.com.cn", "zh", "CN", "firm"),
    Org("盛禾银行", "shenghebank.com.cn", "zh", "CN", "campus"),
    Org("星汉汽车", "xinghan-auto.com", "zh", "CN", "campus"),
    Org("途远咨询（猎头）", "tuyuan-search.cn", "zh", "CN", "headhunter"),
    Org("博才人力", "bocai-hr.cn", "zh", "CN", "agency"),
    Org("云栖优选", "yunqiyx.com", "zh", "CN", "hr"),
    Org("Fenmore Retail Group", "fenmore-group.com", "en", "GB", "internal"),
    Org("瀚海物流", "hanhai-wl.com", "zh", "CN", "internal"),
    Org("Hengyue Intelligent Technology", "hengyue-tech.cn", "en", "CN", "translated"),
)

PEOPLE_EN = (
    ("Dana Whitlock", "HR Generalist"), ("Marcus Obi", "Talent Partner"),
    ("Priya Raghunathan", "Senior Executive - Talent Acquisition"), ("Joel Fenwick", "Founder & CEO"),
    ("Ingrid Vollmer", "Personalabteilung"), ("Tomasz Wrona", "Recruitment Coordinator"),
    ("Hollis Grant", "Principal Investigator"), ("Aoife Brennan", "Graduate Recruitment Manager"),
    ("Sanjay Kulkarni", "Associate Manager - HR"), ("Rebecca Lyle", "Staffing Consultant"),
    ("Nadia Farouk", "Lab Manager"), ("Wendell Ames", "Nurse Recruiter"),
    ("Greta Hoffmann", "HR Business Partner"), ("Colm Duffy", "Director, Search"),
    ("Lin Wei", "Talent Acquisition"), ("Ravi Menon", "Co-founder"),
)  # fmt: skip
PEOPLE_ZH = (
    ("王晓婷", "人力资源部"), ("陈志远", "招聘经理"), ("刘佳", "HRBP"), ("赵敏", "人事专员"),
    ("孙立军", "创始人"), ("周雯", "招聘组"), ("郑浩", "课题组长"), ("何静", "办公室"),
    ("马骁", "高级猎头顾问"), ("林小雨", "校园招聘负责人"), ("黄薇", "人事科"), ("吴磊", "合伙人"),
)  # fmt: skip
CANDIDATES_EN = (
    ("Morgan Ellery", "morgan.ellery@fastmail.example", "Morgan"),
    ("Devika Shah", "devika.shah91@gmail.example", "Devika"),
    ("Felix Adeyemi", "felix.a@proton.example", "Felix"),
    ("Hannah Kroll", "hkroll@posteo.example", "Hannah"),
)
CANDIDATES_ZH = (
    ("李思源", "lisiyuan@163.example", "思源"),
    ("张可欣", "kexin.zhang@qq.example", "可欣"),
    ("王一鸣", "wym1999@126.example", "一鸣"),
    ("陈悦", "chenyue_cy@foxmail.example", "陈悦"),
)
ROLES_EN = (
    "Operations Analyst", "Backend Engineer", "Research Assistant", "Postdoctoral Fellow",
    "Registered Nurse (Night Shift)", "Trainee Solicitor", "Audit Associate", "Java Developer",
    "Junior Design Engineer", "Data Analyst", "Product Manager", "Customer Success Lead",
)  # fmt: skip
ROLES_ZH = (
    "数据分析师", "后端开发工程师", "管培生", "科研助理", "博士后", "护理岗", "律师助理",
    "审计助理", "财务专员", "产品经理", "算法工程师", "行政文员",
)  # fmt: skip
OTHER_ROLES_EN = ("Business Analyst", "QA Engineer", "Program Coordinator", "Data Engineer")
OTHER_ROLES_ZH = ("运营专员", "测试工程师", "项目助理", "销售管培生")
ATS_EN = (
    ("{org} Careers", "no-reply@{slug}.myworkdayjobs.example"),
    ("{org} Talent Team", "notifications@greenhouse-mail.example"),
    ("{org} Recruiting", "donotreply@{slug}.icims.example"),
    ("Careers at {org}", "jobs-noreply@{domain}"),
)
ATS_ZH = (
    ("{org}招聘", "noreply@zhaopin-ats.example"),
    ("{org}校园招聘", "campus@mokahr.example"),
    ("{org}人才招聘系统", "hr-system@{domain}"),
    ("{org}", "service@beisen-mail.example"),
)
FREEMAIL = ("gmail.example", "qq.example", "outlook.example", "163.example")
# Senders of mail that is not about the reader's own applications.
UNRELATED_SENDERS = {
    "job-alert": (
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example"),
        ("Indeed", "alert@indeed.example"),
        ("Glassdoor Jobs", "noreply@glassdoor.example"),
    ),
    "job-alert-zh": (
        ("BOSS直聘", "notice@zhipin.example"),
        ("智联招聘", "service@zhaopin.example"),
        ("猎聘", "noreply@liepin.example"),
        ("前程无忧", "jobs@51job.example"),
    ),
    "newsletter": (
        ("The Hiring Ledger", "editor@hiringledger.example"),
        ("Recruiter Weekly", "news@recruiterweekly.example"),
    ),
    "newsletter-zh": (("HR三分钟", "weekly@hr3min.example"), ("职场观察", "digest@zcgc.example")),
    "course": (
        ("BootLeap Academy", "hello@bootleap.example"),
        ("OfferReady", "team@offerready.example"),
    ),
    "course-zh": (
        ("拿offer训练营", "kefu@naoffer.example"),
        ("职通车教育", "edu@zhitongche.example"),
    ),
    "friend": (("Sam Porter", "samporter88@gmail.example"), ("Jules", "jules.m@icloud.example")),
    "friend-zh": (("小周", "zhouzhou0601@qq.example"), ("表姐", "lanlan_1990@163.example")),
    "service": (
        ("Parcelwise", "tracking@parcelwise.example"),
        ("Harbor Bank", "alerts@harborbank.example"),
    ),
    "service-zh": (
        ("顺路快递", "notice@shunlu-express.example"),
        ("招财银行", "95555@zhaocai-bank.example"),
    ),
}
# Who writes for which kind of organisation, and what it hires for (others fall back to all).
VOICE_PEOPLE = {
    "startup": ("Joel Fenwick", "Ravi Menon", "孙立军", "吴磊"),
    "lab": ("Hollis Grant", "Nadia Farouk", "郑浩", "何静"),
    "hospital": ("Wendell Ames", "Dana Whitlock", "黄薇", "何静"),
    "mittelstand": ("Ingrid Vollmer", "Greta Hoffmann"),
    "itsvc": ("Priya Raghunathan", "Sanjay Kulkarni"),
    "headhunter": ("Colm Duffy", "马骁"),
    "agency": ("Rebecca Lyle", "Tomasz Wrona", "马骁", "周雯"),
    "campus": ("Aoife Brennan", "林小雨", "周雯"),
    "soe": ("黄薇", "何静", "赵敏"),
    "internal": ("Dana Whitlock", "Marcus Obi", "刘佳", "王晓婷"),
    "translated": ("Lin Wei",),
    "firm": ("Aoife Brennan", "Marcus Obi", "吴磊", "刘佳"),
    "hr": ("Dana Whitlock", "Marcus Obi", "Tomasz Wrona", "Lin Wei", "Greta Hoffmann", "王晓婷",
           "陈志远", "刘佳", "赵敏", "周雯"),
}  # fmt: skip
VOICE_ROLES = {
    "lab": ("Research Assistant", "Postdoctoral Fellow", "科研助理", "博士后"),
    "hospital": ("Registered Nurse (Night Shift)", "Data Analyst", "护理岗", "行政文员"),
    "firm": ("Trainee Solicitor", "Audit Associate", "律师助理", "审计助理"),
    "itsvc": ("Java Developer", "Backend Engineer", "Data Analyst"),
    "mittelstand": ("Junior Design Engineer", "Operations Analyst"),
    "soe": ("管培生", "财务专员", "行政文员", "数据分析师"),
    "campus": ("管培生", "算法工程师", "数据分析师", "财务专员", "Operations Analyst"),
    "startup": ("Backend Engineer", "Product Manager", "Customer Success Lead", "后端开发工程师",
                "产品经理", "算法工程师"),
}  # fmt: skip
