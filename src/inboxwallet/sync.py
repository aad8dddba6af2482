"""`inboxwallet sync`: bring new mail from IMAP accounts into the store, safely under cron.

Per folder the store keeps UIDVALIDITY and the highest UID stored (sync_state). A run asks
for UIDs above it, feeds them through the one ingest path, and moves the checkpoint only after
each batch is committed, so a killed run resumes where it stopped: at worst one batch is read
again, and saving is idempotent. Messages deleted on the server stay in the store (it is a
history); a message in two folders is stored once (store dedupes by Message-ID/fingerprint).

One run at a time per database (a lock file beside it); logging goes to a private file and
carries counts, never message text or secrets.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import logging.handlers
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import sqlite_utils

from . import store
from .config import Account, Config
from .credentials import Secret, account_secret
from .errors import (
    InboxwalletError,
    LockedError,
    StoreError,
    SyncError,
    database_errors,
)
from .ingest import Classifier, IngestOptions, IngestStats, ingest, worker_pool
from .sources import RawMessage

if TYPE_CHECKING:
    from .imap import ImapSource

log = logging.getLogger(__name__)


class Progress(Protocol):
    """What a progress display gets told; the CLI draws a bar only on a terminal."""

    def folder(self, label: str, total: int) -> None: ...

    def advance(self, n: int) -> None: ...


@dataclass(frozen=True)
class SyncOptions:
    """Knobs a user rarely needs: `batch_size` messages per committed batch, parser
    `workers`, and how often (`retries`) and how patiently (`backoff` seconds, doubling) to
    reconnect after a dropped connection. Messages above `full_message` bytes are fetched
    without their attachments; `fetch_batch` is UIDs per FETCH command."""

    batch_size: int = 500
    workers: int = 1
    retries: int = 3
    backoff: float = 2.0
    full_message: int = 64 * 1024
    fetch_batch: int = 250


@dataclass
class FolderStats:
    folder: str
    fetched: int = 0  # messages downloaded
    stored: int = 0  # new rows in the store
    duplicates: int = 0  # already stored (another folder, an earlier run, a re-read)
    quarantined: int = 0
    bytes: int = 0  # bytes of message data downloaded
    reread: bool = False  # UIDVALIDITY changed: the folder was read again


@dataclass
class SyncStats:
    account: str
    folders: dict[str, FolderStats] = field(default_factory=dict)
    reconnects: int = 0
    classified: int = 0
    contacts_added: int = 0
    seconds: float = 0.0

    def folder(self, name: str) -> FolderStats:
        return self.folders.setdefault(name, FolderStats(name))

    def _total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.folders.values())

    @property
    def fetched(self) -> int:
        return self._total("fetched")

    @property
    def stored(self) -> int:
        return self._total("stored")

    @property
    def duplicates(self) -> int:
        return self._total("duplicates")

    @property
    def quarantined(self) -> int:
        return self._total("quarantined")

    @property
    def bytes(self) -> int:
        return self._total("bytes")

    def summary(self) -> str:
        """One line for the terminal and the log."""
        n = len(self.folders)
        text = (
            f"{self.account}: {n} folder{'s' if n != 1 else ''}, fetched {self.fetched:,} "
            f"({human_bytes(self.bytes)}), stored {self.stored:,}, "
            f"skipped {self.duplicates:,} duplicate{'s' if self.duplicates != 1 else ''}, "
            f"quarantined {self.quarantined:,}"
        )
        reread = [f.folder for f in self.folders.values() if f.reread]
        if reread:
            text += f", re-read {', '.join(reread)} (UIDVALIDITY changed)"
        if self.reconnects:
            text += f", {self.reconnects} reconnect{'s' if self.reconnects != 1 else ''}"
        return text + f" in {self.seconds:.1f} s"


def human_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{n} B"  # pragma: no cover


# -- syncing -------------------------------------------------------------------------------------


def sync_account(
    db: sqlite_utils.Database,
    config: Config,
    account: Account,
    *,
    classifier: Classifier | None = None,
    progress: Progress | None = None,
    options: SyncOptions = SyncOptions(),
    secret: Secret | None = None,
    client_factory: Callable[..., Any] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> SyncStats:
    """Fetch what is new in each folder of `account` into the store. Holds the database
    lock; reconnects (with backoff) when the connection drops; raises AuthError on refused
    credentials and SyncError on anything else that stops it."""
    started = time.monotonic()
    stats = SyncStats(account.name)
    try:
        with database_lock(db), database_errors(db):
            _sync(db, config, account, stats, classifier, progress, options, secret, client_factory, sleep)
    except InboxwalletError as exc:
        log.error("%s: %s", account.name, exc)
        raise
    stats.seconds = time.monotonic() - started
    log.info("%s", stats.summary())
    return stats


def _sync(
    db: sqlite_utils.Database,
    config: Config,
    account: Account,
    stats: SyncStats,
    classifier: Classifier | None,
    progress: Progress | None,
    options: SyncOptions,
    secret: Secret | None,
    client_factory: Callable[..., Any] | None,
    sleep: Callable[[float], None],
) -> None:
    """Connect, sync every folder, and start again from the checkpoints if the line drops."""
    from .imap import FetchLimits

    secret = secret or account_secret(account)
    mine = set(config.my_addresses)
    if "@" in account.username:
        mine.add(account.username.strip().lower())
    ingest_options = IngestOptions(
        my_addresses=frozenset(mine),
        admit_inbound=config.admit_inbound,
        store_text=config.store_text,
        batch_size=options.batch_size,
        workers=options.workers,
    )
    limits = FetchLimits(full_message=options.full_message, batch=options.fetch_batch)
    factory: dict[str, Any] = {"client_factory": client_factory} if client_factory else {}
    with worker_pool(options.workers) as pool:  # one set of parser processes for every folder
        _sync_until_done(db, account, stats, classifier, progress, options, ingest_options, limits, factory, secret, sleep, pool)


def _sync_until_done(
    db: sqlite_utils.Database,
    account: Account,
    stats: SyncStats,
    classifier: Classifier | None,
    progress: Progress | None,
    options: SyncOptions,
    ingest_options: IngestOptions,
    limits: Any,
    factory: dict[str, Any],
    secret: Secret,
    sleep: Callable[[float], None],
    pool: Executor | None,
) -> None:
    from .imap import ConnectionLost, ImapSource

    failures = 0
    connected = False
    while True:
        source = ImapSource(account, secret, limits=limits, **factory)
        try:
            source.connect()
            connected = True
            for folder in source.folders():
                _sync_folder(db, source, account, folder.name, ingest_options, classifier, progress, stats, pool)
            break
        except ConnectionLost as exc:
            if not connected:  # never reached the server: a wrong host or port, not a drop
                raise SyncError(str(exc)) from None
            failures += 1
            if failures > options.retries:
                raise SyncError(f"{exc} (gave up after {failures} attempt{'s' if failures != 1 else ''})") from None
            delay = options.backoff * 2 ** (failures - 1)
            log.warning("%s: %s; reconnecting in %.0f s", account.name, exc, delay)
            stats.reconnects += 1
            sleep(delay)
        finally:
            source.close()


def _sync_folder(
    db: sqlite_utils.Database,
    source: ImapSource,
    account: Account,
    folder: str,
    options: IngestOptions,
    classifier: Classifier | None,
    progress: Progress | None,
    stats: SyncStats,
    pool: Executor | None = None,
) -> None:
    status = source.examine(folder)
    state = store.get_sync_state(db, account.name, folder)
    folder_stats = stats.folder(folder)
    last_uid = 0
    if state and state["uidvalidity"] == status.uidvalidity:
        last_uid = int(state["last_uid"])
    elif state:
        # UIDVALIDITY changed: the old UIDs mean nothing now. Re-read the folder, matching it
        # to what is stored by Message-ID so stored mail is not downloaded again.
        folder_stats.reread = True
        log.info("%s/%s: UIDVALIDITY changed (%s -> %s): re-reading", account.name, folder, state["uidvalidity"], status.uidvalidity)

    def stored_ids(message_ids: list[str]) -> set[str]:
        return store.known_message_ids(db, message_ids)

    known = stored_ids if folder_stats.reread else None  # still so after a reconnect mid-way
    uids = source.new_uids(status, last_uid)
    if progress and uids:
        progress.folder(f"{account.name}/{folder}", len(uids))

    uid_of: dict[int, int] = {}
    bytes_before, skipped_before = source.bytes_fetched, source.skipped_known
    result = IngestStats()  # filled as batches commit, so a failed run keeps its counts

    def raws() -> Iterator[RawMessage]:
        for uid, raw in source.fetch(status, uids, known=known):
            uid_of[id(raw)] = uid
            folder_stats.fetched += 1
            yield raw

    def checkpoint(batch: Sequence[RawMessage]) -> None:
        top = max(uid_of.pop(id(raw)) for raw in batch)
        store.set_sync_state(
            db, account.name, folder, uidvalidity=status.uidvalidity, last_uid=top,
            highestmodseq=state["highestmodseq"] if state else None,
        )

    try:
        ingest(
            db, raws(), options, classifier=classifier, after_batch=checkpoint,
            progress=progress.advance if progress else None, pool=pool, stats=result,
        )
    finally:
        folder_stats.bytes += source.bytes_fetched - bytes_before
        folder_stats.duplicates += source.skipped_known - skipped_before
        folder_stats.stored += result.imported
        folder_stats.duplicates += result.duplicates
        folder_stats.quarantined += result.quarantined
    stats.classified += result.classified
    stats.contacts_added += result.contacts_added
    # Every UID below UIDNEXT has now been seen (or expunged): start above it next time.
    done = max([last_uid, *uids, (status.uidnext or 1) - 1])
    store.set_sync_state(
        db, account.name, folder, uidvalidity=status.uidvalidity, last_uid=done,
        highestmodseq=status.highestmodseq,
    )
    log.info(
        "%s/%s: %d new, fetched %d (%d bytes), stored %d", account.name, folder, len(uids),
        folder_stats.fetched, folder_stats.bytes, folder_stats.stored,
    )


def sync_accounts(
    db: sqlite_utils.Database,
    config: Config,
    accounts: Sequence[Account],
    *,
    on_error: Callable[[Account, InboxwalletError], None] | None = None,
    **kwargs: Any,
) -> list[SyncStats]:
    """Sync several accounts under one lock, one after the other, then bring the wallet up
    to date (as an import does). With `on_error`, an account that fails is reported there
    and the others still sync."""
    from .wallet import needs_refresh, refresh

    results = []
    writable = True
    with database_lock(db):
        for account in accounts:
            try:
                results.append(sync_account(db, config, account, **kwargs))
            except InboxwalletError as exc:
                if on_error is None:
                    raise
                on_error(account, exc)
                writable = writable and not isinstance(exc, (StoreError, LockedError))
        # Only when there is something to do (new mail, a new day, a refresh killed half-way),
        # so that a sync with nothing new every 15 minutes stays cheap; and not when the
        # database just refused a write (busy, disk full): that would only fail again.
        with database_errors(db):
            if writable and needs_refresh(db):
                refresh(db, config)
    return results


@dataclass(frozen=True)
class AccountCheck:
    account: str
    server: str
    tls: str
    gmail: bool
    folders: tuple[tuple[str, str], ...]  # (name, role)


def check_account(
    account: Account, *, secret: Secret | None = None, client_factory: Callable[..., Any] | None = None
) -> AccountCheck:
    """Log in, list the folders a sync would read, log out: `inboxwallet accounts test`."""
    from .imap import ImapSource

    secret = secret or account_secret(account)
    factory: dict[str, Any] = {"client_factory": client_factory} if client_factory else {}
    with ImapSource(account, secret, **factory) as source:
        folders = source.folders()
        return AccountCheck(
            account=account.name,
            server=source.where,
            tls=account.tls,
            gmail=source.is_gmail,
            folders=tuple((f.name, f.role) for f in folders),
        )


# -- one run at a time -----------------------------------------------------------------------------

_held: dict[str, tuple[int, int]] = {}  # lock path -> (fd, depth), for nested use in one process
_held_guard = threading.Lock()


def lock_path(db: sqlite_utils.Database | Path | str) -> Path | None:
    """The lock file beside the database file; None for an in-memory database."""
    if isinstance(db, (str, Path)):
        path = str(db)
    else:
        rows = db.execute("PRAGMA database_list").fetchall()
        path = next((r[2] for r in rows if r[1] == "main"), "")
    if not path or path == ":memory:":
        return None
    return Path(path).with_name(Path(path).name + ".lock")


@contextmanager
def database_lock(db: sqlite_utils.Database | Path | str) -> Iterator[None]:
    """Hold the database's lock. A second process raises LockedError at once instead of
    waiting: cron simply tries again later.

    A POSIX record lock (lockf), not flock(): the kernel drops it when the process dies, even
    by SIGKILL, and unlike flock() it is not shared with the parser processes forked by
    ingest, which could outlive a killed parent and keep the lock held."""
    path = lock_path(db)
    if path is None:
        yield
        return
    key = str(path.resolve())
    with _held_guard:
        if key in _held:
            fd, depth = _held[key]
            _held[key] = (fd, depth + 1)
            nested = True
        else:
            nested = False
    if not nested:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                os.close(fd)
                raise StoreError(f"{path}: cannot lock: {exc.strerror}") from None
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            who = f" (pid {holder})" if holder.isdigit() else ""
            raise LockedError(f"another inboxwallet sync is running on {path.with_suffix('')}{who}; try again later") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        with _held_guard:
            _held[key] = (fd, 1)
    try:
        yield
    finally:
        with _held_guard:
            fd, depth = _held[key]
            if depth > 1:
                _held[key] = (fd, depth - 1)
            else:
                del _held[key]
                os.close(fd)  # closing the descriptor releases the lock


# -- the log file -------------------------------------------------------------------------------------


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file is created readable by its owner only."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


@contextmanager
def log_to_file(path: Path) -> Iterator[Path]:
    """Send inboxwallet's log lines (counts and folder names; no message text, no secrets)
    to `path`, mode 0600, for the length of the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _PrivateRotatingHandler(path, maxBytes=1 << 20, backupCount=3, encoding="utf-8")
    os.chmod(path, 0o600)
    handler.setFormatter(logging.Formatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("inboxwallet")
    previous = logger.level
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    try:
        yield path
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
        handler.close()
