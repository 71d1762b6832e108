"""Part A phrasings of the independent corpus, written fresh (English and Chinese).

Slots: {first} candidate's first name, {company}, {role}, {person} the writer, {day} a day
written out, {link} a URL. Each string is one message body, without greeting or sign-off.
"""

EN = {
    "rejection": [
        "Thanks so much for the time you gave us over the last few weeks. Everyone who met you "
        "enjoyed the conversations, and your portfolio sparked a real debate. In the end we are "
        "going to continue with people whose background sits closer to what the {role} team "
        "needs right now, so we will be closing your application here.",
        "Quick note: we've decided to go another way for this one. Really appreciated your time.",
        "We appreciate your interest in {company}. After reviewing your qualifications against "
        "the requirements of the {role} position, we have determined that other applicants more "
        "closely meet our current needs. We will not be progressing your candidacy.",
        "Your application status for {role} (Req #48213) has been updated: No longer under "
        "consideration. You can review your other applications in the candidate home.",
        "I wanted to let you know personally that the panel won't be moving you to the final "
        "stage. It was a close call and the feedback on your system design answer was strong; "
        "the gap was depth in stream processing.",
        "hey {first} - going to pass on this one, sorry. not the right timing for us to bring on "
        "someone with your profile. good luck!",
        "Thank you for applying. We received a very large number of applications and, having "
        "read yours carefully, we are sorry to say it has not been shortlisted on this occasion.",
        "We were genuinely impressed by your experience. That said, for this opening the hiring "
        "team has chosen to focus on applicants with more hands-on payroll experience, and we "
        "won't be taking your application any further. Please don't let this stop you from "
        "applying again.",
        "After a second look we feel the match between your experience and this role isn't "
        "strong enough to continue. We truly appreciate the effort you put into the take-home.",
    ],
    "interview-invite": [
        "Your background stood out to us and we'd love to have a first conversation about the "
        "{role} opening. Do you have 30 minutes on {day}, or any afternoon later that week?",
        "Please use the link below to pick a slot for your technical interview with our "
        "platform team: {link}",
        "Good news - the team would like to meet you onsite for the final round. We are "
        "thinking {day}, roughly 10:00 to 14:00 including lunch. Does that suit you?",
        "Next step is a short take-home exercise: we will send you a small dataset and ask for "
        "a one-page analysis. You will have five days once you start. Reply to let me know when "
        "you want to receive it.",
        "Can we jump on a call? 20 minutes, just to hear more about what you're looking for. "
        "I'm flexible {day}.",
        "Following your application for {role}, we would like to invite you to a video "
        "interview with the hiring manager. The interview will last around 45 minutes and will "
        "be held on Microsoft Teams.",
        "You have been selected to take our online assessment for {role}. The assessment takes "
        "about 60 minutes and must be completed within 72 hours: {link}",
        "Would you be up for meeting two of the engineers for a pairing session? It's informal, "
        "about an hour, and we can do it remotely. Send over a few times that work next week.",
    ],
    "offer": [
        "Unfortunately it took us a little longer than planned to get approvals, but I'm "
        "delighted to say we would like you to join as our new {role}. The written offer is "
        "attached; the base is as we discussed, with equity on top.",
        "It's a yes from all of us! We'd love for you to come on board. I'll send the paperwork "
        "through tonight - let me know if you'd like to talk numbers first.",
        "Following your interviews, {company} is pleased to extend you an offer of employment "
        "for the position of {role}, starting on {day}. Please review the terms in the candidate "
        "portal and confirm your acceptance within five working days.",
        "We can't quite match the salary you mentioned, but we'd still very much like to have "
        "you: our offer is EUR 68,000 plus a 10% bonus, and we can revisit after six months. "
        "The contract is attached for your review.",
        "Congratulations - the hiring committee approved your hire this morning. Your offer "
        "letter is now available to sign in DocuSign.",
        "Just off the phone with the team: we want you! Formal offer coming tomorrow, but I "
        "didn't want you to wait another night.",
        "I am happy to confirm that you have been successful and we would like to appoint you "
        "to the role of {role}. Please find your contract of employment enclosed.",
    ],
    "acknowledgement": [
        "This is an automated message to confirm we have your application for {role}. Our "
        "team looks at every submission and will contact you if your experience matches.",
        "Thanks for applying to {company}! We've got your application and it's now with the "
        "hiring team. You can check its status at any time from your candidate dashboard.",
        "Got your note, thanks - I've passed it along to the hiring manager and will circle "
        "back once I hear from her.",
        "Your application (reference APP-20931) was submitted successfully on {day}. Please do "
        "not reply to this email.",
        "Thank you for submitting your completed assessment. It has been received and will be "
        "reviewed alongside your application.",
        "Many thanks for your email and the updated CV, which I have added to your file.",
        "We confirm receipt of your application for the {role} vacancy. Owing to the volume of "
        "applications, only shortlisted candidates will be contacted.",
    ],
    "info-request": [
        "Before we schedule anything, could you tell us your notice period and whether you "
        "would need visa sponsorship to work in the UK?",
        "To complete your file, please upload a copy of your degree certificate and two "
        "professional references to the portal by Friday.",
        "One thing I forgot to ask: what salary range are you targeting for this role?",
        "We're missing your work samples - could you send a link to two or three projects you "
        "are proud of?",
        "As part of our pre-employment checks, we need you to fill in the attached background "
        "consent form and return it with a scan of your passport.",
        "Quick question, are you open to working from our Manchester office three days a "
        "week? And what is your earliest possible start date?",
        "Your application is incomplete: the screening questions were left blank. Please log in "
        "and answer them so the recruiter can review your profile.",
    ],
    "still-deciding": [
        "I know it has been a while. The hiring manager has been travelling, so the final "
        "decision has slipped; we expect to wrap things up by {day} and I will write to you "
        "either way.",
        "No news yet, sorry! We're finishing the last two interviews this week and then the "
        "panel meets.",
        "We wanted to let you know that your application is still active. Our team is "
        "continuing to review candidates and we will be in touch once there is an update.",
        "Thanks for checking in. You are still very much in the running; we need sign-off from "
        "finance before we can move, which usually takes a week or two.",
        "The team is still comparing notes from the final round. Please bear with us a little "
        "longer - you'll hear from me before the end of next week.",
        "Apologies for the silence. Budget planning has held up every open role this quarter "
        "and we have not reached a decision on {role} yet.",
    ],
    "position-closed": [
        "I'm writing with an update on the {role} search. We have filled the position "
        "internally, so we are closing the opening and will not be continuing interviews. This "
        "is not a reflection on you.",
        "The {role} role has been filled by another candidate who accepted our offer last "
        "week, so the vacancy is now closed.",
        "Due to a company-wide hiring freeze, the {role} requisition has been cancelled and "
        "all open interviews are on hold until further notice.",
        "After the reorganisation announced last month, this position no longer exists in its "
        "current form. We have withdrawn the posting and stopped the recruitment process.",
        "Heads up: leadership paused the {role} hire for now, so we won't be scheduling the "
        "next round. If it reopens I'll reach out first.",
        "We regret to inform you that the {role} opening has been withdrawn due to changes in "
        "budget, and we are no longer recruiting for it.",
        "This job posting has expired and is no longer accepting applications. Your "
        "application will not be reviewed for this requisition.",
    ],
}

