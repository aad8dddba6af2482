"""Real mail servers for the test suite, started on 127.0.0.1 by the tests.

Mocks of IMAP/SMTP hide exactly the bugs a mail sync tool has (flag side
effects, UIDVALIDITY changes, TLS verification), so the suite talks to a
private Dovecot (IMAP) and an aiosmtpd server (SMTP) instead.

* ``start_dovecot(workdir)`` -> :class:`Dovecot`: a non-daemonised
  ``dovecot -F -c CONF`` child with its own config, log, sockets and Maildir.
  Needs ``/usr/sbin/dovecot`` (``.ci/install-debian.sh``) and root.
* ``start_smtp(workdir)`` -> :class:`SmtpServer`: aiosmtpd with STARTTLS and
  AUTH PLAIN/LOGIN (only after STARTTLS); received mail is kept in a list.
* ``make_certs(dir)``: a throwaway CA and a server certificate for
  ``localhost`` and ``127.0.0.1`` (needs the ``cryptography`` package).
* ``free_port()`` / ``free_ports(n)``.

This module imports no pytest so it can be used from conftest.py, scripts or a
REPL alike.  Everything only ever binds/connects to 127.0.0.1.
"""

from __future__ import annotations

import atexit
import datetime as dt
import grp
import logging
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import ssl
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"
DOVECOT_BIN = Path("/usr/sbin/dovecot")
DOVECOT_DH = Path("/usr/share/dovecot/dh.pem")
#: Unprivileged owner of the test Maildirs: Dovecot will not touch mail as root.
MAIL_USER = "iwtest"
TEST_USER = "tester"

#: Folders besides INBOX, with the RFC 6154 special-use each one carries.
SPECIAL_FOLDERS: dict[str, str] = {
    "Sent": "\\Sent",
    "Drafts": "\\Drafts",
    "Trash": "\\Trash",
    "Junk": "\\Junk",
}


class ServerStartError(RuntimeError):
    """A test server did not come up; the message carries its log tail."""


# --------------------------------------------------------------------------
# ports


def free_port(host: str = HOST) -> int:
    """Return a TCP port on ``host`` that nobody listens on right now.

    There is a small race until the server binds it; the starters retry on a
    bind failure, which covers parallel pytest-xdist workers.
    """
    return free_ports(1, host)[0]


