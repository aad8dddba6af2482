"""The weekly digest: one email to yourself saying how full the wallet is, what changed, what
needs attention and what to do next.

`gather_digest` reads the store (it refreshes the wallet for each day of the period, so the
chart shows the real total day by day); `build_digest` is pure and turns that into a
multipart/alternative message, plain text plus HTML; `send_digest` delivers it by SMTP or by
appending it to the INBOX of an IMAP account; `deliver_digest` also remembers the week, so a
second cron run in the same ISO week sends nothing.

The HTML is written for mail clients, not browsers: tables for layout, inline styles only, no
JavaScript, no images, one column at most 600 px wide. Every string that came from mail (names,
addresses, subjects, alert details quoting them) goes through safe() and html.escape().
"""

from __future__ import annotations

import html
import math
import secrets
import smtplib
import ssl
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

import sqlite_utils

from . import store
from .config import Account, Config, DigestSettings
from .credentials import Secret, account_secret, get_secret
from .errors import ConfigError, InboxwalletError
from .parse import DIGEST_HEADER
from .report import safe
from .wallet import AlertRow, Wallet, cutoff, identity, refresh

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
SMTP_TIMEOUT = 60.0
# EHLO with an address literal: no DNS look-up of our own name, and the host name stays private
EHLO_NAME = "[127.0.0.1]"
MAX_CHART_POINTS = 32
TOP_MOVERS = 3
MAX_LISTED = 10
WAITING_DAYS = 30  # people whose last unanswered message is older than this are alerts, not news
TEXT_WIDTH = 72

KIND_LABELS = {
    "ignored": "no answer to you",
    "unanswered": "you have not answered",
    "self_promo_heavy": "mostly pitches",
    "not_reciprocating": "they give more",
    "overdrawn": "overdrawn",
    "fading": "fading",
}


class DeliveryError(InboxwalletError):
    "The digest could not be delivered"


# -- what the digest says --------------------------------------------------------------------------


@dataclass(frozen=True)
class Mover:
    """A relationship's wallet at the start and the end of the period."""

    contact: int
    name: str | None
    address: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class StageChange:
    contact: int
    name: str | None
    address: str
    before: str | None  # None: not a contact with mail yet
    after: str | None


@dataclass(frozen=True)
class Waiting:
    """Someone whose mail to you (you in To) has had no answer yet."""

    contact: int
    name: str | None
    address: str
    first: str  # ISO time of the first unanswered message
    messages: int
    subject: str


@dataclass(frozen=True)
class MailCounts:
    sent: int = 0  # person-to-person, dated in the period
    received: int = 0
    bulk: int = 0  # lists, automated mail, digests: never counts
    stored: int = 0  # new rows stored (by sync or import) during the period
    quarantined: int = 0


@dataclass(frozen=True)
class DigestFacts:
    """Everything the digest shows besides the wallet of the report date."""

    start: date  # the day before the period: its total is what the change is measured from
    totals: tuple[tuple[date, float], ...]  # the total wallet at the end of each charted day
    gains: tuple[Mover, ...]
    losses: tuple[Mover, ...]
    stages: tuple[StageChange, ...]
    waiting: tuple[Waiting, ...]
    counts: MailCounts

    @property
    def change(self) -> float:
        return self.totals[-1][1] - self.totals[0][1] if self.totals else 0.0


def chart_days(start: date, as_of: date, max_points: int = MAX_CHART_POINTS) -> list[date]:
    """The days the chart shows: every day for a month or less, else evenly spaced ones
    counted back from the report date; always the start and the report date."""
    days = (as_of - start).days
    step = 1 if days < max_points else max(7, math.ceil(days / (max_points - 1)))
    picked = {as_of - timedelta(days=k) for k in range(0, days + 1, step)}
    return sorted(picked | {start})


def compare_wallets(before: Wallet, after: Wallet) -> tuple[tuple[Mover, ...], tuple[Mover, ...], tuple[StageChange, ...]]:
    """Who gained and lost most between two report dates, and whose stage changed."""
    old = {r.contact: r for r in before.rows}
    movers = [
        Mover(r.contact, r.name, r.address, old[r.contact].given if r.contact in old else 0.0, r.given)
        for r in after.rows
    ]
    gains = sorted((m for m in movers if round(m.delta, 2) > 0), key=lambda m: (-m.delta, m.address))
    losses = sorted((m for m in movers if round(m.delta, 2) < 0), key=lambda m: (m.delta, m.address))
    order = {"advocate": 0, "client": 1, "engaged": 2, "prospect": 3, "dormant": 4, None: 5}
    stages = [
        StageChange(r.contact, r.name, r.address, old[r.contact].stage if r.contact in old else None, r.stage)
        for r in after.rows
        if (old[r.contact].stage if r.contact in old else None) != r.stage
    ]
    stages.sort(key=lambda s: (order.get(s.after, 5), s.address))
    return tuple(gains[:TOP_MOVERS]), tuple(losses[:TOP_MOVERS]), tuple(stages)


