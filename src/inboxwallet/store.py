"""The SQLite store: the only module that names tables. Schema by migrations, idempotent
writes (save_*), and the read queries the commands need."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import sqlite_utils
from sqlite_utils import Migrations

from .errors import NotFound, StoreError
from .parse import MessageRecord
from .sources import RawMessage

migrations = Migrations("inboxwallet")


def utcnow() -> str:
    return iso(datetime.now(timezone.utc))


def iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# -- schema --------------------------------------------------------------------------------
# One function per change, never edited once released: opening an older file upgrades it.


def _run(db: sqlite_utils.Database, script: str) -> None:
    """Statement by statement: executescript() would commit the migration's transaction."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            db.execute(buffer)
            buffer = ""


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,      -- Message-ID header, or a content hash
            fingerprint TEXT NOT NULL UNIQUE,     -- sender+date+subject+text: same mail, other ID
            date TEXT,                            -- ISO 8601, UTC
            date_trusted INTEGER NOT NULL DEFAULT 1,
            direction TEXT NOT NULL,              -- sent | received
            from_address TEXT,
            from_name TEXT,
            subject TEXT,
            text TEXT,                            -- the author's own new text
            thread_id TEXT,
            in_reply_to TEXT,
            refs TEXT,                            -- JSON list of Message-IDs
            n_recipients INTEGER NOT NULL DEFAULT 0,  -- direct (To+Cc) recipients
            size INTEGER,
            attachments TEXT,                     -- JSON list of file names
            bulk_reason TEXT,                     -- why it is not person-to-person, or NULL
            source TEXT,
            source_key TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX messages_date ON messages(date);
        CREATE INDEX messages_from ON messages(from_address, date);
        CREATE INDEX messages_thread ON messages(thread_id);
        CREATE INDEX messages_in_reply_to ON messages(in_reply_to);

        CREATE TABLE recipients (
            message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,                   -- to | cc | bcc
            address TEXT NOT NULL,
            name TEXT,
            PRIMARY KEY (message, kind, address)
        );
        CREATE INDEX recipients_address ON recipients(address, message);

        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT,
            address TEXT NOT NULL,                -- the main address
            ignored INTEGER NOT NULL DEFAULT 0,
            admitted TEXT,                        -- why they became a contact
            created_at TEXT NOT NULL
        );

        CREATE TABLE addresses (
            address TEXT PRIMARY KEY,
            contact INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
            name TEXT,
            ignored INTEGER NOT NULL DEFAULT 0    -- never admit this address as a contact
        );
        CREATE INDEX addresses_contact ON addresses(contact);

        CREATE TABLE tags (
            message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,                    -- value_giving | apologetic | listening | self_promotional
            score REAL NOT NULL,                  -- probability (1.0 or 0.0 for the user's own labels)
            assigned INTEGER NOT NULL,            -- score at or above the tag's threshold
            model_version TEXT,
            source TEXT NOT NULL,                 -- model | user (user always wins)
            PRIMARY KEY (message, tag, source)
        );
        CREATE INDEX tags_model ON tags(source, model_version);

        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            contact INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,                 -- open | acked | closed
            opened TEXT NOT NULL,
            closed TEXT,
            detail TEXT
        );
        CREATE INDEX alerts_contact ON alerts(contact, kind, status);

        CREATE TABLE quarantine (
            id INTEGER PRIMARY KEY,
            source TEXT,
            source_key TEXT,
            reason TEXT NOT NULL,
            size INTEGER,
            sha256 TEXT UNIQUE,
            raw BLOB,                             -- the first MiB, for a look with any tool
            quarantined_at TEXT NOT NULL
        );

        CREATE TABLE sync_state (
            account TEXT NOT NULL,
            folder TEXT NOT NULL,
            uidvalidity INTEGER,
            last_uid INTEGER NOT NULL DEFAULT 0,
            highestmodseq INTEGER,
            updated_at TEXT,
            PRIMARY KEY (account, folder)
        );

        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        """
    )
    _run(
        db,
        """
        -- full-text search over subject and the author's text, named the way Datasette expects
        CREATE VIRTUAL TABLE messages_fts USING fts5(
            subject, text, content=messages, content_rowid=id, tokenize='porter'
        );
        CREATE TRIGGER messages_ai AFTER INSERT ON messages BEGIN
            INSERT INTO messages_fts (rowid, subject, text) VALUES (new.id, new.subject, new.text);
        END;
        CREATE TRIGGER messages_ad AFTER DELETE ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, subject, text)
            VALUES ('delete', old.id, old.subject, old.text);
        END;
        CREATE TRIGGER messages_au AFTER UPDATE ON messages BEGIN
            INSERT INTO messages_fts (messages_fts, rowid, subject, text)
            VALUES ('delete', old.id, old.subject, old.text);
            INSERT INTO messages_fts (rowid, subject, text) VALUES (new.id, new.subject, new.text);
        END;

        CREATE VIEW contact_overview AS
        SELECT c.id, c.name, c.address, c.ignored,
               (SELECT group_concat(a.address, ', ') FROM addresses a WHERE a.contact = c.id) AS all_addresses
        FROM contacts c;

        CREATE VIEW person_to_person AS
        SELECT * FROM messages WHERE bulk_reason IS NULL;
        """
    )


# -- opening ---------------------------------------------------------------------------------


def open_db(path: Path | str | None = None, *, memory: bool = False, busy_timeout: float = 10.0) -> sqlite_utils.Database:
    """Open (creating with mode 0600, migrating) the store. A write waits up to `busy_timeout`
    seconds for another program's write transaction to end (readers never block it: WAL)."""
    try:
        if memory or path is None or str(path) == ":memory:":
            db = sqlite_utils.Database(memory=True)
        else:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=busy_timeout))
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from None
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All or nothing. Not `with db.conn:`: sqlite3 opens its transaction only at the first
    write and sqlite-utils' db.execute commits a write made outside a transaction, so each
    statement of such a block committed on its own. An explicit BEGIN makes them one."""
    conn = db.conn
    if conn.in_transaction:  # inside a caller's transaction: part of it
        yield
        return
    conn.execute("BEGIN")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _fill_temp(db: sqlite_utils.Database, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
    """Rows for a TEMP scope table. sqlite3 opens an implicit transaction for them; commit it
    at once (when it is ours), or it would swallow the caller's next transaction(db)."""
    was_open = db.conn.in_transaction
    db.conn.executemany(sql, rows)
    if not was_open and db.conn.in_transaction:
        db.conn.commit()


# -- writes ------------------------------------------------------------------------------------


@dataclass
class SaveResult:
    inserted: list[int]
    duplicates: int
    inserted_flags: list[bool]  # one per item given: was it new?


_MESSAGE_COLUMNS = (
    "message_id, fingerprint, date, date_trusted, direction, from_address, from_name, subject, "
    "text, thread_id, in_reply_to, refs, n_recipients, size, attachments, bulk_reason, source, "
    "source_key, ingested_at"
)


def save_messages(
    db: sqlite_utils.Database,
    items: Sequence[tuple[RawMessage, MessageRecord]],
    *,
    my_addresses: frozenset[str] = frozenset(),
    store_text: bool = True,
) -> SaveResult:
    """Insert new messages and their recipients; a message already stored (same Message-ID or
    same fingerprint) is skipped. Returns the new row ids in the order of items (one
    transaction: a crash leaves the batch all or nothing)."""
    now = utcnow()
    inserted: list[int] = []
    flags: list[bool] = []
    duplicates = 0
    conn = db.conn
    insert = f"INSERT OR IGNORE INTO messages ({_MESSAGE_COLUMNS}) VALUES ({', '.join('?' * 19)})"
    with transaction(db):
        for raw, rec in items:
            direct = {a.address for a in rec.direct_recipients}
            if rec.sender:
                direct.discard(rec.sender.address)
            cur = conn.execute(
                insert,
                (
                    rec.message_id,
                    rec.fingerprint,
                    iso(rec.date),
                    int(rec.date_trusted),
                    rec.direction,
                    rec.sender.address if rec.sender else None,
                    rec.sender.name if rec.sender else None,
                    rec.subject,
                    rec.text if store_text else None,
                    rec.thread_id,
                    rec.in_reply_to,
                    json.dumps(list(rec.references)) if rec.references else None,
                    len(direct),
                    rec.size,
                    json.dumps(list(rec.attachments)) if rec.attachments else None,
                    rec.bulk_reason,
                    raw.source,
                    raw.key,
                    now,
                ),
            )
            flags.append(cur.rowcount == 1)
            if cur.rowcount != 1:
                duplicates += 1
                continue
            row_id = cur.lastrowid
            assert row_id is not None
            inserted.append(row_id)
            conn.executemany(
                "INSERT OR IGNORE INTO recipients (message, kind, address, name) VALUES (?, ?, ?, ?)",
                [
                    (row_id, kind, a.address, a.name or None)
                    for kind, addrs in (("to", rec.to), ("cc", rec.cc), ("bcc", rec.bcc))
                    for a in addrs
                ],
            )
        if inserted:  # full-text search (m103: one statement per batch, not a trigger per row)
            conn.execute(
                "INSERT INTO messages_fts (rowid, subject, text) "
                "SELECT id, subject, text FROM messages WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps(inserted)],
            )
    return SaveResult(inserted, duplicates, flags)


