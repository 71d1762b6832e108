"""English message texts of the corpus, by label. Index % 3 == 2 goes to the held-out part only.

Slots: {company} {role} {first} (the candidate) {recruiter} {when} (a decision-date phrase)
{day} (a weekday and date for an interview) {signal} (a reason for delay, see SIGNALS_EN).
"""

from __future__ import annotations

OPENERS = [
    "Thank you for your interest in {company}.",
    "Thanks for applying to the {role} position at {company}.",
    "Thank you for taking the time to speak with us about the {role} role.",
    "I hope you're doing well.",
    "Thanks again for your patience throughout the process.",
    "It was great chatting with you last week.",
    "",
    "",
]

CORE: dict[str, list[str]] = {
    "rejection": [
        "Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in {company}.",
        "After careful consideration, we have decided to pursue other candidates whose experience more closely matches the needs of the role.",
        "We regret to inform you that you were not selected for the {role} position. We will keep your resume on file for future openings.",
        "The hiring team has decided not to proceed with your candidacy at this time. If you are not selected for other roles, we still hope you apply again.",
        "I'm sorry to let you know that we've decided to go with another candidate for the {role} role. It was a close call and we enjoyed meeting you.",
        "Although your background is impressive, we have chosen to move ahead with applicants who better fit our current requirements.",
        "While we were impressed with your skills, we won't be progressing your application to the next stage.",
        "Having weighed every interview, we are not able to take your application further; we know this is disappointing.",
        "Unfortunately we are not able to offer you the position. We received many strong applications and the decision was difficult.",
        "Following your interview, the panel has decided that we will not be extending an offer on this occasion.",
        "Your application for {role} was not successful this time. Please don't let this discourage you from applying to future openings at {company}.",
        "We've reviewed your profile and, unfortunately, it isn't the right match for this opening. We wish you every success in your search.",
    ],
    "interview-invite": [
        "We were impressed with your application and would like to invite you to an interview for the {role} position. Would {day} work for you?",
        "I'd love to set up a 30-minute phone screen to learn more about your experience. Please pick a slot that suits you using the link below.",
        "We'd like to move you forward to the next round: a technical interview with two of our engineers. Could you share your availability for next week?",
        "Congratulations, you have been shortlisted! Please use the scheduling link to book your video interview with the hiring manager.",
        "The team would like to meet you onsite on {day}. The interview will last about three hours and include a short case study.",
        "As a next step, we invite you to complete an online coding assessment within five days. After that we will schedule a call.",
        "Could we arrange a quick call with our Head of Data? She is free on {day} or the following morning.",
        "Thanks for your time so far. We would like you to come in for a final-round interview with the leadership team on {day}.",
        "Please let me know when you are available for a first conversation with our recruiter this week; a 20-minute video call is enough.",
        "You're invited: interview for {role} on {day} via Zoom. Please confirm that the time works or propose another one.",
        "Our hiring manager reviewed your CV and would like to have a chat. Are you available for a Teams meeting on {day}?",
        "We'd be glad to welcome you for the second-round interview. Kindly reply with two or three time slots that work for you.",
    ],
    "offer": [
        "I am delighted to offer you the position of {role} at {company}! Your offer letter with all the details is attached.",
        "Congratulations! We are pleased to extend you an offer to join {company} as {role}. Please review the attached offer and sign it by Friday.",
        "On behalf of the whole team, I'm happy to let you know that we'd like to make you an offer for the {role} role.",
        "Great news: the hiring committee approved your offer. You'll find the compensation package and start date in the attached letter.",
        "We would love for you to join us. Please find your formal offer of employment attached; let me know if you have any questions about it.",
        "Following your final interview we are excited to offer you the role. The proposed start date is the first Monday of next month.",
        "I'm pleased to confirm our verbal offer in writing: base salary, equity and benefits are set out in the attached document.",
        "You've got the job! We're thrilled to offer you a full-time position as {role} and can't wait to have you on board.",
        "Please see the attached employment contract for the {role} role. We are happy to offer you this position and hope you accept.",
        "We are excited to welcome you to {company}. Your offer package, including the signing bonus, is ready for your review in the portal.",
        "It's my pleasure to extend a conditional offer for the {role} position, subject to a background check.",
        "The team loved meeting you and we'd like to offer you the job. Could you confirm whether you accept by the end of the week?",
    ],
    "acknowledgement": [
        "We have received your application for the {role} position. Our team will review it and will be in touch if your qualifications match our needs.",
        "This is to confirm that your application to {company} was submitted successfully. If you are not selected, we will keep your details for future roles.",
        "Thanks for applying! Your application for {role} has reached us and is now with our recruiting team.",
        "Your application has been received. Due to the high volume of applications, we can only contact shortlisted candidates.",
        "We just wanted to let you know that we got your resume for the {role} opening. A member of our talent team will review it shortly.",
        "Thank you for submitting your application. You can track its status at any time by logging into your candidate account.",
        "Thanks for your note and for following up. I've passed your message on to the hiring manager.",
        "Your submission for {role} (job ID 4471) is complete. Recruiters review every application and will reach out should your profile be a match.",
        "We confirm receipt of your CV. Applications are reviewed on a rolling basis and we aim to respond within two weeks.",
        "Thanks for your thank-you note, it was nice to meet you too. I have shared it with the panel.",
        "Your job application has been successfully submitted. In the meantime, feel free to explore more about life at {company}.",
        "Got it, thanks! Your documents came through fine and are attached to your profile.",
    ],
    "info-request": [
        "Before we proceed, could you please send us two professional references and a copy of your latest transcript?",
        "Could you let me know your salary expectations and your notice period?",
        "To complete your application we need a few more details: your right to work in the country and your earliest start date.",
        "Please complete the attached background check consent form and return it to me at your earliest convenience.",
        "We noticed your application is missing a cover letter. Could you upload one via the portal so we can review your application?",
        "Would you be able to share a portfolio or a few work samples relevant to the {role} position?",
        "Could you please confirm your current location and whether you would need visa sponsorship?",
        "Please provide copies of your degree certificate and a photo ID so that HR can prepare the paperwork.",
        "One quick question: are you open to a hybrid arrangement with three days in the office? Also, what are your compensation expectations?",
        "Kindly fill in the candidate questionnaire linked below; it takes about ten minutes and helps us assess your fit.",
        "To move forward, we need the contact details of your last two managers for reference checks.",
        "Could you send me an updated CV that includes your most recent position? The one we have ends in 2023.",
    ],
    "still-deciding": [
        "We are still interviewing a few other candidates and expect to make a decision {when}.",
        "I wanted to give you a quick update: the team hasn't made a final decision yet. {signal} We will get back to you {when}.",
        "Thank you for your patience. The hiring process is taking longer than planned, but you are still very much in consideration.",
        "No news yet, I'm afraid. The hiring manager is reviewing feedback from all interviews and I hope to have an answer {when}.",
        "Just a short note to say we haven't forgotten you. {signal} I'll be in touch {when}.",
        "Your application is still under review with the hiring team; we'll update you as soon as a decision has been made.",
        "We are finishing the last interviews this week and will let everyone know the outcome {when}.",
        "Thanks for checking in! We're still working through the final stage and expect to reach a decision {when}.",
        "{signal} This means the decision will take a little longer, but we will come back to you {when}.",
        "The panel is still deliberating. I know waiting is hard; I'll let you know the outcome {when}.",
        "We haven't decided yet. There are two more candidates to meet, so please bear with us until {when_date}.",
        "Quick update from our side: we still need approval from the department head before we can move forward. Expect to hear from us {when}.",
    ],
    "position-closed": [
        "I'm writing to let you know that the {role} position has been cancelled due to a change in business priorities.",
        "Unfortunately the role has been put on hold following a company-wide hiring freeze, so we are pausing all interviews for it.",
        "We have decided to close the {role} requisition and will not be filling the position at this time.",
        "Due to an internal reorganisation, this position no longer exists. We are sorry for the inconvenience.",
        "The {role} vacancy has been withdrawn. We appreciate the time you put into the process.",
        "Budget for the {role} role was not approved this year, so the opening has been closed.",
        "Please note that this job posting is no longer active and we have stopped accepting applications.",
        "Because of a restructuring of the {company} analytics team, the requisition was cancelled and we won't be hiring for it.",
        "We regret that the position has been frozen until further notice. We will reach out if it reopens.",
        "Our plans changed and the team decided not to hire for this role after all; the search has been stopped.",
        "The opening you applied for has been closed internally as the headcount was reallocated to another department.",
        "We have paused recruitment for {role} indefinitely while leadership reviews the team's structure.",
    ],
    "unrelated": [
        "Your weekly digest: 25 new jobs match your saved search for {role}. Apply now before they close!",
        "Hi {first}, I came across your profile and have an exciting contract opportunity with one of our clients. Are you open to new roles?",
        "Your verification code is 482913. It expires in 10 minutes. If you didn't request it, you can ignore this email.",
        "Thank you for your order! Your package has shipped and will arrive on Thursday.",
        "Don't miss our webinar on the future of work: register today and get a free e-book with interview tips.",
        "{first}, 3 people viewed your profile this week. See who's looking and discover jobs you may be interested in.",
        "Hey! Are we still on for dinner on Saturday? Let me know if you want me to book the table.",
        "Your monthly statement is ready. Log in to your account to view it.",
        "Congratulations on your work anniversary! Celebrate with your network.",
        "Our spring sale starts now: 30% off everything, plus a special offer for newsletter subscribers.",
        "Reminder: your subscription renews next week. Update your payment details to avoid interruption.",
        "I listened to your podcast interview yesterday and loved it. Want to grab coffee next week?",
    ],
}