def gather_digest(db: sqlite_utils.Database, config: Config, as_of: date, days: int = 7) -> tuple[Wallet, DigestFacts]:
    """Refresh the wallet for each charted day of the period (oldest first, so the alerts table
    moves forward the way daily runs would move it) and read what else the digest needs."""
    if days < 1:
        raise ValueError("days must be at least 1")
    start = as_of - timedelta(days=days)
    totals: list[tuple[date, float]] = []
    first: Wallet | None = None
    wallet: Wallet | None = None
    for day in chart_days(start, as_of):
        wallet = refresh(db, config, day)
        if first is None:
            first = wallet
        totals.append((day, wallet.total))
    assert first is not None and wallet is not None
    gains, losses, stages = compare_wallets(first, wallet)
    period_start = f"{(start + timedelta(days=1)).isoformat()}T00:00:00Z"
    waiting_since = as_of - timedelta(days=max(days, WAITING_DAYS) - 1)
    waiting = store.digest_waiting(
        db, my_addresses=identity(db, config), since=f"{waiting_since.isoformat()}T00:00:00Z", before=cutoff(as_of)
    )
    counts = store.digest_mail_counts(db, period_start, cutoff(as_of))
    facts = DigestFacts(
        start=start,
        totals=tuple(totals),
        gains=gains,
        losses=losses,
        stages=stages,
        waiting=tuple(
            Waiting(w["contact"], w["name"], w["address"], w["first"], w["messages"], w["subject"] or "")
            for w in waiting
        ),
        counts=MailCounts(**counts),
    )
    return wallet, facts


# -- building the message -----------------------------------------------------------------------------


def digest_addresses(config: Config) -> tuple[str, str]:
    """(From, To): `to` defaults to the first [identity] address, `sender` to `to`."""
    settings = config.digest
    to = settings.to or (config.my_addresses[0] if config.my_addresses else None)
    if not to:
        raise ConfigError(f"{config.path or 'config'}: digest.to: not set, and no [identity] addresses to send to")
    sender = settings.sender or to
    for key, value in (("to", to), ("sender", sender)):
        if "@" not in value or any(c.isspace() or c in "<>,;\"" for c in value):
            raise ConfigError(f"{config.path or 'config'}: digest.{key}: {value!r} is not a plain address")
    return sender, to


def build_digest(
    wallet: Wallet,
    facts: DigestFacts,
    *,
    sender: str,
    to: str,
    as_of: date,
    days: int,
    now: datetime | None = None,
    message_id: str | None = None,
) -> EmailMessage:
    """The digest as a multipart/alternative message (plain text, then HTML). Pure but for
    the clock and a random Message-ID, both of which can be given."""
    now = now or datetime.now(timezone.utc)
    week = iso_week(as_of)
    new, _still = _split_alerts(wallet, facts.start)
    change = facts.change

    message = EmailMessage()
    message["From"] = formataddr(("inboxwallet", sender))
    message["To"] = to
    message["Subject"] = (
        f"Your wallet: {_num(wallet.total)} ({_num(change, signed=True)} in {_days(days)})"
        + (f", {_plural(len(new), 'new alert')}" if new else "")
    )
    message["Date"] = format_datetime(now if now.tzinfo else now.replace(tzinfo=timezone.utc))
    # short enough never to be folded; make_msgid() would also look up our host name
    message["Message-ID"] = message_id or f"<digest.{week}.{secrets.token_hex(8)}@{sender.rsplit('@', 1)[1]}>"
    message[DIGEST_HEADER] = "1"
    # RFC 3834: vacation responders must not answer it
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(render_text(wallet, facts, as_of=as_of, days=days))
    message.add_alternative(render_html(wallet, facts, as_of=as_of, days=days), subtype="html")
    return message


