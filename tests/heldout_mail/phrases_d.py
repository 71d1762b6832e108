"""Part D phrasings of the independent corpus: a fourth set, written from scratch after part C's
figures were reported and before any of C's errors were read or any rule was changed for them.
It is frozen: nothing in the labeller is tuned on it and its individual errors are not read.

Its builder (part_d.py) composes messages from pieces (an opening, the decisive sentence,
logistics, a closing, footers), so one decisive sentence meets many shapes. Slots: {first},
{company}, {role}, {person}, {day}, {link}.
"""

EN = {
    "rejection": [
        "After a lot of back and forth the panel has landed on another profile, so we won't be "
        "moving your application to the next round.",
        "I'm writing with disappointing news: we have chosen not to progress your candidacy for "
        "{role}.",
        "Honestly you were one of the most thoughtful people we spoke to, and this was a close "
        "call. In the end we went with someone whose background is closer to what the team "
        "needs right now, which means we won't be making you an offer.",
        "hey {first} - we talked it over and it's a no from us this time. really appreciated the "
        "conversation though",
        "Your application for {role} has been reviewed. At this time we will not be moving "
        "forward with your candidacy.",
        "We appreciate your interest in {company}. Following careful review, you have not been "
        "shortlisted for this vacancy.",
        "Thank you for completing the technical exercise. The reviewers felt it did not quite "
        "reach the bar for this level, so we are closing your application.",
        "The hiring manager has decided to pursue other applicants whose experience more closely "
        "matches the requirements of the role.",
        "Status change: Not selected. Thank you for considering a career with {company}.",
        "I'm sorry to say we won't be taking things further. I'd be glad to keep your details "
        "on file for future openings, if that's alright with you.",
        "We really enjoyed meeting you on Tuesday. Unfortunately we don't think this particular "
        "role is the right match, and we've decided not to continue the process with you.",
        "quick update: we've decided not to go ahead with your application. best of luck with "
        "the search",
    ],
    "interview-invite": [
        "The team enjoyed your application and we'd like to meet you. Could you do a 30-minute "
        "video call on {day}? Let me know a couple of times that suit.",
        "Next step is a technical conversation with two of our engineers, about an hour. Please "
        "choose a time here: {link}",
        "We'd love for you to take on our take-home challenge. It should take about three hours; "
        "please send your solution back within a week. Details: {link}",
        "free for a quick chat tomorrow or {day}? would love to hear more about what you're "
        "looking for",
        "You have been shortlisted for {role}. We would like to invite you to an assessment day "
        "at our offices on {day}, from 9:30 to 15:00.",
        "Please complete the HackerRank coding assessment for {role} within the next 5 days: "
        "{link}",
        "I've put a placeholder in the calendar for {day} at 2pm for your final round with our "
        "VP. Does that work?",
        "Great speaking with you earlier! As promised, here is the link to book your on-site "
        "loop with the team: {link}",
        "We'd like to move you forward to a case study interview. You'll get the brief 48 hours "
        "before; can you make {day}?",
        "Your interview has been scheduled: {role}, {day}, 10:00-10:45, video link {link}",
    ],
    "offer": [
        "Unfortunately I couldn't get the budget for the extra week of leave approved, but "
        "everything else is in place and I'm very happy to formally offer you the {role} role. "
        "The written offer is attached.",
        "Unfortunately it took longer than we hoped to get sign-off. The good news: we want you "
        "on the team! Your offer letter is attached; please review and sign by {day}.",
        "I'm thrilled to tell you we'd like to offer you the position of {role} at {company}.",
        "congrats {first}!! the team voted yes, offer coming your way this afternoon",
        "Following your interviews, we are delighted to make you a conditional offer of "
        "employment for {role}, subject to references. Details are in the attached letter.",
        "Your offer from {company} is ready. Please log in to review and accept it: {link}",
        "We are pleased to extend an offer for {role}, starting {day}, with a base salary as "
        "discussed. Let me know if you have any questions before signing.",
        "It's official - we'd love you to join us. I've attached the contract and benefits "
        "summary; happy to jump on a call to go through anything.",
    ],
    "acknowledgement": [
        "Thank you for your application for {role}. This message confirms we have received it. "
        "If your experience matches what we're looking for, a member of the team will contact "
        "you to arrange an interview.",
        "Your application has been submitted successfully. You can track its status at any time "
        "in your candidate account: {link}",
        "got it, thanks! passing it on to the hiring manager now",
        "We confirm receipt of your CV and cover letter for the position of {role}.",
        "Thanks for getting in touch about {role}. We've logged your application and will review "
        "it over the coming weeks.",
        "Hi {first}, just confirming that the documents you sent arrived safely. Nothing else "
        "needed for now.",
        "Application received: {role}. Our recruiters review every application; we aim to reply "
        "within 10 working days.",
    ],
    "info-request": [
        "Before we can set up the next conversation, could you share your expected compensation "
        "and earliest start date?",
        "Could you send over two or three work samples, or a link to your portfolio?",
        "Would you mind filling in the short equal-opportunities form and confirming your "
        "current notice period?",
        "One question from the hiring manager: do you hold the right to work in the UK, or "
        "would you need sponsorship?",
        "Can you send me the contact details of two referees, ideally former managers?",
        "Please upload a scan of your degree certificate and passport to the portal so we can "
        "complete the background check: {link}",
        "quick q - are you ok with 3 days a week in the office?",
        "To continue, we need your updated CV with dates of employment. Could you send it by {day}?",
    ],
    "still-deciding": [
        "We haven't reached a decision yet. A couple of other candidates are still in process "
        "and we expect to wrap up by {day}.",
        "No news yet, sorry! The approvals are sitting with finance. I'll chase and get back to "
        "you as soon as I hear.",
        "Your application is still under review. Thank you for your patience while we complete "
        "interviews.",
        "Just a note to say you're still very much in the running; we're finishing the last "
        "interviews this week.",
        "The panel meets again on {day} to make a final call. I'll update you straight after.",
        "Status update for {role}: In review. No action is needed from you at this time.",
        "Things are moving slower than planned because of the holidays. We'll have an answer for "
        "you in the next two weeks.",
    ],
    "position-closed": [
        "I wanted to let you know that we've filled the {role} position with someone from inside "
        "the company, so the opening is now closed. This is no reflection on you.",
        "Due to a change in budget, {company} has decided not to fill the {role} role this year. "
        "The posting has been removed.",
        "The {role} position has been filled. Thank you for your interest; we encourage you to "
        "look at our other openings.",
        "We've paused recruiting for {role} while the team is reorganised. We don't know yet when "
        "or whether it will reopen.",
        "The requisition for {role} was cancelled this morning by the business. I'm sorry for "
        "the wasted effort on your side.",
        "Job closed: {role}. This position is no longer accepting applications and has been "
        "closed by the employer.",
        "Heads up: the role was given to an internal candidate last week, so we're no longer "
        "hiring for it.",
        "A company-wide hiring freeze came into effect today, and all open roles, {role} "
        "included, are on hold until further notice.",
    ],
}

