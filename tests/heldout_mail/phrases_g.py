"""Part g's wordings: employer mail by label, ATS and agency notes, forwarded notes, bilingual
letters, auto-replies and unrelated mail. Written fresh for part g, apart from the labeller.

Fields: {first} {company} {role} {person} {day} {time} {link} {city} {agency} {ats}.
"""

from __future__ import annotations

EN = {
    "rejection": [
        "It was a real pleasure getting to know you over the last few weeks. The panel enjoyed "
        "your system design session and your questions were some of the sharpest we heard. "
        "That made this a hard call, but we have decided to move forward with other candidates "
        "for the {role} position. I would be glad to stay in touch and let you know when "
        "something closer to your profile opens up.",
        "Thank you for the time you invested in our process for the {role} role. After careful "
        "consideration we will not be progressing your application further. We received a very "
        "high number of applications and this decision is not a reflection of your abilities.\n\n"
        "In accordance with our privacy notice, your data will be kept for 12 months and then "
        "deleted, unless you ask us to remove it sooner.",
        "Unfortunately it's a no from the team this time. Thanks for being so patient with us.",
        "I wanted to personally let you know that we won't be extending an offer for the {role} "
        "role. You were one of the two finalists and honestly the feedback on your case study "
        "was glowing; the other candidate simply had more hands-on experience with our stack.",
        "We appreciate your interest in {company}. Having reviewed your profile against the "
        "requirements of the {role} vacancy, we regret to inform you that you have not been "
        "shortlisted for the next stage.",
        "Thanks again for coming in to our {city} office. I'm sorry to say we've chosen to "
        "proceed with someone whose background matches the role more closely. Your portfolio "
        "was lovely, and I hope our paths cross again.",
        "Following your interview with {person}, we have concluded that we will not be moving "
        "ahead with your candidacy. We wish you every success in your search.\n\n"
        "This message and any attachment are confidential and intended solely for the "
        "addressee. If it reached you by mistake, kindly tell the sender and erase it. "
        "{company} accepts no liability for any damage caused by this email.",
        "Short version: we went another way. Long version happy over a call if useful - your "
        "take-home was strong, but the team wanted more people-management experience.",
    ],
    "interview-invite": [
        "Thanks for applying for the {role} role. We'd love to set up a 45-minute video call "
        "with {person} and one of the engineers. Would {day} at {time} work for you? If not, "
        "send me two or three slots that suit you next week.",
        "Good news - the team would like to meet you in person. Your onsite is on {day}, "
        "starting at {time} at our {city} office. Plan for about three hours: a pairing session, "
        "a chat with the product lead and lunch with the team. Bring a photo ID for reception.",
        "Please use the link below to book your first-round conversation with our recruitment "
        "team:\n{link}\nSlots are available from {day} onwards.",
        "Could we schedule a quick phone screen? 20 minutes, nothing formal. I'm free {day} "
        "any time after {time} ({city} time).",
        "Following your first conversation with {person}, we are pleased to invite you to the "
        "final panel interview for the {role} position on {day} at {time}. The panel will "
        "consist of three members of the leadership team. A calendar invitation follows.",
        "You're through to round two! {person} would like to walk through your case study "
        "with you on {day}. Does {time} suit? The call will be on Teams.",
        "We have reserved {day}, {time} for your technical interview. Please confirm by "
        "replying to this email, or suggest another time if this does not suit you.",
    ],
    "offer": [
        "I'm afraid the first bit is bad news: the team offsite we mentioned is cancelled, so "
        "you won't get to meet everyone in {city} next month. The good news outweighs it "
        "though - we would like to offer you the {role} position! The written offer with salary, "
        "equity and start date is attached; have a read and let me know your questions.",
        "On behalf of {company}, I am delighted to offer you employment as {role}, reporting "
        "to {person}. Your annual base salary will be as set out in the enclosed contract, "
        "with a proposed start date of {day}.\n\nThis offer is conditional on satisfactory "
        "references and proof of your right to work. Please return the signed contract within "
        "five business days. This letter does not create a contract of employment until it is "
        "countersigned by both parties.",
        "We want you on the team! Formal offer coming via DocuSign this afternoon.",
        "Unfortunately we couldn't get approval for the remote arrangement you asked about, "
        "and I know that matters to you. Even so, we would love to have you: we're extending "
        "you an offer for the {role} role, based in {city} with two office days a week. "
        "The details are in the attached offer letter.",
        "Congratulations - the hiring committee approved your hire this morning. Your offer "
        "package for the {role} position is in the portal; it is valid until {day}.",
        "Following the final interview, I'm very happy to confirm that we'd like to make you "
        "an offer. Can we have a quick call on {day} to walk through the package?",
    ],
    "acknowledgement": [
        "Thank you for applying for the {role} position at {company}. This is to confirm that "
        "we have received your application. Our team reviews every application carefully, and "
        "if your profile matches what we are looking for, we will contact you.",
        "Thanks, got your CV and covering letter - I'll pass them to the hiring manager.",
        "We confirm receipt of your application for the role of {role} (reference "
        "REQ-{ref}). You can follow its status at any time in your candidate account.",
        "Your application has been submitted successfully. Thank you for your interest in "
        "{company}! Please do not reply to this message, this mailbox is not monitored.",
        "Thanks for reaching out about the {role} opening. Your application is now in our "
        "system and sits with the recruiting team.",
    ],
    "info-request": [
        "Before we go further, could you complete our take-home exercise? The brief is at "
        "{link}. Please send your solution back by {day}; it should take about three hours.",
        "We're at the reference stage. Could you send us the names and contact details of "
        "two professional referees, ideally one former manager?",
        "To finalise your file we need a copy of your degree certificate, your current work "
        "permit and your notice period. Could you reply with these by {day}?",
        "Quick one: what are your salary expectations for the {role} role, and when could "
        "you start?",
        "Your application for {role} is missing a portfolio. Could you share a link to two or "
        "three recent projects so the design team can review them?",
        "As part of our process we ask all shortlisted candidates to complete an online "
        "assessment (about 60 minutes). Please complete it here by {day}: {link}",
    ],
    "still-deciding": [
        "Just a quick update: we're still reviewing candidates for the {role} role, and you "
        "are very much still in the mix. Expect to hear from us next week.",
        "Apologies for the silence. {person} has been travelling, so the final decision has "
        "slipped a little. We'll have an answer for you by {day} at the latest.",
        "The panel meets on {day} to compare the finalists. I'll write as soon as I know more.",
        "Thank you for your patience. We have completed all final-round interviews, and the "
        "hiring team is now gathering feedback. No decision has been made yet, and we will "
        "update you within the next two weeks.",
        "We haven't forgotten you! The process is taking longer than planned because of budget "
        "sign-off at the end of the quarter, but your application is still active.",
    ],
    "position-closed": [
        "I wanted to let you know that the {role} position has been filled internally. A "
        "colleague from the platform team has moved across, so we are closing the search. "
        "This has nothing to do with your interviews, which went well.",
        "Due to a change in business priorities, the {role} vacancy has been put on hold until "
        "further notice. We have therefore paused all applications for this role.",
        "Unfortunately the {role} role has been cancelled following a restructure of the "
        "department. We are sorry for the inconvenience after the time you have invested.",
        "Heads up: we've had a hiring freeze announced this morning, so the {role} search is "
        "off for now. If it reopens in the new financial year I'll reach out first.",
        "The requisition for the {role} position has been withdrawn and the job posting is no "
        "longer active. Thank you for your interest in {company}.",
    ],
}

