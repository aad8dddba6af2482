"""The weekly digest: what it says (checked against the wallet), that the HTML escapes mail,
delivery through a real SMTP server (STARTTLS + AUTH) and a real Dovecot (APPEND), the
once-a-week guard, and a headless Chromium render of the HTML part.

The mailbox goes straight into the store with the user's own labels, so every figure is exact
and no model is involved."""

from __future__ import annotations

import email
import email.policy
import html
import shutil
import sqlite3
import struct
import subprocess
import time
import zlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from inboxwallet import store, wallet
from inboxwallet.classifiers import TAGS
from inboxwallet.cli import cli
from inboxwallet.config import Config, DigestSettings, load_config
from inboxwallet.digest import (
    DeliveryError,
    build_digest,
    chart_days,
    gather_digest,
    html_part,
    iso_week,
    plain_text,
    send_digest,
)
from inboxwallet.errors import ConfigError
from inboxwallet.imap import append_digest
from inboxwallet.parse import Address, MessageRecord, parse_message
from inboxwallet.sources import RawMessage

from .servers import Dovecot, SmtpServer, start_smtp

ME = "maya@lindqvist.example"
D = date(2026, 6, 1)  # a Monday: ISO week 2026-W23
EVIL_NAME = "<script>alert(1)</script>"
EVIL_SUBJECT = '<b>Budget</b> & "plans" <img src=x onerror=alert(2)>'
PW_VAR = "IW_TEST_DIGEST_PASSWORD"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


# -- the mailbox -------------------------------------------------------------------------------------


class Box:
    """Messages stored one by one with the user's own labels, contacts admitted as ingest does."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.n = 0

    def mail(self, sender: str, to: tuple[str, str], when: date, tags: tuple[str, ...] = (), *,
             subject: str = "hello", bulk: str | None = None, name: str = "") -> None:
        self.n += 1
        mid = f"<d{self.n}@test.example>"
        record = MessageRecord(
            message_id=mid, fingerprint=mid, date=datetime(when.year, when.month, when.day, 12, tzinfo=timezone.utc),
            date_trusted=True, direction="sent" if sender == ME else "received",
            sender=Address(sender, name), to=(Address(*to),), subject=subject, thread_id=mid,
            text="hello?", bulk_reason=bulk,
        )
        [row] = store.save_messages(self.db, [(RawMessage("test", str(self.n), b""), record)],
                                    my_addresses=frozenset({ME})).inserted
        store.save_user_tags(self.db, row, tags, TAGS)
        store.refresh_contacts(self.db, frozenset({ME}), message_ids=[row])


def days(n: int) -> date:
    return D - timedelta(days=n)


def fill(db: Any) -> None:
    """Ann gains, Ben loses (pitches, no answer), the contact with a script for a name waits with an
    HTML subject, Priya the prospect replies, Tom waits since yesterday, and a newsletter."""
    box = Box(db)
    ann = ("ann@lee.example", "Ann Lee")
    for n in (120, 90, 60, 30):
        box.mail(ME, ann, days(n), ("value_giving",))
        box.mail(ann[0], (ME, ""), days(n - 1), ("value_giving", "listening"), name="Ann Lee")
    box.mail(ME, ann, days(3), ("value_giving", "listening"))
    ben = ("ben@pitch.example", "Ben Ortiz")
    for n in (30, 20, 4):
        box.mail(ME, ben, days(n), ("self_promotional",))
    evil = ("evil@x.example", EVIL_NAME)
    box.mail(ME, evil, days(21), ("value_giving",))
    box.mail(evil[0], (ME, ""), days(10), ("listening",), subject=EVIL_SUBJECT, name=EVIL_NAME)
    priya = ("priya@acme.example", "Priya Raman")
    box.mail(ME, priya, days(20), ("value_giving",))
    box.mail(priya[0], (ME, ""), days(2), ("value_giving",), subject="Re: the proposal", name="Priya Raman")
    tom = ("tom@harbor.example", "Tom Becker")
    box.mail(ME, tom, days(40), ("value_giving",))
    box.mail(tom[0], (ME, ""), days(1), (), subject="Quick question", name="Tom Becker")
    box.mail("news@shop.example", (ME, ""), days(5), (), subject="Sale!", bulk="List-Id header")


CONFIG = Config(my_addresses=(ME,))


@pytest.fixture
def mailbox(tmp_path: Path) -> Path:
    path = tmp_path / "w.db"
    db = store.open_db(path)
    fill(db)
    db.close()
    return path


def run(*args: str, **kw: Any) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **kw)


def parsed(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


class Tags(HTMLParser):
    """Every tag and attribute of an HTML document, to prove nothing from mail became markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def tags_of(document: str) -> Tags:
    parser = Tags()
    parser.feed(document)
    return parser


