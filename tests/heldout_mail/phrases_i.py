"""Part i's own phrasings, written for this part alone (English and Simplified Chinese).

Texts that start with § are system notifications (an ATS sends them); a [key] after it names the
country or sector of the employers that write it. Placeholders: {first} the candidate's greeting
name, {co} the employer, {role} the role,
{person} the writer, {colleague} a colleague of theirs, {day} a weekday a few days after the
mail, {time} a time of day, {link} a link.
"""

from __future__ import annotations

EN = {
    "rejection": [
        "We regret to inform you that you have not been shortlisted for {role}. Given the "
        "volume of applications we are unable to provide individual feedback at this stage.",
        "Thanks, but we've decided to pass on your application this time.",
        "Thank you for the time you gave us across both conversations for the {role} position. "
        "The panel enjoyed your examples from the depot floor, and it was a genuinely close call. "
        "On balance, though, we have chosen to move forward with a candidate whose experience "
        "lines up more directly with our cold-chain sites, so we won't be progressing your "
        "application further.\n\nI'd be glad to share some feedback if that is useful.",
        "Short version, sorry: it's a no from the team this time for {role}. You were very "
        "strong on the case study; the gap was hands-on rostering for a 24/7 operation.",
        "[public]Following the selection panel's assessment against the key selection criteria, I "
        "regret to advise that your application for {role} has been unsuccessful on this "
        "occasion. Your details will be retained in accordance with our records policy. We "
        "encourage you to apply for future vacancies that match your skills.",
        "§Your application for {role} has been reviewed.\n\nStatus: Not selected\n\nThe hiring "
        "team has decided not to move your candidacy forward. This notification was sent "
        "automatically; replies to this address are not read.",
        "We were impressed by how quickly you got to grips with our fare rules during the "
        "exercise, and the whole crew-planning team spoke warmly about you. That made this "
        "harder to write: we have decided to offer the role to someone else, and your "
        "application will now be closed.",
        "I wanted to let you know personally, rather than through the portal, that we won't be "
        "taking your application for {role} to the final stage. It came down to the depth of "
        "regulatory reporting the role needs from day one.",
        "[UK]After reviewing all shortlisted applications we are unable to offer you an interview "
        "for the post of {role}. We received a very high number of applications and the "
        "decision was difficult.",
        "[MX]Gracias por tu interés en {co}. After careful consideration, the team has concluded "
        "that your profile is not the right fit for {role} at this time, and we will not be "
        "continuing with your process.",
        "Hi, quick one from me: the team went another way on {role}. Wishing you the best with "
        "the search, and no hard feelings if you apply again next year.",
        "[public]Thank you for your application for {role} and for attending interview. The "
        "selection panel has now completed its assessment of all applicants against the "
        "selection criteria and the requirements of the role.\n\nI regret to inform you that "
        "you were not the preferred applicant on this occasion. The panel noted the strength of "
        "your written application and your experience in stakeholder engagement.\n\nUnder the "
        "merit selection policy you may request feedback from the panel chair within 14 days of "
        "this letter. This decision does not affect your eligibility for other positions.",
    ],
    "interview-invite": [
        "Hi {first}, the team liked your application. Could you do 30 minutes on Zoom with our "
        "warehouse lead on {day}? Reply with a time that works and I'll send the link.",
        "Thanks for applying for {role}. We'd like to invite you to a 45-minute video "
        "interview with me and {colleague}. Could you reply with two or three times that suit you "
        "between now and {day}? We're flexible on time zones.",
        "Good news: you're through to the next stage. The next step is an online assessment "
        "(numerical and situational judgement, about 50 minutes). Please complete it by {day} "
        "using the link below:\n{link}",
        "Would you be free for a quick phone chat on {day} at {time}? Nothing formal, just want "
        "to walk you through the shift patterns and hear what you're after.",
        "As the next step we'd like you to do a short take-home exercise: model a weekly "
        "replenishment plan from the attached dataset and send back a one-page summary. Please "
        "return it within four days; we'll then discuss it with you in a panel interview.",
        "You have been shortlisted for {role}. Interviews will be held in person at our head "
        "office on {day}. Please confirm your attendance and bring photo identification. The "
        "panel will consist of three members and the interview will run for approximately "
        "40 minutes.",
        "Please choose a time for your interview with {co}:\n{link}\n\nAvailable slots run "
        "until {day}. If none of them work, reply and we'll find another.",
        "We'd love to have you meet the hangar operations team. Can you come to the site on "
        "{day}? Wear closed shoes: part of the visit is a walk through the maintenance bay, "
        "followed by a conversation with the duty manager.",
        "I've attached a calendar invitation for your second-round interview on {day} at "
        "{time}. It's a Teams call with the regional director; allow an hour.",
        "[MX]Hola {first}, we'd like to move you to a technical interview for {role}. "
        "Are you available {day}? The session is in English and lasts about an hour.",
    ],
    "offer": [
        "I'll start with the awkward part: we can't offer the fully remote arrangement you asked "
        "about, and the start date has to be in March. But the decision itself is a happy one: we "
        "are offering you the {role} position, and the letter is attached.",
        "[AU]I'm delighted to offer you the position of {role} at {co}. Your formal letter of offer "
        "is attached, including salary, superannuation and your proposed start date. Please "
        "sign and return it by {day}.",
        "Apologies that this took so long; our approvals got stuck behind the budget cycle, "
        "which I know made the wait stressful. The good news is that it's done: we would like "
        "you to join us as {role}. The written offer is attached.",
        "Congratulations! The panel has recommended you for appointment, and I am pleased to "
        "make you a formal offer of employment for {role}. The contract and a salary "
        "sacrifice form are attached.",
        "§We are happy to extend you an offer for the {role} role. Your offer letter is ready in "
        "the candidate portal; you can review and sign it electronically before {day}.",
        "Not the news you might expect given the delay, but the best kind: we're offering you "
        "the job. Call me when you've had a look at the numbers in the attached letter.",
        "Following your interviews we are pleased to offer you the role of {role}. The offer "
        "is conditional on satisfactory references and a police check. Please find the offer "
        "letter attached.",
        "The hiring committee met this morning and I'm thrilled to say we want you on the "
        "team. Attached is the offer for {role}; let me know if you'd like to talk through "
        "the relocation package.",
        "[university]On behalf of the University, I am pleased to offer you appointment to the "
        "position of {role}.\n\nThe appointment is full-time and continuing, subject to a "
        "probationary period of twelve months. Your salary will be at Level B, step 3 of the "
        "academic salary scale, plus a 17% employer superannuation contribution.\n\nThis offer "
        "is conditional on proof of your right to work and a satisfactory Working With Children "
        "Check. Please find attached the contract of employment, the position description and "
        "an extract of the enterprise agreement.\n\nTo accept, please sign and return the "
        "contract by {day}. Should you have any questions about the conditions of employment, "
        "please contact me directly.",
    ],
    "acknowledgement": [
        "Received, thanks! I'll make sure the panel has it.",
        "Thank you for applying for {role} at {co}. We have received your application and our "
        "team will review it over the coming weeks. You can track its progress in your "
        "candidate account at any time.",
        "Got it, thanks. I've forwarded your CV to the hiring manager for {role}.",
        "§This is to confirm that your application (reference ATL-{ref}) for {role} was "
        "submitted successfully. Please do not reply to this message.",
        "Thanks for your note; I've added it to your file so the panel sees it alongside your "
        "application.",
        "[DE]Danke für Ihre Bewerbung! We confirm receipt of your documents for {role}. We review "
        "every application carefully, which can take up to three weeks.",
        "We acknowledge receipt of your application for the position of {role}. Applications "
        "close on {day}; shortlisted applicants will be contacted after that date.",
        "Your application is in. Thanks for thinking of {co} for {role}; a real person reads "
        "every application here, so bear with us.",
    ],
    "info-request": [
        "Could you confirm your current visa status and send a copy of your work permit? We need "
        "it on file before the panel can consider your application.",
        "Before we can schedule anything further, could you let us know your current notice "
        "period and your salary expectations for {role}?",
        "To progress your application we need copies of your degree certificate and your "
        "passport or visa grant notice. Please upload them to the portal by {day}.",
        "Could you send me the names and contact details of two referees, ideally including "
        "your most recent line manager?",
        "[IN]Quick question: the role is based in Pune with two days a week in the office. Would "
        "you be willing to relocate, and if so, from when?",
        "We're preparing your file for the hiring committee and noticed the employment dates "
        "for your role at the freight forwarder are missing. Could you add them and send an "
        "updated CV?",
        "[IN]As part of our pre-employment checks, please complete the attached background "
        "verification consent form and return it with a scan of your PAN card.",
        "Are you holding any other offers at the moment, and what is your earliest possible "
        "start date? It helps us plan the next steps.",
        "[AU]Please confirm whether you hold full working rights in Australia; the position cannot "
        "sponsor a visa.",
    ],
    "still-deciding": [
        "The recruitment panel is still deliberating and has not reached a decision on {role}. "
        "We expect to be able to contact all applicants by {day}.",
        "I know you've been waiting. We're still seeing a couple of candidates this week and "
        "won't have an answer before {day}. You are very much still in the running.",
        "No news yet from the committee, I'm afraid. The final sign-off sits with the "
        "regional director, who is travelling; I'll chase it.",
        "§Your application for {role} is currently: Under review\n\nThere is nothing you need "
        "to do at the moment.",
        "Thanks for checking in. Interviews wrapped up on Friday, and the panel is now "
        "comparing notes. Expect to hear from us within two weeks.",
        "A quick update so you don't think we've forgotten you: the decision on {role} has "
        "been pushed back because the headcount is being re-approved after the merger. I'll "
        "be in touch as soon as I know more.",
        "We are still finalising the outcome of the selection process and appreciate your "
        "patience. All candidates will be notified in writing once a recommendation has been "
        "approved.",
        "Honestly it's between you and one other person, and we haven't decided. Give us "
        "until the end of next week.",
    ],
    "position-closed": [
        "Please note that the {role} vacancy has been put on hold pending a restructure of the "
        "division, and the current recruitment round has been closed without an appointment.",
        "[public]We've decided to fill {role} through a secondment from within the department, so we "
        "won't be running the external process after all.",
        "I'm writing to let you know that we have withdrawn the {role} vacancy. Following a "
        "review of the operating budget the position will not be filled this financial year. "
        "This is not a reflection on your application.",
        "Unfortunately the {role} role has now been filled by an internal candidate, so we've "
        "closed the recruitment.",
        "Due to a company-wide hiring freeze announced this week, all open requisitions, "
        "including {role}, are on hold until further notice. We'll contact you if the "
        "position reopens.",
        "§The position you applied for is no longer available. The job posting has been "
        "closed by the employer.",
        "We've had to cancel the recruitment for {role}: the contract that funded it was not "
        "renewed. I'm sorry to bring this news after the effort you put in.",
        "An update on {role}: another applicant accepted the role last week and started "
        "on Monday, so the vacancy is closed.",
        "We have decided to merge this role into an existing team, which means the {role} "
        "opening no longer exists. Thank you for your interest in it.",
    ],
}

