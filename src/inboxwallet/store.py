"""The SQLite store: the only module that names tables. Schema by migrations, idempotent
writes (save_*), and the read queries the commands need."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
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


def open_db(path: Path | str | None = None, *, memory: bool = False) -> sqlite_utils.Database:
    """Open (creating with mode 0600, migrating) the store."""
    try:
        if memory or path is None or str(path) == ":memory:":
            db = sqlite_utils.Database(memory=True)
        else:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            db = sqlite_utils.Database(sqlite3.connect(str(path), timeout=10))
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=10000")
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from None
    return db


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
    with conn:
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
    return SaveResult(inserted, duplicates, flags)


def save_tags(
    db: sqlite_utils.Database,
    message_ids: Sequence[int],
    scores: Sequence[dict[str, float]],
    thresholds: dict[str, float],
    model_version: str,
    *,
    source: str = "model",
) -> None:
    """Store a model's probability for every tag of each message (replacing older model
    scores), so "not yet classified by this version" is a simple query."""
    rows = [
        (mid, tag, float(score), int(score >= thresholds.get(tag, 0.5)), model_version, source)
        for mid, per_tag in zip(message_ids, scores)
        for tag, score in per_tag.items()
    ]
    with db.conn:
        if source == "model":
            db.conn.executemany(
                "DELETE FROM tags WHERE message = ? AND source = 'model'", [(m,) for m in message_ids]
            )
        db.conn.executemany(
            "INSERT OR REPLACE INTO tags (message, tag, score, assigned, model_version, source) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )


def save_quarantine(db: sqlite_utils.Database, raw: RawMessage, reason: str) -> bool:
    """Keep what could not be stored, with the reason. False if it was already there."""
    digest = hashlib.sha256(raw.raw or f"{raw.source}#{raw.key}".encode()).hexdigest()
    with db.conn:
        cur = db.conn.execute(
            "INSERT OR IGNORE INTO quarantine (source, source_key, reason, size, sha256, raw, quarantined_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (raw.source, raw.key, reason, len(raw.raw), digest, raw.raw[: 1 << 20], utcnow()),
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
        db.conn.executemany("INSERT INTO _scope VALUES (?)", [(i,) for i in ids])
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
    with db.conn:
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
    with db.conn:
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
        with db.conn:
            db.execute(
                "INSERT INTO addresses (address, ignored) VALUES (?, 1) "
                "ON CONFLICT(address) DO UPDATE SET ignored = 1",
                [who.lower()],
            )
        return who.lower()
    with db.conn:
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
    with db.conn:
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
