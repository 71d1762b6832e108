"""Who writes part D of the independent corpus: employers, people, ATS and scheduling vendors,
lists, agencies and friends that appear in no other part and not in tests/mailcorpus.
"""

from __future__ import annotations

from tests.heldout_mail.senders import Employer

EMPLOYERS_D = [
    Employer("Wrenfield Labs", "wrenfield.dev", "US", "en"),
    Employer("Ostara Energy", "ostara-energy.co.uk", "GB", "en"),
    Employer("Palisade Mutual", "palisademutual.com", "US", "en"),
    Employer("Kalama Outdoor", "kalamaoutdoor.com", "US", "en"),
    Employer("Brisa Mobility", "brisamobility.pt", "PT", "en"),
    Employer("Thornbury & Finch LLP", "thornburyfinch.co.uk", "GB", "en"),
    Employer("Veridia Bio", "veridiabio.com", "US", "en"),
    Employer("Hollowtree Studio", "hollowtree.studio", "CA", "en"),
    Employer("Askel Data AB", "askeldata.se", "SE", "en"),
    Employer("Mirabel Pharma GmbH", "mirabel-pharma.de", "DE", "en"),
    Employer("Coralbay Travel", "coralbaytravel.com.au", "AU", "en"),
    Employer("Tessellate AI", "tessellate.ai", "US", "en"),
    Employer("北辰智能", "beichen-ai.cn", "CN", "zh"),
    Employer("若水文化", "ruoshui-culture.com", "CN", "zh"),
    Employer("远岫半导体", "yuanxiu-semi.com", "CN", "zh"),
    Employer("橙光出行", "chengguang-mobility.cn", "CN", "zh"),
    Employer("岭南食品", "lingnan-foods.com.cn", "CN", "zh"),
    Employer("澄明律师事务所", "chengming-law.cn", "CN", "zh"),
    Employer("麦田金融科技", "maitian-fintech.com", "CN", "zh"),
]
PEOPLE_EN = [
    ("Harriet Okafor", "Talent Acquisition Partner"),
    ("Mateo Rinaldi", "Head of Engineering"),
    ("Siobhan Kerr", "People & Culture Manager"),
    ("Arjun Mehta", "Co-founder"),
    ("Lotte de Vries", "Recruitment Consultant (in-house)"),
    ("Caleb Whitaker", "Director of Product"),
    ("Ewa Nowak", "HR Business Partner"),
    ("Jun Park", "Campus Recruiter"),
    ("Olivia Brandt", "Hiring Coordinator"),
]
PEOPLE_ZH = [
    ("林书瑶", "招聘负责人"),
    ("高俊杰", "研发经理"),
    ("许静怡", "人事专员"),
    ("邓文涛", "联合创始人"),
    ("唐梦洁", "HRBP"),
    ("蒋一帆", "招聘主管"),
]
ROLES_EN_D = [
    "Platform Engineer",
    "UX Researcher",
    "Account Executive",
    "Data Scientist",
    "Paralegal",
    "Clinical Data Manager",
    "iOS Developer",
    "Supply Chain Analyst",
]
ROLES_ZH_D = [
    "嵌入式工程师",
    "用户研究员",
    "法务专员",
    "数据产品经理",
    "行政主管",
    "Java开发工程师",
]
CANDIDATES_D = [
    ("Morgan Ellis", "morgan.ellis.cv@gmail.com", "Morgan"),
    ("Aisha Karimi", "aisha.karimi@fastmail.com", "Aisha"),
    ("Tomás Herrera", "tomas.herrera@proton.me", "Tomás"),
    ("宋思琪", "songsiqi_work@163.com", "思琪"),
    ("潘宇航", "panyuhang@foxmail.com", "宇航"),
]
# ATS notifiers not used by other parts: (display with {company}, address with {slug}).
ATS_EN_D = [
    ("{company} Careers", "notification@{slug}.jobvite.com"),
    ("{company} Hiring", "no-reply@{slug}.bamboohr.com"),
    ("{company} Recruitment", "noreply@{slug}.recruitee.com"),
    ("{company} Talent Team", "jobs@{slug}.applytojob.com"),
    ("{company}", "no-reply@{slug}.breezy.hr"),
    ("{company} Recruiting", "noreply@{slug}.pinpointhq.com"),
]
ATS_ZH_D = [
    ("{company}招聘中心", "hr@{slug}.hotjob.cn"),
    ("{company}", "noreply@dayee.com"),
    ("{company}人才招聘", "notice@{slug}.mokahr.com"),
]
SCHEDULERS_D = [
    ("{person} via Cal.com", "hello@cal.com"),
    ("{company} Interview Scheduling", "no-reply@chilipiper.com"),
    ("{person} (SavvyCal)", "notifications@savvycal.com"),
]
LISTS_EN_D = {
    "job-alert": [
        ("ZipRecruiter", "alerts@ziprecruiter.com"),
        ("SEEK", "jobmail@s.seek.com.au"),
        ("Otta", "hello@otta.com"),
        ("Monster", "jobs@monster.com"),
    ],
    "review-digest": [
        ("Fishbowl", "digest@fishbowlapp.com"),
        ("Comparably", "news@comparably.com"),
    ],
    "newsletter": [
        ("Offer Season", "editor@offerseason.beehiiv.com"),
        ("The Talent Memo", "memo@talentmemo.co"),
    ],
    "university": [
        ("Northfield University Careers Service", "careers-bulletin@northfield.ac.uk"),
        ("Lakeside College Alumni", "alumni@lakeside.edu"),
    ],
    "webinar": [
        ("CareerLift Webinars", "events@careerlift.live"),
        ("ON24 Events", "noreply@on24event.com"),
    ],
    "agency": [
        ("Rachel Voss", "rachel.voss@northpoint-talent.com"),
        ("Liam Carter", "liam@bluepeak-recruitment.ie"),
        ("Nadia Hussein", "nadia.h@harborsearch.co"),
    ],
    "personal": [
        ("Jess", "jess.wu.1990@gmail.com"),
        ("Mum", "carol.ellis58@btinternet.com"),
        ("Danny", "dannyk@me.com"),
        ("Priya", "priya.r.nair@outlook.com"),
    ],
    "practice": [
        ("Pramp", "team@pramp.com"),
        ("Interview Kickstart", "news@interviewkickstart.com"),
    ],
    "service": [
        ("Monzo", "help@monzo.com"),
        ("ASOS", "orders@asos.com"),
        ("Dropbox", "no-reply@dropbox.com"),
    ],
    "ats-marketing": [
        ("Workable Jobs", "jobs@workable.com"),
        ("Jobvite Jobs", "alerts@jobvite.com"),
    ],
}
LISTS_ZH_D = {
    "job-alert": [("前程无忧", "service@51job.com"), ("拉勾招聘", "notice@lagou.com")],
    "review-digest": [("牛客网", "digest@nowcoder.com")],
    "newsletter": [("HR商学院周报", "weekly@hrbs-weekly.cn")],
    "university": [("华津大学就业中心", "career@huajin-univ.edu.cn")],
    "webinar": [("活动行", "notice@huodongxing.com")],
    "agency": [
        ("猎头 刘女士", "liu.consultant@tianchen-hunter.com"),
        ("科锐猎头", "hunter@kerui-hr.cn"),
    ],
    "personal": [("老爸", "song.jianguo@sina.com"), ("闺蜜", "xiaoxue0612@qq.com")],
    "practice": [("面试练习营", "service@mianshi-camp.cn")],
    "service": [("招商银行", "creditcard@cmbchina.com"), ("菜鸟驿站", "notice@cainiao.com")],
}
