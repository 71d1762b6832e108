"""Scores the mail classifier on a labelled set: accuracy, per-label precision and recall,
the confusion matrix, unrelated mail that would become a proposal, return dates and bounces.

Every case is read twice: from the file alone (`mail classify`) and as the import reads it,
matched against the user's applications (their domains, contacts and sent Message-IDs).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from unghost.domain.records import (
    Application,
    Company,
    Contact,
    Direction,
    Message,
    MessageKind,
    Role,
)
from unghost.mail.classify import LABELS, MailClassification, classify_mail, proposes_change
from unghost.mail.match import index_applications, match_mail
from unghost.mail.parse import parse_mail

BACKGROUND = ("bellwether-labs.com", "quarrystone.co.uk", "汇川网络.cn", "ardent-pay.com")


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled message and what the user's store knows when it arrives."""

    raw: bytes
    label: str
    company_domains: tuple[str, ...] = ()
    contacts: tuple[str, ...] = ()
    sent_ids: tuple[str, ...] = ()
    candidate: str = ""
    return_date: date | None = None
    failed_recipient: str | None = None
    kind: str = ""


@dataclass(slots=True)
class Score:
    total: int = 0
    right: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    unrelated: int = 0
    unrelated_proposed: int = 0  # unrelated mail that would become a proposal
    unrelated_labelled: int = 0  # unrelated mail given any other label
    ooo: int = 0
    ooo_exact: int = 0
    bounces: int = 0
    bounce_address: int = 0
    reliability: list[tuple[float, bool]] = field(default_factory=list)
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # expected, got, kind

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def recall(self, label: str) -> float | None:
        gold = sum(n for (e, _), n in self.confusion.items() if e == label)
        return self.confusion[(label, label)] / gold if gold else None

    def precision(self, label: str) -> float | None:
        said = sum(n for (_, p), n in self.confusion.items() if p == label)
        return self.confusion[(label, label)] / said if said else None

    def calibration_error(self, bins: int = 10) -> float:
        """Expected calibration error: |accuracy - confidence| averaged over confidence bins."""
        error = 0.0
        for b in range(bins):
            inside = [(c, ok) for c, ok in self.reliability if b / bins <= c < (b + 1) / bins
                      or (b == bins - 1 and c == 1.0)]  # fmt: skip
            if inside:
                mean = sum(c for c, _ in inside) / len(inside)
                hits = sum(ok for _, ok in inside) / len(inside)
                error += len(inside) / len(self.reliability) * abs(mean - hits)
        return error


def _applications(item: Item) -> list[Application]:
    apps = [Application(f"bg{i}", Company(f"Background {i}", d), Role("Analyst"))
            for i, d in enumerate(BACKGROUND)]  # fmt: skip
    for i, domain in enumerate(item.company_domains):
        sent = [
            Message(datetime(2026, 9, 1, tzinfo=UTC), Direction.SENT, MessageKind.OTHER,
                    message_id=m)
            for m in item.sent_ids
        ]  # fmt: skip
        contacts = [Contact(email=c) for c in item.contacts if c.endswith(domain)]
        name = domain.split(".")[0].replace("-", " ")
        apps.append(Application(f"app{i}", Company(name, domain), Role("any"),
                                contacts=contacts, messages=sent))  # fmt: skip
    return apps


def classify_item(item: Item, *, with_store: bool) -> MailClassification:
    mail = parse_mail(item.raw)
    if not with_store:
        return classify_mail(mail)
    match = match_mail(mail, index_applications(_applications(item)),
                       own_addresses=[item.candidate] if item.candidate else [])  # fmt: skip
    return classify_mail(mail, store_link=match.method if match else None)


def score(items: Iterable[Item], *, with_store: bool) -> Score:
    out = Score()
    for item in items:
        result = classify_item(item, with_store=with_store)
        got = result.label
        out.total += 1
        out.right += got == item.label
        out.confusion[(item.label, got)] += 1
        out.reliability.append((result.confidence, got == item.label))
        if got != item.label:
            out.misses.append((item.label, got, item.kind))
        if item.label == "unrelated":
            out.unrelated += 1
            out.unrelated_labelled += got != "unrelated"
            out.unrelated_proposed += proposes_change(result) or result.needs_review
        if item.label == "out-of-office":
            out.ooo += 1
            out.ooo_exact += result.return_date == item.return_date
        if item.label == "bounce":
            out.bounces += 1
            failed = result.bounce.failed_recipients if result.bounce else []
            out.bounce_address += (
                bool(failed) and failed[0] == (item.failed_recipient or "").lower()
            )
    return out


def rows(name: str, result: Score) -> list[str]:
    """Markdown lines: the headline figures, per-label precision/recall, the confusion matrix."""
    pct = lambda v: "—" if v is None else f"{100 * v:.1f}"  # noqa: E731
    lines = [
        f"**{name}**: {result.total} messages, accuracy {pct(result.accuracy)}%, "
        f"unrelated kept from proposals {pct(1 - result.unrelated_proposed / max(result.unrelated, 1))}%, "
        f"out-of-office date exact {pct(result.ooo_exact / max(result.ooo, 1))}%, "
        f"bounces with the failed address {pct(result.bounce_address / max(result.bounces, 1))}%, "
        f"calibration error {result.calibration_error():.3f}",
        "",
        "| label | precision % | recall % | n |",
        "|---|---|---|---|",
    ]
    for label in LABELS:
        n = sum(v for (e, _), v in result.confusion.items() if e == label)
        lines.append(
            f"| {label} | {pct(result.precision(label))} | {pct(result.recall(label))} | {n} |"
        )
    short = [label[:8] for label in LABELS]
    lines += ["", "| expected \\ got | " + " | ".join(short) + " |",
              "|---|" + "---|" * len(LABELS)]  # fmt: skip
    for expected in LABELS:
        cells = [str(result.confusion[(expected, got)] or "") for got in LABELS]
        lines.append(f"| {expected} | " + " | ".join(cells) + " |")
    return lines
