"""Deterministic synthetic mail for benchmarks: message i is always the same bytes.

Two generators. messages(n): one shape repeated, for timing a fetch (bench_sync.py).
mailbox(n): a realistic mailbox of any size, for the wallet at scale (bench_scale.py; see
below). From the command line, `python synthetic_mail.py N [FILE.mbox]` writes the latter.

messages(n): typical messages are 2-4 KB of plausible business text (some with a quoted reply, some with
an HTML alternative); every `attachment_every`-th carries a 200 KB PDF-like attachment; about
one in seven is sent by "me" (for the Sent folder). Not training data: only sizes and MIME
shapes matter here.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Iterator
from dataclasses import dataclass
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

    attachment = (200, f"report-{i}.pdf") if big else None
    return ("Sent" if sent else "INBOX"), _encode(headers, body, text, html, attachment, i, rng)


def _encode(
    headers: list[str], body: str, text: str, html: bool, attachment: tuple[int, str] | None,
    i: int, rng: random.Random,
) -> bytes:
    """Headers plus the wrapped text: plain, or with an HTML alternative and/or a random
    attachment of (KiB, file name)."""
    if not html and not attachment:
        headers = [*headers, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        return ("\r\n".join(headers) + "\r\n\r\n" + text + "\r\n").encode()
    parts = [f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}\r\n"]
    if html:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        html_part = (
            "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            f"<html><body>{paras}</body></html>\r\n"
        )
        parts = [_multipart("alternative", f"alt-{i}", [*parts, html_part])]
    if attachment:
        kib, filename = attachment
        data = base64.encodebytes(rng.randbytes(kib * 1024)).decode().replace("\n", "\r\n")
        parts.append(
            f'Content-Type: application/pdf; name="{filename}"\r\n'
            f'Content-Disposition: attachment; filename="{filename}"\r\n'
            f"Content-Transfer-Encoding: base64\r\n\r\n{data}"
        )
        top = _multipart("mixed", f"mix-{i}", parts)
    else:
        top = parts[0]
    return ("\r\n".join(headers) + "\r\n" + top).encode()


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    body = "".join(f"--{boundary}\r\n{p}\r\n" for p in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n{body}--{boundary}--\r\n'


def messages(n: int, **kwargs: int) -> Iterator[tuple[str, bytes]]:
    for i in range(n):
        yield message(i, **kwargs)


# -- a realistic mailbox, any size --------------------------------------------------------------
# messages() above is one shape repeated (ten people, no threads, no bulk): enough to time a
# fetch. mailbox() is what a person's mail looks like to the wallet: several hundred people
# written to, a few of them often and most rarely (Zipf), conversations that go back and
# forth in threads, group mail with people in Cc, cold pitches never answered, and about a
# third bulk: newsletters, notifications from no-reply senders, auto-replies and bounces.
# It is a stream with a little state (each person's open thread), so message i is the same
# bytes for any n at or above i: a benchmark can load the first 50,000, measure, then load
# the rest of the same mailbox.

FIRST = [
    "Ada", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jun", "Kofi", "Lena",
    "Mateo", "Nadia", "Omar", "Paula", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen",
    "Ximena", "Yusuf", "Zoe", "Aarav", "Bianca", "Carlos", "Dana", "Emil", "Farah", "Goran",
    "Hana", "Ivan", "Joana", "Kai", "Leila", "Milan", "Noor",
]
LAST = [
    "Abbott", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito", "Jansen",
    "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rahman", "Schmidt",
    "Tanaka", "Usman", "Varga", "Walsh", "Xu", "Yilmaz", "Zhang", "Andersson", "Baptiste",
    "Chen", "Dimitrov", "Evans", "Ferreira", "Gupta", "Horvat", "Iqbal", "Jovanovic", "Kim",
    "Larsen", "Mensah", "Novak",
]
DOMAINS = [
    "acme.example", "studio.example", "logistik.example", "partner.example", "clinic.example",
    "fornitori.example", "university.example", "fintech.example", "nordic.example", "work.example",
    "agency.example", "lab.example", "ngo.example", "council.example", "press.example",
    "consult.example", "retail.example", "health.example", "energy.example", "mail.example",
]
PITCH = [
    "We help teams like yours cut their reporting time in half.",
    "Our new platform is out and I would love to show you a quick demo.",
    "Would you have fifteen minutes next week for a short call?",
    "Leading companies already trust us with their data pipelines.",
    "I noticed your company is growing fast and thought of you.",
    "Could you leave us a review? It would mean a lot to our small team.",
]
NEWSLETTER = [
    "This week: five ideas for calmer meetings, and what we learned from our readers.",
    "New in the shop: autumn collection, free shipping over 50 euros.",
    "Your monthly summary is ready. Here are the highlights of the last four weeks.",
    "Webinar on Thursday: scaling your team without losing the culture.",
    "Product update: dark mode, faster search and a new export button.",
]
BULK_SENDERS = [
    ("Weekly Digest", "news@digest.example", "newsletter"),
    ("Shop", "newsletter@shop.example", "newsletter"),
    ("Product Updates", "updates@saas.example", "newsletter"),
    ("Events", "events@conference.example", "newsletter"),
    ("Team Chat", "noreply@chat.example", "notification"),
    ("Calendar", "calendar-notification@cal.example", "notification"),
    ("Tracker", "notifications@tracker.example", "notification"),
    ("Bank", "no-reply@bank.example", "notification"),
    ("Mail Delivery System", "MAILER-DAEMON@mail.example", "bounce"),
    ("Forum", "forum-bounces@lists.example", "list"),
]


@dataclass(frozen=True)
class Mix:
    """The shape of mailbox(): how many people, how much bulk, how fast mail comes."""

    contacts: int = 400  # people I write to (and who write back)
    cold_senders: int = 300  # people who write once or twice and never get an answer
    bulk_share: float = 0.30  # newsletters, notifications, auto-replies, bounces
    cold_share: float = 0.03
    group_share: float = 0.12  # person-to-person mail with more people in Cc
    continue_thread: float = 0.6  # a message to or from someone continues their open thread
    sent_share: float = 0.45  # of new threads, started by me
    html_share: float = 0.15
    attachment_every: int = 400  # one in this many carries a 100 KB attachment
    minutes_apart: float = 8.0  # 200,000 messages cover about three years
    start: datetime = datetime(2023, 9, 1, 7, tzinfo=timezone.utc)


@dataclass
class _Thread:
    root: str
    last: str
    subject: str
    refs: list[str]
    mine_last: bool
    when: datetime
    quoted: str


def _people(rng: random.Random, n: int, salt: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(out) < n:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        domain = rng.choice(DOMAINS)
        address = f"{first}.{last}{salt}@{domain}".lower()
        if address in seen:
            address = f"{first}.{last}{salt}{len(out)}@{domain}".lower()
        seen.add(address)
        out.append((f"{first} {last}", address))
    return out


def mailbox(n: int, mix: Mix = Mix(), *, seed: int = 1) -> Iterator[tuple[str, bytes]]:
    """(folder, raw bytes) for n messages of one person's mailbox: "Sent" or "INBOX"."""
    rng = random.Random(seed)
    people = _people(rng, mix.contacts, "")
    cold = _people(rng, mix.cold_senders, ".sales")
    weights = [1.0 / (k + 1) ** 0.85 for k in range(len(people))]  # the busiest person: ~8% of the mail
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    threads: dict[int, _Thread] = {}
    me = f"Maya Lindqvist <{ME}>"
    for i in range(n):
        when = mix.start + timedelta(minutes=mix.minutes_apart * i + rng.uniform(0, mix.minutes_apart / 2))
        msgid = f"<syn{seed}-{i}@synthetic.example>"
        r = rng.random()
        if r < mix.bulk_share:
            yield "INBOX", _bulk(rng, i, when, msgid, people, threads)
            continue
        if r < mix.bulk_share + mix.cold_share:
            name, address = cold[rng.randrange(len(cold))]
            text = " ".join(rng.sample(PITCH, 3)) + f"\n\nBest regards,\n{name}"
            yield "INBOX", _mail(f"{name} <{address}>", [me], [], "Quick question about your team", when, msgid,
                                 f"Hi Maya,\n\n{text}\n", None, [], rng, i, mix)
            continue
        k = rng.choices(range(len(people)), cum_weights=cum)[0]
        name, address = people[k]
        them = f"{name} <{address}>"
        thread = threads.get(k)
        go_on = thread is not None and (when - thread.when) < timedelta(days=21) and rng.random() < mix.continue_thread
        if go_on:
            assert thread is not None
            mine = (not thread.mine_last) if rng.random() < 0.85 else thread.mine_last
            subject = thread.subject if thread.subject.startswith("Re: ") else f"Re: {thread.subject}"
        else:
            mine = rng.random() < mix.sent_share
            subject = rng.choice(SUBJECTS)
            thread = None
        cc: list[str] = []
        if rng.random() < mix.group_share:
            for j in rng.sample(range(len(people)), rng.randint(1, 4)):
                if j != k:
                    cc.append(f"{people[j][0]} <{people[j][1]}>")
        author = "Maya" if mine else name.split()[0]
        greeting = name.split()[0] if mine else "Maya"
        body = f"Hi {greeting},\n\n{_paragraphs(rng, rng.randint(300, 1500))}\n\nBest,\n{author}\n"
        if thread is not None:
            body += f"\nOn {format_datetime(thread.when)}, {thread.quoted} wrote:\n> " + _paragraphs(rng, 300).replace("\n", "\n> ") + "\n"
        sender, to = (me, [them]) if mine else (them, [me])
        refs = (thread.refs + [thread.last])[-10:] if thread else []
        raw = _mail(sender, to, cc, subject, when, msgid, body, thread.last if thread else None, refs, rng, i, mix)
        threads[k] = _Thread(
            root=thread.root if thread else msgid, last=msgid, subject=subject, refs=refs, mine_last=mine,
            when=when, quoted="Maya" if mine else name,
        )
        yield ("Sent" if mine else "INBOX"), raw