ZH = {
    "rejection": [
        "非常感谢你参加我们的三轮面试，面试官们对你的项目经验和沟通能力都评价很高。经过慎重考虑，"
        "我们最终选择了与岗位要求更匹配的候选人，很遗憾这次不能与你共事。期待未来有机会再合作。",
        "感谢您投递{company}{role}岗位。经过综合评估，您的背景与该岗位的要求暂不匹配，"
        "本次无法进入下一轮。您的简历将保存在我司人才库中，如有合适机会会再与您联系。",
        "不好意思，这次没通过，谢谢你的时间。",
        "您好，关于{role}岗位的面试结果：很遗憾，您未能通过终面。感谢您对我们的信任与支持，祝您求职顺利！",
        "经部门讨论，我们决定不再推进您的应聘流程。您在笔试中的表现不错，但岗位更需要有量产经验的同学。",
    ],
    "interview-invite": [
        "感谢您关注{company}！您投递的{role}岗位已通过简历筛选，现邀请您参加初试。\n"
        "时间：{day} {time}\n地点：{city}市高新区软件园C座5楼\n请携带身份证及简历一份，如时间不便请提前回复。",
        "你好，我是{company}的{person}。想约你做一次线上技术面，大约一小时，{day}{time}可以吗？会议链接：{link}",
        "恭喜您通过二面！终面安排在{day}{time}，由部门总监与您进行视频面谈，请确认是否方便参加。",
        "请通过以下链接选择您方便的面试时间段：{link}  面试形式为腾讯会议。",
        "您好，HR这边想和您先电话沟通一下，大概15分钟，{day}下午方便接电话吗？",
    ],
    "offer": [
        "先说一个不太好的消息：原定的入职培训因场地原因推迟了。不过更重要的是——恭喜你！"
        "我们正式向你发出{role}岗位的录用通知，具体薪资和福利见附件Offer，请在{day}前确认。",
        "{first}您好，经公司研究决定，录用您为我司{role}。请于{day}上午9:00到{city}总部人力资源部报到，"
        "报到时请携带身份证、学历学位证书原件及离职证明。本通知书自签发之日起七日内有效。",
        "你好，面试通过了！我们想给你发offer，方便的话今天电话聊聊薪资细节？",
        "恭喜您顺利通过全部面试环节，{company}很高兴向您发出正式录用意向。Offer邮件已发至您的邮箱，请查收并回复确认。",
    ],
    "acknowledgement": [
        "您好，您的简历已成功投递至{company}{role}岗位，我们会尽快进行筛选，请耐心等待。",
        "收到你的简历了，谢谢！我转给业务部门看看。",
        "感谢您的投递！我们已收到您的申请材料，招聘团队将在10个工作日内完成初步筛选。",
        "您已成功申请{company}{role}职位。您可登录招聘官网查看申请进度，此邮件为系统自动发送，请勿回复。",
    ],
    "info-request": [
        "你好，麻烦补充一下学历证明和最近一份工作的离职证明扫描件，发到这个邮箱就行，谢谢！",
        "您好，请在{day}前完成在线笔试，链接：{link}。笔试时长90分钟，请确保网络稳定。",
        "想了解一下您的期望薪资和最快到岗时间，方便回复一下吗？",
        "我们正在进行背景调查，请提供两位前同事或上级的联系方式。",
        "请完成附件中的作业题（数据分析小项目），并于{day}前将结果和代码发回。",
    ],
    "still-deciding": [
        "您好，您的面试结果还在评估中，预计下周会给您答复，请耐心等待。",
        "抱歉让你久等了，老板这周在出差，最终结果要等他回来拍板，大概{day}左右通知你。",
        "目前所有候选人的终面刚刚结束，我们正在汇总面试官意见，有结果会第一时间联系您。",
        "你的流程还在进行中，没有被淘汰哈，审批流程比较慢，再等等。",
    ],
    "position-closed": [
        "非常抱歉地通知您，{role}岗位由于公司业务调整已暂停招聘，您的应聘流程也随之终止。",
        "您好，该岗位已通过内部转岗招满，因此我们不再继续外部招聘，感谢您的理解。",
        "由于部门架构调整，{role}职位已取消，给您带来不便深表歉意。",
        "该职位的招聘需求已关闭，您的简历将进入我们的人才储备库。",
    ],
}