ZH = {
    "rejection": [
        "[HK]感谢阁下应征本公司{role}一职。经审慎考虑，阁下未获安排进入下一轮面试，谨此致谢。",
        "Hi {first}，谢谢你抽时间来面试。经过讨论，hiring manager 决定这次不 move forward 了，"
        "希望以后还有合作的机会。",
        "感谢您参加{co}{role}岗位的面试。经过综合评估，很遗憾您本次未能进入下一轮，我们会将您的简历"
        "保存在人才库中，后续有合适机会再与您联系。",
        "{first}，面试官对你的项目经历评价挺高的，沟通也很顺畅。不过和岗位要求相比还是有一些差距，这次"
        "我们就不继续推进了，谢谢你的时间。",
        "您好，您应聘的{role}岗位经用人部门评估，暂不匹配。感谢您对我们的关注。",
        "[public]经研究，您未被列入本次招聘的拟录用名单。感谢您的参与，祝您前程似锦。",
        "跟你说一下结果：终面这轮没有通过，老板最后选了一位有行业经验的候选人。你的笔试成绩其实是前几"
        "名，以后有机会还可以再投。",
        "§【{co}】您的申请状态已更新为：不合适。感谢您的投递。此邮件由系统自动发送，请勿回复。",
        "很抱歉通知您，综合考量后我们决定不向您发放本岗位的录用通知。感谢您在整个过程中的耐心与配合。",
        "[public]感谢您报名参加我中心公开招聘工作人员考试。根据招聘公告规定，经笔试、面试综合成绩排名，"
        "您未进入体检环节。\n\n如对成绩有异议，可于公示之日起5个工作日内向招聘工作领导小组办公室提出书面"
        "申请。\n\n感谢您对我中心工作的关注和支持。",
    ],
    "interview-invite": [
        "Hi {first}，上周的 interview 团队反馈很正面，我们想安排 final round，跟我们 APAC head "
        "聊一下，{day}{time}可以吗？",
        "[university]经资格审查，您符合{role}岗位报考条件，请于{day}携带准考证到我院参加结构化面试。",
        "您好，您投递的{role}岗位已通过简历筛选，诚邀您参加线上笔试。笔试时间：{day}{time}，时长90分钟，"
        "请提前十分钟登录考试系统：{link}",
        "{first}你好，我们想约你聊一下{role}这个岗位，{day}下午方便视频吗？大概四十分钟。",
        "恭喜您进入复试环节！复试将于{day}在我司总部进行，请携带身份证原件及学历证书复印件，"
        "到前台报姓名即可。",
        "给你发一份小作业：根据附件里的门店数据做一份补货方案，三天内发回给我就行，之后我们约个时间一起"
        "过一下。",
        "请点击链接选择您方便的面试时间段：{link}\n可选时间截至{day}。",
        "您好！附件是您的面试日历邀请，时间为{day}{time}，腾讯会议号会在开始前一小时发给您。",
        "[public]经初步筛选，您已进入我中心公开招聘的面试环节。面试采用结构化面试方式，请于{day}上午8:30前到"
        "指定考点报到，逾期视为自动放弃。",
    ],
    "offer": [
        "[public]经考试、考察和体检，您已被列入拟聘用人员名单，现予公示，公示期满无异议后办理聘用手续。"
        "请于{day}前确认是否接受聘用。",
        "恭喜您！经过多轮面试评估，我们很高兴地通知您，您已被正式录用为{role}。录用通知书见附件，请于"
        "{day}前回复确认。",
        "让你等了这么久真的很抱歉，审批流程走得比预期慢。不过结果是好的：我们决定正式给你发offer，"
        "详细的薪资和入职安排都在附件里。",
        "§【{co}】您好，您的录用意向书已发放，请登录招聘系统查看并在线签署。",
        "{first}，好消息！你的offer审批通过了，欢迎加入团队。附件是录用函，有任何问题随时电话我。",
        "[university]经学校研究决定，拟聘用您为{role}，现将拟聘用通知函发给您，请按要求于{day}前办理报到手续。",
        "虽然这次薪资没能完全达到你的期望，我们还是非常希望你加入，正式录用通知见附件，请查收。",
    ],
    "acknowledgement": [
        "简历收到了，谢谢，有消息我再联系你。",
        "您好，您的简历已成功投递至{co}{role}岗位，我们会尽快完成筛选，请耐心等待。",
        "收到，谢谢！我已经把你的材料转给业务部门了。",
        "§【{co}】感谢您的申请！您的申请编号为{ref}，可在招聘官网个人中心查询进度。本邮件由系统自动发送。",
        "§[public]您的报名信息已提交成功，资格审查结果将于报名截止后统一公布，请留意官网通知。",
        "谢谢你的补充材料，我这边收到了，会一起放进你的档案。",
        "Hi {first}，您的简历我们已经收到，HR同事会在一周内完成初筛。",
    ],
    "info-request": [
        "请补充提交近三年的个人所得税完税证明及社保缴纳记录，以便我们完成背景核实。",
        "您好，麻烦提供一下您目前的薪资结构和期望薪资，另外离职需要提前多久通知？",
        "为推进后续流程，请于{day}前提供以下材料：身份证复印件、学位证及毕业证扫描件、最近一家单位的"
        "离职证明。",
        "请提供两位前上级的联系方式，我们需要做一下背景调查。",
        "想确认一下，这个岗位base在成都，你能接受外派吗？",
        "你简历上2027年那段工作经历缺少起止时间，能补充后再发一版简历给我吗？",
        "为办理入职审批，请填写附件中的《应聘人员登记表》并回传，谢谢。",
        "请问您最快什么时候可以到岗？手上还有其他offer吗？",
    ],
    "still-deciding": [
        "[HK]有关阁下的面试结果仍在内部审批中，我们会在有结论后尽快通知阁下。",
        "你好，目前还有几位候选人的面试没结束，结果预计{day}之后才能出来，请再耐心等等。",
        "您的面试结果正在审批中，有进展我们会第一时间通知您。",
        "§【{co}】您的申请状态：评估中。无需进行任何操作。",
        "用人部门还在比较几位候选人，这周内应该能定，你是重点考虑的人选之一。",
        "关于您的面试结果，由于部门负责人出差，最终决定要推迟到下周，抱歉让您久等。",
        "[public]本次招聘的考察环节仍在进行，拟聘人员名单尚未确定，届时将统一通知。",
    ],
    "position-closed": [
        "[public]因今年编制调整，{role}岗位本年度不再招聘，已报名人员的资料不再审核，敬请谅解。",
        "很抱歉通知您，因公司组织架构调整，{role}岗位已取消招聘。感谢您的关注和投入。",
        "跟你同步一下，这个岗位已经内部转岗的同事补上了，所以招聘先关掉了。",
        "受今年预算收紧影响，本岗位的招聘暂停，何时重启暂无时间表。",
        "§您好，您申请的职位已下线，该岗位已招满。",
        "该岗位已由其他候选人接受录用并入职，本次招聘已结束，感谢您的参与。",
        "因业务调整，我们取消了{role}的招聘需求（HC已收回），对耽误您的时间深表歉意。",
    ],
}

