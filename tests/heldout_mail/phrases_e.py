"""What part e's mail says: its own phrasings, written for part e alone.

Each employer label has cores (the sentence that carries the decision), and shared openers and
closers that say nothing by themselves. Fields: {first} the candidate's first name, {c} the
company, {role}, {p} the writer's first name, {day} and {day2} days to come, {link}, {sal}.
"""

from __future__ import annotations

OPENERS_EN = [
    "Thank you for the time you've put into the process so far.",
    "I hope your week is going well.",
    "Apologies for the slow reply, it has been a hectic few weeks here.",
    "Thanks for your patience while we worked through things on our side.",
    "Following up on our conversation earlier this month.",
    "",
    "",
]
OPENERS_ZH = ["感谢您对{c}的关注与信任。", "最近一切都好吧？", "抱歉回复晚了，这几周事情比较多。",
              "感谢您一直以来的耐心等待。", "", ""]  # fmt: skip
CLOSERS_EN = ["Let me know if anything is unclear.", "Speak soon.", "", "", "Have a great weekend."]
CLOSERS_ZH = ["如有疑问随时联系我。", "祝工作顺利！", "", "", "期待与您保持联系。"]

CORES_EN = {
    "rejection": [
        "Your portfolio genuinely impressed the panel and the conversations were a pleasure. "
        "After a lot of back and forth, though, we've decided to move ahead with other "
        "applicants for the {role} role, so we'll be closing your application.",
        "short version: we're going to pass. you're clearly talented, it's just not the fit "
        "we need right now. sorry {first}, and good luck out there.",
        "Your application status for {role} has changed to: Not selected. This decision is "
        "final for the current opening. You are welcome to apply to other roles on our site.",
        "We have reviewed your application carefully. Regrettably, we will not be taking your "
        "candidacy forward to the next stage.",
        "The team loved your energy in the final round. Ultimately we went a different direction "
        "and won't be extending an offer to you. I'd be happy to share feedback if useful.",
        "Thanks for completing the case study. Having compared it with the rest of the shortlist, "
        "we won't be progressing your application any further.",
        "Hate to send this one. We've decided not to move forward with you for the {role} "
        "position. Nothing to do with effort; the bar on distributed systems was very specific.",
        "Your profile is strong, but it doesn't match the requirements closely enough for us to "
        "proceed. We wish you every success in your search.",
        "After discussing with the hiring panel I'm afraid it's a no from us this time. "
        "Please don't take it as a reflection of your ability.",
        "Following your interview on Tuesday, the panel has concluded that other candidates "
        "more closely match what the team needs. We are therefore unable to offer you the role.",
        "We've made the difficult call to decline your application at this stage. We will keep "
        "your CV on file for six months unless you ask us to delete it.",
        "Gideon here. Talked it over with the team last night and we're not going to continue "
        "with your candidacy. Really appreciated the chat though.",
    ],
    "interview-invite": [
        "We'd love to take the next step. Could you pick a 45-minute slot for a technical "
        "conversation with {p} and one of our engineers? Grab any time here: {link}",
        "Are you free on {day} at 3pm for a video call with our head of design? If not, "
        "send me two or three windows that suit you and I'll make it work.",
        "As the next step, please complete our take-home exercise. It should take about three "
        "hours; you'll have until {day} to submit it via the link below.\n{link}",
        "Invitation: {role} onsite loop @ {day} 10:00 - 14:00. Join with Google Meet. "
        "Accept | Decline | Maybe. Organizer: {p}",
        "You've been invited to complete an online assessment for the {role} position. "
        "The assessment link expires on {day}: {link}",
        "loved your application, want to grab a coffee (or a zoom) this week? thursday or "
        "friday afternoon both work for me.",
        "The hiring manager would like to meet you for a final-round conversation. "
        "Please confirm whether {day} at 11:30 works; the interview will be held at our office.",
        "Your interview has been scheduled: {day}, 14:00 (45 min), Microsoft Teams. "
        "Interviewers: {p} and a senior engineer. Reschedule using {link}",
        "Congratulations on passing the phone screen! Next up is a pairing session with two "
        "of our developers; reply with your availability for the week of {day}.",
        "We would like to invite you to a 30-minute introductory call to learn more about your "
        "background. Please book a time that suits you: {link}",
        "Could you spare an hour on {day} to walk the team through the dashboard you built? "
        "Informal, no slides needed.",
    ],
    "offer": [
        "I'm thrilled to let you know that we'd like to offer you the {role} position. "
        "Your offer letter is attached; the base salary is {sal}, and we'd love you to start on {day2}.",
        "Unfortunately our approvals took far longer than I'd hoped, which is why you haven't "
        "heard from me. The good news: it's all signed off, and we're delighted to extend you an "
        "offer to join as {role}.",
        "Congratulations! On behalf of {c}, I'm pleased to confirm our offer of employment. "
        "Please review the enclosed contract and sign it by {day}.",
        "ok so, everyone was unanimous. we want you on the team. formal offer coming from our "
        "people person tomorrow but wanted you to hear it from me first.",
        "Sadly I can't do the equity refresh you asked about, but the rest is good news: the "
        "committee approved your offer at {sal} with a start date of {day2}.",
        "An offer has been prepared for you. Log in to the candidate portal to view and accept "
        "your offer for {role} before {day}: {link}",
        "We'd like you to join us! Attached you'll find the offer letter and the benefits "
        "summary. Happy to jump on a call to go through anything.",
        "I regret that it took us so long to get back to you, but I'm very happy to say the "
        "panel recommended you and we are offering you the role.",
        "Following the successful completion of your interviews, we're excited to extend a "
        "conditional offer of employment, subject to reference checks.",
        "Bad news first: the remote stipend has been discontinued company-wide. Now the good "
        "news: we are offering you the {role} job, starting {day2}, and we really hope you say yes.",
    ],
    "acknowledgement": [
        "Thank you for applying for {role} at {c}. We've received your application and our team "
        "will review it. If your experience matches the role, someone will reach out.",
        "This is an automated confirmation that your application (ref. {ref}) was submitted "
        "successfully. There's no need to reply to this email.",
        "Got it, thanks! I've forwarded your CV to the hiring manager and will be in touch once "
        "she's had a look.",
        "Your application has been received. Due to the volume of applications we may not be "
        "able to respond individually, but every submission is reviewed.",
        "Thanks for sending the references over so quickly. I've added them to your file.",
        "We confirm receipt of your application for the {role} vacancy. Applications close on "
        "{day}; shortlisted candidates will be contacted after that date.",
        "Thanks for reaching out about the role, appreciate it. I've passed your details along "
        "to the team that's hiring.",
        "Hi there, your submission for {role} is in! Here's what happens next: our recruiters "
        "review every application, usually within two weeks.",
        "Many thanks for your message and the updated CV. Both arrived safely.",
    ],
    "info-request": [
        "Before we set up the next conversation, could you let me know your salary expectations "
        "and your notice period?",
        "Could you send over two professional references, ideally including a recent manager?",
        "To progress your application we need a copy of your right-to-work documentation. "
        "Please upload it through the portal by {day}.",
        "Quick one: would you be open to relocating to our Rotterdam office, or are you only "
        "looking at remote roles?",
        "Your application is missing a cover letter and a transcript. Please reply with both "
        "so we can continue reviewing it.",
        "What is the earliest date you could start? And do you require visa sponsorship?",
        "Could you fill in the attached candidate information form (education history, current "
        "compensation, availability) and send it back to me?",
        "Would you mind sharing a couple of writing samples, ideally something technical?",
        "One thing I forgot to ask: are you holding any other offers at the moment, and what "
        "timeline are you working to?",
        "Please complete the background check consent form via {link} so we can move ahead.",
    ],
    "still-deciding": [
        "I wanted to let you know we haven't reached a decision yet. We still have a few "
        "interviews to complete and expect to update you by {day}.",
        "No news yet, sorry! The hiring manager is travelling this week, and we'll regroup "
        "when she's back.",
        "Your application is still under review. We appreciate your patience and will contact "
        "you as soon as there's an update.",
        "Just a quick heads-up that things are taking longer than planned: the final decision "
        "now sits with our leadership team, who meet on {day}.",
        "The panel is still weighing the shortlist. You are very much in the running, and I "
        "hope to have an answer for you within two weeks.",
        "We're running behind on this one. Budget sign-off for the role is pending, and we "
        "can't confirm next steps until that's done. I'll keep you posted.",
        "Thanks for checking in. Nothing to report yet; we're still collecting feedback from "
        "everyone you met.",
        "Status update: your candidacy for {role} remains active. We are finishing first-round "
        "interviews this month.",
    ],
    "position-closed": [
        "I wanted to let you know that we've filled the {role} role internally, so the opening "
        "is no longer available. This isn't a reflection on your application.",
        "The {role} requisition has been cancelled following a change in our hiring plans, so "
        "we are closing all applications for it.",
        "We've just had a candidate accept our offer for this position, which means the role "
        "is now filled. Thank you for your interest in {c}.",
        "Due to a company-wide hiring freeze, we've put the {role} search on hold indefinitely.",
        "Quick update: the team restructured and this role no longer exists. Really sorry to "
        "have taken your time.",
        "The job posting you applied to ({role}) has been closed by the employer and is no "
        "longer accepting candidates.",
        "We decided to promote someone from within the team into the {role} position, so we're "
        "not hiring externally for it after all.",
        "Budget for the position was withdrawn at the end of the quarter, and we've had to pause "
        "hiring for it. Should it reopen, I'll reach out.",
        "Another applicant, who was further along in our process, has accepted the position.",
    ],
}