# Phrases for {when}: text, and how the generator computes the expected date (see mailcorpus.dates).
WHEN_EN = [
    ("by Friday", "next-weekday:4"),
    ("by the end of next week", "end-of-next-week"),
    ("within the next two weeks", "days:14"),
    ("by {month_day}", "explicit"),
    ("early next week", "none"),
    ("in the coming days", "none"),
]

SIGNALS_EN = [
    ("We're still waiting for final budget approval for the role.", "budget"),
    ("Our fiscal year closes this month, so headcount approvals are taking longer.", "budget"),
    ("Many of the panel are away over the holiday period.", "holiday"),
    ("The team is swamped with the quarter-end close right now.", "busy"),
    ("It is our busiest season and the hiring manager is stretched thin.", "busy"),
    ("There is a reorganisation going on in the department.", "reorganisation"),
    ("We're waiting to see how the upcoming restructuring affects the team.", "reorganisation"),
    ("A temporary hiring freeze has slowed things down.", "hiring-freeze"),
]

GREETINGS = [
    "Hi {first},",
    "Dear {first},",
    "Hello {first},",
    "{first},",
    "Dear Candidate,",
    "Hi there,",
    "",
]

CLOSINGS = [
    "Best regards,",
    "Kind regards,",
    "Thanks,",
    "Best,",
    "Sincerely,",
    "Warm regards,",
    "Cheers,",
    "All the best,",
]

