"""Raw RFC 822 bytes -> MessageRecord. Pure: no I/O, no database, no config file."""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime

from .errors import ParseError
from .quotes import author_text

# mail-parser logs every defect it meets at WARNING/ERROR; those lines can carry header
# text from other people's mail, which must not reach our log file.
logging.getLogger("mailparser").setLevel(logging.CRITICAL)

DIGEST_HEADER = "X-Inboxwallet-Digest"
MAX_RECIPIENTS = 20
OLDEST_PLAUSIBLE = datetime(1980, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class Address:
    address: str
    name: str = ""


@dataclass(frozen=True)
class MessageRecord:
    message_id: str  # as sent, or "<sha256:...@inboxwallet>" when missing
    fingerprint: str  # sender + date + subject + text: finds copies with different Message-IDs
    date: datetime | None  # UTC
    date_trusted: bool
    direction: str  # sent | received
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    subject: str = ""
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    thread_id: str = ""
    size: int = 0
    attachments: tuple[str, ...] = ()
    text: str = ""
    bulk_reason: str | None = None
    is_digest: bool = False
    defects: tuple[str, ...] = field(default=())

    @property
    def direct_recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc


_MSGID = re.compile(r"<[^<>\s]+>")
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:auto(?:matic)?[\s_-]*(?:reply|response|antwort)|out of (?:the )?office|"
    r"abwesenheitsnotiz|r[ée]ponse automatique|undeliver(?:able|ed)|delivery status notification|"
    r"returned mail|mail delivery (?:failed|failure|subsystem)|failure notice|vacation)",
    re.IGNORECASE,
)
_AUTOMATED_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_]daemon|postmaster|bounces?|"
    r"notifications?|listserv|majordomo|.*-request|.*-bounces?|.*-owner|owner-.*)(?:[+-].*)?$",
    re.IGNORECASE,
)
_ONE_TIME_REPLY = re.compile(r"^(?:reply|bounce|prvs|srs\d)[+=]", re.IGNORECASE)


def parse_message(
    raw: bytes,
    my_addresses: frozenset[str] = frozenset(),
    *,
    fallback_date: datetime | None = None,
    now: datetime | None = None,
) -> MessageRecord:
    """Parse one message. Raises ParseError when the bytes are not a mail message at all."""
    if not raw or not raw.strip():
        raise ParseError("empty message (0 bytes)")
    head = raw[:4096]
    if b":" not in head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]:
        raise ParseError("not a mail message (no header lines)")

    import email

    from mailparser.exceptions import MailParserError

    try:
        message = email.message_from_bytes(raw)
        # The dates are ours to read (the Date header, else the newest Received hop, see
        # _pick_date). mail-parser would parse them all again, every Received hop with its
        # own parser (a twentieth of a sync's CPU), so it gets the message without them.
        received = message.get_all("received", [])
        date_header = message.get("date")
        del message["received"]
        headers = {k.lower(): _header_str(v) for k, v in message.items()}
        del message["date"]
        del message["resent-date"]
        plain = _take_plain_addresses(message)
        mail = _mail_parser()(message)
    except (MailParserError, RecursionError) as exc:
        raise ParseError(f"unparseable MIME: {type(exc).__name__}") from None
    except Exception as exc:  # noqa: BLE001 - mail-parser can raise anything on hostile input
        raise ParseError(f"unparseable MIME: {type(exc).__name__}: {str(exc)[:80]}") from None

    if not received and not any(h in headers for h in ("from", "to", "subject", "date", "message-id")):
        raise ParseError("not a mail message (no From, To, Subject, Date or Message-ID)")

    # the plain address headers were split by _take_plain_addresses, mail-parser split and
    # decoded the others: reuse its work
    sender = next(iter(_address_pairs(plain.get("from", mail.from_))), None)
    to = _address_pairs(plain.get("to", mail.to))
    cc = _address_pairs(plain.get("cc", mail.cc))
    bcc = _address_pairs(plain.get("bcc", mail.bcc))
    mine = my_addresses
    direction = "sent" if sender and sender.address in mine else "received"

    subject = _decode(headers.get("subject", ""))
    date, trusted = _pick_date(date_header, received, fallback_date, now)

    text_source = "\n".join(mail.text_plain) if mail.text_plain else ""
    if not text_source.strip() and mail.text_html:
        text_source = html_to_text("\n".join(mail.text_html))
    text = author_text(text_source)

    message_id = _first_msgid(headers.get("message-id", ""))
    in_reply_to = _first_msgid(headers.get("in-reply-to", ""))
    references = tuple(_MSGID.findall(headers.get("references", "")))
    content_hash = hashlib.sha256(raw).hexdigest()
    if not message_id:
        message_id = f"<sha256:{content_hash[:32]}@inboxwallet>"
    thread_id = references[0] if references else (in_reply_to or message_id)

    fingerprint = hashlib.sha256(
        "\x1f".join(
            [
                sender.address if sender else "",
                date.isoformat() if date and trusted else content_hash,
                _normalise_subject(subject),
                " ".join(text.split()),  # whitespace runs as one space (as re's \s+ does), 10x faster
            ]
        ).encode("utf-8", "surrogatepass")
    ).hexdigest()

    attachments = tuple(
        _decode(str(a.get("filename") or "")) or "(unnamed)" for a in mail.attachments
    )
    is_digest = DIGEST_HEADER.lower() in headers
    record = MessageRecord(
        message_id=message_id,
        fingerprint=fingerprint,
        date=date,
        date_trusted=trusted,
        direction=direction,
        sender=sender,
        to=to,
        cc=cc,
        bcc=bcc,
        subject=subject,
        in_reply_to=in_reply_to,
        references=references,
        thread_id=thread_id,
        size=len(raw),
        attachments=attachments,
        text=text,
        is_digest=is_digest,
        defects=tuple(sorted(mail.defects_categories)),
    )
    reason = "inboxwallet digest" if is_digest else bulk_reason(headers, record, mine)
    if reason:
        record = _replace(record, bulk_reason=reason)
    return record


