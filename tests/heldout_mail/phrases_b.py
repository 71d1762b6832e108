"""Part B phrasings of the independent corpus (the report set), written apart from part A.

Same slots as phrases_a: {first}, {company}, {role}, {person}, {day}, {link}.
"""

EN = {
    "rejection": [
        "I really enjoyed our chat and I can see you'd do great things somewhere. For us, "
        "though, it's a no this time - the team wants someone who has already led a migration "
        "of this size.",
        "Following careful consideration, we regret that we are unable to progress your "
        "application for {role} to interview stage.",
        "Status update for {role}: Not selected. Thank you for your interest in {company}.",
        "You clearly know your stuff and the hiring team said so. But after weighing everyone "
        "we met, we're moving ahead with another applicant whose experience lines up more "
        "directly with our roadmap.",
        "Appreciate you taking the assignment so seriously. Unfortunately it didn't meet the "
        "bar we set for this level, so we'll stop the process here.",
        "thanks for coming in. we're not going to move forward, but keep building cool stuff.",
        "We have reviewed your application in detail and, while your skills are impressive, we "
        "have concluded that your profile is not aligned with the requirements of this role at "
        "this time. We wish you every success in your search.",
        "The interview panel met yesterday. I'm sorry to tell you that we won't be offering "
        "you the position.",
    ],
    "interview-invite": [
        "We would be glad to meet you for a first interview for {role}. Could you let us know "
        "which of these slots suits you: Monday 10:00, Tuesday 15:30 or {day}?",
        "Book your 30-minute recruiter screen here: {link} - pick any time that works.",
        "The hiring manager enjoyed your application. Are you free for a video call {day}?",
        "As the next stage, we'd like you to complete a short coding challenge on HackerRank. "
        "The link is valid for one week: {link}",
        "Let's get you in front of the team: a 3-hour virtual onsite with four short "
        "sessions. I'll coordinate times once you confirm your availability.",
        "fancy grabbing coffee {day} to talk about the role? I'm near the office all morning.",
        "Congratulations, you have progressed to the assessment centre for our graduate "
        "programme. It will take place on {day} at our London office.",
    ],
    "offer": [
        "I'm thrilled to let you know that we'd like to offer you the {role} position. Your "
        "offer pack, including salary and benefits, is attached.",
        "Unfortunately I couldn't get the remote-first arrangement approved, but we would love "
        "you to join us anyway: we're offering the role on a hybrid basis at the salary we "
        "agreed. Details in the attached letter.",
        "Welcome to the team, {first}! Please sign your employment agreement in the portal by "
        "{day} so we can start onboarding.",
        "You got it! The founders signed off this morning. Formal paperwork later today.",
        "On behalf of {company}, it is my pleasure to offer you employment as {role}. This offer "
        "is contingent on satisfactory references.",
        "We'd like to make you an offer. I'll call you this afternoon to go through the details "
        "- base, bonus and start date.",
    ],
    "acknowledgement": [
        "Hi {first}, thanks for your application to {role}! Our recruiting team will review it "
        "and reach out if there's a match.",
        "We have received your application and it is being processed. This mailbox is not "
        "monitored.",
        "Thanks for sending the references over - all received, I'll let the team know.",
        "Your submission to {company} has been received. Application ID: 7741-CR.",
        "Thank you for your interest in {company}. This email confirms that your application "
        "for {role} has been successfully submitted.",
        "Received, thanks! I'll pass your portfolio to the design lead today.",
    ],
    "info-request": [
        "Could you send me your current CV in PDF and a short note on your salary expectations?",
        "Do you have the right to work in Germany, or would you need us to sponsor a permit?",
        "Please complete the short questionnaire in the portal before we can move you to the "
        "next stage.",
        "We need a couple of things before the offer stage: contact details for two referees "
        "and a copy of your photo ID.",
        "What notice period are you on at the moment?",
        "Kindly provide your university transcripts so we can verify your degree.",
    ],
    "still-deciding": [
        "We're still in the middle of interviews and expect to have an answer for everyone in "
        "about two weeks.",
        "Thanks for your patience - the decision is taking longer than we hoped because two "
        "panel members were out sick. I'll update you by {day}.",
        "Just a quick update: no decision has been made yet on {role}. You are still being "
        "considered.",
        "We have one more candidate to meet on Thursday, after which the team will make a call.",
        "Your application remains under review. We appreciate your patience while we complete "
        "our process.",
    ],
    "position-closed": [
        "We have some news on {role}: an internal candidate has been appointed, so the external "
        "search is closed.",
        "The position you interviewed for has been filled. Thank you for your time and interest.",
        "We have put the {role} recruitment on hold indefinitely following a change in business "
        "priorities.",
        "I'm sorry to say the headcount for this role was cut in our latest budget round, so we "
        "have cancelled the search.",
        "This requisition has been closed by the employer. Candidates in process will not be "
        "contacted further about it.",
        "Small update - we decided not to hire for this position after all; the work is being "
        "absorbed by the existing team.",
    ],
}