CORES_ZH = {
    "rejection": [
        "经过综合评估，很遗憾您本次未能通过{role}岗位的复试，我们将不再推进您的申请。",
        "您的简历和作品都很出色，团队对您印象也很好，但几番讨论后，我们最终决定不再继续推进。"
        "希望以后还有合作的机会。",
        "这次就不继续往下走了，不太匹配我们现阶段的需求，抱歉哈，祝顺利！",
        "您应聘的{role}职位状态已更新为：不合适。感谢您的投递。",
        "综合各轮面试官的反馈，您与该岗位的要求还存在一定差距，本次无法为您提供录用机会。",
        "很感谢您参加我们的笔试和面试。遗憾的是，本轮筛选结果显示您暂不符合岗位要求，"
        "您的简历将进入公司人才库。",
        "老实说挺纠结的，你各方面都不错，但我们最后还是选了更有行业经验的人。这次先不合作了。",
        "感谢您的时间。经评估，我们决定暂不推进您的候选流程，祝您求职顺利。",
        "您的面试表现很好，但我们最终选择了与团队现状更契合的候选人，这次只能说声抱歉。",
    ],
    "interview-invite": [
        "您好，您的简历已通过初筛，想邀请您参加{role}岗位的一面，时间定在{day}下午两点，"
        "地点在我司会议室，方便的话请回复确认。",
        "请于{day}前完成我们的在线笔试，链接如下：{link}，预计用时90分钟。",
        "这边想约您做个视频面试，大概一个小时，{day}上午或下午都可以，您看哪个时间合适？",
        "邀请您参加线上面试：{day} 15:00，腾讯会议号 618 233 905，面试官：{p}。",
        "恭喜您通过一面！二面是和业务负责人聊，请在以下链接选择方便的时段：{link}",
        "我们准备了一个小作业，三天内提交即可，题目见附件，做完发回这个邮箱。",
        "想请你来公司坐坐，跟团队几个人聊聊，{day}有空吗？",
        "【面试邀请】{c}诚邀您参加终面，面试时间：{day} 10:30，请携带身份证及纸质简历。",
        "您的简历我们很感兴趣，方便的话下周安排一次电话沟通，大约半小时，您看什么时候方便？",
    ],
    "offer": [
        "恭喜您！经过多轮面试，我们决定正式录用您担任{role}，录用通知书见附件，请于{day}前确认。",
        "很遗憾让您久等了，审批流程比预期慢了不少。好消息是已经全部批下来了，"
        "我们正式向您发出offer，期待您的加入！",
        "你好{first}，大家一致决定要你！正式offer明天HR会发，先跟你说一声。",
        "您好，现向您发放录用通知：岗位{role}，月薪{sal}，入职日期{day2}。请登录系统确认：{link}",
        "很抱歉没能满足您在期权上的要求，不过其余条件都已批准，我们诚挚地邀请您加入{c}。",
        "经公司研究决定，拟录用您为我司{role}，请在收到本邮件后三个工作日内回复是否接受。",
        "遗憾的是原定的远程补贴取消了，但我们非常希望您加入：这是您的正式录用函，入职时间{day2}。",
        "您的背景调查已顺利完成，我们很高兴地通知您已被正式录用，入职材料清单见附件。",
    ],
    "acknowledgement": [
        "我们已收到您投递的{role}简历，招聘团队会尽快查看，如合适将与您联系。",
        "【投递成功】您已成功投递{c}的{role}职位，申请编号{ref}。此邮件为系统自动发送，请勿回复。",
        "收到，谢谢！简历我已经转给用人部门了，有消息第一时间告诉你。",
        "感谢您的申请，您的材料已提交成功。由于申请人数较多，我们将在两周内完成初筛。",
        "补充的作品集已收到，已经放进您的档案里了。",
        "您的网申已完成，后续流程会通过短信和邮件通知，请留意。",
        "谢谢你发来的资料，都收到了，我们这边会尽快看。",
    ],
    "info-request": [
        "麻烦提供一下您目前的薪资和期望薪资，以及离职需要多长时间。",
        "请补充您的学历证明和学位证扫描件，上传到以下链接：{link}",
        "想确认一下：您是否接受到上海工作？另外最快什么时候可以到岗？",
        "请您提供两位前主管或同事的联系方式，用于背景调查。",
        "简历上缺少您最近一段工作的起止时间，能否补充一下？",
        "请填写附件中的应聘登记表，并于{day}前发回本邮箱。",
        "方便发几份您之前的设计作品吗？我们想更全面地了解一下。",
        "目前手上还有其他offer吗？您的决策时间大概是什么时候？",
    ],
    "still-deciding": [
        "您好，目前结果还在审批中，预计{day}左右会有结论，请您耐心等待。",
        "还没有最终结果，用人部门还在面其他候选人，有进展第一时间通知您。",
        "抱歉让您久等，这个岗位的HC还在走流程，暂时没法给您确定答复。",
        "您的面试反馈已经提交，目前仍在综合评估中，下周应该能给您答复。",
        "老板这周出差，回来后才能拍板，再等我几天哈。",
        "您的申请仍在处理中，我们会在评估完成后尽快与您联系。",
        "这边还在比较几位候选人，你依然在考虑范围内，月底前给你回复。",
    ],
    "position-closed": [
        "非常抱歉地通知您，{role}岗位因公司战略调整已取消招聘，相关申请将统一关闭。",
        "该岗位已由内部同事转岗补充，因此暂不对外招聘了，感谢您的关注。",
        "这个职位已经有候选人接受offer并确认入职，招聘已经结束。",
        "受今年编制冻结影响，{role}岗位暂停招聘，何时重启还不确定。",
        "您申请的职位已下线，不再接收新的申请。",
        "部门架构调整，这个岗位撤掉了，实在不好意思耽误了你的时间。",
        "我们已经从团队内部提拔了一位同事担任这个岗位，所以不再外招。",
        "由于预算收紧，该岗位的招聘需求已被撤回。",
    ],
}

