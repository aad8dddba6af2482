"""IMAP, strictly read-only: the only module that imports imapclient.

What "read-only" means here: folders are opened with EXAMINE (never SELECT), message data is
fetched with BODY.PEEK (so no \\Seen flag appears), and no STORE, EXPUNGE, APPEND, COPY,
MOVE, CREATE or DELETE is ever sent. Certificates are always verified.

The one exception is `append_digest`, which `inboxwallet digest --send` calls when [digest]
says via = "imap": it APPENDs our own digest (it must carry the X-Inboxwallet-Digest header)
into INBOX. Sync never calls it, and it never writes mail that came from the server.

Attachments are not downloaded: a message up to `FetchLimits.full_message` bytes is fetched
whole; a bigger one is rebuilt from its header, the MIME headers of every part (they keep the
file names) and the bodies of its text parts only, the attachments left empty.

`ImapSource(account, secret, client_factory=IMAPClient)` is the seam tests use.
"""

from __future__ import annotations

import logging
import re
import ssl
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import (
    CapabilityError,
    IMAPClientAbortError,
    IMAPClientError,
    LoginError,
)

from .config import Account
from .credentials import Secret
from .errors import AuthError, SyncError, exception_chain
from .sources import RawMessage

log = logging.getLogger(__name__)
# imaplib's debug lines carry commands and message data (and would carry a LOGIN line):
# they must never reach a log handler, whatever the root logger's level.
logging.getLogger("imapclient").setLevel(logging.WARNING)

#: Names a Sent folder has on servers without SPECIAL-USE (RFC 6154), in order of preference.
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "[Gmail]/Sent Mail")
#: Folders never synced unless named in `folders`: their mail is not a conversation.
SKIPPED_USES = (b"\\Trash", b"\\Junk", b"\\Drafts")
#: Virtual folders that only repeat mail stored elsewhere.
VIRTUAL_USES = (b"\\All", b"\\Flagged", b"\\Important")
NOT_SELECTABLE = (b"\\Noselect", b"\\NonExistent")
TEXT_TYPES = {(b"TEXT", b"PLAIN"), (b"TEXT", b"HTML")}

_MSGID = re.compile(rb"<[^<>\s]+>")
_BYTES_REPR = re.compile(r"""\bb(['"])(.*?)\1""")


class ConnectionLost(SyncError):
    "The connection to the mail server failed or was lost"


@dataclass(frozen=True)
class FetchLimits:
    """How much to download: whole messages up to `full_message` bytes; above that the text
    parts only, each up to `text_part` bytes. `batch` is UIDs per FETCH command."""

    full_message: int = 64 * 1024
    text_part: int = 1024 * 1024
    batch: int = 250


@dataclass(frozen=True)
class Folder:
    name: str
    role: str  # inbox | sent | all | other
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class FolderStatus:
    """What EXAMINE says about a folder: enough to tell whether anything is new."""

    name: str
    uidvalidity: int
    uidnext: int | None
    exists: int
    highestmodseq: int | None = None


@dataclass
class _Part:
    """One node of a BODYSTRUCTURE: where it is, and whether its body is worth fetching."""

    path: str  # IMAP part number ("1", "2.1"); "" for a multipart message's root
    multipart: bool = False
    boundary: bytes | None = None
    children: list[_Part] = field(default_factory=list)
    keep: bool = False  # a text/plain or text/html body, not an attachment
    size: int = 0