def free_ports(count: int, host: str = HOST) -> list[int]:
    """Return ``count`` distinct free ports (all bound at once, then released)."""
    socks: list[socket.socket] = []
    try:
        for _ in range(count):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind((host, 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


# --------------------------------------------------------------------------
# TLS


@dataclass(frozen=True)
class CertFiles:
    """PEM files of a throwaway CA and of a server certificate it signed."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        """An SSL context for a server presenting this certificate."""
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(self.cert_file, self.key_file)
        return ctx


def client_context(ca_file: Path | str) -> ssl.SSLContext:
    """A verifying client context that trusts only the throwaway CA."""
    return ssl.create_default_context(cafile=str(ca_file))


def make_certs(
    directory: Path, names: Sequence[str] = ("localhost", HOST)
) -> CertFiles:
    """Create ``ca.pem``, ``server.pem`` and ``server.key`` in ``directory``.

    EC P-256 keys keep this to a few milliseconds.  The leaf has the
    extensions strict verifiers (Python 3.13's VERIFY_X509_STRICT) insist on.
    """
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    directory.mkdir(parents=True, exist_ok=True)
    now = dt.datetime.now(dt.timezone.utc)
    not_before, not_after = now - dt.timedelta(days=1), now + dt.timedelta(days=30)

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, "inboxwallet test CA " + secrets.token_hex(4))]
    )
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False, content_commitment=False,
                key_encipherment=False, data_encipherment=False,
                key_agreement=False, key_cert_sign=True, crl_sign=True,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )

    sans: list[x509.GeneralName] = []
    for name in names:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            sans.append(x509.DNSName(name))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, content_commitment=False,
                key_encipherment=False, data_encipherment=False,
                key_agreement=True, key_cert_sign=False, crl_sign=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski),
            critical=False,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )

    files = CertFiles(directory / "ca.pem", directory / "server.pem", directory / "server.key")
    files.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    files.key_file.chmod(0o600)
    return files


# --------------------------------------------------------------------------
# Dovecot


def dovecot_available() -> bool:
    """True if the Dovecot binary is installed (see .ci/install-debian.sh)."""
    return DOVECOT_BIN.exists() and os.access(DOVECOT_BIN, os.X_OK)


def _mail_owner() -> tuple[int, int]:
    """uid/gid of ``iwtest``, creating the system user if it is missing."""
    try:
        pw = pwd.getpwnam(MAIL_USER)
    except KeyError:
        try:
            grp.getgrnam(MAIL_USER)
        except KeyError:
            subprocess.run(["groupadd", "--system", MAIL_USER], check=True)
        subprocess.run(
            ["useradd", "--system", "--gid", MAIL_USER, "--no-create-home",
             "--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", MAIL_USER],
            check=True,
        )
        pw = pwd.getpwnam(MAIL_USER)
    return pw.pw_uid, pw.pw_gid


def _make_traversable(path: Path) -> None:
    """Add o+x to ``path`` and its ancestors that lack it.

    The Maildir is used by the ``iwtest`` uid and the passwd-file read by
    Dovecot's auth process (user ``dovecot``); pytest's temp root
    (/tmp/pytest-of-root) is 0700, which would lock both out.  Execute-only
    lets them pass through without listing; pytest restores 0700 itself at
    its next session.
    """
    for p in [path, *path.parents]:
        mode = p.stat().st_mode
        if not mode & stat.S_IXOTH:
            p.chmod(stat.S_IMODE(mode) | stat.S_IXOTH)


def _log_tail(*files: Path, lines: int = 30) -> str:
    out = []
    for f in files:
        try:
            text = f.read_text(errors="replace").splitlines()[-lines:]
        except OSError:
            continue
        if text:
            out.append(f"--- {f} ---\n" + "\n".join(text))
    return "\n".join(out) or "(no log output)"


def _wait_for_greeting(
    port: int, proc: subprocess.Popen[bytes], timeout: float, prefix: bytes = b"* OK"
) -> None:
    """Poll until ``port`` sends a greeting starting with ``prefix``."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerStartError(f"exited with status {proc.returncode}")
        try:
            with socket.create_connection((HOST, port), timeout=1) as s:
                greeting = s.recv(512)
            if greeting.startswith(prefix):
                return
            last_error = RuntimeError(f"unexpected greeting {greeting!r}")
        except OSError as exc:
            last_error = exc
        time.sleep(0.02)
    raise ServerStartError(f"no IMAP greeting on {HOST}:{port} after {timeout}s ({last_error})")


_DOVECOT_CONF = """\
# Generated by tests/servers.py: a private test instance that shares nothing
# (sockets, state, logs, ports) with a system dovecot.
instance_name = inboxwallet-test-{plain_port}
base_dir = {base_dir}
state_dir = {state_dir}
log_path = {log_file}
info_log_path = {log_file}
debug_log_path = {log_file}

protocols = imap
listen = {host}

ssl = yes
ssl_cert = <{cert_file}
ssl_key = <{key_file}
{ssl_dh_line}

# Plaintext auth is fine on the plain test port (loopback only).
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
# Wrong-password tests should not wait: no per-IP penalty (anvil would delay
# every later login from 127.0.0.1 by 2..15 s), and no 2 s failure delay
# (0.5 s remain: dovecot flushes failed auths on a fixed 500 ms timer).
auth_failure_delay = 0
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {users_file}
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {users_file}
}}

first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:~/Maildir
# Test data is throwaway: do not pay for fsync.
mail_fsync = never

namespace inbox {{
  inbox = yes
  separator = {separator}
{mailboxes}}}

service imap-login {{
  inet_listener imap {{
    address = {host}
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = {host}
    port = {tls_port}
    ssl = yes
  }}
  # One long-lived login process instead of one per connection: faster.
  service_count = 0
}}

protocol imap {{
  # Tests open many connections as the same user from the same IP.
  mail_max_userip_connections = 200
}}
"""


@dataclass
class Dovecot:
    """A running private Dovecot plus helpers that act as a second mail client.

    The helpers log in as the test user over plain IMAP, never SELECT
    read-write (EXAMINE only, so they do not consume \\Recent) and fetch with
    BODY.PEEK, so they do not disturb what the code under test observes.
    """

    host: str
    port: int
    tls_port: int
    user: str
    password: str
    ca_file: Path
    workdir: Path
    config_file: Path
    log_file: Path
    maildir: Path
    separator: str
    process: subprocess.Popen[bytes] = field(repr=False)
    base_dir: Path = field(repr=False)

    # -- lifecycle ---------------------------------------------------------

    def stop(self, grace: float = 0.3) -> None:
        """Stop dovecot and its children; idempotent.

        SIGTERM closes the listeners and ends the sessions at once, but the
        log process then idles about a second before the master exits, so
        after ``grace`` seconds the rest of the process group (only ever our
        own dovecot, it runs in its own session) is SIGKILLed.
        """
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(5)
        shutil.rmtree(self.base_dir, ignore_errors=True)
        atexit.unregister(self.stop)

    def __enter__(self) -> Dovecot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log_tail(self, lines: int = 30) -> str:
        """Last lines of the server log, for assertion messages."""
        return _log_tail(self.log_file, self.workdir / "dovecot.stderr", lines=lines)

    # -- admin helpers -----------------------------------------------------

    @contextmanager
    def client(self) -> Iterator[Any]:
        """A logged-in ``imapclient.IMAPClient`` on the plain port."""
        from imapclient import IMAPClient

        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        try:
            c.login(self.user, self.password)
            yield c
        finally:
            try:
                c.logout()
            except Exception:  # noqa: BLE001 - the connection may already be gone
                c.shutdown()

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Iterable[str | bytes] = (),
        date: dt.datetime | None = None,
    ) -> int:
        """APPEND one message; returns its UID (from UIDPLUS APPENDUID).

        ``date`` becomes the INTERNALDATE; pass an aware datetime (imapclient
        reads a naive one as local time).
        """
        with self.client() as c:
            resp = c.append(folder, raw, flags=tuple(flags), msg_time=date)
        return _appenduids(resp)[0]

    def append_many(
        self,
        folder: str,
        messages: Iterable[bytes],
        flags: Iterable[str | bytes] = (),
        chunk: int = 500,
    ) -> list[int]:
        """APPEND many messages over one connection (MULTIAPPEND); returns UIDs."""
        flags = tuple(flags)
        uids: list[int] = []
        batch: list[Any] = []
        with self.client() as c:
            for raw in messages:
                batch.append({"msg": raw, "flags": flags} if flags else raw)
                if len(batch) >= chunk:
                    uids += _appenduids(c.multiappend(folder, batch))
                    batch = []
            if batch:
                uids += _appenduids(c.multiappend(folder, batch))
        return uids

    def uids(self, folder: str) -> list[int]:
        """All UIDs in ``folder``, ascending."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def flags(self, folder: str) -> dict[int, tuple[str, ...]]:
        """UID -> flags (as str, e.g. ``"\\\\Seen"``), without session-only \\Recent."""
        with self.client() as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            if not uids:
                return {}
            raw = c.get_flags(uids)
        return {
            uid: tuple(
                f.decode() if isinstance(f, bytes) else f
                for f in fl
                if f not in (b"\\Recent", "\\Recent")
            )
            for uid, fl in sorted(raw.items())
        }

    def add_flags(self, folder: str, uids: Iterable[int], flags: Iterable[str]) -> None:
        """Set flags as another client would (e.g. read on the phone)."""
        with self.client() as c:
            c.select_folder(folder)
            c.add_flags(list(uids), list(flags), silent=True)

    def remove_flags(self, folder: str, uids: Iterable[int], flags: Iterable[str]) -> None:
        """Clear flags as another client would."""
        with self.client() as c:
            c.select_folder(folder)
            c.remove_flags(list(uids), list(flags), silent=True)

    def expunge(self, folder: str, uids: Iterable[int]) -> None:
        """Delete messages for good (UID EXPUNGE), as another client would."""
        with self.client() as c:
            c.select_folder(folder)
            uids = list(uids)
            c.delete_messages(uids, silent=True)
            c.uid_expunge(uids)

    def uidvalidity(self, folder: str) -> int:
        """UIDVALIDITY of ``folder`` (STATUS, no SELECT)."""
        with self.client() as c:
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def message_count(self, folder: str) -> int:
        """Number of messages in ``folder`` (STATUS MESSAGES)."""
        with self.client() as c:
            return int(c.folder_status(folder, [b"MESSAGES"])[b"MESSAGES"])

    def special_use(self) -> dict[str, tuple[str, ...]]:
        """Folder name -> its LIST flags (incl. special-use), as str."""
        with self.client() as c:
            return {
                name: tuple(f.decode() if isinstance(f, bytes) else f for f in fl)
                for fl, _sep, name in c.list_folders()
            }

    def create_folder(self, folder: str) -> None:
        """CREATE (and SUBSCRIBE) a plain folder."""
        with self.client() as c:
            c.create_folder(folder)
            c.subscribe_folder(folder)

    def recreate_folder(self, folder: str) -> int:
        """DELETE + CREATE ``folder``: all mail is gone and UIDVALIDITY changes.

        Special-use comes from the config (``namespace/mailbox``), so Sent,
        Drafts, Trash and Junk get it back automatically.  Returns the new
        UIDVALIDITY.
        """
        if folder.upper() == "INBOX":
            raise ValueError("INBOX cannot be deleted; recreate another folder")
        with self.client() as c:
            old = int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
            subscribed = any(name == folder for _f, _d, name in c.list_sub_folders(pattern=folder))
            c.delete_folder(folder)
            c.create_folder(folder)
            if subscribed:
                c.subscribe_folder(folder)
            new = int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])
        if new == old:  # never seen with Dovecot 2.3; guard the test premise
            raise RuntimeError(f"UIDVALIDITY of {folder!r} did not change ({old})")
        return new


def _appenduids(resp: Any) -> list[int]:
    """UIDs from an ``[APPENDUID validity uid-set]`` response code.

    ``append()`` returns the response text, ``multiappend()`` imaplib's
    ``(typ, [text])`` tuple.
    """
    if isinstance(resp, tuple):
        typ, data = resp
        if typ != "OK":
            raise RuntimeError(f"APPEND failed: {typ} {data!r}")
        resp = data[-1]
    text = resp.decode() if isinstance(resp, bytes) else str(resp)
    m = re.search(r"APPENDUID \d+ ([\d:,]+)", text)
    if not m:
        raise RuntimeError(f"server sent no APPENDUID: {text!r}")
    uids: list[int] = []
    for part in m.group(1).split(","):
        lo, _, hi = part.partition(":")
        uids += range(int(lo), int(hi or lo) + 1)
    return uids


def start_dovecot(
    workdir: Path,
    *,
    user: str = TEST_USER,
    password: str | None = None,
    certs: CertFiles | None = None,
    separator: str = "/",
    timeout: float = 10.0,
) -> Dovecot:
    """Start a private Dovecot for ``workdir`` and wait until it greets.

    ``workdir`` gets dovecot.conf, the log, users (passwd-file), tls/ and the
    Maildir (under home/<user>).  Sockets live in a short mkdtemp under /tmp
    because ``workdir`` paths (pytest's tmp_path) can exceed the ~107-byte
    limit of Unix socket paths.  Raises :class:`ServerStartError` with the
    log tail if it does not come up within ``timeout`` seconds.
    """
    if not dovecot_available():
        raise ServerStartError(f"{DOVECOT_BIN} not installed; run .ci/install-debian.sh")
    if os.geteuid() != 0:
        raise ServerStartError("start_dovecot needs root (dovecot drops to iwtest/dovecot)")

    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    _make_traversable(workdir)
    uid, gid = _mail_owner()
    password = password or "pw-" + secrets.token_urlsafe(12)
    certs = certs or make_certs(workdir / "tls")

    home = workdir / "home" / user
    home.mkdir(parents=True, exist_ok=True)
    for p in (home.parent, home):
        os.chown(p, uid, gid)
    home.chmod(0o700)

    users_file = workdir / "users"
    # user:password:uid:gid:gecos:home:shell  (read by the auth process as 'dovecot')
    users_file.write_text(f"{user}:{{PLAIN}}{password}:{uid}:{gid}::{home}::\n")
    users_file.chmod(0o644)
    (workdir / "state").mkdir(exist_ok=True)

    mailboxes = "".join(
        f"  mailbox {name} {{\n    special_use = {use}\n    auto = subscribe\n  }}\n"
        for name, use in SPECIAL_FOLDERS.items()
    )
    log_file = workdir / "dovecot.log"
    stderr_file = workdir / "dovecot.stderr"
    conf_file = workdir / "dovecot.conf"

    errors: list[str] = []
    for _attempt in range(3):  # retry only for a lost free-port race
        base_dir = Path(tempfile.mkdtemp(prefix="iwdc-", dir="/tmp"))
        base_dir.chmod(0o755)
        plain_port, tls_port = free_ports(2)
        conf_file.write_text(
            _DOVECOT_CONF.format(
                host=HOST,
                plain_port=plain_port,
                tls_port=tls_port,
                base_dir=base_dir,
                state_dir=workdir / "state",
                log_file=log_file,
                cert_file=certs.cert_file,
                key_file=certs.key_file,
                ssl_dh_line=f"ssl_dh = <{DOVECOT_DH}" if DOVECOT_DH.exists() else "",
                users_file=users_file,
                uid=uid,
                gid=gid,
                separator=separator,
                mailboxes=mailboxes,
            )
        )
        log_file.write_text("")
        with open(stderr_file, "wb") as err:
            proc = subprocess.Popen(
                [str(DOVECOT_BIN), "-F", "-c", str(conf_file)],
                stdin=subprocess.DEVNULL,
                stdout=err,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: killpg as last resort
            )
        server = Dovecot(
            host=HOST, port=plain_port, tls_port=tls_port, user=user,
            password=password, ca_file=certs.ca_file, workdir=workdir,
            config_file=conf_file, log_file=log_file, maildir=home / "Maildir",
            separator=separator, process=proc, base_dir=base_dir,
        )
        atexit.register(server.stop)
        try:
            _wait_for_greeting(plain_port, proc, timeout)
            return server
        except ServerStartError as exc:
            tail = server.log_tail()
            server.stop()
            errors.append(f"{exc}\n{tail}")
            if "Address already in use" not in tail:
                break
    raise ServerStartError("dovecot did not start:\n" + "\n".join(errors))


# --------------------------------------------------------------------------
# SMTP (aiosmtpd)


@dataclass(frozen=True)
class ReceivedMessage:
    """One message as the SMTP server accepted it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    login: str | None  # AUTH user name, None if the client did not authenticate
    tls: bool  # True if the session had done STARTTLS


class _DropLoginDataWarning(logging.Filter):
    """aiosmtpd 1.4 warns about its own deprecated Session.login_data on every
    successful AUTH; that is noise in test output."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "login_data is deprecated" not in record.getMessage()


logging.getLogger("mail.log").addFilter(_DropLoginDataWarning())


class _Handler:
    """aiosmtpd handler that just records every message."""

    def __init__(self, sink: list[ReceivedMessage], received: threading.Condition) -> None:
        self.sink = sink
        self.received = received

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        login = session.auth_data
        msg = ReceivedMessage(
            mail_from=envelope.mail_from,
            rcpt_tos=tuple(envelope.rcpt_tos),
            data=envelope.original_content or envelope.content,
            login=login if isinstance(login, str) else None,
            tls=session.ssl is not None,
        )
        with self.received:
            self.sink.append(msg)
            self.received.notify_all()
        return "250 2.0.0 OK: queued"


@dataclass
class SmtpServer:
    """A running aiosmtpd server on 127.0.0.1 with STARTTLS and AUTH."""

    host: str
    port: int
    user: str
    password: str
    ca_file: Path
    require_auth: bool
    messages: list[ReceivedMessage]
    controller: Any = field(repr=False)
    _received: threading.Condition = field(repr=False)

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Block until at least ``count`` messages arrived; return them all."""
        with self._received:
            if not self._received.wait_for(lambda: len(self.messages) >= count, timeout):
                raise TimeoutError(f"{len(self.messages)} of {count} messages after {timeout}s")
            return list(self.messages)

    def clear(self) -> None:
        """Forget received messages (between tests sharing one server)."""
        with self._received:
            self.messages.clear()

    def stop(self) -> None:
        """Stop the server thread; idempotent."""
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
            atexit.unregister(self.stop)

    def __enter__(self) -> SmtpServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_smtp(
    workdir: Path,
    *,
    require_auth: bool = True,
    user: str = TEST_USER,
    password: str | None = None,
    certs: CertFiles | None = None,
) -> SmtpServer:
    """Start aiosmtpd on a free 127.0.0.1 port (plain SMTP + STARTTLS).

    AUTH PLAIN/LOGIN is only offered after STARTTLS (``auth_require_tls``);
    with ``require_auth`` MAIL FROM is refused (530) until AUTH succeeded.
    """
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    certs = certs or make_certs(workdir / "smtp-tls")
    password = password or "pw-" + secrets.token_urlsafe(12)

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                      auth_data: Any) -> AuthResult:
        ok = (
            isinstance(auth_data, LoginPassword)
            and secrets.compare_digest(auth_data.login, user.encode())
            and secrets.compare_digest(auth_data.password, password.encode())
        )
        return AuthResult(success=ok, handled=False, auth_data=user if ok else None)

    messages: list[ReceivedMessage] = []
    received = threading.Condition()
    last_error: Exception | None = None
    for _attempt in range(3):  # retry only for a lost free-port race
        port = free_port()
        controller = Controller(
            _Handler(messages, received),
            hostname=HOST,
            port=port,
            # Without it aiosmtpd calls socket.getfqdn(): slow without DNS.
            server_hostname="localhost",
            tls_context=certs.server_context(),
            require_starttls=False,
            auth_required=require_auth,
            auth_require_tls=True,
            authenticator=authenticator,
            ready_timeout=5.0,
        )
        try:
            controller.start()
        except OSError as exc:
            last_error = exc
            continue
        server = SmtpServer(
            host=HOST, port=port, user=user, password=password,
            ca_file=certs.ca_file, require_auth=require_auth,
            messages=messages, controller=controller, _received=received,
        )
        atexit.register(server.stop)
        return server
    raise ServerStartError(f"aiosmtpd did not start: {last_error}")