SIGNATURE_TITLES = [
    "Senior Recruiter",
    "Talent Acquisition Partner",
    "Offer Management Specialist",
    "Interview Coordinator",
    "HR Business Partner",
    "People Operations",
    "Head of Talent",
]

FOOTERS = [
    "This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
    "Powered by Greenhouse | Privacy Policy | Unsubscribe",
    "Please do not reply to this email; this mailbox is not monitored.",
    "Please consider the environment before printing this email.",
    "You received this email because you applied for a job at {company}. Privacy notice: we process candidate data in line with our privacy policy.",
]

# What the candidate wrote earlier (quoted under replies); full of words that must not count.
CANDIDATE_EARLIER = [
    "Hi, I wanted to follow up on my interview for the {role} role. I have another offer and need to reply by Friday; is there any update?",
    "Thank you for the interview yesterday! I'm very excited about the role and hope to hear about an offer soon.",
    "Hello, could you tell me whether the position is still open? I'm out of the office next week but reachable by phone.",
    "Dear team, just checking in on my application. I'd be happy to come in for another interview if that helps.",
    "Thanks for the update. Unfortunately I can't make Tuesday; would Wednesday work for the interview instead?",
]

# Out-of-office texts; {back} is a rendered return date, {back_rel} a relative weekday.
OOO_EN = [
    "Thank you for your email. I am out of the office until {back} with limited access to email. For urgent matters please contact recruiting@{domain}.",
    "I'm currently on annual leave and will be back on {back}. I will respond to your message as soon as possible after my return.",
    "Hello, I am away from the office and returning {back}. Your message will not be forwarded.",
    "I'm out of office from {start} to {end} and will reply when I'm back.",
    "Automatic reply: I am on parental leave until {back}. In my absence please reach out to my colleague.",
    "Thanks for your message. I'm travelling for work this week and will be back in the office on {back}.",
    "I am currently out of the office on vacation, returning on {back}. I will have no access to email during this time.",
    "Please note I'm on holiday and back {back_rel}. I'll get back to you then.",
    "I will be out of the office through {end}. If your matter is urgent, call our front desk.",
]