class ImapSource:
    """Reads one account. Use as a context manager: it connects and logs in on entry and
    always logs out on exit (Gmail caps concurrent connections)."""

    def __init__(
        self,
        account: Account,
        secret: Secret,
        *,
        client_factory: Callable[..., Any] = IMAPClient,
        limits: FetchLimits = FetchLimits(),
    ) -> None:
        self.account = account
        self._secret = secret
        self._factory = client_factory
        self.limits = limits
        self.client: Any = None
        self.bytes_fetched = 0
        self.skipped_known = 0
        self._capabilities: frozenset[bytes] = frozenset()

    def __repr__(self) -> str:
        return f"ImapSource({self.account.name!r}, {self.where})"

    @property
    def where(self) -> str:
        return f"{self.account.host}:{self.account.port}"

    # -- connection -------------------------------------------------------------------------

    def __enter__(self) -> ImapSource:
        try:
            self.connect()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ssl_context(self) -> ssl.SSLContext:
        """The system's trusted CAs plus `ca_file`; hostname and chain always checked."""
        context = ssl.create_default_context()
        if self.account.ca_file:
            try:
                context.load_verify_locations(cafile=self.account.ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise SyncError(f"account {self.account.name!r}: ca_file {self.account.ca_file}: cannot be read ({exc})") from None
        return context

    def connect(self) -> None:
        """Connect, switch to TLS, log in."""
        account = self.account
        tls = account.tls
        context = self.ssl_context() if tls in ("ssl", "starttls") else None
        timeout = SocketTimeout(connect=account.timeout, read=account.timeout)
        with self._errors("connect"):
            self.client = self._factory(
                account.host, port=account.port, ssl=tls == "ssl", ssl_context=context, timeout=timeout
            )
            # aware INTERNALDATEs (with their offset) rather than naive local times
            self.client.normalise_times = False
            if tls == "starttls":
                try:
                    self.client.starttls(context)
                except CapabilityError:
                    raise SyncError(f"{self.where}: the server does not offer STARTTLS; refusing to log in in plain text") from None
        with self._errors("login"):
            if account.auth == "xoauth2":
                self.client.oauth2_login(account.username, self._secret.reveal())
            else:
                self.client.login(account.username, self._secret.reveal())
            self._capabilities = frozenset(c.upper() for c in self.client.capabilities())
        log.info("%s: logged in to %s (tls: %s)", account.name, self.where, tls)

    def close(self) -> None:
        """Log out; when the connection is already gone, just drop the socket."""
        client, self.client = self.client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:  # noqa: BLE001 - a broken connection cannot log out cleanly
            try:
                client.shutdown()
            except Exception:  # noqa: BLE001
                pass

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Turn imapclient, socket and TLS failures into the project's one-line errors."""
        try:
            yield
        except Exception as exc:
            error = self._translated(exc, what)
            if error is None:
                raise
            # The frames of a failed LOGIN hold the password in their locals, and the new error
            # keeps the old one as its (hidden) context: drop those frames, so that no traceback
            # printer, error reporter or debugger can show them.
            _forget_frames(exc)
            raise error from None

    def _translated(self, exc: Exception, what: str) -> SyncError | None:
        """The one-line error for a failure during `what`; None for what is not a mail-server
        failure (a bug, which keeps its traceback)."""
        if isinstance(exc, TimeoutError):  # socket.timeout: no reply within the account's timeout
            during = "while connecting" if what == "connect" else f"during {what}"
            return ConnectionLost(f"{self.where}: no reply within {self.account.timeout:g} s {during} (the account's timeout)")
        if isinstance(exc, LoginError):
            reason = self._scrub(exc)
            if "socket error" in reason:  # imapclient reports a line dropped mid-LOGIN this way
                return ConnectionLost(f"{self.where}: connection lost during {what}: {_abort_reason(reason)}")
            return AuthError(
                f"account {self.account.name!r}: {self.where} refused the login for {self.account.username!r}"
                + (f" ({reason})" if reason else "")
            )
        if isinstance(exc, ssl.SSLCertVerificationError):
            return SyncError(
                f"{self.where}: the server's certificate did not verify ({exc.verify_message}); "
                "if it uses a private CA, set ca_file"
            )
        if isinstance(exc, ssl.SSLError):
            dropped = isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError, ssl.SSLSyscallError))
            if what == "connect" and not dropped:  # a handshake that cannot work: no retry
                return SyncError(
                    f"{self.where}: TLS failed ({exc.reason or exc}); "
                    f"does port {self.account.port} speak tls = {self.account.tls!r}?"
                )
            return ConnectionLost(f"{self.where}: connection lost during {what}: {exc.reason or exc}")
        if isinstance(exc, IMAPClientAbortError):
            return ConnectionLost(f"{self.where}: connection lost during {what}: {_abort_reason(self._scrub(exc))}")
        if isinstance(exc, IMAPClientError):
            return SyncError(f"{self.where}: {what} failed: {self._scrub(exc)}")
        if isinstance(exc, (OSError, EOFError)):
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            return ConnectionLost(f"{self.where}: {what} failed: {reason}")
        return None

    def _scrub(self, exc: BaseException) -> str:
        """A server message, one line, never containing the secret."""
        text = str(exc).replace("\r", " ").replace("\n", " ").strip()
        text = _BYTES_REPR.sub(lambda m: m.group(2), text)  # b'[ALERT] ...' -> [ALERT] ...
        secret = self._secret.reveal()
        if secret and secret in text:
            text = text.replace(secret, "********")
        return text[:200]

    # -- folders ----------------------------------------------------------------------------

    @property
    def is_gmail(self) -> bool:
        return b"X-GM-EXT-1" in self._capabilities

    def has_capability(self, name: str) -> bool:
        return name.upper().encode() in self._capabilities

    def folders(self) -> list[Folder]:
        """The folders to sync: `folders` from the config; on Gmail the \\All folder; else
        INBOX plus the Sent folder (SPECIAL-USE \\Sent, or a usual name). `folders = ["*"]`
        means every folder but Trash, Junk, Drafts and virtual ones."""
        with self._errors("LIST"):
            listed = [(name, tuple(_text(f) for f in flags), flags) for flags, _sep, name in self.client.list_folders()]
        by_name = {name: (text_flags, raw_flags) for name, text_flags, raw_flags in listed}
        wanted = self.account.folders

        def make(name: str, role: str | None = None) -> Folder:
            text_flags, raw_flags = by_name[name]
            return Folder(name, role or _role(name, raw_flags), text_flags)

        if wanted and wanted != ("*",):
            missing = [name for name in wanted if name not in by_name]
            if missing:
                known = ", ".join(sorted(by_name)[:15])
                raise SyncError(f"account {self.account.name!r}: no folder {missing[0]!r} on {self.where} (it has: {known})")
            return [make(name) for name in wanted]

        selectable = [(n, raw) for n, _t, raw in listed if not _has(raw, NOT_SELECTABLE)]
        if wanted == ("*",):
            return [make(n) for n, raw in selectable if not _has(raw, SKIPPED_USES + VIRTUAL_USES)]
        if self.is_gmail:
            every = [n for n, raw in selectable if _has(raw, (b"\\All",))]
            if every:
                return [make(every[0], "all")]
        folders = [make(n, "inbox") for n, _raw in selectable if n.upper() == "INBOX"][:1]
        sent = _sent_folder(selectable)
        if sent and sent not in {f.name for f in folders}:
            folders.append(make(sent, "sent"))
        return folders

    def examine(self, folder: str) -> FolderStatus:
        """Open a folder read-only (EXAMINE): the server changes nothing, not even \\Recent."""
        with self._errors(f"EXAMINE {folder}"):
            info = self.client.select_folder(folder, readonly=True)
        modseq = info.get(b"HIGHESTMODSEQ")
        uidnext = info.get(b"UIDNEXT")
        return FolderStatus(
            name=folder,
            uidvalidity=int(info[b"UIDVALIDITY"]),
            uidnext=int(uidnext) if uidnext is not None else None,
            exists=int(info.get(b"EXISTS", 0)),
            highestmodseq=int(modseq) if modseq is not None else None,
        )

    def new_uids(self, status: FolderStatus, after_uid: int) -> list[int]:
        """UIDs above after_uid, ascending. Asks nothing when UIDNEXT shows there are none."""
        if status.exists == 0 or (status.uidnext is not None and status.uidnext <= after_uid + 1):
            return []
        with self._errors(f"SEARCH in {status.name}"):
            found = self.client.search(["UID", f"{after_uid + 1}:*"])
        # "n:*" matches the highest UID even when it is below n
        return sorted(u for u in found if u > after_uid)

    # -- messages ---------------------------------------------------------------------------

    def fetch(
        self,
        status: FolderStatus,
        uids: Sequence[int],
        *,
        known: Callable[[list[str]], set[str]] | None = None,
    ) -> Iterator[tuple[int, RawMessage]]:
        """Yield (uid, RawMessage) in UID order, a FETCH batch at a time. The folder must be
        the one last examined. With `known` (Message-IDs -> those already stored), messages
        already stored are skipped before their bodies are downloaded."""
        source = f"imap:{self.account.name}/{status.name}"
        gmail = self.is_gmail
        items = ["RFC822.SIZE", "INTERNALDATE"]
        if gmail:
            items.append("X-GM-MSGID")
        if known is not None:
            items.append("BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]")
        for start in range(0, len(uids), self.limits.batch):
            chunk = list(uids[start : start + self.limits.batch])
            with self._errors(f"FETCH in {status.name}"):
                meta = self.client.fetch(chunk, items)
            present = [u for u in chunk if u in meta]
            if known is not None:
                present = self._drop_known(present, meta, known)
            small = [u for u in present if int(meta[u].get(b"RFC822.SIZE") or 0) <= self.limits.full_message]
            big = sorted(set(present) - set(small))
            bodies: dict[int, bytes] = {}
            if small:
                with self._errors(f"FETCH in {status.name}"):
                    fetched = self.client.fetch(small, ["BODY.PEEK[]"])
                for uid, data in fetched.items():
                    body = data.get(b"BODY[]")
                    if body is not None:
                        bodies[uid] = bytes(body)
                        self.bytes_fetched += len(body)
            if big:
                bodies.update(self._fetch_without_attachments(status.name, big))
            for uid in present:
                if uid not in bodies:  # expunged between the two FETCH commands
                    continue
                key = str(meta[uid][b"X-GM-MSGID"]) if gmail and b"X-GM-MSGID" in meta[uid] else f"{status.uidvalidity}:{uid}"
                yield uid, RawMessage(source, key, bodies.pop(uid), _utc(meta[uid].get(b"INTERNALDATE")))

    def _drop_known(
        self, uids: list[int], meta: dict[int, Any], known: Callable[[list[str]], set[str]]
    ) -> list[int]:
        ids: dict[int, str] = {}
        for uid in uids:
            header = next((v for k, v in meta[uid].items() if k.startswith(b"BODY[HEADER.FIELDS")), b"") or b""
            self.bytes_fetched += len(header)
            match = _MSGID.search(header)
            if match:
                ids[uid] = match.group(0).decode("ascii", "replace")[:500]
        stored = known(list(ids.values())) if ids else set()
        kept = [u for u in uids if ids.get(u) not in stored]
        self.skipped_known += len(uids) - len(kept)
        return kept

    def _fetch_without_attachments(self, folder: str, uids: list[int]) -> dict[int, bytes]:
        """Big messages rebuilt from their header, every part's MIME header and the text
        bodies: the attachments keep their names and lose their content. Messages of the
        same shape share one FETCH, so a mailbox of similar mail costs a few round trips."""
        with self._errors(f"FETCH in {folder}"):
            outline = self.client.fetch(uids, ["BODYSTRUCTURE", "BODY.PEEK[HEADER]"])
        plans: dict[int, tuple[_Part | None, bytes]] = {}
        shapes: dict[tuple[str, ...], list[int]] = {}
        for uid in uids:
            data = outline.get(uid)
            if data is None:  # expunged meanwhile
                continue
            header = bytes(data.get(b"BODY[HEADER]") or b"")
            self.bytes_fetched += len(header)
            try:
                root: _Part | None = _plan(data[b"BODYSTRUCTURE"])
            except (KeyError, IndexError, TypeError, ValueError):
                root = None
            plans[uid] = (root, header)
            shapes.setdefault(self._sections_to_fetch(root), []).append(uid)

        sections: dict[int, dict[str, bytes]] = {uid: {} for uid in plans}
        for items, group in shapes.items():
            if not items:
                continue
            with self._errors(f"FETCH in {folder}"):
                found = self.client.fetch(group, list(items))
            for uid, data in found.items():
                for key, value in data.items():
                    if isinstance(key, bytes) and key.startswith(b"BODY[") and isinstance(value, (bytes, bytearray)):
                        name = key[5:].split(b"]", 1)[0].decode("ascii")
                        if uid in sections:
                            sections[uid][name] = bytes(value)
                            self.bytes_fetched += len(value)

        out: dict[int, bytes] = {}
        for uid, (root, header) in plans.items():
            if root is None:
                # A structure we cannot follow: the start of the message is better than nothing.
                out[uid] = sections[uid].get("", b"")
            else:
                out[uid] = _assemble(root, header, sections[uid])
        return out

    def _sections_to_fetch(self, root: _Part | None) -> tuple[str, ...]:
        if root is None:
            return (f"BODY.PEEK[]<0.{self.limits.text_part}>",)
        wanted: list[str] = []
        for node in _walk(root):
            if node.path and root.multipart:
                wanted.append(f"BODY.PEEK[{node.path}.MIME]")
            if node.keep:
                limit = f"<0.{self.limits.text_part}>" if node.size > self.limits.text_part else ""
                wanted.append(f"BODY.PEEK[{node.path}]{limit}")
        return tuple(wanted)

    # -- the MailSource protocol ---------------------------------------------------------------

    def messages(self) -> Iterator[RawMessage]:
        """Every message of every folder to sync (no checkpoints: sync.py keeps those)."""
        for folder in self.folders():
            status = self.examine(folder.name)
            for _uid, raw in self.fetch(status, self.new_uids(status, 0)):
                yield raw


