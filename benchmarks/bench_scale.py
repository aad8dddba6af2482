"""Sync, classify and report at scale: one store of N messages (default 200,000).

    python benchmarks/bench_scale.py [--n 200000] [--small N/4] [--workers W] [--db-dir DIR]
                                     [--sync-no-classify] [--skip-small] [--keep]

The mailbox is synthetic_mail.mailbox(n): 400 people written to (a few often, most rarely),
threads, group mail, cold pitches, and about a third bulk (newsletters, notifications,
auto-replies, bounces). It goes into a private Dovecot (tests/servers.py, 127.0.0.1 only,
loaded with append_many), and every step runs the `inboxwallet` command as a child process:

1. the first `--small` messages are loaded and synced into a fresh store (peak memory at the
   small size);
2. the rest is loaded and all N are synced into a second fresh store (peak memory at N);
3. on the big store: a no-change re-sync, `classify --all` (a new model scoring everything
   again), the first `report` (every contact's state computed), `report` again, `alerts`,
   `contact` (the busiest person), `purge --before` (the older half of the text, VACUUM),
   `forget` (the busiest person, VACUUM), and PRAGMA integrity_check / foreign_key_check.

Sync tags new mail with the installed model as a user's sync does (`--sync-no-classify`
leaves that to a `classify` step instead). Peak memory of each command is measured twice:
ru_maxrss of RUSAGE_CHILDREN, read in a small launcher process that only starts the command
(the largest single process of its tree, parser workers included, since each is waited for),
and the largest sum of PSS over the tree, sampled every 0.2 s (what the machine must have
free: shared pages counted once). Needs root (Dovecot drops to its own user).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

from measure import hwm_kib, process_tree, pss_kib  # noqa: E402
from servers import start_dovecot  # noqa: E402
from synthetic_mail import ME, Mix, mailbox  # noqa: E402

RSS_LIMIT_MB = 300.0

# Starts the command and reports what the kernel kept of its children's resource use. Being a
# fresh, small interpreter matters: a child carries its parent's peak RSS in ru_maxrss (fork),
# so the launcher must not be this script, which holds the generator and the Dovecot helper.
LAUNCHER = """
import json, resource, subprocess, sys
rc = subprocess.call(sys.argv[2:])
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    json.dump({"rc": rc, "maxrss_kib": ru.ru_maxrss, "cpu": ru.ru_utime + ru.ru_stime}, f)
sys.exit(rc)
"""


@dataclass
class Step:
    name: str
    seconds: float
    cpu: float = float("nan")
    maxrss_mb: float = float("nan")  # RUSAGE_CHILDREN: the largest process
    tree_pss_mb: float = float("nan")  # the largest sum over the tree
    main_mb: float = float("nan")  # VmHWM of the inboxwallet process itself
    worker_mb: float = float("nan")  # VmHWM of its largest child (a parser worker), 0 if none
    note: str = ""
    output: str = field(default="", repr=False)


def command(name: str, argv: list[str], env: dict[str, str], scratch: Path) -> Step:
    """Run an inboxwallet command through the launcher; its time, CPU and peak memory."""
    result = scratch / "rusage.json"
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(result), *argv], env=env,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    sampler = TreePss(child.pid)
    sampler.start()
    out, err = child.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    if child.returncode != 0:
        raise SystemExit(f"{name} failed ({child.returncode}):\n{err.decode(errors='replace')[-3000:]}")
    usage = json.loads(result.read_text())
    text = err.decode("utf-8", "replace").strip()
    step = Step(
        name, seconds, usage["cpu"], usage["maxrss_kib"] / 1024, sampler.peak_kib / 1024,
        sampler.main_kib / 1024, sampler.worker_kib / 1024,
        note=text.splitlines()[-1] if text else "", output=out.decode("utf-8", "replace"),
    )
    progress(step)
    return step


class TreePss(threading.Thread):
    """The largest sum of Pss (smaps_rollup) over the launcher's tree, and the high-water RSS
    (VmHWM) of the command itself (the launcher's child) and of its largest child."""

    def __init__(self, root: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.root, self.interval, self.peak_kib = root, interval, 0
        self.main_kib = self.worker_kib = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            tree = process_tree(self.root)
            self.peak_kib = max(self.peak_kib, sum(pss_kib(pid) for pid, _ in tree))
            for pid, depth in tree:
                if depth == 1:
                    self.main_kib = max(self.main_kib, hwm_kib(pid))
                elif depth > 1:
                    self.worker_kib = max(self.worker_kib, hwm_kib(pid))
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def load(dovecot: object, stream: object, count: int) -> tuple[int, int]:
    """Append the next `count` messages of the stream; returns (messages, bytes)."""
    batches: dict[str, list[bytes]] = {"INBOX": [], "Sent": []}
    n = size = 0
    for folder, raw in stream:  # type: ignore[attr-defined]
        batches[folder].append(raw)
        n += 1
        size += len(raw)
        if len(batches[folder]) >= 1000:
            dovecot.append_many(folder, batches[folder])  # type: ignore[attr-defined]
            batches[folder] = []
        if n == count:
            break
    for folder, rest in batches.items():
        if rest:
            dovecot.append_many(folder, rest)  # type: ignore[attr-defined]
    return n, size


def db_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file() and not p.name.endswith(".lock"))


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "SELECT count(*), sum(bulk_reason IS NOT NULL), sum(direction = 'sent'), count(text) FROM messages"
        ).fetchone()
        contacts = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        tagged = conn.execute("SELECT count(DISTINCT message) FROM tags").fetchone()[0]
    return {"messages": row[0], "bulk": row[1] or 0, "sent": row[2] or 0, "with_text": row[3],
            "contacts": contacts, "tagged": tagged}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=200_000, help="messages in the big store (default 200,000)")
    parser.add_argument("--small", type=int, default=None, help="messages in the small store (default N/4)")
    parser.add_argument("--workers", type=int, default=None, help="inboxwallet parser processes (default: its own)")
    parser.add_argument("--db-dir", type=Path, default=None, help="where the stores go (default: a temp dir on disk)")
    parser.add_argument("--sync-no-classify", action="store_true", help="sync untagged, then `classify` (not --all)")
    parser.add_argument("--skip-small", action="store_true", help="no small store (no memory comparison)")
    parser.add_argument("--keep", action="store_true", help="keep the big store and print where it is")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root: the private Dovecot drops to its own user")
    small = args.small or args.n // 4
    mix = Mix()
    end = (mix.start + timedelta(minutes=mix.minutes_apart * args.n)).date()
    middle = (mix.start + timedelta(minutes=mix.minutes_apart * args.n / 2)).date()

    work = Path(tempfile.mkdtemp(prefix="iwscale-"))
    stores = Path(tempfile.mkdtemp(prefix="iwscale-db-", dir=args.db_dir or "/var/tmp"))
    dovecot = start_dovecot(work / "dovecot")
    config = work / "config.toml"
    config.write_text(
        f'[identity]\naddresses = ["{ME}"]\n\n'
        f'[[accounts]]\nname = "bench"\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = "none"\n'
        f'username = "{dovecot.user}"\npassword_env = "IW_BENCH_PASSWORD"\n'
    )
    env = {**os.environ, "IW_BENCH_PASSWORD": dovecot.password, "INBOXWALLET_HOME": str(work / "home")}
    exe = shutil.which("inboxwallet") or "inboxwallet"

    def iw(db: Path, *rest: str) -> list[str]:
        return [exe, "--config", str(config), "--db", str(db), *rest]

    sync_args = ["sync"] + (["--workers", str(args.workers)] if args.workers else [])
    if args.sync_no_classify:
        sync_args.append("--no-classify")
    steps: list[Step] = []
    facts: list[str] = []
    print(f"N = {args.n:,} (small {small:,}); mail dated {mix.start.date()} to {end}; cores {os.cpu_count()}; "
          f"stores in {stores}; load average {os.getloadavg()[0]:.2f}", flush=True)
    try:
        stream = iter(mailbox(args.n, mix))
        big = stores / "big.db"
        if not args.skip_small:
            started = time.perf_counter()
            n1, b1 = load(dovecot, stream, small)
            steps.append(Step(f"load {n1:,} into Dovecot (append_many)", time.perf_counter() - started, note=f"{b1 / 1e6:.0f} MB"))
            small_db = stores / "small.db"
            steps.append(command(f"sync, fresh store, {n1:,} messages", iw(small_db, *sync_args), env, work))
            steps[-1].note += f" | store {db_bytes(small_db) / 1e6:.0f} MB"
            facts.append(f"small store: {counts(small_db)}")
            for p in stores.glob("small.db*"):
                p.unlink()
        started = time.perf_counter()
        n2, b2 = load(dovecot, stream, args.n - (0 if args.skip_small else small))
        steps.append(Step(f"load {n2:,} more into Dovecot", time.perf_counter() - started, note=f"{b2 / 1e6:.0f} MB"))
        steps.append(command(f"sync, fresh store, {args.n:,} messages", iw(big, *sync_args), env, work))
        steps[-1].note += f" | store {db_bytes(big) / 1e6:.0f} MB"
        facts.append(f"big store after sync: {counts(big)}")
        steps.append(command("sync, no change", iw(big, *sync_args), env, work))
        classify = ["classify"] if args.sync_no_classify else ["classify", "--all"]
        steps.append(command(" ".join(classify), iw(big, *classify), env, work))
        as_of = ["--as-of", end.isoformat()]
        steps.append(command("report, first (every state computed)", iw(big, "report", *as_of, "--format", "json"), env, work))
        report = json.loads(steps[-1].output)
        steps[-1].note = f"{len(report['contacts'])} contacts, {report['open_alerts']} open alerts"
        steps.append(command("report, again", iw(big, "report", *as_of), env, work))
        steps.append(command("alerts", iw(big, "alerts", *as_of), env, work))
        busiest = max(report["contacts"], key=lambda r: r["sent"] + r["received"])
        steps.append(command(f"contact (busiest: {busiest['sent'] + busiest['received']:,} messages)",
                             iw(big, "contact", busiest["address"], *as_of), env, work))
        size = db_bytes(big)
        steps.append(command(f"purge --before {middle} (VACUUM)", iw(big, "purge", "--before", middle.isoformat(), "--yes"), env, work))
        steps[-1].note += f" | files {size / 1e6:.0f} -> {db_bytes(big) / 1e6:.0f} MB"
        size = db_bytes(big)
        steps.append(command("forget the busiest contact (VACUUM)", iw(big, "forget", busiest["address"], "--yes"), env, work))
        steps[-1].note += f" | files {size / 1e6:.0f} -> {db_bytes(big) / 1e6:.0f} MB"
        started = time.perf_counter()
        with sqlite3.connect(big) as conn:
            integrity = conn.execute("PRAGMA integrity_check").fetchall()
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        steps.append(Step("integrity_check + foreign_key_check", time.perf_counter() - started,
                          note=f"{integrity[0][0]}, {len(foreign)} foreign-key problems"))
        facts.append(f"big store at the end: {counts(big)}")
    finally:
        dovecot.stop()
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(stores, ignore_errors=True)

    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")
    for fact in facts:
        print(fact)
    print()
    print("| step | seconds | msg/s | CPU s | peak RSS MB (largest process) | main / worker | peak PSS MB (whole tree) | notes |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for s in steps:
        n = _messages_in(s.name)
        rate = f"{n / s.seconds:,.0f}" if n and s.name.startswith("sync, fresh") else ""
        cpu = "" if s.cpu != s.cpu else f"{s.cpu:.1f}"
        rss = "" if s.maxrss_mb != s.maxrss_mb else f"{s.maxrss_mb:.0f}"
        pss = "" if s.tree_pss_mb != s.tree_pss_mb else f"{s.tree_pss_mb:.0f}"
        roles = "" if s.main_mb != s.main_mb else f"{s.main_mb:.0f} / {s.worker_mb:.0f}"
        print(f"| {s.name} | {s.seconds:.1f} | {rate} | {cpu} | {rss} | {roles} | {pss} | {s.note} |")
    syncs = [s for s in steps if s.name.startswith("sync, fresh")]
    if syncs:
        worst = max(s.maxrss_mb for s in syncs)
        print(f"\npeak RSS of sync (largest process): {', '.join(f'{s.maxrss_mb:.0f} MB ({s.name[19:]})' for s in syncs)}; "
              f"under {RSS_LIMIT_MB:.0f} MB: {'yes' if worst < RSS_LIMIT_MB else 'NO'}")
    if args.keep:
        print(f"kept {big}")


def progress(step: Step) -> None:
    print(f"  {step.name}: {step.seconds:.1f} s, peak RSS {step.maxrss_mb:.0f} MB (main {step.main_mb:.0f}, "
          f"worker {step.worker_mb:.0f}), tree PSS {step.tree_pss_mb:.0f} MB "
          f"(load average {os.getloadavg()[0]:.2f})", file=sys.stderr, flush=True)


def _messages_in(name: str) -> int:
    digits = "".join(c for c in name.split("store, ")[-1].split(" messages")[0] if c.isdigit())
    return int(digits) if digits else 0


if __name__ == "__main__":
    main()
