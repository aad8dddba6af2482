"""The wallet: per-contact balances, reciprocity, reply behaviour, journey stages and alerts.

Everything is computed for a report date (`as_of`): only mail dated on or before that day
counts, and every value decays (half-life 90 days by default) up to it, so a report for a
given date says the same thing whenever it runs.

The rules are pure functions over rows read through store queries. `refresh` is the one
function that writes: it brings the stored per-contact states and the alerts table up to a
date. A state holds a contact's figures decayed to the day it was computed, plus the few facts
the stage and alert rules need, so that it can be carried to a later date without re-reading
their mail, as long as they have no mail in between. Only the contacts whose mail, tags or
addresses changed (the m100 triggers list them) or who have mail dated in between are
recomputed, and the figures evaluated for the date of the last refresh are stored too: that
is what keeps `report` and `alerts` under a second on a million messages.
"""

from __future__ import annotations

import hashlib
import json
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from itertools import groupby, pairwise
from math import ceil, floor
from typing import NamedTuple

import sqlite_utils

from . import store
from .config import Config
from .errors import InboxwalletError, NotFound, database_errors
from .testhooks import pause_point

STAGES = ("prospect", "engaged", "client", "advocate", "dormant")
ALERT_KINDS = ("ignored", "unanswered", "self_promo_heavy", "not_reciprocating", "overdrawn", "fading")
TREND_WEEKS = 12
RECENT_DAYS = 7 * TREND_WEEKS
# a contact becomes a client after mail both ways in this many separate months
CLIENT_MONTHS = 3
# recompute everything in one query (no list of contacts) beyond this share of contacts
FULL_RECOMPUTE_SHARE = 0.9
# bump when ContactState changes shape: stored states are then recomputed
STATE_VERSION = 2


# -- dates -----------------------------------------------------------------------------------


def day_number(iso: str) -> int:
    """The UTC calendar day of a stored ISO time, as a proleptic ordinal (date.toordinal)."""
    return _day_of(iso[:10])


@lru_cache(maxsize=4096)
def _day_of(day: str) -> int:
    return date.fromisoformat(day).toordinal()


def cutoff(as_of: date) -> str:
    """The first instant after the report date: mail dated before it counts."""
    return f"{(as_of + timedelta(days=1)).isoformat()}T00:00:00Z"


def _iso_day(day: int) -> str:
    return date.fromordinal(day).isoformat()


@lru_cache(maxsize=4096)
def _month(day: int) -> str:
    return _iso_day(day)[:7]


def decay(age_days: float, half_life_days: float) -> float:
    """What a unit of value given `age_days` ago is worth today."""
    return 0.5 ** (age_days / half_life_days)


# -- records ---------------------------------------------------------------------------------
# Event, ContactState and ContactFigures are NamedTuples rather than frozen dataclasses: a report
# over 10,000 contacts builds tens of thousands of them, and a NamedTuple is as immutable and
# several times cheaper to build.


class Event(NamedTuple):
    """One person-to-person message between me and a contact, seen from that contact."""

    message: int
    date: str  # ISO time, UTC
    day: int  # day_number(date)
    mine: bool  # True: I sent it to them (given); False: they sent it to me (received)
    direct: bool  # mine: they were in To; theirs: I was in To
    value: float  # tag value times the recipient share, not decayed
    share: float = 1.0  # the recipient share: 1/n of the direct recipients, at least the floor
    tags: tuple[str, ...] = ()
    message_id: str = ""
    in_reply_to: str | None = None
    refs: tuple[str, ...] = ()
    thread_id: str = ""
    subject: str = ""


@dataclass(frozen=True)
class Intro:
    """They put `address` in To/Cc of mail to me on `day`; `done` is the day that person and I
    had mail both ways (only when the address was new to me), else None."""

    address: str
    day: int
    done: int | None


class ContactState(NamedTuple):
    """What the rules need about one contact, from their mail dated on or before `as_of`."""

    contact: int
    as_of: int  # day number
    sent: int = 0
    received: int = 0
    last_day: int | None = None
    last_contact: str | None = None  # ISO time of the last message either way
    given: float = 0.0  # decayed to as_of
    received_value: float = 0.0  # decayed to as_of
    recent: tuple[tuple[int, float, float], ...] = ()  # (day, given, received), days in the trend window
    run_count: int = 0  # my direct messages since their last message to me
    run_first_day: int | None = None
    run_nth_day: int | None = None  # the day the run reached ignored_min_messages
    pending_day: int | None = None  # their first direct message since my last one to them
    pending_subject: str = ""
    promo: tuple[bool, ...] = ()  # my last messages to them: self-promotional?
    # since when (day of the message that started it) each condition has held without a break
    promo_since: int | None = None
    taking_since: int | None = None  # not_reciprocating
    overdrawn_since: int | None = None
    exchanges: int = 0  # conversations: see exchange_starts
    median_gap: float | None = None  # days between the starts of two exchanges
    months_both: int = 0  # months with mail both ways
    both_ways: bool = False
    intro_day: int | None = None  # first introduction that led to an exchange
    intro_address: str = ""
    intros: int = 0

    def to_json(self) -> str:
        """The fields after contact and as_of, as a JSON array (STATE_VERSION names the order)."""
        return json.dumps(self[2:], separators=(",", ":"))

    @classmethod
    def from_json(cls, contact: int, as_of: int, text: str) -> ContactState:
        values = json.loads(text)
        values[_RECENT] = tuple(map(tuple, values[_RECENT]))
        values[_PROMO] = tuple(values[_PROMO])
        return cls(contact, as_of, *values)