# -- what it says ----------------------------------------------------------------------------------------


def test_content_matches_the_wallet(mailbox: Path) -> None:
    db = store.open_db(mailbox)
    current, facts = gather_digest(db, CONFIG, D, 7)
    start = wallet.refresh(db, CONFIG, days(7))
    end = wallet.refresh(db, CONFIG, D)
    message = build_digest(current, facts, sender=ME, to=ME, as_of=D, days=7,
                           now=datetime(2026, 6, 1, 7, tzinfo=timezone.utc), message_id="<digest-1@lindqvist.example>")

    assert [d for d, _ in facts.totals] == [days(n) for n in range(7, -1, -1)]
    assert facts.totals[-1][1] == pytest.approx(end.total) and facts.totals[0][1] == pytest.approx(start.total)
    assert facts.change == pytest.approx(end.change)  # over 7 days: the report's own figure
    assert [m.address for m in facts.gains][:1] == ["ann@lee.example"]
    assert [m.address for m in facts.losses][:1] == ["ben@pitch.example"]
    assert [(s.address, s.before, s.after) for s in facts.stages] == [
        ("priya@acme.example", "prospect", "engaged"), ("tom@harbor.example", "prospect", "engaged"),
    ]
    assert [(w.address, w.messages) for w in facts.waiting] == [
        ("evil@x.example", 1), ("priya@acme.example", 1), ("tom@harbor.example", 1),
    ]
    assert (facts.counts.sent, facts.counts.received, facts.counts.bulk) == (2, 2, 1)

    text = plain_text(message)
    assert f"How full is your wallet? {end.total:.2f} ({end.change:+.2f} since Mon 25 May)" in text
    new = [a for a in end.open_alerts if a.opened > days(7).isoformat()]
    still = [a for a in end.open_alerts if a.opened <= days(7).isoformat()]
    assert {(a.address, a.kind) for a in new} == {("evil@x.example", "unanswered"), ("ben@pitch.example", "ignored")}
    assert {(a.address, a.kind) for a in still} == {("ben@pitch.example", "overdrawn")}
    assert f"New alerts ({len(new)})" in text and f"Still open ({len(still)})" in text
    flat = " ".join(text.split())
    for a in end.open_alerts:
        assert " ".join(a.suggestion.split()) in flat
    assert "Priya Raman <priya@acme.example>: prospect → engaged (replied)" in flat
    assert "Tom Becker <tom@harbor.example> \"Quick question\", waiting 1 day" in flat
    assert "2 sent and 2 received person to person; 1 bulk or automated" in flat
    assert all(len(line) <= 80 for line in text.splitlines()), "plain text wraps for a plain-text client"

    page = html_part(message)
    assert f"{end.total:.2f}" in page and f"{end.change:+.2f}" in page
    for a in end.open_alerts:
        assert html.escape(a.suggestion, quote=True) in page


def test_html_escapes_everything_from_mail(mailbox: Path) -> None:
    db = store.open_db(mailbox)
    current, facts = gather_digest(db, CONFIG, D, 7)
    page = html_part(build_digest(current, facts, sender=ME, to=ME, as_of=D, days=7))
    assert EVIL_NAME not in page and html.escape(EVIL_NAME) in page
    assert "<b>Budget</b>" not in page and html.escape(EVIL_SUBJECT, quote=True) in page
    parsed_page = tags_of(page)
    assert parsed_page.tags <= {"html", "head", "meta", "title", "body", "div", "table", "tr", "td", "span",
                                "strong", "h2", "p", "br", "code"}
    assert not {a for a in parsed_page.attrs if a.startswith("on")} and "src" not in parsed_page.attrs
    assert "http" not in page.lower().replace("http-equiv", "")  # no remote anything
    # the text a reader sees shows the name and the subject as they were written
    seen = "".join(parsed_page.text)
    assert EVIL_NAME in seen and EVIL_SUBJECT in seen


