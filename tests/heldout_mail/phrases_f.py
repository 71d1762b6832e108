"""Part f's wording: what employers, auto-replies and everyone else write (part f alone).

Placeholders: {first} reader's first name, {company}, {role}, {person} writer, {day} a day
ahead, {link} a link. Each text is the writer's own words; greetings and sign-offs are added.
"""

from __future__ import annotations

EN = {
    "rejection": [
        "Thank you for the time you spent with us on the {role} process. After a lot of "
        "discussion the panel decided to move forward with other applicants whose experience "
        "lines up more closely with what the team needs right now.",
        "Quick one: we're not going to take your application further. Genuinely enjoyed the "
        "chat though, good luck out there.",
        "Your portfolio was one of the strongest we saw and everyone loved your case study. "
        "That made this hard to write: we have decided not to offer you the {role} role.",
        "Status of your application for {role}: Not selected. We appreciate your interest in "
        "{company} and encourage you to apply for future openings.",
        "I'm sorry to let you know that you were not successful at the final stage. We will "
        "keep your details on file for six months if that is alright with you.",
        "Going to be direct because I think you'd prefer it: it's a no from us for this one.",
        "We have reviewed your application carefully and, regrettably, we are unable to "
        "progress it to the next round.",
        "After the technical round the team felt the gap on distributed systems was too large "
        "for this level, so we won't be moving ahead with your candidacy.",
        "Thanks so much for coming in on Tuesday. We have chosen not to continue with your "
        "application, and I wanted you to hear it from me rather than from the portal.",
    ],
    "interview-invite": [
        "We would like to invite you to a 45-minute video interview with the {role} team. "
        "Please choose a time that suits you here: {link}",
        "Are you free for a quick call on {day}? Thirty minutes, just me and our lead engineer.",
        "Congratulations on passing the screening. The next step is an online coding "
        "assessment (90 minutes); the link below stays valid for five days: {link}",
        "As discussed, here is the take-home exercise. Please send your solution back within "
        "72 hours; there is no need to spend more than four hours on it.",
        "You're invited: {role} onsite, {day}, 10:00-14:30. You will meet four people from "
        "the team. Reply with any access needs.",
        "Loved your application! Could we grab a coffee at our office on {day} to talk "
        "about the role in more detail?",
        "Your interview for {role} has been scheduled for {day} at 3:00 PM. Join with the "
        "Teams link in the calendar invitation attached.",
        "The hiring manager would like to meet you for a second-round conversation. Please "
        "book a slot that works for you: {link}",
    ],
    "offer": [
        "I'm delighted to offer you the position of {role} at {company}. Your offer letter is "
        "attached; please sign and return it by {day}.",
        "Unfortunately the approval took a little longer than we hoped, which is why you are "
        "only hearing now, but the good news is we would like you to join us as {role}.",
        "Great news: the team would love to have you. We are pleased to make you a formal "
        "offer for the {role} role, with a start date to be agreed together.",
        "Sorry, the office move ate my whole week! Anyway, the short version: the job is "
        "yours if you want it. Formal offer with salary details to follow tomorrow.",
        "Following your interviews, {company} is pleased to extend to you an offer of "
        "employment. Please review the details in the portal and accept by {day}.",
        "We regret that we cannot offer the senior title you asked about, however we are "
        "happy to offer you the {role} position at the level we discussed. The contract is "
        "attached.",
    ],
    "acknowledgement": [
        "Thank you for applying for {role} at {company}. We have received your application "
        "and our recruiting team will review it. You can follow its status in the candidate "
        "portal.",
        "This is to confirm that your application (reference {ref}) was submitted successfully.",
        "Got your CV, thanks! I've forwarded it to the hiring manager and will come back to "
        "you once they've had a look.",
        "We've received your application for {role}. Due to the high volume we may take a few "
        "weeks to respond.",
        "Thanks for your note. I have passed your details on to the team looking after this "
        "opening.",
        "Application received: {role}. Keep an eye on your inbox for updates from us.",
    ],
    "info-request": [
        "Before we set up the next round, could you let me know your salary expectations and "
        "your notice period?",
        "Could you please send the names and contact details of two professional referees, "
        "ideally former managers?",
        "As part of our pre-employment checks we need a copy of your passport or right-to-work "
        "document. Please upload it here: {link}",
        "Are you open to relocating to our Munich office, or would you need the role to be "
        "fully remote?",
        "The hiring manager asked whether you have a work permit for Singapore or would need "
        "sponsorship. Could you confirm?",
        "Would you mind filling in the short background-check form attached and sending back "
        "your latest payslip?",
        "One thing I forgot to ask: what is the earliest date you could start?",
    ],
    "still-deciding": [
        "Just a quick update: we are still interviewing a few candidates and expect to make a "
        "decision by {day}. Thanks for your patience.",
        "No decision has been made yet. The panel meets again next week and I'll come back to "
        "you right after.",
        "I know it has been a while since your interview. The process is taking longer than "
        "planned because two interviewers were away; you are still very much in the running.",
        "We're still reviewing applications for the {role} role and will be in touch once "
        "we've completed the shortlist.",
        "Apologies for the silence! The budget review pushed everything back by about two "
        "weeks. Nothing has changed on our side regarding your candidacy.",
        "Your application is still under consideration. We aim to update all candidates by {day}.",
    ],
    "position-closed": [
        "I wanted to let you know that the {role} position has been filled by an internal "
        "candidate, so we have closed the vacancy.",
        "We have now offered the role to another candidate, who has accepted, and the "
        "opening is closed.",
        "Due to a company-wide hiring freeze, the {role} requisition has been cancelled. "
        "This is no reflection on your application.",
        "The team has been restructured and this position will not be filled this year; we "
        "have put the opening on hold indefinitely.",
        "Update: the {role} job posting has been withdrawn by the hiring team and is no longer "
        "open.",
        "Bit of bad news from our side, not about you: the funding round slipped and we've "
        "paused all hiring, including this role.",
    ],
}