# An agency recruiter on the candidate's own application, which went to the client {co}.
AGENCY_EN = {
    "rejection": "I've heard back from {co} about {role}. Unfortunately they've decided to go "
    "with another candidate who had more years in a similar role. I'll keep looking for you.",
    "interview-invite": "Good news: {co} want to meet you for {role}! They've proposed {day} at "
    "{time} with the ops director. Shall I confirm?",
    "offer": "Just got off the phone with {co}. They're making you an offer for {role}, base "
    "salary as we discussed plus car allowance. The paperwork will come from their HR today.",
    "still-deciding": "Chased {co} this morning: they're still seeing people and won't decide "
    "on {role} until next week. You're on the shortlist.",
    "position-closed": "Bad news from {co}, and not about you: they've frozen the {role} "
    "headcount while the parent company reviews costs, so the search is off for now.",
    "info-request": "{co} have asked for your notice period and two references before the next "
    "step. Can you send me those today?",
    "acknowledgement": "Thanks, I've submitted your CV to {co} for {role} and will let you know "
    "as soon as they come back to me.",
}
AGENCY_ZH = {
    "rejection": "{first}，{co}那边给了反馈，{role}这个岗位他们最后选了别的候选人，这次没能推进，"
    "我再帮你看看其他机会。",
    "interview-invite": "好消息，{co}看了你的简历，想约你{day}{time}面试{role}，我先帮你确认时间？",
    "offer": "{co}刚刚跟我确认，决定给你发{role}的offer，正式录用函今天由他们HR发出，恭喜！",
    "still-deciding": "帮你问了{co}，{role}还有几位候选人在面，下周才能出结果，你在短名单里。",
    "position-closed": "{co}那边通知，{role}的HC冻结了，这个职位暂时不招了，跟你个人无关。",
    "info-request": "{co}需要你的期望薪资和最早到岗时间，方便今天发我一下吗？",
    "acknowledgement": "简历已经帮你推荐给{co}了（{role}），有反馈第一时间告诉你。",
}