_RECENT = ContactState._fields.index("recent") - 2  # positions in the JSON array
_PROMO = ContactState._fields.index("promo") - 2


@dataclass(frozen=True)
class AlertHit:
    """An alert condition that holds, in words for a person. `since` is the day it started
    holding, from the mail itself: it names the episode, so a report for any date finds
    the same alert."""

    kind: str
    since: int
    detail: str
    suggestion: str


class ContactFigures(NamedTuple):
    """One report row: a contact's figures as of the report date."""

    contact: int
    name: str | None
    address: str
    sent: int
    received: int
    given: float
    received_value: float
    reciprocity: float | None
    given_week_ago: float
    stage: str | None
    last_contact: str | None
    trend: tuple[float, ...]
    hits: tuple[AlertHit, ...] = ()  # conditions holding on the report date
    alerts: tuple[str, ...] = ()  # kinds of the open (not acknowledged) alerts


@dataclass(frozen=True)
class AlertRow:
    """An alert as listed: its row in the alerts table (id None for a date before the last
    refresh that the table has no row for) and the words for it."""

    id: int | None
    contact: int
    name: str | None
    address: str
    kind: str
    status: str  # open | acked | closed
    opened: str | None
    closed: str | None
    detail: str
    suggestion: str


@dataclass(frozen=True)
class Wallet:
    """The whole picture for a report date."""

    as_of: date
    rows: tuple[ContactFigures, ...]
    alerts: tuple[AlertRow, ...]  # open and acknowledged on the report date
    recomputed: int = 0  # contacts whose state had to be rebuilt

    @property
    def total(self) -> float:
        """How full is your wallet: what I have given, summed over every contact."""
        return sum(r.given for r in self.rows)

    @property
    def change(self) -> float:
        """The total's change over the last 7 days."""
        return self.total - sum(r.given_week_ago for r in self.rows)

    @property
    def open_alerts(self) -> tuple[AlertRow, ...]:
        return tuple(a for a in self.alerts if a.status == "open")


# -- events ----------------------------------------------------------------------------------


def recipient_share(n_recipients: int, minimum: float) -> float:
    """A message to n people counts 1/n for each of them, never less than the minimum."""
    return max(1.0 / n_recipients, minimum) if n_recipients >= 1 else 1.0


def events_from_rows(rows: Iterable[Sequence], config: Config) -> dict[int, list[Event]]:
    """Group store.wallet_events rows by contact, as Events in date order."""
    minimum = config.wallet.min_recipient_share
    out: dict[int, list[Event]] = {}
    for (contact, message, when, mine, direct, n, value, tags, message_id, in_reply_to, refs,
         thread_id, subject) in rows:
        share = recipient_share(int(n or 0), minimum)
        out.setdefault(int(contact), []).append(
            Event(
                message=int(message),
                date=str(when),
                day=day_number(when),
                mine=bool(mine),
                direct=bool(direct),
                value=share * float(value or 0.0),
                share=share,
                tags=tuple(sorted((tags or "").split())),
                message_id=message_id or "",
                in_reply_to=in_reply_to,
                refs=tuple(json.loads(refs)) if refs else (),
                thread_id=thread_id or "",
                subject=subject or "",
            )
        )
    return out


def intros_from_rows(rows: Iterable[Sequence]) -> dict[int, list[Intro]]:
    """Group store.wallet_intro_candidates rows by contact, keeping the addresses that were
    new when they put them in To/Cc: only those can make them an advocate. (Older mail with
    that address imported later would undo it; the contact is then recomputed when their own
    mail or tags change next.)"""
    out: dict[int, list[Intro]] = {}
    for contact, address, first, new, first_sent, first_received in rows:
        if not new:
            continue
        done = None
        if first_sent and first_received:
            done = max(day_number(first_sent), day_number(first_received))
        out.setdefault(int(contact), []).append(Intro(str(address), day_number(first), done))
    return out


# -- the state of one contact --------------------------------------------------------------------


