import mailbox
import os
import stat
from pathlib import Path

import sqlite_utils

from inboxwallet.ingest import IngestOptions, ingest, import_paths
from inboxwallet.config import Config
from inboxwallet.sources import RawMessage, iter_raw_messages
from inboxwallet.store import list_contacts, migrations, open_db

from .conftest import MAIL, ME, mail

CONFIG = Config(my_addresses=tuple(sorted(ME)))


def _eml(sender: str, to: str, subject: str, msgid: str | None, body: str = "Hello there.", date: str = "Mon, 2 Mar 2026 10:00:00 +0000") -> bytes:
    mid = f"Message-ID: <{msgid}>\n" if msgid else ""
    return f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\n{mid}\n{body}\n".encode()


def test_import_folder_then_reimport_adds_nothing(db):
    stats = import_paths(db, [MAIL], CONFIG, workers=1)
    # 9 fixtures: 7 are mail, the 0-byte file and the PNG are quarantined
    assert (stats.imported, stats.duplicates, stats.quarantined) == (7, 0, 2)
    assert stats.bulk == 1
    reasons = {r["reason"] for r in db["quarantine"].rows}
    assert reasons == {"empty message (0 bytes)", "not a mail message (no header lines)"}
    again = import_paths(db, [MAIL], CONFIG, workers=1)
    assert (again.imported, again.duplicates, again.quarantined) == (0, 9, 0)
    assert db["messages"].count == 7
    assert db["quarantine"].count == 2


def test_parallel_workers_store_the_same(db, tmp_path):
    stats = import_paths(db, [MAIL], CONFIG, workers=2)
    assert (stats.imported, stats.quarantined) == (7, 2)


def test_same_message_other_message_id_is_stored_once(db):
    a = _eml("tom@x.example", "maya@lindqvist.example", "Budget", "copy-1@x")
    b = _eml("tom@x.example", "maya@lindqvist.example", "Budget", "copy-2@x")
    stats = ingest(db, [RawMessage("t", "1", a), RawMessage("t", "2", b)], IngestOptions(my_addresses=ME))
    assert (stats.imported, stats.duplicates) == (1, 1)


def test_recipients_rows(db):
    raw = _eml("maya@lindqvist.example", "Tom <tom@x.example>, ann@y.example", "Plan", "p1@l").replace(
        b"Subject:", b"Cc: Bob <BOB@z.example>\nBcc: eve@w.example\nSubject:"
    )
    ingest(db, [RawMessage("t", "1", raw)], IngestOptions(my_addresses=ME))
    rows = sorted((r["kind"], r["address"], r["name"]) for r in db["recipients"].rows)
    assert rows == [
        ("bcc", "eve@w.example", None),
        ("cc", "bob@z.example", "Bob"),
        ("to", "ann@y.example", None),
        ("to", "tom@x.example", "Tom"),
    ]
    message = next(db["messages"].rows)
    assert (message["direction"], message["n_recipients"], message["date"]) == ("sent", 3, "2026-03-02T10:00:00Z")


def test_contacts_are_people_i_wrote_to(db):
    raws = [
        _eml("maya@lindqvist.example", "Tom <tom@x.example>", "Plan", "a@l"),
        _eml("tom@x.example", "maya@lindqvist.example", "Re: Plan", "b@x"),
        _eml("pitch@cold.example", "maya@lindqvist.example", "Buy now", "c@c"),
        _eml("maya@lindqvist.example", "news@list.example", "unsubscribe", "d@l").replace(b"Subject:", b"List-Id: <l.example>\nSubject:"),
        _eml("maya@lindqvist.example", "maya.lindqvist@fastmail.example", "note to self", "e@l"),
    ]
    stats = ingest(db, [RawMessage("t", str(i), r) for i, r in enumerate(raws)], IngestOptions(my_addresses=ME))
    assert stats.contacts_added == 1
    [tom] = list_contacts(db)
    assert (tom.name, tom.address, tom.sent, tom.received) == ("Tom", "tom@x.example", 1, 1)


