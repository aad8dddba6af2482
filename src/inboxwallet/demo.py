"""`inboxwallet demo`: a fresh database from the bundled sample mailbox, never the user's own."""

from __future__ import annotations

import tempfile
from pathlib import Path

from .config import load_config
from .errors import InboxwalletError
from .classifiers.model import SHIPPED_DIR
from .ingest import classifier_for, import_paths
from .report import contacts_table
from .store import list_contacts, message_counts, open_db

# The sample mailbox ends on 2026-10-30; the demo reports as of this date so its output
# is the same whenever it runs.
DEMO_AS_OF = "2026-11-02"


def sample_dir() -> Path:
    """data/sample in a checkout (or an editable install)."""
    here = Path(__file__).resolve()
    for base in (here.parent / "sample", here.parents[2] / "data" / "sample"):
        if (base / "mailbox.mbox").exists():
            return base
    raise InboxwalletError("the sample mailbox (data/sample/mailbox.mbox) is not installed; run the demo from a checkout")


def _wallet_lines(db, config, color: bool) -> list[str]:  # db: sqlite_utils.Database, config: Config
    """The full report and the open alerts as of DEMO_AS_OF."""
    from datetime import date

    from .report import render_alerts, render_report
    from .wallet import refresh

    wallet = refresh(db, config, date.fromisoformat(DEMO_AS_OF))
    n = len(wallet.open_alerts)
    return [
        render_report(wallet, wallet.rows, "table", color=color),
        "",
        f"{n} open alert{'s' if n != 1 else ''} (inboxwallet contact NAME shows one person in depth):",
        render_alerts(wallet.open_alerts, "table", color=color),
    ]


def run_demo(keep: Path | None = None, *, color: bool = False) -> str:
    sample = sample_dir()
    config = load_config(sample / "config.toml", must_exist=True)
    with tempfile.TemporaryDirectory(prefix="inboxwallet-demo-") as tmp:
        db_path = keep or Path(tmp) / "demo.db"
        if keep and keep.exists():
            raise InboxwalletError(f"{keep} exists already; the demo builds a fresh database")
        db = open_db(db_path)
        stats = import_paths(db, [sample / "mailbox.mbox"], config, workers=1, classifier=classifier_for(SHIPPED_DIR))
        lines = [
            f"inboxwallet demo: the sample mailbox of {config.my_addresses[0]}",
            stats.summary(),
            "",
        ]
        counts = message_counts(db)
        lines.append(
            f"{counts['messages']} messages ({counts['sent']} sent, {counts['received']} received, "
            f"{counts['bulk']} bulk/automated), {counts['contacts']} contacts"
        )
        lines.append("")
        lines.append(contacts_table(list_contacts(db)))
        lines += ["", *_wallet_lines(db, config, color)]
        if keep:
            lines += ["", f"database kept at {keep}"]
        db.close()
    return "\n".join(lines)