# Applicant-tracking-system notifications, in their own flat style.
ATS_EN = {
    "acknowledgement": [
        "Thank you for applying to {company}!\n\nWe've received your application for {role} "
        "and our team will review it. You can check your application status at any time by "
        "signing in to your candidate home.\n\nPowered by {ats}",
        "Application received: {role} (Job ID {ref}). Thank you for your interest in {company}. "
        "If your qualifications match our needs, a member of our recruiting team will be in touch.",
    ],
    "rejection": [
        "Thank you for your interest in the {role} position at {company}. After reviewing your "
        "application, we have decided to pursue other candidates whose experience more closely "
        "matches our current needs. We encourage you to apply for future openings.",
        "Your application status for {role} (Job ID {ref}) has changed to: Not selected. "
        "Thank you for considering {company} as a potential employer.",
    ],
    "interview-invite": [
        "{company} would like to schedule an interview with you for {role}. Please select a "
        "time that works for you using the button below.\n\n[Choose a time] {link}",
    ],
    "info-request": [
        "Action required: please complete the following task for your application to {role}: "
        "Upload your right-to-work documents. Sign in to your candidate home to complete it.",
        "You have a new assessment to complete for {role} at {company}. Deadline: {day}. "
        "Start assessment: {link}",
    ],
    "position-closed": [
        "The {role} requisition you applied for has been closed and is no longer accepting "
        "candidates. No further action is needed on your part.",
    ],
    "still-deciding": [
        "Your application for {role} is still under review. We appreciate your patience while "
        "the hiring team completes its evaluation.",
    ],
}
ATS_ZH = {
    "acknowledgement": [
        "亲爱的{first}：\n您好！感谢您投递{company}的{role}职位，我们已收到您的简历。"
        "我们将在收到简历后尽快进行筛选，请保持手机畅通。\n本邮件由{ats}系统发送",
        "【投递成功】您已成功投递{company}-{role}，申请编号{ref}。可在个人中心查看进度。",
    ],
    "rejection": [
        "亲爱的{first}：感谢您对{company}的关注与信任。经过认真评估，很遗憾您暂未进入下一环节。"
        "我们已将您的信息纳入人才库，期待未来与您相遇。",
    ],
    "interview-invite": [
        "【面试邀请】{first}您好，{company}邀请您参加{role}岗位的视频面试。\n面试时间：{day} {time}\n"
        "面试方式：飞书视频会议\n请点击“接受邀请”确认：{link}",
    ],
    "info-request": [
        "【待办提醒】请于{day}前完成{company}测评：职业性格测评（约30分钟）。点击开始：{link}",
    ],
    "position-closed": [
        "您申请的{role}职位已关闭招聘，感谢您的关注。",
    ],
    "still-deciding": [
        "您的申请{role}目前处于“复试评估中”状态，结果出来后将第一时间通知您。",
    ],
}

