"""Shared fixtures. Every test gets its own INBOXWALLET_HOME, so nothing touches a real user
folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from inboxwallet.store import open_db

MAIL = Path(__file__).parent / "mail"
ME = frozenset({"maya@lindqvist.example", "maya.lindqvist@fastmail.example"})


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("INBOXWALLET_HOME", str(home))
    for var in ("INBOXWALLET_DB", "INBOXWALLET_CONFIG"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def db():
    database = open_db(memory=True)
    yield database
    database.close()


def mail(name: str) -> bytes:
    return (MAIL / name).read_bytes()


# -- real servers, started once per test session --------------------------------------------------

import os  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from .servers import DOVECOT_BIN, Dovecot, dovecot_available, start_dovecot  # noqa: E402


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A private Dovecot on 127.0.0.1 (plain + STARTTLS port, and a TLS port whose CA is
    dovecot.ca_file), with INBOX, Sent, Drafts, Trash and Junk. Tests that change mail use
    folders of their own.

    Its mail lives in a folder of its own under /tmp, not under pytest's basetemp: another
    pytest session starting meanwhile resets /tmp/pytest-of-<user> to 0700, which would lock
    the server's unprivileged mail user out halfway through this session."""
    if not dovecot_available() or os.geteuid() != 0:
        pytest.skip(f"{DOVECOT_BIN} not installed (run .ci/install-debian.sh) or not root")
    workdir = Path(tempfile.mkdtemp(prefix="iwtest-dovecot-", dir="/tmp"))
    server = start_dovecot(workdir)
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)
