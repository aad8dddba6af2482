"""Where raw mail comes from. Every source yields RawMessage items and nothing else, so IMAP
sync and local import feed the one ingest path (ingest.py)."""

from __future__ import annotations

import mailbox
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Protocol

from .errors import SourceError


@dataclass(frozen=True)
class RawMessage:
    """One message as it came off the disk or the wire.

    source names the container (a file, a folder, an IMAP account/folder), key the message
    within it. problem is set when the bytes could not even be read: ingest quarantines it.
    fallback_date is the date the container knows (mbox From_ line, IMAP INTERNALDATE) for
    mail whose Date header is missing or absurd.
    """

    source: str
    key: str
    raw: bytes
    fallback_date: datetime | None = None
    problem: str | None = None


class MailSource(Protocol):
    def messages(self) -> Iterator[RawMessage]: ...


MBOX_FROM = re.compile(rb"^From \S+ +(.+)$")
MBOXRD_QUOTED = re.compile(rb"(?m)^>(>*From )")


def _mbox_from_date(line: bytes) -> datetime | None:
    match = MBOX_FROM.match(line)
    if not match:
        return None
    text = match.group(1).decode("ascii", "replace").strip()
    try:
        return datetime.strptime(text[:24], "%a %b %d %H:%M:%S %Y").replace(tzinfo=timezone.utc)
    except ValueError:
        try:
            return parsedate_to_datetime(text).astimezone(timezone.utc)
        except (TypeError, ValueError, IndexError):
            return None


@dataclass(frozen=True)
class MboxSource:
    path: Path

    def messages(self) -> Iterator[RawMessage]:
        source = f"mbox:{self.path.resolve()}"
        try:
            box = mailbox.mbox(self.path, create=False)
            keys = box.keys()
        except (OSError, mailbox.Error) as exc:
            raise SourceError(f"{self.path}: cannot read mbox: {exc}") from None
        try:
            for key in keys:
                try:
                    with box.get_file(key, from_=True) as fh:
                        from_line = fh.readline()
                        raw = fh.read()
                except (OSError, KeyError) as exc:
                    yield RawMessage(source, str(key), b"", problem=f"unreadable: {exc}")
                    continue
                # mboxrd: undo the ">From " quoting the format adds to body lines
                raw = MBOXRD_QUOTED.sub(rb"\1", raw)
                yield RawMessage(source, str(key), raw, _mbox_from_date(from_line.rstrip()))
        finally:
            box.close()


@dataclass(frozen=True)
class MaildirSource:
    path: Path

    def messages(self) -> Iterator[RawMessage]:
        source = f"maildir:{self.path.resolve()}"
        try:
            box = mailbox.Maildir(self.path, factory=None, create=False)
            keys = sorted(box.keys())
        except OSError as exc:
            raise SourceError(f"{self.path}: cannot read Maildir: {exc}") from None
        for key in keys:
            try:
                raw = box.get_bytes(key)
            except (OSError, KeyError) as exc:
                yield RawMessage(source, key, b"", problem=f"unreadable: {exc}")
                continue
            stamp = key.split(".", 1)[0]
            when = datetime.fromtimestamp(int(stamp), timezone.utc) if stamp.isdigit() else None
            yield RawMessage(source, key, raw, when)


@dataclass(frozen=True)
class FileSource:
    """A single .eml file (or any one-message file, as in a folder of exported mail)."""

    path: Path

    def messages(self) -> Iterator[RawMessage]:
        source = f"file:{self.path.resolve()}"
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            yield RawMessage(source, "0", b"", problem=f"unreadable: {exc.strerror or exc}")
            return
        yield RawMessage(source, "0", raw)


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new"))


def sources_for(paths: Iterable[Path]) -> Iterator[MailSource]:
    """Work out what each path is: Maildir, mbox, a message file, or a folder of those."""
    for path in paths:
        if not path.exists():
            raise SourceError(f"{path}: no such file or folder")
        if path.is_dir():
            if _is_maildir(path):
                yield MaildirSource(path)
                continue
            for root, dirs, files in os.walk(path):
                root_path = Path(root)
                dirs.sort()
                maildirs = [d for d in dirs if _is_maildir(root_path / d)]
                for d in maildirs:
                    yield MaildirSource(root_path / d)
                dirs[:] = [d for d in dirs if d not in maildirs and not d.startswith(".")]
                for name in sorted(files, key=_natural_key):
                    if name.startswith("."):
                        continue
                    yield _file_source(root_path / name)
        else:
            yield _file_source(path)


def _file_source(path: Path) -> MailSource:
    return MboxSource(path) if _looks_like_mbox(path) else FileSource(path)


def _natural_key(name: str) -> list[object]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", name)]


def iter_raw_messages(paths: Iterable[Path]) -> Iterator[RawMessage]:
    for source in sources_for(paths):
        yield from source.messages()