# A recruiter's or assistant's note above a forwarded decision.
FORWARD_NOTE_EN = [
    "See below from the hiring manager.",
    "Forwarding {colleague}'s note; let me know if you have questions.",
    "Passing this on from the panel chair.",
]
FORWARD_NOTE_ZH = ["转发用人部门的回复，请查看。", "下面是部门负责人的意见，转给你。"]

# Out-of-office replies. {back} is the first day back written out; {last} the last day away;
# {start} the first day away; {deputy} an address to write to meanwhile.
OOO_EN = [
    "Thank you for your email. I am on annual leave and will return on {back}. For urgent "
    "recruitment matters please contact {deputy}.",
    "I'm currently away with limited access to email. I'll be back in the office on {back} and "
    "will reply then.",
    "I am out of the office from {start} to {last} inclusive. Your message will not be "
    "forwarded; please resend it after I return or contact {deputy}.",
    "Hi, thanks for your message. I'm travelling for site visits and my last day away is "
    "{last}. I will pick up my emails when I'm back.",
    "Automatic reply: I am attending a conference and will be back at my desk on {back}.",
    "G'day, I'm on leave through {last}. Back the next working day; for anything that can't "
    "wait, please call reception.",
    "Estoy fuera de la oficina / I'm out of the office. Regreso el {back_es}. Back on {back}.",
    "Ich bin bis einschließlich {last} nicht im Büro. I am out of the office up to and "
    "including {last} and will answer after my return.",
]
OOO_EN_UNKNOWN = [
    "I am on parental leave and do not have a return date yet. Please contact {deputy} for "
    "anything related to recruitment.",
    "Thank you for your email. I have now left {co} and this mailbox is no longer monitored. "
    "Please write to {deputy} instead.",
]
OOO_ZH = [
    "您好，我正在休年假，{back}返回工作岗位，紧急事务请联系{deputy}。",
    "自动回复：本人{start}至{last}出差，期间邮件回复可能不及时，{back}回来后尽快处理。",
    "你好，我休假至{last}（含当天），之后会尽快回复您的邮件，谢谢理解。",
    "您的邮件已收到。我目前在外地培训，{back}回到公司，如有急事请拨打我的手机。",
    "国庆假期（{start}至{last}）期间暂停办公，{back}起正常上班，届时再回复您。",
    "春节放假通知：我司{start}至{last}放假，{back}正式上班，假期内邮件将延迟处理。",
]
OOO_ZH_UNKNOWN = [
    "您好，我已于上月离职，此邮箱不再使用，招聘相关事宜请联系{deputy}。",
    "本人正在休产假，返岗时间待定，如有事宜请联系{deputy}，谢谢。",
]

