"""The project's own exceptions. The CLI turns each into a one-line message; `database_errors`
turns the SQLite failures that come from outside the program (busy, disk full) into them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class InboxwalletError(Exception):
    "Something went wrong in inboxwallet"


class ConfigError(InboxwalletError):
    "The configuration file is not valid"


class StoreError(InboxwalletError):
    "The database could not be read or written"


class SourceError(InboxwalletError):
    "A mail source could not be read"


class ParseError(InboxwalletError):
    "A message could not be parsed"


class SyncError(InboxwalletError):
    "Syncing with the mail server failed"


class AuthError(SyncError):
    "The mail server refused the credentials"


class LockedError(InboxwalletError):
    "Another inboxwallet run holds the lock on this database"


class ModelError(InboxwalletError):
    "The classifier model could not be loaded or trained"


class NotFound(InboxwalletError):
    "No such record"


class BusyError(LockedError):
    "Another program is writing to the database and did not finish in time"


# -- SQLite failures a user can act on ------------------------------------------------------------
# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 3, 5, 6, 8, 10, 11, 13, 14, 26


@contextmanager
def database_errors(db: Any) -> Iterator[None]:
    """Turn the SQLite failures that come from outside the program (another writer, a full
    disk, an I/O error, a read-only or damaged file) into one-line errors. Anything else is a
    bug and keeps its traceback."""
    try:
        yield
    except sqlite3.Error as exc:
        error = _database_error(db, exc)
        if error is None:
            raise
        raise error from None


def _database_error(db: Any, exc: sqlite3.Error) -> InboxwalletError | None:
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    try:
        path = next((r[2] for r in db.execute("PRAGMA database_list").fetchall() if r[1] == "main"), "") or "the database"
        busy = db.execute("PRAGMA busy_timeout").fetchone()[0] / 1000
    except sqlite3.Error:
        path, busy = "the database", None
    if code in (_BUSY, _LOCKED):
        within = f" within {busy:g} s" if busy is not None else ""
        return BusyError(f"{path} is busy: another program is writing to it and did not finish{within}; try again later")
    if code == _FULL:
        return StoreError(f"{path}: cannot write, the disk is full (what was committed before is kept)")
    if code == _IOERR:
        return StoreError(f"{path}: cannot read or write: disk I/O error ({exc})")
    if code in (_READONLY, _PERM, _CANTOPEN):
        return StoreError(f"{path}: cannot write: {exc}")
    if code in (_CORRUPT, _NOTADB):
        return StoreError(f"{path}: the database file is damaged ({exc}); restore it from a backup")
    return None


def exception_chain(exc: BaseException) -> Iterator[BaseException]:
    """exc and every exception chained to it (causes and contexts, suppressed ones too),
    each once even when the chain loops."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [exc]
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        stack += [e.__cause__, e.__context__]