ZH = {
    "rejection": [
        "感谢您参加{company}{role}岗位的面试。经过综合评估，很遗憾您本次未能通过终面，我们将不再推进您的申请。",
        "谢谢你抽时间来聊，我们内部讨论过了，这次先不往下走了，祝求职顺利。",
        "您的履历非常优秀，面试官对您评价也很高，但综合考虑岗位匹配度，我们决定不向您发放录用通知。",
        "您好，您应聘的{role}职位筛选结果：未通过。感谢您对{company}的关注。",
        "经过慎重考虑，我们认为您的经验与该岗位的要求暂不匹配，本次无法为您安排后续流程。",
        "不好意思这么晚回复你，结果是没过，但团队很认可你的沟通能力，以后有合适的机会再联系。",
    ],
    "interview-invite": [
        "您好，您的简历已通过初筛，诚邀您参加{role}岗位的视频面试，时间定在{day}下午3点，请回复确认。",
        "方便的话{day}上午来公司聊一下吗？地址是科技园南区8栋5楼。",
        "请在收到邮件后72小时内完成在线笔试，链接：{link}",
        "这是我们的小作业，请在三天内提交到本邮箱，大概需要3-4小时。",
        "恭喜通过一面！二面安排在{day}，由部门负责人面试，约一小时，请选择合适的时间段：{link}",
        "想约您电话沟通一下岗位详情，{day}有空吗？",
    ],
    "offer": [
        "恭喜您！经过多轮面试，我们正式决定录用您担任{role}，录用通知书见附件，请于{day}前确认。",
        "很遗憾让您久等了，因为审批流程比较慢。好消息是，公司决定正式录用您，薪资待遇详见附件。",
        "老板那边已经批了，offer给你！具体薪资和入职时间明天跟你电话对一下。",
        "您好，我们很高兴地通知您：您已被录用为{company}{role}，请登录系统查看并签署录用意向书。",
        "虽然您申请的高级职位我们这次无法提供，但我们非常希望您以{role}的岗位加入团队，offer已随附。",
    ],
    "acknowledgement": [
        "您好，您投递的{role}岗位简历我们已收到，HR会在5个工作日内完成筛选，请耐心等待。",
        "感谢您投递{company}，您的申请已提交成功，可随时登录招聘官网查看进度。",
        "收到你的简历了，我转给用人部门看看，有消息第一时间告诉你。",
        "申请成功通知：您已成功申请{role}职位。",
    ],
    "info-request": [
        "为了推进后续流程，请提供您的期望薪资和最快到岗时间。",
        "麻烦提供两位前上级的联系方式作为背景调查的证明人，谢谢。",
        "请将您的学历证书、学位证书扫描件以及上家单位的离职证明发送至本邮箱。",
        "想确认一下您是否接受到上海工作？另外目前的薪资结构方便告知吗？",
        "入职前需要您上传身份证正反面和近三个月的银行流水，上传链接：{link}",
    ],
    "still-deciding": [
        "您好，目前面试结果还在审批中，预计{day}前会有结论，请再耐心等待几天。",
        "我们还在和其他几位候选人沟通，暂时还没有最终决定，有进展会第一时间通知您。",
        "不好意思让你久等了，部门负责人这周出差，结果要下周才能定下来。",
        "您的申请仍在评估中，我们会在{day}前给所有候选人答复。",
    ],
    "position-closed": [
        "您好，{role}岗位已由内部同事转岗补上，该职位目前已关闭招聘。",
        "抱歉通知您，由于公司组织架构调整，该岗位的招聘需求已取消，与您的个人表现无关。",
        "这个岗位已经有其他候选人接受offer并入职了，所以我们这边暂停了招聘。",
        "因今年HC冻结，{role}职位暂停招聘，后续如重新开放会再联系您。",
        "您应聘的职位已下线，不再接收新的申请。",
    ],
}