ZH = {
    "rejection": [
        "经过综合评估，您与该岗位的要求暂不匹配，本次就不安排后续流程了。",
        "感谢您参加{company}的面试。很抱歉地通知您，您未被录取。",
        "你好，和团队商量过了，这次我们先不继续了，谢谢你花时间来聊。",
        "您在面试中的表现很出色，我们都很欣赏。不过综合考虑团队现阶段的需要，我们决定不再推进您的申请。",
        "您的应聘状态已更新为：不合适。感谢您对{company}的关注。",
        "非常遗憾，本轮笔试您的成绩未达到进入面试的要求。",
        "简历筛选结果：经用人部门评估，您暂未通过筛选。",
    ],
    "interview-invite": [
        "您好，您的简历已通过初筛，想邀请您{day}下午两点来公司参加一面，地址稍后发您。",
        "方便的话{day}上午十点线上聊一下？会议链接：{link}",
        "请在收到邮件后三天内完成在线测评，链接如下：{link}",
        "下一轮是技术面，大约一小时，请通过以下链接选择合适的时间：{link}",
        "这边给你准备了一个小项目作业，做完后一周内发回邮箱就行。",
        "恭喜您进入终面！终面安排在{day}，由部门总监和HRBP一起面，请准时参加。",
        "在吗？老板想跟你直接聊聊，明天或者{day}有空吗？",
    ],
    "offer": [
        "很遗憾之前的薪资方案没能一次谈妥，经过重新申请，公司决定向您发出正式录用通知，详见附件。",
        "恭喜您！经过面试评估，公司决定录用您为{role}，请于{day}前确认是否接受。",
        "你好，终面反馈非常好，我们想给你发offer，薪资待遇按上次沟通的来。",
        "很遗憾让您久等了，审批刚刚走完：我们很高兴地通知您，您已被正式录用，入职时间定在{day}。",
        "您的录用通知书已生成，请登录招聘系统查看并在线签署：{link}",
    ],
    "acknowledgement": [
        "您好，您投递的{role}岗位简历我们已经收到，HR会在5个工作日内查看。",
        "您的申请已提交成功，可在个人中心查看进度：{link}",
        "收到，谢谢，我转给用人部门看一下。",
        "感谢投递！若您的背景与岗位匹配，我们将尽快联系您安排面试。",
        "您补充的材料已收到，暂时无需其他操作。",
    ],
    "info-request": [
        "为了安排后续流程，麻烦告知一下您的期望薪资和最快到岗时间。",
        "请提供两位前任上级的联系方式，用于背景调查。",
        "麻烦把学历证书和学位证书的扫描件发一下，谢谢。",
        "想确认一下，您目前离职了吗？离职的话需要多久交接？",
        "能否发一些过往的作品或者项目链接给我们看看？",
    ],
    "still-deciding": [
        "面试结果还没有最终确定，还有几位候选人在流程中，预计{day}前给您答复。",
        "抱歉久等，目前还在走内部审批，有消息我第一时间告诉你。",
        "您的申请仍在评估中，请耐心等待。",
        "部门负责人出差了，回来后会统一讨论结果，大概下周。",
        "流程状态：评估中。暂时无需您进行任何操作。",
    ],
    "position-closed": [
        "该岗位已经通过内部调岗招到合适人选，职位现已关闭。",
        "由于公司业务调整，{role}岗位的招聘计划已取消，感谢您的理解。",
        "通知：公司自即日起冻结招聘，所有在招岗位暂停，包括您应聘的{role}。",
        "这个职位已经招满了，已有候选人接受offer入职，后续如有合适机会再联系您。",
        "因预算调整，{role}岗位暂缓招聘，何时重启尚未确定。",
    ],
}