# Written after the rules were tuned and never used to tune them: held-out only.
FRESH: dict[str, list[str]] = {
    "rejection": [
        "Thank you for the time you invested in our process. On this occasion we will not be taking your candidacy further.",
        "We appreciated getting to know you; however, the team has selected a candidate whose experience aligns more closely with the brief.",
        "I'm afraid I have some disappointing news: we won't be offering you the {role} role.",
        "After reviewing all applications, we've decided your profile is not what we need for this opening right now.",
    ],
    "interview-invite": [
        "Great news, the hiring manager wants to meet you! What does your calendar look like on {day}?",
        "We'd like to see you for a 45-minute conversation with the product team. Do any of these times suit you: {day} at 10:00 or 14:00?",
        "Your application stood out, and we'd love to talk. Please grab a slot on my calendar for an introductory call.",
        "The next stage is a take-home exercise followed by a panel interview; could you tell me which days you could do the panel?",
    ],
    "offer": [
        "It gives me great pleasure to confirm that we want you on the team as our new {role}. The contract is on its way.",
        "The decision was unanimous: we'd like you to join {company}. I'll call you tomorrow to walk through the package.",
        "Please find enclosed your letter of appointment for the {role} position, together with the benefits summary.",
        "We are happy to present you with an offer. Salary, bonus and holiday entitlement are detailed in the document attached.",
    ],
    "acknowledgement": [
        "This message confirms we have your application for {role} on record. No further action is needed from you right now.",
        "Many thanks, your CV landed safely with us and has been logged for the {role} vacancy.",
        "Just confirming I got your email and the attached portfolio; I'll take a look this week.",
        "Application received! Here's what happens next: our recruiters screen every application within ten working days.",
    ],
    "info-request": [
        "To proceed we'll need a copy of your passport and proof of address. Can you send them over?",
        "What would your availability to start be, and do you hold a valid work permit?",
        "Could you fill in the short equal-opportunities survey and the candidate details form linked below?",
        "Before the panel meets, please share two case studies from your recent work.",
    ],
    "still-deciding": [
        "We're not quite there yet: the final sign-off sits with our VP, who is travelling this week. Expect to hear from us {when}.",
        "Apologies for the silence. Nothing has been decided, and you're still one of our finalists.",
        "The process has stalled slightly while we wait for the last round of feedback; I'll update you {when}.",
        "Decisions have been delayed a little. {signal} Thanks for bearing with us.",
    ],
    "position-closed": [
        "Following a review of our priorities, we have withdrawn the {role} vacancy and are no longer recruiting for it.",
        "The business has decided not to go ahead with this hire, so the role is now closed.",
        "This opening has been suspended until next year because of budget constraints.",
        "I'm sorry to tell you that the {role} job has been cancelled after a change in team structure.",
    ],
    "unrelated": [
        "Top 10 companies hiring this week, handpicked for you. Browse and apply with one click.",
        "Your password was changed successfully. If this wasn't you, contact support immediately.",
        "Join 5,000 professionals at our career fair next month. Early-bird tickets are available now.",
        "Mum says hi, and don't forget the birthday lunch on Sunday!",
    ],
}

