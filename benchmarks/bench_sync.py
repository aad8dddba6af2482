"""Time `inboxwallet sync` against mbsync and mbsync + notmuch, side by side, in one run.

    python benchmarks/bench_sync.py [--n 20000] [--workers N] [--no-classify] [--profile FILE]

Loads N synthetic messages (benchmarks/synthetic_mail.py: 2-4 KB typical, one in 50 with a
200 KB attachment, one in 7 in Sent) into a private Dovecot (tests/servers.py, 127.0.0.1
only), then times, each as a child process:

1. a first `inboxwallet sync` into a fresh database (tagging new mail with the installed
   model, as a user's sync does; --no-classify leaves that out);
2. a no-change re-sync;
3. `mbsync` pulling the same two folders into a Maildir (the wire limit);
4. `mbsync` into a fresh Maildir followed by `notmuch new` (a local, indexed mail database).

Everything written (database, Maildirs, notmuch index) lives on tmpfs (/dev/shm), so disks
do not decide the race. Peak RSS is the largest process of each child's tree (VmHWM); tree
PSS the largest sum of PSS over the tree (benchmarks/measure.py). Needs
root (Dovecot drops to its own user); installs isync and notmuch with apt-get if missing.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(HERE))

from measure import cpu_ticks, hwm_kib, process_tree, pss_kib  # noqa: E402
from servers import start_dovecot  # noqa: E402
from synthetic_mail import messages  # noqa: E402

TARGET_RATE = 1500.0  # messages per second, first sync
TARGET_RESYNC = 1.0  # seconds


@dataclass
class Run:
    name: str
    seconds: float
    peak_rss_mb: float
    tree_pss_mb: float
    cpu_seconds: float
    output: str
    timeline: list[tuple[float, int]] = field(default_factory=list)


def run(name: str, argv: list[str], env: dict[str, str] | None = None) -> Run:
    """Run a child: wall-clock time and the peak RSS of the biggest process in its tree."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak = PeakRss(child.pid)
    peak.start()
    assert child.stdout is not None
    output = child.stdout.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(child.pid, 0)  # CPU time of the child and its workers
    seconds = time.perf_counter() - started
    peak.stop()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{name} failed ({child.returncode}):\n{output}")
    return Run(name, seconds, peak.kib / 1024, peak.tree_pss_kib / 1024, usage.ru_utime + usage.ru_stime, output,
               peak.timeline)