def test_message_shape_and_ingest_never_counts_it(mailbox: Path) -> None:
    db = store.open_db(mailbox)
    current, facts = gather_digest(db, CONFIG, D, 7)
    message = build_digest(current, facts, sender=ME, to=ME, as_of=D, days=7)
    back = parsed(message.as_bytes())
    assert back.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in back.iter_parts()] == ["text/plain", "text/html"]
    assert back["X-Inboxwallet-Digest"] == "1" and back["Auto-Submitted"] == "auto-generated"
    assert back["From"].addresses[0].addr_spec == ME and back["To"] == ME
    assert back["Message-ID"].endswith("@lindqvist.example>") and back["Date"].datetime.tzinfo is not None
    record = parse_message(message.as_bytes(), frozenset({ME}))
    assert record.is_digest and record.bulk_reason == "inboxwallet digest"


def test_chart_days() -> None:
    assert chart_days(days(7), D) == [days(n) for n in range(7, -1, -1)]
    year = chart_days(D - timedelta(days=365), D)
    assert year[0] == D - timedelta(days=365) and year[-1] == D and len(year) <= 33


def test_cli_prints_text_writes_eml_and_refuses_both(mailbox: Path, tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(f'[identity]\naddresses = ["{ME}"]\n')
    base = ("--db", str(mailbox), "--config", str(config), "digest", "--as-of", D.isoformat())
    printed = run(*base)
    assert printed.exit_code == 0 and printed.stdout.startswith("Your inboxwallet, 7 days to Monday 01 June 2026\n")
    eml = tmp_path / "d.eml"
    written = run(*base, "--output", str(eml))
    assert written.exit_code == 0 and written.stdout == "" and written.stderr == f"wrote {eml}\n"
    assert plain_text(parsed(eml.read_bytes())) == printed.stdout
    both = run(*base, "--output", str(eml), "--send")
    assert both.exit_code == 2 and "use --output or --send, not both" in both.stderr
    assert "Example:" in run("digest", "--help").stdout


# -- SMTP ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def smtp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmtpServer]:
    server = start_smtp(tmp_path_factory.mktemp("digest-smtp"))
    yield server
    server.stop()


def smtp_config(path: Path, server: SmtpServer, *, ca: bool = True, extra: str = "") -> Path:
    ca_line = f'ca_file = "{server.ca_file}"\n' if ca else ""
    path.write_text(
        f'[identity]\naddresses = ["{ME}", "maya@fastmail.example"]\n\n'
        f'[digest]\nvia = "smtp"\nhost = "127.0.0.1"\nport = {server.port}\ntls = "starttls"\n'
        f'username = "{server.user}"\npassword_env = "{PW_VAR}"\n{ca_line}{extra}'
    )
    return path


@pytest.mark.server
def test_smtp_starttls_auth_and_the_weekly_guard(
    smtp: SmtpServer, mailbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    smtp.clear()
    monkeypatch.setenv(PW_VAR, smtp.password)
    config = smtp_config(tmp_path / "c.toml", smtp)
    base = ("--db", str(mailbox), "--config", str(config), "digest")

    sent = run(*base, "--as-of", D.isoformat(), "--send")
    assert sent.exit_code == 0, sent.output
    assert sent.stdout == "" and sent.stderr == f"sent to {ME} through 127.0.0.1:{smtp.port} (smtp, starttls)\n"
    [got] = smtp.wait_for(1)
    assert (got.tls, got.login, got.mail_from, got.rcpt_tos) == (True, smtp.user, ME, (ME,))

    message = parsed(got.data)
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    assert message["X-Inboxwallet-Digest"] == "1" and message["To"] == ME  # the first identity address
    db = store.open_db(mailbox)
    end = wallet.refresh(db, CONFIG, D)
    assert message["Subject"] == f"Your wallet: {end.total:.2f} ({end.change:+.2f} in 7 days), 2 new alerts"
    assert f"How full is your wallet? {end.total:.2f} ({end.change:+.2f}" in plain_text(message)
    assert f"{end.total:.2f}" in html_part(message)
    assert store.digest_last_sent(db)["week"] == "2026-W23"

    # the same ISO week again (cron twice, or a later day of the week): nothing goes out
    again = run(*base, "--as-of", (D + timedelta(days=2)).isoformat(), "--send")
    assert again.exit_code == 0 and "went out already" in again.stderr and "--force" in again.stderr
    assert run(*base, "--as-of", D.isoformat(), "--send", "--quiet").output == ""
    time.sleep(0.2)
    assert len(smtp.messages) == 1
    forced = run(*base, "--as-of", D.isoformat(), "--send", "--force", "--quiet")
    assert forced.exit_code == 0 and forced.output == ""
    assert len(smtp.wait_for(2)) == 2
    next_week = run(*base, "--as-of", (D + timedelta(days=7)).isoformat(), "--send")
    assert next_week.exit_code == 0 and len(smtp.wait_for(3)) == 3

    for result in (sent, again, forced, next_week):
        assert smtp.password not in result.output
    assert all(smtp.password.encode() not in m.data for m in smtp.messages)
    with sqlite3.connect(mailbox) as conn:
        assert not any(smtp.password in str(v) for row in conn.execute("SELECT * FROM meta") for v in row)


@pytest.mark.server
def test_smtp_failures_are_one_clean_line(
    smtp: SmtpServer, mailbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    smtp.clear()
    base = ("--db", str(mailbox), "digest", "--as-of", D.isoformat(), "--send")

    monkeypatch.setenv(PW_VAR, "wrong-" + smtp.password)
    wrong = run("--config", str(smtp_config(tmp_path / "a.toml", smtp)), *base)
    assert wrong.exit_code == 1 and wrong.stderr.count("\n") == 1
    assert wrong.stderr.startswith(f"Error: 127.0.0.1:{smtp.port} refused the login for 'tester' (535")
    assert smtp.password not in wrong.output

    monkeypatch.setenv(PW_VAR, smtp.password)
    untrusted = run("--config", str(smtp_config(tmp_path / "b.toml", smtp, ca=False)), *base)
    assert untrusted.exit_code == 1 and untrusted.stderr.count("\n") == 1
    assert "certificate did not verify" in untrusted.stderr and "digest.ca_file" in untrusted.stderr

    odd = run("--config", str(smtp_config(tmp_path / "c.toml", smtp, extra='sender = "Maya <maya@x.example>"\n')), *base)
    assert odd.exit_code == 1 and odd.stderr.endswith("digest.sender: 'Maya <maya@x.example>' is not a plain address\n")

    assert smtp.messages == [] and store.digest_last_sent(store.open_db(mailbox)) is None


def test_delivery_settings_are_checked() -> None:
    message = email.message.EmailMessage()
    with pytest.raises(ConfigError, match="must be 'smtp' or 'imap'"):
        send_digest(message, DigestSettings(via="carrier-pigeon"))
    with pytest.raises(ConfigError, match="only allowed for 127.0.0.1 or localhost"):
        send_digest(message, DigestSettings(host="smtp.example.com", tls="none"))
    with pytest.raises(ConfigError, match="needs an \\[\\[accounts\\]\\] entry"):
        send_digest(message, DigestSettings(via="imap"))
    with pytest.raises(ValueError, match="X-Inboxwallet-Digest"):
        append_digest(None, None, b"From: a@b.example\r\nSubject: not ours\r\n\r\nhi\r\n")  # type: ignore[arg-type]


def test_smtp_that_is_not_there(tmp_path: Path) -> None:
    from .servers import free_port

    port = free_port()
    message = email.message.EmailMessage()
    message["From"], message["To"] = ME, ME
    with pytest.raises(DeliveryError, match=f"127.0.0.1:{port}: cannot connect"):
        send_digest(message, DigestSettings(host="127.0.0.1", port=port, tls="none"), timeout=5)


# -- IMAP --------------------------------------------------------------------------------------------------------


@pytest.mark.server
def test_imap_append_then_sync_stores_it_as_bulk(
    dovecot: Dovecot, mailbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(PW_VAR, dovecot.password)
    config = tmp_path / "c.toml"
    config.write_text(
        f'[identity]\naddresses = ["{ME}"]\n\n'
        f'[[accounts]]\nname = "t"\nhost = "127.0.0.1"\nport = {dovecot.tls_port}\ntls = "ssl"\n'
        f'ca_file = "{dovecot.ca_file}"\nusername = "{dovecot.user}"\npassword_env = "{PW_VAR}"\nfolders = ["INBOX"]\n\n'
        '[digest]\nvia = "imap"\naccount = "t"\n'
    )
    db = store.open_db(mailbox)
    before = wallet.refresh(db, load_config(config), D)
    contacts = [c.address for c in store.list_contacts(db)]

    uid = None
    try:
        sent = run("--db", str(mailbox), "--config", str(config), "digest", "--as-of", D.isoformat(), "--send")
        assert sent.exit_code == 0, sent.output
        assert sent.stderr == f"appended to INBOX of account 't' (127.0.0.1:{dovecot.tls_port})\n"
        assert dovecot.password not in sent.output
        message_id = store.digest_last_sent(db)["message_id"]
        with dovecot.client() as c:
            c.select_folder("INBOX", readonly=True)
            [uid] = c.search(["HEADER", "Message-ID", message_id])
            data = c.fetch([uid], ["BODY.PEEK[]", "FLAGS"])[uid]
        assert b"\\Seen" not in data[b"FLAGS"]  # unread, so it gets noticed
        arrived = parsed(data[b"BODY[]"])
        assert arrived["X-Inboxwallet-Digest"] == "1" and arrived["Message-ID"] == message_id
        assert [p.get_content_type() for p in arrived.iter_parts()] == ["text/plain", "text/html"]

        synced = run("--db", str(mailbox), "--config", str(config), "sync")
        assert synced.exit_code == 0, synced.output
        with sqlite3.connect(mailbox) as conn:
            row = conn.execute("SELECT direction, bulk_reason FROM messages WHERE message_id = ?", [message_id]).fetchone()
        assert row == ("sent", "inboxwallet digest")
        after = wallet.refresh(db, load_config(config), D)
        assert [c.address for c in store.list_contacts(db)] == contacts
        def figures(w: wallet.Wallet) -> list[tuple[Any, ...]]:
            return [(r.address, r.sent, r.received, round(r.given, 6), round(r.received_value, 6), r.stage, r.alerts)
                    for r in w.rows]

        assert figures(after) == figures(before)  # the digest is nobody's mail
    finally:
        if uid is not None:  # INBOX is shared with the sync tests: leave it as it was
            dovecot.expunge("INBOX", [uid])


# -- the render check -----------------------------------------------------------------------------------------------


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of an 8-bit RGB or RGBA PNG, with the stdlib only."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, [], b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = chunk
        elif kind == b"IDAT":
            idat.append(chunk)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "chromium writes 8-bit RGB(A), not interlaced"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, rows


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (Debian package chromium; .ci/install-debian.sh)")
def test_html_renders_in_headless_chromium(mailbox: Path, tmp_path: Path) -> None:
    db = store.open_db(mailbox)
    current, facts = gather_digest(db, CONFIG, D, 7)
    page = tmp_path / "digest.html"
    page.write_text(html_part(build_digest(current, facts, sender=ME, to=ME, as_of=D, days=7)), encoding="utf-8")
    shot = tmp_path / "digest.png"
    started = time.monotonic()
    subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         f"--user-data-dir={tmp_path / 'chromium'}", f"--screenshot={shot}", "--window-size=420,1200",
         page.as_uri()],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60, check=True,
    )
    assert time.monotonic() - started < 60
    width, height, rows = png_pixels(shot.read_bytes())
    assert (width, height) == (420, 1200)
    bpp = len(rows[0]) // width
    colours: set[bytes] = set()
    background = rows[0][:3]
    busy = 0
    for row in rows[::4]:
        for x in range(0, len(row), bpp * 2):
            pixel = row[x:x + 3]
            colours.add(pixel)
            busy += pixel != background
    assert len(colours) > 20, "a blank or one-colour page"
    assert busy > 0.3 * (height // 4) * (width // 2), "the card covers most of the screen"
    # the wallet's green bars are there
    assert any(abs(p[0] - 0x2F) < 8 and abs(p[1] - 0x7D) < 8 and abs(p[2] - 0x57) < 8 for p in colours)


def test_iso_week() -> None:
    assert iso_week(D) == "2026-W23" and iso_week(date(2027, 1, 1)) == "2026-W53"


def test_empty_database_and_a_negative_wallet(tmp_path: Path) -> None:
    from inboxwallet.digest import DigestFacts, MailCounts

    db = store.open_db(tmp_path / "empty.db")
    current, facts = gather_digest(db, CONFIG, D, 7)
    message = build_digest(current, facts, sender=ME, to=ME, as_of=D, days=7)
    assert "How full is your wallet? 0.00 (+0.00 since Mon 25 May)" in plain_text(message)
    assert "Nothing: no open alerts and nobody waiting for your answer." in plain_text(message)

    below = DigestFacts(start=days(2), totals=((days(2), 1.5), (days(1), -0.5), (D, -2.0)), gains=(), losses=(),
                        stages=(), waiting=(), counts=MailCounts())
    page = html_part(build_digest(wallet.Wallet(D, (), ()), below, sender=ME, to=ME, as_of=D, days=2))
    assert "-2.00" in page and "▼ -3.50 since Sat 30 May" in page
    assert "-2.00" in plain_text(build_digest(wallet.Wallet(D, (), ()), below, sender=ME, to=ME, as_of=D, days=2))