def find_stored(db: sqlite_utils.Database, records: Sequence[MessageRecord]) -> list[tuple[int, bool] | None]:
    """For each record already stored (same Message-ID, else same fingerprint): its row id and
    whether the model has tagged it; None where it is not stored. Ingest uses it to finish
    what a killed run left half-done: a batch saved, its tags or contacts not yet."""
    found: list[tuple[int, bool] | None] = []
    for rec in records:
        row = db.execute(
            "SELECT id, EXISTS (SELECT 1 FROM tags WHERE message = messages.id AND source = 'model') "
            "FROM messages WHERE message_id = ? OR fingerprint = ? ORDER BY message_id = ? DESC LIMIT 1",
            [rec.message_id, rec.fingerprint, rec.message_id],
        ).fetchone()
        found.append((int(row[0]), bool(row[1])) if row else None)
    return found


def save_tags(
    db: sqlite_utils.Database,
    message_ids: Sequence[int],
    scores: Sequence[dict[str, float]],
    thresholds: dict[str, float],
    model_version: str,
    *,
    source: str = "model",
    new_messages: bool = False,
) -> None:
    """Store a model's probability for every tag of each message (replacing older model
    scores), so "not yet classified by this version" is a simple query. new_messages: rows
    this transaction's caller has just inserted, which have no older scores to remove."""
    rows = [
        (mid, tag, float(score), int(score >= thresholds.get(tag, 0.5)), model_version, source)
        for mid, per_tag in zip(message_ids, scores)
        for tag, score in per_tag.items()
    ]
    with transaction(db):
        if source == "model" and not new_messages:
            db.conn.executemany(
                "DELETE FROM tags WHERE message = ? AND source = 'model'", [(m,) for m in message_ids]
            )
        db.conn.executemany(
            "INSERT OR REPLACE INTO tags (message, tag, score, assigned, model_version, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def save_quarantine(db: sqlite_utils.Database, raw: RawMessage, reason: str, *, keep_raw: bool = True) -> bool:
    """Keep what could not be stored, with the reason (and, unless keep_raw is False, the
    first MiB of its bytes). False if it was already there."""
    digest = hashlib.sha256(raw.raw or f"{raw.source}#{raw.key}".encode()).hexdigest()
    with transaction(db):
        cur = db.conn.execute(
            "INSERT OR IGNORE INTO quarantine (source, source_key, reason, size, sha256, raw, quarantined_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (raw.source, raw.key, reason, len(raw.raw), digest, raw.raw[: 1 << 20] if keep_raw else None, utcnow()),
        )
    return cur.rowcount == 1


def refresh_contacts(
    db: sqlite_utils.Database,
    my_addresses: frozenset[str],
    *,
    admit_inbound: bool = False,
    message_ids: Iterable[int] | None = None,
) -> int:
    """Admit as contacts the people I wrote to person-to-person (and, with admit_inbound, the
    people who wrote to me). Looks only at message_ids when given. Returns how many were added."""
    mine = sorted(my_addresses)
    mine_marks = ", ".join("?" * len(mine)) or "''"
    scope = ""
    params: list[Any] = []
    if message_ids is not None:
        ids = list(message_ids)
        if not ids:
            return 0
        db.execute("CREATE TEMP TABLE IF NOT EXISTS _scope (id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM _scope")
        _fill_temp(db, "INSERT INTO _scope VALUES (?)", [(i,) for i in ids])
        scope = "AND m.id IN (SELECT id FROM _scope)"
    candidates = (
        f"SELECT r.address AS address, r.name AS name, 'I wrote to them' AS why "
        f"FROM recipients r JOIN messages m ON m.id = r.message "
        f"WHERE m.direction = 'sent' AND m.bulk_reason IS NULL {scope} "
        f"AND r.address NOT IN ({mine_marks})"
    )
    params = list(mine)
    if admit_inbound:
        candidates += (
            f" UNION ALL SELECT m.from_address, m.from_name, 'they wrote to me' FROM messages m "
            f"WHERE m.direction = 'received' AND m.bulk_reason IS NULL {scope} "
            f"AND m.from_address IS NOT NULL AND m.from_address NOT IN ({mine_marks})"
        )
        params += mine
    added = 0
    with transaction(db):
        rows = db.execute(candidates, params).fetchall()
        for address, name, why in rows:
            existing = db.execute(
                "SELECT contact, ignored, name FROM addresses WHERE address = ?", [address]
            ).fetchone()
            if existing and (existing[0] is not None or existing[1]):
                if name and not existing[2]:
                    db.execute("UPDATE addresses SET name = ? WHERE address = ?", [name, address])
                continue
            best_name = name or _seen_name(db, address)
            cur = db.execute(
                "INSERT INTO contacts (name, address, admitted, created_at) VALUES (?, ?, ?, ?)",
                [best_name, address, why, utcnow()],
            )
            db.execute(
                "INSERT INTO addresses (address, contact, name) VALUES (?, ?, ?) "
                "ON CONFLICT(address) DO UPDATE SET contact = excluded.contact, name = coalesce(addresses.name, excluded.name)",
                [address, cur.lastrowid, best_name],
            )
            added += 1
    if message_ids is not None:
        db.execute("DELETE FROM _scope")
    return added


def _seen_name(db: sqlite_utils.Database, address: str) -> str | None:
    row = db.execute(
        "SELECT name FROM (SELECT from_name AS name FROM messages WHERE from_address = ? "
        "UNION ALL SELECT name FROM recipients WHERE address = ?) WHERE name IS NOT NULL AND name != '' "
        "GROUP BY name ORDER BY count(*) DESC LIMIT 1",
        [address, address],
    ).fetchone()
    return row[0] if row else None


# -- contacts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactRow:
    id: int
    name: str | None
    address: str
    addresses: tuple[str, ...]
    sent: int
    received: int
    last_contact: str | None
    ignored: bool


def find_contact(db: sqlite_utils.Database, who: str) -> int:
    """A contact id from an address or a (case-insensitive) name."""
    who = who.strip()
    row = db.execute("SELECT contact FROM addresses WHERE address = ? AND contact IS NOT NULL", [who.lower()]).fetchone()
    if row:
        return int(row[0])
    rows = db.execute("SELECT id FROM contacts WHERE lower(name) = lower(?)", [who]).fetchall()
    if len(rows) == 1:
        return int(rows[0][0])
    if len(rows) > 1:
        raise NotFound(f"{who!r} names {len(rows)} contacts; use an address")
    raise NotFound(f"no contact {who!r}")


def list_contacts(db: sqlite_utils.Database, *, include_ignored: bool = False) -> list[ContactRow]:
    """Contacts with message counts over person-to-person mail."""
    where = "" if include_ignored else "WHERE c.ignored = 0"
    sql = f"""
        WITH addr AS (SELECT address, contact FROM addresses WHERE contact IS NOT NULL),
        sent AS (
            SELECT a.contact, count(DISTINCT m.id) AS n, max(m.date) AS last
            FROM addr a JOIN recipients r ON r.address = a.address
            JOIN messages m ON m.id = r.message
            WHERE m.direction = 'sent' AND m.bulk_reason IS NULL GROUP BY a.contact
        ),
        recv AS (
            SELECT a.contact, count(*) AS n, max(m.date) AS last
            FROM addr a JOIN messages m ON m.from_address = a.address
            WHERE m.direction = 'received' AND m.bulk_reason IS NULL GROUP BY a.contact
        )
        SELECT c.id, c.name, c.address,
               (SELECT group_concat(address, ' ') FROM (SELECT address FROM addresses WHERE contact = c.id ORDER BY address)),
               coalesce(sent.n, 0), coalesce(recv.n, 0),
               max(coalesce(sent.last, ''), coalesce(recv.last, '')), c.ignored
        FROM contacts c LEFT JOIN sent ON sent.contact = c.id LEFT JOIN recv ON recv.contact = c.id
        {where}
        ORDER BY coalesce(sent.n, 0) + coalesce(recv.n, 0) DESC, c.address
    """
    return [
        ContactRow(r[0], r[1], r[2], tuple((r[3] or "").split()), r[4], r[5], r[6] or None, bool(r[7]))
        for r in db.execute(sql).fetchall()
    ]


def merge_contacts(db: sqlite_utils.Database, keep: str, merge: str) -> int:
    """Join two contacts into one (the first keeps its id and name). Returns the kept id."""
    keep_id = find_contact(db, keep)
    merge_id = find_contact(db, merge)
    if keep_id == merge_id:
        return keep_id
    with transaction(db):
        db.execute("UPDATE addresses SET contact = ? WHERE contact = ?", [keep_id, merge_id])
        db.execute("UPDATE alerts SET contact = ? WHERE contact = ?", [keep_id, merge_id])
        db.execute("DELETE FROM contacts WHERE id = ?", [merge_id])
    return keep_id


def ignore_contact(db: sqlite_utils.Database, who: str) -> str:
    """Hide a contact (or an address not yet a contact) from reports, now and later."""
    try:
        contact_id = find_contact(db, who)
    except NotFound:
        if "@" not in who:
            raise
        with transaction(db):
            db.execute(
                "INSERT INTO addresses (address, ignored) VALUES (?, 1) "
                "ON CONFLICT(address) DO UPDATE SET ignored = 1",
                [who.lower()],
            )
        return who.lower()
    with transaction(db):
        db.execute("UPDATE contacts SET ignored = 1 WHERE id = ?", [contact_id])
        db.execute("UPDATE addresses SET ignored = 1 WHERE contact = ?", [contact_id])
    row = db.execute("SELECT address FROM contacts WHERE id = ?", [contact_id]).fetchone()
    return str(row[0])


# -- quarantine, sync state -----------------------------------------------------------------------


def list_quarantine(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return [
        dict(zip(("id", "source", "source_key", "reason", "size", "quarantined_at"), row))
        for row in db.execute(
            "SELECT id, source, source_key, reason, size, quarantined_at FROM quarantine ORDER BY id"
        ).fetchall()
    ]


def message_counts(db: sqlite_utils.Database) -> dict[str, int]:
    row = db.execute(
        "SELECT count(*), sum(direction = 'sent'), sum(direction = 'received'), "
        "sum(bulk_reason IS NOT NULL) FROM messages"
    ).fetchone()
    contacts = db.execute("SELECT count(*) FROM contacts WHERE ignored = 0").fetchone()[0]
    quarantined = db.execute("SELECT count(*) FROM quarantine").fetchone()[0]
    return {
        "messages": row[0] or 0,
        "sent": row[1] or 0,
        "received": row[2] or 0,
        "bulk": row[3] or 0,
        "contacts": contacts,
        "quarantined": quarantined,
    }


def get_sync_state(db: sqlite_utils.Database, account: str, folder: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT uidvalidity, last_uid, highestmodseq FROM sync_state WHERE account = ? AND folder = ?",
        [account, folder],
    ).fetchone()
    if not row:
        return None
    return {"uidvalidity": row[0], "last_uid": row[1], "highestmodseq": row[2]}


def set_sync_state(
    db: sqlite_utils.Database,
    account: str,
    folder: str,
    *,
    uidvalidity: int,
    last_uid: int,
    highestmodseq: int | None = None,
) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO sync_state (account, folder, uidvalidity, last_uid, highestmodseq, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(account, folder) DO UPDATE SET "
            "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
            "highestmodseq = excluded.highestmodseq, updated_at = excluded.updated_at",
            [account, folder, uidvalidity, last_uid, highestmodseq, utcnow()],
        )


def known_message_ids(db: sqlite_utils.Database, message_ids: Iterable[str]) -> set[str]:
    ids = list(message_ids)
    found: set[str] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(
            r[0] for r in db.execute(f"SELECT message_id FROM messages WHERE message_id IN ({marks})", chunk)
        )
    return found


# -- tags ------------------------------------------------------------------------------------------


def messages_to_classify(
    db: sqlite_utils.Database, model_version: str, *, everything: bool = False, batch: int = 2000
) -> Iterable[list[tuple[int, str]]]:
    """Batches of (id, text) for messages without scores from this model version."""
    where = "" if everything else (
        "AND id NOT IN (SELECT message FROM tags WHERE source = 'model' AND model_version = ?)"
    )
    params = [] if everything else [model_version]
    last = 0
    while True:
        rows = db.execute(
            f"SELECT id, coalesce(text, '') FROM messages WHERE id > ? AND text IS NOT NULL {where} "
            f"ORDER BY id LIMIT {int(batch)}",
            [last, *params],
        ).fetchall()
        if not rows:
            return
        yield [(int(r[0]), str(r[1])) for r in rows]
        last = int(rows[-1][0])


def save_user_tags(db: sqlite_utils.Database, message: int, tags: Iterable[str], all_tags: Sequence[str]) -> None:
    """The user's own judgement of a message: one row per tag, 1 or 0. Always wins over the model."""
    chosen = set(tags)
    if not db.execute("SELECT 1 FROM messages WHERE id = ?", [message]).fetchone():
        raise NotFound(f"no message {message}")
    with transaction(db):
        db.conn.executemany(
            "INSERT OR REPLACE INTO tags (message, tag, score, assigned, model_version, source) "
            "VALUES (?, ?, ?, ?, NULL, 'user')",
            [(message, t, float(t in chosen), int(t in chosen)) for t in all_tags],
        )


def user_labeled(db: sqlite_utils.Database) -> list[tuple[int, str, list[str]]]:
    rows = db.execute(
        "SELECT m.id, m.text, group_concat(CASE WHEN t.assigned THEN t.tag END) FROM messages m "
        "JOIN tags t ON t.message = m.id AND t.source = 'user' WHERE m.text IS NOT NULL "
        "GROUP BY m.id ORDER BY m.id"
    ).fetchall()
    return [(int(r[0]), str(r[1]), [t for t in (r[2] or "").split(",") if t]) for r in rows]


def least_certain(db: sqlite_utils.Database, thresholds: dict[str, float], limit: int = 20) -> list[int]:
    """Person-to-person messages the model is least sure about and the user has not labeled."""
    cases = " ".join(f"WHEN '{t}' THEN {float(v)!r}" for t, v in thresholds.items() if t.isidentifier())
    rows = db.execute(
        f"SELECT t.message, min(abs(t.score - CASE t.tag {cases} ELSE 0.5 END)) AS margin "
        f"FROM tags t JOIN messages m ON m.id = t.message "
        f"WHERE t.source = 'model' AND m.bulk_reason IS NULL AND m.text IS NOT NULL AND length(m.text) > 0 "
        f"AND t.message NOT IN (SELECT message FROM tags WHERE source = 'user') "
        f"GROUP BY t.message ORDER BY margin, t.message LIMIT ?",
        [limit],
    ).fetchall()
    return [int(r[0]) for r in rows]


def get_message(db: sqlite_utils.Database, message: int) -> dict[str, Any]:
    row = db.execute("SELECT * FROM messages WHERE id = ?", [message]).fetchone()
    if not row:
        raise NotFound(f"no message {message}")
    cols = [d[0] for d in db.execute("SELECT * FROM messages LIMIT 0").description]
    record = dict(zip(cols, row))
    record["recipients"] = [
        {"kind": r[0], "address": r[1], "name": r[2]}
        for r in db.execute("SELECT kind, address, name FROM recipients WHERE message = ? ORDER BY kind, address", [message])
    ]
    record["tags"] = [
        {"tag": r[0], "score": r[1], "assigned": bool(r[2]), "source": r[3], "model_version": r[4]}
        for r in db.execute(
            "SELECT tag, score, assigned, source, model_version FROM tags WHERE message = ? ORDER BY source DESC, tag",
            [message],
        )
    ]
    return record


# -- wallet ------------------------------------------------------------------------------------------
# The wallet's own tables (migrations m1xx): a per-contact state that wallet.py can carry forward
# to a later report date without re-reading the contact's mail, and a list of what changed since
# it was computed, filled by triggers so that every writer (import, sync, classify, label, merge,
# ignore) keeps it honest without knowing about the wallet.


@migrations()
def m100_wallet_state(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        CREATE TABLE wallet_state (
            contact INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            as_of TEXT NOT NULL,                  -- covers mail dated on or before this day
            sent INTEGER NOT NULL,
            received INTEGER NOT NULL,
            given REAL NOT NULL,                  -- decayed to as_of
            received_value REAL NOT NULL,         -- decayed to as_of
            last_contact TEXT,
            state TEXT NOT NULL                   -- JSON: the rest of wallet.ContactState
        );

        -- (introducer, address they put in To/Cc): mail with that address can make them an advocate
        CREATE TABLE wallet_intros (
            contact INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            address TEXT NOT NULL,
            PRIMARY KEY (contact, address)
        );
        CREATE INDEX wallet_intros_address ON wallet_intros(address);

        -- what changed since the states were computed; seq grows on every change, so a refresh
        -- deletes only what it has seen
        CREATE TABLE wallet_dirty (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,                   -- message | contact | all
            id INTEGER NOT NULL,
            UNIQUE (kind, id)
        );

        -- my own addresses, as the stored mail says (the sender of every 'sent' message)
        CREATE INDEX wallet_sent_from ON messages(from_address) WHERE direction = 'sent';

        CREATE TRIGGER wallet_messages_ai AFTER INSERT ON messages BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('message', NEW.id);
        END;
        CREATE TRIGGER wallet_messages_au AFTER UPDATE OF
            date, direction, from_address, bulk_reason, n_recipients, thread_id, in_reply_to, refs
            ON messages BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('message', NEW.id);
        END;
        CREATE TRIGGER wallet_messages_ad AFTER DELETE ON messages BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('all', 0);
        END;
        CREATE TRIGGER wallet_recipients_ad AFTER DELETE ON recipients BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('all', 0);
        END;
        CREATE TRIGGER wallet_tags_ai AFTER INSERT ON tags BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('message', NEW.message);
        END;
        CREATE TRIGGER wallet_tags_au AFTER UPDATE ON tags BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('message', NEW.message);
        END;
        CREATE TRIGGER wallet_tags_ad AFTER DELETE ON tags BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('message', OLD.message);
        END;
        CREATE TRIGGER wallet_contacts_au AFTER UPDATE OF ignored ON contacts BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('contact', NEW.id);
        END;
        CREATE TRIGGER wallet_addresses_ai AFTER INSERT ON addresses WHEN NEW.contact IS NOT NULL BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('contact', NEW.contact);
        END;
        CREATE TRIGGER wallet_addresses_au AFTER UPDATE OF contact, ignored ON addresses BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id)
                SELECT 'contact', OLD.contact WHERE OLD.contact IS NOT NULL;
            INSERT OR REPLACE INTO wallet_dirty (kind, id)
                SELECT 'contact', NEW.contact WHERE NEW.contact IS NOT NULL;
        END;
        CREATE TRIGGER wallet_addresses_ad AFTER DELETE ON addresses WHEN OLD.contact IS NOT NULL BEGIN
            INSERT OR REPLACE INTO wallet_dirty (kind, id) VALUES ('contact', OLD.contact);
        END;
        """,
    )


def _wallet_scope(db: sqlite_utils.Database, contacts: Iterable[int] | None) -> str:
    """SQL condition on addr.contact: every contact, or the ones in a temp table."""
    if contacts is None:
        return ""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS _wallet_scope (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM _wallet_scope")
    _fill_temp(db, "INSERT OR IGNORE INTO _wallet_scope VALUES (?)", [(int(c),) for c in contacts])
    return "AND a.contact IN (SELECT id FROM _wallet_scope)"


# The columns of wallet_events() rows, in order.
WALLET_EVENT_COLUMNS = (
    "contact", "message", "date", "mine", "direct", "n_recipients", "value", "tags",
    "message_id", "in_reply_to", "refs", "thread_id", "subject",
)
# the tags wallet_events stores a probability for (the keys of [wallet.weights])
WALLET_TAGS = ("value_giving", "apologetic", "listening", "self_promotional")


def _wallet_message_ids(db: sqlite_utils.Database, messages: Iterable[int] | str) -> str:
    """A subquery for message ids: the ids given (through a temp table), or a subquery as is."""
    if isinstance(messages, str):
        return messages
    db.execute("CREATE TEMP TABLE IF NOT EXISTS _wallet_messages (id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM _wallet_messages")
    _fill_temp(db, "INSERT OR IGNORE INTO _wallet_messages VALUES (?)", [(int(m),) for m in messages])
    return "SELECT id FROM _wallet_messages"


def _wallet_events_sql(mine_marks: str, contact_scope: str, message_scope: str, before: str) -> str:
    """Events from the mail itself: one row per (contact, person-to-person message) for
    contacts not ignored: my mail to any of their addresses (mine = 1), theirs to me (mine = 0),
    with each tag's probability from the user's labels when the message has any, else the
    model's (all NULL: not tagged yet), and the tags assigned by the same source."""
    scores = ", ".join(
        f"(SELECT t.score FROM tags t WHERE t.message = p.message AND t.tag = '{tag}' AND t.source = p.src) AS {tag}"
        for tag in WALLET_TAGS
    )
    direct_to_me = (
        f"EXISTS (SELECT 1 FROM recipients r WHERE r.message = m.id AND r.kind = 'to' AND r.address IN ({mine_marks}))"
    )
    if message_scope:
        # a few messages: from each message to the contacts it involves
        pairs = f"""
            SELECT a.contact, r.message, 1 AS mine, max(r.kind = 'to') AS direct
            FROM messages m CROSS JOIN recipients r ON r.message = m.id
            CROSS JOIN addresses a ON a.address = r.address
            CROSS JOIN contacts c ON c.id = a.contact
            WHERE c.ignored = 0 AND m.direction = 'sent' AND m.bulk_reason IS NULL AND m.date < {before} {message_scope}
            GROUP BY a.contact, r.message
            UNION ALL
            SELECT a.contact, m.id, 0, {direct_to_me}
            FROM messages m CROSS JOIN addresses a ON a.address = m.from_address
            CROSS JOIN contacts c ON c.id = a.contact
            WHERE c.ignored = 0 AND m.direction = 'received' AND m.bulk_reason IS NULL AND m.date < {before} {message_scope}
        """
    else:
        # contacts: from each address through its index (CROSS JOIN keeps SQLite to this
        # order), never a scan of every message
        pairs = f"""
            SELECT addr.contact, r.message, 1 AS mine, max(r.kind = 'to') AS direct
            FROM addr CROSS JOIN recipients r ON r.address = addr.address
            CROSS JOIN messages m ON m.id = r.message
            WHERE m.direction = 'sent' AND m.bulk_reason IS NULL AND m.date < {before}
            GROUP BY addr.contact, r.message
            UNION ALL
            SELECT addr.contact, m.id, 0, {direct_to_me}
            FROM addr CROSS JOIN messages m ON m.from_address = addr.address
            WHERE m.direction = 'received' AND m.bulk_reason IS NULL AND m.date < {before}
        """
    return f"""
        WITH addr AS (
            SELECT a.address, a.contact FROM addresses a JOIN contacts c ON c.id = a.contact
            WHERE c.ignored = 0 {contact_scope}
        ),
        pairs AS ({pairs}),
        sourced AS (
            SELECT pairs.*, CASE WHEN EXISTS (SELECT 1 FROM tags u WHERE u.message = pairs.message
                                              AND u.source = 'user') THEN 'user' ELSE 'model' END AS src
            FROM pairs
        )
        SELECT p.contact, p.message, m.date, p.mine, p.direct, m.n_recipients, {scores},
               (SELECT group_concat(t.tag, ' ') FROM tags t WHERE t.message = p.message
                AND +t.source = p.src AND t.assigned) AS tags,  -- "+": by message, never a scan of tags_model
               m.message_id, m.in_reply_to, m.refs, m.thread_id, m.subject
        FROM sourced p JOIN messages m ON m.id = p.message
    """


def _identity_params(my_addresses: Iterable[str]) -> tuple[str, dict[str, Any]]:
    mine = sorted(a.lower() for a in my_addresses)
    return ", ".join(f":me{i}" for i in range(len(mine))) or "''", {f"me{i}": a for i, a in enumerate(mine)}


def _value_sql(weights: dict[str, float], params: dict[str, Any]) -> str:
    """The value of an event: the tags' weights times their probabilities."""
    terms = []
    for tag in WALLET_TAGS:
        params[f"w_{tag}"] = float(weights.get(tag, 0.0))
        terms.append(f"coalesce({tag}, 0) * :w_{tag}")
    return " + ".join(terms)


_EVENT_TABLE_COLUMNS = (
    "contact, message, date, mine, direct, n_recipients, value_giving, apologetic, listening, "
    "self_promotional, tags, message_id, in_reply_to, refs, thread_id, subject"
)


def wallet_events(
    db: sqlite_utils.Database,
    *,
    my_addresses: Iterable[str],
    weights: dict[str, float],
    before: str,
    contacts: Iterable[int] | None = None,
) -> list[tuple[Any, ...]]:
    """Rows of WALLET_EVENT_COLUMNS straight from the mail (dated before `before`, an ISO
    time), for every contact not ignored or only those given: the full recomputation.
    `value` is NULL for mail not tagged yet."""
    mine_marks, params = _identity_params(my_addresses)
    params["before"] = before
    value = _value_sql(weights, params)
    inner = _wallet_events_sql(mine_marks, _wallet_scope(db, contacts), "", ":before")
    sql = (
        f"SELECT contact, message, date, mine, direct, n_recipients, "
        f"CASE WHEN coalesce({', '.join(WALLET_TAGS)}) IS NULL THEN NULL ELSE {value} END, "
        f"tags, message_id, in_reply_to, refs, thread_id, subject "
        f"FROM ({inner}) "
        f"ORDER BY contact, date, message"
    )
    return db.execute(sql, params).fetchall()


def rebuild_wallet_events(
    db: sqlite_utils.Database,
    *,
    my_addresses: Iterable[str],
    contacts: Iterable[int] | None = None,
    messages: Iterable[int] | str | None = None,
    everything: bool = False,
) -> None:
    """Bring the stored events (wallet_events, kept in contact order) up to date from the mail:
    all of them, those of some contacts, or those of some messages (ids, or a subquery)."""
    mine_marks, params = _identity_params(my_addresses)
    with transaction(db):
        if everything:
            db.execute("DELETE FROM wallet_events")
            parts = [("", "")]
        else:
            parts = []
            if contacts is not None:
                contact_scope = _wallet_scope(db, contacts)
                db.execute("DELETE FROM wallet_events WHERE contact IN (SELECT id FROM _wallet_scope)")
                parts.append((contact_scope, ""))
            if messages is not None:
                ids = _wallet_message_ids(db, messages)
                db.execute(f"DELETE FROM wallet_events WHERE message IN ({ids})")
                parts.append(("", f"AND m.id IN ({ids})"))
        for contact_scope, message_scope in parts:
            inner = _wallet_events_sql(mine_marks, contact_scope, message_scope, "'9999'")
            db.execute(
                f"INSERT OR REPLACE INTO wallet_events ({_EVENT_TABLE_COLUMNS}) SELECT * FROM ({inner}) ORDER BY 1, 2",
                params,
            )


def stored_wallet_events(
    db: sqlite_utils.Database, *, weights: dict[str, float], before: str, contacts: Iterable[int] | None = None
) -> list[tuple[Any, ...]]:
    """Rows of WALLET_EVENT_COLUMNS from the stored events: what wallet_events() returns, read
    contact by contact in one range each."""
    return list(iter_stored_wallet_events(db, weights=weights, before=before, contacts=contacts))


def wallet_intro_candidates(
    db: sqlite_utils.Database,
    *,
    my_addresses: Iterable[str],
    before: str,
    contacts: Iterable[int] | None = None,
) -> list[tuple[Any, ...]]:
    """Possible introductions: (contact, address, first date they put it in To/Cc of a message
    to me, was it new then (no mail from it, none from me to it), my first message to it after,
    its first message to me after), everything dated before `before`."""
    scope = _wallet_scope(db, contacts)
    mine = sorted(a.lower() for a in my_addresses)
    params: dict[str, Any] = {"before": before}
    mine_marks = ", ".join(f":me{i}" for i in range(len(mine))) or "''"
    params.update({f"me{i}": a for i, a in enumerate(mine)})
    sql = f"""
        WITH addr AS (
            SELECT a.address, a.contact FROM addresses a JOIN contacts c ON c.id = a.contact
            WHERE c.ignored = 0 {scope}
        ),
        cand AS (
            SELECT addr.contact, r.address AS x, min(m.date) AS d
            FROM addr CROSS JOIN messages m ON m.from_address = addr.address
            CROSS JOIN recipients r ON r.message = m.id AND r.kind IN ('to', 'cc')
            WHERE m.direction = 'received' AND m.bulk_reason IS NULL AND m.date < :before
              AND r.address NOT IN ({mine_marks})
              AND r.address NOT IN (SELECT o.address FROM addresses o WHERE o.contact = addr.contact)
            GROUP BY addr.contact, r.address
        )
        ,
        checked AS (
            -- the cheap test first: mail from the address before (an index range on
            -- messages_from); only then my mail to it
            SELECT cand.*,
                CASE WHEN EXISTS (SELECT 1 FROM messages m2 WHERE m2.from_address = cand.x
                                  AND m2.bulk_reason IS NULL AND m2.date < cand.d) THEN 0
                     WHEN EXISTS (SELECT 1 FROM recipients r2 JOIN messages m2 ON m2.id = r2.message
                                  WHERE r2.address = cand.x AND m2.direction = 'sent'
                                  AND m2.bulk_reason IS NULL AND m2.date < cand.d) THEN 0
                     ELSE 1 END AS new
            FROM cand
        )
        SELECT contact, x, d, new,
            CASE WHEN new THEN (SELECT min(m2.date) FROM recipients r2 JOIN messages m2 ON m2.id = r2.message
                                WHERE r2.address = checked.x AND m2.direction = 'sent' AND m2.bulk_reason IS NULL
                                AND m2.date > checked.d AND m2.date < :before) END,
            CASE WHEN new THEN (SELECT min(m2.date) FROM messages m2 WHERE m2.from_address = checked.x
                                AND m2.direction = 'received' AND m2.bulk_reason IS NULL
                                AND m2.date > checked.d AND m2.date < :before) END
        FROM checked ORDER BY contact, d, x
    """
    return db.execute(sql, params).fetchall()


def wallet_my_addresses(db: sqlite_utils.Database) -> set[str]:
    """The addresses my sent mail came from (a skip-scan of a small partial index)."""
    rows = db.execute(
        """
        WITH RECURSIVE me(address) AS (
            SELECT min(from_address) FROM messages WHERE direction = 'sent'
            UNION ALL
            SELECT (SELECT min(from_address) FROM messages WHERE direction = 'sent' AND from_address > me.address)
            FROM me WHERE me.address IS NOT NULL
        )
        SELECT address FROM me WHERE address IS NOT NULL
        """
    ).fetchall()
    return {str(r[0]) for r in rows}


def wallet_contacts(db: sqlite_utils.Database) -> list[tuple[int, str | None, str]]:
    """(id, name, main address) of every contact not ignored."""
    return [
        (int(r[0]), r[1], str(r[2]))
        for r in db.execute("SELECT id, name, address FROM contacts WHERE ignored = 0 ORDER BY id")
    ]


def wallet_addresses(db: sqlite_utils.Database, contact: int) -> tuple[str, ...]:
    return tuple(
        r[0] for r in db.execute("SELECT address FROM addresses WHERE contact = ? ORDER BY address", [contact])
    )


def load_wallet_states(db: sqlite_utils.Database) -> list[tuple[int, str, str]]:
    """(contact, as_of, state JSON) for every stored state."""
    return [(int(r[0]), str(r[1]), str(r[2])) for r in db.execute("SELECT contact, as_of, state FROM wallet_state")]


def save_wallet_states(
    db: sqlite_utils.Database,
    rows: Sequence[tuple[int, str, int, int, float, float, str | None, str]],
    intros: dict[int, list[str]],
    *,
    drop: Iterable[int] = (),
) -> None:
    """Replace the states (and introduction candidates) of the contacts in rows; drop others."""
    with transaction(db):
        db.conn.executemany("DELETE FROM wallet_state WHERE contact = ?", [(c,) for c in drop])
        db.conn.executemany(
            "INSERT OR REPLACE INTO wallet_state (contact, as_of, sent, received, given, received_value, "
            "last_contact, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        db.conn.executemany("DELETE FROM wallet_intros WHERE contact = ?", [(r[0],) for r in rows])
        db.conn.executemany(
            "INSERT OR IGNORE INTO wallet_intros (contact, address) VALUES (?, ?)",
            [(c, a) for c, addresses in intros.items() for a in addresses],
        )


def wallet_changed_messages(last: int) -> str:
    """A subquery for the messages changed up to change number `last`."""
    return f"SELECT id FROM wallet_dirty WHERE kind = 'message' AND seq <= {int(last)}"


def wallet_changed_contacts(db: sqlite_utils.Database, last: int) -> set[int]:
    """Contacts changed themselves (addresses, ignored) up to change number `last`."""
    return {int(r[0]) for r in db.execute("SELECT id FROM wallet_dirty WHERE kind = 'contact' AND seq <= ?", [last])}


def wallet_changes(db: sqlite_utils.Database) -> tuple[int, bool, set[int]]:
    """What changed since the last refresh: (the last change seen, everything?, contacts touched)."""
    last = db.execute("SELECT coalesce(max(seq), 0) FROM wallet_dirty").fetchone()[0]
    if not last:
        return 0, False, set()
    everything = db.execute("SELECT 1 FROM wallet_dirty WHERE kind = 'all' AND seq <= ?", [last]).fetchone()
    if everything:
        return int(last), True, set()
    contacts = {
        int(r[0])
        for r in db.execute(
            f"""
            WITH changed AS (SELECT id FROM wallet_dirty WHERE kind = 'message' AND seq <= :last)
            {_WALLET_TOUCHED.format(messages="changed")}
            UNION SELECT id FROM wallet_dirty WHERE kind = 'contact' AND seq <= :last
            """,
            {"last": last},
        )
    }
    return int(last), False, contacts


# contacts whose state depends on the messages in {messages}: the people the mail is from or to,
# and whoever introduced one of them
_WALLET_TOUCHED = """
    , involved AS (
        SELECT m.from_address AS address FROM {messages} x JOIN messages m ON m.id = x.id
        UNION SELECT r.address FROM {messages} x JOIN recipients r ON r.message = x.id
    )
    SELECT a.contact FROM involved JOIN addresses a ON a.address = involved.address
    WHERE a.contact IS NOT NULL
    UNION SELECT i.contact FROM involved JOIN wallet_intros i ON i.address = involved.address
"""


def wallet_touched_between(db: sqlite_utils.Database, start: str, end: str) -> set[int]:
    """Contacts whose state depends on mail dated in [start, end) (ISO times)."""
    sql = (
        "WITH dated AS (SELECT id FROM messages WHERE date >= :start AND date < :end)"
        + _WALLET_TOUCHED.format(messages="dated")
    )
    return {int(r[0]) for r in db.execute(sql, {"start": start, "end": end})}


def forget_wallet_changes(db: sqlite_utils.Database, last: int) -> None:
    with transaction(db):
        db.execute("DELETE FROM wallet_dirty WHERE seq <= ?", [last])


def wallet_meta(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_wallet_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )


# -- alerts ------------------------------------------------------------------------------------------

ALERT_COLUMNS = ("id", "contact", "kind", "status", "opened", "closed", "detail")


def wallet_alerts(
    db: sqlite_utils.Database, *, statuses: Sequence[str] | None = None, opened_by: str | None = None
) -> list[dict[str, Any]]:
    """Alert rows (optionally only these statuses, or opened on or before a day), oldest first."""
    where, params = [], []
    if statuses is not None:
        where.append(f"status IN ({', '.join('?' * len(statuses))})")
        params += list(statuses)
    if opened_by is not None:
        where.append("opened <= ?")
        params.append(opened_by)
    sql = f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(zip(ALERT_COLUMNS, r)) for r in db.execute(sql + " ORDER BY id", params).fetchall()]


def wallet_alerts_covering(db: sqlite_utils.Database, day: str) -> list[dict[str, Any]]:
    """Alerts that were open (or acknowledged) on a day: opened by then and not closed by then."""
    return [
        dict(zip(ALERT_COLUMNS, r))
        for r in db.execute(
            f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts WHERE opened <= ? AND (closed IS NULL OR closed > ?) ORDER BY id",
            [day, day],
        )
    ]


def save_alert_changes(
    db: sqlite_utils.Database,
    day: str,
    *,
    opened: Sequence[tuple[int, str, str, str]] = (),
    closed: Sequence[int] = (),
    details: Sequence[tuple[int, str]] = (),
) -> None:
    """One transaction: open (contact, kind, opened day, detail), close ids on `day`, update
    details (id, detail)."""
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO alerts (contact, kind, status, opened, detail) VALUES (?, ?, 'open', ?, ?)",
            list(opened),
        )
        db.conn.executemany(
            "UPDATE alerts SET status = 'closed', closed = ? WHERE id = ?", [(day, i) for i in closed]
        )
        db.conn.executemany("UPDATE alerts SET detail = ? WHERE id = ?", [(d, i) for i, d in details])


def get_alert(db: sqlite_utils.Database, alert_id: int) -> dict[str, Any]:
    row = db.execute(f"SELECT {', '.join(ALERT_COLUMNS)} FROM alerts WHERE id = ?", [alert_id]).fetchone()
    if not row:
        raise NotFound(f"no alert {alert_id}")
    return dict(zip(ALERT_COLUMNS, row))


def ack_alert(db: sqlite_utils.Database, alert_id: int) -> dict[str, Any]:
    """Mark an open alert as seen; it stays quiet until its condition stops and starts again."""
    alert = get_alert(db, alert_id)
    if alert["status"] == "open":
        with transaction(db):
            db.execute("UPDATE alerts SET status = 'acked' WHERE id = ? AND status = 'open'", [alert_id])
        alert["status"] = "acked"
    return alert


# -- digest ------------------------------------------------------------------------------------------
# What the weekly digest reads besides the wallet. Its one record, the last digest sent (so cron
# never sends the same week twice), is a JSON value in the meta table: no schema change.

DIGEST_SENT_KEY = "digest.last_sent"


def digest_last_sent(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """The record save_digest_sent left: week, as_of, sent_at, via, message_id (or None)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [DIGEST_SENT_KEY]).fetchone()
    if row is None or not row[0]:
        return None
    try:
        value = json.loads(row[0])
    except ValueError:
        return None  # a hand-edited value: better one digest too many than none ever again
    return value if isinstance(value, dict) else None


def save_digest_sent(db: sqlite_utils.Database, record: dict[str, Any]) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [DIGEST_SENT_KEY, json.dumps(record, sort_keys=True)],
        )


def digest_mail_counts(db: sqlite_utils.Database, start: str, end: str) -> dict[str, int]:
    """Mail dated in [start, end) (ISO times): person-to-person sent and received, and bulk
    (lists, automated mail, digests); and what was stored or quarantined in that time."""
    row = db.execute(
        "SELECT sum(direction = 'sent' AND bulk_reason IS NULL), sum(direction = 'received' AND bulk_reason IS NULL), "
        "sum(bulk_reason IS NOT NULL) FROM messages WHERE date >= ? AND date < ?",
        [start, end],
    ).fetchone()
    stored = db.execute("SELECT count(*) FROM messages WHERE ingested_at >= ? AND ingested_at < ?", [start, end]).fetchone()
    quarantined = db.execute(
        "SELECT count(*) FROM quarantine WHERE quarantined_at >= ? AND quarantined_at < ?", [start, end]
    ).fetchone()
    return {
        "sent": int(row[0] or 0),
        "received": int(row[1] or 0),
        "bulk": int(row[2] or 0),
        "stored": int(stored[0] or 0),
        "quarantined": int(quarantined[0] or 0),
    }


def digest_waiting(
    db: sqlite_utils.Database, *, my_addresses: Iterable[str], since: str, before: str
) -> list[dict[str, Any]]:
    """Contacts (not ignored) waiting for my answer: person-to-person mail from them with me in
    To, dated after the last thing I sent them and before `before`, the latest of it on or
    after `since`. One dict per contact, the longest wait first: contact, name, address,
    first (date of the first unanswered message), latest, messages, subject (of the first)."""
    mine = sorted(a.lower() for a in my_addresses)
    params: dict[str, Any] = {"since": since, "before": before}
    mine_marks = ", ".join(f":me{i}" for i in range(len(mine))) or "''"
    params.update({f"me{i}": a for i, a in enumerate(mine)})
    sql = f"""
        WITH addr AS (
            SELECT a.address, a.contact FROM addresses a JOIN contacts c ON c.id = a.contact WHERE c.ignored = 0
        ),
        last_mine AS (
            SELECT addr.contact, max(m.date) AS d
            FROM addr JOIN recipients r ON r.address = addr.address JOIN messages m ON m.id = r.message
            WHERE m.direction = 'sent' AND m.bulk_reason IS NULL AND m.date < :before
            GROUP BY addr.contact
        ),
        theirs AS (
            SELECT addr.contact, m.id, m.date, m.subject
            FROM addr JOIN messages m ON m.from_address = addr.address
            LEFT JOIN last_mine l ON l.contact = addr.contact
            WHERE m.direction = 'received' AND m.bulk_reason IS NULL AND m.date < :before
              AND m.date > coalesce(l.d, '')
              AND EXISTS (SELECT 1 FROM recipients r WHERE r.message = m.id AND r.kind = 'to'
                          AND r.address IN ({mine_marks}))
        )
        SELECT t.contact, c.name, c.address, min(t.date), max(t.date), count(*),
               (SELECT t2.subject FROM theirs t2 WHERE t2.contact = t.contact ORDER BY t2.date, t2.id LIMIT 1)
        FROM theirs t JOIN contacts c ON c.id = t.contact
        GROUP BY t.contact HAVING max(t.date) >= :since
        ORDER BY min(t.date), c.address
    """
    keys = ("contact", "name", "address", "first", "latest", "messages", "subject")
    return [dict(zip(keys, r)) for r in db.execute(sql, params).fetchall()]


@migrations()
def m101_wallet_figures(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        -- every contact's figures evaluated for one report date (meta wallet.figures_as_of), so
        -- that report and alerts for the date of the last refresh only read them
        CREATE TABLE wallet_figures (
            contact INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
            sent INTEGER NOT NULL,
            received INTEGER NOT NULL,
            given REAL NOT NULL,
            received_value REAL NOT NULL,
            reciprocity REAL,
            given_week_ago REAL NOT NULL,
            stage TEXT,
            last_contact TEXT,
            trend TEXT NOT NULL,                  -- 12 weekly values, oldest first, comma-separated
            hits TEXT                             -- JSON: the alert conditions holding, or NULL
        );
        """,
    )


def wallet_state_dates(db: sqlite_utils.Database) -> dict[int, str]:
    """contact -> the day its stored state covers."""
    return {int(r[0]): str(r[1]) for r in db.execute("SELECT contact, as_of FROM wallet_state")}


def save_wallet_figures(db: sqlite_utils.Database, rows: Sequence[tuple[Any, ...]]) -> None:
    """Replace every stored figure row (contact, sent, received, given, received_value,
    reciprocity, given_week_ago, stage, last_contact, trend, hits JSON)."""
    with transaction(db):
        db.execute("DELETE FROM wallet_figures")
        db.conn.executemany(f"INSERT INTO wallet_figures VALUES ({', '.join('?' * 11)})", rows)


def load_wallet_figures(db: sqlite_utils.Database) -> list[tuple[Any, ...]]:
    """The stored figures of contacts not ignored, with their name and address first."""
    return db.execute(
        "SELECT c.name, c.address, f.* FROM wallet_figures f JOIN contacts c ON c.id = f.contact WHERE c.ignored = 0"
    ).fetchall()


@migrations()
def m102_wallet_events(db: sqlite_utils.Database) -> None:
    _run(
        db,
        """
        -- each contact's person-to-person mail, kept in contact order so that recomputing a
        -- contact reads one range instead of messages scattered over the whole file; rebuilt
        -- from the mail for whatever wallet_dirty lists
        CREATE TABLE wallet_events (
            contact INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            message INTEGER NOT NULL,
            date TEXT NOT NULL,
            mine INTEGER NOT NULL,                -- 1: I sent it to them; 0: they sent it to me
            direct INTEGER NOT NULL,              -- they were in To (mine); I was in To (theirs)
            n_recipients INTEGER NOT NULL,
            value_giving REAL,                    -- each tag's probability (NULL: not tagged)
            apologetic REAL,
            listening REAL,
            self_promotional REAL,
            tags TEXT,                            -- the tags assigned, space-separated
            message_id TEXT,
            in_reply_to TEXT,
            refs TEXT,
            thread_id TEXT,
            subject TEXT,
            PRIMARY KEY (contact, message)
        ) WITHOUT ROWID;
        CREATE INDEX wallet_events_message ON wallet_events(message);
        """,
    )


@migrations()
def m103_fts_by_batch(db: sqlite_utils.Database) -> None:
    """save_messages indexes each batch for search in one statement: the per-row trigger cost
    about 0.08 ms a message, a quarter of what the sync's main process spends storing one."""
    db.execute("DROP TRIGGER IF EXISTS messages_ai")


def _mark_dirty(kind: str, id_expr: str, when: str = "") -> str:
    """Trigger body that queues (kind, id) with a fresh seq. Not INSERT OR REPLACE: inside a
    foreign-key action (ON DELETE SET NULL / CASCADE) SQLite applies the outer statement's
    ABORT instead, so a second row for the same contact failed with a UNIQUE error."""
    return (
        f"DELETE FROM wallet_dirty WHERE kind = '{kind}' AND id = {id_expr}{' AND ' + when if when else ''};\n"
        f"            INSERT INTO wallet_dirty (kind, id) SELECT '{kind}', {id_expr}{' WHERE ' + when if when else ''};"
    )


@migrations()
def m104_dirty_triggers_inside_cascades(db: sqlite_utils.Database) -> None:
    """Deleting a contact with two or more addresses failed (UNIQUE constraint on wallet_dirty):
    the m100 triggers are recreated with _mark_dirty."""
    triggers = {
        "wallet_messages_ai": ("AFTER INSERT ON messages", _mark_dirty("message", "NEW.id")),
        "wallet_messages_au": (
            "AFTER UPDATE OF date, direction, from_address, bulk_reason, n_recipients, thread_id, "
            "in_reply_to, refs ON messages",
            _mark_dirty("message", "NEW.id"),
        ),
        "wallet_messages_ad": ("AFTER DELETE ON messages", _mark_dirty("all", "0")),
        "wallet_recipients_ad": ("AFTER DELETE ON recipients", _mark_dirty("all", "0")),
        "wallet_tags_ai": ("AFTER INSERT ON tags", _mark_dirty("message", "NEW.message")),
        "wallet_tags_au": ("AFTER UPDATE ON tags", _mark_dirty("message", "NEW.message")),
        "wallet_tags_ad": ("AFTER DELETE ON tags", _mark_dirty("message", "OLD.message")),
        "wallet_contacts_au": ("AFTER UPDATE OF ignored ON contacts", _mark_dirty("contact", "NEW.id")),
        "wallet_addresses_ai": (
            "AFTER INSERT ON addresses WHEN NEW.contact IS NOT NULL",
            _mark_dirty("contact", "NEW.contact"),
        ),
        "wallet_addresses_au": (
            "AFTER UPDATE OF contact, ignored ON addresses",
            _mark_dirty("contact", "OLD.contact", "OLD.contact IS NOT NULL")
            + "\n            "
            + _mark_dirty("contact", "NEW.contact", "NEW.contact IS NOT NULL"),
        ),
        "wallet_addresses_ad": (
            "AFTER DELETE ON addresses WHEN OLD.contact IS NOT NULL",
            _mark_dirty("contact", "OLD.contact"),
        ),
    }
    for name, (event, body) in triggers.items():
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
        db.execute(f"CREATE TRIGGER {name} {event} BEGIN\n            {body}\n        END")


# -- privacy: forgetting a person, purging old text ---------------------------------------------------
# No schema change: deletes and updates through the tables as they are. The m001 triggers keep
# messages_fts in step, the m100 triggers mark the wallet for a full recomputation, and
# compact() then rebuilds the file so that what was removed leaves the disk too.


@dataclass(frozen=True)
class ForgetCounts:
    """What forgetting a person removes (or would remove)."""

    addresses: tuple[str, ...]
    messages: int  # deleted: mail from them, and mail to them alone
    tags: int  # of those messages
    recipients: int  # their recipient rows on mail kept for other people
    contacts: int
    alerts: int
    quarantined: int  # quarantined mail whose bytes name one of their addresses

    def summary(self) -> str:
        deleted = ", ".join(
            f"{n:,} {word if n == 1 else plural}"
            for n, word, plural in (
                (self.messages, "message", "messages"),
                (self.tags, "tag", "tags"),
                (self.alerts, "alert", "alerts"),
                (self.contacts, "contact", "contacts"),
                (self.quarantined, "quarantined message", "quarantined messages"),
            )
        )
        kept = f"{self.recipients:,} message{'s' if self.recipients != 1 else ''} to others kept without them"
        return f"{', '.join(self.addresses)}: {deleted}; {kept}"


def forget_addresses(db: sqlite_utils.Database, who: str) -> tuple[tuple[str, ...], list[int]]:
    """The addresses and contact ids that stand for a person: every address of the contact
    `who` names (an address or a name), or the one address given when it is no contact's."""
    try:
        contact = find_contact(db, who)
    except NotFound:
        if "@" not in who:
            raise
        return (who.strip().lower(),), []
    addresses = {str(r[0]) for r in db.execute("SELECT address FROM addresses WHERE contact = ?", [contact])}
    main = db.execute("SELECT address FROM contacts WHERE id = ?", [contact]).fetchone()
    addresses.add(str(main[0]).lower())
    if "@" in who:
        addresses.add(who.strip().lower())
    return tuple(sorted(addresses)), [contact]


def _forget_scope(
    db: sqlite_utils.Database, addresses: Sequence[str], my_addresses: Iterable[str]
) -> None:
    """Fill the temp tables _forget_addr (their addresses) and _forget_msg (the messages to
    delete: from them, or with no recipient left once they are taken out, not counting the
    sender and, on mail I sent, my own addresses)."""
    for name, column in (("_forget_addr", "address TEXT"), ("_forget_me", "address TEXT"), ("_forget_msg", "id INTEGER")):
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} ({column} PRIMARY KEY)")
        db.execute(f"DELETE FROM {name}")
    _fill_temp(db, "INSERT OR IGNORE INTO _forget_addr VALUES (?)", [(a,) for a in addresses])
    _fill_temp(db, "INSERT OR IGNORE INTO _forget_me VALUES (?)", [(a.lower(),) for a in my_addresses])
    db.execute(
        "INSERT OR IGNORE INTO _forget_msg SELECT id FROM messages WHERE from_address IN (SELECT address FROM _forget_addr)"
    )
    db.execute(
        """
        INSERT OR IGNORE INTO _forget_msg
        SELECT DISTINCT r.message FROM recipients r
        WHERE r.address IN (SELECT address FROM _forget_addr)
          AND NOT EXISTS (
            SELECT 1 FROM recipients o JOIN messages m ON m.id = o.message
            WHERE o.message = r.message
              AND o.address NOT IN (SELECT address FROM _forget_addr)
              AND o.address IS NOT m.from_address
              AND NOT (m.direction = 'sent' AND o.address IN (SELECT address FROM _forget_me))
          )
        """
    )


