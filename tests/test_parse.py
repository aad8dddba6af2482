from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inboxwallet.errors import ParseError
from inboxwallet.parse import Address, parse_message

from .conftest import ME, mail


def test_received_reply_fields():
    rec = parse_message(mail("reply_gmail.eml"), ME)
    assert rec.direction == "received"
    assert rec.sender == Address("tom.becker@northwind.example", "Tom Becker")
    assert rec.to == (Address("maya@lindqvist.example", "Maya Lindqvist"),)
    assert rec.cc == (Address("ops@northwind.example", "Ops Team"),)
    assert rec.date == datetime(2026, 3, 3, 9, 12, tzinfo=timezone.utc)
    assert rec.date_trusted
    assert rec.message_id == "<reply-1@northwind.example>"
    assert rec.in_reply_to == "<orig-1@lindqvist.example>"
    assert rec.thread_id == "<root-0@lindqvist.example>"
    assert rec.bulk_reason is None
    # quote and signature removed, the author's words kept
    assert rec.text == (
        "Thanks Maya, the notes on step 3 were spot on. We'll ship the change Friday.\n\n"
        "How did the workshop in Malmö go?\n\nTom"
    )


def test_sent_direction_and_outlook_quote():
    rec = parse_message(mail("outlook_forward.eml"), ME)
    assert rec.direction == "sent"
    assert rec.text == "Priya, see below - the second tier is what I meant on the call."
    assert rec.thread_id == "<fw-1@lindqvist.example>"


def test_lotus_notes_reply_block_is_cut():
    rec = parse_message(mail("notes_reply.eml"), frozenset({"dan.fox@energy.example"}))
    assert rec.direction == "sent"
    assert rec.text == "OK by me.  dF"
    assert rec.date == datetime(2000, 10, 18, 10, 13, tzinfo=timezone.utc)


def test_html_only_latin1_with_encoded_headers():
    rec = parse_message(mail("latin1_html.eml"), ME)
    assert rec.sender == Address("juergen@beispiel.example", "Jürgen Müller")
    assert rec.subject == "Übersicht für März"
    assert "die Übersicht ist fertig. Grüße" in rec.text
    assert "Alte Nachricht" not in rec.text  # blockquote is quoted text
    assert "alert" not in rec.text


def test_newsletter_is_bulk():
    rec = parse_message(mail("newsletter.eml"), ME)
    assert rec.bulk_reason == "List-Id header"


def test_missing_date_and_message_id_and_unknown_charset():
    raw = mail("no_date_no_id.eml")
    rec = parse_message(raw, ME)
    assert rec.date is None and not rec.date_trusted
    assert rec.message_id.startswith("<sha256:") and rec.message_id.endswith("@inboxwallet>")
    assert parse_message(raw, ME).message_id == rec.message_id  # stable: re-import dedupes
    assert rec.text == "Lunch on Thursday?"
    fallback = datetime(2026, 3, 1, tzinfo=timezone.utc)
    assert parse_message(raw, ME, fallback_date=fallback).date == fallback


def test_future_date_falls_back_to_received_and_8bit_header_survives():
    rec = parse_message(mail("broken_future.eml"), ME)
    assert rec.date == datetime(2026, 3, 6, 7, 0, tzinfo=timezone.utc)
    assert not rec.date_trusted
    assert "8-bit header" in rec.subject
    assert rec.text == "broken mime, no closing boundary"


@pytest.mark.parametrize("name, reason", [("empty.eml", "empty"), ("not_mail.eml", "not a mail")])
def test_not_mail_raises_parse_error(name, reason):
    with pytest.raises(ParseError, match=reason):
        parse_message(mail(name), ME)


def _msg(headers: str, body: str = "Hello") -> bytes:
    base = "From: Ann <ann@corp.example>\nTo: maya@lindqvist.example\nSubject: hi\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n"
    return (base + headers + "\n" + body + "\n").encode()


