"""Part h's wording: (subject, body) pairs by label and language, each in some writer's voice.

Placeholders: {first} {company} {role} {person} {day} {time} {link} {ref} {other}. A body that
starts with "!" is sent bare, with no greeting or sign-off added (phones, notices, systems).
"""

from __future__ import annotations

EN = {
    "rejection": [
        (
            "Internal application - {role}",
            "Thank you for applying internally for the {role} role. After interviewing, the "
            "hiring team has offered the position to another colleague. Your manager has not been "
            "told the outcome; that conversation is yours to have if you wish. Please keep an eye "
            "on the internal job board.",
        ),
        (
            "The result of interview",
            "Dear candidate, thank you for your attention to our company. After comprehensive "
            "evaluation, very regret to tell you that you are not pass this interview. We have "
            "put your resume into our talent pool, wish you find a satisfying job soon",
        ),
        (
            "Your application - {role}",
            "Thank you for the time you spent with us on the {role} process. After a lot of "
            "discussion the panel has decided to move forward with a candidate whose background "
            "lines up more closely with what the team needs right now.\n\nWe know this isn't the "
            "news you hoped for. We'd genuinely encourage you to look at our {other} opening, "
            "which we think could suit you, and apply there if it interests you.",
        ),
        (
            "re: {role}",
            "!hey {first} - joel here. wanted to tell you myself rather than send a form email. "
            "we went with someone else for the role, mostly because they've shipped this exact "
            "thing before. you were great in the tech chat tho. keep in touch\n\nsent from my phone",
        ),
        (
            "Update regarding your candidature",
            "We thank you for your interest in {company}. Your profile was reviewed against the "
            "requirements of the {role} position (Ref {ref}) and we regret to inform you that "
            "you have not been shortlisted for the next round. Your details will remain in our "
            "database for 6 months for future requirements.",
        ),
        (
            "Your application at {company}",
            "Thank you very much for your application and the pleasant conversation last week. "
            "Unfortunately we must inform you that we have decided for another applicant. This "
            "decision is not a judgment of your qualifications. We wish you for your further "
            "professional way all the best and success.",
        ),
        (
            "RA position",
            "Thanks so much for applying to the research assistant position in the lab. I had "
            "more than 80 applications and it was very hard to choose. I've now offered the "
            "position to someone else, who has accepted. I'm sorry I can't be more encouraging "
            "this time.",
        ),
        (
            "{role} - outcome of your interview",
            "Following your interview for the {role} post, I'm writing to let you know that on "
            "this occasion your application has been unsuccessful. The panel were impressed with "
            "your preparation, but another candidate demonstrated more of the experience set out "
            "in the person specification. If you would like feedback, reply to this email and I "
            "will arrange a short call.",
        ),
        (
            "{company}: application status",
            "!Dear Applicant,\n\nThank you for applying for the {role} role at {company}. After "
            "careful review, we will not be moving forward with your application at this time. "
            "This is an automated message; please do not reply.\n\nSincerely,\n{company} Talent "
            "Acquisition",
        ),
        (
            "THANK YOU FOR APPLYING",
            "we appreciate you interviewing with us for {role}. unfortunately we have decided "
            "not to proceed with your application, the team felt other candidates were a closer "
            "match. we do hope you'll apply again in the future and wish you luck 🙏",
        ),
    ],
    "interview-invite": [
        (
            "Internal mobility - {role}",
            "Thanks for putting yourself forward for the internal {role} opening. Your current "
            "manager has been informed, as our internal mobility policy requires. I'd like to set "
            "up a conversation with the hiring lead on {day} at {time} in the 4th floor room.",
        ),
        (
            "Interview Invitation",
            "Hello dear candidate! Your resume has passed our preliminary screening, we sincerely "
            "invite you to participate the first round interview on {day} {time} (Beijing time) "
            "by Tencent Meeting. Please reply this email to confirm whether you can attend, thank "
            "you very much",
        ),
        (
            "Interview - {role}",
            "Thanks for your application for the {role} role. We'd like to invite you to a 45 "
            "minute video interview with the hiring manager and one of the engineers. Could you "
            "let me know which of these suit you?\n\n- {day}, 10:00\n- {day}, 14:30\n\nThe link "
            "will follow once we've fixed a time.",
        ),
        (
            "quick call?",
            "!hi {first}! loved your portfolio. want to hop on a call with me and ravi this "
            "week? grab any slot here {link} 🙌\n\n- sent from iPhone",
        ),
        (
            "Invitation for Technical Interview - {company}",
            "Greetings from {company}! We are pleased to inform you that your profile has been "
            "shortlisted for the {role} requirement. Your technical interview (Round 1) is "
            "scheduled as below:\n\nDate: {day}\nTime: {time} IST\nMode: MS Teams (link will be "
            "shared 1 hour prior)\n\nKindly confirm your availability by replying to this mail and "
            "keep your updated resume and ID proof ready.",
        ),
        (
            "Invitation to a personal conversation",
            "Thank you for your application as {role}. We would be pleased to get to know you "
            "personally and invite you to an interview at our location on {day} at {time}. "
            "Please confirm the appointment shortly. Travel costs will be reimbursed according "
            "to our guideline.",
        ),
        (
            "Postdoc - next step",
            "Thank you for your application to the postdoctoral position. I'd like to invite you "
            "to give a 20 minute talk on your PhD work to the group, followed by a conversation "
            "with me and two senior members. Would {day} work? We can host you in person or on "
            "Zoom, whichever is easier.",
        ),
        (
            "Interview for {role} - {company}",
            "We were pleased to receive your application and would like to invite you to a "
            "panel interview on {day} at {time}. The interview will last approximately one hour "
            "and you will be asked to bring your nursing registration and two forms of ID. "
            "Please call the recruitment office to confirm.",
        ),
        (
            "Re: Application",
            "I've passed your CV to the partner and she'd like to meet you for a first-round "
            "interview. Are you free {day} afternoon? It would be at our office, around 45 "
            "minutes, fairly informal.",
        ),
        (
            "Your interview has been scheduled",
            "!Hello {first},\n\nYour interview for {role} at {company} has been scheduled.\n\n"
            "When: {day} {time}\nWhere: Video call (a link will be sent separately)\nWith: "
            "{person}\n\nNeed to reschedule? Use {link}\n\nThis message was sent by {company}'s "
            "recruiting system.",
        ),
    ],
    "offer": [
        (
            "Offer of employment - {role}",
            "I'm delighted to offer you the position of {role} at {company}. Your formal offer "
            "letter is attached, with the salary, start date and benefits we discussed. Please "
            "sign and return it by {day}.\n\nSeparately, we regret that the office relocation "
            "means parking permits are not available for new joiners this quarter; the benefits "
            "team will explain the travel allowance.",
        ),
        (
            "🎉🎉",
            "!{first}!! we want you on the team. offer doc coming via docusign in a few min. "
            "call me if anything looks off. so excited\n\nsent from my phone",
        ),
        (
            "Letter of Intent - {company}",
            "Congratulations! We are pleased to extend this Letter of Intent for the post of "
            "{role} at {company}. Your joining date is {day}. Please accept the LOI on the "
            "portal within 48 hours. Your detailed appointment letter will be issued after "
            "document verification.",
        ),
        (
            "Contract offer",
            "We are pleased to inform you that we would like to hire you as {role}. Attached you "
            "will find the employment contract in two copies. Please sign both and send one "
            "back to us. We look forward to the cooperation.",
        ),
        (
            "Conditional offer",
            "Following your interview, I am pleased to make you a conditional offer of the "
            "{role} post, subject to satisfactory references and an occupational health check. "
            "The HR team will contact you about those separately. Please let me know whether "
            "you accept by {day}.",
        ),
        (
            "You got it",
            "Good news - the lab's funding came through and I'd like to offer you the research "
            "assistant role starting {day}. HR will send the formal paperwork; in the meantime "
            "can you confirm you're still interested?",
        ),
        (
            "Offer for {role}",
            "On behalf of {company}, I am happy to confirm our verbal offer for the {role} "
            "position. Your base salary will be as discussed. The written offer is attached for "
            "your signature.",
        ),
    ],
    "acknowledgement": [
        (
            "We received your application",
            "!Hi {first},\n\nThanks for applying for {role} at {company}. This email confirms we "
            "received your application. Our team reviews every application and will be in touch "
            "if your background matches what we're looking for.\n\nApplication ID: {ref}\n\n"
            "Please do not reply to this message.",
        ),
        (
            "Application received: {role}",
            "Thank you for your interest in {company}. Your application for {role} (Job ID "
            "{ref}) has been successfully submitted. You can track its status by logging in to "
            "the candidate portal.",
        ),
        (
            "Acknowledgement of your application",
            "Thank you for your application for the position {role}. We confirm the receipt of "
            "your documents. Our department will check them carefully and contact you as soon "
            "as possible. Please be patient, this can take some weeks.",
        ),
        (
            "Re: RA application",
            "Thanks for your email and CV - got it. I'm reviewing applications after the "
            "deadline and will get back to everyone by the end of the month.",
        ),
        (
            "Thanks for your application",
            "Thank you for registering with {company} and applying for {role}. A consultant will "
            "review your CV; if it is a fit we will call you. No further action is needed now.",
        ),
        ("RE: CV", "!got it thanks, will read tonight\n\n-- \nSent from mobile"),
        (
            "Application Acknowledgement - Ref {ref}",
            "Dear Candidate, Your application for {role} has been received. Due to the high "
            "volume of applications, only shortlisted candidates will be contacted.",
        ),
    ],
    "info-request": [
        (
            "Online assessment - {role}",
            "Thanks for your interest in {role}. As the next step, please complete our online "
            "assessment (a 60 minute coding test). You'll find the link below; it expires on "
            "{day}.\n\n{link}\n\nOnce your results are in, we'll be in touch about next steps.",
        ),
        (
            "Background verification",
            "As part of our pre-employment process, please fill in the background verification "
            "form on the portal and upload your last three payslips, relieving letter and PAN "
            "card copy by {day}.",
        ),
        (
            "References",
            "Could you send me the names and email addresses of two referees, ideally one "
            "academic? I'd like to contact them before we go further.",
        ),
        (
            "Personality questionnaire",
            "Before we can invite you to a conversation, we kindly ask you to complete a short "
            "personality questionnaire (approx. 20 minutes). The access data you will find "
            "below. Please complete it until {day}.",
        ),
        (
            "quick q",
            "!what's your notice period + salary expectations? also are you ok with 2 days in "
            "office? need this before i can send you to the next step",
        ),
        (
            "Right to work documents",
            "To progress your application, please upload a copy of your passport or right to "
            "work documents and complete the equal opportunities form using the link below: "
            "{link}",
        ),
        (
            "Action required: complete your application",
            "!Your application for {role} is incomplete. Please log in and answer the screening "
            "questions and upload a writing sample before {day}. Applications without these "
            "cannot be reviewed.\n\n{company} Careers",
        ),
        (
            "Reference check form",
            "Thank you for the interview. To continue, we need you to sign the attached "
            "consent for a background and reference check and return it to me by {day}.",
        ),
    ],
    "still-deciding": [
        (
            "Quick update",
            "Just a quick note to say we haven't forgotten you. The hiring manager is travelling "
            "this week and the final decision on {role} won't be made until she's back. I expect "
            "to have news for you by {day}.",
        ),
        (
            "Where things stand",
            "We are still interviewing for the {role} role and expect to finish the final round "
            "next week. You remain under consideration and I'll be in touch once the panel has "
            "met.",
        ),
        (
            "Status of your application",
            "Thank you for your patience. The decision on the position is taking longer than "
            "planned, because the works council must still agree. We will inform you as soon as "
            "we know more, latest until {day}.",
        ),
        (
            "re: following up",
            "!sorry for the slow reply!! still figuring out the hire, board meeting on {day} "
            "then i'll know more. you're def still in the mix",
        ),
        (
            "Your application - update",
            "Your profile is still being evaluated by the client team for the {role} "
            "requirement. We will share the feedback as soon as we receive it. Kindly do not "
            "accept any other offer without informing us.",
        ),
        (
            "Update on the postdoc",
            "I'm sorry for the delay. I'm waiting to hear whether the grant extension is "
            "approved before I can make any decisions. No news yet, but you're on the shortlist.",
        ),
        (
            "Application update",
            "We are reviewing all interview feedback and have not yet reached a decision. We "
            "appreciate your patience and will contact you as soon as possible.",
        ),
    ],
    "position-closed": [
        (
            "{role} - role on hold",
            "I'm sorry to tell you that the {role} position has been cancelled due to budget "
            "changes in the new financial year. This has nothing to do with your application, "
            "which we thought was strong. If the role reopens I'll contact you first.",
        ),
        (
            "Update",
            "!hey, bad news - we had to pause all hiring after our funding round slipped. the "
            "role is off for now. really sorry, i'll reach out if things change",
        ),
        (
            "Requisition closed",
            "!Dear Candidate,\n\nThe requisition {ref} ({role}) you applied for has been closed "
            "and is no longer accepting candidates. Thank you for your interest in {company}.",
        ),
        (
            "Your application - position no longer available",
            "We have to inform you that the position {role} will not be filled. Due to the "
            "economic situation the management has decided on a hiring freeze. We return your "
            "documents to you.",
        ),
        (
            "{role}",
            "The client has put this requirement on hold as the headcount has been frozen for "
            "this quarter. We will let you know if it opens again.",
        ),
        (
            "RA position",
            "Unfortunately the funding for the RA position did not come through, so I won't be "
            "hiring for it this year. Sorry to bring you this news after you put so much into "
            "your application.",
        ),
        (
            "Vacancy withdrawn",
            "Please note the {role} vacancy has been withdrawn following an internal "
            "restructure, and the interviews planned for {day} will not take place.",
        ),
    ],
}