def bulk_reason(headers: dict[str, str], record: MessageRecord, mine: frozenset[str]) -> str | None:
    """Why a message is not person-to-person mail, or None if it is."""
    for name in ("list-id", "list-unsubscribe", "list-post", "list-help", "list-owner", "list-subscribe"):
        if name in headers:
            return f"{name.title()} header"
    precedence = headers.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk"):
        return f"Precedence: {precedence}"
    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto.split(';')[0]}"
    if "feedback-id" in headers:
        return "Feedback-ID header"
    for name in ("x-autoreply", "x-autorespond"):
        if name in headers:
            return f"{name.title()} header"
    if "return-path" in headers and headers["return-path"].strip() in ("<>", ""):
        return "empty Return-Path (bounce)"
    content_type = headers.get("content-type", "").lower()
    if "multipart/report" in content_type or "delivery-status" in content_type:
        return "delivery report"
    if _AUTO_SUBJECT.match(record.subject):
        return "automatic-reply subject"
    if record.sender:
        local = record.sender.address.split("@", 1)[0]
        if _AUTOMATED_LOCAL.match(local):
            return f"automated sender ({local})"
        if _ONE_TIME_REPLY.match(local):
            return "one-time reply address"
    reply_to = _addresses([headers.get("reply-to", "")])
    for addr in reply_to:
        if _ONE_TIME_REPLY.match(addr.address.split("@", 1)[0]):
            return "one-time reply address"
    recipients = {a.address for a in record.to + record.cc + record.bcc} - mine
    if len(recipients) > MAX_RECIPIENTS:
        return f"{len(recipients)} recipients"
    return None