# Pieces the builder puts around the decisive sentence.
OPENERS_EN = [
    "Thanks again for your time over the last few weeks.",
    "I hope you're having a good week.",
    "Thank you for your interest in {company}.",
    "Following up on our conversation about {role}.",
    "Apologies for the slow reply.",
]
CLOSERS_EN = [
    "Let me know if you have any questions.",
    "Thanks again, and all the best.",
    "Feel free to reply to this email if anything is unclear.",
    "Have a great weekend.",
]
OPENERS_ZH = ["感谢您一直以来的耐心。", "您好，打扰一下。", "感谢您对{company}的关注与信任。"]
CLOSERS_ZH = ["如有疑问请随时联系。", "祝一切顺利！", "谢谢！"]
# Footers recruiting mail really carries; some talk about offers without making one.
FOOTERS_EN = [
    "This email and any attachments are confidential. Nothing in this message constitutes an "
    "offer of employment unless confirmed in writing.",
    "{company} is an equal opportunity employer. We do not discriminate on the basis of race, "
    "religion, gender, age or disability.",
    "Manage your email preferences: {link}",
]
FOOTERS_ZH = [
    "本邮件及附件内容保密，如非指定收件人请删除。",
    "{company}从不以任何名义向求职者收取费用。",
]
# A recruiter's note above a forwarded message from the hiring manager.
FORWARD_NOTES_EN = ["See below from {person}.", "Forwarding the team's note.", "fyi, below"]
FORWARD_NOTES_ZH = ["转发一下部门的反馈，请查看。", "见下方邮件。"]

OOO_EN = [
    "Thanks for your email. I'm currently on annual leave and will be back in the office on "
    "{back}. For anything urgent please contact {deputy}.",
    "I'm away on parental leave, returning {back}. Your message will not be forwarded.",
    "Out of office: I'm attending a conference with limited email access and will reply when I'm "
    "back on {back}.",
    "Hello, I am out of the office from {start} to {end} inclusive. I will respond to your "
    "message on my return on {back}.",
    "I'm offline until {back}. If your message is about a live recruitment process, please email "
    "{deputy} instead.",
    "Automatic reply. I'm on holiday and will read my email when I return on {back}.",
]
OOO_ZH = [
    "您好，我正在休年假，{back}回来上班，届时会尽快回复您。",
    "【自动回复】本人{start}至{end}出差，{back}恢复正常办公。紧急事项请联系{deputy}。",
    "您的邮件已收到。本人目前休假中，{back}返岗后处理。",
    "我在外地参加培训，{back}回公司，期间邮件回复可能不及时。",
]

