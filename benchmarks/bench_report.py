"""How long `inboxwallet report` and `inboxwallet alerts` take on a big mailbox, beside a naive
full recomputation, in the same run.

A synthetic store (1,000,000 messages and 10,000 contacts by default) is built directly with
SQL, three years of mail ending on the report date, every message scored by a "model". Then,
as in real life: the first refresh after the import (a full computation that stores each
contact's state), a sync that brings a few hundred new messages and refreshes, and then the
two commands as a user runs them (the CLI in a subprocess, and the library calls it makes),
next to the naive way: everything recomputed from the mail on every run.

    python benchmarks/bench_report.py                       # 1,000,000 / 10,000
    python benchmarks/bench_report.py --messages 100000     # a quicker look
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from inboxwallet import store, wallet
from inboxwallet.classifiers import TAGS
from inboxwallet.config import Config
from inboxwallet.parse import Address, MessageRecord
from inboxwallet.report import render_alerts, render_report
from inboxwallet.sources import RawMessage

ME = "me@bench.example"
AS_OF = date(2026, 11, 2)
YEARS = 3


def build(db, n_messages: int, n_contacts: int, seed: int = 7) -> None:
    """Contacts, messages, recipients and four model scores per message, all in SQL. The FTS
    triggers are set aside while loading: full-text search plays no part in the wallet."""
    conn = db.conn
    end = int(datetime(AS_OF.year, AS_OF.month, AS_OF.day, 23, 0, tzinfo=timezone.utc).timestamp())
    span = YEARS * 365 * 86400
    fts = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('messages_ai', 'messages_ad', 'messages_au')"
    ).fetchall()
    with conn:
        for name, _ in fts:
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            """
            WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < :n)
            INSERT INTO contacts (id, name, address, admitted, created_at)
            SELECT i, 'Person ' || i, 'p' || i || '@example' || (i % 97) || '.com', 'I wrote to them', '2023-01-01T00:00:00Z'
            FROM seq
            """,
            {"n": n_contacts},
        )
        conn.execute("INSERT INTO addresses (address, contact, name) SELECT address, id, name FROM contacts")
        # a few people write a lot, most a little: contact = n * u^2 for u uniform in [0, 1)
        conn.execute(
            """
            CREATE TEMP TABLE plan AS
            WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < :n)
            SELECT i,
                   1 + CAST(:contacts * ((abs(random()) % 1000000) / 1e6) * ((abs(random()) % 1000000) / 1e6) AS INT) AS c,
                   abs(random()) % 100 AS r,
                   :end - abs(random()) % :span AS t,
                   abs(random()) % 1000 AS s
            FROM seq
            """,
            {"n": n_messages, "contacts": n_contacts, "end": end, "span": span},
        )
        conn.execute(
            f"""
            INSERT INTO messages (id, message_id, fingerprint, date, direction, from_address, from_name, subject,
                                  thread_id, in_reply_to, n_recipients, bulk_reason, source, ingested_at)
            SELECT i, '<m' || i || '@bench>', 'f' || i, strftime('%Y-%m-%dT%H:%M:%SZ', t, 'unixepoch'),
                   CASE WHEN r < 50 THEN 'sent' ELSE 'received' END,
                   CASE WHEN r < 50 THEN '{ME}' ELSE (SELECT address FROM contacts WHERE id = c) END,
                   NULL, 'subject ' || (i % 5000),
                   '<t' || c || '.' || (t / 604800) || '@bench>',
                   CASE WHEN r % 3 = 0 THEN '<t' || c || '.' || (t / 604800) || '@bench>' END,
                   CASE WHEN r % 10 = 9 THEN 2 + s % 8 ELSE 1 END,
                   CASE WHEN r IN (48, 49, 98, 99) THEN 'List-Id header' END,
                   'bench', '2026-11-02T00:00:00Z'
            FROM plan
            """
        )
        conn.execute(
            f"""
            INSERT INTO recipients (message, kind, address)
            SELECT i, 'to', CASE WHEN r < 50 THEN (SELECT address FROM contacts WHERE id = c) ELSE '{ME}' END FROM plan
            """
        )
        # group mail: the other direct recipients are other contacts
        conn.execute(
            """
            INSERT OR IGNORE INTO recipients (message, kind, address)
            SELECT p.i, 'cc', (SELECT address FROM contacts WHERE id = 1 + (p.c + k.k * 7919) % :contacts)
            FROM plan p JOIN (SELECT 1 AS k UNION ALL SELECT 2 UNION ALL SELECT 3) k
            WHERE p.r % 10 = 9 AND k.k <= 1 + p.s % 3
            """,
            {"contacts": n_contacts},
        )
        for tag, bias in zip(TAGS, (0.45, 0.10, 0.35, 0.25)):
            conn.execute(
                """
                INSERT INTO tags (message, tag, score, assigned, model_version, source)
                SELECT i, :tag, x, x >= 0.5, 'bench-model', 'model'
                FROM (SELECT i, min(1.0, max(0.0, :bias + ((abs(random()) % 1000) / 1000.0 - 0.5) * 0.8)) AS x FROM plan)
                """,
                {"tag": tag, "bias": bias},
            )
        conn.execute("DROP TABLE plan")
        conn.execute("PRAGMA foreign_keys = ON")
        for _, sql in fts:
            conn.execute(sql)
    conn.execute("ANALYZE")


def sync(db, n: int, n_contacts: int, seed: int = 11) -> None:
    """What a sync does: new mail through the normal store path (save_messages, save_tags,
    refresh_contacts), so the wallet's triggers see it like any other."""
    rng = random.Random(seed)
    base = datetime(AS_OF.year, AS_OF.month, AS_OF.day, 8, 0, tzinfo=timezone.utc)
    items, scores = [], []
    for k in range(n):
        c = 1 + int(n_contacts * rng.random() ** 2)
        them = f"p{c}@example{c % 97}.com"
        mine = rng.random() < 0.5
        mid = f"<sync{k}@bench>"
        record = MessageRecord(
            message_id=mid, fingerprint=mid, date=base + timedelta(minutes=k), date_trusted=True,
            direction="sent" if mine else "received", sender=Address(ME if mine else them),
            to=(Address(them if mine else ME),), subject=f"sync {k}", thread_id=mid, text="",
        )
        items.append((RawMessage("sync", str(k), b""), record))
        scores.append({t: rng.random() for t in TAGS})
    result = store.save_messages(db, items, my_addresses=frozenset({ME}))
    store.save_tags(db, result.inserted, scores, {t: 0.5 for t in TAGS}, "bench-model")
    store.refresh_contacts(db, frozenset({ME}), message_ids=result.inserted)