OOO_FRESH = [
    "I'm on leave and will be back at my desk on {back}. Messages sent in the meantime will be read on my return.",
    "Out of office notice: I am attending a conference and will return on {back}.",
    "Thanks for getting in touch. I'm away until {back} and checking email only occasionally.",
]

# A second batch of phrasings, split train/held-out by index like CORE.
MORE: dict[str, list[str]] = {
    "rejection": [
        "We have carefully reviewed your application and, regrettably, we will not be inviting you to the next stage.",
        "Thank you for interviewing with us. The panel has decided to offer the role to someone whose background is a closer match.",
        "This wasn't an easy decision, but we have chosen not to take your application forward.",
        "I wanted to personally let you know that we've gone in a different direction for the {role} position.",
        "Sadly we won't be able to move ahead with your candidacy for {role}. Your experience is strong, just not the right fit for this team.",
        "We're writing to inform you that your application was unsuccessful on this occasion.",
        "Following a competitive process, we have decided to progress other applicants.",
        "It is with regret that we must tell you the hiring team did not select you for an interview.",
        "After much deliberation we've offered the job to another applicant. We would be glad to hear from you for future roles.",
        "I'm sorry, but we will be declining your application for {role} at this time.",
        "We had a very strong pool of candidates and, unfortunately, you have not been successful this time.",
        "Your profile was not shortlisted for the {role} opening; we encourage you to keep an eye on our careers page.",
    ],
    "interview-invite": [
        "Would you be free for a quick video call with me {day}? I'd like to walk you through the role.",
        "I'm reaching out to schedule your interview with our engineering lead. Please reply with a few times that suit you.",
        "We're excited to invite you to our assessment centre on {day}; details and directions are attached.",
        "Can we book a 30-minute introductory conversation? Here is my calendar link so you can choose a time.",
        "The hiring manager enjoyed your application and would like to speak with you. Does {day} at 3 pm work?",
        "You have progressed to the interview stage! Please confirm your attendance for {day}.",
        "Let's set up a call to discuss your experience and the next steps in the process.",
        "Our team would like to meet you in person at our office on {day}. Please let us know if that works.",
        "I'd like to arrange a technical interview with two engineers; please share your availability for the coming week.",
        "Please complete the attached case exercise and we will then schedule a presentation interview.",
        "We would like to have a second conversation with you, this time with the department head. When are you available?",
        "Following your phone screen, we'd like to invite you to the final round on {day}.",
    ],
    "offer": [
        "Congratulations, the job is yours! We'd love to have you join {company} as {role}.",
        "I'm happy to share that the team has approved your hire. Your written offer will follow by email today.",
        "We are pleased to make you a formal job offer for the {role} role, with the details in the attached letter.",
        "Good news: we want to hire you! Please review the terms in the offer document and let us know your decision.",
        "Attached you'll find the contract for your new position as {role}. Please sign and return it within five days.",
        "Following the approval from our leadership team, I can confirm that we are offering you the position.",
        "We'd like to welcome you aboard as {role}. The offer includes a base salary, annual bonus and 25 days of leave.",
        "Your offer letter is ready to be signed in DocuSign. We hope you'll say yes!",
        "It's official: {company} would like to employ you as {role}, starting on the first of next month.",
        "I'm delighted to confirm your appointment as {role}. The employment agreement is attached.",
        "On behalf of {company}, I'm thrilled to offer you the role. Let's talk about your start date.",
        "We have decided to offer you the job. Please find the compensation details and next steps below.",
    ],
    "acknowledgement": [
        "We confirm that we have received your application for {role}. We will review it carefully.",
        "Thanks! Your documents have arrived and are now in our system.",
        "Your application for the {role} opening is in. We'll review it and come back to you if there is a match.",
        "Thank you for your email, which I have received. I'll pass it to the interview panel.",
        "This is an automatic confirmation that your job application has been submitted.",
        "We appreciate your application. A recruiter will go through it in the coming days.",
        "Received with thanks. I've attached your note to your candidate file.",
        "Your CV and cover letter were received and are being reviewed by our HR team.",
        "Thank you for applying via our careers site; your submission reference is 88213.",
        "Just a quick note to say your application came through and is in the queue for review.",
        "We received your application and will be in touch within three weeks.",
        "Thanks for the thank-you email! I've forwarded it to the interviewers.",
    ],
    "info-request": [
        "Could you confirm your notice period and any planned holidays in the next three months?",
        "Please send me a copy of your work permit so that we can continue with your application.",
        "We need your signed consent before we can run the reference checks. Could you return the form?",
        "Can you provide the names and email addresses of two referees?",
        "What salary range are you targeting for this position?",
        "Please upload your university transcripts to the candidate portal.",
        "Would you mind sharing a short writing sample?",
        "To prepare the paperwork, please send us your full legal name and date of birth.",
        "Could you update your application with your current job title and employer?",
        "Please answer the three screening questions below so that we can assess your fit.",
        "Kindly provide proof of your highest qualification.",
        "Do you need relocation support, and when could you relocate?",
    ],
    "still-deciding": [
        "We're still in the middle of interviews, so I don't have an answer for you yet. We'll be in touch {when}.",
        "A decision hasn't been reached; the team wants to meet one more applicant first.",
        "I'm sorry this is taking a while. Your application is still open and we'll share an update {when}.",
        "We need a little more time to finalise our decision. {signal}",
        "The hiring committee meets next week to decide, and I'll let you know straight after.",
        "Thanks for following up. We are still considering all finalists and appreciate your patience.",
        "Nothing to report yet, I'm afraid; the panel is reviewing everyone's feedback.",
        "There's been a short delay on our side. {signal} We plan to come back to you {when}.",
        "You are still in the running, and we hope to conclude the process {when}.",
        "We have not finalised the shortlist yet. I will update you as soon as we have.",
        "Your interview feedback is with the hiring manager, who will decide {when}.",
        "We are waiting on internal approvals before we can make a decision.",
    ],
    "position-closed": [
        "We regret to let you know that the {role} position has been put on hold indefinitely.",
        "The role you interviewed for is no longer available due to a change in our hiring plans.",
        "Following a budget review, the decision was made to cancel this vacancy.",
        "We have stopped recruiting for {role}; the position will not be filled this year.",
        "Due to an organisational restructure, we have withdrawn the opening.",
        "Please be aware that the {role} job posting has been taken down and the search has ended.",
        "Our client has cancelled the {role} requirement, so the process has been closed.",
        "We are pausing this search for now, as the team's headcount has been frozen.",
        "Unfortunately the business case for this role was not approved and the requisition is closed.",
        "The vacancy has been closed because the department is being merged with another team.",
        "After an internal review, we decided not to proceed with hiring for this position at all.",
        "This role has been eliminated as part of a company-wide reorganisation.",
    ],
    "unrelated": [
        "New jobs for you: Senior {role} at three companies near you. See all recommendations.",
        "Reset your password using the link below. The link expires in 24 hours.",
        "Your invoice for March is attached. Thank you for your business!",
        "Hey, do you still have my charger? I think I left it at yours.",
        "Five interview mistakes to avoid, and other articles from this week's newsletter.",
        "Flash sale ends tonight: save 40% on premium membership.",
        "You have a new connection request from a former colleague.",
        "Your flight booking is confirmed. Check in opens 24 hours before departure.",
        "Thanks for registering for our hackathon! Bring your laptop and a charger.",
        "Weekly recap: 12 companies are hiring for {role} in your area.",
        "Your library books are due back on Friday.",
        "We're a staffing agency with several contract roles for our clients; reply if you'd like to hear more.",
    ],
}