UNRELATED_EN = {
    "job-alert": [
        "12 new jobs match your saved search '{role}'. Senior {role} at Fairhaven Bank - apply "
        "in one click. Be an early applicant: companies are interviewing now.",
        "Recruiters are looking at profiles like yours. Top job picks for you this week: {role} "
        "(remote), {role} (hybrid). Update your preferences to get better matches.",
        "We found a role you might like: {role} at a fast-growing startup. Easy apply. "
        "Unsubscribe from these alerts at any time.",
    ],
    "review-digest": [
        "Top posts this week: 'Got an offer from a FAANG after 6 rounds - AMA', 'Is it normal "
        "for the recruiter to ghost after the final interview?' and salary threads for {role}.",
        "New interview reviews for companies you follow: 'Interview process was two rounds, "
        "offer came within a week.' Read 14 more reviews.",
    ],
    "newsletter": [
        "In this issue: why your offer negotiation should start before the first interview, "
        "five red flags in a rejection email, and this month's hiring index.",
        "Welcome to the Tuesday edition. Hiring is slowing in tech; we look at who is still "
        "making offers and what interviewers ask in 2026.",
    ],
    "university": [
        "Careers Service bulletin: book a mock interview with an adviser, join the graduate "
        "recruitment fair on {day}, and read our guide to accepting or declining an offer.",
        "Alumni careers update: employer presentations this term, CV clinics every Wednesday, "
        "and a reminder that interview practice slots open on Monday.",
    ],
    "webinar": [
        "Join our free live webinar 'Ace the behavioural interview' on {day} at 18:00. Register "
        "now - seats are limited. A recording will be sent to everyone who signs up.",
        "You're invited: virtual career summit with talks on interviewing, offers and salary "
        "negotiation. Save your spot: {link}",
    ],
    "agency": [
        "Hi {first}, I'm a recruiter at Northpoint Talent. I came across your profile and have "
        "a client hiring a Head of Platform - fully remote, strong package. Open to an intro "
        "call this week?",
        "Hope you don't mind the cold message. I'm working on an exclusive search for a fintech "
        "in Dublin and your background looks like a great fit. Could we set up a quick chat?",
        "I have several interview slots available with a client for a contract {role} role, "
        "6 months, day rate negotiable. Send me your CV if interested.",
    ],
    "personal": [
        "how did the interview go?? call me when you're out, dying to hear",
        "Your dad and I were so pleased to hear about the second interview. Fingers crossed for "
        "the offer! Love, Mum",
        "Guess what - I got the offer at the agency!!! Drinks on Friday to celebrate?",
        "Saw this and thought of you, they're hiring a {role}. Want me to refer you? My manager "
        "said she'd interview anyone I recommend.",
        "Sorry to hear it didn't work out with that company. Their loss. Want to grab lunch "
        "next week?",
    ],
    "practice": [
        "Your mock interview is booked for {day} at 19:00 with a peer. Prepare using the "
        "question bank and join here: {link}",
        "Interview prep course: 20% off this week only. Learn how to answer 'Why should we hire "
        "you?' and land the offer.",
    ],
    "service": [
        "Unfortunately your order #44127 has been delayed. We'll send a new delivery date as "
        "soon as the courier confirms it.",
        "Your statement is ready. Log in to online banking to view it.",
        "Your password was changed. If this wasn't you, reset it immediately.",
        "We're sorry, your payment could not be processed. Please update your card details.",
    ],
    "ats-marketing": [
        "New jobs that match your profile on our job board: {role} and 8 more. You're receiving "
        "this because you created a candidate account. Unsubscribe here: {link}",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "为您推荐：{role}岗位 20-35K，多家企业正在急招，立即投递，HR在线秒回！",
        "您订阅的职位有新动态：3家公司正在面试{role}，点击查看详情。",
    ],
    "review-digest": ["本周热门面经：某大厂三轮技术面全过程，附offer薪资对比和谈薪技巧。"],
    "newsletter": ["本期职场周报：年底跳槽怎么谈offer？被拒后如何复盘？点击阅读全文。"],
    "university": [
        "就业指导中心通知：{day}举办秋季双选会，另有简历门诊和模拟面试，欢迎同学报名参加。",
        "校友职业发展简报：本月有十余家企业来校宣讲，现场可投递简历、安排面试。",
    ],
    "webinar": ["直播预告：《拿下面试官的十个技巧》，{day}晚八点开播，免费报名，先到先得。"],
    "agency": [
        "您好，我是一家猎头公司的顾问，手上有个互联网大厂的高级{role}职位，薪资很有竞争力，方便加个微信聊聊吗？",
        "冒昧打扰，看到您的简历觉得很合适我们客户的一个岗位，可以安排直接和业务负责人面试。",
    ],
    "personal": [
        "面试怎么样啦？顺利的话晚上请你吃饭！",
        "听你妈说你拿到offer了？恭喜恭喜，什么时候入职？",
        "我这边投的那家公司今天给我发了拒信，心情有点差，周末出来聊聊吧。",
    ],
    "practice": ["您预约的模拟面试已确认，时间为{day}晚上七点，届时请点击链接进入：{link}"],
    "service": [
        "很遗憾，您的优惠券已过期。更多优惠活动请关注我们的公众号。",
        "您的快递已到达驿站，请凭取件码领取。",
        "【账单】您本月信用卡账单已出，请按时还款。",
    ],
}