ZH = {
    "rejection": [
        "非常感谢您对{company}的信任。很遗憾，经过慎重评估，您本次应聘的{role}岗位未能通过，期待未来有机会合作。",
        "你好，面试官反馈整体不错，但跟团队目前的方向不太契合，这次就先不往下推进了，抱歉。",
        "【{company}】您的面试结果：未通过。感谢您的参与。",
        "你的项目经验很扎实，大家都很认可；不过这个岗位最后我们选了经验更对口的候选人，希望你别灰心。",
        "抱歉通知您，您的笔试成绩未达到本岗位的要求，本次招聘流程到此结束。",
        "经过慎重考虑，我们决定不再继续您的面试流程，感谢您的付出。",
    ],
    "interview-invite": [
        "您好，请问{day}上午十点方便参加线上一面吗？腾讯会议号稍后发您。",
        "恭喜进入复试！请点击链接预约面试时间：{link}",
        "{first}你好，我们想请你来公司和业务负责人聊一聊，时间你定，这周或下周都可以。",
        "请在三天内完成附件中的产品分析作业，提交后我们将安排终面。",
        "您已通过初筛，现邀请您参加{role}岗位的电话面试，面试官会在{day}与您联系。",
        "诚邀你参加我们的技术面试，形式为现场面试，地址：科技园南区8栋，请回复确认。",
    ],
    "offer": [
        "很遗憾之前的流程拖得比较久，现在终于可以正式通知您：您已被录用为{role}，请查收录用通知。",
        "恭喜您通过了全部面试！公司决定录用您，入职时间初定为{day}，详细薪酬见附件。",
        "你好，好消息，团队决定给你发offer，年包和上次说的一样，你看看什么时候能入职。",
        "经公司研究决定，拟录用您担任{role}一职，请在收到本通知后五日内确认是否接受。",
        "欢迎加入{company}！附件为您的劳动合同及入职须知，请签字后回传。",
    ],
    "acknowledgement": [
        "您的简历已成功投递至{company}，我们会尽快安排筛选，请耐心等待。",
        "已收到您的面试感谢信，我会转达给面试官，谢谢！",
        "你好，材料都收到了，我先整理一下，下周给面试官。",
        "感谢您的申请，系统已记录您的应聘信息，本邮件由系统自动发出。",
        "您提交的笔试答卷我们已经收到，评阅完成后会通知您结果。",
    ],
    "info-request": [
        "您好，请问您目前的薪资结构是怎样的？期望薪资大概是多少？",
        "请补充提供最近一年的工资流水和学位证书扫描件，谢谢配合。",
        "麻烦确认一下您最快的到岗时间，以及是否接受试用期三个月。",
        "为了推进流程，需要您填写一份背景调查授权书，附件请查收，签字后发回。",
        "想问一下，你之前做过的项目里有没有涉及推荐系统？方便的话发一份作品链接。",
    ],
    "still-deciding": [
        "您好，目前面试还在进行中，我们预计下周五前给出结果，感谢您的耐心。",
        "让你久等了，最终名单还需要总监审批，审批完我第一时间通知你。",
        "面试结果暂时还没有确定，您仍在我们的考虑范围内，请再等等。",
        "这周大家都在忙季度末的事情，决定可能要晚几天，一定会给您答复。",
        "感谢您的耐心，我们还在和最后一位候选人沟通，结束后会统一通知。",
    ],
    "position-closed": [
        "非常抱歉，{role}岗位已经通过内部推荐招到合适的人了，所以外部招聘暂停，后续面试取消。",
        "由于项目预算被砍，{role}这个职位取消了，招聘流程就此终止，实在不好意思。",
        "您好，该职位已关闭，不再进行招聘，感谢您的关注。",
        "公司决定冻结今年下半年的招聘，{role}岗位暂缓，何时重启另行通知。",
        "这个岗位上周已经有人入职了，不再招聘，跟你的面试表现没关系。",
    ],
}

