"""Part i's own world: employers, people, candidates, ATS and scheduling senders, list senders.

Every company here is invented for this part (the domains are made up); the ATS, scheduling and
job-platform senders imitate real products' notification addresses as they appear in inboxes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Org:
    name: str
    domain: str
    lang: str  # the language it writes to candidates in: "en" or "zh"
    country: str  # AU IN DE MX UK US IE NZ SG CN HK TW
    sector: str
    utc_offset: int  # hours
    legal: str = ""  # a footer it puts under every mail, if any


_AU_LEGAL = (
    "This email and any attachments are confidential and may be legally privileged. If you "
    "have received it in error, please notify the sender and delete it. Any views expressed "
    "are those of the individual sender unless otherwise stated."
)
_DE_LEGAL = (
    "Sitz der Gesellschaft: Bremen | Registergericht: Amtsgericht Bremen HRB 31877 | "
    "Geschäftsführung: Dr. Anke Vollmer, Jörg Pietsch\n"
    "Information on how we process applicant data: see our privacy notice for applicants."
)
_IN_LEGAL = (
    "DISCLAIMER: The information in this e-mail is intended solely for the addressee. Access "
    "by anyone else is unauthorised. The company accepts no liability for any damage caused "
    "by viruses transmitted by this e-mail. Please consider the environment before printing."
)
_ZH_LEGAL = (
    "本邮件及其附件含有保密信息，仅限于发送给上述收件人使用。如您误收本邮件，请立即电话或邮件通知"
    "发件人并删除本邮件，禁止以任何形式使用、复制或转发其内容。"
)
_HK_LEGAL = (
    "保密声明：此电子邮件（包括附件）仅供指定收件人使用，可能含有机密资料。"
    "Confidentiality: this e-mail may contain confidential information."
)
_PUBLIC_LEGAL = (
    "OFFICIAL. This message is intended for the addressee named and may contain information "
    "that is subject to the Privacy Act. Do not forward without authority."
)

EMPLOYERS_EN = (
    Org("Harbourline Freight", "harbourlinefreight.com.au", "en", "AU", "logistics", 10, _AU_LEGAL),
    Org("Kestrel Regional Airlines", "kestrelair.com.au", "en", "AU", "airline", 10, _AU_LEGAL),
    Org("Woolgar & Finch Retail", "woolgarfinch.com.au", "en", "AU", "retail", 11),
    Org(
        "Department of Primary Industries and Water (Tas)",
        "dpiw.tas.gov.example.au",
        "en",
        "AU",
        "public",
        11,
        _PUBLIC_LEGAL,
    ),
    Org("University of the Southern Tablelands", "ust.edu.au", "en", "AU", "university", 11),
    Org("Sarvam Logistics Pvt Ltd", "sarvamlogistics.in", "en", "IN", "logistics", 5, _IN_LEGAL),
    Org("Neelgiri Health Foundation", "neelgirihealth.org", "en", "IN", "ngo", 5),
    Org("Pranit Fintech Solutions", "pranitfintech.co.in", "en", "IN", "fintech", 5, _IN_LEGAL),
    Org(
        "Weserhafen Spedition GmbH",
        "weserhafen-spedition.de",
        "en",
        "DE",
        "logistics",
        1,
        _DE_LEGAL,
    ),
    Org("Kranich Bahntechnik AG", "kranich-bahntechnik.de", "en", "DE", "rail", 1, _DE_LEGAL),
    Org("Grupo Altiplano Comercial", "altiplanocomercial.com.mx", "en", "MX", "retail", -6),
    Org("Aeroméxico Sur Cargo Services", "sur-cargo.mx", "en", "MX", "airline", -6),
    Org("Fundación Puentes", "fundacionpuentes.org.mx", "en", "MX", "ngo", -6),
    Org("Thistle & Tide Housing Association", "thistletide.org.uk", "en", "UK", "ngo", 0),
    Org(
        "Loughrigg District Council",
        "loughrigg.gov.example.uk",
        "en",
        "UK",
        "public",
        0,
        _PUBLIC_LEGAL,
    ),
    Org("Corrib Medical Devices", "corribmed.ie", "en", "IE", "medtech", 0),
    Org("Kōwhai Energy", "kowhaienergy.co.nz", "en", "NZ", "energy", 13),
    Org("Lantern Bay Credit Union", "lanternbaycu.org", "en", "US", "bank", -8),
    Org("Prairie Grid Cooperative", "prairiegrid.coop", "en", "US", "energy", -6),
    Org("Merlion Cold Chain", "merlioncoldchain.sg", "en", "SG", "logistics", 8),
)

EMPLOYERS_ZH = (
    Org("顺岚供应链管理有限公司", "shunlan-scm.cn", "zh", "CN", "logistics", 8, _ZH_LEGAL),
    Org("青禾生鲜", "qinghefresh.com", "zh", "CN", "retail", 8),
    Org("云栈科技", "yunzhan-tech.cn", "zh", "CN", "internet", 8),
    Org("拾光互娱", "shiguang-games.com", "zh", "CN", "internet", 8),
    Org("浙东农商银行", "zdrcb.com.cn", "zh", "CN", "bank", 8, _ZH_LEGAL),
    Org("华岳证券", "huayue-sec.com", "zh", "CN", "bank", 8, _ZH_LEGAL),
    Org("江北区疾病预防控制中心", "jbcdc.org.cn", "zh", "CN", "public", 8),
    Org("南屿大学人事处", "nanyu.edu.cn", "zh", "CN", "university", 8),
    Org(
        "德岚汽车零部件（太仓）有限公司",
        "delan-auto.com.cn",
        "zh",
        "CN",
        "manufacturing",
        8,
        _ZH_LEGAL,
    ),
    Org("博韵医疗器械（苏州）", "boyun-med.cn", "zh", "CN", "medtech", 8),
    Org("星渡航空服务", "xingdu-air.com", "zh", "CN", "airline", 8),
    Org("维港物流集团", "victoriaport-logistics.com.hk", "zh", "HK", "logistics", 8, _HK_LEGAL),
    Org("恒泰保险（香港）", "hangtai-ins.com.hk", "zh", "HK", "insurance", 8, _HK_LEGAL),
    Org("新竹晶澄半导体", "jingcheng-semi.com.tw", "zh", "TW", "semiconductor", 8),
    Org("台联零售", "tailian-retail.com.tw", "zh", "TW", "retail", 8),
    Org("绿洲公益基金会", "lvzhou-foundation.org", "zh", "CN", "ngo", 8),
)

EMPLOYERS = EMPLOYERS_EN + EMPLOYERS_ZH

# (name, title) of the people who write on an employer's behalf.
PEOPLE_EN = (
    ("Bronwyn Castellano", "Talent Acquisition Partner"),
    ("Tamsin O'Rourke", "People & Culture Advisor"),
    ("Rohit Venkataraman", "Senior HR Executive"),
    ("Ishita Banerjee", "Talent Acquisition Lead"),
    ("Maximilian Ostertag", "Recruiting Specialist"),
    ("Franziska Lindqvist", "HR Business Partner"),
    ("Ximena Arredondo", "Reclutamiento y Selección"),
    ("Joaquín Palafox", "Hiring Manager, Operations"),
    ("Callum Ferrier", "Recruitment Officer"),
    ("Niamh Gallagher", "Talent Coordinator"),
    ("Aroha Tipene", "Recruitment Advisor"),
    ("DeShawn Whitfield", "Director of Member Services"),
    ("Priya Raghunathan", "Head of Engineering"),
    ("Gideon Marsh", "Operations Manager"),
    ("Wei Ling Tan", "Regional HR Manager"),
)
PEOPLE_ZH = (
    ("蒋雨桐", "招聘专员"),
    ("莫晓川", "HRBP"),
    ("邝嘉敏", "人力资源部"),
    ("简志豪", "招募经理"),
    ("阮诗涵", "人才发展部"),
    ("卢卫东", "技术总监"),
    ("祁曼", "校园招聘负责人"),
    ("欧阳靖", "人事处"),
    ("严可欣", "招聘主管"),
    ("宋卓然", "业务部门负责人"),
)

# (full name, address, the name the mail greets)
CANDIDATES = (
    ("Imogen Faulkner", "imogen.faulkner@fastmail.example", "Imogen"),
    ("Arjun Mehrotra", "arjun.mehrotra.work@gmail.com", "Arjun"),
    ("Lukas Brandauer", "l.brandauer@posteo.de", "Lukas"),
    ("Valeria Cienfuegos", "valeria.cienfuegos@outlook.com", "Valeria"),
    ("Samuel Okafor", "sam.okafor@proton.me", "Sam"),
    ("Meera Pillai", "meera.pillai@yahoo.com", "Meera"),
)
CANDIDATES_ZH = (
    ("许嘉言", "xujiayan2029@163.com", "嘉言"),
    ("付婉清", "wanqing.fu@qq.com", "婉清"),
    ("游子墨", "youzimo@foxmail.com", "子墨"),
    ("黎昕", "lixin.hk@gmail.com", "黎昕"),
    ("周逸", "zhouyi.work@aliyun.com", "周逸"),
    ("邓思远", "siyuan.deng@outlook.com", "思远"),
)

# Roles each kind of employer hires for.
ROLES_EN = {
    "logistics": (
        "Warehouse Operations Supervisor",
        "Supply Chain Planner",
        "Inventory Analyst",
        "Fleet Coordinator",
    ),
    "airline": ("Flight Dispatch Officer", "Crew Planning Analyst", "Ground Operations Lead"),
    "retail": ("Store Manager", "Customer Insights Analyst", "Merchandise Planner"),
    "public": ("Policy Officer (Water Resources)", "Housing Officer", "Senior Project Officer"),
    "university": ("Research Data Manager", "Research Grants Officer", "Lecturer in Logistics"),
    "ngo": (
        "Programme Coordinator",
        "Grants and Partnerships Lead",
        "Monitoring and Evaluation Officer",
    ),
    "fintech": ("Backend Developer (Payments)", "Risk Analyst", "Data Engineer"),
    "bank": ("Member Services Team Lead", "Risk Analyst", "Data Engineer"),
    "rail": ("Rail Systems Engineer", "Signalling Design Engineer"),
    "medtech": ("Quality Engineer", "Regulatory Affairs Specialist"),
    "energy": ("Data Engineer", "Grid Planning Engineer"),
}
ROLES_ZH = {
    "logistics": ("仓储运营主管", "供应链计划专员", "关务专员"),
    "retail": ("门店运营经理", "商品企划"),
    "internet": ("Java后端开发工程师", "数据产品经理", "游戏策划"),
    "bank": ("对公客户经理", "行业研究员", "风控专员"),
    "public": ("公共卫生数据分析岗", "综合管理岗"),
    "university": ("专职辅导员", "实验技术员"),
    "manufacturing": ("质量工程师", "嵌入式软件工程师"),
    "medtech": ("注册专员", "质量工程师"),
    "airline": ("地勤服务督导", "航线运营专员"),
    "insurance": ("核保专员", "精算分析师"),
    "semiconductor": ("制程工程师", "设备工程师"),
    "ngo": ("项目官员（乡村教育）", "筹款专员"),
}

# Applicant tracking systems as their notifications arrive: (display, address); {co} is the
# employer's name, {slug} a short form of its domain.
ATS_EN = (
    ("{co} Hiring Team", "noreply@candidates.workablemail.com"),
    ("{co}", "no-reply@{slug}.teamtailor-mail.com"),
    ("{co} Recruiting", "notifications@app.bamboohr.com"),
    ("{co} Careers", "noreply@pageuppeople.com"),
    ("{co} via Personio", "no-reply@{slug}.jobs.personio.de"),
    ("{co} Talent Team", "donotreply@jobvite.com"),
    ("{co}", "notification@recruitee.com"),
    ("{co} Recruitment", "noreply@successfactors.eu"),
    ("{co} Careers", "{slug}@myworkday.com"),
    ("{co} Human Resources", "no-reply@applytojob.com"),
)
ATS_ZH = (
    ("{co}招聘", "noreply@mokahr.com"),
    ("{co}", "service@beisen.com"),
    ("{co}校园招聘", "noreply@campus.mokahr.com"),
    ("飞书招聘 · {co}", "noreply@hire.feishu.cn"),
    ("{co}人才招聘", "hr-system@{slug}.cn"),
    ("{co}", "notice@hotjob.cn"),
)
SCHEDULERS = (
    ("{person} via Calendly", "no-reply@calendly.com"),
    ("{co} Interviews (GoodTime)", "scheduling@goodtime.io"),
    ("{co} Bookings", "noreply@microsoftbookings.com"),
    ("{person} (YouCanBook.me)", "bookings@youcanbook.me"),
)

# Senders of unrelated mail, by kind, in the order of the texts they send (phrases_i).
LISTS_EN = {
    "job-alert": (
        ("SEEK", "jobmail@s.seek.com.au"),
        ("Naukri Job Alerts", "naukrialerts@naukri.com"),
        ("StepStone Jobagent", "jobagent@stepstone.de"),
        ("Indeed", "alert@indeed.com"),
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
    ),
    "network": (
        ("LinkedIn", "messages-noreply@linkedin.com"),
        ("LinkedIn", "notifications-noreply@linkedin.com"),
        ("XING", "mailrobot@mail.xing.com"),
    ),
    "newsletter": (
        ("The Hiring Brief", "editor@hiringbrief.substack.example"),
        ("Lenny's Careers Corner", "corner@careerscorner.example"),
        ("People Matters Weekly", "newsletter@peoplematters.example.in"),
    ),
    "event": (
        ("Supply Chain Careers Expo", "rsvp@scexpo.example.com.au"),
        ("Hopin Events", "no-reply@hopin.example"),
        ("Women in Logistics Network", "events@wiln.example.org"),
    ),
    "course": (
        ("Udemy", "no-reply@e.udemy.com"),
        ("Interview Kickstart", "hello@interviewkickstart.example"),
        ("Coursera", "no-reply@m.coursera.org"),
    ),
    "university": (
        ("UST Careers & Employability", "careers@ust.edu.au"),
        ("TU Bremen Career Service", "career-service@tu-bremen.example.de"),
    ),
    "service": (
        ("Qantas Frequent Flyer", "qantasff@e.qantas.example.com.au"),
        ("HDFC Bank InstaAlerts", "alerts@hdfcbank.example.net"),
        ("Amazon.de", "versandbestaetigung@amazon.example.de"),
        ("Uber Receipts", "uber.au@uber.example.com"),
        ("Booking.com", "noreply@booking.example.com"),
    ),
}
LISTS_ZH = {
    "job-alert": (
        ("BOSS直聘", "noreply@zhipin.com"),
        ("智联招聘", "service@zhaopinmail.com"),
        ("猎聘", "system@liepin.com"),
        ("前程无忧51job", "jobs@51job.com"),
        ("104人力银行", "service@104.com.tw"),
    ),
    "network": (("脉脉", "notice@maimai.cn"), ("领英", "notifications-noreply@linkedin.com")),
    "newsletter": (
        ("HR研究社", "push@hryanjiushe.example.cn"),
        ("职场进化论", "news@zhichang.example.cn"),
    ),
    "event": (
        ("2029秋季物流人才招聘会", "expo@wlrc.example.cn"),
        ("活动行", "notice@huodongxing.com"),
    ),
    "course": (("网易云课堂", "study@study.163.com"), ("极客时间", "service@geekbang.org")),
    "university": (
        ("南屿大学就业指导中心", "jyzx@nanyu.edu.cn"),
        ("华中某大学学生就业处", "career@hzu.example.edu.cn"),
    ),
    "service": (
        ("招商银行", "ccsvc@message.cmbchina.com"),
        ("京东", "jd@jd.example.com"),
        ("携程旅行", "noreply@ctrip.example.com"),
        ("中国移动", "10086@139.com"),
    ),
}

# Recruiters and agencies cold-calling about roles the candidate did not apply for.
AGENCIES_EN = (
    ("Hudson Keane Recruitment", "hudsonkeane.com.au"),
    ("Talentbridge India", "talentbridge.example.in"),
    ("Nordwerk Personalberatung", "nordwerk-personal.de"),
    ("Staffbay Mexico", "staffbay.example.mx"),
)
AGENCIES_ZH = (  # the first is the one that introduces itself in phrases_i
    ("瀚海人才", "hanhai-hr.example.com"),
    ("锐仕方达", "rsfd-hunter.example.cn"),
    ("科锐国际", "careerintl.example.cn"),
)

# Friends, family and the candidate's own colleagues.
FRIENDS_EN = (  # in the order of phrases_i.UNRELATED_EN["personal"]
    ("Mum", "mum.and.dad@bigpond.example.com"),
    ("Hamish Doyle", "hamish.doyle81@gmail.com"),
    ("Renata Ochoa", "renata.ochoa@hotmail.com"),
    ("Nisha", "nisha.k.iyer@yahoo.co.in"),
    ("Tobias", "tobi.k@gmx.de"),
)
FRIENDS_ZH = (  # in the order of phrases_i.UNRELATED_ZH["personal"]
    ("老妈", "mama1962@163.com"),
    ("阿杰", "ajie_007@qq.com"),
    ("表姐", "biaojie.chen@126.com"),
    ("室友小葵", "xiaokui.w@foxmail.com"),
    ("老周", "zhou.weiguo@sina.com"),
)
# The candidate's current employer, whose colleagues write about their own work.
CURRENT_JOB_EN = ("Brightwater Analytics", "brightwater-analytics.example.com")
CURRENT_JOB_ZH = ("易达通信", "yidatong.example.cn")
COLLEAGUES_EN = (
    ("Fergus Lamont", "Engineering Manager"),
    ("Anjali Sood", "Team Lead"),
    ("Carla Benítez", "Recruiting Coordinator"),
)
COLLEAGUES_ZH = (("钱多多", "组长"), ("韩冬", "部门经理"), ("白露", "HRBP"))
