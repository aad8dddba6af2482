"""One hook for the fault tests (tests/test_faults.py), and nothing else.

`pause_point(name)` marks a place where a crash is worth proving harmless. With the
environment variable INBOXWALLET_TEST_PAUSE_AT=name (or name:N, the Nth time the point is
reached) the process writes `inboxwallet: paused at name` to stderr and sleeps, so that a
test can SIGKILL a real `inboxwallet` process exactly there. Without the variable a pause
point does nothing. It is the only place outside cli.py and config.py that reads the
environment, and only for this.

The points:
  ingest    a batch's messages are committed; its tags and new contacts are not yet
  classify  the model has scored a batch; nothing of the batch is saved yet (in a parser
            process when --workers > 1, which dies with its parent: PR_SET_PDEATHSIG)
  refresh   the wallet's per-contact states are saved; its figures and alerts are not yet
  alerts    the wallet's figures are saved; the alerts drawn from them are not yet
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter

PAUSE_ENV = "INBOXWALLET_TEST_PAUSE_AT"
_reached: Counter[str] = Counter()


def pause_point(name: str) -> None:
    """Sleep here (for a test to kill the process) when INBOXWALLET_TEST_PAUSE_AT says so."""
    wanted = os.environ.get(PAUSE_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] != int(nth or 1):
        return
    sys.stderr.write(f"inboxwallet: paused at {name}\n")
    sys.stderr.flush()
    time.sleep(300)