def build_state(
    contact: int, events: Sequence[Event], intros: Sequence[Intro], as_of: int, config: Config
) -> ContactState:
    """Everything the rules need, from the contact's mail dated on or before day `as_of`."""
    events = sorted((e for e in events if e.day <= as_of), key=lambda e: (e.date, e.message))
    if not events:
        return ContactState(contact, as_of)
    a = config.alerts
    half_life = config.wallet.half_life_days
    mine = [e for e in events if e.mine]
    theirs = [e for e in events if not e.mine]

    # One pass in date order: the balances decayed to each message's day, and since when the
    # value-based conditions have held (they can only change when a message arrives).
    given = received = 0.0
    previous = events[0].day
    n_theirs = 0
    promo_window: list[bool] = []
    promo_since = taking_since = overdrawn_since = None
    for e in events:
        factor = decay(e.day - previous, half_life)
        given, received, previous = given * factor, received * factor, e.day
        if e.mine:
            given += e.value
            promo_window = (promo_window + ["self_promotional" in e.tags])[-a.self_promo_last_n :]
            if promo_heavy(promo_window, config):
                promo_since = promo_since if promo_since is not None else e.day
            else:
                promo_since = None
        else:
            received += e.value
            n_theirs += 1
        if not_reciprocating(given, received, n_theirs, config):
            taking_since = taking_since if taking_since is not None else e.day
        else:
            taking_since = None
        if overdrawn(given):
            overdrawn_since = overdrawn_since if overdrawn_since is not None else e.day
        else:
            overdrawn_since = None
    factor = decay(as_of - previous, half_life)

    recent: dict[int, list[float]] = {}
    for e in events:
        if as_of - e.day < RECENT_DAYS:
            slot = recent.setdefault(e.day, [0.0, 0.0])
            slot[0 if e.mine else 1] += e.value

    # ignored: my direct messages since the last thing they sent me, each counted for its
    # recipient share (three messages to a group of ten are not three letters to one person)
    last_theirs = max((i for i, e in enumerate(events) if not e.mine), default=-1)
    run = [e for e in events[last_theirs + 1 :] if e.mine and e.direct]
    run_weight, run_nth_day = 0.0, None
    for e in run:
        run_weight += e.share
        if run_nth_day is None and run_weight >= a.ignored_min_messages - 1e-9:
            run_nth_day = e.day

    # unanswered: their first direct message since the last thing I sent them
    last_mine = max((i for i, e in enumerate(events) if e.mine), default=-1)
    pending = next((e for e in events[last_mine + 1 :] if not e.mine and e.direct), None)

    starts = exchange_starts(events, config.wallet.reply_window_days)
    gaps = [b - a for a, b in pairwise(starts)]
    months_mine = {_month(e.day) for e in mine}
    months_theirs = {_month(e.day) for e in theirs}

    done = sorted((i for i in intros if i.done is not None and i.done <= as_of), key=lambda i: (i.done, i.address))

    return ContactState(
        contact=contact,
        as_of=as_of,
        sent=len(mine),
        received=len(theirs),
        last_day=events[-1].day,
        last_contact=events[-1].date,
        given=given * factor,
        received_value=received * factor,
        recent=tuple((d, round(v[0], 9), round(v[1], 9)) for d, v in sorted(recent.items())),
        run_count=len(run),
        run_first_day=run[0].day if run else None,
        run_nth_day=run_nth_day,
        pending_day=pending.day if pending else None,
        pending_subject=pending.subject if pending else "",
        promo=tuple(promo_window),
        promo_since=promo_since,
        taking_since=taking_since,
        overdrawn_since=overdrawn_since,
        exchanges=len(starts),
        median_gap=float(statistics.median(gaps)) if gaps else None,
        months_both=len(months_mine & months_theirs),
        both_ways=bool(mine and theirs),
        intro_day=done[0].done if done else None,
        intro_address=done[0].address if done else "",
        intros=len({i.address for i in done}),
    )


def exchange_starts(events: Sequence[Event], window_days: float) -> list[int]:
    """The days conversations started: a message in a thread not seen before, or after a
    silence longer than the reply window. A reply the next day is part of the same exchange,
    so the usual gap is the rhythm of the relationship, not of its threads."""
    starts: list[int] = []
    threads: set[str] = set()
    previous: int | None = None
    for e in events:
        thread = e.thread_id or f"#{e.message}"
        new = thread not in threads or (previous is not None and e.day - previous > window_days)
        if new and (not starts or starts[-1] != e.day):
            starts.append(e.day)
        threads.add(thread)
        previous = e.day
    return starts


# -- rules ---------------------------------------------------------------------------------------


def quiet_after(state: ContactState, config: Config) -> float:
    """How long a silence has to be to count as gone quiet: longer than the usual gap times
    the factor, and longer than the minimum (60 days by default)."""
    usual = state.median_gap or 0.0
    return max(config.alerts.fading_min_days, config.alerts.fading_gap_factor * usual)


def stage_of(state: ContactState, day: int, config: Config) -> str | None:
    """Where the relationship stands on `day` (None: no mail yet).

    prospect: only one side has written; engaged: mail both ways; client: mail both ways in at
    least 3 separate months; advocate: they introduced me to someone I then had mail both ways
    with; dormant: a former exchange that has gone quiet (see quiet_after)."""
    if state.sent + state.received == 0:
        return None
    if not state.both_ways:
        return "prospect"
    if state.last_day is not None and day - state.last_day > quiet_after(state, config):
        return "dormant"
    if state.intro_day is not None and state.intro_day <= day:
        return "advocate"
    months = getattr(config.wallet, "client_min_months", CLIENT_MONTHS)
    if state.months_both >= months:
        return "client"
    return "engaged"


def reciprocity(given: float, received: float) -> float | None:
    """(given - received) / (|given| + |received|): +1 I carry the relationship, -1 they do."""
    total = abs(given) + abs(received)
    return None if total == 0 else (given - received) / total


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def promo_heavy(flags: Sequence[bool], config: Config) -> bool:
    """self_promo_heavy: at least half (self_promo_share) of my last 5 (self_promo_last_n)
    messages to them were self-promotional; needs that many messages."""
    n = config.alerts.self_promo_last_n
    return len(flags) >= n and sum(flags[-n:]) >= config.alerts.self_promo_share * n