# Unrelated mail, by kind. Many of them talk about interviews and offers on purpose.
UNRELATED_EN = {
    "job-alert": [
        "12 new jobs match your search 'supply chain planner' in Melbourne VIC:\n\n"
        "Supply Chain Planner, Harbourline Freight - Port Melbourne - $105k-$120k\n"
        "Demand Planner - Woolgar & Finch Retail - Dandenong\nInventory Controller - 3 days ago"
        "\n\nView all jobs. Easy apply, interviews within a week with some employers.",
        "Recommended for you based on your profile: Data Engineer (Pune), Analytics Lead "
        "(Bengaluru, hybrid), Senior BI Developer. Recruiters are actively hiring; apply now "
        "to be seen first.",
        "Ihr Jobagent hat 7 neue Stellen gefunden: Disponent (m/w/d) Bremen, Logistikplaner "
        "Hamburg, Projektleiter Bahntechnik. New jobs for your search alert.",
    ],
    "network": [
        "Ayesha Rahman viewed your profile. See who else has been looking, and find out how "
        "you appear in recruiter searches. Try Premium free for a month.",
        "Congratulate Tom Whelan on starting a new position as Operations Manager at "
        "Kestrel Regional Airlines! Say congrats and keep in touch.",
        "You appeared in 23 searches this week. Your profile was found by people with titles "
        "like Recruiter and Talent Acquisition Partner. Members with an Open to Work frame get "
        "more interview requests.",
        "New message from Priya, Talent Partner at a Sydney fintech: 'Hi {first}, are you open to "
        "new opportunities? I'd love to set up a quick interview for a Senior Data role on my "
        "team.' Reply in LinkedIn.",
    ],
    "newsletter": [
        "This week: how to handle an exploding offer, the five interview questions logistics "
        "managers ask most, and why counter-offers rarely work. Plus, reader mailbag: 'They "
        "rejected me after the final round, should I ask for feedback?'",
        "In this issue: salary benchmarks for data roles in India, what a good offer letter "
        "includes, and a hiring manager on what she listens for in the first interview.",
        "We read 2,000 rejection emails so you don't have to. The most common line was a polite "
        "'we have decided to move forward with other candidates', and the kindest ones offered a "
        "feedback call. Full analysis inside, plus this week's offer negotiation Q&A.",
    ],
    "event": [
        "You're invited to the Supply Chain Careers Expo, 14 employers hiring on the spot, "
        "free CV clinic and live mock interviews. Register now; places are limited.",
        "Join our free webinar 'Negotiating your offer with confidence' next Thursday at 6pm "
        "AEST. Bring your questions; recording sent to all registrants.",
        "Women in Logistics mentoring evening: meet hiring managers from freight, ports and "
        "airlines, and practise your interview pitch over drinks. RSVP by Friday.",
    ],
    "course": [
        "Your course 'Ace the Behavioural Interview' is 60% complete. Pick up where you left "
        "off: Module 4, answering salary questions.",
        "Book a mock interview with a FAANG engineer: get real feedback and an offer-readiness "
        "score. 30% off this week only.",
        "Congratulations, you earned a certificate in Supply Chain Analytics! Share it on your "
        "profile to stand out to recruiters.",
    ],
    "university": [
        "Careers & Employability update: graduate program applications for airlines and the "
        "public service open this month. Drop-in CV checks Tuesdays, and book a practice "
        "interview with a careers consultant online.",
        "Career Service: Bewerbungstraining and Assessment-Center simulation on 12 November. "
        "Please register via the portal; limited to 20 participants.",
    ],
    "agency": [
        "Hi {first}, I came across your profile and have a client, a national 3PL, looking for "
        "a Head of Warehousing in Brisbane. Package up to $180k. Open to a confidential chat?",
        "I'm a recruiter with Talentbridge India. We are hiring for multiple roles with a "
        "leading bank in Mumbai; interviews are being scheduled this week. Please share your "
        "updated CV if interested.",
        "Guten Tag, ich bin auf Ihr Profil aufmerksam geworden. One of our clients in Hamburg "
        "is looking for a Rail Systems Engineer. Would you be interested in an interview?",
    ],
    "personal": [
        "How did the interview go?! Call me tonight, I want every detail. Also Dad says good "
        "luck, he's convinced you'll get the offer.",
        "Mate, I got the offer from the council! Start in three weeks. Drinks on me Friday, "
        "and I'll tell you about the panel interview, it was brutal.",
        "Saw this job and thought of you, the logistics one at the airport. No pressure, just "
        "sharing. Hope the search is going OK.",
        "Hey, my company has an opening on our data team, want me to refer you? Referral "
        "bonus is decent and the interview process is only two rounds.",
        "Favour to ask: would you be a referee for me? The agency for the council job said they'd "
        "call my referees this week. Just say nice things about the warehouse project, ha.",
    ],
    "colleague": [
        "Hi {first}, could you sit on the interview panel for the junior analyst role on "
        "Thursday? Two candidates, 45 minutes each. I'll send the scorecards beforehand.",
        "FYI we're extending an offer to the second candidate from Tuesday's interviews; thanks "
        "for your feedback. HR will send the paperwork.",
        "Reminder: please submit your interview feedback for yesterday's candidates by EOD so "
        "the debrief can go ahead tomorrow.",
        "Team update: Maria has accepted an offer elsewhere and her last day is the 30th. "
        "We'll start interviewing for her replacement next month.",
        "Can you look over the offer letter template before I send it to our new hire? Only the "
        "probation clause changed. Thanks!",
    ],
    "service": [
        "Your flight QF442 Melbourne to Sydney is confirmed. Booking reference QXR7TD. Check-in "
        "opens 24 hours before departure.",
        "Special offer for you: 0% balance transfer for 18 months. This offer is pre-approved; "
        "apply in minutes.",
        "Ihre Bestellung wurde versandt. Your order with 2 items is on its way and should "
        "arrive on Thursday.",
        "Thanks for riding with Uber. Total A$23.40. Rate your trip.",
        "Your booking at Hotel Casa Azul, Oaxaca is confirmed for 2 nights. Free cancellation "
        "until 48 hours before arrival.",
    ],
    "employer-marketing": [
        "Fly further with Kestrel: winter sale fares from $89, plus meet the new crew joining "
        "our regional bases. We're hiring cabin crew and engineers; see our careers page.",
        "Harbourline Freight quarterly: our new cold-store in Port Melbourne is open, two "
        "customer stories, and a look inside our graduate program. Interviews for the next "
        "intake start in March.",
        "Join the Woolgar & Finch talent community: be first to hear about new store roles, "
        "read what our managers look for on interview day, and get 10% off your next shop.",
    ],
}