OOO_EN = [
    "I'm on holiday and will return on {back}. I'll have no access to email while I'm away.",
    "Out of office: back {back}. For recruiting questions, write to {deputy}.",
    "I'm attending a conference and will be out of the office from {start} until {end}. "
    "Responses will be delayed.",
    "Thank you for your email. I am currently on leave, returning {back}.",
    "I'm currently away with no access to email. I'll be back in the office on {back}.",
]
OOO_ZH = [
    "您好，我已休假，{back}回来上班，如有急事请联系{deputy}。",
    "【自动回复】本人{start}至{end}休假，期间不能及时回复邮件，敬请谅解。",
    "您好，我目前外出，将于{back}返回，届时回复您。",
    "自动回复：我正在出差，{back}回到公司后处理您的邮件。",
]

UNRELATED_EN = {
    "job-alert": [
        "New jobs for you: Site Reliability Engineer (Remote, EU) and 7 more. These companies "
        "are hiring now - be an early applicant.",
        "Jobs similar to ones you viewed: Marketing Coordinator at Canva, Content Lead at "
        "Figma. Update your job preferences.",
    ],
    "review-digest": [
        "Your weekly digest: 3 new interview reviews for companies you follow, including "
        "'Got an offer after a 5-stage process' at Shopify.",
        "Trending: 'How I negotiated my offer up by 15%' and 'Recruiter ghosted me after the "
        "final interview'. Read more discussions.",
    ],
    "newsletter": [
        "This week: the interview question nobody prepares for, a template for declining an "
        "offer gracefully, and the job market in numbers.",
        "Welcome to issue #87. Layoffs are slowing, hiring freezes are thawing, and our guide "
        "to the perfect follow-up email after an interview.",
    ],
    "university": [
        "Careers Service bulletin: employer presentations this week, graduate scheme deadlines, "
        "and free 1:1 interview practice for final-year students.",
    ],
    "community": [
        "Join 500 engineers at our virtual career summit next Thursday: live mock interviews, "
        "resume reviews and a panel on getting the offer. Register for free.",
        "Our monthly meetup is back! Lightning talks, a hiring board for local startups and "
        "snacks. Save your spot.",
    ],
    "agency": [
        "Hi {first}, I'm working with a fast-growing healthtech client who is hiring an "
        "Engineering Manager. Your profile looks like a strong match - open to hearing more?",
        "We have an exclusive opportunity for a Financial Analyst with a global bank, 12-month "
        "contract, excellent day rate. Can I call you to discuss and arrange an interview?",
        "Hello from NexaRecruit! I saw your profile on LinkedIn and would love to put you "
        "forward for a few roles. Let me know a good time to chat.",
    ],
    "personal": [
        "Congrats on the offer!!! Drinks on you this weekend :) Let me know when you start.",
        "Hi love, any news from that interview? Your uncle says his company is hiring too, "
        "should I pass him your CV?",
        "I finally heard back - they rejected me. Honestly relieved. How's your search going?",
    ],
    "service": [
        "Your subscription has been renewed. Receipt #88213 for $12.99.",
        "A new sign-in to your account was detected from Chrome on Windows.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "【职位推荐】有5个新职位符合您的求职意向：产品经理（上海）、运营专员（深圳），马上去投递吧！",
        "您关注的公司正在招聘：测试工程师 20-30K，点击查看并一键投递。",
    ],
    "review-digest": [
        "脉脉热帖：面完终面被拒是种什么体验？网友晒出年薪百万offer。",
        "本周面经精选：阿里、腾讯、美团面试真题及录用经验分享。",
    ],
    "newsletter": [
        "本周职场资讯：春招即将开始，名企校招时间表汇总，附简历模板下载。",
    ],
    "university": [
        "就业信息周报：本周共有15场专场招聘会，请有意向的同学提前投递简历，做好面试准备。",
    ],
    "community": [
        "邀请函：诚邀您参加年度开发者大会分论坛“技术人的职业发展”，现场设有企业招聘展位。",
    ],
    "agency": [
        "您好，我是锐仕方达的招聘顾问，我们正在为一家知名外企寻找财务主管，看到您的背景很合适，有兴趣了解一下吗？",
        "你好，有一个很不错的机会想推荐给你，头部互联网大厂，薪资涨幅30%以上，方便加个微信细聊吗？",
    ],
    "personal": [
        "儿子，你说的那个面试结果出来没？你爸让我问问你，别太有压力。",
        "我拿到录用通知啦！下个月入职，周末请你吃饭庆祝一下～",
    ],
    "service": [
        "您的外卖订单已送达，感谢使用，欢迎评价。",
        "【支付宝】您有一笔 128.00 元的支出，如非本人操作请及时处理。",
    ],
}