ZH = {
    "rejection": [
        (
            "内部转岗结果",
            "感谢你参与本次内部转岗申请。经用人部门面谈评估，该岗位已确定由其他同事转任。你的档案已"
            "记录，后续有内部机会会优先通知。",
        ),
        (
            "面试结果通知",
            "感谢您参加我司{role}岗位的面试。经过综合评估，很遗憾您本次未能进入下一轮。您的简历已存入"
            "我们的人才库，{other}等岗位仍在招聘中，如有兴趣欢迎投递。",
        ),
        (
            "关于{role}岗位",
            "!{first}你好，我是{person}。跟你说一下结果，这次我们选了另一位同学，主要是岗位需要更多"
            "实际项目经验。你表现挺好的，以后有合适的机会再联系～",
        ),
        (
            "{company}招聘结果",
            "您好！非常感谢您对{company}的关注与支持。经综合评定，您未通过本次招聘的面试环节。祝您"
            "求职顺利！\n\n本邮件由系统自动发送，请勿回复。",
        ),
        (
            "科研助理招聘结果",
            "感谢你申请课题组的科研助理岗位。本次共收到较多申请，经课题组讨论，已确定其他人选。"
            "谢谢你的时间，祝学业工作顺利。",
        ),
        (
            "回复：面试跟进",
            "不好意思回复晚了。经过几轮讨论，团队最终决定不推进您的申请了，感谢这段时间的沟通。",
        ),
        (
            "{company}2028届校园招聘结果通知",
            "!亲爱的同学：\n\n感谢你参加{company}2028届校园招聘。经综合评估，很遗憾你未能通过本轮"
            "群面。我们珍惜每一位同学的付出，期待未来有机会再相遇。\n\n{company}校园招聘项目组",
        ),
        (
            "关于您的应聘结果",
            "经用人部门综合评估，您与该岗位的匹配度不高，本次暂不安排后续流程。感谢您的理解。",
        ),
    ],
    "interview-invite": [
        (
            "内部竞聘面试通知",
            "你好，你报名的内部竞聘岗位{role}已通过初审。按照内部转岗流程，已告知你的直属上级。现安排"
            "{day} {time}在8楼会议室与用人部门负责人面谈。",
        ),
        (
            "面试邀请 | {role}",
            "您好，感谢投递{company}{role}岗位。您的简历已通过初筛，诚邀您参加第一轮面试：\n\n时间："
            "{day} {time}\n形式：腾讯会议（会议号稍后发送）\n时长：约40分钟\n\n请回复确认是否可以参加。",
        ),
        (
            "约个时间聊聊",
            "!{first}你好～看了你的简历挺感兴趣的，这周方便视频聊一下吗？{day}下午或者晚上都行，"
            "你定个时间👍",
        ),
        (
            "{company}2028届秋招 群面通知",
            "!亲爱的同学：\n\n恭喜你通过{company}网申及在线测评！现邀请你参加群面环节：\n\n时间："
            "{day} {time}\n地点：学校就业指导中心三楼会议室\n请携带纸质简历一份、身份证及学生证。\n\n"
            "请于24小时内点击链接确认：{link}",
        ),
        (
            "关于面试安排",
            "你好，我是课题组的{person}。郑老师看了你的材料，想约你{day}来实验室面谈，顺便参观一下"
            "平台，大概一个小时。方便的话回复一下时间。",
        ),
        (
            "{company}面试通知",
            "根据招聘工作安排，您已通过资格审查和笔试，现通知您参加面试。\n\n面试时间：{day} "
            "{time}\n面试地点：公司总部大楼12楼\n请携带本人身份证原件、准考证及学历学位证书原件。"
            "逾期未到者视为自动放弃。",
        ),
        (
            "面试邀约",
            "您好，这边是{company}人力资源部。您应聘的{role}岗位已安排复试，由部门负责人面试，时间"
            "{day} {time}，地点在公司三楼。收到请回复，谢谢！",
        ),
        (
            "回复：应聘",
            "你好，简历收到了，挺合适的。我们合伙人想跟你见一面，{day}上午十点来所里可以吗？",
        ),
    ],
    "offer": [
        (
            "录用通知",
            "恭喜您通过我司全部面试环节！我们很高兴地通知您，您已被录用为{role}。正式录用通知书见"
            "附件，请于{day}前回复确认是否接受。",
        ),
        (
            "offer 🎉",
            "!{first}，恭喜！我们决定发offer给你了，具体薪资和入职时间我一会儿发你邮箱，有问题随时"
            "微信我",
        ),
        (
            "{company}录用通知及体检通知",
            "恭喜您被{company}录用！请于{day}前到指定医院完成入职体检，并携带体检报告、身份证、"
            "学历证书原件办理入职手续。附件为录用通知书及体检须知。",
        ),
        (
            "签约通知",
            "!亲爱的同学：\n\n恭喜你获得{company}2028届校园招聘录用资格！请于{day}前登录系统确认"
            "offer，并在线签署三方协议。\n\n{company}校园招聘项目组",
        ),
        (
            "拟录用人员通知",
            "经资格审查、笔试、面试、体检和考察，您已被确定为我单位拟录用人员。现将有关事项通知如下："
            "请于{day}前携带相关材料到人事处报到。",
        ),
        (
            "Offer Letter - {role}",
            "您好，经过前期沟通，很高兴通知您，我司正式向您发出{role}岗位的录用邀请。另外抱歉的是，"
            "原定的入职培训因场地原因需要推迟一周，具体时间另行通知。",
        ),
        (
            "关于录用",
            "郑老师同意录用你为课题组的科研助理，合同期一年。学院人事处会联系你办理后续手续。",
        ),
    ],
    "acknowledgement": [
        (
            "投递成功",
            "!您好！您已成功投递{company}-{role}岗位，简历编号{ref}。我们会尽快完成简历筛选，请耐心"
            "等待。\n\n此邮件为系统自动发送，请勿直接回复。",
        ),
        (
            "网申提交成功",
            "!亲爱的同学：\n\n你已成功提交{company}2028届春招网申。后续测评及面试通知将通过邮件和"
            "短信发送，请保持手机畅通。",
        ),
        ("回复：应聘{role}", "简历收到了，谢谢。我们这边整理好以后统一联系。"),
        (
            "报名确认",
            "您好，您的报名信息已提交成功，目前处于资格审查阶段。审查结果将于报名截止后公布，请"
            "留意单位官网公告。",
        ),
        (
            "已收到您的简历",
            "感谢您对{company}的关注！您的简历我们已经收到，HR会在5个工作日内查看，如匹配将与您联系。",
        ),
        ("收到", "!收到，谢谢。\n\n-- 发自我的手机"),
    ],
    "info-request": [
        (
            "在线测评邀请",
            "!亲爱的同学：\n\n感谢你投递{company}2028届校园招聘！请于{day}前完成在线测评（包含"
            "行测和性格测试，约60分钟）。\n\n测评链接：{link}\n\n请使用电脑完成，测评期间请勿切换"
            "页面。",
        ),
        (
            "笔试通知",
            "您好，您应聘的{role}岗位进入笔试环节。笔试为线上编程题，共3题，限时90分钟，请在{day}"
            "之前登录以下链接完成：{link}",
        ),
        (
            "请补充材料",
            "您好，为推进您的应聘流程，麻烦补充以下材料：最高学历学位证书扫描件、近三个月工资流水、"
            "前雇主离职证明。请于{day}前发送至本邮箱。",
        ),
        (
            "背景调查授权",
            "您好，根据公司入职流程，需要对您进行背景调查。请填写附件中的《背景调查授权书》并签字，"
            "同时提供两位前同事或上级的联系方式作为证明人。",
        ),
        (
            "资格审查材料提交",
            "您报名的岗位需进行资格审查，请于{day}前将身份证、毕业证、学位证及相关证明材料扫描件"
            "上传至报名系统。逾期未提交视为放弃。",
        ),
        ("问一下", "!你好 想确认下你目前的薪资和期望薪资 还有最快什么时候能到岗"),
        (
            "政审材料",
            "请于{day}前将政审表（需所在单位或户籍地派出所盖章）及无犯罪记录证明提交至人事处。",
        ),
    ],
    "still-deciding": [
        (
            "面试进展",
            "您好，您的面试反馈我们已经收到，目前还在等部门负责人最终确认。他这周出差，预计下周给"
            "您答复，请耐心等待。",
        ),
        (
            "关于结果",
            "!不好意思让你久等了，最终结果还没定，老板这两天在外地，回来会尽快拍板，有消息第一时间"
            "告诉你",
        ),
        (
            "招聘进度说明",
            "您好，目前岗位仍在面试中，您仍在候选名单里。全部面试结束后我们会统一通知结果，预计{day}"
            "前。",
        ),
        (
            "回复：面试跟进",
            "还在走审批流程，用人部门和HR还在讨论，暂时没有最终结论，有进展会联系您的。",
        ),
        (
            "关于您的申请",
            "你好，课题组还在等学院的名额审批，暂时没法确定，估计要到月底。你的材料我们会一直保留。",
        ),
        (
            "进度同步",
            "客户那边还在评估中，说是本周内会给反馈。您这边先不要急，有消息我马上告诉您。",
        ),
    ],
    "position-closed": [
        (
            "岗位变动通知",
            "您好，非常抱歉通知您，因公司组织架构调整，{role}岗位的招聘需求已取消，后续面试流程"
            "暂停。感谢您的理解与支持。",
        ),
        (
            "关于{role}",
            "!跟你说声抱歉，我们这轮融资没落地，招聘全部暂停了，这个岗位先不招了。以后有机会再合作",
        ),
        ("职位已关闭", "!您好，您投递的{company}-{role}职位已下线，招聘方已停止招聘。"),
        (
            "招聘计划调整公告",
            "因编制调整，原计划招聘的{role}岗位取消招聘，已报名人员的报名费将原路退回。",
        ),
        ("项目暂停", "客户那边HC冻结了，这个职位暂时关闭，后续如果重新开放我再联系您。"),
        ("科研助理岗位", "很抱歉，课题经费没有批下来，今年的科研助理岗位暂不招聘了。"),
    ],
}