def timed(fn, repeat: int = 3) -> tuple[float, object]:
    """The best of `repeat` runs, and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def cli(db_path: Path, *args: str) -> float:
    """One run of the command as a user types it (output thrown away), best of three."""
    env = dict(os.environ, INBOXWALLET_HOME=str(db_path.parent))
    script = Path(sys.executable).parent / "inboxwallet"
    program = [str(script)] if script.exists() else [sys.executable, "-c", "from inboxwallet.cli import cli; cli()"]
    command = [*program, "--db", str(db_path), *args, "--as-of", AS_OF.isoformat()]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--sync", type=int, default=500, help="new messages in the simulated sync")
    parser.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = parser.parse_args()
    config = Config(my_addresses=(ME,))
    load_before = os.getloadavg()[0]

    with tempfile.TemporaryDirectory(prefix="inboxwallet-bench-") as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        if path.exists():
            sys.exit(f"{path} exists already")
        db = store.open_db(path)
        t_build, _ = timed(lambda: build(db, args.messages, args.contacts), repeat=1)
        counts = store.message_counts(db)
        n_tags = db.execute("SELECT count(*) FROM tags").fetchone()[0]
        print(f"store: {counts['messages']:,} messages ({counts['bulk']:,} bulk), {counts['contacts']:,} contacts, "
              f"{n_tags:,} tag scores; built with SQL in {t_build:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")

        t_first, first = timed(lambda: wallet.refresh(db, config, AS_OF), repeat=1)
        print(f"first refresh after the import (computes and stores every state): {t_first:.2f} s, "
              f"{first.recomputed:,} contacts, {len(first.open_alerts):,} open alerts")

        t_sync_store, _ = timed(lambda: sync(db, args.sync, args.contacts), repeat=1)
        t_sync, synced = timed(lambda: wallet.refresh(db, config, AS_OF), repeat=1)
        print(f"sync of {args.sync} new messages: stored in {t_sync_store:.2f} s, then refresh in {t_sync:.2f} s "
              f"({synced.recomputed} contacts recomputed)")
        db.close()

        db = store.open_db(path)

        def report_lib() -> str:
            w = wallet.refresh(db, config, AS_OF)
            return render_report(w, wallet.select_rows(w.rows), "table")

        def alerts_lib() -> str:
            return render_alerts(wallet.list_alerts(db, config, AS_OF), "table")

        def report_naive() -> str:
            rows = wallet.naive_figures(db, config, AS_OF)
            w = wallet.Wallet(as_of=AS_OF, rows=tuple(rows), alerts=())
            return render_report(w, rows, "table")

        def alerts_naive() -> list:
            return [h for r in wallet.naive_figures(db, config, AS_OF) for h in r.hits]

        t_report, _ = timed(report_lib)
        t_alerts, _ = timed(alerts_lib)
        t_report_naive, _ = timed(report_naive, repeat=1)
        t_alerts_naive, naive_hits = timed(alerts_naive, repeat=1)
        t_report_cli = cli(path, "report")
        t_alerts_cli = cli(path, "alerts")

        fast = wallet.refresh(db, config, AS_OF)
        naive = wallet.naive_figures(db, config, AS_OF)
        same = len(fast.rows) == len(naive) and all(
            (a.contact, a.stage, [h.kind for h in a.hits]) == (b.contact, b.stage, [h.kind for h in b.hits])
            and abs(a.given - b.given) < 1e-6 and abs(a.received_value - b.received_value) < 1e-6
            for a, b in zip(sorted(fast.rows, key=lambda r: r.contact), sorted(naive, key=lambda r: r.contact))
        )
        db.close()

    print()
    print(f"report date {AS_OF}; best of 3 (naive: one run); load average {load_before:.1f} before, "
          f"{os.getloadavg()[0]:.1f} after (the machine may be shared: wall-clock figures move with it)")
    print(f"{'':34} {'with stored states':>20} {'naive recomputation':>21} {'speed-up':>9}")
    for name, ours, cli_time, theirs in (
        ("report", t_report, t_report_cli, t_report_naive),
        ("alerts", t_alerts, t_alerts_cli, t_alerts_naive),
    ):
        print(f"{name + ' (library calls of the CLI)':34} {ours:>18.3f} s {theirs:>19.3f} s {theirs / ours:>8.0f}x")
        print(f"{name + ' (CLI, a subprocess)':34} {cli_time:>18.3f} s")
    print()
    print(f"{len(fast.rows):,} report rows, {len(fast.open_alerts):,} open alerts "
          f"({len(naive_hits):,} alert conditions in the naive run); "
          f"stored states agree with the naive recomputation: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