# An agency recruiter writing about the candidate's own application (employer mail).
AGENCY_OWN_EN = {
    "rejection": "I've just had feedback from {company} on your {role} interview. I'm afraid "
    "they've decided not to take your application further - they went with a candidate who "
    "had more regional experience. Let's catch up and look at what else is out there.",
    "interview-invite": "Great news: {company} want to meet you for the {role} role! They've "
    "proposed {day} at {time} at their {city} office. Can you confirm and I'll lock it in?",
    "offer": "Brilliant news - {company} have come back with an offer for the {role} role! "
    "I'll send the numbers over shortly, but they're in line with what we discussed. Call me.",
    "still-deciding": "No decision from {company} yet, sorry. They're seeing one more candidate "
    "on {day} and promised me feedback straight after.",
    "info-request": "{company} have asked for two references and a copy of your passport before "
    "they can move to the final stage. Could you send those over to me today?",
    "position-closed": "Frustrating update: {company} have put the {role} hire on hold, "
    "the whole headcount was frozen by their regional office. Nothing wrong with you at all.",
}
AGENCY_OWN_ZH = {
    "rejection": "{first}你好，{company}那边反馈了，很可惜这次没有通过终面，他们选了一位有同行经验的候选人。",
    "interview-invite": "{first}好，{company}看了你的简历很感兴趣，想约你{day}{time}面试，可以吗？",
    "offer": "恭喜！{company}决定给你发offer了，薪资比预期还高一点，我晚点把offer细节发你。",
    "still-deciding": "{company}那边还在走审批，暂时没有结论，我这周五再帮你催一下。",
    "position-closed": "跟你同步一下，{company}这个岗位因为预算冻结暂停招聘了，不是你的问题。",
    "info-request": "{company}需要你补一份近三个月的工资流水和学历认证报告，方便今天发我吗？",
}

