"""Real mail from ../shared/corpus, when it is there (CI and the team's machines; not a
user's clone): nothing a mail reader would open is quarantined, nothing raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from inboxwallet.ingest import IngestOptions, ingest
from inboxwallet.sources import iter_raw_messages
from inboxwallet.store import open_db

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "enron"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")


def owner_addresses() -> frozenset[str]:
    """The fossum-d owner's address, as ../shared/corpus/README.md states it (kept out of the repo)."""
    import re

    text = (CORPUS.parent / "README.md").read_text()
    return frozenset(re.findall(r"`([\w.]+@[\w.]+)`", text.split("owner's own addresses", 1)[1]))


def test_real_mail_is_stored_not_quarantined():
    owners = sorted(p for p in CORPUS.iterdir() if p.is_dir())
    raws = [r for i, r in enumerate(iter_raw_messages(owners)) if i % 3 == 0]
    assert len(raws) > 3000
    db = open_db(memory=True)
    stats = ingest(db, raws, IngestOptions(my_addresses=owner_addresses(), workers=2))
    assert stats.quarantined == 0, [dict(r) for r in db["quarantine"].rows][:3]
    assert stats.imported + stats.duplicates == len(raws)
    # the owner's sent mail is recognised, and every stored message kept some text or a subject
    assert db.execute("select count(*) from messages where direction = 'sent'").fetchone()[0] > 200
    empty = db.execute("select count(*) from messages where coalesce(text, '') = '' and coalesce(subject, '') = ''").fetchone()[0]
    assert empty < 0.01 * stats.imported