UNRELATED_ZH = {
    "job-alert": [
        "根据您的求职意向，为您推荐以下职位：仓储主管（上海·嘉定）15-20K，物流规划专员（苏州）12-18K，"
        "供应链经理（杭州）25-35K。立即沟通，HR在线可直接约面试。",
        "您关注的公司有新职位发布：数据产品经理、Java开发工程师等8个岗位，快来投递吧！",
        "本周热招：银行对公客户经理、证券行业研究员，多家企业急聘，投递后最快当天面试。",
    ],
    "network": [
        "有3位HR查看了你的简历，其中1位来自互联网大厂。开通会员查看访客详情。",
        "你的好友陈思远更新了职业动态：入职某头部券商担任研究员，快去祝贺TA吧！",
    ],
    "newsletter": [
        "【HR研究社】今日推送：面试时被问到期望薪资怎么回答？拿到offer后如何谈判？三位资深HR现身说法。",
        "本期职场周刊：秋招笔试题型全解析、群面技巧、以及如何同时拿到多个offer并做出选择。",
        "公众号推送｜大厂面经合集：一面二面三面都问了什么？附终面HR面高频问题，收藏备用。",
        "国考面试真题解析来了！结构化面试答题模板、考官评分要点，以及去年进面考生的经验分享，"
        "点击阅读原文领取资料包。",
    ],
    "event": [
        "2029秋季物流行业人才招聘会将于11月9日举行，百余家企业现场招聘、现场面试，欢迎携带简历参加。",
        "直播预告：周四晚8点，资深猎头教你读懂offer里的五险一金和期权条款，扫码预约。",
    ],
    "course": [
        "你报名的《结构化面试通关课》今晚更新第5讲：如何应对压力面试。",
        "一对一模拟面试限时特惠：真实大厂面试官陪练，面试后出具评估报告，名额有限。",
    ],
    "university": [
        "各位同学：学校就业指导中心将于本周三下午举办“公务员与事业单位面试技巧”专题讲座，地点图书馆"
        "报告厅，请各学院通知到位。",
        "【就业信息】本周进校宣讲企业：德岚汽车零部件、顺岚供应链等6家，宣讲会后可现场投递简历并参加初面。",
        "关于做好2030届毕业生就业协议书签订工作的通知：已获得录用通知的同学，请于月底前到就业指导中心"
        "办理三方协议签订手续，逾期将影响派遣。",
    ],
    "agency": [
        "{first}您好，我是瀚海人才的招聘顾问，受客户委托，现有一个头部新能源企业的供应链总监岗位，"
        "年薪60-80万，方便加个微信详聊吗？",
        "您好，打扰了。我们客户（某外资银行）正在招聘风控经理，看您背景很匹配，请问近期有看机会的打算吗？",
    ],
    "personal": [
        "闺女，面试怎么样了？你爸天天念叨，说要是拿到offer就回家吃饭庆祝一下。",
        "兄弟，我那个复试过了！下周谈薪资，到时候帮我参谋参谋。",
        "看到你们专业有个招聘会，转发给你看看，别太焦虑，慢慢找。",
        "我们公司最近在招人，要不要我帮你内推？面试就两轮，挺快的。",
        "帮个忙呗，能不能当一下我的背调联系人？那家公司的HR这周可能会给你打电话，问问我在项目里的表现。",
    ],
    "colleague": [
        "{first}，周四下午有两个候选人来面试，你帮忙当一下技术面试官吧，面完在系统里填一下面评。",
        "跟大家同步一下：上周面试的那位候选人已经接受offer了，下月一号入职，到时候麻烦多带带。",
        "提醒：本周五前请把实习生面试的评估表交给我，谢谢。",
        "下周三的校招面试官培训记得参加，培训完会给大家分配面试任务，辛苦。",
    ],
    "service": [
        "【招商银行】您尾号6628的信用卡本期账单已出，应还金额3,218.50元，还款日12月8日。",
        "您的订单已发货，顺丰快递单号SF1329087765，预计明天送达。",
        "【携程】您预订的11月20日上海虹桥-成都东高铁票已出票，请携带身份证乘车。",
        "尊敬的客户，您本月话费套餐使用情况：通用流量剩余2.3GB。",
    ],
    "employer-marketing": [
        "青禾生鲜会员日来啦！全场水果8折，另外我们正在招聘门店运营经理，欢迎推荐身边的朋友。",
        "拾光互娱新游公测开启！首周登录送限定皮肤。团队持续扩招中，游戏策划、美术岗位虚位以待。",
    ],
}

