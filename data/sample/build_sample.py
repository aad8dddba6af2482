#!/usr/bin/env python3
"""Build the sample mailbox that ships with `inboxwallet demo`.

Owner of the mailbox: Maya Lindqvist, independent product/UX consultant in
Stockholm (maya@lindqvist.example, and now and then maya.lindqvist@fastmail.example).
Period: 2025-11-03 .. 2026-10-30.  Report date for the demo: 2026-11-02.

Every message below was written by hand.  Each one is a single call to m():

    m(key, local_time, sender, to, subject, body, re=<key of the message it
      answers>, cc=[...], t="<intended tags>", **options)

* local_time is the sender's wall-clock time; the UTC offset (+0100, +0200,
  -0500, +0530 ...) comes from the sender's time zone, DST included.
* subject=None on a reply means "Re: <subject of the message answered>"
  (with the sender's own prefix: "Re:", "RE:", "AW:").
* Replies get In-Reply-To / References and quote the earlier message the way
  the sender's mail client does (Gmail, Apple Mail, Fastmail, Outlook, German
  Thunderbird); senders' signatures and legal footers are appended.
* t is what the author meant the message to carry, in the terms of
  shared/labeling-guide.md: V=value_giving A=apologetic L=listening
  S=self_promotional.  It is NOT written into the mbox; it is kept here only as
  documentation of the intended stories (see README.md).

The script is deterministic (no randomness, no clock): running it twice gives
the same mailbox.mbox byte for byte.  Python 3.11 standard library only.
"""

import html
import importlib
import mailbox
import os
import sys
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mailbox.mbox")

# --------------------------------------------------------------------------
# time zones (hand-coded so the script needs no tz database)
# --------------------------------------------------------------------------