ZH = {
    "rejection": [
        "非常感谢您在面试中的精彩表现，团队对您的专业能力印象深刻。经过综合评估，我们认为您的经历"
        "与{role}岗位当前的需求还不够贴合，因此这次没有办法继续推进，希望以后还有合作的机会。",
        "{first}你好，跟老板沟通过了，这个岗位我们先不考虑你了，谢谢理解。",
        "您好，您投递的{role}职位申请状态已更新为：不合适。感谢您对{company}的关注。",
        "经过用人部门的慎重讨论，很抱歉地通知您，您未能通过本轮复试。您的简历将保存在我们的人才库中。",
        "感谢您参加{company}的笔试。根据综合成绩，您暂未进入下一轮面试环节，祝您早日找到心仪的工作。",
        "我们仔细阅读了您的材料，您的背景很优秀，但本次岗位更看重大型项目的管理经验，所以决定不再"
        "往下走了，真的很感谢您花时间准备。",
        "您好！面试结果已出，遗憾您本次未被选中。欢迎关注我们后续发布的其他岗位。",
    ],
    "interview-invite": [
        "您好，我们看了您的简历，觉得和{role}岗位比较匹配，想约您{day}下午做一次线上面试，大约40分钟，您看方便吗？",
        "恭喜您通过简历筛选！请于收到邮件后48小时内点击链接完成在线测评：{link}",
        "{first}你好，技术面安排在{day}上午十点，地点在我们公司18楼会议室，到了给我打电话就行。",
        "您好，您已进入{role}岗位的终面环节，请在以下时间段中选择方便的时间回复我们：周二上午、周三下午、周四全天。",
        "想邀请您完成一个小作业：根据附件中的需求设计一个简单的后台接口，三天内提交即可，完成后我们再约面试。",
        "你好，方便的话这周找个时间电话聊一下？主要了解一下你目前的情况和求职意向。",
        "诚挚邀请您参加{company}{role}岗位的第二轮面试，面试形式为视频面试，会议链接稍后发送。",
    ],
    "offer": [
        "很遗憾前面让您久等了，不过好消息是：公司已经审批通过，决定正式录用您为{role}，录用通知书见附件。",
        "恭喜你！我们团队一致决定邀请你加入，薪资方案按照上次沟通的执行，入职日期可以再商量。",
        "经过综合评估，{company}很高兴向您发出{role}岗位的录用通知，月薪税前25000元，请于三个工作日内回复是否接受。",
        "你好{first}，老板那边已经批了，offer今天下午发你邮箱，有问题随时找我。",
        "您好，您已通过全部面试流程，我们诚挚地邀请您加入{company}，请查收附件中的聘用意向书并签字确认。",
        "虽然没能完全达到您期望的薪资，但我们仍非常希望您加入：我们可以提供年薪38万加年终奖，具体见附件offer。",
    ],
    "acknowledgement": [
        "您好，您的简历我们已经收到，HR会在五个工作日内完成初筛，如有进一步安排会另行通知。",
        "感谢您投递{company}的{role}岗位！这是一封系统自动发送的邮件，请勿直接回复。",
        "收到你的邮件了，我这边转给面试官看一下，有消息再告诉你。",
        "您已成功提交{role}岗位的申请，可登录招聘官网查看申请进度。",
        "谢谢您发来的作品集，资料已经归档，我们会和您的面试记录一起评估。",
        "您的在线测评答卷已提交成功，我们将尽快完成评阅。",
    ],
    "info-request": [
        "您好，麻烦提供一下您的期望薪资和目前的离职状态，方便我们安排下一步。",
        "为完成入职前的背景调查，请在本周五前补充上传学历证书和上一家公司的离职证明。",
        "想确认一下，您能接受每个月出差一周左右吗？另外最快什么时候可以到岗？",
        "请您填写附件中的应聘人员信息登记表，并附上一张近期证件照，回复本邮件即可。",
        "看了您的简历，想请您补充一下最近两个项目的具体职责和成果，最好附上链接。",
        "你好，请问你现在在上海还是北京？我们岗位在杭州，能接受异地吗？",
    ],
    "still-deciding": [
        "您好，目前还有两位候选人的面试没有完成，最终结果预计下周三前通知您，请再耐心等待几天。",
        "让您久等了，您的面试评估还在审批中，领导这周出差，回来后会尽快给您答复。",
        "你好，结果还没出，年底各部门预算在调整，我这边一有消息马上告诉你。",
        "感谢您的询问，您目前仍在我们的候选名单中，我们会在月底前完成决策。",
        "面试反馈已经汇总给用人部门，他们还在讨论，请再给我们一点时间。",
    ],
    "position-closed": [
        "关于{role}岗位，我们内部已经有同事转岗过来，这个职位已经招到人了，所以暂时关闭招聘，和您的表现无关。",
        "很抱歉地通知您，由于公司业务调整，{role}岗位的招聘需求已取消，后续面试也一并取消。",
        "您好，该岗位已由其他候选人入职，招聘已结束，感谢您一直以来的关注。",
        "因为今年的HC被冻结了，{role}这个岗位先暂停招聘，什么时候重启目前还不确定。",
        "您应聘的职位已下线，不再接收新的申请，已投递的简历将不再处理。",
        "我们部门架构调整，这个岗位合并到其他团队了，原来的招聘计划撤销，实在抱歉打扰您这么久。",
    ],
}