_ADDRESS_EDGE = rb"[\w.+-]"


def _quarantine_naming(db: sqlite_utils.Database, addresses: Sequence[str]) -> list[int]:
    """Quarantined mail whose stored bytes name one of the addresses (as a whole address,
    any case): the parser could not read it, so only its bytes can tell."""
    import re

    pattern = re.compile(
        rb"(?<!" + _ADDRESS_EDGE + rb")(?:" + b"|".join(re.escape(a.encode()) for a in addresses)
        + rb")(?!" + _ADDRESS_EDGE + rb")",
        re.IGNORECASE,
    )
    return [
        int(qid)
        for qid, raw in db.execute("SELECT id, raw FROM quarantine WHERE raw IS NOT NULL")
        if pattern.search(bytes(raw))
    ]


def forget_counts(
    db: sqlite_utils.Database, addresses: Sequence[str], contacts: Sequence[int], my_addresses: Iterable[str]
) -> ForgetCounts:
    """What forget_person would remove, without removing anything."""
    _forget_scope(db, addresses, my_addresses)
    marks = ", ".join("?" * len(contacts)) or "NULL"
    row = db.execute(
        f"""
        SELECT (SELECT count(*) FROM _forget_msg),
               (SELECT count(*) FROM tags WHERE message IN (SELECT id FROM _forget_msg)),
               (SELECT count(DISTINCT message) FROM recipients WHERE address IN (SELECT address FROM _forget_addr)
                AND message NOT IN (SELECT id FROM _forget_msg)),
               (SELECT count(*) FROM contacts WHERE id IN ({marks})
                OR address IN (SELECT address FROM _forget_addr)),
               (SELECT count(*) FROM alerts WHERE contact IN (SELECT id FROM contacts WHERE id IN ({marks})
                OR address IN (SELECT address FROM _forget_addr)))
        """,
        [*contacts, *contacts],
    ).fetchone()
    return ForgetCounts(
        tuple(addresses), int(row[0]), int(row[1]), int(row[2]), int(row[3]), int(row[4]),
        len(_quarantine_naming(db, addresses)),
    )