# Out-of-office: (template, what the date given is). "back": the first day back; "last": the
# last day away (the return is the next day); "range": {start} to {end} away (return end + 1);
# "next-monday": back on the next Monday after the sent day (written as a word, no date).
OOO_EN = [
    (
        "I'm out of the office with limited access to email and will be back on {back}. For "
        "anything urgent please contact {deputy}.",
        "back",
    ),
    (
        "Thank you for your email. I am on annual leave until {end} inclusive and will respond "
        "when I return.",
        "last",
    ),
    (
        "I'm away from {start} to {end} (both days included). Your message will not be forwarded.",
        "range",
    ),
    ("Automatic reply: I am currently travelling and will return to the office on {back}.", "back"),
    (
        "Hi, I'm on parental leave through {end}. For recruiting questions please write to "
        "{deputy}.",
        "last",
    ),
    (
        "Ich bin bis einschließlich {end} nicht im Büro. I am out of office until {end} "
        "inclusive and will reply after my return.",
        "last",
    ),
    ("Out of office {start} - {end}. Back in the office {back}.", "back"),
]
OOO_ZH = [
    ("您好，我正在休假，{back}返回公司，期间邮件可能无法及时回复，急事请联系{deputy}。", "back"),
    ("自动回复：本人{start}至{end}休年假，{back}起正常办公。", "back"),
    ("您好，我于{start}至{end}出差，邮件回复会有延迟，敬请谅解。", "range"),
    ("我目前不在办公室，下周一回来后处理您的邮件。", "next-monday"),
    ("本人休假至{end}（含），返回后会尽快回复。", "last"),
    ("您的邮件已收到。本人{end}前在外地培训，{back}上班后回复您。", "back"),
]