def test_admit_inbound_switch(db):
    raw = _eml("Ann <ann@x.example>", "maya@lindqvist.example", "Hi", "a@x")
    ingest(db, [RawMessage("t", "1", raw)], IngestOptions(my_addresses=ME, admit_inbound=True))
    assert [c.address for c in list_contacts(db)] == ["ann@x.example"]


def test_their_mail_counts_once_they_become_a_contact(db):
    first = _eml("ann@x.example", "maya@lindqvist.example", "Question", "q@x")
    later = _eml("maya@lindqvist.example", "ann@x.example", "Re: Question", "r@l")
    ingest(db, [RawMessage("t", "1", first)], IngestOptions(my_addresses=ME))
    assert list_contacts(db) == []
    ingest(db, [RawMessage("t", "2", later)], IngestOptions(my_addresses=ME))
    [ann] = list_contacts(db)
    assert (ann.sent, ann.received) == (1, 1)


def test_no_store_text_keeps_figures_only(db):
    ingest(db, [RawMessage("t", "1", mail("reply_gmail.eml"))], IngestOptions(my_addresses=ME, store_text=False))
    row = next(db["messages"].rows)
    assert row["text"] is None and row["subject"] == "Re: Onboarding flow review"


def test_mbox_and_maildir_sources(tmp_path):
    box = mailbox.mbox(tmp_path / "a.mbox")
    box.add(_eml("a@x.example", "maya@lindqvist.example", "one", "1@x", body="From here on\nit's fine"))
    box.add(_eml("b@x.example", "maya@lindqvist.example", "two", "2@x"))
    box.close()
    md = mailbox.Maildir(tmp_path / "md")
    md.add(_eml("c@x.example", "maya@lindqvist.example", "three", "3@x"))
    md.close()
    raws = list(iter_raw_messages([tmp_path]))
    assert len(raws) == 3
    assert {r.source.split(":")[0] for r in raws} == {"mbox", "maildir"}
    [first] = [r for r in raws if b"Subject: one" in r.raw]
    assert b"\nFrom here on" in first.raw and b">From" not in first.raw


def test_truncated_mbox_keeps_what_is_there(tmp_path, db):
    path = tmp_path / "cut.mbox"
    box = mailbox.mbox(path)
    for i in range(3):
        box.add(_eml("a@x.example", "maya@lindqvist.example", f"m{i}", f"{i}@x", body="x" * 200))
    box.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 150])
    stats = import_paths(db, [path], CONFIG, workers=1)
    assert stats.imported == 3 and stats.quarantined == 0


def test_database_file_is_private(tmp_path):
    path = tmp_path / "sub" / "w.db"
    open_db(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_migrations_upgrade_an_older_file_without_losing_rows(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    names = [m.name for m in migrations.pending(db)]
    migrations.apply(db, stop_before=names[-1]) if len(names) > 1 else migrations.apply(db)
    db.close()
    db = open_db(path)
    ingest(db, [RawMessage("t", "1", mail("reply_gmail.eml"))], IngestOptions(my_addresses=ME))
    db.close()
    db = open_db(path)  # re-opening applies nothing twice and keeps the row
    assert db["messages"].count == 1
    assert [m.name for m in migrations.pending(db)] == []
    applied = db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    assert applied == len(names)


def test_fts_finds_author_text(db):
    ingest(db, [RawMessage("t", "1", mail("reply_gmail.eml"))], IngestOptions(my_addresses=ME))
    hits = db.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'workshop'").fetchall()
    assert len(hits) == 1
    assert db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'Hi'").fetchone()[0] == 0


def test_search_index_matches_the_messages_after_batches_with_duplicates(db):
    """Batches are indexed in one statement (m103): every stored message exactly once,
    duplicates not at all, and FTS5's own integrity check agrees with the content table."""
    raws = [RawMessage("t", str(i), mail("reply_gmail.eml")) for i in range(3)]
    raws.append(RawMessage("t", "x", _eml("me@example.com", "ann@client.example", "Zebra", "z@x")))
    ingest(db, raws, IngestOptions(my_addresses=ME, batch_size=2))
    ingest(db, raws, IngestOptions(my_addresses=ME, batch_size=2))
    assert db["messages"].count == 2
    indexed = db.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'workshop'").fetchone()[0]
    assert indexed == 1
    db.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)")
