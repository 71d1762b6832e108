"""Part C phrasings of the independent corpus: a third set, written after part B's headline
figures were seen (its out-of-office dates missed the goal) and before any of B's errors were
read; nothing was tuned on it. Same slots as phrases_a.
"""

EN = {
    "rejection": [
        "We've now completed interviews for {role}. I'm afraid we won't be extending an offer to "
        "you - the final decision came down to depth of experience with regulated clients.",
        "Thank you for your patience. Regrettably, your application has not been successful and "
        "we will not be taking it forward.",
        "Update from {company}: you are no longer being considered for {role}. We appreciate the "
        "time you invested.",
        "I hate sending these. You were a strong candidate and the team liked you a lot, but we "
        "have decided to hire someone with more leadership experience, so we won't be continuing "
        "with your application.",
        "Sorry {first}, we're going to go in a different direction. Thanks a lot for your time.",
        "Having considered all applications against the selection criteria, the panel has "
        "decided not to invite you to interview.",
        "Application status: Declined. The hiring team for {role} has reviewed your profile.",
    ],
    "interview-invite": [
        "Thanks for applying! We'd like to set up a 45-minute video interview with the hiring "
        "manager. What times work for you {day}?",
        "I'd love to introduce you to our Head of Data. Would {day} at 11:00 work for a call?",
        "You're through to the next stage. Please complete the online numerical reasoning test "
        "within five days: {link}",
        "We'd like to invite you to a panel interview at our office on {day}. Please bring a "
        "photo ID for reception.",
        "Can you do a quick intro call this week? Grab any slot on my calendar: {link}",
        "As discussed, the final step is a short presentation to the team. Shall we say {day}?",
    ],
    "offer": [
        "Unfortunately we couldn't get the title changed, but everything else is as you asked: "
        "we are delighted to offer you the {role} position at the salary we discussed. The offer "
        "letter is attached.",
        "Brilliant news - the team would love to have you! I'm sending over your offer today.",
        "We are pleased to confirm our offer of employment for the role of {role}. Please sign "
        "and return the attached contract by {day}.",
        "The committee approved your hire. Your offer is ready to review and sign in the portal.",
        "We'd like you to join {company} as {role}. I'll walk you through the package on a call "
        "tomorrow.",
    ],
    "acknowledgement": [
        "Thanks for applying for {role} at {company}. We've received your application and our "
        "team will be in touch if your skills match our needs.",
        "This is a confirmation that your application was received. Please do not reply to this "
        "automated email.",
        "Many thanks for the documents - all received and added to your file.",
        "We have received your application for {role}. Reference number: JR-20417.",
        "Thanks, got your message. I'll share it with the panel.",
    ],
    "info-request": [
        "Could you let me know your salary expectations and your availability to start?",
        "Please send us two references and a copy of your right-to-work documents.",
        "Are you currently on a notice period, and if so how long is it?",
        "To move forward we need your completed application form and a recent transcript.",
        "Would you be willing to relocate to our Singapore office for this role?",
    ],
    "still-deciding": [
        "We are still reviewing candidates and hope to reach a decision by {day}. Thanks for "
        "your patience.",
        "Nothing yet, I'm afraid - the hiring manager is away this week and we'll decide when "
        "she's back.",
        "Your candidacy remains under consideration. We'll be in touch as soon as we have news.",
        "We're running behind schedule on this search; expect to hear from us within two weeks.",
        "Just checking in to say we haven't forgotten you - final interviews wrap up on Friday.",
    ],
    "position-closed": [
        "The {role} position has been filled by an internal transfer, so we have closed the "
        "vacancy.",
        "Please note that {company} has decided to cancel the {role} requisition due to a change "
        "in priorities.",
        "We've put all hiring on hold until the new financial year, including {role}.",
        "We wanted to let you know that the {role} vacancy has now been filled by another "
        "candidate and is closed.",
        "Our client-facing team is being restructured, and the {role} opening has been withdrawn.",
    ],
}