def not_reciprocating(given: float, received: float, n_theirs: int, config: Config) -> bool:
    """not_reciprocating: they give at least 3x what I give (values as shown, 2 decimals),
    with at least 3 messages of theirs."""
    a = config.alerts
    g, r = round(given, 2), round(received, 2)
    return n_theirs >= a.not_reciprocating_min_messages and r > 0 and r >= a.not_reciprocating_ratio * g


def overdrawn(given: float) -> bool:
    """overdrawn: my wallet with them is below zero, as shown (2 decimals)."""
    return round(given, 2) < 0


def alert_hits(state: ContactState, day: int, given: float, received: float, who: str, config: Config) -> list[AlertHit]:
    """The alert conditions that hold on `day`, each with the day it started holding, a
    detail and a suggestion. `given` and `received` are the state's values carried to `day`."""
    a = config.alerts
    hits: list[AlertHit] = []
    fallback = state.last_day if state.last_day is not None else day
    if state.run_first_day is not None and state.run_nth_day is not None:
        since = max(state.run_nth_day, state.run_first_day + ceil(a.ignored_min_days))
        if since <= day:
            hits.append(AlertHit(
                "ignored", since,
                f"you wrote to {who} {_plural(state.run_count, 'time')} since {_iso_day(state.run_first_day)} "
                f"and got no answer",
                f"Stop following up for now. If you write again, make it one short message that is "
                f"useful to {who} on its own, with no ask and no reminder.",
            ))
    if state.pending_day is not None:
        since = state.pending_day + ceil(a.unanswered_days)
        if since <= day:
            subject = f' ("{state.pending_subject}")' if state.pending_subject else ""
            hits.append(AlertHit(
                "unanswered", since,
                f"{who} wrote to you on {_iso_day(state.pending_day)}{subject} and you have not written back",
                f"Answer {who}, even briefly: two lines today are worth more than a perfect reply next week.",
            ))
    if promo_heavy(state.promo, config):
        n = a.self_promo_last_n
        pitches = sum(state.promo[-n:])
        hits.append(AlertHit(
            "self_promo_heavy", state.promo_since if state.promo_since is not None else fallback,
            f"{pitches} of your last {n} messages to {who} were pitches",
            f"{pitches} of your last {n} messages to {who} were pitches: send something useful to {who}, "
            f"with no ask.",
        ))
    if not_reciprocating(given, received, state.received, config):
        g, r = round(given, 2), round(received, 2)
        ratio = f"{r / g:.1f}x" if g > 0 else "far more than"
        hits.append(AlertHit(
            "not_reciprocating", state.taking_since if state.taking_since is not None else fallback,
            f"{who} gives {ratio} what you give ({r:.2f} against {g:.2f}, "
            f"over {_plural(state.received, 'message')} of theirs)",
            f"{who} carries this relationship. Give something back: an introduction, a useful link, "
            f"or ask what {who} is working on and listen.",
        ))
    if overdrawn(given):
        hits.append(AlertHit(
            "overdrawn", state.overdrawn_since if state.overdrawn_since is not None else fallback,
            f"your wallet with {who} is below zero ({round(given, 2):.2f}): your mail has asked more than it gave",
            f"Make your next messages to {who} pure help (an answer, a resource, an introduction) "
            f"before you ask for anything again.",
        ))
    if state.last_day is not None and state.both_ways and state.exchanges >= a.fading_min_exchanges:
        quiet = quiet_after(state, config)
        since = state.last_day + floor(quiet) + 1  # the first day the silence is longer than that
        if since <= day:
            usual = state.median_gap or 0.0
            hits.append(AlertHit(
                "fading", since,
                f"no mail with {who} since {_iso_day(state.last_day)}; you used to be in touch every {usual:g} days",
                f"Check in with {who} with something that is about them: a congratulation, a link "
                f"that fits their work, or a question about how it went.",
            ))
    return hits


