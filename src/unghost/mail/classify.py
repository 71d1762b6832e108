"""Labels employer mail (rejection, interview-invite, offer, ... unrelated) from its envelope and words."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from unghost.mail.bounce import Bounce, find_bounce
from unghost.mail.dates import date_order_for
from unghost.mail.hanzi import simplified
from unghost.mail.lexicon import compile_any, load_table
from unghost.mail.model import load_model, mail_features
from unghost.mail.ooo import find_return_date
from unghost.mail.origin import Origin, read_origin
from unghost.mail.owntext import own_parts
from unghost.mail.parse import ParsedMail
from unghost.mail.phrasebook import score_phrases
from unghost.mail.signals import Signal, list_signals

LABELS = (
    "rejection",
    "interview-invite",
    "offer",
    "acknowledgement",
    "info-request",
    "still-deciding",
    "position-closed",
    "out-of-office",
    "bounce",
    "unrelated",
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# An out-of-office speaks of its writer; without an auto-reply mark it must say "I" or "本人".
# A note from the phone drops the "I": a line that opens "Out for a few days, back..." or "这几天外出".
_FIRST_PERSON = re.compile(
    r"\bI\b|(?i:\b(i'm|i am|i'll|i will|my|me)\b)|本人|我(?!们|司)"
    r"|(?im:^\W*(out|away|off|travel+ing|on leave|on holiday)\b)|^\W*(这几天|这两天|这周|本周)"
)
_HEADER_NAME = re.compile(r"^\s*([^:：]{1,24})[:：]")
_REPLY_PREFIX = re.compile(
    r"^\s*((re|aw|sv|antw|wg|fw|fwd)\s*(\[\d+\])?\s*[:：]|(回复|答复|回覆|转发)\s*[:：])", re.I
)


@dataclass(slots=True)
class MailClassification:
    """What a message means for the application, and the evidence read from it."""

    label: str
    confidence: float
    return_date: date | None = None
    signals: list[Signal] = field(default_factory=list)
    bounce: Bounce | None = None
    scores: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    text: str = ""
    alternatives: list[tuple[str, float]] = field(default_factory=list)  # the two best labels
    needs_review: bool = False  # unsure: shown for review, never a stage change by itself


# The labels whose message can move an application's stage (services.mail.STATUS_OF_LABEL).
STAGE_LABELS = frozenset({"rejection", "offer", "interview-invite"})


def proposes_change(result: MailClassification) -> bool:
    """True when this result may propose a stage change: a stage label, sure enough."""
    return result.label in STAGE_LABELS and not result.needs_review


@dataclass(frozen=True, slots=True)
class _Rules:
    subjects: dict[str, re.Pattern[str]]
    weights: dict[str, float]
    label_factors: dict[str, float]
    model_weight: float
    model_defer_lead: float
    outcomes_need_phrase: bool
    model_guards_unrelated: bool
    min_score: float
    subject_factor: float
    conditional: re.Pattern[str]
    conditional_labels: frozenset[str]
    job_context: re.Pattern[str]
    auto_reply_subject: re.Pattern[str]
    offer_attachments: re.Pattern[str]
    confidence: dict[str, float]
    bounce_confidence: dict[str, float]
    origin: dict[str, float]
    forward_to_headers: frozenset[str]


@cache
def _rules() -> _Rules:
    table = load_table("mail_patterns")["classify"]
    return _Rules(
        subjects={
            label: compile_any(table[label].get("subject", [])) for label in table["priority"]
        },
        weights=dict(table["weights"]),
        label_factors=dict(table.get("label_factors", {})),
        model_weight=table.get("model_weight", 0.0),
        model_defer_lead=table.get("model_defer_lead", 0.0),
        outcomes_need_phrase=table.get("model_outcomes_need_phrase", True),
        model_guards_unrelated=table.get("model_guards_unrelated", False),
        min_score=table["min_score"],
        subject_factor=table["subject_factor"],
        conditional=compile_any(table["conditional"]),
        conditional_labels=frozenset(table["conditional_labels"]),
        job_context=compile_any(table["job_context"]),
        auto_reply_subject=compile_any(table["auto_reply_subject"]),
        offer_attachments=compile_any(table["offer_attachments"]),
        confidence=dict(table["confidence"]),
        bounce_confidence=dict(table["bounce_confidence"]),
        origin=dict(table["origin"]),
        forward_to_headers=frozenset(h.lower() for h in table["forward_to_headers"]),
    )


def _forwards_own_mail(mail: ParsedMail, headers: list[str], origin: Origin) -> bool:
    """A personal mailbox forwards mail that was sent to itself: a friend showing the reader
    her own rejection or invitation, not the employer's word on the reader's application."""
    if not headers or not origin.personal or mail.from_ is None:
        return False
    sender = mail.from_.address.lower()
    if sender in (a.address.lower() for a in mail.to):
        return False  # to oneself: the user keeping their own mail
    names = _rules().forward_to_headers
    return any(
        (found := _HEADER_NAME.match(line)) is not None
        and found.group(1).strip().lower() in names
        and sender in line.lower()
        for line in headers
    )


def _score_mail(
    mail: ParsedMail,
    text: str,
    origin: Origin,
    *,
    use_model: bool = True,
    file_origin: Origin | None = None,
) -> tuple[dict[str, float], dict[str, list[str]], dict[str, float] | None, set[str]]:
    """The label scores, their evidence, the model's posterior when it was consulted, and the
    outcome labels (offer, rejection, closed role) that no rule named."""
    rules = _rules()
    scores = {label: 0.0 for label in LABELS}
    evidence: dict[str, list[str]] = {label: [] for label in LABELS}
    score_phrases(text, scores, evidence)
    if not _REPLY_PREFIX.match(mail.subject):
        # A reply keeps the subject the user wrote; only an employer's own subject is evidence.
        for label, subject in rules.subjects.items():
            if subject.search(mail.subject):
                scores[label] += rules.weights["strong"] * rules.subject_factor
    strong = rules.weights["strong"]
    auto_reply = origin.auto_reply or rules.auto_reply_subject.search(mail.subject)
    if scores["out-of-office"] > 0 and auto_reply:
        scores["out-of-office"] += strong
        evidence["out-of-office"].append("auto-reply headers")
    elif scores["out-of-office"] > 0 and not _FIRST_PERSON.search(text):
        # "The hiring manager is on leave" is news about someone else, not an auto-reply.
        scores["out-of-office"] /= 2
    if mail.calendar and "request" in mail.calendar.lower():
        scores["interview-invite"] += strong
        evidence["interview-invite"].append("calendar invitation")
    if any(rules.offer_attachments.search(a.filename) for a in mail.attachments):
        scores["offer"] += strong
        evidence["offer"].append("offer attachment")
    for label, factor in rules.label_factors.items():
        scores[label] *= factor
    _weigh_origin(scores, evidence, origin)
    # An outcome no phrase of the rules named (the model's word alone) is shown for review.
    bare = {label for label in rules.label_factors if not scores[label]}
    posterior = (
        _weigh_model(scores, mail, text, origin, file_origin or origin) if use_model else None
    )
    return scores, evidence, posterior, bare


def _weigh_model(
    scores: dict[str, float], mail: ParsedMail, text: str, origin: Origin, file_origin: Origin
) -> dict[str, float] | None:
    """The trained model's word: `model_weight` points times its probability for each label.

    The model reads the envelope as a file shows it (`file_origin`, as in training). Rules
    tuned on one author's templates do not carry over to the next author's, and the model,
    trained on many authors, does (tests/mailcorpus/crossval.py): it speaks on every message it
    reads unless the rules' best label leads by `model_defer_lead`, as much as a few rules
    together. A message the store ties to the application is job mail: the model's `unrelated`
    is not added. Returns the model's posterior, or None when it was not consulted.
    """
    rules = _rules()
    model = load_model()
    if model is None or not rules.model_weight:
        return None
    top, second = sorted(scores.values(), reverse=True)[:2]
    if rules.model_defer_lead and top - second >= rules.model_defer_lead:
        return None  # the rules agree with themselves by this much: they decide
    posterior = model.predict(mail_features(mail.subject, text, file_origin))
    # A false stage proposal costs more than a missed one: where the rules or the envelope lean
    # to `unrelated` over an offer, rejection or invitation, the model alone does not turn it.
    unrelated = scores["unrelated"]
    guarded = {
        label
        for label in STAGE_LABELS
        if rules.model_guards_unrelated and unrelated > scores[label]
    }
    for label, probability in posterior.items():
        if label in guarded:
            continue
        unsupported = (
            rules.outcomes_need_phrase and label in rules.label_factors and not scores[label]
        )
        skipped = label == "bounce" or (label == "unrelated" and origin.sure_employer)
        if not skipped and not unsupported:
            scores[label] += rules.model_weight * probability
    return posterior


def _weigh_origin(scores: dict[str, float], evidence: dict[str, list[str]], origin: Origin) -> None:
    """What the envelope says: lists and unknown personal mailboxes speak for `unrelated`."""
    weights = _rules().origin
    if origin.sure_employer:
        return
    if origin.bulk:
        scores["unrelated"] += weights["bulk_employer" if origin.employer else "bulk"]
        evidence["unrelated"].append("sent to a list")
    if origin.personal:
        scores["unrelated"] += weights["personal"]
        evidence["unrelated"].append("personal mailbox")


def _away_not_received(
    mail: ParsedMail,
    text: str,
    origin: Origin,
    scores: dict[str, float],
    sent: date | None,
    order: str | None,
) -> None:
    """An auto-reply that says "your mail was received" and "I am on leave until..." is an
    out-of-office: when it is marked as an auto-reply or names the day its writer is back,
    the receipt does not outweigh the absence."""
    away = scores["out-of-office"]
    if away < _rules().weights["strong"] or scores["acknowledgement"] < away:
        return
    auto = origin.auto_reply or bool(_rules().auto_reply_subject.search(mail.subject))
    if auto or (sent and find_return_date(f"{mail.subject}\n{text}", sent, order=order)):
        scores["acknowledgement"] = away - _rules().weights["weak"]


def _probabilities(scores: dict[str, float]) -> dict[str, float]:
    """Scores as probabilities: a softmax whose temperature was fitted on the tuning corpus."""
    shape = _rules().confidence
    lifted = dict(scores)
    lifted["unrelated"] = max(lifted["unrelated"], shape["unrelated_base"])
    top = max(lifted.values())
    weights = {k: math.exp((v - top) / shape["temperature"]) for k, v in lifted.items()}
    total = sum(weights.values())
    return {k: w / total for k, w in weights.items()}


def _is_job_mail(
    mail: ParsedMail, text: str, origin: Origin, scores: dict[str, float], job_related: bool | None
) -> bool:
    """Whether the message is the employer's word on an application, not mail about jobs."""
    rules = _rules()
    if origin.sure_employer or job_related:
        return True
    top = max(v for k, v in scores.items() if k != "unrelated")
    if scores["unrelated"] >= top:
        return False
    if origin.employer is not None:
        return True
    strong = rules.weights["strong"]
    if origin.bulk:
        # A list needs the employer's own decisive words to speak for an application.
        return top >= strong + rules.weights["medium"] + rules.origin["stranger_margin"]
    about_job = bool(rules.job_context.search(f"{mail.subject}\n{text}"))
    if origin.personal:
        # A founder may write from gmail.com; a friend writes about jobs in words of her own.
        # (The model's share of `unrelated` counts when it is the larger half of its word.)
        own = rules.origin["personal"] + rules.model_weight / 2
        return about_job and top >= strong and scores["unrelated"] <= own
    return about_job or top >= strong


