"""Faults, against the real Dovecot of the sync tests and real processes, on 127.0.0.1 only.

* the line drops mid-fetch, at many points (a relay in front of Dovecot cuts it after N bytes);
* a process SIGKILLed while it ingests, classifies, or refreshes the wallet (it is paused at
  that exact point by INBOXWALLET_TEST_PAUSE_AT, see inboxwallet/testhooks.py);
* the database held by another writer, and read meanwhile (like Datasette);
* the disk filling up under the database (a 2 MB tmpfs);
* a server that never greets, or stops answering;
* passwords that must not reach the database, the logs, the output or a traceback;
* the modes of what the tool writes.

After every fault the next run must end with exactly the rows a run without the fault makes,
`PRAGMA integrity_check` must say ok, and the wallet must equal its full recomputation."""

from __future__ import annotations

import base64
import email
import email.policy
import itertools
import logging
import mailbox
import os
import queue
import re
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import inboxwallet
from inboxwallet import wallet
from inboxwallet.cli import cli
from inboxwallet.config import Account, Config, load_config
from inboxwallet.errors import AuthError, LockedError, SyncError, exception_chain
from inboxwallet.ingest import IngestOptions, ingest
from inboxwallet.sources import RawMessage
from inboxwallet.store import open_db
from inboxwallet.sync import SyncOptions, sync_account

from .servers import HOST, Dovecot, start_smtp

ME = "maya@lindqvist.example"
PW_VAR = "IW_FAULT_IMAP_PASSWORD"
SMTP_PW_VAR = "IW_FAULT_SMTP_PASSWORD"
INBOXWALLET = shutil.which("inboxwallet") or str(Path(sys.executable).with_name("inboxwallet"))
MODEL_INSTALLED = (Path(inboxwallet.__file__).parent / "classifiers" / "model.skops").exists()
_names = itertools.count()

# -- a mailbox worth a wallet ------------------------------------------------------------------------

PEOPLE = [
    ("Ann Lee", "ann@lee.example"),
    ("Ben Ortiz", "ben@pitch.example"),
    ("Priya Raman", "priya@acme.example"),
    ("Tom Becker", "tom@harbor.example"),
    ("Dave Smith", "dave@smith.example"),
    ("Lena Vogt", "lena@vogt.example"),
]
TEXTS = [
    "Here is the report you asked for: I attached the numbers and a short summary of the options.",
    "Sorry for the delay, that was my mistake. I sent the wrong file last week; the right one is below.",
    "How are you finding the new role? I would love to hear what you think about the plan.",
    "Check out our new product launch! Please leave us a review and refer a friend.",
    "Thanks, this helped a lot. The checklist saved me a day of work.",
    "I introduced you to Sam, who runs the data team; she can answer the licensing question.",
    "Could you send me the totals by Friday? I need them for the board.",
    "Quick update: the meeting moved to Thursday at 10.",
]