# Train-only phrasings (never held out): more variety for the model and the rules.
EXTRA: dict[str, list[str]] = {
    "rejection": [
        "Thanks for your interest. We've now completed the process and, regrettably, your application hasn't been successful.",
        "We won't be moving to the next round with you, but we'd welcome a future application.",
        "Having considered your application carefully, we don't feel you're the right match for the team at this stage.",
        "The team chose a candidate with more direct industry experience, so we will not proceed with you for {role}.",
        "Your application for {role} has been reviewed and, on balance, we will not be offering you an interview.",
        "We are sorry to say that you have not been selected to continue in the recruitment process.",
    ],
    "interview-invite": [
        "Can you make an interview on {day}? It will be a one-hour conversation with the team lead.",
        "I'd like to book you in for a phone interview. Which of these slots suits you best?",
        "Please join us for a virtual interview; the invitation with the meeting link is attached.",
        "We'd like to meet you for coffee and an informal chat about the {role} role next week.",
        "Congratulations on passing the assessment! The next step is an interview with our CTO.",
        "Please confirm whether you can attend the interview on {day} at our office.",
        "I'd love to schedule a short screening call to learn more about you. What time zone are you in?",
        "We would like you to present your case study to the panel on {day}.",
    ],
    "offer": [
        "We're excited to tell you the panel recommended you for hire, and we're extending an offer today.",
        "Please find your job offer attached; we'd be delighted if you accept.",
        "I'm pleased to say we'd like you to become our new {role}. HR will send the paperwork this afternoon.",
        "Great news! You've been successful and we would like to offer you the role at {company}.",
        "We're ready to move forward with your hire. Your offer package is attached for review and signature.",
        "Welcome to the team! Your signed contract and first-day information will follow.",
    ],
    "acknowledgement": [
        "Thanks for sending your application for {role}; it's been received and added to our pipeline.",
        "Got your message, thank you. I'll share it with the hiring manager.",
        "This email confirms receipt of your CV for the {role} vacancy.",
        "Your application was submitted on our careers site. You can follow its progress in your account.",
        "Thank you for reaching out. Your note has been received and we'll respond if we need anything else.",
        "We've received your assessment responses and they'll be considered alongside your application.",
    ],
    "info-request": [
        "Could you send over your updated resume and a short cover letter?",
        "Please let me know your current salary and your expectations for this role.",
        "Would you be able to provide a copy of your ID and your bank details for payroll?",
        "We need a little more information about your employment history; could you fill in the gaps in your CV?",
        "Can you confirm whether you are eligible to work in the country without sponsorship?",
        "Please send us the contact details of two references, ideally former managers.",
        "Before the interview we'd like some information: your notice period and your salary expectations.",
        "Could you complete the online application form, including the diversity questions?",
        "Which city are you currently based in, and are you open to relocating?",
        "Please return the signed NDA so we can share the case materials.",
    ],
    "still-deciding": [
        "We're still finalising our decision and expect to share an update {when}.",
        "The hiring team is still meeting candidates, so it will be a little while before we decide.",
        "Your candidacy remains under review; we appreciate your patience while we complete interviews.",
        "I don't have news for you yet, but I'll reach out as soon as the team has decided.",
        "We're taking a bit more time than expected to reach a decision. {signal}",
        "The final decision is pending approval from our director; we'll come back to you {when}.",
    ],
    "position-closed": [
        "We are no longer hiring for the {role} position and have closed the vacancy.",
        "The role has been put on hold until the new financial year, so we're pausing all applications.",
        "After an internal restructuring, the {role} opening was cancelled and will not be refilled.",
        "This position has been removed from our plan for this year, so the process is closed.",
        "We've decided to fill the need internally, so the external vacancy has been withdrawn.",
        "Recruitment for this role has been suspended indefinitely.",
    ],
    "unrelated": [
        "Your weekly account summary is here. See what changed this week.",
        "New message from your landlord about the building maintenance schedule.",
        "Hi, this is a reminder about your dentist appointment on Tuesday at 9am.",
        "Our platform update is live: discover new features and improvements.",
        "Exclusive member offer: upgrade now and get two months free.",
        "Are you coming to the team dinner on Friday? Let me know by Wednesday.",
        "Here are the slides from yesterday's meetup, thanks for attending!",
        "Get noticed by recruiters: complete your profile to appear in more searches.",
    ],
}


