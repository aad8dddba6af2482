"""What the benchmarks read about a running command's process tree, from /proc (Linux).

Peak RSS is each process's own high-water mark (VmHWM); the tree's memory is the sum of PSS
(smaps_rollup), where pages shared between a parent and its forked workers count once."""

from __future__ import annotations

import os
from pathlib import Path


def process_tree(root: int) -> list[tuple[int, int]]:
    """(pid, depth) of root (depth 0) and every descendant."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    tree, frontier, depth = [(root, 0)], [root], 0
    while frontier:
        depth += 1
        frontier = [c for pid in frontier for c in children.get(pid, [])]
        tree += [(pid, depth) for pid in frontier]
    return tree


def hwm_kib(pid: int) -> int:
    """The process's own peak RSS so far."""
    return _field(f"/proc/{pid}/status", "VmHWM:")


def pss_kib(pid: int) -> int:
    """The process's proportional share of the memory it maps now."""
    return _field(f"/proc/{pid}/smaps_rollup", "Pss:")


def _field(path: str, name: str) -> int:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(name):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def cpu_ticks(pid: int) -> int:
    """User + system clock ticks the process has used so far (os.sysconf('SC_CLK_TCK') a second)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return 0