ZH = {
    "rejection": [
        "感谢您参加我们的面试。经过综合评估，很遗憾您未能通过本轮面试，祝您求职顺利。",
        "你好，这次结果不太理想，我们决定不再推进你的申请，谢谢你的时间。",
        "【{company}】您应聘的{role}岗位筛选结果：不合适。",
        "您的背景非常优秀，但与岗位要求还有一定差距，本次无法为您安排后续流程。",
        "抱歉，经过讨论，我们最终选择了其他候选人，感谢您的理解。",
    ],
    "interview-invite": [
        "您好，您的简历已通过筛选，诚邀您于{day}参加视频面试，请回复确认。",
        "请点击以下链接完成在线笔试，有效期三天：{link}",
        "{first}你好，想约你{day}来公司面谈一下，你看方便吗？",
        "恭喜您进入终面，请告知本周可以参加面试的时间段。",
        "我们想先安排一次电话面试，大约20分钟，请问您什么时候方便？",
    ],
    "offer": [
        "很遗憾没能满足您全部的薪资期望，但我们非常希望您加入，现正式向您发出录用通知，详见附件。",
        "恭喜您！您已被{company}正式录用，请于{day}前确认是否接受。",
        "你好，团队决定录用你，offer已经发到你的邮箱，请查收。",
        "经审批，公司同意录用您担任{role}，入职材料清单见附件。",
    ],
    "acknowledgement": [
        "您好，您的简历已收到，我们会尽快处理，请耐心等待。",
        "您已成功投递{company}的{role}岗位，本邮件为系统自动发送。",
        "材料收到了，谢谢，我会转给用人部门。",
        "感谢您的申请，我们已收到您的应聘资料。",
    ],
    "info-request": [
        "您好，请提供一下您的期望薪资和最快到岗时间。",
        "麻烦补充一份最新的中文简历和作品链接。",
        "请问您是否接受到深圳工作？",
        "为办理入职，请提交身份证复印件和学历证明。",
    ],
    "still-deciding": [
        "您好，面试结果还在审批中，预计下周给您答复，请耐心等待。",
        "还有几位候选人没有面完，结果出来后第一时间通知你。",
        "目前还没有最终结论，您仍在考虑范围内。",
        "领导这周在外地，回来后会尽快做决定，让您久等了。",
    ],
    "position-closed": [
        "您好，该岗位已经通过内部转岗招到合适人选，外部招聘已结束。",
        "由于公司战略调整，{role}岗位的招聘计划已取消。",
        "很抱歉，这个职位已经招满了，暂不再招聘。",
        "因HC冻结，{role}岗位暂停招聘，后续面试取消。",
    ],
}

OOO_EN = [
    "I'm out of the office and will be back on {back}. I'll respond to your email then.",
    "Thank you for your message. I am away until {back} and will have limited access to email.",
    "I'm on vacation from {start} through {end}. Expect a delay in my reply.",
    "Auto-reply: I'm travelling for work and return on {back}. For urgent matters contact {deputy}.",
    "I am currently out of the office, returning on {back}.",
]
OOO_ZH = [
    "您好，我正在休假，将于{back}返回，届时回复您。",
    "自动回复：本人{start}至{end}外出，邮件将延迟回复。",
    "我目前出差中，{back}回公司，急事请联系{deputy}。",
    "您好，本人休年假至{end}，{back}上班后处理您的邮件。",
]

UNRELATED_EN = {
    "job-alert": [
        "Recommended for you: 9 new Data Engineer jobs in Amsterdam. Apply in one click.",
        "New roles at companies you follow: Product Designer at Airbnb and 4 more.",
    ],
    "review-digest": [
        "Community highlights: 'Final interview tips that worked for me' and 'Should I accept "
        "a lower offer?'. Join the discussion.",
        "Fresh interview reviews and salaries for companies on your watch list.",
    ],
    "newsletter": [
        "Today's issue: three mistakes that cost candidates the offer, and how hiring managers "
        "read your CV in six seconds.",
    ],
    "university": [
        "Careers newsletter: interview practice sessions, the spring careers fair and graduate "
        "scheme deadlines this month.",
    ],
    "community": [
        "You're invited to our online panel 'From interview to offer' next Wednesday. Free "
        "tickets, register now.",
    ],
    "agency": [
        "Hi {first}, I'm a talent consultant at a specialist agency. One of my clients is hiring "
        "a Lead Engineer and your background fits well. Open to a chat?",
        "We are currently recruiting for a 6-month contract role with a leading retailer, "
        "excellent day rate. Would you like me to put you forward for an interview?",
    ],
    "personal": [
        "Did you hear back from the interview yet? Fingers crossed for you!",
        "I got the offer!!! Can't believe it. Celebrating Friday, you in?",
    ],
    "service": [
        "Your package has been delivered. Rate your delivery experience.",
        "Your one-time passcode is 559201.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "【新职位】3个高薪岗位等你来投，立即投递！",
        "猜你喜欢：以下职位正在热招，快来看看。",
    ],
    "review-digest": ["热门讨论：终面挂了怎么办？拿到两个offer怎么选？"],
    "newsletter": ["本周精选：求职面试技巧、谈薪攻略和offer选择指南。"],
    "university": ["就业中心通知：本周五举办专场招聘会和模拟面试活动，欢迎同学们报名。"],
    "community": ["邀请您参加线上分享会《从面试到offer》，名额有限，扫码报名。"],
    "agency": ["您好，我是猎头顾问小王，有个外企的高级职位非常适合您，方便聊聊吗？"],
    "personal": [
        "面试结果出来了吗？加油！周末一起吃饭。",
        "我拿到offer了！！下个月入职，太开心了。",
    ],
    "service": ["您的包裹已签收，感谢使用。", "【银行】您的账户于今日支出 200.00 元。"],
}