def _bulk(
    rng: random.Random, i: int, when: datetime, msgid: str, people: list[tuple[str, str]], threads: dict[int, _Thread]
) -> bytes:
    name, address, kind = BULK_SENDERS[rng.randrange(len(BULK_SENDERS))]
    headers = [f"From: {name} <{address}>", f"To: Maya Lindqvist <{ME}>", f"Date: {format_datetime(when)}",
               f"Message-ID: {msgid}", "MIME-Version: 1.0"]
    if rng.random() < 0.08 and threads:  # an out-of-office answer to one of my threads
        k = rng.choice(list(threads))
        who, addr = people[k]
        headers[0] = f"From: {who} <{addr}>"
        headers += [f"Subject: Automatic reply: {threads[k].subject}", "Auto-Submitted: auto-replied",
                    f"In-Reply-To: {threads[k].last}"]
        text = f"I am out of the office until {format_datetime(when + timedelta(days=7))[:16]} with limited access to email."
    elif kind == "bounce":
        headers += ["Subject: Undelivered Mail Returned to Sender", "Return-Path: <>"]
        text = "This is the mail system. Your message could not be delivered to one or more recipients."
    elif kind == "notification":
        headers += [f"Subject: {rng.choice(['New comment', 'Reminder', 'Your statement', 'Mention'])} #{i}",
                    "Auto-Submitted: auto-generated"]
        text = f"You have a new notification ({i}). Open the app to see it. Do not reply to this message."
    else:
        headers += [f"Subject: {rng.choice(NEWSLETTER)[:40]}", f"List-Id: <{address.split('@')[0]}.{address.split('@')[1]}>",
                    f"List-Unsubscribe: <https://{address.split('@')[1]}/unsubscribe/{i}>", "Precedence: bulk"]
        text = "\n\n".join(rng.sample(NEWSLETTER, 3)) + "\n\n" + _paragraphs(rng, rng.randint(800, 3000))
    if kind == "newsletter" and rng.random() < 0.7:
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        alt = _multipart("alternative", f"alt-{i}", [
            f"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{_wrap(text)}\r\n",
            (
                "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                f"<html><body><table><tr><td>{paras}</td></tr></table></body></html>\r\n"
            ),
        ])
        return ("\r\n".join(headers) + "\r\n" + alt).encode()
    headers += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    return ("\r\n".join(headers) + "\r\n\r\n" + _wrap(text) + "\r\n").encode()


