"""Prove the test servers behave like real mail servers before anything relies on them.

The fixtures here are module-scoped for now; they are meant to move to
conftest.py (session scope) unchanged.
"""

from __future__ import annotations

import email
import os
import smtplib
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from .servers import (
    DOVECOT_BIN,
    SPECIAL_FOLDERS,
    Dovecot,
    SmtpServer,
    client_context,
    dovecot_available,
    start_dovecot,
    start_smtp,
)

pytestmark = pytest.mark.server

needs_dovecot = pytest.mark.skipif(
    not dovecot_available() or os.geteuid() != 0,
    reason=f"{DOVECOT_BIN} not installed (run .ci/install-debian.sh) or not root",
)

RAW = (
    b"From: Alice <alice@example.org>\r\n"
    b"To: tester@example.org\r\n"
    b"Subject: hello\r\n"
    b"Message-ID: <m1@example.org>\r\n"
    b"Date: Mon, 01 Jan 2024 10:00:00 +0000\r\n"
    b"\r\n"
    b"body text\r\n"
)


@pytest.fixture(scope="module")
def dovecot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    if not dovecot_available() or os.geteuid() != 0:
        pytest.skip(f"{DOVECOT_BIN} not installed (run .ci/install-debian.sh) or not root")
    server = start_dovecot(tmp_path_factory.mktemp("dovecot"))
    yield server
    server.stop()


@pytest.fixture(scope="module")
def smtp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpServer]:
    server = start_smtp(tmp_path_factory.mktemp("smtp"))
    yield server
    server.stop()


# ---------------------------------------------------------------- Dovecot


@needs_dovecot
def test_plain_login(dovecot: Dovecot) -> None:
    with IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5) as c:
        c.login(dovecot.user, dovecot.password)
        caps = c.capabilities()
    assert b"CONDSTORE" in caps and b"UIDPLUS" in caps and b"SPECIAL-USE" in caps


@needs_dovecot
def test_wrong_password_refused(dovecot: Dovecot) -> None:
    from imapclient.exceptions import LoginError

    with IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5) as c:
        with pytest.raises(LoginError):
            c.login(dovecot.user, "not-the-password")


@needs_dovecot
@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_tls_login_verifies_throwaway_ca(dovecot: Dovecot, host: str) -> None:
    ctx = client_context(dovecot.ca_file)
    with IMAPClient(host, port=dovecot.tls_port, ssl=True, ssl_context=ctx, timeout=5) as c:
        c.login(dovecot.user, dovecot.password)
        assert c.list_folders()


@needs_dovecot
def test_tls_rejects_unknown_ca(dovecot: Dovecot) -> None:
    """The system trust store must not accept the throwaway CA."""
    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(dovecot.host, port=dovecot.tls_port, ssl=True,
                   ssl_context=ssl.create_default_context(), timeout=5)


@needs_dovecot
def test_special_use_folders(dovecot: Dovecot) -> None:
    with dovecot.client() as c:
        listed = {name: flags for flags, _sep, name in c.list_folders()}
        subscribed = {name for _flags, _sep, name in c.list_sub_folders()}
    assert "INBOX" in listed
    for name, use in SPECIAL_FOLDERS.items():
        assert use.encode() in listed[name], (name, listed[name])
        assert name in subscribed
    assert dovecot.special_use()["Sent"][-1] == "\\Sent"


@needs_dovecot
def test_body_peek_leaves_message_unseen(dovecot: Dovecot) -> None:
    uid = dovecot.append("INBOX", RAW, flags=["\\Flagged"])
    with dovecot.client() as c:
        c.select_folder("INBOX")  # read-write on purpose: PEEK must still not mark \Seen
        data = c.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
    assert data[b"BODY[]"] == RAW
    assert email.message_from_bytes(data[b"BODY[]"])["Subject"] == "hello"
    assert dovecot.flags("INBOX")[uid] == ("\\Flagged",)

    # Control: a non-PEEK fetch does set \Seen, so the check above means something.
    with dovecot.client() as c:
        c.select_folder("INBOX")
        c.fetch([uid], ["BODY[]"])
    assert "\\Seen" in dovecot.flags("INBOX")[uid]


@needs_dovecot
def test_append_many_returns_uids_in_order(dovecot: Dovecot) -> None:
    before = dovecot.message_count("Drafts")
    msgs = [RAW.replace(b"hello", b"msg %d" % i) for i in range(50)]
    uids = dovecot.append_many("Drafts", msgs, flags=["\\Seen"])
    assert len(uids) == 50 and uids == sorted(uids)
    assert dovecot.message_count("Drafts") == before + 50
    assert set(uids) <= set(dovecot.uids("Drafts"))
    flags = dovecot.flags("Drafts")
    assert all(flags[u] == ("\\Seen",) for u in uids)


@needs_dovecot
def test_recreate_folder_changes_uidvalidity(dovecot: Dovecot) -> None:
    dovecot.append("Trash", RAW)
    old = dovecot.uidvalidity("Trash")
    new = dovecot.recreate_folder("Trash")
    assert new != old
    assert dovecot.uidvalidity("Trash") == new
    assert dovecot.message_count("Trash") == 0
    assert "\\Trash" in dovecot.special_use()["Trash"]
    with dovecot.client() as c:
        assert "Trash" in {name for _f, _d, name in c.list_sub_folders()}


# ---------------------------------------------------------------- SMTP


def test_smtp_starttls_login_and_send(smtp: SmtpServer) -> None:
    smtp.clear()
    with smtplib.SMTP(smtp.host, smtp.port, timeout=5) as c:
        c.starttls(context=client_context(smtp.ca_file))
        c.login(smtp.user, smtp.password)
        c.sendmail("digest@example.org", ["tester@example.org"], RAW)
    (msg,) = smtp.wait_for(1)
    assert msg.mail_from == "digest@example.org"
    assert msg.rcpt_tos == ("tester@example.org",)
    assert msg.data == RAW
    assert msg.login == smtp.user and msg.tls


def test_smtp_login_without_tls_refused(smtp: SmtpServer) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=5) as c:
        c.ehlo()
        assert not c.has_extn("auth")
        with pytest.raises(smtplib.SMTPNotSupportedError):
            c.login(smtp.user, smtp.password)
        code, _ = c.docmd("AUTH", "PLAIN")
        assert code == 538  # encryption required
        code, _ = c.docmd("MAIL", "FROM:<x@example.org>")
        assert code == 530  # authentication required


def test_smtp_wrong_password_refused(smtp: SmtpServer) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=5) as c:
        c.starttls(context=client_context(smtp.ca_file))
        with pytest.raises(smtplib.SMTPAuthenticationError):
            c.login(smtp.user, "not-the-password")


def test_smtp_tls_rejects_unknown_ca(smtp: SmtpServer) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=5) as c:
        with pytest.raises(ssl.SSLCertVerificationError):
            c.starttls(context=ssl.create_default_context())


def test_smtp_without_auth_requirement(tmp_path: Path) -> None:
    with start_smtp(tmp_path, require_auth=False) as server:
        with smtplib.SMTP(server.host, server.port, timeout=5) as c:
            c.sendmail("a@example.org", ["b@example.org"], RAW)
        (msg,) = server.wait_for(1)
    assert msg.login is None and not msg.tls