def html_to_text(html: str) -> str:
    """Readable text of an HTML body, with quoted blocks and scripts removed."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "title", "blockquote"]):
        tag.decompose()
    for tag in soup.select("div.gmail_quote, div.moz-cite-prefix, div#appendonsend, div.yahoo_quoted"):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "div", "li", "tr", "h1", "h2", "h3", "h4"]):
        block.insert_after("\n")
    text = soup.get_text()
    return re.sub(r"[ \t\xa0]+", " ", text)


# -- helpers ---------------------------------------------------------------------------------


@functools.cache
def _mail_parser() -> type:
    """mail-parser's MailParser without the two dicts its parse() ends with (`mail` and
    `mail_partial`: every header and part copied again, a tenth of its time). We read only
    what the parse itself sets: addresses, text and HTML parts, attachments. If a later
    mail-parser renames the method, this only stops saving the time."""
    import mailparser

    class MailParser(mailparser.MailParser):  # type: ignore[misc]
        def _make_mail(self, complete: bool = True) -> dict[str, object]:
            return {}

    return MailParser


def _replace(record: MessageRecord, **changes: object) -> MessageRecord:
    from dataclasses import replace

    return replace(record, **changes)


def _header_str(value: object) -> str:
    try:
        return str(value)
    except Exception:  # noqa: BLE001 - email.header.Header with undecodable bytes
        return ""


def _decode(value: str) -> str:
    """Decode RFC 2047 words; unknown charsets degrade to replacement characters."""
    if not value:
        return ""
    value = str(value)
    if "=?" in value:
        try:
            value = str(make_header(decode_header(value)))
        except (LookupError, UnicodeError, ValueError, AssertionError):
            pass
    value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return " ".join(value.split())


def _addresses(values: list[object]) -> tuple[Address, ...]:
    try:
        pairs = getaddresses([_header_str(v) for v in values if v is not None])
    except Exception:  # noqa: BLE001 - getaddresses can choke on hostile headers
        pairs = []
    return _address_pairs(pairs)


# An address header in its plainest form ("Ann Lee <ann@x.example>, bo@y.example": ASCII,
# no comments, encoded words, groups or commas inside quotes) is split here. mail-parser's
# careful address parser, about a fifth of its time, then sees only the other headers.
_ADDR_SPEC = r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_PLAIN_ADDRESS = re.compile(
    r"\s*(?:(?:\"([A-Za-z0-9 .'-]{0,80})\"|([A-Za-z][A-Za-z0-9 .'-]{0,80}?))\s*"
    rf"<({_ADDR_SPEC})>|({_ADDR_SPEC}))\s*",
    re.ASCII,
)


def _take_plain_addresses(message: Message) -> dict[str, list[tuple[str, str]]]:
    """(name, address) pairs of the From, To, Cc and Bcc headers that are plain, each header
    then removed from the message, so that mail-parser parses only the others."""
    found: dict[str, list[tuple[str, str]]] = {}
    for header in ("from", "to", "cc", "bcc"):
        values = message.get_all(header)
        if not values or len(values) > 1:
            continue
        pairs = []
        for item in _header_str(values[0]).split(","):
            match = _PLAIN_ADDRESS.fullmatch(item)
            if match is None:
                break
            pairs.append((match[1] or match[2] or "", match[3] or match[4]))
        else:
            found[header] = pairs
            del message[header]
    return found


def _address_pairs(pairs: object) -> tuple[Address, ...]:
    """(name, address) pairs -> unique, lower-cased, plausible addresses with clean names."""
    out: dict[str, Address] = {}
    if not isinstance(pairs, (list, tuple)):
        return ()
    for pair in pairs:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            continue
        name, addr = str(pair[0] or ""), str(pair[1] or "")
        addr = addr.strip().strip("<>").lower()
        if "@" not in addr or len(addr) > 320 or any(c.isspace() for c in addr):
            continue
        if addr not in out:
            out[addr] = Address(addr, _clean_name(_decode(name), addr))
    return tuple(out.values())


def _clean_name(name: str, addr: str) -> str:
    name = name.strip().strip("'\"").strip()
    if name.lower() == addr:
        return ""
    # Strip control characters so names are safe to print anywhere
    return "".join(ch for ch in name if ch.isprintable())[:200]


def _first_msgid(value: str) -> str | None:
    match = _MSGID.search(value or "")
    if match:
        return match.group(0)[:500]
    value = (value or "").strip()
    return f"<{value[:500]}>" if value and " " not in value else None


def _pick_date(
    header: object, received: list[object], fallback: datetime | None, now: datetime | None
) -> tuple[datetime | None, bool]:
    """The Date header when plausible, else the newest Received hop, else the container's date."""
    now = now or datetime.now(timezone.utc)
    latest = now + timedelta(days=2)

    def plausible(d: datetime | None) -> bool:
        return d is not None and OLDEST_PLAUSIBLE <= d <= latest

    date = _parse_date(header)
    if plausible(date):
        return date, True
    for hop in received:
        text = _header_str(hop)
        if ";" in text:
            candidate = _parse_date(text.rsplit(";", 1)[1])
            if plausible(candidate):
                return candidate, False
    if plausible(fallback):
        return fallback.astimezone(timezone.utc), False  # type: ignore[union-attr]
    return None, False


def _parse_date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = parsedate_to_datetime(_header_str(value).strip())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except (OverflowError, ValueError):
        return None


_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def _normalise_subject(subject: str) -> str:
    return _SUBJECT_PREFIX.sub("", subject).strip().lower()