# Harder phrasings (issue 14): decisions wrapped in praise, a founder's one line, offers that open
# with bad news, roles filled by someone else, ATS status lines, and mail about jobs that is not
# from the job. Appended to MORE, so the train/held-out split by index applies to them too.
HARD: dict[str, list[str]] = {
    "rejection": [
        "Your experience really impressed the panel and it was a genuinely hard call. In the end we are going with a candidate who has more direct experience in our market, so we won't take this further.",
        "honestly loved talking to you but we're going to pass for now. not the right moment.",
        "Candidate status changed: Rejected. Reason: other candidates selected for the {role} requisition.",
        "We have reached a decision and will not be moving you to the next round. Thank you for the energy you brought.",
        "You have a great background; sadly, we have concluded that the fit with this team isn't there, so we are closing your candidacy.",
        "After reviewing the exercise, the team felt it fell short of what the role needs, and we will end the process here.",
    ],
    "offer": [
        "Unfortunately the approvals took longer than hoped, but the good news is here: we want to offer you the {role} role. Your contract is attached.",
        "We'd love you to join us as {role}! Formal paperwork follows tomorrow.",
        "The founders said yes. The job is yours if you want it - I'll send the written offer tonight.",
        "Following the final interview we would like you to join the team; please find the offer letter and benefits summary enclosed.",
    ],
    "position-closed": [
        "We have now filled the {role} position with another candidate, so we are unable to take your application further.",
        "An internal colleague has moved into the {role} role, so the external vacancy is closed. This is no reflection on you.",
        "The role has been filled; the candidate who accepted our offer starts next month, so we have closed the search.",
        "We've had to pause the {role} hire while the new budget is agreed, so there will be no further interviews for now.",
    ],
    "interview-invite": [
        "As a next step we'd like you to do a take-home task: a small feature in our sample repo, about three hours. Tell me when you'd like to receive it.",
        "Shall we hop on a call on {day}? Twenty minutes is plenty.",
        "We'd like you to meet the team in person for the final round on {day}. Does the morning suit you?",
    ],
    "info-request": [
        "Are you open to relocating to Dublin for this role? And could you tell me your notice period?",
        "What is your expected salary range for this position?",
    ],
    "unrelated": [
        "This week's digest: 14 new jobs that match your profile, plus interview reviews for companies you follow.",
        "Inside this issue: how to ace your final interview and what to do when an offer is rescinded.",
        "The careers service is running mock interviews and a CV clinic next week; book your slot in the student portal.",
        "Join our free webinar on negotiating your first offer. Seats are limited, register today.",
        "Hi {first}, I'm a headhunter working with a client in fintech who is hiring. Your profile looks like a great match - shall I put you forward for an interview?",
        "How did your interview go?! Tell me everything. Also Jess got rejected from that agency, poor thing.",
        "Congrats on the new job offer, so proud of you! Dinner on me.",
        "We're hiring! Explore 30 open roles across our offices and refer a friend.",
    ],
}
for _label, _texts in HARD.items():
    MORE[_label].extend(_texts)
