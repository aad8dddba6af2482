"""Taking data back out of the store: forget a person, purge the text of old mail.

Each runs under the database lock (a sync started meanwhile exits with "try again later"), in
one transaction, and then rebuilds the file (store.compact), so that what was removed is gone
from the disk and not merely unlinked from the tables. Forgetting also brings the wallet up to
date, since other people's figures can depend on the person (an introduction, a shared
thread); purging changes no figure, because tags and every row stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import sqlite_utils

from . import store
from .config import Config
from .errors import InboxwalletError, NotFound, database_errors


@dataclass(frozen=True)
class Forgotten:
    counts: store.ForgetCounts
    compacted: bool  # False: a reader kept the WAL from being emptied (see store.compact)


@dataclass(frozen=True)
class Purged:
    before: date
    messages: int  # messages whose text was dropped
    size_before: int  # bytes, store.database_size
    size_after: int
    compacted: bool


def _person(db: sqlite_utils.Database, config: Config, who: str) -> tuple[tuple[str, ...], list[int], tuple[str, ...]]:
    """(their addresses, their contact ids, my addresses); refuses my own addresses."""
    from .wallet import identity

    addresses, contacts = store.forget_addresses(db, who)
    me = identity(db, config)
    own = sorted(set(addresses) & set(me))
    if own:
        raise InboxwalletError(f"{own[0]} is one of your own addresses; forget is for other people")
    return addresses, contacts, me


def forget_plan(db: sqlite_utils.Database, config: Config, who: str) -> store.ForgetCounts:
    """What forget() would delete, deleting nothing. NotFound when nothing is stored about them."""
    return _counts(db, *_person(db, config, who), who)


def _counts(
    db: sqlite_utils.Database, addresses: tuple[str, ...], contacts: list[int], me: tuple[str, ...], who: str
) -> store.ForgetCounts:
    counts = store.forget_counts(db, addresses, contacts, me)
    if db.conn.in_transaction:
        db.conn.commit()  # only temp tables were written
    anything = counts.messages or counts.recipients or counts.contacts or counts.quarantined
    if not anything:  # an address row alone (an ignored address) is still something
        marks = ", ".join("?" * len(addresses))
        anything = bool(db.execute(f"SELECT 1 FROM addresses WHERE address IN ({marks})", list(addresses)).fetchone())
    if not anything:
        raise NotFound(f"nothing stored about {who.strip()!r}")
    return counts


def forget(db: sqlite_utils.Database, config: Config, who: str, *, as_of: date | None = None) -> Forgotten:
    """Delete every stored message, recipient row, tag, alert and contact row about a person
    (`who`: an address, or a contact's address or name, which covers all of their addresses).
    Mail they were one of several recipients of is kept, without them. Then the wallet is
    refreshed (as of `as_of`, default today) and the file rebuilt."""
    from .sync import database_lock
    from .wallet import refresh

    with database_lock(db), database_errors(db):  # a full disk during VACUUM: one line, not a traceback
        addresses, contacts, me = _person(db, config, who)
        _counts(db, addresses, contacts, me, who)
        counts = store.forget_person(db, addresses, contacts, me)
        refresh(db, config, as_of)
        compacted = store.compact(db)
    return Forgotten(counts, compacted)


def _cutoff(before: date) -> str:
    return f"{before.isoformat()}T00:00:00Z"


def purge_plan(db: sqlite_utils.Database, before: date) -> int:
    """How many messages purge() would drop the text of."""
    return store.purge_count(db, _cutoff(before))


def purge(db: sqlite_utils.Database, before: date) -> Purged:
    """Drop the text of every message dated before the day `before` (UTC), and its entries in
    the search index, keeping the rows, subjects, recipients and tags: figures and alerts stay
    exactly as they were. Then the file is rebuilt."""
    from .sync import database_lock

    with database_lock(db), database_errors(db):
        size_before = store.database_size(db)
        n = store.purge_text(db, _cutoff(before))
        compacted = store.compact(db)
        size_after = store.database_size(db)
    return Purged(before, n, size_before, size_after, compacted)