# A hiring manager's internal note, forwarded to the candidate under FORWARD_NOTE_*.
FORWARDED_EN = {
    "rejection": "Thanks for lining up the interviews. We've agreed not to go ahead with "
    "{first}; the others had more hands-on experience. Please let {first} know kindly, the "
    "presentation really was good.",
    "interview-invite": "I'd like to meet {first} in person before we decide anything. Can "
    "you set up an hour with me on {day}, ideally at {time}?",
    "still-deciding": "Not ready to call it on {first} yet; I want to see the last two "
    "candidates first. Can you tell {first} we need another week or so?",
    "position-closed": "Finance has pulled the headcount for {role} for this year, so we "
    "have to close the search. Please let the remaining candidates, {first} included, know.",
    "offer": "Approval came through this morning. Please go ahead and offer {first} the role "
    "at the figure we discussed; I'm really pleased.",
}
FORWARDED_ZH = {
    "rejection": "辛苦安排面试。{first}这边我们讨论后决定不再往下走了，行业经验差一些，麻烦你委婉"
    "地跟候选人说一下。",
    "interview-invite": "{first}的简历我看了，想安排一次现场面，{day}{time}我有空，你帮忙约一下。",
    "still-deciding": "先别给{first}回复结论，等这周剩下两位候选人面完，我们再一起定。",
    "position-closed": "这个岗位的HC今年被收回了，招聘只能先停掉，麻烦通知一下还在流程里的候选人，"
    "包括{first}。",
    "offer": "审批已经过了，可以给{first}发正式offer了，薪资按上次沟通的数。",
}