def append_digest(
    account: Account,
    secret: Secret,
    raw: bytes,
    *,
    when: datetime | None = None,
    folder: str = "INBOX",
    client_factory: Callable[..., Any] = IMAPClient,
) -> None:
    """APPEND the digest (CRLF bytes) into `folder`, unread, dated `when`: the only write this
    module sends. Refuses anything without the digest header, so no other mail can take this way."""
    from .parse import DIGEST_HEADER

    head = b"\n" + raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0].lower()
    if b"\n" + DIGEST_HEADER.lower().encode() + b":" not in head:
        raise ValueError(f"append_digest only writes messages with a {DIGEST_HEADER} header")
    with ImapSource(account, secret, client_factory=client_factory) as source, source._errors(f"APPEND to {folder}"):
        source.client.append(folder, raw, flags=(), msg_time=when)
    log.info("%s: appended the digest (%d bytes) to %s", account.name, len(raw), folder)


def _forget_frames(exc: BaseException) -> None:
    """Drop the traceback (and with it every frame's locals) of exc and of the exceptions
    chained to it."""
    for e in exception_chain(exc):
        e.__traceback__ = None


def _abort_reason(text: str) -> str:
    """imaplib's words for a dropped line, without the half-read server data they quote
    ("command: FETCH => socket error: unterminated line: * 34 FETCH (UID 34 ...")."""
    text = re.sub(r"^command: \S+ => ", "", text)
    if re.match(r"socket error: (EOF|unterminated line)", text):
        return "the server closed the connection"
    return re.sub(r"\b(unterminated line|unexpected response): .*", r"\1", text)