def conversation(start: int, n: int, prefix: str = "f") -> list[bytes]:
    """Messages start .. start+n-1: six people, both ways, threads, tags of every kind.
    The first message to each person is mine, so each becomes a contact."""
    out = []
    for i in range(start, start + n):
        name, address = PEOPLE[i % len(PEOPLE)]
        mine = (i // len(PEOPLE)) % 3 != 1
        msg = EmailMessage()
        msg["From"] = f"Maya Lindqvist <{ME}>" if mine else f"{name} <{address}>"
        msg["To"] = f"{name} <{address}>" if mine else ME
        day = date(2026, 1, 2) + timedelta(days=(i * 5) % 320)
        msg["Date"] = f"{day.strftime('%a, %d %b %Y')} {9 + i % 8:02d}:{i % 60:02d}:00 +0000"
        msg["Subject"] = f"Re: project {name.split()[0]}" if i >= len(PEOPLE) else f"project {name.split()[0]}"
        msg["Message-ID"] = f"<{prefix}{i}@test.example>"
        if i >= len(PEOPLE):
            msg["In-Reply-To"] = f"<{prefix}{i - len(PEOPLE)}@test.example>"
        msg.set_content(f"Hi {'Maya' if not mine else name.split()[0]},\n\n{TEXTS[i % len(TEXTS)]} (item {i})\n")
        out.append(msg.as_bytes())
    return out


def newcomer(prefix: str = "f") -> bytes:
    """My one message to someone new: the only thing that makes her a contact."""
    msg = EmailMessage()
    msg["From"], msg["To"] = f"Maya Lindqvist <{ME}>", "Nora Quist <nora@quist.example>"
    msg["Date"], msg["Subject"] = "Tue, 03 Nov 2026 10:00:00 +0000", "an introduction"
    msg["Message-ID"] = f"<{prefix}-nora@test.example>"
    msg.set_content("Hi Nora,\n\nHere is the contract template you asked for, with my notes on clause 4.\n")
    return msg.as_bytes()


def write_mbox(path: Path, messages: list[bytes]) -> Path:
    box = mailbox.mbox(path)
    for raw in messages:
        box.add(raw)
    box.close()
    return path


# -- configuration, runs --------------------------------------------------------------------------------


@pytest.fixture
def folder(dovecot: Dovecot) -> str:
    name = f"f{os.getpid()}-{next(_names)}"
    dovecot.create_folder(name)
    return name


@pytest.fixture
def password(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PW_VAR, dovecot.password)
    return dovecot.password


def write_config(path: Path, *, port: int | None = None, folder: str | None = None, timeout: float | None = None,
                 extra: str = "") -> Path:
    text = f'[identity]\naddresses = ["{ME}"]\n'
    if port is not None:
        text += (
            f'\n[[accounts]]\nname = "t"\nhost = "127.0.0.1"\nport = {port}\ntls = "none"\n'
            f'username = "tester"\npassword_env = "{PW_VAR}"\n'
        )
        if folder:
            text += f'folders = ["{folder}"]\n'
        if timeout is not None:
            text += f"timeout = {timeout}\n"
    path.write_text(text + extra)
    return path


def run(*args: str, **kw: Any) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("INBOXWALLET_")}
    return {**env, "INBOXWALLET_HOME": str(home), **extra}


def kill_at(command: list[str], env: dict[str, str], point: str, timeout: float = 30) -> str:
    """Run a real inboxwallet process, SIGKILL it once it pauses at `point`; its stderr."""
    child = subprocess.Popen(command, env={**env, "INBOXWALLET_TEST_PAUSE_AT": point},
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue[str | None] = queue.Queue()

    def read() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    seen = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"{' '.join(command[3:])} did not pause at {point} within {timeout} s: {''.join(seen)}")
            if line is None:
                pytest.fail(f"{' '.join(command[3:])} ended (status {child.wait()}) before pausing at {point}: {''.join(seen)}")
            seen.append(line)
            if line.startswith(f"inboxwallet: paused at {point.split(':')[0]}"):
                break
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    return "".join(seen)