SUBJECTS_EN = {
    "rejection": [
        "Your application for {role}",
        "{role}: outcome",
        "Update from {co}",
        "Application outcome - {role}",
        "Re: next steps",
    ],
    "interview-invite": [
        "Interview invitation: {role}",
        "Next step with {co}",
        "Can we talk?",
        "Interview: {role}",
        "Second round",
        "Schedule your interview",
    ],
    "offer": [
        "Letter of offer - {role}",
        "Your offer from {co}",
        "Good news!",
        "Offer of employment",
        "Welcome aboard",
    ],
    "acknowledgement": [
        "We've received your application",
        "Application confirmation",
        "Thanks for applying to {co}",
        "Receipt of application - {role}",
    ],
    "info-request": [
        "Information needed for your application",
        "A couple of questions",
        "Your application: next step",
        "Before we go further",
    ],
    "still-deciding": [
        "Status of your application",
        "An update on {role}",
        "Still working on it",
        "Where things stand",
    ],
    "position-closed": [
        "{role} vacancy update",
        "Important: {role} recruitment",
        "Update regarding the {role} position",
        "Vacancy withdrawn",
    ],
}
SUBJECTS_ZH = {
    "rejection": ["{co}面试结果", "关于您应聘{role}岗位的反馈", "应聘结果通知", "回复：面试结果"],
    "interview-invite": [
        "{co}招聘：下一步安排",
        "面试邀请｜{role}",
        "后续环节安排",
        "约个时间聊聊",
    ],
    "offer": ["录用通知书", "【offer】{co}", "拟聘用通知", "好消息"],
    "acknowledgement": ["简历投递成功", "报名成功提醒", "已收到您的申请", "收到"],
    "info-request": ["请补充信息", "关于您的申请", "问一下"],
    "still-deciding": ["面试结果进展", "申请状态更新", "关于面试结果", "请耐心等待"],
    "position-closed": ["岗位招聘调整通知", "{role}岗位关闭", "招聘暂停说明", "同步一下"],
}