def _mail(
    sender: str, to: list[str], cc: list[str], subject: str, when: datetime, msgid: str, body: str,
    in_reply_to: str | None, refs: list[str], rng: random.Random, i: int, mix: Mix,
) -> bytes:
    headers = [f"From: {sender}", f"To: {', '.join(to)}"]
    if cc:
        headers.append(f"Cc: {', '.join(cc)}")
    headers += [f"Subject: {subject}", f"Date: {format_datetime(when)}", f"Message-ID: {msgid}", "MIME-Version: 1.0",
                f"Received: from mx{i % 5}.example ([192.0.2.{i % 250}]) by mail.example with ESMTPS; {format_datetime(when)}"]
    if in_reply_to:
        headers += [f"In-Reply-To: {in_reply_to}", f"References: {' '.join(refs)}"]
    text = _wrap(body)
    html = rng.random() < mix.html_share
    big = mix.attachment_every and i % mix.attachment_every == 1
    return _encode(headers, body, text, html, (100, f"notes-{i}.pdf") if big else None, i, rng)


def main() -> None:
    """Write a mailbox as an mbox file (or print its shape): python synthetic_mail.py N [FILE]"""
    import sys
    from collections import Counter
    from contextlib import ExitStack

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    folders: Counter[str] = Counter()
    size = 0
    with ExitStack() as stack:
        out = stack.enter_context(open(sys.argv[2], "wb")) if len(sys.argv) > 2 else None
        for folder, raw in mailbox(n):
            folders[folder] += 1
            size += len(raw)
            if out:
                body = raw.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
                out.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 1970\n" + body + b"\n")
    print(f"{n:,} messages, {size / 1e6:.1f} MB: {dict(folders)}")


if __name__ == "__main__":
    main()