def forget_person(
    db: sqlite_utils.Database, addresses: Sequence[str], contacts: Sequence[int], my_addresses: Iterable[str]
) -> ForgetCounts:
    """Delete everything stored about a person, in one transaction: their mail and mail to
    them alone (with recipients, tags and search entries), their recipient rows on mail kept
    for others, their contact with its alerts and wallet rows, their address rows, and
    quarantined mail naming them. The wallet triggers mark everything for recomputation."""
    mine = list(my_addresses)
    counts = forget_counts(db, addresses, contacts, mine)
    quarantined = _quarantine_naming(db, addresses)
    marks = ", ".join("?" * len(contacts)) or "NULL"
    conn = db.conn
    with transaction(db):  # the scope forget_counts filled is still in the temp tables
        conn.execute("DELETE FROM wallet_events WHERE message IN (SELECT id FROM _forget_msg)")
        conn.execute("DELETE FROM messages WHERE id IN (SELECT id FROM _forget_msg)")
        conn.execute("DELETE FROM recipients WHERE address IN (SELECT address FROM _forget_addr)")
        conn.execute("DELETE FROM wallet_intros WHERE address IN (SELECT address FROM _forget_addr)")
        # addresses before the contact, so ON DELETE SET NULL has nothing left to update (the
        # m104 triggers would also cope with it)
        conn.execute("DELETE FROM addresses WHERE address IN (SELECT address FROM _forget_addr)")
        conn.execute(
            f"DELETE FROM contacts WHERE id IN ({marks}) OR address IN (SELECT address FROM _forget_addr)",
            list(contacts),
        )
        conn.executemany("DELETE FROM quarantine WHERE id = ?", [(q,) for q in quarantined])
        for name in ("_forget_addr", "_forget_me", "_forget_msg"):
            conn.execute(f"DELETE FROM {name}")
    return counts


