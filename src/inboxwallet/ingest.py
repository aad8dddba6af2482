"""The one path every source feeds: parse, tag, save, admit contacts, checkpoint.

Work goes in batches, each committed before the next is read, so a killed process loses at
most the batch in flight, and re-reading it adds nothing (saves are idempotent). Parsing and
tagging are CPU-bound: with workers > 1 they run in child processes (each loads the tag model
once), while the main process saves the previous batch."""

from __future__ import annotations

import functools
import gc
import itertools
import json
import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils

from . import store
from .config import Config
from .errors import ModelError, ParseError, database_errors
from .parse import MessageRecord, parse_message
from .sources import RawMessage, iter_raw_messages
from .testhooks import pause_point

if TYPE_CHECKING:
    from .classifiers.model import Model

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Classifier:
    """Which tag model ingest uses: a model folder, loaded at most once per process and only
    when there is something to tag (so a sync with nothing new never pays for it). Picklable,
    so worker processes can load it themselves."""

    folder: Path

    @functools.cached_property
    def meta(self) -> dict:
        try:
            return json.loads((self.folder / "model.json").read_text())
        except (OSError, ValueError) as exc:
            raise ModelError(f"{self.folder}: cannot read model.json ({exc})") from None

    @property
    def version(self) -> str:
        return str(self.meta["version"])

    @property
    def thresholds(self) -> dict[str, float]:
        return {k: float(v) for k, v in self.meta["thresholds"].items()}

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return _loaded_model(self.folder).predict_proba(list(texts))

    def load(self) -> None:
        """Load now. Done in the parent before the parser processes start: they are forked,
        so they share the loaded model instead of each paying ~1.7 s and its memory."""
        _loaded_model(self.folder)


@functools.lru_cache(maxsize=2)
def _loaded_model(folder: Path) -> Model:
    from .classifiers.model import load_model

    return load_model(folder)


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
# a parsed batch: one outcome per message, and tag scores per message (None if not tagged)
Parsed = tuple[list[ParseOutcome], list[dict[str, float] | None]]


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


def parse_and_tag(
    raws: Sequence[RawMessage], mine: frozenset[str], now: datetime | None, classifier: Classifier | None
) -> Parsed:
    """Parse a chunk and score the author text of every parsed message in one model call."""
    outcomes = [parse_one(r, mine, now) for r in raws]
    scores: list[dict[str, float] | None] = [None] * len(outcomes)
    if classifier:
        at = [i for i, (record, _) in enumerate(outcomes) if record is not None]
        if at:
            texts = [outcomes[i][0].text for i in at]  # type: ignore[union-attr]
            for i, score in zip(at, classifier.scores(texts)):
                scores[i] = score
            pause_point("classify")
    return outcomes, scores


def _parse_and_tag_in_worker(
    raws: Sequence[RawMessage], mine: frozenset[str], now: datetime | None, classifier: Classifier | None
) -> Parsed:
    """parse_and_tag in a parser process, which then hands its freed memory back (the main
    process does that once per saved batch in ingest)."""
    parsed = parse_and_tag(raws, mine, now, classifier)
    release_free_memory()
    return parsed


def release_free_memory() -> None:
    """Give the C heap's free pages back to the system after a batch. Message bytes are
    allocated and freed batch after batch; without this glibc keeps the freed pages and a
    long sync's memory creeps up with the number of messages instead of staying flat."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):
        return None  # not glibc: nothing to do


def _die_with_parent() -> None:
    """Worker initializer: a SIGKILLed sync must not leave parser processes behind."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: orphans exit when their pipe closes


@contextmanager
def worker_pool(workers: int) -> Iterator[Executor | None]:
    """Parser processes for a whole run (sync keeps one pool across its folders)."""
    if workers <= 1:
        yield None
        return
    # fork where there is one: the workers share the parent's loaded model (Classifier.load)
    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_die_with_parent, mp_context=context)
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)
        gc.unfreeze()  # see _parsed_batches


def ingest(
    db: sqlite_utils.Database,
    raws: Iterable[RawMessage],
    options: IngestOptions,
    *,
    classifier: Classifier | None = None,
    after_batch: Callable[[Sequence[RawMessage]], None] | None = None,
    progress: Callable[[int], None] | None = None,
    pool: Executor | None = None,
    stats: IngestStats | None = None,
) -> IngestStats:
    """Store every message of raws (or quarantine it with a reason). after_batch runs once a
    batch is committed: sync uses it to move its checkpoint. Counts go into `stats` as they
    happen, so a caller keeps them even when the run fails half-way."""
    stats = stats if stats is not None else IngestStats()
    with database_errors(db), worker_pool(options.workers if pool is None else 1) as own_pool:
        for batch, parsed in _parsed_batches(raws, options, pool or own_pool, classifier):
            _save_batch(db, batch, parsed, options, classifier, stats)
            if after_batch:
                after_batch(batch)
            if progress:
                progress(len(batch))
            del batch, parsed
            release_free_memory()
    return stats