class PeakRss(threading.Thread):
    """Polls a process and its descendants: the largest VmHWM (a process's own high-water
    RSS) and the largest sum of PSS over the tree (shared pages counted once).

    Not getrusage/wait4: a child forked (or vforked) from this Python process carries this
    process's RSS as its ru_maxrss across exec, which would report 55 MB for mbsync.
    Every 0.1 s: polling every 0.02 s took a tenth of a core from the 2 the sync runs on."""

    def __init__(self, root: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.root, self.interval, self.kib, self.tree_pss_kib = root, interval, 0, 0
        self._done = threading.Event()
        self._polls = 0
        self.timeline: list[tuple[float, int]] = []  # (seconds since start, CPU ticks of the tree)
        self._ticks: dict[int, int] = {}  # last reading of each process, so ended workers still count

    def run(self) -> None:
        while not self._done.is_set():
            tree = process_tree(self.root)
            for pid, _ in tree:
                self.kib = max(self.kib, hwm_kib(pid))
                self._ticks[pid] = max(self._ticks.get(pid, 0), cpu_ticks(pid))
            self.timeline.append((time.perf_counter(), sum(self._ticks.values())))
            if self._polls % 2 == 0:  # smaps_rollup costs more to read: every 0.2 s
                self.tree_pss_kib = max(self.tree_pss_kib, sum(pss_kib(pid) for pid, _ in tree))
            self._polls += 1
            self._done.wait(self.interval)

    def stop(self) -> None:
        self._done.set()
        self.join()


def ensure_tools() -> None:
    missing = [pkg for tool, pkg in (("mbsync", "isync"), ("notmuch", "notmuch")) if not shutil.which(tool)]
    if missing:
        print(f"installing {' '.join(missing)} with apt-get ...", file=sys.stderr)
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def load(dovecot: object, n: int) -> tuple[dict[str, int], int]:
    """Append the synthetic mailbox; returns messages per folder and total bytes."""
    batches: dict[str, list[bytes]] = {"INBOX": [], "Sent": []}
    counts = {"INBOX": 0, "Sent": 0}
    total = 0
    for folder, raw in messages(n):
        batches[folder].append(raw)
        counts[folder] += 1
        total += len(raw)
        if len(batches[folder]) >= 1000:
            dovecot.append_many(folder, batches[folder])  # type: ignore[attr-defined]
            batches[folder] = []
    for folder, rest in batches.items():
        if rest:
            dovecot.append_many(folder, rest)  # type: ignore[attr-defined]
    return counts, total


def mbsync_config(path: Path, dovecot: object, maildir: Path) -> Path:
    d = dovecot
    maildir.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"IMAPAccount bench\nHost {d.host}\nPort {d.port}\nUser {d.user}\nPass {d.password}\n"  # type: ignore[attr-defined]
        "SSLType None\nAuthMechs LOGIN\n\n"
        "IMAPStore bench-remote\nAccount bench\n\n"
        f"MaildirStore bench-local\nPath {maildir}/\nInbox {maildir}/INBOX\nSubFolders Verbatim\n\n"
        "Channel bench\nFar :bench-remote:\nNear :bench-local:\nPatterns INBOX Sent\n"
        "Create Near\nSync Pull\nSyncState *\nExpunge None\n"
    )
    path.chmod(0o600)
    return path


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def parse_bytes(text: str) -> float:
    """Bytes from the sync summary's '(12.3 MB)'."""
    match = re.search(r"fetched [\d,]+ \(([\d.]+) ([KMG]?B)\)", text)
    if not match:
        return float("nan")
    scale = {"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9}[match.group(2)]
    return float(match.group(1)) * scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="messages to load (default 20,000)")
    parser.add_argument("--workers", type=int, default=None, help="inboxwallet parser processes (default: its own)")
    parser.add_argument("--no-classify", action="store_true", help="sync without tagging (the model's share of the time)")
    parser.add_argument("--profile", type=Path, help="also write a cProfile of the first sync here")
    parser.add_argument("--timeline", action="store_true", help="print how many cores the first sync kept busy, second by second")
    parser.add_argument("--repeat", type=int, default=1,
                        help="first syncs to run, each into a fresh store; the target is held against their median")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("run as root: the private Dovecot drops to its own user")
    ensure_tools()

    shm = Path(tempfile.mkdtemp(prefix="iwbench-", dir="/dev/shm"))
    work = Path(tempfile.mkdtemp(prefix="iwbench-"))
    dovecot = start_dovecot(work / "dovecot")
    try:
        started = time.perf_counter()
        counts, total_bytes = load(dovecot, args.n)
        n = sum(counts.values())
        print(f"loaded {n:,} messages ({total_bytes / 1e6:.1f} MB; INBOX {counts['INBOX']:,}, "
              f"Sent {counts['Sent']:,}) in {time.perf_counter() - started:.1f} s; cores: {os.cpu_count()}")

        config = shm / "config.toml"
        config.write_text(
            '[identity]\naddresses = ["maya@lindqvist.example"]\n\n'
            f'[[accounts]]\nname = "bench"\nhost = "127.0.0.1"\nport = {dovecot.port}\ntls = "none"\n'
            f'username = "{dovecot.user}"\npassword_env = "IW_BENCH_PASSWORD"\n'
        )
        env = {**os.environ, "IW_BENCH_PASSWORD": dovecot.password, "INBOXWALLET_HOME": str(shm / "home")}
        def sync_argv(db: Path) -> list[str]:
            argv = [shutil.which("inboxwallet") or "inboxwallet", "--config", str(config), "--db", str(db), "sync"]
            if args.workers:
                argv += ["--workers", str(args.workers)]
            if args.no_classify:
                argv.append("--no-classify")
            return argv

        sync = sync_argv(shm / "iw.db")
        profiled = [sys.executable, "-m", "cProfile", "-o", str(args.profile), *sync] if args.profile else sync
        if os.environ.get("IW_BENCH_PYSPY"):  # sampling profile of every process: py-spy record -f raw
            profiled = ["py-spy", "record", "--subprocesses", "-r", "200", "-f", "raw", "-o", os.environ["IW_BENCH_PYSPY"], "--", *sync]

        load_before = f"{os.getloadavg()[0]:.2f}"
        first = run("inboxwallet sync (first)", profiled, env)
        resync = run("inboxwallet sync (no change)", sync, env)
        first_rates = [n / first.seconds]
        for k in range(1, max(1, args.repeat)):  # the same mailbox into a fresh store and home
            fresh = {**env, "INBOXWALLET_HOME": str(shm / f"home{k}")}
            first_rates.append(n / run(f"inboxwallet sync (first, run {k + 1})", sync_argv(shm / f"iw{k}.db"), fresh).seconds)

        rc = mbsync_config(shm / "mbsyncrc", dovecot, shm / "maildir")
        wire = run("mbsync", ["mbsync", "-q", "-c", str(rc), "-a"])
        maildir_bytes = du(shm / "maildir")

        rc2 = mbsync_config(shm / "mbsyncrc2", dovecot, shm / "maildir2")
        notmuch_cfg = shm / "notmuch-config"
        notmuch_cfg.write_text(f"[database]\npath={shm / 'maildir2'}\n[new]\ntags=new\n[search]\nexclude_tags=\n")
        nm_env = {**os.environ, "NOTMUCH_CONFIG": str(notmuch_cfg)}
        pull = run("mbsync (for notmuch)", ["mbsync", "-q", "-c", str(rc2), "-a"])
        index = run("notmuch new", ["notmuch", "new", "--quiet"], nm_env)
    finally:
        dovecot.stop()
        shutil.rmtree(shm, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)

    iw_bytes = parse_bytes(first.output)
    mn = pull.seconds + index.seconds
    rows = [
        ("inboxwallet sync, first", first.seconds, n / first.seconds, iw_bytes, first.cpu_seconds, first.peak_rss_mb,
         first.tree_pss_mb),
        ("inboxwallet sync, no change", resync.seconds, float("nan"), parse_bytes(resync.output), resync.cpu_seconds,
         resync.peak_rss_mb, resync.tree_pss_mb),
        ("mbsync (wire limit)", wire.seconds, n / wire.seconds, maildir_bytes, wire.cpu_seconds, wire.peak_rss_mb,
         wire.tree_pss_mb),
        ("mbsync + notmuch new", mn, n / mn, maildir_bytes, pull.cpu_seconds + index.cpu_seconds,
         max(pull.peak_rss_mb, index.peak_rss_mb), max(pull.tree_pss_mb, index.tree_pss_mb)),
    ]
    print(f"\nN = {n:,} messages, {total_bytes / 1e6:.1f} MB on the server; load average before/after: {load_before} / {os.getloadavg()[0]:.2f}\n")
    print(f"{'':30} {'seconds':>8} {'msg/s':>8} {'MB fetched':>11} {'CPU s':>7} {'peak RSS MB':>12} {'tree PSS MB':>12}")
    for name, seconds, rate, fetched, cpu, rss, pss in rows:
        rate_text = f"{rate:8,.0f}" if rate == rate else f"{'-':>8}"
        print(f"{name:30} {seconds:8.2f} {rate_text} {fetched / 1e6:11.1f} {cpu:7.2f} {rss:12.0f} {pss:12.0f}")
    print("  (peak RSS: the largest single process; tree PSS: the whole tree, shared pages once, sampled)")
    print(f"  (mbsync + notmuch new = {pull.seconds:.2f} s + {index.seconds:.2f} s)")
    print()
    print(f"first sync vs mbsync + notmuch: {mn / first.seconds:.2f}x as fast")
    print(f"first sync vs mbsync alone:     {wire.seconds / first.seconds:.2f}x as fast")
    print(f"bytes fetched vs mbsync:        {iw_bytes / max(maildir_bytes, 1):.2f}x")
    print()
    rate = statistics.median(first_rates)
    if len(first_rates) > 1:
        print(f"first sync, {len(first_rates)} runs: " + ", ".join(f"{r:,.0f}" for r in first_rates) + f" msg/s; median {rate:,.0f}")
    print(f"target first sync >= {TARGET_RATE:,.0f} msg/s: {'met' if rate >= TARGET_RATE else 'MISSED'} ({rate:,.0f})")
    print(f"target faster than mbsync + notmuch: {'met' if first.seconds < mn else 'MISSED'}")
    print(f"target no-change re-sync < {TARGET_RESYNC:.0f} s: {'met' if resync.seconds < TARGET_RESYNC else 'MISSED'} ({resync.seconds:.2f} s)")
    print(f"summary line: {first.output.strip().splitlines()[-1] if first.output.strip() else '(quiet)'}")
    if args.timeline:
        print("\nfirst sync, cores busy per second (the whole process tree):")
        print("  " + " ".join(f"{busy:.1f}" for busy in cores_busy(first.timeline)))


def cores_busy(timeline: list[tuple[float, int]], step: float = 1.0) -> list[float]:
    """CPU ticks of the tree per `step` seconds, as cores busy (2.0 = both cores all the time)."""
    if len(timeline) < 2:
        return []
    hz = os.sysconf("SC_CLK_TCK")
    start, out = timeline[0][0], []
    edge, last_ticks = start + step, timeline[0][1]
    for at, ticks in timeline:
        if at >= edge:
            out.append((ticks - last_ticks) / hz / (at - edge + step))
            edge, last_ticks = at + step, ticks
    return out


if __name__ == "__main__":
    main()