def _last_sunday(year, month):
    d = datetime(year, month + 1, 1) - timedelta(days=1) if month < 12 else datetime(year, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def _nth_sunday(year, month, n):
    d = datetime(year, month, 1)
    while d.weekday() != 6:
        d += timedelta(days=1)
    return d + timedelta(days=7 * (n - 1))


def _eu_summer(local):
    return _last_sunday(local.year, 3) <= local < _last_sunday(local.year, 10)


def _us_summer(local):
    return _nth_sunday(local.year, 3, 2) <= local < _nth_sunday(local.year, 11, 1)


def utc_offset(tz, local):
    """Offset in minutes for a naive local datetime in one of our zones."""
    if tz == "CET":          # Stockholm, Milan, Berlin, Hamburg, Paris, Vienna ...
        return 120 if _eu_summer(local) else 60
    if tz == "UK":           # London, Manchester, Lisbon
        return 60 if _eu_summer(local) else 0
    if tz == "US_E":         # New York, Boston
        return -240 if _us_summer(local) else -300
    fixed = {"UTC": 0, "WAT": 60, "IST": 330, "JST": 540, "AMM": 180, "MEX": -360}
    return fixed[tz]


def parse_when(text, tz):
    local = datetime.strptime(text, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=timezone(timedelta(minutes=utc_offset(tz, local))))


# --------------------------------------------------------------------------
# the people
# --------------------------------------------------------------------------
# style: how their mail client quotes;  fmt: plain | html | alt;
# sig: appended to every message unless the message says sig=False / sig="..."

MAYA_SIG = ("-- \nMaya Lindqvist\nLindqvist Consulting \u00b7 product & UX research\n"
            "+46 70 412 88 19 \u00b7 lindqvist.example")

PEOPLE = {
    "maya": dict(name="Maya Lindqvist", addr="maya@lindqvist.example", tz="CET",
                 style="gmail", sig=MAYA_SIG),
    "mayaf": dict(name="Maya Lindqvist", addr="maya.lindqvist@fastmail.example", tz="CET",
                  style="fastmail", sig=None),
    "elena": dict(name="Elena Rossi", addr="elena.rossi@brightloom.example", tz="CET",
                  style="apple",
                  sig="-- \nElena Rossi\nHead of Product \u00b7 Brightloom\nVia Tortona 27, 20144 Milano"),
    "jonas": dict(name="Jonas Weber", addr="jonas@kettlebyte.example", tz="CET",
                  style="german",
                  sig="-- \nJonas Weber\nFounder & CEO, Kettlebyte\nkettlebyte.example \u00b7 +49 30 5557 2210"),
    "tom": dict(name="Tom Becker", addr="tom.becker@nordhavn-logistics.example", tz="CET",
                style="outlook", fmt="alt", prefix="RE: ",
                sig=("Tom Becker\nHead of Digital Products\n"
                     "Nordhavn Logistics GmbH | Am Sandtorkai 40 | 20457 Hamburg\n"
                     "T +49 40 5550 1830\n\n"
                     "This e-mail may contain confidential and/or privileged information. "
                     "If you are not the intended recipient (or have received this e-mail in error) "
                     "please notify the sender immediately and destroy this e-mail. "
                     "Nordhavn Logistics GmbH, Amtsgericht Hamburg HRB 104417.")),
    "aisha": dict(name="Aisha Khan", addr="aisha.khan@fernwood-health.example", tz="UK",
                  style="gmail",
                  sig="-- \nAisha Khan (she/her)\nProduct Lead, Fernwood Health\n"
                      "Fernwood Health Ltd, 14 Clerkenwell Close, London EC1R 0AA"),
    "daniel": dict(name="Daniel Okafor", addr="daniel@okafor-studio.example", tz="WAT",
                   style="gmail", sig=None),
    "sofia": dict(name="Sofia Martins", addr="sofia.martins@tidepool.example", tz="UK",
                  style="gmail", fmt="html",
                  sig="Sofia Martins\nProduct Manager \u00b7 Tidepool\nRua da Prata 80, Lisboa"),
    "rachel": dict(name="Rachel Kim", addr="rachel.kim@northpoint-bank.example", tz="US_E",
                   style="outlook_new", fmt="alt", prefix="RE: ",
                   sig=("Rachel Kim\nDirector, Digital Design | Northpoint Bank\n"
                        "212-555-0147\n\n"
                        "CONFIDENTIALITY NOTICE: This message and any attachments are intended "
                        "solely for the named addressee and may contain information that is "
                        "confidential or privileged. If you received it in error, please notify "
                        "the sender and delete it. Northpoint Bank, N.A. Member FDIC.")),
    "nadia": dict(name="Nadia Haddad", addr="nadia@lumen-learning.example", tz="AMM",
                  style="gmail",
                  sig="-- \nNadia Haddad\nExecutive Director, Lumen Learning\nAmman, Jordan"),
    "henrik": dict(name="Henrik Dahl", addr="henrik@dahl-advisory.example", tz="CET",
                   style="gmail", sig="-- \nHenrik Dahl\nDahl Advisory ApS, K\u00f8benhavn"),
    "priya": dict(name="Priya Raman", addr="priya.raman@quantumleaf.example", tz="IST",
                  style="gmail", sig="-- \nPriya Raman | Senior Product Manager | Quantumleaf"),
    "marcus": dict(name="Marcus Hale", addr="marcus@hale-ventures.example", tz="US_E",
                   style="outlook", prefix="RE: ", sig=None),
    "lena": dict(name="Lena Fischer", addr="lena.fischer@wandelbar.example", tz="CET",
                 style="gmail", sig=None),
    "lukas": dict(name="Lukas Brandt", addr="lukas.brandt@ostwind-energie.example", tz="CET",
                  style="german",
                  sig="-- \nLukas Brandt\nProduct Owner Smart Home\nOstwind Energie AG, M\u00fcnchen"),
    "ingrid": dict(name="Ingrid Solberg", addr="ingrid.solberg@fjordline-travel.example", tz="CET",
                   style="apple",
                   sig="Vennlig hilsen / Kind regards\nIngrid Solberg\nDigital Manager, Fjordline Travel AS, Bergen"),
    "juergen": dict(name="J\u00fcrgen M\u00fcller", addr="juergen.mueller@alpenblick-hotels.example",
                    tz="CET", style="german", prefix="AW: ", charset="iso-8859-1",
                    sig=("Mit freundlichen Gr\u00fc\u00dfen\nJ\u00fcrgen M\u00fcller\n"
                         "Leitung Digitales | Alpenblick Hotels GmbH\n"
                         "Maria-Theresien-Stra\u00dfe 18, 6020 Innsbruck")),
    "oliver": dict(name="Oliver Grant", addr="oliver@grant-redovisning.example", tz="CET",
                   style="apple",
                   sig="-- \nOliver Grant\nAuktoriserad redovisningskonsult\nGrant Redovisning AB \u00b7 Stockholm"),
    "mateo": dict(name="Mateo \u00c1lvarez", addr="mateo@alvarez-research.example", tz="MEX",
                  style="gmail", sig="-- \nMateo \u00c1lvarez\nUser research \u00b7 Ciudad de M\u00e9xico"),
    "chloe": dict(name="Chlo\u00e9 Dubois", addr="chloe@atelier-dubois.example", tz="CET",
                  style="apple", fmt="html",
                  sig="Chlo\u00e9 Dubois \u2014 Atelier Dubois\nillustration & motion \u00b7 Paris 11e"),
    "yuki": dict(name="Yuki Tanaka", addr="yuki.tanaka@kumo-labs.example", tz="JST",
                 style="gmail", sig="-- \nYuki Tanaka\nDesign Lead, Kumo Labs (Tokyo)"),
    "sam": dict(name="Sam Whitfield", addr="sam@productnordics.example", tz="UK",
                style="gmail",
                sig="-- \nSam Whitfield\nProgramme Director, Product Nordics 2026\nproductnordics.example"),
    # people Maya never writes to
    "greta": dict(name="Greta Holm", addr="greta.holm@brightloom.example", tz="CET",
                  style="apple", sig="Greta Holm\nProgram Manager, Brightloom"),
    "kyle": dict(name="Kyle Brennan", addr="kyle@growthrocket-seo.example", tz="US_E",
                 style="gmail", fmt="alt",
                 sig=("Kyle Brennan\nGrowth Partner | GrowthRocket SEO\n"
                      "Book a call: https://growthrocket-seo.example/call\n"
                      "Reply STOP if you don't want to hear from me again.")),
    "karin": dict(name="Karin Ek", addr="karin.ek@vestergaard-group.example", tz="CET",
                  style="gmail", sig=None),
    "paolo": dict(name="Paolo Ferri", addr="paolo.ferri@brightloom.example", tz="CET",
                  style="apple", sig=None),
    "chiara": dict(name="Chiara Conti", addr="chiara.conti@brightloom.example", tz="CET",
                   style="apple", sig=None),
    # the Product Nordics panel (stories_bulk.py)
    "anders": dict(name="Anders Nyqvist", addr="anders.nyqvist@klarsyn.example", tz="CET",
                   style="outlook", prefix="RE: ", sig="Anders Nyqvist\nCPO | Klarsyn AB"),
    "sofie": dict(name="Sofie Lund", addr="sofie.lund@solvik.example", tz="CET", style="apple",
                  sig="Sofie Lund\nHead of Customer Experience, Solvik F\u00f6rs\u00e4kring"),
    "freja": dict(name="Freja Dahlberg", addr="freja@productnordics.example", tz="CET",
                  style="gmail", sig="-- \nFreja Dahlberg\nProducer, Product Nordics\n+46 70 555 31 90"),
    "tove": dict(name="Tove Lind", addr="tove@productnordics.example", tz="CET", style="gmail",
                 sig="-- \nTove Lind \u00b7 Speaker care, Product Nordics"),
}

SIG_IPHONE = "Sent from my iPhone"

# --------------------------------------------------------------------------
# the message list
# --------------------------------------------------------------------------

MSGS = []


def m(key, when, frm, to, subject, body, re=None, cc=(), t="", **opts):
    """Record one hand-written message (see the module docstring)."""
    if isinstance(to, str):
        to = [to]
    MSGS.append(dict(key=key, when=when, frm=frm, to=list(to), cc=list(cc),
                     subject=subject, body=body.strip("\n"), re=re, tags=t, **opts))




# --------------------------------------------------------------------------
# loading the stories
# --------------------------------------------------------------------------

def load_stories(folder=HERE):
    """Import every stories_*.py beside this script (sorted by name) and run its write(m)."""
    sys.dont_write_bytecode = True          # no __pycache__ beside the stories
    if folder not in sys.path:
        sys.path.insert(0, folder)
    names = sorted(f[:-3] for f in os.listdir(folder)
                   if f.startswith("stories_") and f.endswith(".py"))
    for name in names:
        before = len(MSGS)
        importlib.import_module(name).write(m)
        for msg in MSGS[before:]:
            msg["file"] = name
    return names


# --------------------------------------------------------------------------
# checking what the stories recorded
# --------------------------------------------------------------------------

OPTIONS = {"sig", "fmt", "charset", "style", "prefix", "tz", "name", "headers", "attach",
           "bcc", "quote", "fwd", "reply_to"}
ALIASES = {"attachments": "attach"}
DEFAULTS = dict(tz="UTC", style="gmail", fmt="plain", sig=None, prefix="Re: ", charset="utf-8")
WARNINGS = []


def warn(msg, text):
    WARNINGS.append(f"{msg.get('file', '?')} {msg['key']}: {text}")


def person(who):
    """Settings of a PEOPLE key, a (name, address) pair or a bare address."""
    if isinstance(who, (tuple, list)):
        return dict(DEFAULTS, name=who[0], addr=who[1])
    if "@" in who:
        return dict(DEFAULTS, name="", addr=who)
    if who not in PEOPLE:
        raise SystemExit(f"unknown person {who!r} (not in PEOPLE; use a (name, address) pair)")
    return dict(DEFAULTS, **PEOPLE[who])


def prepare(msgs):
    """Resolve people, dates and options of every message; return them by key."""
    by_key = {}
    for msg in msgs:
        if msg["key"] in by_key:
            raise SystemExit(f"duplicate key {msg['key']} ({by_key[msg['key']]['file']}, {msg['file']})")
        for alias, name in ALIASES.items():
            if alias in msg:
                msg.setdefault(name, msg.pop(alias))
        extra = set(msg) - OPTIONS - {"key", "when", "frm", "to", "cc", "subject", "body",
                                      "re", "tags", "file"}
        for opt in sorted(extra):
            warn(msg, f"unknown option {opt}= ignored")
        sender = person(msg["frm"])
        for opt in ("tz", "style", "fmt", "sig", "prefix", "charset", "name"):
            if opt in msg:
                sender[opt] = msg[opt]
        msg["sender"] = sender
        msg["to_p"] = [person(w) for w in msg["to"]]
        msg["cc_p"] = [person(w) for w in msg["cc"]]
        msg["bcc_p"] = [person(w) for w in msg.get("bcc", ())]
        msg["date"] = parse_when(msg["when"], sender["tz"])
        msg["msgid"] = f"<{msg['key']}.sample@{sender['addr'].split('@')[1]}>"
        by_key[msg["key"]] = msg
    for msg in msgs:
        for link in ("re", "fwd"):
            other = msg.get(link)
            if other and other not in by_key:
                warn(msg, f"{link}={other} is no message; left out")
                msg[link] = None
            elif other and by_key[other]["date"] >= msg["date"]:
                warn(msg, f"{link}={other} is not earlier than this message")
    return by_key


def thread_headers(msg, by_key):
    """Subject, In-Reply-To and References of one message."""
    parent = by_key.get(msg["re"]) if msg["re"] else None
    source = parent or (by_key.get(msg["fwd"]) if msg.get("fwd") else None)
    subject = msg["subject"]
    if subject is None and parent:
        subject = msg["sender"]["prefix"] + strip_prefix(thread_headers(parent, by_key)[0],
                                                         msg["sender"]["style"])
    elif subject is None and source:
        subject = "Fwd: " + thread_headers(source, by_key)[0]
    elif subject is None:
        warn(msg, "subject=None on a message that answers nothing")
        subject = ""
    if not parent:
        return subject, None, []
    refs = thread_headers(parent, by_key)[2] + [parent["msgid"]]
    return subject, parent["msgid"], refs


def strip_prefix(subject, style):
    """Drop the reply prefixes the replier's client recognises ("Re:", and "AW:" in German)."""
    known = ("re:", "aw:") if style == "german" else ("re:",)
    while subject[:3].lower() in known:
        subject = subject[3:].lstrip()
    return subject


# --------------------------------------------------------------------------
# the text of a message: body, signature, quoted or forwarded message
# --------------------------------------------------------------------------

def local(msg, tz):
    """The message's date as a naive wall-clock time in time zone tz."""
    utc = msg["date"].astimezone(timezone.utc).replace(tzinfo=None)
    return utc + timedelta(minutes=utc_offset(tz, utc))  # close enough at DST edges


def who(p):
    return f"{p['name']} <{p['addr']}>" if p["name"] else p["addr"]


def attribution(msg, parent):
    """The "On ... wrote:" line of the replier's client, in the replier's time zone."""
    style = msg["sender"]["style"]
    d = local(parent, msg["sender"]["tz"])
    name = who(parent["sender"])
    if style == "apple":
        return f"On {d.day} {d:%b %Y}, at {d:%H:%M}, {name} wrote:"
    if style == "german":
        return f"Am {d:%d.%m.%Y} um {d:%H:%M} schrieb {name}:"
    return f"On {d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}, {name} wrote:"


def outlook_block(msg, parent):
    """Outlook's header block above the original message (lines of text)."""
    d = local(parent, msg["sender"]["tz"])
    hour = d.hour % 12 or 12
    sent = f"{d:%A, %B} {d.day}, {d.year} {hour}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    lines = ["-----Original Message-----" if msg["sender"]["style"] == "outlook"
             else "_" * 32,
             f"From: {who(parent['sender'])}", f"Sent: {sent}",
             "To: " + "; ".join(who(p) for p in parent["to_p"])]
    if parent["cc_p"]:
        lines.append("Cc: " + "; ".join(who(p) for p in parent["cc_p"]))
    lines.append(f"Subject: {parent['subject_full']}")
    return lines