# -- what a store holds ------------------------------------------------------------------------------------


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row that matters, keyed by Message-ID and address rather than row ids."""
    queries = {
        "messages": "SELECT message_id, fingerprint, date, direction, from_address, from_name, subject, text, "
                    "thread_id, in_reply_to, n_recipients, bulk_reason, source, source_key FROM messages",
        "recipients": "SELECT m.message_id, r.kind, r.address, r.name FROM recipients r JOIN messages m ON m.id = r.message",
        "tags": "SELECT m.message_id, t.tag, round(t.score, 9), t.assigned, t.model_version, t.source "
                "FROM tags t JOIN messages m ON m.id = t.message",
        "contacts": "SELECT address, name, ignored, admitted FROM contacts",
        "addresses": "SELECT a.address, c.address, a.name, a.ignored FROM addresses a LEFT JOIN contacts c ON c.id = a.contact",
        "alerts": "SELECT c.address, a.kind, a.status, a.opened, a.closed, a.detail FROM alerts a JOIN contacts c ON c.id = a.contact",
        "quarantine": "SELECT source, source_key, reason FROM quarantine",
        "sync_state": "SELECT account, folder, uidvalidity, last_uid FROM sync_state",
    }
    with closing(sqlite3.connect(path)) as conn:
        return {name: sorted(conn.execute(sql).fetchall(), key=repr) for name, sql in queries.items()}


def figures(rows: Any) -> list[tuple[Any, ...]]:
    return [
        (r.address, r.sent, r.received, round(r.given, 6), round(r.received_value, 6), r.reciprocity and round(r.reciprocity, 6),
         r.stage, r.last_contact, tuple(round(t, 6) for t in r.trend), tuple((h.kind, h.since) for h in r.hits))
        for r in rows
    ]


def assert_wallet_consistent(path: Path, config: Config, reference: Path | None = None) -> None:
    """The stored wallet equals the full recomputation from the mail (and the reference's)."""
    db = open_db(path)
    try:
        stored = figures(wallet.refresh(db, config).rows)
        assert stored == figures(wallet.naive_figures(db, config, wallet.today()))
        assert len(stored) == len(PEOPLE) + 1  # and Nora
    finally:
        db.close()
    if reference is not None:
        ref = open_db(reference)
        try:
            assert stored == figures(wallet.refresh(ref, config).rows)
        finally:
            ref.close()


def server_ids(dovecot: Dovecot, folder: str) -> list[str]:
    with dovecot.client() as c:
        c.select_folder(folder, readonly=True)
        data = c.fetch(c.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    return sorted(v[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip() for v in data.values())


def stored_ids(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(r[0] for r in conn.execute("SELECT message_id FROM messages"))


# -- a misbehaving line ----------------------------------------------------------------------------------------


class Relay:
    """A TCP relay on 127.0.0.1 in front of Dovecot that misbehaves when told to: on the next
    `times` connections it cuts the line once the server has sent `cut_at` bytes (FIN, or RST
    with `reset`), or stalls it from `stall_at` bytes on (open, silent), or holds each reply
    back `delay` seconds. `down` counts what the server sent on each connection."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.listener = socket.create_server((HOST, 0))
        self.port = self.listener.getsockname()[1]
        self.rules: list[dict[str, Any]] = []
        self.down: list[int] = []
        self.sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def misbehave(self, times: int = 1, **rule: Any) -> None:
        self.rules = [rule] * times

    def close(self) -> None:
        for s in [self.listener, *self.sockets]:
            try:
                s.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection((HOST, self.target))
            self.sockets += [client, upstream]
            rule = self.rules.pop(0) if self.rules else {}
            self.down.append(0)
            index = len(self.down) - 1
            threading.Thread(target=self._up, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._down, args=(client, upstream, index, rule), daemon=True).start()

    @staticmethod
    def _up(client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := client.recv(65536):
                upstream.sendall(data)
            upstream.shutdown(socket.SHUT_WR)
        except OSError:
            pass

    def _down(self, client: socket.socket, upstream: socket.socket, index: int, rule: dict[str, Any]) -> None:
        limit = rule.get("cut_at", rule.get("stall_at"))
        try:
            if limit == 0:
                self._cut(client, upstream, rule)
                return
            while data := upstream.recv(65536):
                if rule.get("delay"):
                    time.sleep(rule["delay"])
                if limit is not None and self.down[index] + len(data) >= limit:
                    data = data[: limit - self.down[index]]
                    self.down[index] += len(data)
                    client.sendall(data)
                    if "cut_at" in rule:
                        self._cut(client, upstream, rule)
                        return
                    while upstream.recv(65536):  # stalled: swallow the rest until the client gives up
                        pass
                    break
                self.down[index] += len(data)
                client.sendall(data)
            client.close()
        except OSError:
            pass

    @staticmethod
    def _cut(client: socket.socket, upstream: socket.socket, rule: dict[str, Any]) -> None:
        if rule.get("reset"):  # linger 0: close() sends RST; SHUT_RD first wakes the other pump's recv()
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            client.shutdown(socket.SHUT_RD)
        else:
            client.shutdown(socket.SHUT_RDWR)
        client.close()
        upstream.close()


@pytest.fixture
def relay(dovecot: Dovecot) -> Iterator[Relay]:
    r = Relay(dovecot.port)
    yield r
    r.close()


def sync_via(port: int, folder: str, db_path: Path, *, timeout: float = 10.0, retries: int = 0,
             slept: list[float] | None = None) -> Any:
    """One sync of `folder` through `port`, in this process, without classification."""
    account = Account(name="t", host=HOST, port=port, tls="none", username="tester", password_env=PW_VAR,
                      folders=(folder,), timeout=timeout)
    db = open_db(db_path)
    try:
        options = SyncOptions(batch_size=5, fetch_batch=5, retries=retries)
        return sync_account(db, Config(my_addresses=(ME,)), account, options=options,
                            sleep=(slept.append if slept is not None else lambda s: None))
    finally:
        db.close()


# -- 1. the line drops mid-fetch ---------------------------------------------------------------------------------


@pytest.mark.server
def test_dropped_line_at_many_points_then_the_next_run_has_exactly_the_server_mail(
    dovecot: Dovecot, folder: str, password: str, relay: Relay, tmp_path: Path
) -> None:
    raws = conversation(0, 36)
    raws[20] = with_attachment(raws[20])  # over 64 KB: fetched in parts, without the attachment
    dovecot.append_many(folder, raws)
    on_server = server_ids(dovecot, folder)
    assert len(on_server) == 36

    clean = sync_via(relay.port, folder, tmp_path / "clean.db")
    assert clean.stored == 36 and stored_ids(tmp_path / "clean.db") == on_server
    total = relay.down[-1]

    partial = []
    # before the greeting, in it, in LOGIN, then all through the FETCHes; FIN and RST in turn
    for n, cut in enumerate([0, 30, 0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.97]):
        at = cut if isinstance(cut, int) else int(total * cut)
        db = tmp_path / f"cut{n}.db"
        relay.misbehave(cut_at=at, reset=n % 2 == 1)
        try:
            sync_via(relay.port, folder, db)
        except SyncError as exc:
            assert DROPPED.fullmatch(str(exc)), str(exc)  # one line, no server data quoted
        partial.append(len(stored_ids(db)))
        assert integrity(db) == "ok"
        again = sync_via(relay.port, folder, db)  # the line is back
        assert stored_ids(db) == on_server, f"cut at {at} of {total} bytes"
        assert again.stored == 36 - partial[-1]
        assert snapshot(db) == snapshot(tmp_path / "clean.db")
    assert any(0 < p < 36 for p in partial), partial  # some cuts did land mid-way through the mail

    # within one run: the line drops twice, the sync reconnects (2 s, then 4 s) and finishes
    slept: list[float] = []
    relay.misbehave(times=2, cut_at=int(total * 0.5))
    stats = sync_via(relay.port, folder, tmp_path / "retry.db", retries=3, slept=slept)
    assert (stats.reconnects, slept, stats.stored) == (2, [2.0, 4.0], 36)
    assert stored_ids(tmp_path / "retry.db") == on_server


DROPPED = re.compile(
    r"127\.0\.0\.1:\d+: (connection lost during .+: the server closed the connection|.+ failed: Connection reset by peer)"
    r"( \(gave up after 1 attempt\))?"
)


def with_attachment(raw: bytes) -> bytes:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    msg.add_attachment(os.urandom(100_000), maintype="application", subtype="pdf", filename="numbers.pdf")  # type: ignore[attr-defined]
    return msg.as_bytes()


# -- 2. killed while ingesting, classifying, refreshing -------------------------------------------------------------


needs_model = pytest.mark.skipif(not MODEL_INSTALLED, reason="no shipped model: nothing is classified")


@needs_model
@pytest.mark.parametrize("point", ["ingest", "refresh", "alerts"])
def test_import_killed_then_run_again_ends_with_the_right_rows(point: str, tmp_path: Path) -> None:
    """The second of two imports is killed: the wallet was current before it, so a refresh
    cut short must not leave the old figures (or alerts) looking current."""
    first = write_mbox(tmp_path / "first.mbox", conversation(0, 60))
    second = write_mbox(tmp_path / "second.mbox", [newcomer(), *conversation(60, 60)])
    config = write_config(tmp_path / "c.toml")
    reference, db = tmp_path / "reference.db", tmp_path / "w.db"
    for path in (reference, db):
        assert run("--config", str(config), "--db", str(path), "import", "--workers", "1", str(first)).exit_code == 0
    assert run("--config", str(config), "--db", str(reference), "import", "--workers", "1", str(second)).exit_code == 0

    command = [INBOXWALLET, "--config", str(config), "--db", str(db), "import", "--workers", "1", str(second)]
    kill_at(command, child_env(tmp_path / "home"), point)
    assert integrity(db) == "ok"

    again = run("--config", str(config), "--db", str(db), "import", "--workers", "1", str(second))
    assert again.exit_code == 0, again.output
    assert snapshot(db) == snapshot(reference)
    assert_wallet_consistent(db, load_config(config), reference)


@pytest.mark.server
@needs_model
@pytest.mark.parametrize("point", ["ingest:3", "classify:2", "refresh"])
def test_sync_killed_then_run_again_ends_with_the_right_rows(
    point: str, dovecot: Dovecot, folder: str, password: str, tmp_path: Path
) -> None:
    mail = conversation(0, 48, prefix=folder)
    dovecot.append_many(folder, mail[:25] + [newcomer(folder)] + mail[25:])  # Nora in batch 3 of 10
    config = write_config(tmp_path / "c.toml", port=dovecot.port, folder=folder)
    reference, db = tmp_path / "reference.db", tmp_path / "w.db"
    assert run("--config", str(config), "--db", str(reference), "sync", "--workers", "1").exit_code == 0

    command = [INBOXWALLET, "--config", str(config), "--db", str(db), "sync", "--workers", "1"]
    kill_at(command, child_env(tmp_path / "home", INBOXWALLET_SYNC_BATCH_SIZE="10"), point)
    assert integrity(db) == "ok"
    with closing(sqlite3.connect(db)) as conn:
        at_kill = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    assert (at_kill == 49) if point == "refresh" else (0 < at_kill < 49)

    again = run("--config", str(config), "--db", str(db), "sync", "--workers", "1")
    assert again.exit_code == 0, again.output
    assert stored_ids(db) == server_ids(dovecot, folder)
    assert snapshot(db) == snapshot(reference)
    assert_wallet_consistent(db, load_config(config), reference)


def processes_naming(text: str) -> list[int]:
    """PIDs whose command line mentions text (forked parser processes keep their parent's)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.server
@needs_model
@pytest.mark.parametrize("point", ["ingest:3", "classify:2"])
def test_sync_with_parser_processes_killed_leaves_no_orphans_and_catches_up(
    point: str, dovecot: Dovecot, folder: str, password: str, tmp_path: Path
) -> None:
    """--workers 2: the main process is SIGKILLed while it saves a batch, or while a parser
    process sits paused after scoring one. The parser processes die with it (nothing keeps
    running on the database), and the next run ends where an uninterrupted one does."""
    mail = conversation(0, 48, prefix=folder)
    dovecot.append_many(folder, mail[:25] + [newcomer(folder)] + mail[25:])
    config = write_config(tmp_path / "c.toml", port=dovecot.port, folder=folder)
    reference, db = tmp_path / "reference.db", tmp_path / "w.db"
    assert run("--config", str(config), "--db", str(reference), "sync", "--workers", "2").exit_code == 0

    command = [INBOXWALLET, "--config", str(config), "--db", str(db), "sync", "--workers", "2"]
    kill_at(command, child_env(tmp_path / "home", INBOXWALLET_SYNC_BATCH_SIZE="10"), point)
    deadline = time.monotonic() + 10
    while processes_naming(str(db)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_naming(str(db)) == []
    assert integrity(db) == "ok"

    again = run("--config", str(config), "--db", str(db), "sync", "--workers", "2")
    assert again.exit_code == 0, again.output
    assert stored_ids(db) == server_ids(dovecot, folder)
    assert snapshot(db) == snapshot(reference)
    assert_wallet_consistent(db, load_config(config), reference)


# -- 3. the database held by another process --------------------------------------------------------------------------


def hold(db: Path, how: str) -> subprocess.Popen[str]:
    """Another process in the middle of a transaction on the database until release(): a
    writer (a sqlite3 shell after BEGIN IMMEDIATE) or a reader (Datasette opens read-only)."""
    if how == "write":
        connect, statements = f"{str(db)!r}", ["BEGIN IMMEDIATE"]
    else:
        connect, statements = f"'file:{db}?mode=ro', uri=True", ["BEGIN", "SELECT count(*) FROM messages"]
    code = (
        "import sqlite3, sys\n"
        f"conn = sqlite3.connect({connect}, isolation_level=None)\n"
        f"for s in {statements!r}:\n    conn.execute(s).fetchall()\n"
        "print('holding', flush=True)\nsys.stdin.read()\n"
    )
    child = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "holding\n"
    return child


def release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.close()
    child.wait(10)


@pytest.mark.server
def test_database_held_by_a_writer_fails_cleanly_and_a_reader_blocks_nothing(
    dovecot: Dovecot, folder: str, password: str, tmp_path: Path
) -> None:
    dovecot.append_many(folder, conversation(0, 12, prefix=folder))
    config = write_config(tmp_path / "c.toml", port=dovecot.port, folder=folder)
    db = tmp_path / "w.db"
    open_db(db).close()

    writer = hold(db, "write")
    try:
        started = time.monotonic()
        locked = run("--config", str(config), "--db", str(db), "sync", "--no-classify",
                     env={"INBOXWALLET_BUSY_TIMEOUT": "1"})
        waited = time.monotonic() - started
    finally:
        release(writer)
    assert locked.exit_code == 75, locked.output  # EX_TEMPFAIL, like another sync running
    # 1 s once the CLI hands INBOXWALLET_BUSY_TIMEOUT to open_db; the default 10 s until then
    assert re.fullmatch(
        rf"Error: {re.escape(str(db))} is busy: another program is writing to it and did not finish "
        r"within (1|10) s; try again later\n",
        locked.stderr,
    ), locked.stderr
    assert 0.9 < waited < 13
    assert stored_ids(db) == [] and integrity(db) == "ok"

    caught_up = run("--config", str(config), "--db", str(db), "sync", "--no-classify")
    assert caught_up.exit_code == 0, caught_up.output
    assert stored_ids(db) == server_ids(dovecot, folder)

    # a reader (Datasette, a sqlite3 shell) in the middle of a transaction: WAL lets sync write
    reader = hold(db, "read")
    try:
        dovecot.append_many(folder, conversation(12, 6, prefix=folder))
        started = time.monotonic()
        result = run("--config", str(config), "--db", str(db), "sync", "--no-classify")
        assert result.exit_code == 0, result.output
        assert time.monotonic() - started < 3
    finally:
        release(reader)
    assert stored_ids(db) == server_ids(dovecot, folder) and integrity(db) == "ok"


def test_busy_timeout_is_open_dbs_to_choose(tmp_path: Path) -> None:
    db_path = tmp_path / "w.db"
    open_db(db_path).close()
    writer = hold(db_path, "write")
    db = open_db(db_path, busy_timeout=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(LockedError, match=r"is busy: another program is writing to it and did not finish within 0.3 s"):
            ingest(db, [RawMessage("test", "1", conversation(0, 1)[0])], IngestOptions(my_addresses=frozenset({ME})))
        assert time.monotonic() - started < 3
    finally:
        db.close()
        release(writer)


# -- 4. the disk fills up ---------------------------------------------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB tmpfs, or a skip where mounting is not allowed."""
    where = tmp_path / "small"
    where.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def test_disk_full_is_one_clean_line_and_the_database_survives(small_disk: Path, tmp_path: Path) -> None:
    # a first batch (500 messages) that fits, then 300 messages of 10 KB that cannot
    raws = conversation(0, 500)
    for i, raw in enumerate(conversation(500, 300)):
        raws.append(raw + f"\nPage {i}: {' '.join(f'figure{i}-{j}' for j in range(900))}\n".encode())
    mbox = write_mbox(tmp_path / "big.mbox", raws)
    assert mbox.stat().st_size > 3_000_000
    db = small_disk / "w.db"
    config = write_config(tmp_path / "c.toml")

    result = run("--config", str(config), "--db", str(db), "import", "--workers", "1", str(mbox))
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {db}: cannot write, the disk is full (what was committed before is kept)\n"
    assert integrity(db) == "ok"
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM messages").fetchone() == (500,)  # the first batch, whole
        assert conn.execute("SELECT count(DISTINCT message) FROM tags").fetchone() == (500,)
        assert conn.execute("SELECT count(*) FROM recipients WHERE message NOT IN (SELECT id FROM messages)").fetchone() == (0,)
    assert run("--config", str(config), "--db", str(db), "contacts").exit_code == 0  # it still opens and reads


# -- 5. a server that never answers, or stops answering ------------------------------------------------------------


def test_server_that_never_greets_times_out_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PW_VAR, "unused")
    silent = socket.create_server((HOST, 0))
    port = silent.getsockname()[1]
    accepted: list[socket.socket] = []
    threading.Thread(target=lambda: accepted.append(silent.accept()[0]), daemon=True).start()
    try:
        config = write_config(tmp_path / "c.toml", port=port, folder="INBOX", timeout=0.5)
        started = time.monotonic()
        result = run("--config", str(config), "--db", str(tmp_path / "w.db"), "sync", "--no-classify")
        took = time.monotonic() - started
        test = run("--config", str(config), "accounts", "test", "t")
    finally:
        for s in [silent, *accepted]:
            s.close()
    expected = f"Error: 127.0.0.1:{port}: no reply within 0.5 s while connecting (the account's timeout)\n"
    assert (result.exit_code, result.stderr) == (1, expected)
    assert 0.4 < took < 3  # no retries: it never connected
    assert (test.exit_code, test.stderr) == (1, expected)


@pytest.mark.server
def test_server_that_stops_answering_mid_sync_times_out_then_catches_up(
    dovecot: Dovecot, folder: str, password: str, relay: Relay, tmp_path: Path
) -> None:
    dovecot.append_many(folder, conversation(0, 20, prefix=folder))
    sync_via(relay.port, folder, tmp_path / "clean.db")
    total = relay.down[-1]

    relay.misbehave(times=2, stall_at=total // 2)  # goes silent half-way, twice
    started = time.monotonic()
    with pytest.raises(SyncError) as info:
        sync_via(relay.port, folder, tmp_path / "w.db", timeout=0.5, retries=1)
    assert time.monotonic() - started < 4
    assert str(info.value) == (
        f"127.0.0.1:{relay.port}: no reply within 0.5 s during FETCH in {folder} (the account's timeout) "
        "(gave up after 2 attempts)"
    )
    before = len(stored_ids(tmp_path / "w.db"))
    assert sync_via(relay.port, folder, tmp_path / "w.db").stored == 20 - before
    assert stored_ids(tmp_path / "w.db") == server_ids(dovecot, folder)

    # every reply slower than the timeout: it fires at the greeting
    relay.misbehave(delay=0.8)
    with pytest.raises(SyncError, match=r"^127\.0\.0\.1:\d+: no reply within 0\.5 s while connecting \(the account's timeout\)$"):
        sync_via(relay.port, folder, tmp_path / "slower.db", timeout=0.5)

    # slow, but each reply within the timeout: no error
    relay.misbehave(delay=0.05)
    assert sync_via(relay.port, folder, tmp_path / "slow.db", timeout=1.0).stored == 20


# -- 6. secrets --------------------------------------------------------------------------------------------------------


def secret_forms(secret: str, user: str = "tester") -> list[bytes]:
    """The secret as it could be written: raw, and as AUTH PLAIN / AUTH LOGIN send it."""
    raw = secret.encode()
    return [raw, base64.b64encode(raw), base64.b64encode(b"\0" + user.encode() + b"\0" + raw),
            secret.encode("utf-16-le")]


def files_under(*roots: Path) -> list[Path]:
    """The files among roots and under the folders among them."""
    found = {r for r in roots if r.is_file()} | {p for r in roots if r.is_dir() for p in r.rglob("*") if p.is_file()}
    return sorted(found)


def assert_nowhere(secret: str, texts: dict[str, str | bytes], files: list[Path]) -> None:
    forms = secret_forms(secret)
    for name, text in texts.items():
        data = text.encode() if isinstance(text, str) else text
        assert not any(f in data for f in forms), f"the secret is in {name}"
    for path in files:
        data = path.read_bytes()
        assert not any(f in data for f in forms), f"the secret is in {path}"


def chain_locals(exc: BaseException) -> str:
    """Every exception of the chain (suppressed contexts too) with the locals of every frame
    outside this test file (whose own frames hold the secrets on purpose)."""
    out = []
    for e in exception_chain(exc):
        out.append(repr(e))
        tb = e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename != __file__:
                out.extend(f"{k}={v!r}" for k, v in tb.tb_frame.f_locals.items())
            tb = tb.tb_next
    return "\n".join(out)


FORCED_CRASH = """
import sys, traceback
from imapclient import IMAPClient
from inboxwallet.config import load_config
from inboxwallet.store import open_db
from inboxwallet.sync import sync_account

def factory(*args, **kwargs):
    client = IMAPClient(*args, **kwargs)
    def broken(*a, **kw):
        raise RuntimeError("a bug after the login")
    client.list_folders = broken
    return client

config = load_config(__import__("pathlib").Path(sys.argv[1]))
try:
    sync_account(open_db(sys.argv[2]), config, config.accounts[0], client_factory=factory)
except RuntimeError as exc:
    print("".join(traceback.TracebackException.from_exception(exc, capture_locals=True).format()))
    raise
"""


@pytest.mark.server
def test_passwords_never_reach_the_database_logs_output_or_tracebacks(
    dovecot: Dovecot, folder: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = "Wr0ng-" + dovecot.password[::-1]
    smtp = start_smtp(tmp_path / "smtp", password="smtp-" + dovecot.password[3:])
    try:
        dovecot.append_many(folder, conversation(0, 8, prefix=folder))
        home = tmp_path / "home"
        config = write_config(
            tmp_path / "c.toml", port=dovecot.port, folder=folder,
            extra=(f'\n[digest]\nvia = "smtp"\nhost = "127.0.0.1"\nport = {smtp.port}\ntls = "starttls"\n'
                   f'username = "{smtp.user}"\npassword_env = "{SMTP_PW_VAR}"\nca_file = "{smtp.ca_file}"\n'),
        )
        base = [INBOXWALLET, "--config", str(config)]  # the default database, in the data folder
        right_env = child_env(home, **{PW_VAR: dovecot.password, SMTP_PW_VAR: smtp.password})
        wrong_env = child_env(home, **{PW_VAR: wrong, SMTP_PW_VAR: wrong})
        commands = {
            "failing sync": ([*base, "sync", "--no-classify"], wrong_env),
            "sync": ([*base, "sync", "--no-classify"], right_env),
            "failing digest": ([*base, "digest", "--send"], wrong_env),
            "digest": ([*base, "digest", "--send"], right_env),
            "crash": ([sys.executable, "-c", FORCED_CRASH, str(config), str(tmp_path / "crash.db")], right_env),
        }
        runs = {name: subprocess.run(argv, env=env, capture_output=True, check=False) for name, (argv, env) in commands.items()}
        assert [r.returncode for r in runs.values()] == [1, 0, 1, 0, 1], {k: r.stderr for k, r in runs.items()}
        assert b"refused the login" in runs["failing sync"].stderr and b"refused the login" in runs["failing digest"].stderr
        assert b"Traceback" in runs["crash"].stderr and b"a bug after the login" in runs["crash"].stdout
        assert len(smtp.wait_for(1)) == 1
        assert_nowhere(smtp.password, {"the digest": smtp.messages[0].data}, [])
        outputs = {f"{name} {stream}": getattr(r, stream) for name, r in runs.items() for stream in ("stdout", "stderr")}
        written = files_under(home, tmp_path / "crash.db", *tmp_path.glob("crash.db*"))
        assert {p.name for p in written} >= {"inboxwallet.db", "sync.log"}
        for secret in (dovecot.password, smtp.password, wrong):
            assert_nowhere(secret, outputs, written)

        # in this process, every log line at DEBUG (what a --verbose would show), and the
        # locals of every frame of a failed login, suppressed contexts included
        monkeypatch.setenv(PW_VAR, wrong)
        caplog.set_level(logging.DEBUG)
        with pytest.raises(AuthError) as info:
            sync_via(dovecot.port, folder, tmp_path / "local.db")
        monkeypatch.setenv(PW_VAR, dovecot.password)
        sync_via(dovecot.port, folder, tmp_path / "local.db")
        logged = "\n".join(f"{r.name} {r.getMessage()} {r.args!r}" for r in caplog.records)
        assert "refused the login" in logged
        assert_nowhere(wrong, {"debug log": logged, "traceback locals": chain_locals(info.value)}, [])
        assert_nowhere(dovecot.password, {"debug log": logged}, files_under(*tmp_path.glob("local.db*")))
    finally:
        smtp.stop()


# -- 7. what the tool writes is private ---------------------------------------------------------------------------------


@pytest.mark.server
def test_everything_written_is_private(dovecot: Dovecot, folder: str, tmp_path: Path) -> None:
    dovecot.append_many(folder, conversation(0, 6, prefix=folder))
    home = tmp_path / "fresh" / "home"
    config = write_config(tmp_path / "c.toml", port=dovecot.port, folder=folder)
    mbox = write_mbox(tmp_path / "m.mbox", conversation(100, 6))
    env = child_env(home, **{PW_VAR: dovecot.password})

    for args in (["sync", "--no-classify"], ["import", "--workers", "1", str(mbox)]):
        # umask 0: the modes must come from the tool, not from the user's umask
        done = subprocess.run([INBOXWALLET, "--config", str(config), *args], env=env, capture_output=True,
                              check=False, umask=0)
        assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    modes = {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in home.rglob("*")}
    assert {"inboxwallet.db", "inboxwallet.db.lock", "sync.log"} <= set(modes)
    assert modes == {name: "0o600" for name in modes}, modes
