"""IMAP sync against a real Dovecot (tests/servers.py): incremental, read-only, resumable.

Each test that changes mail works in a folder of its own (`folder` fixture) and names it in
the account's `folders`, so tests sharing the session's server do not see each other's mail.
Only the Sent-direction test uses the default discovery of INBOX and Sent.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from imapclient import IMAPClient

import inboxwallet
from inboxwallet.cli import cli
from inboxwallet.config import Account, Config, load_config
from inboxwallet.credentials import Secret, account_secret, get_secret
from inboxwallet.errors import ConfigError, InboxwalletError
from inboxwallet.imap import _sent_folder
from inboxwallet.store import open_db
from inboxwallet.sync import SyncOptions, check_account, database_lock, sync_account

from .servers import Dovecot, free_port

ME = "maya@lindqvist.example"
INBOXWALLET = shutil.which("inboxwallet") or str(Path(sys.executable).with_name("inboxwallet"))
PW_VAR = "IW_TEST_IMAP_PASSWORD"
_names = itertools.count()
MODEL_INSTALLED = (Path(inboxwallet.__file__).parent / "classifiers" / "model.skops").exists()


# -- helpers ---------------------------------------------------------------------------------------


def message(
    i: int,
    *,
    sender: str = "Tom Becker <tom@work.example>",
    to: str = ME,
    body: str | None = None,
    attachment: tuple[str, bytes] | None = None,
    html: bool = False,
) -> bytes:
    """A small, deterministic message with Message-ID <iN@test.example>."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = f"Budget question {i}"
    msg["Date"] = f"Mon, 02 Mar 2026 {10 + i // 3600:02d}:{i // 60 % 60:02d}:{i % 60:02d} +0000"
    msg["Message-ID"] = f"<i{i}@test.example>"
    msg.set_content(body or f"Hi Maya, thanks for the numbers on item {i}. Could you check the totals?\n")
    if html:
        msg.add_alternative(f"<p>Hi Maya, the <b>HTML</b> part of {i}.</p>", subtype="html")
    if attachment:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes()


@pytest.fixture
def folder(dovecot: Dovecot) -> str:
    name = f"t{os.getpid()}-{next(_names)}"
    dovecot.create_folder(name)
    return name


def write_config(
    path: Path,
    dovecot: Dovecot,
    folders: list[str] | None,
    *,
    tls: str = "none",
    extra: str = "",
) -> Path:
    port = dovecot.tls_port if tls == "ssl" else dovecot.port
    folder_line = f"folders = {folders!r}".replace("'", '"') if folders is not None else ""
    path.write_text(
        f'[identity]\naddresses = ["{ME}"]\n\n'
        f'[[accounts]]\nname = "t"\nhost = "127.0.0.1"\nport = {port}\ntls = "{tls}"\n'
        f'username = "{dovecot.user}"\npassword_env = "{PW_VAR}"\n{folder_line}\n{extra}\n'
    )
    return path