def forward_block(msg, orig):
    """The header lines of a forwarded message (Gmail's and Apple Mail's forms)."""
    d = local(orig, msg["sender"]["tz"])
    if msg["sender"]["style"] == "apple":
        lines = ["Begin forwarded message:", "", f"From: {who(orig['sender'])}",
                 f"Subject: {orig['subject_full']}",
                 f"Date: {d.day} {d:%B %Y} at {d:%H:%M}"]
    else:
        lines = ["---------- Forwarded message ---------", f"From: {who(orig['sender'])}",
                 f"Date: {d:%a}, {d.day} {d:%b %Y} at {d:%H:%M}",
                 f"Subject: {orig['subject_full']}"]
    lines.append("To: " + ", ".join(who(p) for p in orig["to_p"]))
    if orig["cc_p"]:
        lines.append("Cc: " + ", ".join(who(p) for p in orig["cc_p"]))
    return lines


def signature(msg):
    return msg["sender"]["sig"] if msg.get("sig", True) is not False else None


def quoted(msg, by_key):
    """(kind, header lines, the earlier message) that this message carries below its text."""
    if msg.get("fwd"):
        orig = by_key[msg["fwd"]]
        return "fwd", forward_block(msg, orig), orig
    if msg["re"] and msg.get("quote", True):
        parent = by_key[msg["re"]]
        if msg["sender"]["style"] in ("outlook", "outlook_new"):
            return "outlook", outlook_block(msg, parent), parent
        return "cite", [attribution(msg, parent)], parent
    return None, [], None