@pytest.mark.parametrize(
    "headers, reason",
    [
        ("List-Unsubscribe: <mailto:u@x.example>\n", "List-Unsubscribe header"),
        ("List-Post: <mailto:l@x.example>\n", "List-Post header"),
        ("Precedence: bulk\n", "Precedence: bulk"),
        ("Precedence: junk\n", "Precedence: junk"),
        ("Auto-Submitted: auto-replied\n", "Auto-Submitted: auto-replied"),
        ("Feedback-ID: 123:campaign\n", "Feedback-ID header"),
        ("X-Autoreply: yes\n", "X-Autoreply header"),
        ("Return-Path: <>\n", "empty Return-Path (bounce)"),
        ("Content-Type: multipart/report; report-type=delivery-status; boundary=x\n", "delivery report"),
    ],
)
def test_bulk_headers(headers, reason):
    assert parse_message(_msg(headers), ME).bulk_reason == reason


def test_auto_submitted_no_is_person_to_person():
    assert parse_message(_msg("Auto-Submitted: no\n"), ME).bulk_reason is None


@pytest.mark.parametrize(
    "sender, reason",
    [
        ("noreply@shop.example", "automated sender (noreply)"),
        ("no-reply@shop.example", "automated sender (no-reply)"),
        ("MAILER-DAEMON@mx.example", "automated sender (mailer-daemon)"),
        ("postmaster@mx.example", "automated sender (postmaster)"),
        ("golang-nuts-request@lists.example", "automated sender (golang-nuts-request)"),
        ("reply+AB12CD@github.example", "one-time reply address"),
    ],
)
def test_automated_senders(sender, reason):
    raw = _msg("").replace(b"ann@corp.example", sender.encode())
    assert parse_message(raw, ME).bulk_reason == reason


def test_auto_reply_subject_and_many_recipients():
    raw = _msg("").replace(b"Subject: hi", b"Subject: Automatic reply: Out of office")
    assert parse_message(raw, ME).bulk_reason == "automatic-reply subject"
    many = ", ".join(f"p{i}@corp.example" for i in range(21))
    raw = _msg("").replace(b"To: maya@lindqvist.example", f"To: maya@lindqvist.example, {many}".encode())
    assert parse_message(raw, ME).bulk_reason == "21 recipients"
    exactly = ", ".join(f"p{i}@corp.example" for i in range(20))
    raw = _msg("").replace(b"To: maya@lindqvist.example", f"To: {exactly}".encode())
    assert parse_message(raw, ME).bulk_reason is None


def test_freemail_is_not_bulk():
    raw = _msg("").replace(b"ann@corp.example", b"ann.smith@gmail.com")
    assert parse_message(raw, ME).bulk_reason is None


def test_one_time_reply_to_is_bulk():
    assert parse_message(_msg("Reply-To: reply+xyz@notify.example\n"), ME).bulk_reason == "one-time reply address"


# -- plain address headers are split without mail-parser: same result as mail-parser's ----------

_LOCAL = st.sampled_from(["ann", "bo.lee", "w..mcgowan", ".mark", "x+tag", "o'neil", "a_b", "j"])
_DOMAIN = st.sampled_from(["x.example", "mail.y.example", "localhost", "z-z.example", "bad..example"])
_NAME = st.sampled_from(
    ["", "Ann Lee", '"Lee, Ann"', '"Ann Lee"', "J. R. Smith", "=?utf-8?q?J=C3=B6rg?=", "Ann (work)", "O'Neil", "Zoë"]
)


@st.composite
def _address_header(draw: st.DrawFn) -> str:
    items = []
    for _ in range(draw(st.integers(1, 4))):
        spec = f"{draw(_LOCAL)}@{draw(_DOMAIN)}"
        name = draw(_NAME)
        items.append(f"{name} <{spec}>" if name else draw(st.sampled_from([spec, f"<{spec}>"])))
    separator = draw(st.sampled_from([", ", ",", ",\r\n\t", " , "]))
    return separator.join(items) + draw(st.sampled_from(["", ",", " "]))


@settings(max_examples=300, deadline=None)
@given(_address_header(), _address_header(), _address_header())
def test_plain_address_headers_read_as_mail_parser_reads_them(from_: str, to: str, cc: str) -> None:
    import mailparser

    from inboxwallet.parse import _address_pairs

    raw = f"From: {from_}\r\nTo: {to}\r\nCc: {cc}\r\nSubject: s\r\n\r\nHello\r\n".encode()
    record = parse_message(raw)
    reference = mailparser.parse_from_bytes(raw)
    assert record.sender == next(iter(_address_pairs(reference.from_)), None)
    assert record.to == _address_pairs(reference.to)
    assert record.cc == _address_pairs(reference.cc)
