"""Part f's people, firms, hiring systems, scheduling tools and lists (written for part f alone)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Firm:
    name: str
    domain: str
    country: str  # US, UK, DE, IN, CN, SG, AU
    lang: str
    size: str  # big (writes through an ATS) | small (people write themselves) | agency


FIRMS = (
    Firm("Northwind Freight", "northwindfreight.com", "US", "en", "big"),
    Firm("Halvorsen Biotech", "halvorsen-bio.com", "US", "en", "big"),
    Firm("Quillstone Labs", "quillstone.io", "US", "en", "small"),
    Firm("Mapleridge Insurance", "mapleridge.com", "US", "en", "big"),
    Firm("Ravelin Analytics", "ravelinanalytics.co.uk", "UK", "en", "big"),
    Firm("Thistle & Finch", "thistlefinch.co.uk", "UK", "en", "small"),
    Firm("Bramblegate Retail", "bramblegate.co.uk", "UK", "en", "big"),
    Firm("Kestrel Robotik", "kestrel-robotik.de", "DE", "en", "big"),
    Firm("Auerbach Systemhaus", "auerbach-sys.de", "DE", "en", "small"),
    Firm("Lindqvist Mobility", "lindqvist-mobility.de", "DE", "en", "big"),
    Firm("Sarangi Fintech", "sarangifin.in", "IN", "en", "big"),
    Firm("Tejas Cloudworks", "tejascloud.in", "IN", "en", "small"),
    Firm("Meridian Pay Asia", "meridianpay.sg", "SG", "en", "big"),
    Firm("Lionsgate Logistics SG", "lglogistics.com.sg", "SG", "en", "small"),
    Firm("Wattle Health", "wattlehealth.com.au", "AU", "en", "big"),
    Firm("Bondi Byte", "bondibyte.com.au", "AU", "en", "small"),
    Firm("Crestline Talent Partners", "crestlinetalent.com", "UK", "en", "agency"),
    Firm("星河云科技", "xinghecloud.cn", "CN", "zh", "big"),
    Firm("青禾数据", "qinghedata.com", "CN", "zh", "small"),
    Firm("远帆智能", "yuanfan-ai.cn", "CN", "zh", "big"),
    Firm("澜图信息", "lantuinfo.com", "CN", "zh", "small"),
    Firm("北辰新能源", "beichen-energy.com", "CN", "zh", "big"),
    Firm("墨石游戏", "moshigames.cn", "CN", "zh", "big"),
    Firm("知行教育科技", "zhixingedu.cn", "CN", "zh", "small"),
    Firm("鹭岛医疗", "ludaomed.com", "CN", "zh", "big"),
    Firm("新加坡汇丰达科技", "huifengda.sg", "SG", "zh", "small"),
    Firm("杭州云栖猎头", "yunqi-hunter.com", "CN", "zh", "agency"),
)

# Hiring systems that write on a company's behalf: display name, address ({slug} = company).
ATS_EN = (
    ("{company} Careers", "{slug}@myworkday.com"),
    ("{company} Recruiting", "no-reply@us.greenhouse-mail.io"),
    ("{company} Talent Acquisition", "{slug}@smartrecruiters.com"),
    ("{company} via iCIMS", "{slug}-notifications@icims.com"),
    ("{company} Hiring Team", "notifications@hire.lever.co"),
    ("{company}", "no-reply@ashbyhq.com"),
)
ATS_ZH = (
    ("{company}招聘", "noreply@mokahr.com"),
    ("{company}校园招聘", "{slug}@mail.beisen.com"),
    ("{company}人才招聘", "hire-noreply@feishu.cn"),
    ("{company}HR", "notice@mokahr.com"),
)
SCHEDULERS = (
    ("{person} via Calendly", "notifications@calendly.com"),
    ("{company} Interviews (GoodTime)", "scheduling@goodtime.io"),
    ("{person} (via ModernLoop)", "no-reply@modernloop.io"),
    ("{company} 面试日程", "calendar-noreply@feishu.cn"),
)

EN_STAFF = (
    ("Priya Raman", "Talent Partner"), ("Oliver Bennett", "Engineering Manager"),
    ("Hannah Vogel", "HR Business Partner"), ("Marcus Hale", "Head of Product"),
    ("Anjali Deshpande", "Senior Recruiter"), ("Chloe Tan", "People Operations"),
    ("Liam O'Connor", "Founder"), ("Sophie Kruger", "Recruiting Coordinator"),
    ("Rohan Mehta", "Hiring Manager"), ("Grace Whitfield", "Talent Acquisition Lead"),
    ("Jonas Becker", "CTO"), ("Ava Nguyen", "Recruiter"),
)  # fmt: skip
ZH_STAFF = (
    ("王晓晨", "招聘经理"), ("刘思远", "HRBP"), ("陈佳怡", "技术面试官"), ("赵一鸣", "创始人"),
    ("孙婧", "人力资源部"), ("周子涵", "招聘专员"), ("林浩", "研发总监"), ("黄敏", "人事主管"),
)  # fmt: skip

# The reader of the mailbox: full name, address, first name as colleagues write it.
SEEKERS_EN = (
    ("Daniel Brooks", "daniel.brooks@gmail.com", "Daniel"),
    ("Meera Iyer", "meera.iyer.work@outlook.com", "Meera"),
    ("Tobias Lange", "tobias.lange@posteo.de", "Tobias"),
    ("Rachel Lim", "rachel.lim.sg@gmail.com", "Rachel"),
    ("Sam Fletcher", "samfletcher@fastmail.com.au", "Sam"),
)
SEEKERS_ZH = (
    ("李文博", "liwenbo2027@163.com", "文博"),
    ("张雨桐", "yutong.zhang@qq.com", "雨桐"),
    ("吴天宇", "wutianyu@foxmail.com", "天宇"),
)

ROLES_EN = ("Data Engineer", "Product Designer", "Backend Developer (Go)", "QA Analyst",
            "Site Reliability Engineer", "Business Analyst", "Android Engineer",
            "Technical Writer")  # fmt: skip
ROLES_ZH = ("后端开发工程师", "数据分析师", "产品经理", "测试开发工程师", "算法工程师", "UI设计师")

# Mailing lists: display name, address, List-Id.
LISTS_EN = (
    ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com", "<jobalerts.linkedin.com>"),
    ("Indeed", "alert@indeed.com", "<alerts.indeed.com>"),
    ("Glassdoor Community", "noreply@glassdoor.com", "<digest.glassdoor.com>"),
    (
        "The Pragmatic Hiring Letter",
        "hello@pragmatichiring.substack.com",
        "<pragmatichiring.substack.com>",
    ),
    ("Seek", "jobmail@s.seek.com.au", "<jobmail.seek.com.au>"),
    ("Naukri", "info@naukri.com", "<jobalerts.naukri.com>"),
    ("StepStone", "newsletter@stepstone.de", "<newsletter.stepstone.de>"),
    ("UCL Careers", "careers-news@ucl.ac.uk", "<careers-news.lists.ucl.ac.uk>"),
    ("NUS Career Centre", "cfg-news@nus.edu.sg", "<cfg.nus.edu.sg>"),
    ("Meetup", "info@meetup.com", "<events.meetup.com>"),
    ("Hopin Events", "events@hopin.com", "<webinars.hopin.com>"),
)
LISTS_ZH = (
    ("BOSS直聘", "service@zhipin.com", "<push.zhipin.com>"),
    ("智联招聘", "jobs@zhaopin.com", "<edm.zhaopin.com>"),
    ("猎聘", "noreply@liepin.com", "<mail.liepin.com>"),
    ("牛客网", "digest@nowcoder.com", "<digest.nowcoder.com>"),
    ("脉脉", "weekly@maimai.cn", "<weekly.maimai.cn>"),
    ("清华大学学生职业发展指导中心", "career@tsinghua.edu.cn", "<career.tsinghua.edu.cn>"),
    ("InfoQ 极客活动", "event@infoq.cn", "<event.infoq.cn>"),
)

# People who write to the reader about jobs without being an employer on one of the applications.
FRIENDS_EN = (
    ("Mum", "sandra.brooks62@yahoo.com"),
    ("Jake", "jake.t.miller@gmail.com"),
    ("Auntie Lakshmi", "lakshmi.iyer@rediffmail.com"),
    ("Ben", "ben.w@icloud.com"),
)
FRIENDS_ZH = (
    ("妈妈", "wangfang1968@163.com"),
    ("小舅", "zhouqiang77@qq.com"),
    ("室友阿杰", "ajie_chen@qq.com"),
    ("表姐", "liuxin.sh@126.com"),
)
# The reader's current employer (colleagues, HR, payroll).
CURRENT_EN = ("Fernhill Software", "fernhill.com")
CURRENT_ZH = ("蓝鲸网络", "lanjing.net")
COLLEAGUES_EN = (
    ("Nadia Petrova", "nadia.petrova"),
    ("Chris Ward", "chris.ward"),
    ("Payroll", "payroll"),
    ("People Team", "people"),
)
COLLEAGUES_ZH = (
    ("何磊", "helei"),
    ("许静", "xujing"),
    ("薪酬福利组", "payroll"),
    ("人力资源部", "hr"),
)
# Cold outreach from recruiters and agencies the reader never wrote to.
HUNTERS_EN = (
    ("Tom Granger | Hays", "tom.granger@hays.example.co.uk"),
    ("Ritika Sharma", "ritika@talentbridge-consulting.in"),
    ("Kyle Ashford", "kyle@apexsearchpartners.com"),
    ("Maximilian Roth", "m.roth@headhunt-berlin.de"),
)
HUNTERS_ZH = (
    ("猎头 Vivian", "vivian.hr@qq.com"),
    ("科锐国际 顾问 陈露", "chenlu@careerintl.example.cn"),
    ("张先生", "zhang_hunter@163.com"),
)
SERVICES_EN = (
    ("HSBC UK", "offers@email.hsbc.co.uk"),
    ("Aviva", "news@aviva.co.uk"),
    ("Chase", "no-reply@alertsp.chase.com"),
    ("Amazon.com", "store-news@amazon.com"),
)
SERVICES_ZH = (
    ("招商银行", "ccb@message.cmbchina.com"),
    ("平安保险", "service@pingan.com.cn"),
    ("京东", "newsletter@jd.com"),
)