# Forwarded chains: (the sender's note above, the forwarded message from a colleague).
FORWARD_EN = {
    "interview-invite": (
        "See below - {person} would love to meet you. Are you free {day} at {time}?",
        "Hi, I've read the CV, let's get this candidate in for a "
        "chat. Find me 45 minutes next week please.",
    ),
    "rejection": (
        "Hi {first}, passing on the hiring manager's decision below. I'm sorry it "
        "isn't better news.",
        "Thanks for organising. I don't think we should "
        "proceed with this one, the gap on the data side is too big for this role.",
    ),
    "offer": (
        "Forwarding the approval from our CFO - which means we can formally offer you "
        "the role! Offer letter to follow today.",
        "Approved. Please go ahead and make the offer at the agreed package.",
    ),
    "position-closed": (
        "{first}, forwarding the note I got this morning. I'm afraid it means "
        "the role is gone for now.",
        "All - effective immediately the "
        "{role} requisition is cancelled as part of the cost review. Please "
        "inform any candidates in process.",
    ),
    "still-deciding": (
        "Quick note so you're not left wondering: see below, we're waiting "
        "on one more interview before deciding.",
        "Let's hold off on a decision until we've seen the last candidate on Thursday.",
    ),
}
FORWARD_ZH = {
    "interview-invite": (
        "{first}你好，下面是部门负责人的意见，想约你{day}{time}来公司聊聊。",
        "这个候选人简历不错，安排一下面试吧。",
    ),
    "rejection": (
        "你好，转一下业务部门的反馈，很抱歉这次没有通过。",
        "这位候选人经验偏少，这次先不考虑了。",
    ),
    "position-closed": (
        "同步一下，这个岗位今天接到通知暂停了，不好意思。",
        "各位，{role}岗位编制冻结，暂停一切外部招聘，请通知在流程中的候选人。",
    ),
}

# Letters written in both languages (Hong Kong and Singapore employers): (English, Chinese).
MIXED = {
    "interview-invite": (
        "We would like to invite you to an interview for {role} on {day} at {time}.",
        "诚邀您于{day} {time}参加{role}职位面试，请回复确认。",
    ),
    "rejection": (
        "Thank you for your interest. We regret that your application was not "
        "successful on this occasion.",
        "感谢您的关注，很遗憾您此次的申请未能成功。",
    ),
    "acknowledgement": (
        "We have received your application and will review it shortly.",
        "我们已收到您的申请，会尽快审阅。",
    ),
    "offer": (
        "We are pleased to offer you the position of {role}. Please find the offer "
        "letter attached.",
        "我们很高兴向您发出{role}职位的录用通知，详见附件。",
    ),
    "info-request": (
        "Please send us your HKID copy and latest payslip to proceed.",
        "请提供身份证副本及最近一个月的工资单，以便继续流程。",
    ),
    "still-deciding": (
        "Your application is still being assessed; we will revert next week.",
        "您的申请仍在评估中，我们将于下周回复。",
    ),
    "position-closed": (
        "Please note the {role} vacancy has been frozen.",
        "请注意，{role}职位已冻结招聘。",
    ),
}

# What the candidate wrote earlier, quoted under replies: full of interview words on purpose.
EARLIER_EN = (
    "Thank you so much for the interview yesterday! I really enjoyed meeting the team and I'm "
    "excited about the next round. Happy to schedule the final interview whenever suits, and I "
    "can share references if that helps your decision. Looking forward to your offer - I mean, "
    "your news!",
    "Hi, just checking in on my application. I had my second interview two weeks ago and "
    "wondered if there is any update on next steps or a possible onsite?",
)
EARLIER_ZH = (
    "您好，感谢上周的面试机会！非常期待下一轮面试，如果需要我可以随时安排时间，也期待早日收到好消息（offer）。",
    "您好，我上周参加了二面，想问一下面试结果出来了吗？是否还有终面安排？",
)

SIGN_MOBILE_EN = ("Sent from my iPhone", "Get Outlook for Android", "Sent from my Galaxy")
SIGN_MOBILE_ZH = ("发自我的华为手机", "发自我的iPhone", "来自网易邮箱大师")