# -- BODYSTRUCTURE -----------------------------------------------------------------------------


def _plan(structure: Any, path: str = "") -> _Part:
    """Walk a BODYSTRUCTURE into _Part nodes with IMAP part numbers (RFC 3501 6.4.5)."""
    if isinstance(structure[0], (list, tuple)) and not isinstance(structure[0], (bytes, str)):
        params = _params(structure[2] if len(structure) > 2 else None)
        boundary = params.get(b"BOUNDARY")
        if not boundary:
            raise ValueError("multipart without a boundary")
        node = _Part(path, multipart=True, boundary=boundary)
        for i, child in enumerate(structure[0], 1):
            node.children.append(_plan(child, f"{path}.{i}" if path else str(i)))
        return node
    kind = (_upper(structure[0]), _upper(structure[1]))
    size = int(structure[6] or 0) if len(structure) > 6 and isinstance(structure[6], int) else 0
    if kind == (b"TEXT", b"PLAIN") or kind == (b"TEXT", b"HTML"):
        disposition_at = 9
    elif kind == (b"MESSAGE", b"RFC822"):
        disposition_at = 11
    else:
        disposition_at = 8
    disposition = structure[disposition_at] if len(structure) > disposition_at else None
    is_attachment = (
        isinstance(disposition, tuple) and disposition and _upper(disposition[0]) == b"ATTACHMENT"
    )
    return _Part(path or "1", keep=kind in TEXT_TYPES and not is_attachment, size=size)