# Out-of-office notes: {back} is filled with the return date in the way the mode names.
OOO_EN = [
    (
        "weekday",
        "Thanks for your message. I'm out of the office and will be back {back}. "
        "For anything urgent please contact {deputy}.",
    ),
    (
        "weekday",
        "I am currently travelling with limited access to email and will reply when "
        "I'm back {back}.",
    ),
    ("ordinal", "I'm on annual leave, returning on the {back}. Your email will not be forwarded."),
    (
        "full",
        "Thank you for your email. I am out of the office until {end} with no access to "
        "email. I will be back on {back}. For urgent matters, contact {deputy}.",
    ),
    (
        "full",
        "I am out of office. I will return on {back}. In urgent cases please turn to "
        "my colleague at {deputy}.",
    ),
    ("through", "I'll be out through {end} at a conference. I'll respond when I'm back."),
    (
        "full",
        "Hi, I'm on parental leave and back in the office on {back}. Please contact "
        "{deputy} in the meantime.",
    ),
    ("numeric", "Out of office - back {back}. Limited email."),
    (
        "tomorrow",
        "I'm out today for a medical appointment and will be back tomorrow. I'll "
        "respond to your email then.",
    ),
]
OOO_ZH = [
    ("zh-nextweek", "您好，我正在休假，{back}回来，期间邮件可能无法及时回复，急事请联系{deputy}。"),
    ("zh-full", "您好！本人于{start}至{end}休年假，于{back}返回，届时将尽快回复您的邮件。"),
    ("zh-full", "这是一封自动回复邮件。我目前外出，{back}起正常办公。如有急事请联系{deputy}。"),
    ("zh-range", "您好，本人{start}至{end}出差，{back}返岗后处理邮件，谢谢！"),
    ("zh-full", "自动回复：您的来信已收到。因春节假期，本人将于{back}返回工作岗位。"),
    ("zh-nextweek", "我这周在外地参加校招，{back}回公司，有事可以先微信联系我。"),
]