@pytest.fixture
def password(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(PW_VAR, dovecot.password)
    return dovecot.password


def run(*args: str, **kw: Any) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def sync(config: Path, db: Path, *args: str, **kw: Any) -> Any:
    """`inboxwallet sync` without classification: these tests are about fetching, and loading
    the model would double their time (one test checks that new mail is tagged)."""
    return run("--config", str(config), "--db", str(db), "sync", "--no-classify", *args, **kw)


def stored(db_path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db_path) as conn:
        return sorted(conn.execute("SELECT message_id, direction FROM messages").fetchall())


def ids(numbers: range | list[int]) -> list[str]:
    return sorted(f"<i{i}@test.example>" for i in numbers)


SUMMARY = re.compile(
    r"^t: (?P<folders>\d+) folders?, fetched (?P<fetched>[\d,]+) \((?P<bytes>[\d.]+ [KMG]?B)\), "
    r"stored (?P<stored>[\d,]+), skipped (?P<dups>[\d,]+) duplicates?, quarantined (?P<quarantined>\d+)"
    r"(?P<rest>.*) in [\d.]+ s$"
)


def summary(result: Any) -> dict[str, str]:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    match = SUMMARY.match(lines[0])
    assert match, lines[0]
    return match.groupdict()


# -- first sync, re-sync, new mail ------------------------------------------------------------------


@pytest.mark.server
def test_first_sync_stores_all_then_fetches_only_new(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    dovecot.append_many(folder, [message(i) for i in range(40)])
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    db = tmp_path / "w.db"

    first = run("--config", str(config), "--db", str(db), "sync")
    assert first.exit_code == 0, first.output
    assert summary(first) | {"bytes": ""} == {
        "folders": "1", "fetched": "40", "bytes": "", "stored": "40", "dups": "0", "quarantined": "0", "rest": "",
    }
    assert stored(db) == [(m, "received") for m in ids(range(40))]
    if MODEL_INSTALLED:  # new mail is classified as it arrives
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(DISTINCT message) FROM tags WHERE source = 'model'").fetchone() == (40,)

    again = sync(config, db)
    assert (summary(again)["fetched"], summary(again)["bytes"], summary(again)["stored"]) == ("0", "0 B", "0")

    # new mail arrives, one old message is deleted on the server: the new ones come in, the
    # deleted one stays in the store (it is a history)
    dovecot.append_many(folder, [message(i) for i in range(40, 43)])
    dovecot.expunge(folder, dovecot.uids(folder)[:1])
    third = sync(config, db)
    assert (summary(third)["fetched"], summary(third)["stored"]) == ("3", "3")
    assert stored(db) == [(m, "received") for m in ids(range(43))]
    assert sync(config, db, "--quiet").output == ""

    # the log says what happened, in counts: no message text, no addresses, no secret
    log = tmp_path / "home" / "sync.log"
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text()
    assert f"t/{folder}: 3 new, fetched 3" in text
    for private in ("Budget", "Maya", "tom@work.example", password):
        assert private not in text


# -- read-only ----------------------------------------------------------------------------------------

FORBIDDEN = {"SELECT", "STORE", "EXPUNGE", "APPEND", "COPY", "MOVE", "CREATE", "DELETE", "RENAME", "CLOSE", "SUBSCRIBE"}


def recording_factory(sent: list[tuple[str, ...]]) -> Callable[..., IMAPClient]:
    """A real IMAPClient that notes every command name it sends (arguments only for UID
    commands: LOGIN's would be the password)."""

    def factory(*args: Any, **kwargs: Any) -> IMAPClient:
        client = IMAPClient(*args, **kwargs)
        original = client._imap._command

        def command(name: str, *rest: Any) -> Any:
            if name.upper() == "UID":
                sent.append((name.upper(), *(str(r) for r in rest)))
            else:
                sent.append((name.upper(),))
            return original(name, *rest)

        client._imap._command = command
        return client

    return factory


@pytest.mark.server
def test_sync_changes_nothing_on_the_server(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    uids = dovecot.append_many(folder, [message(i) for i in range(6)])
    big = dovecot.append(folder, message(99, attachment=("scan.pdf", b"%PDF" + b"x" * 200_000)))
    dovecot.add_flags(folder, uids[:2], ["\\Seen"])
    dovecot.add_flags(folder, uids[2:3], ["\\Flagged", "$Label1"])
    before = dovecot.flags(folder)
    assert before[uids[4]] == () and before[big] == ()
    exists = dovecot.message_count(folder)

    sent: list[tuple[str, ...]] = []
    config = load_config(write_config(tmp_path / "c.toml", dovecot, [folder]))
    db = open_db(tmp_path / "w.db")
    stats = sync_account(db, config, config.accounts[0], client_factory=recording_factory(sent))
    assert stats.stored == 7

    assert dovecot.flags(folder) == before  # no \Seen, nothing else either
    assert dovecot.message_count(folder) == exists
    names = {c[0] for c in sent}
    assert names & FORBIDDEN == set(), names
    assert "EXAMINE" in names and "LOGOUT" in names
    fetches = [c[2] for c in sent if c[:2] == ("UID", "FETCH")]
    assert fetches and all(not re.search(r"\bBODY\[|RFC822(?!\.SIZE)", f) for f in fetches), fetches


# -- killed mid-sync ------------------------------------------------------------------------------------


@pytest.mark.server
def test_killed_sync_resumes_without_duplicates_or_gaps(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    total = 600
    dovecot.append_many(folder, [message(i) for i in range(total)])
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    db = tmp_path / "w.db"
    open_db(db).close()  # created before the child starts, so we can watch it
    env = {**os.environ, "INBOXWALLET_HOME": str(tmp_path / "home"), "INBOXWALLET_SYNC_BATCH_SIZE": "5"}
    command = [INBOXWALLET, "--config", str(config), "--db", str(db), "sync", "--workers", "1", "--no-classify"]
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    watcher = sqlite3.connect(db, timeout=5)
    try:
        deadline = time.monotonic() + 20
        count = 0
        while time.monotonic() < deadline and child.poll() is None:
            count = watcher.execute("SELECT count(*) FROM messages").fetchone()[0]
            if count >= 60:
                break
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
        at_kill = watcher.execute("SELECT count(*) FROM messages").fetchone()[0]
        state = watcher.execute("SELECT last_uid FROM sync_state").fetchone()
    finally:
        watcher.close()
    assert 0 < at_kill < total, "the sync was not killed mid-way"
    # the checkpoint never runs ahead of what is stored: no gap on resume
    assert state is not None and 0 < state[0] <= at_kill

    rerun = sync(config, db, env={"INBOXWALLET_SYNC_BATCH_SIZE": "50"})
    assert rerun.exit_code == 0, rerun.output
    assert stored(db) == [(m, "received") for m in ids(range(total))]
    assert int(summary(rerun)["fetched"].replace(",", "")) <= total - at_kill + 5


# -- UIDVALIDITY ----------------------------------------------------------------------------------------


@pytest.mark.server
def test_uidvalidity_reset_rereads_without_duplicates(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    dovecot.append_many(folder, [message(i) for i in range(10)])
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    db = tmp_path / "w.db"
    assert summary(sync(config, db))["stored"] == "10"

    new_validity = dovecot.recreate_folder(folder)
    dovecot.append_many(folder, [message(i) for i in range(12)])  # the same ten, and two new
    result = sync(config, db)
    line = summary(result)
    # matched by Message-ID: the ten known ones are not even downloaded
    assert (line["fetched"], line["stored"], line["dups"]) == ("2", "2", "10")
    assert line["rest"] == f", re-read {folder} (UIDVALIDITY changed)"
    assert stored(db) == [(m, "received") for m in ids(range(12))]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT uidvalidity, last_uid FROM sync_state").fetchone() == (new_validity, 12)
    assert summary(sync(config, db))["fetched"] == "0"


# -- errors: credentials, certificates, lock ---------------------------------------------------------------


@pytest.mark.server
def test_wrong_password_is_one_clean_line(dovecot: Dovecot, folder: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wrong = "Wrong-Passw0rd-x7Q"
    monkeypatch.setenv(PW_VAR, wrong)
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    result = sync(config, tmp_path / "w.db")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: account 't': 127.0.0.1:{dovecot.port} refused the login for 'tester' "
        "([AUTHENTICATIONFAILED] Authentication failed.)\n"
    )
    log = (tmp_path / "home" / "sync.log").read_text()
    assert wrong not in result.output and wrong not in log and "refused the login" in log
    assert "Traceback" not in result.output
    test = run("--config", str(config), "accounts", "test", "t")
    assert test.exit_code == 1 and test.stderr.startswith("Error: account 't': ") and wrong not in test.output


@pytest.mark.server
def test_certificate_that_does_not_verify(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", dovecot, [folder], tls="ssl")
    result = sync(config, tmp_path / "w.db")
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: 127.0.0.1:{dovecot.tls_port}: the server's certificate did not verify "
        "(unable to get local issuer certificate); if it uses a private CA, set ca_file\n"
    )
    starttls = write_config(tmp_path / "s.toml", dovecot, [folder], tls="starttls")
    assert "certificate did not verify" in run("--config", str(starttls), "accounts", "test", "t").stderr


@pytest.mark.server
def test_wrong_port_or_tls_mode_fails_at_once(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    closed = write_config(tmp_path / "c.toml", dovecot, [folder]).read_text().replace(str(dovecot.port), str(free_port()))
    (tmp_path / "closed.toml").write_text(closed)
    started = time.monotonic()
    result = sync(tmp_path / "closed.toml", tmp_path / "w.db")
    assert (result.exit_code, time.monotonic() - started < 2) == (1, True)
    assert re.fullmatch(r"Error: 127\.0\.0\.1:\d+: connect failed: Connection refused\n", result.stderr), result.stderr
    # tls = "ssl" against the plain port: the handshake cannot work, so no retrying either
    plain = write_config(tmp_path / "p.toml", dovecot, [folder], tls="ssl").read_text().replace(str(dovecot.tls_port), str(dovecot.port))
    (tmp_path / "plain.toml").write_text(plain)
    result = sync(tmp_path / "plain.toml", tmp_path / "w.db")
    assert result.exit_code == 1
    assert result.stderr == f"Error: 127.0.0.1:{dovecot.port}: TLS failed (WRONG_VERSION_NUMBER); does port {dovecot.port} speak tls = 'ssl'?\n"


@pytest.mark.server
@pytest.mark.parametrize("tls", ["ssl", "starttls"])
def test_tls_with_ca_file(dovecot: Dovecot, folder: str, password: str, tmp_path: Path, tls: str) -> None:
    dovecot.append(folder, message(1))
    config = write_config(tmp_path / "c.toml", dovecot, [folder], tls=tls, extra=f'ca_file = "{dovecot.ca_file}"')
    result = sync(config, tmp_path / "w.db")
    assert result.exit_code == 0, result.output
    assert summary(result)["stored"] == "1"


@pytest.mark.server
def test_second_run_exits_75_at_once(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    config = write_config(tmp_path / "c.toml", dovecot, [folder])
    db = tmp_path / "w.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom inboxwallet.sync import database_lock\n"
         f"with database_lock({str(db)!r}):\n    print('locked', flush=True)\n    time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        started = time.monotonic()
        result = sync(config, db, "--quiet")
        assert time.monotonic() - started < 2
        assert result.exit_code == 75
        assert result.stderr == f"Error: another inboxwallet sync is running on {db} (pid {holder.pid}); try again later\n"
    finally:
        holder.kill()
        holder.wait()
    assert sync(config, db, "--quiet").exit_code == 0  # released with the process


def test_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    with database_lock(db), database_lock(db):
        pass
    with database_lock(db):
        pass


# -- attachments -----------------------------------------------------------------------------------------


@pytest.mark.server
def test_large_attachment_is_not_downloaded(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    body = "Maya, the signed contract is attached. Tell me if page 3 needs changes.\n"
    dovecot.append(folder, message(1, body=body, html=True, attachment=("contract-signed.pdf", os.urandom(5_000_000))))
    dovecot.append(folder, message(2, attachment=("small.pdf", b"%PDF-1.4 small")))
    dovecot.append(folder, message(3, html=True, attachment=("scan.pdf", os.urandom(300_000))))  # same shape as 1
    long_text = "A long report with no attachment at all. " * 2500 + "\n"  # 100 KB of text
    dovecot.append(folder, message(4, body=long_text))
    config = load_config(write_config(tmp_path / "c.toml", dovecot, [folder]))
    db = open_db(tmp_path / "w.db")
    stats = sync_account(db, config, config.accounts[0])

    assert stats.stored == 4
    assert 100_000 < stats.bytes < 120_000, stats.bytes  # the long text, not 7 MB of PDFs
    rows = {r["message_id"]: r for r in db["messages"].rows}
    assert rows["<i1@test.example>"]["attachments"] == '["contract-signed.pdf"]'
    assert rows["<i1@test.example>"]["text"] == body.strip()
    assert rows["<i2@test.example>"]["attachments"] == '["small.pdf"]'
    assert rows["<i3@test.example>"]["attachments"] == '["scan.pdf"]'
    assert rows["<i3@test.example>"]["text"].startswith("Hi Maya, thanks for the numbers on item 3.")
    assert rows["<i4@test.example>"]["text"] == long_text.strip()


# -- folders, direction, Sent -----------------------------------------------------------------------------


@pytest.mark.server
def test_sent_folder_mail_is_sent_and_stored_once(dovecot: Dovecot, password: str, tmp_path: Path) -> None:
    """Default discovery: INBOX plus the SPECIAL-USE \\Sent folder, not Drafts/Trash/Junk."""
    dovecot.append("INBOX", message(500))
    dovecot.append("Sent", message(501, sender=f"Maya <{ME}>", to="tom@work.example"))
    note_to_self = message(502, sender=ME, to=ME)
    dovecot.append("INBOX", note_to_self)
    dovecot.append("Sent", note_to_self)
    dovecot.append("Trash", message(503))
    dovecot.append("Drafts", message(504, sender=ME))
    config = write_config(tmp_path / "c.toml", dovecot, None)

    test = run("--config", str(config), "accounts", "test", "t")
    assert test.stdout == (
        f"t: logged in to 127.0.0.1:{dovecot.port} as tester (tls: none)\n"
        "would sync: INBOX (inbox), Sent (sent)\n"
    )
    db = tmp_path / "w.db"
    on_server = dovecot.message_count("INBOX") + dovecot.message_count("Sent")  # other tests may add mail
    line = summary(sync(config, db))
    assert (line["folders"], line["fetched"]) == ("2", str(on_server))
    assert int(line["dups"]) >= 1 and int(line["stored"]) == on_server - int(line["dups"])
    assert [row for row in stored(db) if row[0] in ids([500, 501, 502, 503, 504])] == [
        ("<i500@test.example>", "received"),
        ("<i501@test.example>", "sent"),
        ("<i502@test.example>", "sent"),  # in INBOX and in Sent, stored once
    ]


@pytest.mark.server
def test_folders_star_means_all_but_trash_junk_drafts(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path / "c.toml", dovecot, ["*"]))
    check = check_account(config.accounts[0])
    names = [name for name, _role in check.folders]
    assert {"INBOX", "Sent", folder} <= set(names)
    assert not {"Trash", "Junk", "Drafts"} & set(names)
    assert dict(check.folders)["Sent"] == "sent"


def test_sent_folder_by_name_when_the_server_has_no_special_use() -> None:
    listed = [("INBOX", (b"\\HasChildren",)), ("INBOX.Drafts", ()), ("INBOX.Sent Items", ())]
    assert _sent_folder(listed) == "INBOX.Sent Items"
    assert _sent_folder([("INBOX", ()), ("Gesendet", (b"\\Sent",)), ("Sent", ())]) == "Gesendet"
    assert _sent_folder([("INBOX", ())]) is None


def test_accounts_list_never_shows_secrets(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        '[[accounts]]\nname = "work"\nhost = "imap.example.com"\nusername = "me@example.com"\n'
        'password_command = "pass show mail/work"\n\n'
        '[[accounts]]\nname = "gmail"\nhost = "imap.gmail.com"\nusername = "me@gmail.com"\n'
        'auth = "xoauth2"\noauth2_token_command = "oauth2-token gmail"\nfolders = ["[Gmail]/All Mail"]\n'
    )
    result = run("--config", str(config), "accounts", "list")
    assert result.stdout.splitlines() == [
        "name   username        server                tls  secret                folders",
        "-----  --------------  --------------------  ---  --------------------  ----------------",
        "work   me@example.com  imap.example.com:993  ssl  password_command      INBOX + Sent",
        "gmail  me@gmail.com    imap.gmail.com:993    ssl  oauth2_token_command  [Gmail]/All Mail",
    ]
    assert run("--config", str(config), "sync", "--account", "nope").stderr == (
        "Error: no account named 'nope' (accounts: work, gmail)\n"
    )


def test_sync_and_accounts_have_help() -> None:
    for args in (["sync"], ["accounts"], ["accounts", "list"], ["accounts", "test"]):
        result = run(*args, "--help")
        assert result.exit_code == 0 and "Example:" in result.output, args


# -- a dropped connection ------------------------------------------------------------------------------------


@pytest.mark.server
def test_dropped_connection_reconnects_and_resumes(dovecot: Dovecot, folder: str, password: str, tmp_path: Path) -> None:
    dovecot.append_many(folder, [message(i) for i in range(30)])
    connections: list[IMAPClient] = []

    def factory(*args: Any, **kwargs: Any) -> IMAPClient:
        client = IMAPClient(*args, **kwargs)
        connections.append(client)
        if len(connections) == 1:  # the first connection dies after its third FETCH
            original, calls = client.fetch, itertools.count(1)

            def fetch(*a: Any, **kw: Any) -> Any:
                if next(calls) == 3:
                    client.socket().shutdown(2)
                return original(*a, **kw)

            client.fetch = fetch  # type: ignore[method-assign]
        return client

    config = load_config(write_config(tmp_path / "c.toml", dovecot, [folder]))
    db = open_db(tmp_path / "w.db")
    slept: list[float] = []
    options = SyncOptions(batch_size=4, fetch_batch=5)
    stats = sync_account(db, config, config.accounts[0], client_factory=factory, options=options, sleep=slept.append)
    assert (stats.reconnects, slept, len(connections)) == (1, [2.0], 2)
    assert db["messages"].count == 30 and stats.stored == 30


# -- Gmail, with a fake client (no Gmail server can run here) ---------------------------------------------------


class FakeGmail:
    """Just enough of IMAPClient to look like Gmail: X-GM-EXT-1, an \\All folder, X-GM-MSGID."""

    folders = [
        ((b"\\HasNoChildren",), b"/", "INBOX"),
        ((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"),
        ((b"\\All", b"\\HasNoChildren"), b"/", "[Gmail]/All Mail"),
        ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Gmail]/Sent Mail"),
        ((b"\\HasNoChildren", b"\\Trash"), b"/", "[Gmail]/Trash"),
    ]
    mail = {
        7: (1790000000000000001, message(1)),
        9: (1790000000000000002, message(2, sender=ME, to="tom@work.example")),
    }

    def __init__(self, host: str, **kwargs: Any) -> None:
        self.log: list[str] = [f"connect {host} ssl={kwargs['ssl']}"]
        FakeGmail.last = self

    def oauth2_login(self, user: str, token: str) -> None:
        self.log.append(f"oauth2 {user}")

    def capabilities(self) -> tuple[bytes, ...]:
        return (b"IMAP4REV1", b"X-GM-EXT-1", b"UIDPLUS")

    def list_folders(self) -> list[Any]:
        return self.folders

    def select_folder(self, name: str, readonly: bool = False) -> dict[bytes, Any]:
        self.log.append(f"select {name} readonly={readonly}")
        return {b"UIDVALIDITY": 11, b"UIDNEXT": 10, b"EXISTS": 2}

    def search(self, criteria: list[str]) -> list[int]:
        return sorted(self.mail)

    def fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        out: dict[int, dict[bytes, Any]] = {}
        for uid in uids:
            gm_id, raw = self.mail[uid]
            if "BODY.PEEK[]" in items:
                out[uid] = {b"BODY[]": raw}
            else:
                out[uid] = {b"RFC822.SIZE": len(raw), b"X-GM-MSGID": gm_id,
                            b"INTERNALDATE": datetime(2026, 3, 2, 10, tzinfo=timezone.utc)}
        return out

    def logout(self) -> None:
        self.log.append("logout")


def test_gmail_syncs_all_mail_keyed_on_msgid() -> None:
    account = Account(name="g", host="imap.gmail.com", username="maya@gmail.example", auth="xoauth2",
                      oauth2_token_command="unused")
    db = open_db(memory=True)
    stats = sync_account(db, Config(my_addresses=(ME,)), account, secret=Secret("token"), client_factory=FakeGmail)
    assert list(stats.folders) == ["[Gmail]/All Mail"] and stats.stored == 2
    rows = [(r["source"], r["source_key"], r["direction"]) for r in db["messages"].rows]
    assert rows == [
        ("imap:g/[Gmail]/All Mail", "1790000000000000001", "received"),
        ("imap:g/[Gmail]/All Mail", "1790000000000000002", "sent"),
    ]
    assert FakeGmail.last.log == [
        "connect imap.gmail.com ssl=True", "oauth2 maya@gmail.example",
        "select [Gmail]/All Mail readonly=True", "logout",
    ]


# -- credentials -----------------------------------------------------------------------------------------------


def test_password_command_first_line_no_shell(tmp_path: Path) -> None:
    account = Account(name="w", host="h", username="u", password_command="printf 'se cret\\nsecond line'")
    secret = account_secret(account)
    assert secret.reveal() == "se cret"
    assert "se cret" not in repr(secret) and "se cret" not in f"{secret}"
    marker = tmp_path / "marker"
    shell = Account(name="w", host="h", username="u", password_command=f"echo x; touch {marker}")
    assert account_secret(shell).reveal() == f"x; touch {marker}"  # no shell: ; is a word
    assert not marker.exists()


def test_password_command_failure_keeps_the_output_out() -> None:
    account = Account(name="w", host="h", username="u", password_command="sh -c 'echo hunter2; echo hunter2 >&2; exit 3'")
    with pytest.raises(InboxwalletError) as info:
        account_secret(account)
    assert str(info.value) == "account 'w': password_command failed with exit status 3"
    missing = Account(name="w", host="h", username="u", password_command="no-such-program-iw")
    with pytest.raises(InboxwalletError, match="program 'no-such-program-iw' not found"):
        account_secret(missing)


def test_password_env() -> None:
    account = Account(name="w", host="h", username="u", password_env="IW_PW")
    assert get_secret(account, label="x", environ={"IW_PW": "pw"}).reveal() == "pw"
    with pytest.raises(ConfigError, match="x: environment variable IW_PW is not set or empty"):
        get_secret(account, label="x", environ={})


def test_secret_cannot_be_pickled() -> None:
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(Secret("s"))