# Mail about jobs that is not from an employer about one of the reader's applications.
UNRELATED_EN = {
    "job-alert": [
        "12 new jobs match your search 'data engineer'. Senior Data Engineer at Fintrix - easy "
        "apply. Interview process: 3 rounds. Salary: competitive. See all jobs.",
        "Based on your profile: Backend Developer, Product Designer and 8 more roles near you. "
        "Be an early applicant and get noticed before the interview rush.",
    ],
    "review-digest": [
        "Top interview reviews this week: 'Got the offer after 4 rounds at a big bank', "
        "'Rejected after the final interview, here is what they asked'. Read more reviews.",
        "New salary reports and interview questions for companies you follow. 87% of "
        "reviewers say the interview was a positive experience.",
    ],
    "newsletter": [
        "In this issue: how to negotiate your offer, five interview questions that trip up "
        "senior engineers, and why the hiring market is thawing. Forward to a friend.",
        "This week: recruiters share the red flags that get candidates rejected, plus a "
        "template for following up after an interview.",
    ],
    "university": [
        "Careers Service news: book a mock interview with an adviser, CV clinics every "
        "Wednesday, and the graduate recruitment fair on 14 October. Employers attending "
        "include several who are making offers for 2028 start.",
        "Alumni careers bulletin: application deadlines, assessment-centre tips and a "
        "workshop on handling job offers.",
    ],
    "community": [
        "You're invited to our webinar 'Ace the system design interview' with engineers from "
        "three scale-ups. Live Q&A. Save your seat.",
        "Meetup: Hiring in 2027 - an evening of lightning talks on interviewing, offers and "
        "negotiation. Pizza provided. RSVP now.",
    ],
    "agency": [
        "I came across your profile and have an exciting opportunity with a fast-growing "
        "fintech client. They can move quickly - first interview next week and an offer "
        "within 14 days. Would you be open to a quick chat?",
        "Hope you don't mind the cold message. I'm hiring for a Staff Engineer role (fully "
        "remote, up to $210k). Happy to set up an interview with the CTO if it's of interest.",
        "We are building a shortlist for a confidential client in Bangalore. Interviews are "
        "being arranged this month. Please share your updated CV if you're interested.",
    ],
    "colleague": [
        "Can you sit on the interview panel for the two backend candidates on Thursday? I've "
        "put the scorecard in the shared drive. We need to decide whether to make an offer by "
        "Friday.",
        "Feedback on today's candidate: strong on SQL, weak on system design. I'd lean no "
        "offer, but let's discuss in the debrief after the last interview.",
        "Reminder: please submit your interview feedback in the ATS within 24 hours so "
        "recruiting can send offers on time.",
    ],
    "personal": [
        "Hi love, how did the interview go yesterday? Dad keeps asking if you got an offer "
        "yet. Call me tonight!",
        "mate did you hear back from that company? I've got my second interview at the bank "
        "on Monday, wish me luck",
        "Your cousin just got an offer from an IT firm in Pune! Are you still looking? Let me "
        "know if you want me to ask his manager about interviews.",
    ],
    "current-hr": [
        "Your payslip for this month is now available. Reminder: the open enrolment window "
        "for benefits closes on Friday. Questions? Contact the People Team.",
        "We're running an internal interview skills training for hiring managers next week. "
        "Sign up on the intranet. Also, the referral bonus for successful offers is now 2,000.",
    ],
    "service": [
        "Special offer for you: 0% interest on balance transfers for 18 months. This offer "
        "ends soon. Terms apply.",
        "Your exclusive offer: save 20% on home insurance when you renew online. No interview "
        "or medical questions needed.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "根据您的求职意向，为您推荐以下职位：高级Java开发（25-40K），数据分析师（18-30K）。HR正在线，立即沟通可快速约面试。",
        "您订阅的职位有更新：本周新增32个后端开发岗位，部分企业承诺一周内面试、两周内发offer。",
    ],
    "review-digest": [
        "本周面经精选：字节后端三面面经、拿到offer后如何谈薪、终面被拒的复盘。点击查看更多。",
        "热帖：秋招录用率下降？网友分享面试经验与offer比较。",
    ],
    "newsletter": [
        "本期职场周刊：如何准备行为面试、收到多个offer怎么选、HR不会告诉你的录用内幕。",
        "订阅号推送：2027年互联网大厂招聘趋势，面试难度普遍提升。",
    ],
    "university": [
        "就业指导中心通知：本周四举办模拟面试工作坊，另有多家企业来校宣讲并现场发放录用意向。",
        "毕业生就业简报：春季双选会安排、面试礼仪讲座、三方协议签约提醒。",
    ],
    "community": [
        "诚邀您参加线上分享会《大厂面试官教你拿offer》，本周六晚8点，扫码报名。",
        "技术沙龙邀请函：聊聊AI时代的招聘与面试，欢迎报名参加。",
    ],
    "agency": [
        "您好，我是猎头顾问，看到您的简历很匹配我们客户的高级算法岗位，年薪50-80万，可以尽快安排面试，方便加个微信聊聊吗？",
        "打扰了，某上市公司急招测试开发，面试流程快，一周内可发offer，请问您有兴趣吗？",
    ],
    "colleague": [
        "明天下午的候选人面试你来当二面面试官吧，简历我发群里了，面完我们讨论要不要发offer。",
        "今天那个候选人我觉得可以录用，你那边面试反馈写一下，HR等着走审批。",
    ],
    "personal": [
        "儿子，面试怎么样了？有没有拿到offer？你爸一直在问，有空给家里打个电话。",
        "在吗？我下周二有个面试，紧张死了，你上次拿到录用通知是怎么准备的？",
        "听说你在找工作，我同事的公司在招人，要不要我帮你问问面试的事？",
    ],
    "current-hr": [
        "本月工资条已发放，请登录系统查看。另：内推奖励政策更新，推荐候选人入职可获得奖金。",
        "年度体检预约开始啦，请于本周五前完成登记。公司福利平台上线新的保险方案。",
    ],
    "service": [
        "尊享特惠：信用卡分期手续费限时5折，专属offer仅限本月。",
        "您的保单即将到期，续保即享专属优惠，无需面签。",
    ],
}
