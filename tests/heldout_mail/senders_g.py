"""Part g's employers, people, candidates, ATS notifiers, agencies and list senders (all fictional).

Countries earlier parts barely used: Canada, France, the Netherlands, Japan and Hong Kong
employers writing English, Brazil, Singapore, the UAE, and mainland employers in tier-2 cities.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Firm:
    name: str
    domain: str
    country: str  # CA, FR, NL, JP, HK, BR, SG, AE, CN
    lang: str  # the language it writes to candidates in
    hours: int  # UTC offset of its mail server's clock
    city: str
    alias: str = ""  # a second domain it sometimes writes from (a group or regional domain)


FIRMS = (
    Firm("Northpine Analytics", "northpine.ca", "CA", "en", -5, "Toronto", "northpine-group.com"),
    Firm("Maplewave Health", "maplewavehealth.ca", "CA", "en", -8, "Vancouver"),
    Firm("Lumière Mobilité", "lumiere-mobilite.fr", "FR", "en", 1, "Lyon", "lumiere-group.eu"),
    Firm("Atelier Sorel", "ateliersorel.fr", "FR", "en", 1, "Paris"),
    Firm("Grachtwerk", "grachtwerk.nl", "NL", "en", 1, "Amsterdam"),
    Firm("Dijkstra Logistics", "dijkstra-logistics.nl", "NL", "en", 1, "Rotterdam"),
    Firm("Kanagawa Robotics", "kanagawa-robotics.co.jp", "JP", "en", 9, "Yokohama"),
    Firm("Hoshino Pay", "hoshinopay.jp", "JP", "en", 9, "Tokyo", "hoshino-hd.co.jp"),
    Firm("Harbourline Capital", "harbourline.com.hk", "HK", "en", 8, "Hong Kong"),
    Firm("Kowloon Bay Systems", "kowloonbay.hk", "HK", "en", 8, "Hong Kong"),
    Firm("Ipê Tecnologia", "ipetec.com.br", "BR", "en", -3, "São Paulo"),
    Firm("Ondas Fintech", "ondas.com.br", "BR", "en", -3, "Belo Horizonte"),
    Firm("Merlion Freight", "merlionfreight.sg", "SG", "en", 8, "Singapore"),
    Firm("Tanjong Labs", "tanjonglabs.com.sg", "SG", "en", 8, "Singapore", "tanjong.io"),
    Firm("Falcon Dunes Energy", "falcondunes.ae", "AE", "en", 4, "Abu Dhabi"),
    Firm("Qasr Retail Group", "qasrgroup.ae", "AE", "en", 4, "Dubai"),
    Firm("蓉创科技", "rongchuang-tech.cn", "CN", "zh", 8, "成都"),
    Firm("江城智造", "jiangcheng-zz.com", "CN", "zh", 8, "武汉"),
    Firm("秦岭云计算", "qinlingyun.cn", "CN", "zh", 8, "西安"),
    Firm("皖芯半导体", "wanxin-semi.com", "CN", "zh", 8, "合肥", "wanxin-group.cn"),
    Firm("姑苏数据", "gusudata.cn", "CN", "zh", 8, "苏州"),
    Firm("湘江互娱", "xiangjiang-hy.com", "CN", "zh", 8, "长沙"),
    Firm("海岱物流", "haidai56.cn", "CN", "zh", 8, "青岛"),
    Firm("中原智行", "zyzhixing.com", "CN", "zh", 8, "郑州"),
    Firm("金陵医科", "jinlingmed.cn", "CN", "zh", 8, "南京"),
    Firm("滇池新能源", "dianchi-ne.com", "CN", "zh", 8, "昆明"),
    # Hong Kong and Singapore employers that write in both languages.
    Firm("港湾数码", "gangwan-digital.com.hk", "HK", "mixed", 8, "Hong Kong"),
    Firm("狮城科技 LionCity Tech", "lioncitytech.sg", "SG", "mixed", 8, "Singapore"),
)

PEOPLE_EN = (
    ("Geneviève Tremblay", "Talent Acquisition Partner"),
    ("Marcus Oduya", "Engineering Manager"),
    ("Camille Roux", "Chargée de recrutement"),
    ("Bram de Vries", "Recruiter"),
    ("Sanne Jansen", "HR Business Partner"),
    ("Kenji Watanabe", "Hiring Manager"),
    ("Aiko Morimoto", "Talent Acquisition"),
    ("Winnie Cheung", "Senior Talent Partner"),
    ("Rafael Nogueira", "Tech Recruiter"),
    ("Beatriz Lima", "People Operations"),
    ("Darren Goh", "Head of Talent"),
    ("Nur Aisyah Rahman", "HR Executive"),
    ("Omar Al Mansoori", "Talent Acquisition Specialist"),
    ("Fatima Haddad", "Recruitment Lead"),
    ("Liam O'Connell", "Director of Engineering"),
    ("Chloé Martin", "Responsable RH"),
)
PEOPLE_ZH = (
    ("王晓琳", "招聘专员"),
    ("赵一鸣", "HRBP"),
    ("孙婧", "人力资源部"),
    ("何立军", "技术总监"),
    ("周雨桐", "招聘经理"),
    ("梁诗涵", "HR"),
    ("马骁", "研发部负责人"),
    ("黄蕾", "校园招聘负责人"),
    ("邓子豪", "人事行政主管"),
    ("冯倩", "招聘主管"),
)
CANDIDATES_EN = (
    ("Priya Raman", "priya.raman@fastmail.com", "Priya"),
    ("Lucas Moreau", "lucas.moreau@proton.me", "Lucas"),
    ("Emily Tran", "emily.tran.dev@gmail.com", "Emily"),
    ("Tomás Ferreira", "tferreira@outlook.com", "Tomás"),
    ("Hannah Visser", "hannah.visser@posteo.net", "Hannah"),
    ("Daniel Okafor", "daniel@okafor.me", "Daniel"),
)
CANDIDATES_ZH = (
    ("陈思远", "chensiyuan@163.com", "思远"),
    ("刘佳怡", "liujiayi_work@qq.com", "佳怡"),
    ("周博文", "bowen.zhou@outlook.com", "博文"),
    ("林可欣", "kexin.lin@foxmail.com", "可欣"),
    ("吴昊天", "wuhaotian2020@126.com", "昊天"),
)
ROLES_EN = (
    "Data Engineer", "Product Designer", "Backend Developer", "Supply Chain Analyst",
    "Site Reliability Engineer", "Marketing Manager", "QA Automation Engineer",
    "Financial Controller", "Machine Learning Engineer", "Customer Success Lead",
)  # fmt: skip
ROLES_ZH = (
    "Java开发工程师", "产品经理", "数据分析师", "嵌入式软件工程师", "UI设计师", "算法工程师",
    "供应链专员", "测试开发工程师", "新媒体运营", "财务分析岗",
)  # fmt: skip

# Applicant tracking systems: (display, address); {company} and {slug} are filled in.
ATS_EN = (
    ("{company} Careers", "{slug}@myworkday.com"),
    ("{company} Recruiting", "no-reply@us.greenhouse-mail.io"),
    ("{company}", "no-reply@hire.lever.co"),
    ("{company} Talent Team", "{slug}@smartrecruiters.com"),
    ("{company} Hiring", "{slug}-careers@talent.icims.com"),
)
ATS_ZH = (
    ("{company}招聘", "noreply@mokahr.com"),
    ("{company}校园招聘", "{slug}@italent.cn"),
    ("飞书招聘 · {company}", "hire-notify@feishu.cn"),
    ("{company}人才招聘系统", "system@{slug}.zhiye.com"),
)
ATS_NAMES_EN = ("Workday", "Greenhouse", "Lever", "SmartRecruiters", "iCIMS")
ATS_NAMES_ZH = ("Moka", "北森", "飞书招聘", "智能招聘")

# Recruitment agencies: (name, domain).
AGENCIES_EN = (
    ("Brightbridge Talent", "brightbridge-talent.com"),
    ("Polder Search", "poldersearch.nl"),
    ("Gulfstaff Partners", "gulfstaff.ae"),
    ("Straits Executive Search", "straits-search.sg"),
)
AGENCIES_ZH = (
    ("锐仕猎头", "ruishi-hunter.cn"),
    ("千里马人才", "qianlima-hr.com"),
)
AGENT_PEOPLE_EN = ("Jasmine Koh", "Pieter Bakker", "Sara Nasser", "Ethan Brooks")
AGENT_PEOPLE_ZH = ("刘顾问", "陈芳", "Kevin 张")

# Senders of unrelated mail by kind: (display, address).
LIST_SENDERS_EN = {
    "job-alert": [("JobRadar Alerts", "alerts@jobradar.example.com"),
                  ("Careerline", "jobs-noreply@careerline.example.net")],
    "digest": [("Glassview", "digest@glassview.example.com"),
               ("Interview Stories Weekly", "weekly@ivstories.example.org")],
    "newsletter": [("The Hiring Ledger", "newsletter@hiringledger.example.com"),
                   ("Remote Work Letter", "hello@remoteletter.example.io")],
    "webinar": [("TalentSummit Live", "events@talentsummit.example.com"),
                ("Cloudcraft Webinars", "webinars@cloudcraft.example.dev")],
    "alumni": [("UofT Career Centre", "careers@alumni.example-utoronto.ca"),
               ("Sciences Po Alumni", "alumni@network.example-sciencespo.fr")],
    "bank": [("Maple Trust Bank", "offers@mapletrust.example.ca"),
             ("Emirates Horizon Bank", "noreply@ehbank.example.ae")],
    "shop": [("Kettle & Crumb", "deals@kettlecrumb.example.com"),
             ("FlyLow Airlines", "offers@flylow.example.com")],
}  # fmt: skip
LIST_SENDERS_ZH = {
    "job-alert": [("猎聘网", "service@liepin.example.com"), ("BOSS直聘", "notice@zhipin.example.com")],
    "digest": [("看准网", "weekly@kanzhun.example.com"), ("脉脉", "digest@maimai.example.cn")],
    "newsletter": [("职场进化论", "news@zhichang.example.cn")],
    "webinar": [("云原生社区", "event@cloudnative.example.cn")],
    "alumni": [("武汉大学就业指导中心", "job@whu.example.edu.cn"),
               ("西安交大校友会", "alumni@xjtu.example.edu.cn")],
    "bank": [("招商银行信用卡", "creditcard@cmb.example.com"), ("建设银行", "ebank@ccb.example.com")],
    "shop": [("京东", "jd@newsletter.example-jd.com"), ("携程旅行", "marketing@ctrip.example.com")],
}  # fmt: skip
FRIENDS_EN = (
    ("Maya Chen", "maya.chen88@gmail.com"),
    ("Jonas Müller", "jonas.mueller@gmx.de"),
    ("Ana Souza", "anasouza@yahoo.com.br"),
)
FRIENDS_ZH = (
    ("小雨", "xiaoyu1996@qq.com"),
    ("老张", "zhangwei_bj@163.com"),
    ("Amy 李", "amyli@126.com"),
)
# Where the reader works now (colleagues write about candidates the reader interviews).
OWN_EMPLOYER_EN = ("Corvid Software", "corvidsoft.example.com")
OWN_EMPLOYER_ZH = ("星河互联", "xinghe-inter.example.cn")
COLLEAGUES_EN = ("Ravi Menon", "Olivia Grant", "Henrik Lund")
COLLEAGUES_ZH = ("张磊", "陈晨", "吕思琪")
