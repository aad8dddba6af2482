"""The benchmark's synthetic mailbox (benchmarks/synthetic_mail.py): the same bytes for any size
(bench_scale.py loads a prefix, measures, then loads the rest), and the mix it promises, as the
store sees it after an ordinary import."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from inboxwallet.ingest import IngestOptions, ingest
from inboxwallet.sources import RawMessage

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from synthetic_mail import ME, mailbox  # noqa: E402


def test_a_smaller_mailbox_is_a_prefix_of_a_bigger_one():
    small = list(mailbox(300))
    assert small == list(itertools.islice(mailbox(3000), 300))
    assert len({raw for _, raw in small}) == 300


def test_the_mix_as_the_store_sees_it(db):
    raws = [RawMessage("syn", str(i), raw) for i, (_, raw) in enumerate(mailbox(3000))]
    stats = ingest(db, raws, IngestOptions(my_addresses=frozenset({ME})))
    assert (stats.imported, stats.quarantined) == (3000, 0)
    bulk, sent, replies, grouped, threads = db.execute(
        "SELECT sum(bulk_reason IS NOT NULL), sum(direction = 'sent'), sum(in_reply_to IS NOT NULL AND bulk_reason IS NULL), "
        "sum(n_recipients > 1), count(DISTINCT thread_id) FILTER (WHERE bulk_reason IS NULL) FROM messages"
    ).fetchone()
    assert 0.25 < bulk / 3000 < 0.35  # newsletters, notifications, auto-replies, bounces
    assert 0.25 < sent / 3000 < 0.40
    person_to_person = 3000 - bulk
    assert replies > 0.4 * person_to_person and threads < 0.6 * person_to_person  # conversations
    assert grouped > 150  # group mail with people in Cc
    contacts = db.execute("SELECT count(*) FROM contacts").fetchone()[0]
    assert 250 < contacts <= 400  # several hundred people written to, the rarest not yet
    reasons = {r[0].split(":")[0].split(" (")[0] for r in db.execute("SELECT DISTINCT bulk_reason FROM messages WHERE bulk_reason IS NOT NULL")}
    assert {"List-Id header", "Auto-Submitted", "empty Return-Path"} <= reasons
