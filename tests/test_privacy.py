"""Taking data back out: `forget ADDRESS`, `purge --before DATE`, and `--no-store-text`.

The mailbox goes in through the real ingest path (parse, save, admit contacts) and is labeled
with the user's own tags, so every figure is exact and no model is involved. Each test checks
the rows before and after, the full-text index, the wallet, SQLite's own integrity checks,
and the bytes of the database file itself: what was removed must not be on the disk."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

import inboxwallet
from inboxwallet import privacy, store, wallet
from inboxwallet.classifiers import TAGS
from inboxwallet.cli import cli
from inboxwallet.config import Config
from inboxwallet.errors import InboxwalletError, NotFound
from inboxwallet.ingest import IngestOptions, ingest
from inboxwallet.sources import RawMessage

from .test_wallet import _same

ME = "me@home.example"
CONFIG = Config(my_addresses=(ME,))
D = date(2026, 6, 1)
MODEL_INSTALLED = (Path(inboxwallet.__file__).parent / "classifiers" / "model.skops").exists()

# (n, from, to, cc, subject, author text, day, in-reply-to n, the user's tags)
MAIL = [
    (1, ME, ["Tom Becker <tom@work.example>"], [], "Plan for March", "The zebrafish numbers are in the sheet.", "03-02", None, ["value_giving"]),
    (2, "Tom Becker <tom@work.example>", [ME], [], "Re: Plan for March", "Thanks, the zebrafish figures look right.", "03-03", 1, ["listening"]),
    (3, ME, ["tom@home.example"], [], "Weekend", "Bring the xylophone on Saturday.", "03-07", None, []),
    (4, ME, ["tom@work.example"], ["Ann Lee <ann@x.example>"], "Kickoff", "Agenda: kumquat tasting, then the budget.", "03-10", None, ["value_giving"]),
    (5, "Ann Lee <ann@x.example>", [ME], ["Tom Becker <tom@work.example>"], "Re: Kickoff", "Happy to join, I bring quince pie.", "03-11", 4, ["listening"]),
    (6, "Ann Lee <ann@x.example>", [ME], [], "Question", "Could you check the walrus report?", "03-12", None, []),
    (7, ME, ["ann@x.example"], [], "Re: Question", "Done, the walrus report is fine.", "03-13", 6, ["value_giving"]),
    (8, ME, ["tom@work.example"], [], "Ping 1", "Any news on the zebrafish?", "04-01", None, []),
    (9, ME, ["tom@work.example"], [], "Ping 2", "Any news on the zebrafish?", "04-08", None, []),
    (10, ME, ["tom@work.example"], [], "Ping 3", "Any news on the zebrafish?", "04-15", None, []),
    (11, "News <news@list.example>", [ME], [], "Weekly news", "Our weekly roundup of gadgets.", "03-05", None, None),
]
TOM_WORDS = (b"tom@work.example", b"tom@home.example", b"Tom Becker", b"zebrafish", b"xylophone")


def eml(n: int, sender: str, to: list[str], cc: list[str], subject: str, text: str, day: str, reply: int | None) -> bytes:
    headers = [f"From: {sender}", f"To: {', '.join(to)}"]
    if cc:
        headers.append(f"Cc: {', '.join(cc)}")
    headers += [f"Subject: {subject}", f"Date: {day_header(day)}", f"Message-ID: <m{n}@mail.example>"]
    if reply:
        headers += [f"In-Reply-To: <m{reply}@mail.example>", f"References: <m{reply}@mail.example>"]
    if sender.startswith("News"):
        headers.append("List-Id: <news.list.example>")
    return ("\n".join(headers) + f"\n\n{text}\n").encode()


def day_header(day: str) -> str:
    month, dom = day.split("-")
    months = {"03": "Mar", "04": "Apr", "05": "May"}
    return f"{int(dom)} {months[month]} 2026 10:00:00 +0000"


def build(db, *, store_text: bool = True) -> dict[int, int]:
    """Store MAIL (plus two unreadable messages), label it, merge Tom's two addresses and
    refresh the wallet for D. Returns message number -> row id."""
    raws = [RawMessage("test", str(n), eml(n, f, to, cc, s, t, d, r)) for n, f, to, cc, s, t, d, r, _ in MAIL]
    raws += [
        RawMessage("test", "q1", b"garbage that names tom@work.example and has no header lines"),
        RawMessage("test", "q2", b"other garbage, about nobody at all"),
    ]
    stats = ingest(db, raws, IngestOptions(my_addresses=frozenset({ME}), store_text=store_text))
    assert (stats.imported, stats.quarantined) == (11, 2)
    rows = {int(r[0][2:].split("@")[0]): r[1] for r in db.execute("SELECT message_id, id FROM messages")}
    for n, *_, tags in MAIL:
        if tags is not None:
            store.save_user_tags(db, rows[n], tags, TAGS)
    store.merge_contacts(db, "tom@work.example", "tom@home.example")
    wallet.refresh(db, CONFIG, D)
    return rows


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "w.db"


@pytest.fixture
def filled(path: Path):
    db = store.open_db(path)
    # as in SQLite builds without SECURE_DELETE (Debian's has it): then only VACUUM clears
    # freed pages, which the on-disk checks below must see
    db.execute("PRAGMA secure_delete = OFF")
    build(db)
    yield db
    db.close()


def subjects(db) -> list[str]:
    return [r[0] for r in db.execute("SELECT subject FROM messages ORDER BY date")]


def recipients(db) -> list[tuple[str, str, str]]:
    return db.execute(
        "SELECT m.subject, r.kind, r.address FROM recipients r JOIN messages m ON m.id = r.message "
        "ORDER BY m.date, r.kind, r.address"
    ).fetchall()


def fts(db, word: str) -> list[str]:
    return [
        r[0]
        for r in db.execute(
            "SELECT m.subject FROM messages_fts f JOIN messages m ON m.id = f.rowid WHERE messages_fts MATCH ? ORDER BY m.date",
            [word],
        )
    ]


def consistent(db) -> None:
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)").rowcount != 0
    for table in ("tags", "recipients", "wallet_events"):
        orphans = db.execute(f"SELECT count(*) FROM {table} WHERE message NOT IN (SELECT id FROM messages)").fetchone()[0]
        assert orphans == 0, table


def on_disk(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


# -- forget ---------------------------------------------------------------------------------------


def test_forget_deletes_the_person_and_keeps_mail_shared_with_others(filled, path):
    db = filled
    before = wallet.refresh(db, CONFIG, D)
    ann_before = [r for r in before.rows if r.address == "ann@x.example"]
    assert sorted(r.address for r in before.rows) == ["ann@x.example", "tom@work.example"]
    assert [(a.kind, a.address) for a in before.open_alerts] == [("ignored", "tom@work.example")]
    assert subjects(db) == [
        "Plan for March", "Re: Plan for March", "Weekly news", "Weekend", "Kickoff", "Re: Kickoff",
        "Question", "Re: Question", "Ping 1", "Ping 2", "Ping 3",
    ]
    assert db.execute("SELECT count(*) FROM tags").fetchone()[0] == 40
    assert fts(db, "zebrafish") == ["Plan for March", "Re: Plan for March", "Ping 1", "Ping 2", "Ping 3"]

    done = privacy.forget(db, CONFIG, "tom@home.example", as_of=D)

    assert done.compacted
    assert done.counts == store.ForgetCounts(
        addresses=("tom@home.example", "tom@work.example"), messages=6, tags=24, recipients=2,
        contacts=1, alerts=1, quarantined=1,
    )
    assert subjects(db) == ["Weekly news", "Kickoff", "Re: Kickoff", "Question", "Re: Question"]
    assert recipients(db) == [
        ("Weekly news", "to", ME),
        ("Kickoff", "cc", "ann@x.example"),
        ("Re: Kickoff", "to", ME),
        ("Question", "to", ME),
        ("Re: Question", "to", "ann@x.example"),
    ]
    # the message Tom was one of two recipients of keeps its count: Ann's share is unchanged
    assert db.execute("SELECT n_recipients FROM messages WHERE subject = 'Kickoff'").fetchone() == (2,)
    assert db.execute("SELECT count(*) FROM tags").fetchone()[0] == 16
    assert db.execute("SELECT address, name FROM contacts").fetchall() == [("ann@x.example", "Ann Lee")]
    assert db.execute("SELECT address FROM addresses").fetchall() == [("ann@x.example",)]
    assert db.execute("SELECT count(*) FROM alerts").fetchone() == (0,)
    assert db.execute("SELECT reason, size FROM quarantine").fetchall() == [
        ("not a mail message (no header lines)", 34)
    ]
    for table in ("wallet_state", "wallet_figures", "wallet_events"):
        contacts = {r[0] for r in db.execute(f"SELECT DISTINCT contact FROM {table}")}
        assert contacts == {db.execute("SELECT id FROM contacts").fetchone()[0]}, table
    assert db.execute("SELECT count(*) FROM wallet_intros").fetchone() == (0,)

    assert fts(db, "zebrafish") == [] and fts(db, "xylophone") == []
    assert fts(db, "kumquat") == ["Kickoff"] and fts(db, "quince") == ["Re: Kickoff"]
    consistent(db)

    after = wallet.refresh(db, CONFIG, D)
    assert [r.address for r in after.rows] == ["ann@x.example"] and after.alerts == ()
    _same(list(after.rows), ann_before)
    _same(list(after.rows), wallet.naive_figures(db, CONFIG, D))

    data = on_disk(path)
    for word in TOM_WORDS:
        assert word not in data, word
    assert b"kumquat" in data and b"ann@x.example" in data


def test_forget_someone_who_only_wrote(path):
    db = store.open_db(path)
    build(db)
    raw = eml(20, "Pat Pitch <pat@cold.example>", [ME], [], "Buy now", "The best offer of the year.", "05-02", None)
    ingest(db, [RawMessage("test", "20", raw)], IngestOptions(my_addresses=frozenset({ME})))
    assert privacy.forget_plan(db, CONFIG, "PAT@cold.example") == store.ForgetCounts(
        addresses=("pat@cold.example",), messages=1, tags=0, recipients=0, contacts=0, alerts=0, quarantined=0
    )
    assert db.execute("SELECT count(*) FROM messages").fetchone() == (12,)  # a plan deletes nothing
    privacy.forget(db, CONFIG, "PAT@cold.example", as_of=D)
    assert db.execute("SELECT count(*) FROM messages WHERE from_address = 'pat@cold.example'").fetchone() == (0,)
    assert len(subjects(db)) == 11
    consistent(db)


def test_forget_is_all_or_nothing(filled):
    # a failure at the second-last delete (addresses) must undo the messages deleted before it
    filled.execute("CREATE TEMP TRIGGER fail BEFORE DELETE ON addresses BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    before = {t: filled.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("messages", "recipients", "tags", "contacts", "alerts", "quarantine", "wallet_events")}
    with pytest.raises(sqlite3.IntegrityError, match="disk on fire"):
        privacy.forget(filled, CONFIG, "tom@work.example", as_of=D)
    after = {t: filled.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before
    assert fts(filled, "zebrafish") == ["Plan for March", "Re: Plan for March", "Ping 1", "Ping 2", "Ping 3"]
    filled.execute("DROP TRIGGER fail")
    assert privacy.forget(filled, CONFIG, "tom@work.example", as_of=D).counts.messages == 6
    consistent(filled)


def test_forget_refuses_my_own_address_and_unknown_people(filled):
    with pytest.raises(InboxwalletError, match="me@home.example is one of your own addresses"):
        privacy.forget(filled, CONFIG, ME)
    with pytest.raises(NotFound, match="nothing stored about 'nobody@x.example'"):
        privacy.forget(filled, CONFIG, "nobody@x.example")
    with pytest.raises(NotFound, match="no contact 'Nobody'"):
        privacy.forget(filled, CONFIG, "Nobody")
    assert filled.execute("SELECT count(*) FROM messages").fetchone() == (11,)


def test_forget_by_name_covers_every_address(filled):
    filled.execute("UPDATE contacts SET name = 'Tom Becker' WHERE address = 'tom@work.example'")
    filled.conn.commit()
    done = privacy.forget(filled, CONFIG, "tom becker", as_of=D)
    assert done.counts.addresses == ("tom@home.example", "tom@work.example") and done.counts.messages == 6


def test_quarantine_matches_whole_addresses_only(db):
    for key, raw in (("a", b"from atom@work.example x"), ("b", b"to tom@work.example.org"), ("c", b"cc TOM@Work.Example, x")):
        store.save_quarantine(db, RawMessage("t", key, raw), "bad")
    ids = store._quarantine_naming(db, ["tom@work.example"])
    keys = [db.execute("SELECT source_key FROM quarantine WHERE id = ?", [i]).fetchone()[0] for i in ids]
    assert keys == ["c"]


def run(*args: str, **kw):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def test_forget_cli_asks_then_deletes(filled, path, tmp_path):
    config = tmp_path / "c.toml"
    config.write_text(f'[identity]\naddresses = ["{ME}"]\n')
    base = ["--db", str(path), "--config", str(config), "forget", "tom@work.example"]
    plan = "tom@home.example, tom@work.example: 6 messages, 24 tags, 1 alert, 1 contact, 1 quarantined message; 2 messages to others kept without them"

    no = run(*base, input="n\n")
    assert no.exit_code == 1
    assert no.stderr == f"delete for good {plan}? [y/N]: n\nAborted!\n"
    assert filled.execute("SELECT count(*) FROM messages").fetchone() == (11,)

    yes = run(*base, "--yes")
    assert yes.exit_code == 0 and yes.stdout == ""
    assert yes.stderr == f"forgot {plan}\n"
    again = run(*base, "--yes")
    assert again.exit_code == 1 and again.stderr == "Error: nothing stored about 'tom@work.example'\n"
    assert run("--db", str(path), "--config", str(config), "-q", "forget", "ann@x.example", "--yes").stderr == ""
    consistent(filled)


# -- purge ----------------------------------------------------------------------------------------


def snapshot(db) -> dict[str, list]:
    """Every row of the tables purge must leave alone, and the messages without their text."""
    columns = [c[1] for c in db.execute("PRAGMA table_info(messages)") if c[1] != "text"]
    return {
        "messages": db.execute(f"SELECT {', '.join(columns)} FROM messages ORDER BY id").fetchall(),
        **{
            t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2, 3").fetchall()
            for t in ("recipients", "tags", "contacts", "addresses", "alerts", "wallet_events", "wallet_state", "quarantine")
        },
    }


def test_purge_drops_old_text_and_keeps_every_figure(filled, path):
    db = filled
    rows_before = snapshot(db)
    figures_before = wallet.refresh(db, CONFIG, D)
    assert privacy.purge_plan(db, date(2026, 3, 11)) == 5

    done = privacy.purge(db, date(2026, 3, 11))

    assert (done.messages, done.compacted) == (5, True)
    assert done.size_after <= done.size_before
    assert db.execute("SELECT subject, text IS NULL FROM messages ORDER BY date").fetchall() == [
        ("Plan for March", 1), ("Re: Plan for March", 1), ("Weekly news", 1), ("Weekend", 1),
        ("Kickoff", 1), ("Re: Kickoff", 0), ("Question", 0), ("Re: Question", 0),
        ("Ping 1", 0), ("Ping 2", 0), ("Ping 3", 0),
    ]
    assert snapshot(db) == rows_before
    # text gone from the index, subjects still there; newer text still found
    assert fts(db, "xylophone") == [] and fts(db, "kumquat") == []
    assert fts(db, "zebrafish") == ["Ping 1", "Ping 2", "Ping 3"]
    assert fts(db, "weekend") == ["Weekend"] and fts(db, "quince") == ["Re: Kickoff"]
    consistent(db)

    after = wallet.refresh(db, CONFIG, D)
    assert after.recomputed == 0  # nothing the wallet reads changed
    _same(list(after.rows), list(figures_before.rows))
    assert [(a.id, a.kind, a.opened) for a in after.alerts] == [(a.id, a.kind, a.opened) for a in figures_before.alerts]
    _same(list(after.rows), wallet.naive_figures(db, CONFIG, D))
    # a new model never re-scores text that is gone: the tags (and figures) stay
    purged = {r[0] for r in db.execute("SELECT id FROM messages WHERE text IS NULL")}
    assert not purged & {i for batch in store.messages_to_classify(db, "next-model") for i, _ in batch}

    data = on_disk(path)
    assert b"xylophone" not in data and b"kumquat" not in data and b"Bring the" not in data
    assert b"walrus" in data and b"Weekend" in data


def test_purge_cli(filled, path):
    base = ["--db", str(path), "purge", "--before", "2026-03-11"]
    no = run(*base, input="\n")
    assert no.exit_code == 1 and no.stderr == "drop the text of 5 messages dated before 2026-03-11? [y/N]: \nAborted!\n"
    assert filled.execute("SELECT count(*) FROM messages WHERE text IS NULL").fetchone() == (0,)

    yes = run(*base, "--yes")
    assert yes.exit_code == 0 and yes.stdout == ""
    assert re.fullmatch(
        r"dropped the text of 5 messages dated before 2026-03-11; tags and figures kept "
        r"\(database [\d.]+ KB -> [\d.]+ KB\)\n",
        yes.stderr,
    ), yes.stderr
    again = run(*base, "--yes")
    assert again.stderr.startswith("dropped the text of 0 messages dated before 2026-03-11;")
    assert run(*base, "--yes", input="").exit_code == 0
    bad = run("--db", str(path), "purge", "--before", "March")
    assert bad.exit_code == 2 and "'March' does not match the format '%Y-%m-%d'" in bad.stderr
    consistent(filled)


def test_privacy_commands_have_help():
    for args in (["forget"], ["purge"]):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, args
    for args in (["import"], ["sync"]):
        assert "--no-store-text" in run(*args, "--help").output


# -- no-store-text --------------------------------------------------------------------------------


def write_mail(folder: Path) -> Path:
    folder.mkdir()
    for n, f, to, cc, s, t, d, r, _ in MAIL:
        (folder / f"{n:02d}.eml").write_bytes(eml(n, f, to, cc, s, t, d, r))
    (folder / "bad.eml").write_bytes(b"garbage that names tom@work.example and has no header lines")
    return folder


def test_import_no_store_text_keeps_tags_and_figures_only(tmp_path):
    mail = write_mail(tmp_path / "mail")
    config = tmp_path / "c.toml"
    config.write_text(f'[identity]\naddresses = ["{ME}"]\n')
    kept, bare = tmp_path / "kept.db", tmp_path / "bare.db"
    assert run("--db", str(kept), "--config", str(config), "import", str(mail), "--workers", "1").exit_code == 0
    result = run("--db", str(bare), "--config", str(config), "import", str(mail), "--workers", "1", "--no-store-text")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == (
        "imported 11, skipped 0 duplicates, 1 bulk/automated, quarantined 1 (see inboxwallet quarantine)"
    )
    with sqlite3.connect(bare) as b, sqlite3.connect(kept) as k:
        assert b.execute("SELECT count(*), count(text) FROM messages").fetchone() == (11, 0)
        assert k.execute("SELECT count(*), count(text) FROM messages").fetchone() == (11, 11)
        assert b.execute("SELECT raw, size FROM quarantine").fetchall() == [(None, 59)]
        same = "SELECT message_id, subject, direction, from_address, n_recipients, bulk_reason FROM messages ORDER BY message_id"
        assert b.execute(same).fetchall() == k.execute(same).fetchall()
        tags = "SELECT m.message_id, t.tag, t.score, t.assigned FROM tags t JOIN messages m ON m.id = t.message ORDER BY 1, 2"
        assert b.execute(tags).fetchall() == k.execute(tags).fetchall()
        assert len(b.execute(tags).fetchall()) == (44 if MODEL_INSTALLED else 0)
        assert b.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'").fetchone() == (0,)
        assert b.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'kickoff'").fetchone() == (2,)
        assert k.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'").fetchone() == (5,)
    report = ["--config", str(config), "report", "--as-of", "2026-06-01", "--format", "json"]
    figures = [json.loads(run("--db", str(db), *report).stdout) for db in (bare, kept)]
    assert figures[0] == figures[1]
    assert b"zebrafish" not in on_disk(bare) and b"xylophone" not in on_disk(bare)


def test_config_store_text_false_and_the_option_over_it(tmp_path):
    mail = write_mail(tmp_path / "mail")
    config = tmp_path / "c.toml"
    config.write_text(f'[identity]\naddresses = ["{ME}"]\n\n[privacy]\nstore_text = false\n')
    for db, extra, texts in (("a.db", [], 0), ("b.db", ["--store-text"], 11)):
        path = tmp_path / db
        result = run("--db", str(path), "--config", str(config), "import", str(mail), "--workers", "1", *extra)
        assert result.exit_code == 0
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(text) FROM messages").fetchone() == (texts,), extra


@pytest.mark.server
def test_sync_no_store_text(dovecot, tmp_path, monkeypatch):
    from .test_sync import PW_VAR, write_config

    folder = f"privacy-{tmp_path.name}"[:40]
    dovecot.create_folder(folder)
    dovecot.append_many(folder, [eml(n, f, to, cc, s, t, d, r) for n, f, to, cc, s, t, d, r, _ in MAIL])
    monkeypatch.setenv(PW_VAR, dovecot.password)
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    db = tmp_path / "w.db"
    result = run("--config", str(config), "--db", str(db), "sync", "--no-classify", "--no-store-text")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(text), count(subject) FROM messages").fetchone() == (11, 0, 11)
        assert conn.execute("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'zebrafish'").fetchone() == (0,)
    assert b"zebrafish" not in on_disk(db)


def test_a_reader_keeps_the_old_pages_until_it_ends(filled, path):
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM messages").fetchone() == (11,)  # a read transaction, as Datasette's
    filled.execute("PRAGMA busy_timeout = 50")
    done = privacy.purge(filled, date(2026, 3, 11))
    assert (done.messages, done.compacted) == (5, False)
    assert reader.execute("SELECT count(text) FROM messages").fetchone() == (11,)  # its snapshot
    reader.close()
    assert store.compact(filled) and b"xylophone" not in on_disk(path)
    consistent(filled)