SUBJECTS_EN = {
    "rejection": ["Your application with {c}", "{role} application update", "Regarding your candidacy",
                  "Update from {c}", "Thank you for interviewing"],
    "interview-invite": ["Interview invitation: {role}", "Next step with {c}", "Scheduling your interview",
                         "{role} - take-home exercise", "Invitation: {role} onsite", "Coffee chat?"],
    "offer": ["Offer of employment", "Welcome to {c}!", "Your offer for {role}", "Good news from {c}",
              "Offer letter attached"],
    "acknowledgement": ["We received your application", "Application confirmation",
                        "Thanks for applying to {c}", "{role}: application received"],
    "info-request": ["A few questions before next steps", "Documents needed", "Follow-up questions",
                     "Action required: your application"],
    "still-deciding": ["Quick update", "Where things stand", "{role} - status", "Still reviewing"],
    "position-closed": ["Update on the {role} opening", "{role} role update", "Position update",
                        "Job posting closed"],
}  # fmt: skip
SUBJECTS_ZH = {
    "rejection": ["{c}应聘结果通知", "关于{role}岗位的反馈", "面试结果", "感谢您的投递"],
    "interview-invite": ["【面试邀请】{role}", "{c}面试安排", "笔试通知", "约个时间聊聊"],
    "offer": ["录用通知书", "【Offer】{c}欢迎您", "好消息", "入职邀请"],
    "acknowledgement": ["投递成功", "简历已收到", "应聘确认"],
    "info-request": ["请补充材料", "几个问题想跟您确认", "背调信息"],
    "still-deciding": ["面试进度说明", "结果还在评估中", "进展同步"],
    "position-closed": ["岗位状态变更", "关于{role}岗位", "招聘暂停通知"],
}  # fmt: skip

