"""The one path every source feeds: parse, save, classify, admit contacts, checkpoint.

Work goes in batches, each committed before the next is read, so a killed process loses at
most the batch in flight, and re-reading it adds nothing (saves are idempotent)."""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import sqlite_utils
from typing import TYPE_CHECKING

from . import store
from .config import Config
from .errors import ParseError
from .parse import MessageRecord, parse_message
from .sources import RawMessage, iter_raw_messages

if TYPE_CHECKING:
    from .classifiers.model import Model

log = logging.getLogger(__name__)

# classify(records) -> one {tag: probability} per record
Classifier = Callable[[Sequence[MessageRecord]], tuple[str, list[dict[str, float]], dict[str, float]]]


@dataclass
class IngestStats:
    seen: int = 0
    imported: int = 0
    duplicates: int = 0
    quarantined: int = 0
    bulk: int = 0
    bytes: int = 0
    contacts_added: int = 0
    classified: int = 0
    new_ids: list[int] = field(default_factory=list, repr=False)

    def summary(self) -> str:
        parts = [f"imported {self.imported:,}"]
        parts.append(f"skipped {self.duplicates:,} duplicate{'s' if self.duplicates != 1 else ''}")
        if self.bulk:
            parts.append(f"{self.bulk:,} bulk/automated")
        text = ", ".join(parts)
        if self.quarantined:
            text += f", quarantined {self.quarantined:,} (see inboxwallet quarantine)"
        else:
            text += ", quarantined 0"
        return text


@dataclass(frozen=True)
class IngestOptions:
    my_addresses: frozenset[str] = frozenset()
    admit_inbound: bool = False
    store_text: bool = True
    batch_size: int = 500
    workers: int = 1
    now: datetime | None = None


ParseOutcome = tuple[MessageRecord | None, str | None]


def parse_one(raw: RawMessage, my_addresses: frozenset[str], now: datetime | None = None) -> ParseOutcome:
    """Parse, turning every failure into a reason string (never an exception)."""
    if raw.problem:
        return None, raw.problem
    try:
        return parse_message(raw.raw, my_addresses, fallback_date=raw.fallback_date, now=now), None
    except ParseError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - hostile input must never stop an import
        return None, f"parser crashed: {type(exc).__name__}"


def _parse_chunk(args: tuple[list[RawMessage], frozenset[str], datetime | None]) -> list[ParseOutcome]:
    raws, mine, now = args
    return [parse_one(r, mine, now) for r in raws]


def ingest(
    db: sqlite_utils.Database,
    raws: Iterable[RawMessage],
    options: IngestOptions,
    *,
    classifier: Classifier | None = None,
    after_batch: Callable[[Sequence[RawMessage]], None] | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Store every message of raws (or quarantine it with a reason). after_batch runs once a
    batch is committed: sync uses it to move its checkpoint."""
    stats = IngestStats()
    pool: Executor | None = None
    if options.workers > 1:
        pool = ProcessPoolExecutor(max_workers=options.workers)
    try:
        for batch, outcomes in _parsed_batches(raws, options, pool):
            _save_batch(db, batch, outcomes, options, classifier, stats)
            if after_batch:
                after_batch(batch)
            if progress:
                progress(len(batch))
    finally:
        if pool:
            pool.shutdown(cancel_futures=True)
    return stats


def _parsed_batches(
    raws: Iterable[RawMessage], options: IngestOptions, pool: Executor | None
) -> Iterator[tuple[list[RawMessage], list[ParseOutcome]]]:
    """Parse batch N+1 in the worker processes while batch N is being saved."""
    iterator = iter(raws)
    mine = options.my_addresses

    def batches() -> Iterator[list[RawMessage]]:
        while chunk := list(itertools.islice(iterator, options.batch_size)):
            yield chunk

    if pool is None:
        for batch in batches():
            yield batch, [parse_one(r, mine, options.now) for r in batch]
        return

    n = options.workers
    pending = None
    for batch in batches():
        size = -(-len(batch) // n)
        parts = [batch[i : i + size] for i in range(0, len(batch), size)]
        future = [pool.submit(_parse_chunk, (part, mine, options.now)) for part in parts]
        if pending:
            yield pending[0], [o for f in pending[1] for o in f.result()]
        pending = (batch, future)
    if pending:
        yield pending[0], [o for f in pending[1] for o in f.result()]


def _save_batch(
    db: sqlite_utils.Database,
    batch: Sequence[RawMessage],
    outcomes: Sequence[ParseOutcome],
    options: IngestOptions,
    classifier: Classifier | None,
    stats: IngestStats,
) -> None:
    good: list[tuple[RawMessage, MessageRecord]] = []
    for raw, (record, problem) in zip(batch, outcomes):
        stats.seen += 1
        stats.bytes += len(raw.raw)
        if record is None:
            if store.save_quarantine(db, raw, problem or "unknown problem"):
                stats.quarantined += 1
            else:
                stats.duplicates += 1
            continue
        good.append((raw, record))

    result = store.save_messages(
        db, good, my_addresses=options.my_addresses, store_text=options.store_text
    )
    stats.duplicates += result.duplicates
    stats.imported += len(result.inserted)
    stats.new_ids.extend(result.inserted)
    new_records = _records_for(good, result)
    stats.bulk += sum(1 for r in new_records if r.bulk_reason)
    if classifier and result.inserted:
        version, scores, thresholds = classifier([r for r in new_records])
        store.save_tags(db, result.inserted, scores, thresholds, version)
        stats.classified += len(result.inserted)
    stats.contacts_added += store.refresh_contacts(
        db,
        options.my_addresses,
        admit_inbound=options.admit_inbound,
        message_ids=result.inserted,
    )


def _records_for(
    good: Sequence[tuple[RawMessage, MessageRecord]], result: store.SaveResult
) -> list[MessageRecord]:
    """The records that were actually inserted, in the order of result.inserted."""
    # save_messages inserts in order and skips duplicates, so walk both together
    return [rec for (_, rec), inserted in zip(good, result.inserted_flags) if inserted]


def import_paths(
    db: sqlite_utils.Database,
    paths: Sequence[Path],
    config: Config,
    *,
    workers: int | None = None,
    classifier: Classifier | None = None,
    progress: Callable[[int], None] | None = None,
) -> IngestStats:
    """Local import (mbox, Maildir, .eml): the same ingest path IMAP sync uses."""
    options = IngestOptions(
        my_addresses=frozenset(config.my_addresses),
        admit_inbound=config.admit_inbound,
        store_text=config.store_text,
        workers=workers if workers is not None else default_workers(),
    )
    return ingest(db, iter_raw_messages(paths), options, classifier=classifier, progress=progress)


def default_workers() -> int:
    """Parsing is CPU-bound: one process per core, up to four."""
    return max(1, min(4, os.cpu_count() or 1))


def model_classifier(model: Model) -> Classifier:
    """Adapt a tag model to the ingest hook: scores for each record's author text."""

    def classify(records: Sequence[MessageRecord]) -> tuple[str, list[dict[str, float]], dict[str, float]]:
        return model.version, model.predict_proba([r.text for r in records]), model.thresholds

    return classify


def classify_stored(
    db: sqlite_utils.Database,
    model: Model,
    *,
    everything: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Score stored messages that this model version has not scored yet (all with everything)."""
    done = 0
    for batch in store.messages_to_classify(db, model.version, everything=everything):
        ids = [i for i, _ in batch]
        store.save_tags(db, ids, model.predict_proba([t for _, t in batch]), model.thresholds, model.version)
        done += len(batch)
        if progress:
            progress(len(batch))
    return done