def plain_text(msg, by_key):
    """The text/plain body: own text, signature, then the quote."""
    if "plain" in msg:
        return msg["plain"]
    parts = [msg["body"]]
    if signature(msg):
        parts.append(signature(msg))
    kind, head, other = quoted(msg, by_key)
    if kind == "cite":
        lines = plain_text(other, by_key).split("\n")
        parts.append(head[0] + "\n\n" + "\n".join("> " + l if l else ">" for l in lines))
    elif kind:
        parts.append("\n".join(head) + "\n\n" + plain_text(other, by_key))
    msg["plain"] = "\n\n".join(parts)
    return msg["plain"]


def paragraphs(text):
    """Text as HTML: blank-line-separated paragraphs, line breaks kept."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "\n".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>"
                     for p in paras)


def html_text(msg, by_key):
    """The HTML fragment: own text as <p>, signature, the quote in <blockquote>."""
    if "html" in msg:
        return msg["html"]
    parts = [paragraphs(msg["body"])]
    if signature(msg):
        sig = "<br>\n".join(html.escape(l, quote=False) for l in signature(msg).split("\n"))
        parts.append(f'<div class="signature">{sig}</div>')
    kind, head, other = quoted(msg, by_key)
    if kind:
        lines = "<br>\n".join(html.escape(l, quote=False) for l in head)
        parts.append(f'<div class="quote-header">{lines}</div>\n<blockquote type="cite">\n'
                     f"{html_text(other, by_key)}\n</blockquote>")
    msg["html"] = "\n".join(parts)
    return msg["html"]


def html_document(msg, by_key):
    return ('<html>\n<head><meta charset="{}"></head>\n<body>\n{}\n</body>\n</html>'
            .format(msg["sender"]["charset"], html_text(msg, by_key)))


# --------------------------------------------------------------------------
# the message itself
# --------------------------------------------------------------------------

class RawHeaders(policy.EmailPolicy):
    """Keeps header values exactly as written (already RFC 2047-encoded and folded), so a
    sender's own charset (iso-8859-1) survives instead of being re-encoded as UTF-8."""

    def header_store_parse(self, name, value):
        return (name, value)