OOO_EN = [
    "I am out of the office until {back} with no access to email. For anything urgent please "
    "contact {deputy}.",
    "Thanks for your message. I'm on annual leave and will be back on {back}. Your email will "
    "not be forwarded.",
    "Hello, I'm currently travelling with limited connectivity and will reply when I return "
    "on {back}.",
    "I'm away from {start} to {end} inclusive. I'll get back to you after that.",
    "Automatic reply: I am on parental leave. I return to the office on {back}. Please reach "
    "the talent team at talent@{domain} in the meantime.",
]
OOO_ZH = [
    "您好，我正在休年假，{back}返回办公室，期间邮件回复可能不及时，急事请联系{deputy}。",
    "自动回复：本人{start}至{end}出差，无法及时查看邮件，回来后第一时间处理。",
    "您好，我于{back}回到工作岗位，届时会尽快回复您的邮件，谢谢！",
    "这是一封自动回复邮件。我目前在休假，预计{back}恢复办公。",
]

UNRELATED_EN = {
    "job-alert": [
        "12 new jobs match your search 'data engineer in Berlin'. Senior Data Engineer - "
        "Zalando. Data Platform Engineer - N26. Analytics Engineer - HelloFresh. See all jobs.",
        "Your job alert for product designer: 5 new results this week. Apply with one click, "
        "recruiters are actively hiring.",
        "Based on your profile, you might be interested in these roles: Backend Developer at "
        "Stripe, Platform Engineer at Monzo. Your application could be one of the first.",
    ],
    "review-digest": [
        "This week on Glassdoor: 'Interview at Meta - 4 rounds, got the offer', and the top 10 "
        "companies for work-life balance. See what employees say about your saved companies.",
        "Top posts today: 'Rejected after the final interview, what now?', 'Offer negotiation "
        "tips for new grads', 'Is a 20% raise worth switching?'",
        "New salary data for Software Engineer at Google: median total compensation $254k. "
        "Compare offers and see interview reviews.",
    ],
    "newsletter": [
        "In this issue: five questions every hiring manager asks in a final interview, how to "
        "answer 'why are you leaving?', and why a rejection email is not the end of the story.",
        "Hiring is slowing in fintech but speeding up in climate tech. Plus: our reader who "
        "turned down an offer to start a company.",
    ],
    "university": [
        "Career Center newsletter: the Fall Career Fair is on Thursday in the Student Union. "
        "Book a mock interview with an advisor, and don't miss the offer-negotiation workshop.",
        "Alumni careers update: 40 employers are recruiting graduates this term. Register for "
        "the CV clinic and the interview skills webinar.",
    ],
    "community": [
        "You're invited! Join us on Tuesday for 'Breaking into ML: interviews, offers and "
        "everything in between', a free community webinar with three hiring managers. RSVP.",
        "Call for speakers: our spring meetup is looking for talks. Pizza provided. Hiring "
        "companies can book a table at the job fair.",
    ],
    "agency": [
        "Hi {first}, I came across your profile and think you'd be a great fit for a Senior "
        "Data Engineer role with one of my clients, a Series B fintech in London. Would you be "
        "open to a quick chat this week?",
        "Hope you're well! We are a specialist recruitment agency and have several contract "
        "opportunities (6 months, outside IR35) that match your skills. Are you available to "
        "interview?",
        "Hello, I'm a recruiter at Apex Staffing. Our client is hiring a QA Lead, salary up to "
        "90k, hybrid. If you're interested, reply with your updated CV and I'll set up an "
        "interview with them.",
    ],
    "personal": [
        "Hey! How did the interview go on Tuesday?? Call me when you can, I want to hear "
        "everything. Also, Maria got the offer from that bank, so we're celebrating Saturday.",
        "Hi sweetheart, Dad and I were so proud to hear about your second interview. Don't "
        "worry if it takes a while, the right offer will come. Love, Mum",
        "Man, I got rejected from Spotify today, third final round this year. Fancy a beer "
        "tonight? I need to vent about job hunting.",
        "Quick one - could you look over my cover letter before I apply to that startup? They "
        "want to interview this week and I'm panicking.",
    ],
    "service": [
        "Your order #112-4827731 has shipped and will arrive on Thursday. Track your package.",
        "Your statement for November is ready. Log in to view your balance and recent "
        "transactions.",
        "Your verification code is 482910. It expires in 10 minutes.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "为您推荐：数据分析师（北京）15-25K，算法工程师（杭州）30-50K，立即投递，HR正在招人！",
        "您订阅的职位有新动态：3家公司查看了您的简历，8个新职位与您匹配，点击查看详情。",
    ],
    "review-digest": [
        "本周热门面经：字节跳动三面后拿到offer的经验分享；如何应对群面；被拒后该怎么复盘？",
        "看准网周报：您关注的公司有12条新的面试评价和薪资爆料，快来看看吧。",
    ],
    "newsletter": [
        "本期内容：秋招面试常见问题汇总、如何谈薪、拿到多个录用通知时该怎么选。",
        "职场周刊：今年互联网行业招聘回暖，应届生平均起薪上涨，附十大热门岗位。",
    ],
    "university": [
        "就业指导中心通知：本周四下午在体育馆举行秋季大型招聘会，届时将有80余家企业现场面试，欢迎同学们携带简历参加。",
        "毕业生就业简报：已有300多名同学签约，模拟面试和简历诊断活动报名中。",
    ],
    "community": [
        "诚邀您参加本周六的技术沙龙《大模型时代的求职与面试》，现场有多家企业HR分享招聘经验，名额有限，报名从速。",
        "线上直播预告：资深HR教你拿下面试，扫码预约直播。",
    ],
    "agency": [
        "您好，我是猎头顾问陈先生，看到您的简历非常优秀，我们有一家上市公司客户在招高级算法工程师，年薪60-80万，方便聊聊吗？",
        "你好，我这边有几个外包岗位，项目制，薪资可谈，如果感兴趣可以发一份最新简历给我，我帮你安排面试。",
    ],
    "personal": [
        "闺女，面试怎么样了？别太紧张，找工作慢慢来，周末回家吃饭吧。",
        "恭喜恭喜！听说你拿到offer了？我这边还在等二面的结果，好焦虑啊。",
        "跟你说个事，我今天被拒了，面了三轮最后没通过，晚上出来吃个饭吧。",
    ],
    "service": [
        "您的快递已到达小区驿站，请凭取件码 8-2-1043 及时领取。",
        "您本月的信用卡账单已出，本期应还金额 3,268.50 元，请于到期日前还款。",
        "【12306】您购买的G101次列车车票已出票，请按时乘车。",
    ],
}