# Out-of-office bodies; {back} and the other dates are written by part_g.
OOO_EN = [
    "Thank you for your email. I am out of the office and will be back on {back}. For urgent "
    "recruitment matters please contact {deputy}.",
    "I'm currently on annual leave with limited access to email. I'll be returning {back} and "
    "will reply to your message then.",
    "Hi, I'm away until and including {last}, so replies will be slow. My colleague at {deputy} "
    "can help in the meantime.",
    "I am on parental leave. My last day out is {last}; I'll pick up your email when I'm back.",
    "Out for a few days, back {back}. Sent from my phone",
    "Automatic reply: this mailbox is not monitored until {back}. Candidates with questions about "
    "an ongoing application can write to {deputy}.",
    "Bonjour / Hello, I am currently out of the office with no access to my emails and will be "
    "back on {back}. Merci.",
    "Thanks for your message. I'm attending a conference in {city} and will be back in the "
    "office on {back}.",
]
OOO_ZH = [
    "您好，我正在休假，将于{back}返回，期间邮件回复可能不及时，紧急事务请联系{deputy}。",
    "【自动回复】您好，本人{start}至{last}休年假，{back}起正常办公，届时回复您的邮件。",
    "您的邮件已收到。我目前在外出差，{back}回来后第一时间处理。",
    "春节放假期间不在办公室，{back}上班后回复，祝您新春快乐！",
    "我将于{back}返回办公室，如有招聘相关问题请联系{deputy}，谢谢。",
]