MBOX_POLICY = RawHeaders(refold_source="none", linesep="\n")

STYLE_HEADERS = {
    "apple": ("X-Mailer", "Apple Mail (2.3826.600.51.1.5)"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "german": ("User-Agent", "Mozilla Thunderbird"),
    "fastmail": ("User-Agent", "Cyrus-JMAP/3.11.0"),
}


def encoded(text, charset, header_name):
    """A header value, RFC 2047-encoded in the sender's charset when not ASCII, folded."""
    if text.isascii():
        return Header(text, "us-ascii", header_name=header_name).encode(linesep="\n")
    try:
        return Header(text, charset, header_name=header_name).encode(linesep="\n")
    except UnicodeEncodeError:
        return Header(text, "utf-8", header_name=header_name).encode(linesep="\n")


def fold(items, sep, header_name):
    """Join items with sep, breaking onto continuation lines before 78 columns."""
    lines, line = [], header_name + ": "
    for i, item in enumerate(items):
        piece = item + (sep.rstrip() if i < len(items) - 1 else "")
        if len(line) + len(piece) > 78 and line.strip() not in ("", header_name + ":"):
            lines.append(line.rstrip())
            line = " "
        line += piece + (" " if i < len(items) - 1 else "")
    lines.append(line.rstrip())
    return "\n".join(lines)[len(header_name) + 2:]


def addresses(people, charset, header_name):
    pairs = []
    for p in people:
        try:
            pairs.append(formataddr((p["name"], p["addr"]), charset))
        except UnicodeEncodeError:
            pairs.append(formataddr((p["name"], p["addr"]), "utf-8"))
    return fold(pairs, ", ", header_name)


def header_lines(msg):
    """(name, value) of every header, in the order a real client writes them."""
    s, cs = msg["sender"], msg["sender"]["charset"]
    extra = list((msg.get("headers") or {}).items())
    out = [(k, v) for k, v in extra if k.lower() == "return-path"]
    out.append(("From", addresses([s], cs, "From")))
    if msg["to_p"]:
        out.append(("To", addresses(msg["to_p"], cs, "To")))
    if msg["cc_p"]:
        out.append(("Cc", addresses(msg["cc_p"], cs, "Cc")))
    if msg["bcc_p"] and msg["frm"] in ("maya", "mayaf"):
        out.append(("Bcc", addresses(msg["bcc_p"], cs, "Bcc")))
    if msg.get("reply_to"):
        out.append(("Reply-To", addresses([person(msg["reply_to"])], cs, "Reply-To")))
    out.append(("Subject", encoded(msg["subject_full"], cs, "Subject")))
    out.append(("Date", format_datetime(msg["date"])))
    out.append(("Message-ID", msg["msgid"]))
    if msg["in_reply_to"]:
        out.append(("In-Reply-To", msg["in_reply_to"]))
        out.append(("References", fold(msg["references"], " ", "References")))
    if s["style"] in STYLE_HEADERS:
        out.append(STYLE_HEADERS[s["style"]])
    out += [(k, encoded(v, cs, k)) for k, v in extra if k.lower() != "return-path"]
    return out


def set_text(part, text, subtype, charset, adder=None):
    """set_content/add_alternative in the sender's charset (UTF-8 if it cannot hold the text)."""
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    longest = max((len(l) for l in text.split("\n")), default=0)
    cte = "7bit" if text.isascii() and longest <= 78 else "quoted-printable"
    (adder or part.set_content)(text, subtype=subtype, charset=charset, cte=cte)
    return charset


def build_email(msg, by_key):
    """One EmailMessage: headers, the body in the sender's format, attachments."""
    e = EmailMessage(policy=MBOX_POLICY)
    for name, value in header_lines(msg):
        e[name] = value
    fmt, cs = msg["sender"]["fmt"], msg["sender"]["charset"]
    if fmt == "html":
        used = set_text(e, html_document(msg, by_key), "html", cs)
    else:
        used = set_text(e, plain_text(msg, by_key), "plain", cs)
        if fmt == "alt":
            set_text(e, html_document(msg, by_key), "html", cs, e.add_alternative)
    if used != cs:
        warn(msg, f"text does not fit {cs}; written as {used}")
    for filename, mime, data in msg.get("attach") or ():
        data = data.encode("utf-8") if isinstance(data, str) else data
        maintype, subtype = mime.split("/", 1)
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for n, part in enumerate(e.walk()):
        if part is not e:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"=_{msg['key']}_{n}_=")
    return e