def _from_known_employer(
    origin: Origin, scores: dict[str, float], evidence: dict[str, list[str]]
) -> bool:
    """The store or the sender's domain says the employer wrote, and nothing says otherwise."""
    known = origin.sure_employer or origin.employer in ("company-domain", "ats")
    job = max(v for k, v in scores.items() if k != "unrelated")
    return known and not origin.bulk and not evidence["unrelated"] and job > 0


def _read_as_simplified(mail: ParsedMail) -> ParsedMail:
    """`mail` itself, or a copy whose subject is in Simplified characters when it had
    Traditional ones (nothing else of the copy is read as words)."""
    subject = simplified(mail.subject)
    return mail if subject == mail.subject else replace(mail, subject=subject)


def classify_mail(
    mail: ParsedMail,
    *,
    today: date | None = None,
    job_related: bool | None = None,
    store_link: str | None = None,
) -> MailClassification:
    """Label one message. `today` stands in for the message date when it has none.

    `store_link` is how the import tied the message to an application (`thread`, `contact`,
    `company-domain`, `ats`, `names`... see unghost.mail.origin); None when it did not, or when a
    file is read alone. `job_related=True` says the message is known to concern an application.
    """
    bounce = find_bounce(mail)
    if bounce is not None:
        sure = _rules().bounce_confidence["report" if mail.delivery_status else "text"]
        return MailClassification(
            "bounce", sure, bounce=bounce, evidence=["delivery failure report"],
            alternatives=[("bounce", sure)],
        )  # fmt: skip
    own, forwarded_headers = own_parts(mail)
    # the words are read in Simplified characters (mail/hanzi.py); the result keeps the sender's
    mail, text = _read_as_simplified(mail), simplified(own)
    sent = mail.date.date() if mail.date is not None else today
    rules = _rules()
    origin = read_origin(mail, store_link=store_link)
    known = origin.sure_employer or bool(job_related) or origin.employer is not None
    # The model only speaks about job mail: on anything else it would force a job label.
    use_model = known or bool(rules.job_context.search(f"{mail.subject}\n{text}"))
    # The model was trained on files: it reads the envelope without the store's link.
    file_origin = read_origin(mail) if store_link else origin
    scores, evidence, posterior, bare = _score_mail(
        mail, text, origin, use_model=use_model and not origin.bulk, file_origin=file_origin
    )
    if _forwards_own_mail(mail, forwarded_headers, origin):
        scores["unrelated"] += rules.weights["decisive"]
        evidence["unrelated"].append("forwards mail sent to its forwarder")
    order = date_order_for(
        mail.from_.address if mail.from_ else None,
        mail.headers.get("content-language"),
        bool(_HAN.search(text)),
    )
    _away_not_received(mail, text, origin, scores, sent, order)
    best = max(LABELS, key=lambda label: scores[label])
    weak = scores[best] < rules.min_score
    if weak and _from_known_employer(origin, scores, evidence):
        pass  # the employer wrote, in words we cannot place: its best guess goes to review
    elif weak or (
        best != "out-of-office" and not _is_job_mail(mail, text, origin, scores, job_related)
    ):
        best = "unrelated"
        lead = max(v for k, v in scores.items() if k != "unrelated")
        scores["unrelated"] = max(scores["unrelated"], lead + rules.min_score)
    probabilities = _probabilities(scores)
    ranked = sorted(probabilities, key=lambda label: -probabilities[label])
    confidence = probabilities[best]
    if posterior is not None and best in posterior:
        # The model's probabilities are calibrated (its temperature); where it had its say, the
        # answer is no surer than the model is of it: split between two labels, or against the
        # rules' choice, it goes to review.
        confidence = min(confidence, posterior[best])
    confidence = round(confidence, 3)
    result = MailClassification(best, confidence)
    result.alternatives = [(label, round(probabilities[label], 3)) for label in ranked[:2]]
    result.needs_review = best != "unrelated" and confidence < rules.confidence["review_below"]
    # The model may name an outcome no rule found (a refusal wrapped in praise), but a stage
    # change on the model's word alone waits for review: a false one costs more than a late one.
    result.needs_review = result.needs_review or best in bare
    result.scores = {k: v for k, v in scores.items() if v}
    result.evidence = list(dict.fromkeys([*evidence.get(best, []), *origin.evidence]))
    result.text = own
    if sent is not None and best != "unrelated":
        if best == "out-of-office":
            result.return_date = find_return_date(f"{mail.subject}\n{text}", sent, order=order)
        result.signals = list_signals(text, sent, order=order)
    return result
