"""Writes a large Google-Takeout-style mbox: a few job messages among many ordinary ones."""

from __future__ import annotations

import random
from pathlib import Path

from tests.mailcorpus import LABELS, build_sample

WORDS = [
    "the",
    "quick",
    "update",
    "team",
    "weekly",
    "news",
    "offer",
    "deal",
    "price",
    "order",
    "shipping",
    "account",
    "photo",
    "family",
    "weekend",
    "meeting",
    "notes",
    "project",
    "report",
    "summary",
    "invoice",
    "travel",
    "booking",
    "hotel",
    "flight",
    "garden",
    "recipe",
    "music",
    "concert",
    "ticket",
    "game",
    "score",
    "library",
    "course",
    "lesson",
    "webinar",
    "event",
    "city",
    "park",
    "coffee",
    "lunch",
    "dinner",
]
SENDERS = [
    ("Newsletter", "news@media.example"),
    ("Shop", "orders@shop.example"),
    ("Mum", "mum@family.example"),
    ("GitHub", "notifications@github.example"),
    ("Bank", "alerts@bank.example"),
    ("Club", "info@club.example"),
]
RECEIVED = (
    "Received: by 2002:a05:6a10:{n:x} with SMTP id abc{n}; Thu, 8 Oct 2026 10:{m:02d}:00 -0700 (PDT)\r\n"
    "Received: from mail.example (mail.example. [192.0.2.{k}]) by mx.google.com with ESMTPS id x{n}\r\n"
    "        for <me@gmail.com>; Thu, 08 Oct 2026 10:{m:02d}:00 -0700 (PDT)\r\n"
    "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example; s=s1; h=from:to:subject:date;\r\n"
    "        bh={n:032x}; b={k:064x}\r\n"
)


def filler_message(rng: random.Random, n: int) -> bytes:
    """An ordinary message (newsletter, shop, family) with realistic headers and an HTML part."""
    name, address = rng.choice(SENDERS)
    subject = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 8))).capitalize()
    paragraphs = [
        " ".join(rng.choice(WORDS) for _ in range(rng.randrange(20, 60)))
        for _ in range(rng.randrange(2, 6))
    ]
    plain = "\r\n\r\n".join(paragraphs)
    html = "".join(f"<p>{p}</p>" for p in paragraphs)
    boundary = f"b{n:08x}"
    head = RECEIVED.format(n=n, m=n % 60, k=n % 250) + (
        f"From: {name} <{address}>\r\nTo: me@gmail.com\r\nSubject: {subject}\r\n"
        f"Date: Thu, 08 Oct 2026 10:{n % 60:02d}:00 -0700\r\nMessage-ID: <{n}.{rng.getrandbits(32):x}@mail.example>\r\n"
        f"List-Unsubscribe: <mailto:unsubscribe@{address.split('@')[1]}>\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n'
    )
    body = (
        f"\r\n--{boundary}\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n{plain}\r\n"
        f"--{boundary}\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<html><body>{html}</body></html>\r\n"
        f"--{boundary}--\r\n"
    )
    return (head + body).encode("utf-8")


def write_mbox(path: Path, count: int, *, relevant_share: float = 0.05, seed: int = 7) -> int:
    """Write `count` messages; returns how many are job messages from the corpus."""
    rng = random.Random(seed)
    relevant = 0
    with path.open("wb") as out:
        for n in range(count):
            if rng.random() < relevant_share:
                label = LABELS[relevant % len(LABELS)]
                raw = build_sample(label, "heldout", relevant // len(LABELS)).raw
                raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
                relevant += 1
                labels = "Inbox,Important,Opened"
            else:
                raw = filler_message(rng, n)
                labels = "Inbox,Category updates,Opened"
            gmail_id = 1844347792267117879 + n
            out.write(f"From {gmail_id}@xxx Thu Oct 08 17:00:00 +0000 2026\r\n".encode("ascii"))
            out.write(f"X-GM-THRID: {gmail_id}\r\nX-Gmail-Labels: {labels}\r\n".encode("ascii"))
            out.write(raw.rstrip(b"\r\n").replace(b"\r\nFrom ", b"\r\n>From ") + b"\r\n\r\n")
    return relevant
