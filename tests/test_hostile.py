"""Hostile and broken input: nothing raises out of ingest, every message is stored or
quarantined with a reason, and text from mail is harmless wherever it is shown."""

from __future__ import annotations

import base64
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inboxwallet.ingest import IngestOptions, ingest
from inboxwallet.report import safe
from inboxwallet.sources import RawMessage
from inboxwallet.store import open_db

from .conftest import ME, mail

FIXTURES = ["reply_gmail.eml", "outlook_forward.eml", "notes_reply.eml", "latin1_html.eml", "newsletter.eml"]


def _ingest_all(raws: list[bytes]):
    db = open_db(memory=True)
    stats = ingest(db, [RawMessage("hostile", str(i), r) for i, r in enumerate(raws)], IngestOptions(my_addresses=ME))
    stored = db["messages"].count
    quarantined = db["quarantine"].count
    # every message is accounted for: new, duplicate, or quarantined with a reason
    assert stats.imported + stats.duplicates + stats.quarantined == len(raws)
    assert stored == stats.imported and quarantined == stats.quarantined
    assert all(row["reason"] for row in db["quarantine"].rows)
    return db, stats


mutation = st.sampled_from(["cut", "nul", "charset", "boundary", "base64", "rtl", "flip", "dup_header"])


def _mutate(raw: bytes, how: str, where: float, junk: bytes) -> bytes:
    at = int(len(raw) * where)
    if how == "cut":
        return raw[:at]
    if how == "nul":
        return raw[:at] + b"\x00" * 5 + junk + raw[at:]
    if how == "charset":
        return raw.replace(b"Subject:", b"Content-Type: text/plain; charset=\"x-" + junk.hex().encode()[:12] + b"\"\nSubject:", 1)
    if how == "boundary":
        return b"Content-Type: multipart/mixed; boundary=\"" + junk[:20].replace(b'"', b"") + b"\"\n" + raw
    if how == "base64":
        return raw.replace(b"\n\n", b"\nContent-Transfer-Encoding: base64\n\n!!" + junk + b"==\n", 1)
    if how == "rtl":
        return raw.replace(b"From: ", "From: \u202eevil\u200b\u200f ".encode() + b"=?utf-8?b?" + base64.b64encode("\u202etxt.exe".encode()) + b"?= ", 1)
    if how == "flip":
        return bytes(b ^ 0x55 if i % 7 == 0 else b for i, b in enumerate(raw[:at])) + raw[at:]
    return raw.replace(b"To:", b"To: " + junk + b"\nTo:", 1)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(FIXTURES), mutation, st.floats(0, 1), st.binary(max_size=60)),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_messages_are_stored_or_quarantined(cases):
    _ingest_all([_mutate(mail(name), how, where, junk) for name, how, where, junk in cases])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.binary(max_size=400), min_size=1, max_size=5))
def test_random_bytes_never_raise(blobs):
    _ingest_all(blobs)


def test_deeply_nested_message_rfc822():
    raw = mail("reply_gmail.eml")
    for _ in range(100):
        raw = b"From: a@x.example\nTo: maya@lindqvist.example\nSubject: fwd\nContent-Type: message/rfc822\n\n" + raw
    db, stats = _ingest_all([raw])
    assert stats.imported + stats.quarantined == 1


def test_ten_megabyte_header_line_is_handled_quickly():
    raw = b"X-Junk: " + b"a" * (10 * 1024 * 1024) + b"\n" + mail("reply_gmail.eml")
    start = time.perf_counter()
    db, stats = _ingest_all([raw])
    assert time.perf_counter() - start < 30
    assert stats.imported == 1


def test_names_with_control_characters_are_shown_harmlessly():
    evil = "Bob\x1b[31m\x1b]0;pwned\x07 \u202eedoc\u200b\r\nX"
    shown = safe(evil)
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown and "\u200b" not in shown
    assert "\n" not in shown and "\r" not in shown
    assert shown.startswith("Bob") and "edoc" in shown


def test_sql_metacharacters_in_every_field_are_stored_verbatim():
    nasty = "Robert'); DROP TABLE messages;--"
    raw = (
        f'From: "{nasty}" <bobby@x.example>\nTo: "{nasty}" <maya@lindqvist.example>\n'
        f"Subject: {nasty}\nMessage-ID: <'; DROP TABLE tags;--@x>\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n\n{nasty}\n"
    ).encode()
    db, stats = _ingest_all([raw])
    assert stats.imported == 1
    row = next(db["messages"].rows)
    assert row["subject"] == nasty and row["text"] == nasty and row["from_name"] == nasty
    assert {"messages", "tags", "contacts", "recipients"} <= set(db.table_names())
    from inboxwallet.store import find_contact
    import pytest
    from inboxwallet.errors import NotFound

    with pytest.raises(NotFound):
        find_contact(db, nasty)
