"""Deterministic synthetic mail for benchmarks: message i is always the same bytes.

Typical messages are 2-4 KB of plausible business text (some with a quoted reply, some with
an HTML alternative); every `attachment_every`-th carries a 200 KB PDF-like attachment; about
one in seven is sent by "me" (for the Sent folder). Not training data: only sizes and MIME
shapes matter here.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

ME = "maya@lindqvist.example"
PEOPLE = [
    ("Tom Becker", "tom@work.example"),
    ("Priya Raman", "priya@acme.example"),
    ("Jonas Weber", "jonas.weber@logistik.example"),
    ("Ana Souza", "ana@studio.example"),
    ("Li Wei", "li.wei@partner.example"),
    ("Fatima Ali", "fatima@clinic.example"),
    ("Marco Rossi", "m.rossi@fornitori.example"),
    ("Sarah Kim", "sarah.kim@university.example"),
    ("Olu Adeyemi", "olu@fintech.example"),
    ("Emma Larsen", "emma@nordic.example"),
]
SUBJECTS = [
    "Budget for Q3", "Workshop agenda", "Invoice 2291", "Contract draft", "Quick question",
    "Thanks for yesterday", "Follow-up on the proposal", "Travel plans", "Data export",
    "Intro: two people you should meet", "Sorry for the delay", "Slides for Monday",
]
SENTENCES = [
    "Thanks for sending the numbers so quickly, they made the discussion much easier.",
    "I went through the draft and left a few comments in the margin.",
    "Could you check whether the totals in the second table add up?",
    "Sorry for the late reply, the last two weeks were busier than planned.",
    "I think the plan works if we move the review to Thursday.",
    "Let me know if you want me to introduce you to the team in Lisbon.",
    "The supplier confirmed the delivery date, so we are on track.",
    "I attached the latest version; the changes are marked in yellow.",
    "We could also split the workshop into two shorter sessions.",
    "How are you doing after the move? I hope the new office is working out.",
    "Our new release is out and I would love for you to try it.",
    "I listened to the recording again and I understand your concern now.",
    "Happy to help with the hiring process if you need another interviewer.",
    "The budget line for travel is lower than last year, so we need to prioritise.",
    "Please find the signed copy attached for your records.",
    "I can take over the customer call on Friday if that helps you.",
    "The dashboard numbers look odd for March; maybe a timezone issue?",
    "I will be out of the office next week but reachable by phone.",
]


def _paragraphs(rng: random.Random, target: int) -> str:
    out: list[str] = []
    size = 0
    while size < target:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 5)))
        out.append(para)
        size += len(para) + 2
    return "\n\n".join(out)


def _wrap(text: str, width: int = 76) -> str:
    lines = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return "\r\n".join(lines)


def message(i: int, *, attachment_every: int = 50, sent_every: int = 7) -> tuple[str, bytes]:
    """(folder, raw bytes) of message i: "Sent" or "INBOX"."""
    rng = random.Random(i * 7919 + 13)
    name, address = PEOPLE[rng.randrange(len(PEOPLE))]
    sent = i % sent_every == 3
    sender = f"Maya Lindqvist <{ME}>" if sent else f"{name} <{address}>"
    to = f"{name} <{address}>" if sent else f"Maya Lindqvist <{ME}>"
    when = datetime(2025, 1, 1, 8, tzinfo=timezone.utc) + timedelta(minutes=37 * i)
    subject = rng.choice(SUBJECTS)
    reply = rng.random() < 0.4
    headers = [
        f"From: {sender}",
        f"To: {to}",
        f"Subject: {'Re: ' if reply else ''}{subject}",
        f"Date: {format_datetime(when)}",
        f"Message-ID: <bench-{i}@synthetic.example>",
        "MIME-Version: 1.0",
        f"Received: from mx{i % 5}.example ([192.0.2.{i % 250}]) by mail.example with ESMTPS; {format_datetime(when)}",
    ]
    if reply:
        headers.append(f"In-Reply-To: <bench-{max(0, i - 3)}@synthetic.example>")
    body = _paragraphs(rng, rng.randint(1200, 2600))
    body += f"\n\nBest,\n{'Maya' if sent else name.split()[0]}\n"
    if reply:
        quoted = _paragraphs(rng, 600).replace("\n", "\n> ")
        body += f"\nOn {format_datetime(when - timedelta(days=1))}, someone wrote:\n> {quoted}\n"
    text = _wrap(body)
    html = rng.random() < 0.2
    big = attachment_every and i % attachment_every == 1

    if not html and not big:
        headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        return ("Sent" if sent else "INBOX"), ("\r\n".join(headers) + "\r\n\r\n" + text + "\r\n").encode()

    parts = [f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n"]
    if html:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        parts = [_multipart("alternative", f"alt-{i}", parts + [
            f"Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"<html><body>{paras}</body></html>\r\n"
        ])]
    if big:
        data = base64.encodebytes(rng.randbytes(200 * 1024)).decode().replace("\n", "\r\n")
        parts.append(
            f'Content-Type: application/pdf; name="report-{i}.pdf"\r\n'
            f'Content-Disposition: attachment; filename="report-{i}.pdf"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{data}"
        )
        top = _multipart("mixed", f"mix-{i}", parts)
    else:
        top = parts[0]
    return ("Sent" if sent else "INBOX"), ("\r\n".join(headers) + "\r\n" + top).encode()


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    body = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n{body}--{boundary}--\r\n'


def messages(n: int, **kwargs: int) -> Iterator[tuple[str, bytes]]:
    for i in range(n):
        yield message(i, **kwargs)