UNRELATED_EN = {
    "job-alert": [
        (
            "12 new {role} jobs near you",
            "!Jobs matching your alert\n\n{role} - Crestwood Logistics - Remote\n{role} - Bluefin "
            "Systems - 3 days ago\nSenior {role} - Arbor Health - Easy Apply\n\nSee all jobs: "
            "{link}\n\nYou are receiving this email because you created a job alert.",
        ),
        (
            "Hiring now: {other}",
            "!Companies are hiring for roles like {other}. Be an early applicant - 9 people have "
            "applied so far.\n\nView job {link}\n\nUnsubscribe from job alerts",
        ),
    ],
    "newsletter": [
        (
            "5 interview mistakes recruiters see every day",
            "!This week: why candidates lose offers at the reference stage, how to negotiate a "
            "counter-offer, and our survey of 2,000 hiring managers on rejection emails.\n\nRead "
            "online {link}\n\nYou're subscribed to The Hiring Ledger.",
        ),
        (
            "Recruiter Weekly #212",
            "!In this issue: the state of ghosting in 2028, interview scheduling tools compared, "
            "and a template for telling candidates a position has been closed.\n\nManage "
            "preferences | Unsubscribe",
        ),
    ],
    "course": [
        (
            "Get your dream offer in 8 weeks",
            "!Our bootcamp graduates received 340 offers last year. Mock interviews, resume "
            "reviews and a guaranteed interview with a partner company. Enroll by Friday for 30% "
            "off - limited seats!\n\n{link}",
        ),
        (
            "Last chance: our biggest offer of the year",
            "!Save 50% on every course. Offer ends at midnight. Learn SQL, Python and data "
            "analysis from industry experts.\n\nShop the sale {link}",
        ),
    ],
    "friend": [
        (
            "!!!",
            "!dude I GOT THE OFFER 🎉🎉 start in march. drinks on me this weekend? also how did "
            "your interview go",
        ),
        (
            "re: job stuff",
            "!hey - saw the rejection thing you posted, that sucks. my cousin's company is hiring "
            "analysts, want me to pass your cv along? no pressure",
        ),
    ],
    "own-team": [
        (
            "Interview schedule for Thursday",
            "!Hi all,\n\nHere's the panel schedule for the {role} candidates on Thursday:\n\n"
            "09:30 - candidate A (you + Priya)\n11:00 - candidate B\n14:00 - candidate C\n\n"
            "Please submit feedback in the ATS by end of day. Thanks!\n\n{person}",
        ),
        (
            "Offer approval needed",
            "!Hi, the hiring committee recommends extending an offer to the final candidate for "
            "the {role} req. Can you approve the comp band in the system by tomorrow?\n\nThanks, "
            "{person}",
        ),
    ],
    "headhunter-pitch": [
        (
            "Exciting {other} opportunity",
            "I came across your profile and think you'd be a great fit for a {other} role with "
            "a fast-growing fintech client. Package is strong and fully remote. Would you be "
            "open to a 15-minute call this week?",
        ),
        (
            "Contract roles - immediate start",
            "We have several contract {other} positions with immediate start and would love to "
            "add you to our talent pool. Reply with your updated CV and availability.",
        ),
    ],
    "service": [
        (
            "Your package is on its way",
            "!Your order #{ref} has shipped and is expected to arrive {day}.\n\nTrack your "
            "package: {link}",
        ),
        (
            "Your statement is ready",
            "!Your monthly statement is now available in online banking. For your security, we "
            "will never ask for your password by email.",
        ),
    ],
}
UNRELATED_ZH = {
    "job-alert": [
        (
            "您有8个新的职位推荐",
            "!根据你的求职意向，为你推荐以下职位：\n\n{other} 12-18K 杭州 · 3年经验\n{other} 15-25K "
            "上海 · 本科\n\n立即查看 {link}\n\n退订职位推荐",
        ),
        (
            "有HR查看了你的简历",
            "!今天有3位招聘者查看了你的简历，其中1位对你感兴趣。打开APP立即沟通，把握机会！",
        ),
        (
            "新职位提醒",
            "!你订阅的【{role}】有新职位发布：某互联网公司、某新能源企业正在热招，点击查看详情。",
        ),
    ],
    "newsletter": [
        (
            "本周职场干货",
            "!本期内容：如何写出让HR眼前一亮的简历；面试被拒后该怎么跟进；应届生三方协议常见问题"
            "解答。\n\n点击阅读全文 {link}",
        ),
    ],
    "course": [
        (
            "限时优惠｜拿offer冲刺班",
            "!2028秋招冲刺班开始报名啦！名企导师一对一模拟面试，往期学员斩获offer超500个。前50名"
            "报名立减1000元，offer不到全额退款！\n\n{link}",
        ),
        (
            "公考笔试面试全程班",
            "!国考省考笔试+面试全程班，资深讲师带你突破行测申论，限时特惠，名额有限！",
        ),
    ],
    "friend": [
        ("好消息", "!跟你说我拿到offer啦！！下个月入职，周末请你吃饭😄 你那边面试怎么样了"),
        ("在吗", "!我们公司在招人，你要不要投一下？我可以内推，把简历发我就行"),
    ],
    "own-team": [
        (
            "下周面试安排",
            "!各位面试官：\n\n下周二{role}岗位共安排6位候选人面试，具体时间见附件表格。请大家提前"
            "看简历，面试结束后当天在系统里提交评价。\n\n人力资源部",
        ),
    ],
    "headhunter-pitch": [
        (
            "职位机会",
            "您好，我是猎头顾问，看到您的简历很匹配我们客户的{other}岗位，薪资有较大涨幅，方便的话"
            "加个微信详聊？",
        ),
    ],
    "campus-notice": [
        (
            "宣讲会预告",
            "!各位同学：本周四下午两点，多家企业将在学生活动中心举办联合宣讲会，现场可投递简历。"
            "欢迎2028届毕业生参加。\n\n学生就业指导中心",
        ),
    ],
    "service": [
        ("您的快递已发出", "!您的订单{ref}已发货，预计{day}送达，点击查看物流：{link}"),
        ("账单提醒", "!尊敬的客户，您本期信用卡账单已出，请于到期还款日前按时还款。"),
    ],
}