def plain_text(message: EmailMessage) -> str:
    """The plain-text part, as a person reads it."""
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def html_part(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    return part.get_content() if part is not None else ""


def make_digest(db: sqlite_utils.Database, config: Config, as_of: date, days: int = 7) -> EmailMessage:
    """gather_digest, then build_digest with the addresses from [digest]."""
    sender, to = digest_addresses(config)
    wallet, facts = gather_digest(db, config, as_of, days)
    return build_digest(wallet, facts, sender=sender, to=to, as_of=as_of, days=days)


def _split_alerts(wallet: Wallet, start: date) -> tuple[list[AlertRow], list[AlertRow]]:
    """Open alerts (acknowledged ones stay quiet): new = opened during the period."""
    new = [a for a in wallet.open_alerts if (a.opened or "") > start.isoformat()]
    still = [a for a in wallet.open_alerts if (a.opened or "") <= start.isoformat()]
    return new, still


def iso_week(day: date) -> str:
    """2026-W23: the week the once-a-week guard counts in."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _num(value: float, *, signed: bool = False) -> str:
    value = round(value, 2) + 0.0  # no "-0.00"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _days(n: int) -> str:
    return _plural(n, "day")


def _who_full(name: str | None, address: str) -> str:
    return f"{safe(name)} <{safe(address)}>" if name and safe(name) else safe(address)


def _waited(iso: str, as_of: date) -> str:
    """How long someone has waited: since today, 1 day, 9 days."""
    n = (as_of - date.fromisoformat(iso[:10])).days
    return "since today" if n <= 0 else _days(n)


def _stage_note(before: str | None, after: str | None) -> str:
    """A few words on what a stage change means."""
    if before is None:
        return "new contact" if after == "prospect" else f"new contact, already {after}"
    if after == "advocate":
        return "introduced you to someone you now write with"
    if before == "prospect" and after in ("engaged", "client"):
        return "replied"
    if before == "dormant":
        return "back in touch"
    if after == "dormant":
        return "gone quiet"
    if after == "client":
        return "mail both ways in three separate months"
    return f"{before} to {after}"


def _arrow(before: str | None, after: str | None) -> str:
    return f"{before or 'new'} → {after or 'no mail'}"


# -- plain text ----------------------------------------------------------------------------------------


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    return textwrap.wrap(
        text, TEXT_WIDTH, initial_indent=indent if first is None else first, subsequent_indent=indent,
        break_long_words=True, break_on_hyphens=False,
    ) or [indent]


def _text_chart(totals: Sequence[tuple[date, float]], width: int = 28) -> list[str]:
    shown = list(totals)
    if len(shown) > 15:  # a plain-text client gets at most 15 lines, the last always included
        step = math.ceil(len(shown) / 15)
        shown = shown[::-1][::step][::-1]
        if shown[0] != totals[0]:
            shown.insert(0, totals[0])
    top = max((abs(v) for _, v in shown), default=0.0) or 1.0
    lines = []
    previous: float | None = None
    for day, value in shown:
        bar = "█" * max(0, round(abs(value) / top * width)) or "·"
        sign = "-" if value < 0 else " "
        delta = "" if previous is None else _num(value - previous, signed=True)
        lines.append(f"  {day.strftime('%a %d %b')}  {sign}{bar:<{width}}  {_num(value):>8}  {delta:>7}".rstrip())
        previous = value
    return lines


def render_text(wallet: Wallet, facts: DigestFacts, *, as_of: date, days: int) -> str:
    """The plain-text part: short lines, no markup, every string from mail through safe()."""
    new, still = _split_alerts(wallet, facts.start)
    lines = [
        f"Your inboxwallet, {_days(days)} to {as_of.strftime('%A %d %B %Y')}",
        "",
        (
            f"How full is your wallet? {_num(wallet.total)} "
            f"({_num(facts.change, signed=True)} since {facts.start.strftime('%a %d %b')})"
        ),
        "",
        *_text_chart(facts.totals),
        "",
    ]

    def heading(title: str) -> None:
        lines.extend([title, "-" * len(title)])

    def alert_block(alerts: Sequence[AlertRow]) -> None:
        for a in alerts:
            lines.extend(_wrap(f"{_who_full(a.name, a.address)}: {KIND_LABELS.get(a.kind, a.kind)}, since {a.opened}", "  ", "* "))
            lines.extend(_wrap(safe(a.detail), "  "))
            if a.suggestion:
                lines.extend(_wrap(safe(a.suggestion), "    ", "  → "))
        lines.append("")

    heading("What needs your attention")
    if not new and not still and not facts.waiting:
        lines.extend(["Nothing: no open alerts and nobody waiting for your answer.", ""])
    if new:
        lines.extend([f"New alerts ({len(new)})", ""])
        alert_block(new)
    if still:
        lines.extend([f"Still open ({len(still)})", ""])
        alert_block(still)
    if facts.waiting:
        lines.extend([f"Waiting for your answer ({len(facts.waiting)})", ""])
        for w in facts.waiting[:MAX_LISTED]:
            subject = f' "{safe(w.subject)}"' if safe(w.subject) else ""
            more = f", {w.messages} messages" if w.messages > 1 else ""
            lines.extend(_wrap(f"{_who_full(w.name, w.address)}{subject}, waiting {_waited(w.first, as_of)}{more}", "  ", "* "))
        if len(facts.waiting) > MAX_LISTED:
            lines.append(f"  and {len(facts.waiting) - MAX_LISTED} more")
        lines.append("")

    if facts.gains or facts.losses:
        heading("Relationships that moved most")
        for title, movers in (("Gained", facts.gains), ("Lost", facts.losses)):
            for m in movers:
                lines.extend(_wrap(
                    f"{title}: {_who_full(m.name, m.address)} {_num(m.delta, signed=True)} (now {_num(m.after)})", "  ", "* "
                ))
        lines.append("")

    if facts.stages:
        heading("Stage changes")
        for s in facts.stages[:MAX_LISTED]:
            lines.extend(_wrap(f"{_who_full(s.name, s.address)}: {_arrow(s.before, s.after)} ({_stage_note(s.before, s.after)})", "  ", "* "))
        if len(facts.stages) > MAX_LISTED:
            lines.append(f"  and {len(facts.stages) - MAX_LISTED} more")
        lines.append("")

    c = facts.counts
    heading("Mail in these " + _days(days))
    lines.extend(_wrap(
        f"{c.sent} sent and {c.received} received person to person; {c.bulk} bulk or automated "
        f"(never counts). {c.stored} new messages stored, {c.quarantined} quarantined."
    ))
    lines += [
        "",
        "-- ",
        f"inboxwallet, figures as of {as_of.isoformat()} (UTC).",
        "`inboxwallet report` and `inboxwallet alerts` have the whole picture.",
    ]
    return "\n".join(lines) + "\n"


# -- HTML ------------------------------------------------------------------------------------------------
# Tables and inline styles, because that is what Gmail, Outlook and phone clients keep.

FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
INK = "#1d2b24"
MUTED = "#5f6f66"
LINE = "#e3e8e4"
GREEN = "#2f7d57"
GREEN_LIGHT = "#9cc9b0"
RED = "#b2453a"
REFERENCE = "#b7c2bb"  # the day before the period: what the change is measured from
AMBER = "#c98a14"
PAPER = "#f2f4f1"


def _h(text: object) -> str:
    """Text from mail, made harmless for HTML."""
    return html.escape(safe(text), quote=True)


def _h_who(name: str | None, address: str) -> str:
    if name and safe(name):
        return (
            f'<strong>{_h(name)}</strong>'
            f'<div style="color:{MUTED};font-size:13px;line-height:18px;word-break:break-all;">{_h(address)}</div>'
        )
    return f'<strong style="word-break:break-all;">{_h(address)}</strong>'


def _html_chart(totals: Sequence[tuple[date, float]]) -> str:
    """Bars of the total wallet, one per charted day, from a zero line (below it if negative)."""
    if not totals:
        return ""
    height = 110
    top = max(0.0, *(v for _, v in totals))
    bottom = max(0.0, *(-v for _, v in totals))
    span = (top + bottom) or 1.0
    up_h, down_h = round(height * top / span), round(height * bottom / span)
    labels = len(totals) <= 14
    cells_up, cells_down, cells_day, cells_delta = [], [], [], []
    previous: float | None = None
    for i, (day, value) in enumerate(totals):
        last = i == len(totals) - 1
        rising = previous is None or round(value, 2) >= round(previous, 2)
        colour = REFERENCE if previous is None else (GREEN if rising else GREEN_LIGHT) if value >= 0 else RED
        bar = max(2, round(height * abs(value) / span)) if abs(value) >= 0.005 else 0
        label = (
            f'<div style="font-size:10px;line-height:12px;color:{INK if last else MUTED};'
            f'{"font-weight:700;" if last else ""}padding-bottom:2px;">{_num(value)}</div>'
            if labels or last or i == 0 else ""
        )
        block = (
            f'<div style="height:{bar}px;background:{colour};border-radius:3px 3px 0 0;'
            f'font-size:0;line-height:0;">&nbsp;</div>'
            if bar else ""
        )
        cell = f"padding:0 2px;text-align:center;width:{100 / len(totals):.1f}%;"
        if value >= 0:
            cells_up.append(f'<td valign="bottom" style="{cell}vertical-align:bottom;height:{up_h + 16}px;">{label}{block}</td>')
            cells_down.append(f'<td style="{cell}"></td>')
        else:
            down_block = block.replace("3px 3px 0 0", "0 0 3px 3px")
            cells_up.append(f'<td valign="bottom" style="{cell}vertical-align:bottom;height:{up_h + 16}px;"></td>')
            cells_down.append(f'<td valign="top" style="{cell}vertical-align:top;height:{down_h + 16}px;">{down_block}{label}</td>')
        show_day = labels or last or i == 0
        day_text = (day.strftime("%a") + "<br>" + str(day.day)) if labels else day.strftime("%d %b")
        cells_day.append(
            f'<td style="{cell}font-size:10px;line-height:12px;color:{INK if last else MUTED};'
            f'{"font-weight:700;" if last else ""}padding-top:4px;">{day_text if show_day else ""}</td>'
        )
        delta = "" if previous is None else _num(value - previous, signed=True)
        cells_delta.append(
            f'<td style="{cell}font-size:10px;line-height:12px;padding-top:2px;'
            f'color:{GREEN if rising else RED};">{delta}</td>'
        )
        previous = value
    rows = [f"<tr>{''.join(cells_up)}</tr>", f'<tr><td colspan="{len(totals)}" style="border-top:1px solid {MUTED};font-size:0;line-height:0;height:1px;">&nbsp;</td></tr>']
    if bottom:
        rows.append(f"<tr>{''.join(cells_down)}</tr>")
    rows.append(f"<tr>{''.join(cells_day)}</tr>")
    if labels:
        rows.append(f"<tr>{''.join(cells_delta)}</tr>")
    def swatch(colour: str) -> str:
        return f"display:inline-block;width:9px;height:9px;border-radius:2px;background:{colour};"

    legend = (
        f'<div style="margin-top:8px;font-size:11px;line-height:15px;color:{MUTED};">'
        f'<span style="{swatch(GREEN)}"></span> rose that day &nbsp; '
        f'<span style="{swatch(GREEN_LIGHT)}"></span> fell (what you gave loses value as it ages, '
        "so even a quiet day lowers it a little)</div>"
    )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;table-layout:fixed;font-family:{FONT};">' + "".join(rows) + "</table>"
        + legend
    )


def _section(title: str, body: str, *, note: str = "") -> str:
    small = f' <span style="font-weight:400;color:{MUTED};font-size:13px;">{note}</span>' if note else ""
    return (
        f'<tr><td style="padding:20px 24px 4px 24px;border-top:1px solid {LINE};">'
        f'<h2 style="margin:0 0 10px 0;font-size:17px;line-height:22px;color:{INK};font-weight:700;">{title}{small}</h2>'
        f"{body}</td></tr>"
    )


def _html_alert(a: AlertRow, accent: str) -> str:
    suggestion = (
        f'<div style="margin-top:8px;padding:8px 10px;background:#f3f8f4;border-radius:4px;'
        f'font-size:14px;line-height:20px;color:{INK};"><span style="color:{GREEN};font-weight:700;">What to do:</span> '
        f"{_h(a.suggestion)}</div>"
        if a.suggestion else ""
    )
    return (
        f'<div style="margin:0 0 14px 0;padding:2px 0 2px 12px;border-left:4px solid {accent};">'
        f'<div style="font-size:15px;line-height:21px;">{_h_who(a.name, a.address)}</div>'
        f'<div style="font-size:12px;line-height:18px;color:{accent};font-weight:700;text-transform:uppercase;'
        f'letter-spacing:0.4px;">{html.escape(KIND_LABELS.get(a.kind, a.kind))} · since {_h(a.opened or "")}</div>'
        f'<div style="font-size:14px;line-height:20px;color:{INK};margin-top:2px;">{_h(a.detail)}</div>'
        f"{suggestion}</div>"
    )


def _rows_table(rows: Sequence[tuple[str, str]]) -> str:
    """Two columns that survive a phone: who (left) and a figure (right)."""
    body = "".join(
        f'<tr><td style="padding:7px 0;border-bottom:1px solid {LINE};font-size:15px;line-height:20px;'
        f'word-break:break-word;">{left}</td>'
        f'<td align="right" style="padding:7px 0 7px 8px;border-bottom:1px solid {LINE};font-size:15px;'
        f'line-height:20px;white-space:nowrap;text-align:right;vertical-align:top;">{right}</td></tr>'
        for left, right in rows
    )
    return (
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;margin-bottom:12px;">{body}</table>'
    )


def render_html(wallet: Wallet, facts: DigestFacts, *, as_of: date, days: int) -> str:
    """The HTML part: one column, at most 600 px, inline styles, no scripts, no images."""
    new, still = _split_alerts(wallet, facts.start)
    change = round(facts.change, 2) + 0.0
    change_colour = GREEN if change > 0 else RED if change < 0 else MUTED
    arrow = "▲" if change > 0 else "▼" if change < 0 else "•"
    preheader = (
        f"{_num(wallet.total)} ({_num(change, signed=True)} in {_days(days)}) · "
        f"{_plural(len(new), 'new alert')} · {len(facts.waiting)} waiting for your answer"
    )

    sections: list[str] = []
    attention: list[str] = []
    if new:
        attention.append(f'<div style="font-size:13px;color:{MUTED};margin:0 0 8px 0;">NEW THIS PERIOD</div>')
        attention += [_html_alert(a, AMBER) for a in new]
    if still:
        attention.append(f'<div style="font-size:13px;color:{MUTED};margin:6px 0 8px 0;">STILL OPEN</div>')
        attention += [_html_alert(a, "#9aa59f") for a in still]
    if facts.waiting:
        attention.append(f'<div style="font-size:13px;color:{MUTED};margin:6px 0 4px 0;">WAITING FOR YOUR ANSWER</div>')
        rows = []
        for w in facts.waiting[:MAX_LISTED]:
            subject = (
                f'<div style="font-size:13px;color:{MUTED};">“{_h(w.subject)}”'
                + (f" and {w.messages - 1} more" if w.messages > 1 else "") + "</div>"
                if safe(w.subject) else ""
            )
            rows.append((_h_who(w.name, w.address) + subject, html.escape(_waited(w.first, as_of))))
        attention.append(_rows_table(rows))
        if len(facts.waiting) > MAX_LISTED:
            attention.append(f'<p style="font-size:13px;color:{MUTED};">and {len(facts.waiting) - MAX_LISTED} more</p>')
    if not attention:
        attention.append(
            f'<p style="margin:0 0 14px 0;font-size:15px;color:{MUTED};">Nothing: no open alerts and nobody '
            "waiting for your answer.</p>"
        )
    sections.append(_section("What needs your attention", "".join(attention)))

    if facts.gains or facts.losses:
        moved = []
        for title, movers in (("GAINED MOST", facts.gains), ("LOST MOST", facts.losses)):
            if not movers:
                continue
            moved.append(f'<div style="font-size:13px;color:{MUTED};margin:0 0 2px 0;">{title}</div>')
            moved.append(_rows_table([
                (_h_who(m.name, m.address),
                 (f'<span style="color:{GREEN if m.delta > 0 else RED};font-weight:700;">{_num(m.delta, signed=True)}</span>'
                  f'<div style="font-size:13px;color:{MUTED};font-weight:400;">now {_num(m.after)}</div>'))
                for m in movers
            ]))
        sections.append(_section("Relationships that moved most", "".join(moved)))

    if facts.stages:
        rows = [
            (_h_who(s.name, s.address) + f'<div style="font-size:13px;color:{MUTED};">{html.escape(_stage_note(s.before, s.after))}</div>',
             f'<span style="font-size:13px;color:{INK};">{html.escape(_arrow(s.before, s.after))}</span>')
            for s in facts.stages[:MAX_LISTED]
        ]
        more = (
            f'<p style="font-size:13px;color:{MUTED};">and {len(facts.stages) - MAX_LISTED} more</p>'
            if len(facts.stages) > MAX_LISTED else ""
        )
        sections.append(_section("Stage changes", _rows_table(rows) + more))

    c = facts.counts
    figures = [(c.sent, "sent"), (c.received, "received"), (c.bulk, "bulk"), (c.stored, "stored")]
    cells = "".join(
        f'<td align="center" style="padding:6px 2px;text-align:center;width:25%;">'
        f'<div style="font-size:20px;line-height:24px;font-weight:700;color:{INK};">{n:,}</div>'
        f'<div style="font-size:12px;line-height:16px;color:{MUTED};">{label}</div></td>'
        for n, label in figures
    )
    quarantine = f" {c.quarantined} could not be stored (see <code>inboxwallet quarantine</code>)." if c.quarantined else ""
    sections.append(_section(
        f"Mail in these {_days(days)}",
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        f'style="border-collapse:collapse;margin-bottom:10px;"><tr>{cells}</tr></table>'
        f'<p style="margin:0 0 14px 0;font-size:13px;line-height:18px;color:{MUTED};">Sent and received count '
        f"person-to-person mail only; bulk (lists, automated mail, these digests) never counts.{quarantine}</p>",
    ))

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>Your inboxwallet digest</title>
</head>
<body style="margin:0;padding:0;background:{PAPER};-webkit-text-size-adjust:100%;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">{html.escape(preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:{PAPER};">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border-radius:10px;border-collapse:separate;font-family:{FONT};color:{INK};">
<tr><td style="padding:22px 24px 0 24px;">
<div style="font-size:12px;line-height:16px;letter-spacing:0.6px;text-transform:uppercase;color:{GREEN};font-weight:700;">inboxwallet · week {iso_week(as_of)[-2:]}</div>
<div style="font-size:14px;line-height:20px;color:{MUTED};margin-top:2px;">{_days(days)} to {as_of.strftime('%A %d %B %Y')}</div>
</td></tr>
<tr><td style="padding:14px 24px 6px 24px;">
<div style="font-size:14px;line-height:20px;color:{MUTED};">How full is your wallet?</div>
<div style="font-size:40px;line-height:46px;font-weight:700;color:{INK};">{_num(wallet.total)}</div>
<div style="display:inline-block;margin-top:4px;padding:3px 10px;border-radius:12px;background:{change_colour};color:#ffffff;font-size:14px;line-height:20px;font-weight:700;">{arrow} {_num(change, signed=True)} since {facts.start.strftime('%a %d %b')}</div>
</td></tr>
<tr><td style="padding:14px 24px 18px 24px;">{_html_chart(facts.totals)}</td></tr>
{''.join(sections)}
<tr><td style="padding:16px 24px 22px 24px;border-top:1px solid {LINE};font-size:12px;line-height:18px;color:{MUTED};">
Figures as of {as_of.isoformat()} (UTC). <code>inboxwallet report</code> and <code>inboxwallet alerts</code> have the whole picture.<br>
You get this because [digest] is set in your inboxwallet config; it never counts as mail.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


# -- delivery ------------------------------------------------------------------------------------------


def digest_account(config: Config) -> Account:
    """The [[accounts]] entry a via = "imap" digest is appended to: [digest] account, or the
    only account there is."""
    name = config.digest.account
    if name:
        return config.account(name)
    if len(config.accounts) == 1:
        return config.accounts[0]
    where = config.path or "config"
    if not config.accounts:
        raise ConfigError(f"{where}: digest.via: 'imap' needs an [[accounts]] entry to append to")
    raise ConfigError(f"{where}: digest.account: required with via = 'imap' and several accounts")


def send_digest(
    message: EmailMessage,
    settings: DigestSettings,
    *,
    account: Account | None = None,
    secret: Secret | None = None,
    smtp_factory: Callable[..., Any] = smtplib.SMTP,
    smtp_ssl_factory: Callable[..., Any] = smtplib.SMTP_SSL,
    imap_factory: Callable[..., Any] | None = None,
    environ: Mapping[str, str] | None = None,
    timeout: float = SMTP_TIMEOUT,
) -> str:
    """Deliver the digest as `settings.via` says, and say where it went. via = "smtp": TLS
    (ssl or starttls, certificate verified, ca_file trusted too) and AUTH when a username is
    set. via = "imap": APPEND into the INBOX of `account`. The factories are the test seams."""
    if settings.via == "smtp":
        return _send_smtp(message, settings, secret, smtp_factory, smtp_ssl_factory, environ, timeout)
    if settings.via == "imap":
        if account is None:
            raise ConfigError("digest.via: 'imap' needs an [[accounts]] entry to append to")
        from .imap import append_digest

        secret = secret or account_secret(account, environ=environ)
        factory: dict[str, Any] = {"client_factory": imap_factory} if imap_factory else {}
        date_header = message["Date"]
        when = date_header.datetime if date_header is not None and hasattr(date_header, "datetime") else None
        append_digest(account, secret, message.as_bytes(policy=policy.SMTP), when=when, **factory)
        return f"appended to INBOX of account {account.name!r} ({account.host}:{account.port})"
    raise ConfigError(f"digest.via: must be 'smtp' or 'imap', not {settings.via!r}")


def _smtp_context(settings: DigestSettings) -> ssl.SSLContext:
    """The system's trusted CAs plus `ca_file`; hostname and chain always checked."""
    context = ssl.create_default_context()
    if settings.ca_file:
        try:
            context.load_verify_locations(cafile=settings.ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"digest.ca_file: {settings.ca_file}: cannot be read ({exc})") from None
    return context


def _send_smtp(
    message: EmailMessage,
    settings: DigestSettings,
    secret: Secret | None,
    smtp_factory: Callable[..., Any],
    smtp_ssl_factory: Callable[..., Any],
    environ: Mapping[str, str] | None,
    timeout: float,
) -> str:
    where = f"{settings.host}:{settings.port}"
    if settings.tls not in ("ssl", "starttls", "none"):
        raise ConfigError(f"digest.tls: must be one of ssl, starttls, none, not {settings.tls!r}")
    if settings.tls == "none" and settings.host not in LOCAL_HOSTS:
        raise ConfigError("digest.tls: 'none' is only allowed for 127.0.0.1 or localhost")
    context = _smtp_context(settings) if settings.tls != "none" else None
    if settings.username and secret is None:
        secret = get_secret(settings, label="[digest]", keyring_user="digest", environ=environ)
    revealed = secret.reveal() if secret is not None else ""

    def scrub(text: object) -> str:
        line = " ".join(str(text).split())
        if revealed and revealed in line:
            line = line.replace(revealed, "********")
        return line[:200]

    def reply(exc: smtplib.SMTPResponseException) -> str:
        text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return scrub(f"{exc.smtp_code} {text}")

    sender = message["From"].addresses[0].addr_spec if message["From"] is not None else ""
    recipients = [a.addr_spec for a in message["To"].addresses] if message["To"] is not None else []
    try:
        if settings.tls == "ssl":
            client = smtp_ssl_factory(settings.host, settings.port, local_hostname=EHLO_NAME, timeout=timeout, context=context)
        else:
            client = smtp_factory(settings.host, settings.port, local_hostname=EHLO_NAME, timeout=timeout)
        with client:
            client.ehlo()
            if settings.tls == "starttls":
                if not client.has_extn("starttls"):
                    raise DeliveryError(f"{where}: the server does not offer STARTTLS; refusing to send in plain text")
                client.starttls(context=context)
                client.ehlo()
            if settings.username and secret is not None:
                client.login(settings.username, revealed)
            refused = client.send_message(message, from_addr=sender, to_addrs=recipients)
        if refused:
            raise DeliveryError(f"{where}: the server refused {', '.join(sorted(refused))}")
    except ssl.SSLCertVerificationError as exc:
        raise DeliveryError(
            f"{where}: the server's certificate did not verify ({exc.verify_message}); "
            "if it uses a private CA, set digest.ca_file"
        ) from None
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"{where} refused the login for {settings.username!r} ({reply(exc)})") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{where}: {scrub(exc)}") from None
    except smtplib.SMTPRecipientsRefused as exc:
        raise DeliveryError(f"{where}: the server refused the recipient {', '.join(sorted(exc.recipients))}") from None
    except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        raise DeliveryError(f"{where}: the server refused the message ({reply(exc)})") from None
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"{where}: the server said {reply(exc)}") from None
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPException) as exc:
        raise DeliveryError(f"{where}: SMTP failed: {scrub(exc) or type(exc).__name__}") from None
    except ssl.SSLError as exc:
        raise DeliveryError(
            f"{where}: TLS failed ({scrub(exc.reason or exc)}); does port {settings.port} speak tls = {settings.tls!r}?"
        ) from None
    except OSError as exc:
        raise DeliveryError(f"{where}: cannot connect: {scrub(exc.strerror or exc)}") from None
    return f"sent to {', '.join(recipients)} through {where} (smtp, {settings.tls})"


# -- once a week -------------------------------------------------------------------------------------------


def sent_this_week(db: sqlite_utils.Database, as_of: date) -> dict[str, Any] | None:
    """The record of a digest already sent for the ISO week of `as_of`, if there is one."""
    last = store.digest_last_sent(db)
    return last if last and last.get("week") == iso_week(as_of) else None


def deliver_digest(
    db: sqlite_utils.Database, config: Config, message: EmailMessage, as_of: date, **seams: Any
) -> str:
    """send_digest as [digest] says, then remember the week (only once it went out)."""
    settings = config.digest
    account = digest_account(config) if settings.via == "imap" else None
    where = send_digest(message, settings, account=account, **seams)
    store.save_digest_sent(db, {
        "week": iso_week(as_of),
        "as_of": as_of.isoformat(),
        "sent_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "via": settings.via,
        "message_id": str(message["Message-ID"] or ""),
    })
    return where