def _parsed_batches(
    raws: Iterable[RawMessage], options: IngestOptions, pool: Executor | None, classifier: Classifier | None
) -> Iterator[tuple[list[RawMessage], Parsed]]:
    """Parse (and tag) batch N+1 in the worker processes while batch N is being saved."""
    iterator = iter(raws)
    mine = options.my_addresses

    def batches() -> Iterator[list[RawMessage]]:
        while chunk := list(itertools.islice(iterator, options.batch_size)):
            yield chunk

    if pool is None:
        for batch in batches():
            yield batch, parse_and_tag(batch, mine, options.now, classifier)
        return

    n = max(1, getattr(pool, "_max_workers", 2))
    pending: tuple[list[RawMessage], list[Future[Parsed]]] | None = None
    for batch in batches():
        if classifier and pending is None:
            classifier.load()  # before the first submit forks the workers (a no-op after)
            gc.freeze()  # the collector then leaves the shared objects' pages unwritten (no copy-on-write)
        size = -(-len(batch) // n)
        parts = [batch[i : i + size] for i in range(0, len(batch), size)]
        futures = [pool.submit(_parse_and_tag_in_worker, part, mine, options.now, classifier) for part in parts]
        if pending:
            yield pending[0], _joined(pending[1])
        pending = (batch, futures)
    if pending:
        yield pending[0], _joined(pending[1])


def _joined(futures: Sequence[Future[Parsed]]) -> Parsed:
    outcomes: list[ParseOutcome] = []
    scores: list[dict[str, float] | None] = []
    for future in futures:
        part_outcomes, part_scores = future.result()
        outcomes += part_outcomes
        scores += part_scores
    return outcomes, scores


def _save_batch(
    db: sqlite_utils.Database,
    batch: Sequence[RawMessage],
    parsed: Parsed,
    options: IngestOptions,
    classifier: Classifier | None,
    stats: IngestStats,
) -> None:
    outcomes, scores = parsed
    good: list[tuple[RawMessage, MessageRecord]] = []
    good_scores: list[dict[str, float] | None] = []
    for raw, (record, problem), score in zip(batch, outcomes, scores):
        stats.seen += 1
        stats.bytes += len(raw.raw)
        if record is None:
            # store_text off: no message text on disk, so not the raw bytes of a bad one either
            if store.save_quarantine(db, raw, problem or "unknown problem", keep_raw=options.store_text):
                stats.quarantined += 1
            else:
                stats.duplicates += 1
            continue
        good.append((raw, record))
        good_scores.append(score)

    result = store.save_messages(
        db, good, my_addresses=options.my_addresses, store_text=options.store_text
    )
    pause_point("ingest")
    stats.duplicates += result.duplicates
    stats.imported += len(result.inserted)
    new_records = _records_for(good, result)
    stats.bulk += sum(1 for r in new_records if r.bulk_reason)
    new_scores = [s for s, new in zip(good_scores, result.inserted_flags) if new]
    to_tag = list(zip(result.inserted, new_scores))
    # A message already stored may come from a run killed half-way through this batch (its
    # messages committed, their tags and contacts not): finish it now, so that the run after a
    # crash ends where a run without one would have. Saving tags and contacts is idempotent.
    already = _already_stored(db, good, good_scores, result)
    if classifier:
        redo = [(row, s) for row, tagged, s in already if not tagged]
        for rows, new in ((to_tag, True), (redo, False)):
            tag_scores = [s for _, s in rows if s is not None]
            if rows and len(tag_scores) == len(rows):
                store.save_tags(
                    db, [r for r, _ in rows], tag_scores, classifier.thresholds, classifier.version, new_messages=new
                )
                stats.classified += len(rows)
    stats.contacts_added += store.refresh_contacts(
        db,
        options.my_addresses,
        admit_inbound=options.admit_inbound,
        message_ids=[*result.inserted, *(row for row, _, _ in already)],
    )


def _already_stored(
    db: sqlite_utils.Database,
    good: Sequence[tuple[RawMessage, MessageRecord]],
    scores: Sequence[dict[str, float] | None],
    result: store.SaveResult,
) -> list[tuple[int, bool, dict[str, float] | None]]:
    """(row id, tagged by the model?, this run's scores) of the batch's messages that were
    stored before it (each row once, none inserted by this batch)."""
    skipped = [(rec, s) for (_, rec), s, new in zip(good, scores, result.inserted_flags) if not new]
    if not skipped:
        return []
    rows: dict[int, tuple[int, bool, dict[str, float] | None]] = {}
    inserted = set(result.inserted)
    for (_, score), hit in zip(skipped, store.find_stored(db, [rec for rec, _ in skipped])):
        if hit is not None and hit[0] not in inserted:
            rows.setdefault(hit[0], (hit[0], hit[1], score))
    return list(rows.values())


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


def classifier_for(model_dir: Path) -> Classifier | None:
    """The Classifier for a model folder, or None when no model is installed there."""
    return Classifier(model_dir) if (model_dir / "model.skops").exists() else None


def classify_stored(
    db: sqlite_utils.Database,
    model: Model,
    *,
    everything: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Score stored messages that this model version has not scored yet (all with everything)."""
    done = 0
    with database_errors(db):
        for batch in store.messages_to_classify(db, model.version, everything=everything):
            ids = [i for i, _ in batch]
            store.save_tags(db, ids, model.predict_proba([t for _, t in batch]), model.thresholds, model.version)
            done += len(batch)
            if progress:
                progress(len(batch))
    return done
