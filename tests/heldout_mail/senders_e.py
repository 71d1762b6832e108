"""Who writes part e: its own employers, people, ATS and scheduling senders, lists and friends.

Written for part e alone (no names or domains taken from the other parts or tests/mailcorpus).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Firm:
    name: str
    domain: str
    style: str  # how it writes dates: us, uk, iso, de, zh
    lang: str
    size: str  # "startup" (founders write themselves) or "corp" (ATS and HR teams)


FIRMS = [
    Firm("Pinecrest Biologics", "pinecrestbio.com", "us", "en", "corp"),
    Firm("Halyard Maritime", "halyard-maritime.co.uk", "uk", "en", "corp"),
    Firm("Juniper Loop", "juniperloop.dev", "us", "en", "startup"),
    Firm("Vantor Energy", "vantorenergy.com", "us", "en", "corp"),
    Firm("Saltmarsh Studio", "saltmarsh.studio", "uk", "en", "startup"),
    Firm("Ostwind Logistik", "ostwind-logistik.de", "de", "en", "corp"),
    Firm("Tallgrass Capital", "tallgrasscap.com", "us", "en", "corp"),
    Firm("Mirefield Labs", "mirefield.ai", "us", "en", "startup"),
    Firm("Corvid Security", "corvidsec.io", "iso", "en", "startup"),
    Firm("Bramblewood Retail", "bramblewood.com.au", "uk", "en", "corp"),
    Firm("Nordkap Marine", "nordkap.no", "iso", "en", "corp"),
    Firm("Ruefield Health", "ruefieldhealth.org", "us", "en", "corp"),
    Firm("Otterly", "otterly.app", "us", "en", "startup"),
    Firm("Glasshouse Media", "glasshousemedia.ie", "uk", "en", "corp"),
    Firm("Kaimana Travel", "kaimanatravel.com", "us", "en", "corp"),
    Firm("Zephyrine", "zephyrine.co", "uk", "en", "startup"),
    Firm("望舒智能", "wangshu-ai.cn", "zh", "zh", "startup"),
    Firm("禾丰农业科技", "hefeng-agri.com", "zh", "zh", "corp"),
    Firm("澄观证券", "chengguan-sec.com.cn", "zh", "zh", "corp"),
    Firm("拾光文旅", "shiguang-wl.com", "zh", "zh", "corp"),
    Firm("鲸落游戏", "jingluo-games.cn", "zh", "zh", "startup"),
    Firm("远岫新能源", "yuanxiu-ev.com", "zh", "zh", "corp"),
    Firm("松间医疗", "songjian-med.cn", "zh", "zh", "corp"),
    Firm("墨点设计", "modian-design.cn", "zh", "zh", "startup"),
    Firm("北辰云", "beichenyun.com", "zh", "zh", "corp"),
    Firm("栖木家居", "qimu-home.com", "zh", "zh", "startup"),
]

PEOPLE_EN = [
    ("Marisol Ventura", "Talent Partner"), ("Desmond Okafor", "Head of Engineering"),
    ("Priya Raman", "Recruiting Coordinator"), ("Tobias Lindqvist", "Hiring Manager"),
    ("Aoife Brennan", "People Operations"), ("Gideon Marsh", "Co-founder & CEO"),
    ("Keiko Hayashi", "Technical Recruiter"), ("Rafael Duarte", "VP Product"),
    ("Hannah Wexler", "Senior Recruiter"), ("Olumide Adeyemi", "Founder"),
    ("Clara Beaumont", "HR Business Partner"), ("Sven Aaltonen", "Engineering Manager"),
]  # fmt: skip
PEOPLE_ZH = [
    ("陶静怡", "招聘专员"), ("韩子墨", "技术总监"), ("苏晓峰", "HRBP"), ("柯雨桐", "创始人"),
    ("裴志远", "招聘经理"), ("单文君", "人力资源部"), ("邵一鸣", "联合创始人"), ("温佳琪", "HR"),
    ("贺思源", "产品负责人"), ("龚小满", "人才招聘组"),
]  # fmt: skip
# (full name, address, first name used in greetings)
SEEKERS = [
    ("Jordan Whitfield", "jordan.whitfield@fastmail.com", "Jordan"),
    ("Amara Nwosu", "amara.nwosu@gmail.com", "Amara"),
    ("Lukas Brandt", "lbrandt@posteo.de", "Lukas"),
    ("Sofia Marchetti", "sofia.marchetti@outlook.com", "Sofia"),
    ("Ethan Kowalczyk", "ethan.k@proton.me", "Ethan"),
    ("林书瑶", "linshuyao@163.com", "书瑶"),
    ("周以安", "zhou.yian@qq.com", "以安"),
    ("程浩然", "haoran.cheng@foxmail.com", "浩然"),
    ("欧阳雪", "ouyangxue@126.com", "雪"),
    ("宁致远", "ningzhiyuan@gmail.com", "致远"),
]

ROLES_EN = ["Data Engineer", "Product Designer", "Site Reliability Engineer", "Account Executive",
            "Clinical Data Analyst", "Backend Developer (Go)", "Marketing Manager",
            "Research Scientist", "Customer Success Lead", "Financial Analyst"]  # fmt: skip
ROLES_ZH = ["算法工程师", "前端开发", "产品经理", "数据分析师", "UI设计师", "运营专员",
            "测试开发工程师", "财务主管", "嵌入式工程师", "市场经理"]  # fmt: skip

# ATS notifiers: (display name, address); {c} is the company, {s} its slug.
ATS_EN = [
    ("{c} Hiring Team", "no-reply@us.greenhouse-mail.io"),
    ("{c}", "no-reply@hire.lever.co"),
    ("{c} Careers", "{s}@myworkday.com"),
    ("{c} Talent Acquisition", "noreply@smartrecruiters.com"),
    ("{c} Recruiting", "no-reply@ashbyhq.com"),
    ("{c}", "donotreply@icims.com"),
    ("{c} via Teamtailor", "no-reply@teamtailor.com"),
    ("{c} Jobs", "notifications@app.recruitee.com"),
    ("{c} People Team", "jobs-noreply@personio.de"),
    ("{c} Careers", "careers-noreply@{s}.com"),
]
ATS_ZH = [
    ("{c}招聘", "noreply@mokahr.com"),
    ("{c}校园招聘", "hr-notice@italent.cn"),
    ("{c} HR", "no-reply@hire.feishu.cn"),
    ("{c}人才招聘", "service@mail.hotjob.cn"),
    ("{c}招聘系统", "recruit-noreply@{s}.cn"),
]
SCHEDULERS = [
    ("{p} via Calendly", "notifications@calendly.com"),
    ("GoodTime for {c}", "scheduling@goodtime.io"),
    ("{c} Interviews (ModernLoop)", "noreply@modernloop.io"),
    ("Google Calendar", "calendar-notification@google.com"),
    ("{p} (via Zoom)", "no-reply@zoom.us"),
]
SCHEDULERS_ZH = [
    ("腾讯会议", "noreply@meeting.tencent.com"),
    ("{c}面试安排（Moka）", "interview@mokahr.com"),
    ("飞书日历", "calendar-noreply@feishu.cn"),
]
PERSONAL_HOSTS_EN = ["gmail.com", "icloud.com", "hey.com", "outlook.com"]
PERSONAL_HOSTS_ZH = ["qq.com", "163.com", "gmail.com", "139.com"]

# Senders of unrelated mail, by kind: (display name, address).
UNRELATED_SENDERS_EN = {
    "job-alert": [("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
                  ("Indeed", "alert@indeed.com"), ("Otta", "hello@otta.com"),
                  ("Wellfound", "jobs@angel.co"), ("Hired Weekly", "alerts@hiredweekly.net")],
    "review-digest": [("Glassdoor Community", "noreply@glassdoor.com"),
                      ("Blind", "digest@teamblind.com"), ("Levels.fyi", "newsletter@levels.fyi")],
    "newsletter": [("The Offer Letter", "offerletter@substack.com"),
                   ("Hiring Signals Weekly", "editor@hiringsignals.news"),
                   ("Pragmatic Careers", "hello@pragmaticcareers.email"),
                   ("Interview Kickstart Digest", "digest@ik-news.com")],
    "university": [("Careers Service, University of Leeds", "careers@leeds.ac.uk"),
                   ("Career Center", "careercenter@umich.edu"),
                   ("Alumni Careers Network", "alumni-careers@ed.ac.uk")],
    "webinar": [("Hopin Events", "events@hopin.com"), ("Women in Tech London", "hello@witlondon.org"),
                ("ON24 Webinars", "webinars@on24event.com")],
    "agency": [("Callum Pryce", "callum.pryce@harwoodtalent.co.uk"),
               ("Nadia Flores", "nadia@apexsearchpartners.com"),
               ("Ravi Menon", "ravi.menon@bluewaterstaffing.com"),
               ("Beatrix Hale", "b.hale@northstar-exec.com")],
    "service": [("Amazon.co.uk", "shipment-tracking@amazon.co.uk"), ("Monzo", "help@monzo.com"),
                ("Deliveroo", "noreply@deliveroo.co.uk"), ("Uniqlo", "news@uniqlo-mail.com")],
    "colleague": [("Dana Kessler", "dana.kessler@currentjob-corp.com"),
                  ("IT Helpdesk", "helpdesk@currentjob-corp.com")],
}  # fmt: skip
UNRELATED_SENDERS_ZH = {
    "job-alert": [("BOSS直聘", "noreply@zhipin.com"), ("猎聘", "service@liepin.com"),
                  ("前程无忧", "jobmail@51job.com"), ("智联招聘", "alert@zhaopin.com")],
    "review-digest": [("牛客网", "digest@nowcoder.com"), ("脉脉", "notice@maimai.cn"),
                      ("看准网", "noreply@kanzhun.com")],
    "newsletter": [("职场Lab周刊", "weekly@zhichanglab.cn"), ("少数派", "newsletter@sspai.com"),
                   ("极客时间", "news@geekbang.org")],
    "university": [("北京大学学生就业指导服务中心", "scc@pku.edu.cn"),
                   ("复旦大学学生职业发展教育服务中心", "career@fudan.edu.cn"),
                   ("浙江大学就业指导与服务中心", "jyzd@zju.edu.cn")],
    "webinar": [("InfoQ活动", "event@infoq.cn"), ("SegmentFault思否", "events@segmentfault.com")],
    "agency": [("罗晨（猎头）", "luochen@keyuan-hunter.com"), ("Ivy 宋", "ivy.song@hrsearch-asia.com"),
               ("猎头顾问-李敏", "limin@zhiyuan-lietou.cn")],
    "service": [("京东", "notice@jd.com"), ("招商银行", "creditcard@cmbchina.com"),
                ("美团", "noreply@meituan.com")],
    "colleague": [("赵立新", "zhaolixin@currentjob-corp.cn"), ("行政部", "admin@currentjob-corp.cn")],
}  # fmt: skip
# Relatives and friends: (display name, local part); the host is a personal mailbox.
KIN_EN = [("Mum", "margaret.whit58"), ("Dad", "rogerw.home"), ("Aunt Bev", "bevjones1961"),
          ("Sam", "sammyk.92"), ("Noor", "noor.h.writes"), ("Grandpa Joe", "joseph.elders")]  # fmt: skip
KIN_ZH = [("妈妈", "mama_li1965"), ("老爸", "laoba_zhou"), ("二姨", "eryi_wang"),
          ("表哥", "biaoge88"), ("小胖", "xiaopang2000"), ("室友阿杰", "ajie_room")]  # fmt: skip