def _walk(node: _Part) -> Iterator[_Part]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _assemble(root: _Part, header: bytes, sections: dict[str, bytes]) -> bytes:
    """Put a message back together from the parts fetched; omitted bodies are left empty."""

    def body_of(node: _Part) -> bytes:
        if not node.keep:
            return b""
        return sections.get(node.path, b"")

    def build(node: _Part, head: bytes) -> bytes:
        if not head.endswith(b"\n\n") and not head.endswith(b"\r\n\r\n"):
            head = head.rstrip(b"\r\n") + b"\r\n\r\n"
        if not node.multipart:
            return head + body_of(node)
        assert node.boundary is not None
        out = [head]
        for child in node.children:
            out += [b"--", node.boundary, b"\r\n", build(child, sections.get(f"{child.path}.MIME", b"")), b"\r\n"]
        out += [b"--", node.boundary, b"--\r\n"]
        return b"".join(out)

    return build(root, header)


def _params(value: Any) -> dict[bytes, bytes]:
    if not isinstance(value, tuple):
        return {}
    items = list(value)
    return {_upper(items[i]): bytes(items[i + 1]) for i in range(0, len(items) - 1, 2) if isinstance(items[i + 1], (bytes, bytearray))}


def _upper(value: Any) -> bytes:
    if isinstance(value, str):
        return value.upper().encode()
    return bytes(value or b"").upper()


def _text(flag: Any) -> str:
    return flag.decode("ascii", "replace") if isinstance(flag, bytes) else str(flag)


def _has(flags: Iterable[Any], wanted: Iterable[bytes]) -> bool:
    have = {_upper(f) for f in flags}
    return any(w.upper() in have for w in wanted)


def _sent_folder(selectable: list[tuple[str, Any]]) -> str | None:
    """The folder flagged \\Sent, else the first one with a usual name (also under INBOX.)."""
    for name, flags in selectable:
        if _has(flags, (b"\\Sent",)):
            return name
    lower = {name.lower(): name for name, _flags in selectable}
    for candidate in SENT_NAMES:
        for prefix in ("", "inbox.", "inbox/"):
            if prefix + candidate.lower() in lower:
                return lower[prefix + candidate.lower()]
    return None


def _role(name: str, flags: Iterable[Any]) -> str:
    if _has(flags, (b"\\All",)):
        return "all"
    if _has(flags, (b"\\Sent",)):
        return "sent"
    if name.upper() == "INBOX":
        return "inbox"
    return "other"


def _utc(value: Any) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