def evaluate(state: ContactState, day: int, config: Config, name: str | None, address: str) -> ContactFigures:
    """Carry a state to the report day (no mail of theirs may lie in between) and apply the rules."""
    half_life = config.wallet.half_life_days
    factor = decay(day - state.as_of, half_life)
    given = state.given * factor
    received = state.received_value * factor
    trend = [0.0] * TREND_WEEKS
    given_last_week = 0.0
    for d, g, r in state.recent:
        age = day - d
        if 0 <= age < RECENT_DAYS:
            trend[TREND_WEEKS - 1 - age // 7] += g + r
        if 0 <= age < 7:
            given_last_week += g * decay(age, half_life)
    week_ago = (given - given_last_week) * decay(-7, half_life)
    who = name or address
    return ContactFigures(
        contact=state.contact,
        name=name,
        address=address,
        sent=state.sent,
        received=state.received,
        given=given,
        received_value=received,
        reciprocity=reciprocity(round(given, 9), round(received, 9)),
        given_week_ago=week_ago,
        stage=stage_of(state, day, config),
        last_contact=state.last_contact,
        trend=tuple(trend),
        hits=tuple(alert_hits(state, day, given, received, who, config)),
    )


# -- reply behaviour ---------------------------------------------------------------------------


def answers(events: Sequence[Event]) -> dict[int, Event]:
    """For each message, the first message the other way that answers it: one whose
    In-Reply-To (or References) points at it, else the next message the other way in the
    same thread."""
    ordered = sorted(events, key=lambda e: (e.date, e.message))
    by_id = {e.message_id: e for e in ordered if e.message_id}
    answered: dict[int, Event] = {}
    for e in ordered:
        for target in (e.in_reply_to, *reversed(e.refs)):
            x = by_id.get(target) if target else None
            if x is not None and x.mine != e.mine and (x.date, x.message) < (e.date, e.message):
                answered.setdefault(x.message, e)
                break
    threads: dict[str, list[Event]] = {}
    for e in ordered:
        threads.setdefault(e.thread_id or f"#{e.message}", []).append(e)
    for thread in threads.values():
        for i, x in enumerate(thread):
            if x.message not in answered:
                y = next((y for y in thread[i + 1 :] if y.mine != x.mine), None)
                if y is not None:
                    answered[x.message] = y
    return answered


@dataclass(frozen=True)
class ReplyStats:
    """Reply behaviour both ways. A message counts once it has had the whole reply window."""

    i_answered: int  # their messages I answered within the window
    theirs: int
    they_answered: int  # my messages they answered within the window
    mine: int
    my_median_hours: float | None  # how long I take to answer
    their_median_hours: float | None
    started_by_me: int  # threads
    started_by_them: int

    @property
    def i_answered_share(self) -> float | None:
        return self.i_answered / self.theirs if self.theirs else None

    @property
    def they_answered_share(self) -> float | None:
        return self.they_answered / self.mine if self.mine else None


def _hours(a: str, b: str) -> float:
    return (datetime.fromisoformat(b) - datetime.fromisoformat(a)).total_seconds() / 3600


def reply_stats(events: Sequence[Event], day: int, window_days: float) -> ReplyStats:
    events = [e for e in events if e.day <= day]
    answered = answers(events)
    counts = {True: [0, 0], False: [0, 0]}  # by who wrote: [answered in time, had the time]
    delays: dict[bool, list[float]] = {True: [], False: []}
    for x in events:
        y = answered.get(x.message)
        delay = _hours(x.date, y.date) if y else None
        if delay is not None:
            delays[x.mine].append(delay)
        in_time = delay is not None and delay <= window_days * 24
        if in_time or day - x.day >= window_days:
            counts[x.mine][1] += 1
            counts[x.mine][0] += in_time
    first: dict[str, Event] = {}
    for e in sorted(events, key=lambda e: (e.date, e.message)):
        first.setdefault(e.thread_id or f"#{e.message}", e)
    return ReplyStats(
        i_answered=counts[False][0],
        theirs=counts[False][1],
        they_answered=counts[True][0],
        mine=counts[True][1],
        my_median_hours=statistics.median(delays[False]) if delays[False] else None,
        their_median_hours=statistics.median(delays[True]) if delays[True] else None,
        started_by_me=sum(1 for e in first.values() if e.mine),
        started_by_them=sum(1 for e in first.values() if not e.mine),
    )


def stage_history(
    contact: int, events: Sequence[Event], intros: Sequence[Intro], day: int, config: Config
) -> list[tuple[str, str]]:
    """(YYYY-MM, stage at the end of that month) from their first month to the report date."""
    dated = [e.day for e in events if e.day <= day]
    if not dated:
        return []
    out = []
    current = date.fromordinal(min(dated)).replace(day=1)
    end = date.fromordinal(day)
    while current <= end:
        following = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        at = min(following.toordinal() - 1, day)
        stage = stage_of(build_state(contact, events, intros, at, config), at, config)
        if stage:
            out.append((current.isoformat()[:7], stage))
        current = following
    return out


# -- computing and storing states ------------------------------------------------------------------


def identity(db: sqlite_utils.Database, config: Config) -> tuple[str, ...]:
    """My addresses: the configured ones and every address my sent mail came from (so that a
    report needs no --me when the import had one)."""
    return tuple(sorted({a.lower() for a in config.my_addresses} | store.wallet_my_addresses(db)))


def settings_fingerprint(config: Config, me: Sequence[str]) -> str:
    """Stored states were computed with these settings; any change means recomputing them."""
    data = {
        "version": STATE_VERSION,
        "me": sorted(me),
        "wallet": asdict(config.wallet),
        "alerts": asdict(config.alerts),
    }
    return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def compute_states(
    db: sqlite_utils.Database,
    config: Config,
    as_of: date,
    contacts: Iterable[int] | None = None,
    *,
    stored_events: bool = False,
) -> tuple[dict[int, ContactState], dict[int, list[str]]]:
    """Build states for every contact not ignored (or only those given), from the mail itself
    (the full recomputation) or, with stored_events, from wallet_events (which update_states
    keeps current). Returns the states and each contact's introduction candidates."""
    before = cutoff(as_of)
    day = as_of.toordinal()
    me = identity(db, config)
    known = {c for c, _, _ in store.wallet_contacts(db)}
    wanted = known if contacts is None else known & set(contacts)
    scope = None if contacts is None else sorted(wanted)
    weights = config.wallet.weights
    intros = intros_from_rows(store.wallet_intro_candidates(db, my_addresses=me, before=before, contacts=scope))
    if stored_events:  # a row at a time: one contact's events in memory, however big the store
        rows: Iterable[Sequence] = store.iter_stored_wallet_events(db, weights=weights, before=before, contacts=scope)
    else:
        rows = store.wallet_events(db, my_addresses=me, weights=weights, before=before, contacts=scope)
    states: dict[int, ContactState] = {}
    for contact, group in groupby(rows, key=lambda r: int(r[0])):  # rows come in contact order
        if contact in wanted:
            states[contact] = build_state(contact, events_from_rows(group, config).get(contact, []),
                                          intros.get(contact, []), day, config)
    for c in wanted - states.keys():
        states[c] = build_state(c, [], intros.get(c, []), day, config)
    candidates = {c: sorted({i.address for i in intros.get(c, [])}) for c in wanted}
    return states, candidates


def _stale(db: sqlite_utils.Database, days: dict[int, int], day: int) -> set[int]:
    """Stored states (contact -> the day they cover) that cannot be carried to `day`: the
    contact has mail dated in between (or, going back, within the trend window before it)."""
    stale: set[int] = set()
    by_as_of: dict[int, set[int]] = {}
    for contact, computed in days.items():
        by_as_of.setdefault(computed, set()).add(contact)
    for computed, contacts in by_as_of.items():
        if computed == day:
            continue
        if day > computed:
            start, end = computed + 1, day + 1
        else:
            start, end = day - RECENT_DAYS + 1, computed + 1
        touched = store.wallet_touched_between(db, f"{_iso_day(start)}T00:00:00Z", f"{_iso_day(end)}T00:00:00Z")
        stale |= touched & contacts
    return stale


def _state_row(s: ContactState) -> tuple[int, str, int, int, float, float, str | None, str]:
    return (s.contact, _iso_day(s.as_of), s.sent, s.received, s.given, s.received_value, s.last_contact, s.to_json())


def load_states(db: sqlite_utils.Database) -> dict[int, ContactState]:
    """Every stored state."""
    return {
        c: ContactState.from_json(c, date.fromisoformat(as_of).toordinal(), text)
        for c, as_of, text in store.load_wallet_states(db)
    }


def _update_events(db: sqlite_utils.Database, me: Sequence[str], last_change: int, everything: bool) -> None:
    """Rebuild the stored events of what changed: every one when asked (or when my own
    addresses changed, which decide who wrote to whom), else those of the contacts and messages
    the change list names."""
    key = json.dumps(list(me))
    if everything or store.wallet_meta(db, "wallet.events_me") != key:
        store.rebuild_wallet_events(db, my_addresses=me, everything=True)
        store.set_wallet_meta(db, "wallet.events_me", key)
    elif last_change:
        store.rebuild_wallet_events(
            db,
            my_addresses=me,
            contacts=store.wallet_changed_contacts(db, last_change),
            messages=store.wallet_changed_messages(last_change),
        )


def update_states(
    db: sqlite_utils.Database, config: Config, as_of: date, contacts: Sequence[tuple[int, str | None, str]] | None = None
) -> tuple[int, bool]:
    """Bring the stored states up to date for `as_of`, recomputing only what must be: the
    contacts whose mail, tags or addresses changed, who have mail dated between their state's
    day and `as_of`, or who have no state yet; everyone after a change of settings.
    Returns how many were recomputed and whether anything stored changed."""
    day = as_of.toordinal()
    contacts = store.wallet_contacts(db) if contacts is None else contacts
    known = {c for c, _, _ in contacts}
    last_change, everything, changed = store.wallet_changes(db)
    me = identity(db, config)
    _update_events(db, me, last_change, everything)
    fingerprint = settings_fingerprint(config, me)
    same_settings = store.wallet_meta(db, "wallet.fingerprint") == fingerprint
    dates = store.wallet_state_dates(db) if same_settings and not everything else {}
    drop = [c for c in dates if c not in known]
    current = {c: date.fromisoformat(d).toordinal() for c, d in dates.items() if c in known}
    stale = (known - current.keys()) | (changed & known) | _stale(db, current, day)
    if not (stale or drop or last_change or not same_settings):
        return 0, False
    # The stored figures were evaluated from the states about to change: forget their date
    # first, so that a run killed half-way leaves the next refresh evaluating them again
    # rather than trusting figures older than the states.
    store.set_wallet_meta(db, "wallet.figures_as_of", "")
    fresh: dict[int, ContactState] = {}
    candidates: dict[int, list[str]] = {}
    if stale:
        scope = None if len(stale) > FULL_RECOMPUTE_SHARE * len(known) else stale
        fresh, candidates = compute_states(db, config, as_of, scope, stored_events=True)
    store.save_wallet_states(db, [_state_row(s) for s in fresh.values()], candidates, drop=drop)
    store.forget_wallet_changes(db, last_change)
    store.set_wallet_meta(db, "wallet.fingerprint", fingerprint)
    return len(fresh), True


# -- alerts ------------------------------------------------------------------------------------------


def _advance_alerts(db: sqlite_utils.Database, figures: Sequence[ContactFigures], as_of: date) -> None:
    """Open an alert when its condition starts holding (dated the day it started), close it
    when the condition stops. An acknowledged alert stays acknowledged while the same episode
    goes on; a new episode (the condition stopped and started again) is a new, open alert."""
    holding = {(f.contact, h.kind): h for f in figures for h in f.hits}
    active: dict[tuple[int, str], dict] = {}
    closed: list[int] = []
    details: list[tuple[int, str]] = []
    for row in store.wallet_alerts(db, statuses=("open", "acked")):
        key = (row["contact"], row["kind"])
        hit = holding.get(key)
        if key in active or hit is None or row["opened"] != _iso_day(hit.since):
            closed.append(row["id"])  # stopped, started again since, or a second copy after a merge
            continue
        active[key] = row
        if row["detail"] != hit.detail:
            details.append((row["id"], hit.detail))
    opened = [(c, kind, _iso_day(hit.since), hit.detail) for (c, kind), hit in holding.items() if (c, kind) not in active]
    if opened or closed or details:
        store.save_alert_changes(db, as_of.isoformat(), opened=opened, closed=closed, details=details)
    store.set_wallet_meta(db, "wallet.alerts_as_of", as_of.isoformat())


def _alert_rows(
    db: sqlite_utils.Database, figures: Sequence[ContactFigures], as_of: date, *, advanced: bool
) -> list[AlertRow]:
    """The alerts holding on the report date, each with its row in the alerts table (the row
    of the same contact, kind and start day). A date before the last refresh does not rewrite
    the table's history; an episode that began and ended between two refreshes has no row."""
    rows = (
        store.wallet_alerts(db, statuses=("open", "acked"))
        if advanced
        else store.wallet_alerts_covering(db, as_of.isoformat())
    )
    table = {(row["contact"], row["kind"], row["opened"]): row for row in rows}
    out = []
    for f in figures:
        for hit in f.hits:
            opened = _iso_day(hit.since)
            row = table.get((f.contact, hit.kind, opened))
            status = "open" if row is None or row["status"] == "closed" else row["status"]
            out.append(AlertRow(
                id=row["id"] if row else None, contact=f.contact, name=f.name, address=f.address,
                kind=hit.kind, status=status, opened=opened, closed=None,
                detail=hit.detail, suggestion=hit.suggestion,
            ))
    out.sort(key=lambda a: (a.opened or "", ALERT_KINDS.index(a.kind), a.address))
    return out


# -- the entry points --------------------------------------------------------------------------------


def today() -> date:
    """The default report date: today, in UTC like every stored date."""
    return datetime.now(timezone.utc).date()


def refresh(db: sqlite_utils.Database, config: Config, as_of: date | None = None) -> Wallet:
    """Bring balances, stages and the alerts table up to `as_of` (default today, UTC), and
    return the picture.

    Call it after every import or sync. The alerts table only moves forward: for a date before
    the last refresh the figures are computed but the alerts' history is left as it is."""
    with database_errors(db):
        return _refresh(db, config, as_of or today())


def needs_refresh(db: sqlite_utils.Database, as_of: date | None = None) -> bool:
    """Whether `refresh` has work to do: mail, tags or contacts changed since it last ran, or
    the stored figures are not for `as_of` (default today) because the day moved on or a
    refresh was killed half-way."""
    as_of = as_of or today()
    return store.wallet_meta(db, "wallet.figures_as_of") != as_of.isoformat() or store.wallet_changes(db)[0] != 0


def _refresh(db: sqlite_utils.Database, config: Config, as_of: date) -> Wallet:
    contacts = store.wallet_contacts(db)
    recomputed, changed = update_states(db, config, as_of, contacts)
    pause_point("refresh")
    last = store.wallet_meta(db, "wallet.alerts_as_of")
    advance = last is None or as_of.isoformat() >= last
    if not changed and store.wallet_meta(db, "wallet.figures_as_of") == as_of.isoformat():
        # nothing changed since the figures for this date were stored, nor the alerts
        figures = [_figures_from_row(r) for r in store.load_wallet_figures(db)]
        if advance and last != as_of.isoformat():
            _advance_alerts(db, figures, as_of)
    else:
        day = as_of.toordinal()
        names = {c: (name, address) for c, name, address in contacts}
        figures = [
            evaluate(s, day, config, *names[c])
            for c, s in load_states(db).items()
            if c in names and s.sent + s.received > 0
        ]
        store.save_wallet_figures(db, [_figures_row(f) for f in figures])
        pause_point("alerts")
        if advance:
            _advance_alerts(db, figures, as_of)
        # last: the figures count as current only once the alerts drawn from them are stored
        store.set_wallet_meta(db, "wallet.figures_as_of", as_of.isoformat())
    alerts = _alert_rows(db, figures, as_of, advanced=advance)
    open_kinds: dict[int, list[str]] = {}
    for a in alerts:
        if a.status == "open":
            open_kinds.setdefault(a.contact, []).append(a.kind)
    rows = tuple(
        _with_alerts(f, tuple(k for k in ALERT_KINDS if k in open_kinds[f.contact])) if f.contact in open_kinds else f
        for f in sorted(figures, key=lambda f: (-round(f.given, 2), f.address))
    )
    return Wallet(as_of=as_of, rows=rows, alerts=tuple(alerts), recomputed=recomputed)


def _with_alerts(f: ContactFigures, kinds: tuple[str, ...]) -> ContactFigures:
    return f._replace(alerts=kinds)


def _figures_row(f: ContactFigures) -> tuple:
    hits = json.dumps([[h.kind, h.since, h.detail, h.suggestion] for h in f.hits]) if f.hits else None
    return (f.contact, f.sent, f.received, f.given, f.received_value, f.reciprocity, f.given_week_ago,
            f.stage, f.last_contact, ",".join(map(repr, f.trend)), hits)


def _figures_from_row(row: Sequence) -> ContactFigures:
    name, address, contact, sent, received, given, received_value, recip, week_ago, stage, last, trend, hits = row
    return ContactFigures(
        contact, name, address, sent, received, given, received_value, recip, week_ago, stage, last,
        tuple(map(float, trend.split(","))), tuple(AlertHit(*h) for h in json.loads(hits)) if hits else (),
    )


def naive_figures(db: sqlite_utils.Database, config: Config, as_of: date) -> list[ContactFigures]:
    """Everything recomputed from the mail, nothing stored or reused: the baseline the
    benchmark compares with, and what the stored states must always agree with."""
    states, _ = compute_states(db, config, as_of)
    names = {c: (name, address) for c, name, address in store.wallet_contacts(db)}
    day = as_of.toordinal()
    figures = [evaluate(s, day, config, *names[c]) for c, s in states.items() if s.sent + s.received > 0]
    return sorted(figures, key=lambda f: (-round(f.given, 2), f.address))


SORTS = ("given", "reciprocity", "last")


def select_rows(
    rows: Sequence[ContactFigures], *, since: date | None = None, sort: str = "given", limit: int | None = None
) -> list[ContactFigures]:
    """The report's rows: contacts with mail since a day, sorted (given: largest first;
    reciprocity: the most one-sided against me first; last: most recent first), the first N."""
    chosen = [r for r in rows if since is None or (r.last_contact or "")[:10] >= since.isoformat()]
    if sort == "given":
        chosen.sort(key=lambda r: (-round(r.given, 2), r.address))
    elif sort == "reciprocity":
        chosen.sort(key=lambda r: (r.reciprocity is None, round(r.reciprocity or 0.0, 2), r.address))
    elif sort == "last":
        chosen.sort(key=lambda r: (r.last_contact or "", r.address), reverse=True)
    else:
        raise ValueError(f"unknown sort {sort!r}")
    return chosen[:limit] if limit is not None else chosen


def list_alerts(db: sqlite_utils.Database, config: Config, as_of: date, *, include_all: bool = False) -> list[AlertRow]:
    """Open alerts on the report date; with include_all, every alert ever opened by then
    (acknowledged and closed ones too), newest first."""
    wallet = refresh(db, config, as_of)
    if not include_all:
        return list(wallet.open_alerts)
    current = {a.id: a for a in wallet.alerts if a.id is not None}
    names = {c: (name, address) for c, name, address in store.wallet_contacts(db)}
    out = []
    for row in store.wallet_alerts(db, opened_by=as_of.isoformat()):
        if row["id"] in current:
            out.append(current[row["id"]])
            continue
        name, address = names.get(row["contact"], (None, "?"))
        out.append(AlertRow(
            id=row["id"], contact=row["contact"], name=name, address=address, kind=row["kind"],
            status=row["status"], opened=row["opened"], closed=row["closed"], detail=row["detail"] or "",
            suggestion="",
        ))
    extra = [a for a in wallet.alerts if a.id is None]
    return extra + sorted(out, key=lambda a: (a.opened or "", a.id or 0), reverse=True)


def acknowledge(db: sqlite_utils.Database, alert_id: int) -> dict:
    """Acknowledge an alert: it stays quiet until its condition stops and starts again."""
    alert = store.get_alert(db, alert_id)
    if alert["status"] == "closed":
        raise InboxwalletError(f"alert {alert_id} is closed already (its condition stopped on {alert['closed']})")
    return store.ack_alert(db, alert_id)


# -- one contact in depth -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ContactDetail:
    figures: ContactFigures
    addresses: tuple[str, ...]
    replies: ReplyStats
    stages: tuple[tuple[str, str], ...]  # (YYYY-MM, stage)
    timeline: tuple[Event, ...]  # most recent first
    alerts: tuple[AlertRow, ...]  # open and acknowledged


def contact_detail(
    db: sqlite_utils.Database, config: Config, who: str, as_of: date, *, recent: int = 15
) -> ContactDetail:
    """One contact in depth: figures, reply behaviour, stage by month, recent mail, alerts."""
    contact = store.find_contact(db, who)
    names = {c: (name, address) for c, name, address in store.wallet_contacts(db)}
    if contact not in names:
        raise NotFound(f"{who!r} is ignored (see inboxwallet contacts --all)")
    wallet = refresh(db, config, as_of)
    day = as_of.toordinal()
    before = cutoff(as_of)
    me = identity(db, config)
    events = events_from_rows(
        store.stored_wallet_events(db, weights=config.wallet.weights, before=before, contacts=[contact]), config
    ).get(contact, [])
    intros = intros_from_rows(
        store.wallet_intro_candidates(db, my_addresses=me, before=before, contacts=[contact])
    ).get(contact, [])
    figures = next((r for r in wallet.rows if r.contact == contact), None)
    if figures is None:
        figures = evaluate(build_state(contact, [], [], day, config), day, config, *names[contact])
    return ContactDetail(
        figures=figures,
        addresses=store.wallet_addresses(db, contact),
        replies=reply_stats(events, day, config.wallet.reply_window_days),
        stages=tuple(stage_history(contact, events, intros, day, config)),
        timeline=tuple(sorted(events, key=lambda e: (e.date, e.message), reverse=True)[:recent]),
        alerts=tuple(a for a in wallet.alerts if a.contact == contact),
    )