# What we sent before the employer's reply (quoted below it).
OUR_EN = ["Hi, I just wanted to check in on the {role} role; is there any update on timing?",
          "Thanks so much for today's interview. I enjoyed meeting the team.",
          "Please find attached my CV and cover letter for the {role} position."]  # fmt: skip
OUR_ZH = ["您好，想问一下{role}岗位的面试结果出来了吗？", "感谢今天的面试安排，和团队聊得很愉快。",
          "您好，附件是我的简历，应聘{role}岗位，期待回复。"]  # fmt: skip

# Out-of-office: {back} the first day back, {last} the last day away, {deputy} another address.
OOO_EN = [
    "Thanks for your email. I'm on annual leave and will be back in the office on {back}. "
    "For anything urgent, please contact {deputy}.",
    "I'm currently out of office with limited access to email, returning {back}.",
    "Hello, I am away from {first_off} to {last} inclusive and will reply when I'm back. "
    "Urgent recruiting queries: {deputy}.",
    "I'm travelling for a recruiting event this week. I'll be back at my desk on {back} and "
    "will get to your message then.",
    "Automatic reply: I'm on parental leave through {last}. During this time please write to {deputy}.",
    "Thank you for your message. The office is closed for the holidays; I will return on {back}.",
    "I'm out of office until {last} (inclusive) with no access to email. Your message will not be "
    "forwarded.",
    "I'm away from {first_off} and back on {back}.",
]
OOO_ZH = [
    "您好，我正在休年假，{back}回来上班，期间邮件回复会有延迟。紧急事宜请联系{deputy}。",
    "本人{first_off}至{last}休假，{back}返回后再回复您的邮件，谢谢。",
    "这是一封自动回复：我于{back}返岗，急事请发邮件至{deputy}。",
    "您好！本人正在出差，{back}恢复正常办公。",
    "春节放假期间邮件无法及时处理，我将于{back}正式上班后回复，感谢理解！",
    "休假中，{last}前不查看邮件，{back}回来后处理。",
    "自动回复：您的来信已收到。我目前休产假，{back}回到岗位，请联系{deputy}。",
]