UNRELATED_EN = {
    "job-alert": [
        '12 new jobs match your search "{role}" in {city}:\n- {role}, Harlow & Finch (apply '
        "in 1 click)\n- Senior {role}, Vireo Systems\n- {role} (contract), Oakhurst\nYou're "
        "receiving this alert because you saved a search. Manage alerts or unsubscribe.",
        "{company} is hiring! Based on your profile we think you'd be a great fit for these "
        "open roles. See jobs and set up your interview preferences in one place.",
    ],
    "digest": [
        "This week's top interview reviews: \"Rejected after the final round at a fintech - here "
        'is what I learned", "How I negotiated my offer up 15%", "Is a take-home assignment '
        'a red flag?" Plus new salary reports for {role} in {city}.',
    ],
    "newsletter": [
        "In this issue: why companies ghost candidates, the rise of AI interview screening, and "
        "five questions to ask before accepting an offer. Read online. You signed up for this "
        "newsletter; unsubscribe at any time.",
    ],
    "webinar": [
        'You\'re invited: "Cracking the technical interview" live webinar on {day} at {time}. '
        "Register now to save your seat - recordings are sent to all registrants. Add to calendar.",
    ],
    "alumni": [
        "Dear alumni, the Career Centre's spring recruitment fair takes place on {day}. Over 60 "
        "employers will be interviewing on site. Book a CV review or a mock interview with our "
        "advisers through the student portal.",
    ],
    "bank": [
        "Exclusive offer for you, {first}: 0% balance transfer for 18 months. You have been "
        "pre-approved - accept your offer online before {day}. Terms and conditions apply.",
    ],
    "shop": [
        "Your order #{ref} has shipped! Plus a special offer: 20% off your next purchase with code "
        "WELCOME20. Thank you for shopping with us.",
        "Last chance: fares from $49 end tonight. Our best offer of the season - book now.",
    ],
    "friend": [
        "ok so I had the final interview at the bank today and I think I bombed the case "
        "question?? they said they'd decide by friday. also they asked about salary. drinks "
        "later? need to vent",
        "Guess what - I got the offer from the Lisbon startup!!! Signing tomorrow. Your turn "
        "next, how did your interview with those people in {city} go?",
        "Sorry to hear about the rejection. Honestly their loss. Want me to look at your CV "
        "this weekend before you apply again?",
    ],
    "colleague": [
        "Hi, for tomorrow's debrief: I interviewed the two {role} candidates today. The first "
        "was strong on system design, I'd say hire; the second I'd reject, not enough depth. "
        "Can you put your scores in the scorecard before 10?",
        "Reminder: you're on the interview panel for the {role} candidate on {day} at {time}. "
        "Please review the CV beforehand and submit feedback within 24 hours.",
    ],
    "agency": [
        "I came across your profile and I'm working on an exciting {role} opportunity with a "
        "fast-growing scale-up in {city}. Package up to 20% above market, hybrid working. Would "
        "you be open to a confidential chat this week?",
        "Are you open to new roles? I have three clients hiring for {role} positions right now "
        "and interviews can be arranged quickly. Reply with a good time to talk.",
    ],
    "personal": [
        "Hi love, Mum says dinner on Sunday at 6. Can you bring the salad? Also your cousin got "
        "into the graduate programme, so call her to say congratulations.",
        "Your gym membership renews on {day}. Reply STOP to cancel.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "根据您的求职意向，为您推荐以下职位：\n{role} | 15-25K | {city}\n高级{role} | 20-35K | {city}\n"
        "点击查看详情，一键投递。退订请回复TD。",
        "有3位HR查看了您的简历，还有12个新职位与您匹配，快去看看吧！",
    ],
    "digest": [
        "本周热门面经：《字节三面挂了，复盘一下》《终面被问期望薪资怎么答》《拿到offer后如何谈薪》，"
        "以及{city}地区{role}最新薪资报告。",
        "你关注的公司有新动态：3条新点评、1条面试经验分享。打开脉脉查看。",
    ],
    "newsletter": [
        "本期内容：2028年校招趋势观察；如何准备群面；HR不回复邮件的十个原因。阅读全文请点击原文链接。",
    ],
    "webinar": [
        "诚邀您参加线上技术沙龙《云原生架构实践》，时间：{day} {time}，扫码报名，名额有限。",
    ],
    "alumni": [
        "各位同学：春季双选会将于{day}在体育馆举行，届时将有80余家用人单位现场面试，请携带简历参加。",
        "就业指导中心提醒：模拟面试工作坊开放预约，欢迎有求职需求的校友报名。",
    ],
    "bank": [
        "尊敬的客户，您已获得信用卡专属分期优惠：手续费低至3折，{day}前办理有效。退订回T",
    ],
    "shop": [
        "您的订单{ref}已发货，预计2天内送达。新人专享优惠券已放入您的账户，下单立减20元。",
    ],
    "friend": [
        "我今天去那家公司终面了，感觉面试官不太满意，说下周出结果……你那边offer谈得怎么样了？",
        "跟你说个好消息，我拿到offer啦！下周请你吃饭。你面试得怎么样？",
    ],
    "colleague": [
        "明天下午你帮忙面一下{role}的两个候选人吧，简历我发你了，面完在系统里填一下面评。",
        "今天面的那个候选人我觉得可以进终面，你看一下我的面试记录，没问题就约HR发二面邀请。",
    ],
    "agency": [
        "您好，我是猎头顾问，目前有一个{city}的{role}机会，薪资30-50K，平台很好，方便加个微信聊聊吗？",
    ],
    "personal": [
        "周末回家吃饭吗？你爸说要包饺子。对了，记得交这个月的房租。",
    ],
}
EMPLOYER_NEWS_EN = (
    "The {company} quarterly: our new {city} office opens, meet the team behind our latest "
    "launch, and explore 30+ open roles across engineering and operations. Refer a friend!"
)
EMPLOYER_NEWS_ZH = "{company}月刊：新园区落成、员工故事，以及本月热招岗位，欢迎推荐好友投递！"

# Sent with a calendar invitation; {day} and {time} are the invitation's.
CALENDAR_EN = (
    "I've sent you a calendar invitation for your interview on {day} at {time}. The video "
    "link is in the invite; please accept it so we know the time works.",
    "Confirming your interview with {person} on {day} at {time} - invite attached. Shout if "
    "you need to move it.",
)
CALENDAR_ZH = ("已向您发送面试日历邀请：{day} {time}，请点击“接受”确认，会议链接见邀请详情。",)
# What the candidate wrote when applying, quoted under acknowledgements.
EARLIER_APPLY_EN = (
    "Please find attached my CV and cover letter for the {role} position. I would welcome the "
    "chance to interview and can make myself available for a call or an onsite at short notice."
)
EARLIER_APPLY_ZH = "您好，附件是我应聘{role}的简历，期待有机会参加面试，我随时可以安排时间。"