def purge_count(db: sqlite_utils.Database, before: str) -> int:
    """How many messages dated before `before` (an ISO time) still have their text."""
    return int(db.execute("SELECT count(*) FROM messages WHERE date < ? AND text IS NOT NULL", [before]).fetchone()[0])


def purge_text(db: sqlite_utils.Database, before: str) -> int:
    """Drop the author text of messages dated before `before` (an ISO time): the row, its
    recipients, subject and tags stay, so every figure stays the same; the search index
    keeps only the subject (the m001 update trigger). Messages without a date are kept.
    Returns how many lost their text."""
    with transaction(db):
        cur = db.conn.execute("UPDATE messages SET text = NULL WHERE date < ? AND text IS NOT NULL", [before])
    return int(cur.rowcount)


def database_size(db: sqlite_utils.Database) -> int:
    """Bytes the database takes (pages in use and free), WAL aside."""
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    size = db.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)


def compact(db: sqlite_utils.Database) -> bool:
    """Rebuild the file after a deletion, so removed text is gone from the disk as well:
    merge the full-text index (its deletions are only markers until segments merge), VACUUM,
    and empty the WAL. False when a reader (a Datasette, a sqlite3 shell) kept the WAL from
    being emptied: the old pages leave it at the next checkpoint after that reader ends."""
    if db.conn.in_transaction:
        db.conn.commit()  # an implicit transaction left open by a read-modify helper
    with transaction(db):
        db.execute("INSERT INTO messages_fts (messages_fts) VALUES ('optimize')")
    db.execute("VACUUM")
    row = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return row is None or int(row[0]) == 0


# -- scale ---------------------------------------------------------------------------------------------


def iter_stored_wallet_events(
    db: sqlite_utils.Database, *, weights: dict[str, float], before: str, contacts: Iterable[int] | None = None
) -> Iterator[tuple[Any, ...]]:
    """stored_wallet_events() a row at a time, in contact order: a full recomputation then
    holds one contact's mail at a time, not everyone's (at 200,000 messages the difference
    between about 60 MB and 250 MB, growing with the mailbox)."""
    params: dict[str, Any] = {"before": before}
    value = _value_sql(weights, params)
    scope = "" if contacts is None else "AND contact IN (SELECT id FROM _wallet_scope)"
    if contacts is not None:
        _wallet_scope(db, contacts)
    yield from db.execute(
        f"SELECT contact, message, date, mine, direct, n_recipients, "
        f"CASE WHEN coalesce({', '.join(WALLET_TAGS)}) IS NULL THEN NULL ELSE {value} END, "
        f"tags, message_id, in_reply_to, refs, thread_id, subject "
        f"FROM wallet_events WHERE date < :before {scope} ORDER BY contact, date, message",
        params,
    )