# Unrelated mail: every kind talks about jobs, interviews, offers. {first} the reader.
UNRELATED_EN = {
    "job-alert": [
        "12 new jobs match your search 'data engineer' in London. Senior Data Engineer at "
        "Kestrelwood, apply in one click. Be an early applicant and get an interview faster.",
        "Based on your profile: Product Designer roles hiring now. Companies are actively "
        "interviewing. Easy Apply available on 8 of them. Manage alert settings.",
        "Your saved search has 5 new results this week. Top pick: Backend Developer, remote, "
        "salary up to 95k. 27 applicants. Recruiter is responding to messages.",
    ],
    "review-digest": [
        "Trending interview reviews this week: 'Got an offer after 4 rounds at a fintech', "
        "'Rejected after the final round with no feedback'. Read what people are saying.",
        "New salary reports for companies you follow. See how offers compare for Senior "
        "Engineers in Berlin, and read 14 new interview experiences.",
        "Top posts in your community: Should I accept the offer or wait for the other "
        "interview? Negotiating a counter-offer. My manager found out I was interviewing.",
    ],
    "newsletter": [
        "In this issue: how to answer 'why are you leaving?', five red flags in an offer letter, "
        "and our interview with a hiring manager who reads 300 CVs a week.",
        "This week's hiring market: layoffs slow, offers rebound. Plus our reader Q&A: how long "
        "should you wait after an interview before following up?",
        "Welcome to issue 112. We break down the take-home assignment debate and share a "
        "template for declining an offer politely.",
    ],
    "university": [
        "Careers Fair 2027 is coming! Meet 80 employers recruiting graduates, get your CV "
        "checked, and book a mock interview with our advisers.",
        "This term's workshops: assessment centres, video interviews, and understanding your "
        "graduate job offer. Book through the careers portal.",
        "Alumni spotlight: how three recent graduates landed offers in consulting. Plus "
        "internship deadlines closing this month.",
    ],
    "webinar": [
        "You're invited! Join our free webinar 'Acing the System Design Interview' on Thursday "
        "at 6pm GMT. Reserve your seat now; places are limited.",
        "Reminder: our panel 'From interview to offer: what hiring managers look for' starts in "
        "24 hours. Add it to your calendar.",
        "RSVP for our community meetup: lightning talks, mock interviews and pizza. Everyone "
        "welcome, register via the event page.",
    ],
    "agency": [
        "I came across your profile and have an exciting opportunity with a fast-growing "
        "client, a Head of Data role paying well above market. Would you be open to a quick "
        "call this week to discuss? Interviews are happening now.",
        "I'm a recruiter specialising in fintech. One of my clients is looking for a senior "
        "backend engineer and I think you'd be a great fit. Offers in this space are moving "
        "fast. Are you open to new roles?",
        "Hope you don't mind the cold message. I'm hiring for a stealth startup (not the ones "
        "you've applied to) and they'd like to interview strong candidates before Christmas.",
    ],
    "personal": [
        "How did the interview go??? Your dad and I have been thinking about you all day. "
        "Call us when you can. Love you lots",
        "Mate, Tom got the offer from that consultancy! We're going out Friday to celebrate, "
        "you in? Also good luck with your interviews next week.",
        "Hi love, your cousin Becky says her company is hiring, they interview on Mondays. Want "
        "me to pass on your CV? Also don't forget Grandma's birthday.",
        "Saw this article about negotiating a job offer and thought of you. Hope the search is "
        "going ok, let's catch up soon.",
    ],
    "service": [
        "Special offer just for you: 30% off everything this weekend. Your exclusive offer code "
        "is inside. Don't miss out!",
        "Your order has shipped. Items: interview blazer (navy), size M. Track your parcel.",
        "Your monthly statement is ready. Limited-time offer: 0% on balance transfers.",
    ],
    "colleague": [
        "Could you join the interview panel for the analyst candidate on Thursday at 2pm? "
        "I've sent you the calendar invite and the CV. Thanks!",
        "Reminder: all staff must complete the annual security training by Friday. The "
        "offer of extra study leave for certifications still stands.",
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        "根据您的求职意向，为您推荐10个新职位：数据分析师（15-25K），多家公司正在急招，"
        "立即沟通，今日可面试！",
        "您关注的公司发布了新职位，HR在线，投递后48小时内反馈面试结果。查看更多职位推荐。",
        "【职位订阅】本周共有23个与“前端开发”匹配的新职位，点击查看，一键投递。",
    ],
    "review-digest": [
        "本周热门面经：字节三面挂了复盘、拿到offer后如何谈薪、秋招录用意向书要不要签。",
        "你关注的话题有新讨论：裸辞后面试被问空窗期怎么办？收到两个offer怎么选？",
        "最新公司点评：面试体验4.2分，录用流程平均3周，查看真实员工评价。",
    ],
    "newsletter": [
        "本期周刊：如何准备群面、offer比较清单、以及一位面试官的自白。欢迎转发给朋友。",
        "职场干货：面试中被问到期望薪资怎么回答？试用期被辞退如何维权？点击阅读全文。",
    ],
    "university": [
        "各位同学：2027届春季双选会将于下月举行，届时将有200余家用人单位现场招聘，"
        "另有模拟面试和简历诊断活动，欢迎报名。",
        "就业指导中心提醒：签订三方协议前请仔细阅读录用条款，本周四开设“offer选择”讲座。",
    ],
    "webinar": [
        "诚邀您参加线上直播：大厂面试官教你拿offer，周六晚8点，扫码预约，名额有限。",
        "技术沙龙报名开启：现场有模拟面试环节和内推机会，欢迎报名参加。",
    ],
    "agency": [
        "您好，我是猎头顾问，看到您的简历很匹配我们客户的一个高级岗位，年薪50-70万，"
        "目前正在安排面试，方便加个微信聊聊吗？",
        "打扰了，我这边有一家上市公司在招技术负责人，流程快，两周内可发offer，有兴趣了解吗？",
    ],
    "personal": [
        "闺女，面试怎么样了？你爸一直惦记着，有空给家里打个电话。",
        "恭喜恭喜！听说你表弟拿到录用通知了，过年一起吃饭庆祝一下。你那边面试顺利吗？",
        "兄弟，我下周二面试，紧张死了，你上次面试都被问了啥？",
        "你二姨说她单位在招人，要不要把简历发过去？录用了离家也近。",
    ],
    "service": [
        "限时优惠：会员年卡特惠，专属offer仅剩3天！",
        "您的订单已发货：面试正装一套，预计明天送达。",
        "您本期信用卡账单已出，现有分期优惠活动，点击了解。",
    ],
    "colleague": [
        "明天下午三点有个候选人面试，你能当一下面试官吗？简历我发你了。",
        "各位同事，年终述职安排已发布，请按时提交材料。",
    ],
}

FOOTER_LIST_EN = "You are receiving this because you subscribed. Unsubscribe | Manage preferences"
FOOTER_LIST_ZH = "如不想再收到此类邮件，请点击退订。"