# --------------------------------------------------------------------------
# the mailbox
# --------------------------------------------------------------------------

def from_line(msg):
    """The mbox separator line: envelope sender and UTC time, asctime style."""
    d = msg["date"].astimezone(timezone.utc)
    return f"From {msg['sender']['addr']} {d:%a %b} {d.day:2d} {d:%H:%M:%S %Y}\n".encode()


def write_mbox(msgs, by_key, path=OUT):
    """Write all messages, oldest first, to path (through a temporary file)."""
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        for msg in msgs:
            f.write(from_line(msg))
            BytesGenerator(f, mangle_from_=True, policy=MBOX_POLICY).flatten(build_email(msg, by_key))
            f.write(b"\n")
    os.replace(tmp, path)


def main():
    files = load_stories()
    by_key = prepare(MSGS)
    msgs = sorted(MSGS, key=lambda msg: (msg["date"].astimezone(timezone.utc), msg["key"]))
    for msg in msgs:
        msg["subject_full"], msg["in_reply_to"], msg["references"] = thread_headers(msg, by_key)
    write_mbox(msgs, by_key)
    count = len(mailbox.mbox(OUT, create=False))
    per_file = ", ".join(f"{name[8:]} {sum(1 for x in MSGS if x['file'] == name)}" for name in files)
    print(f"{OUT}: {count} messages ({per_file})")
    for line in WARNINGS:
        print("warning:", line, file=sys.stderr)


if __name__ == "__main__":
    main()
