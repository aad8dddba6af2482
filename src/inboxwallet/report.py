"""Rendering for the terminal (and later json / csv / markdown). Pure: strings in, strings out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import ContactRow

_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]|\x9b[0-9;?]*[ -/]*[@-~]")


def safe(text: object) -> str:
    """Make text from mail harmless on a terminal: no escape sequences, no control or
    bidi-override characters, one line."""
    value = _ANSI.sub("", str(text))
    out = []
    for ch in value:
        if ch in "\n\r\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue  # controls, zero-width and bidi overrides, surrogates, unassigned
        else:
            out.append(ch)
    return "".join(out).strip()


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def truncate(text: str, limit: int) -> str:
    if width(text) <= limit:
        return text
    out, used = [], 0
    for ch in text:
        w = width(ch)
        if used + w > limit - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    *,
    align: str = "",
    empty: str = "(nothing to show)",
    max_width: int = 40,
) -> str:
    """A plain aligned text table; `align` has one l or r per column."""
    if not rows:
        return empty
    cells = [[truncate(str(c), max_width) for c in row] for row in rows]
    widths = [max(width(h), *(width(r[i]) for r in cells)) for i, h in enumerate(headers)]
    align = align.ljust(len(headers), "l")

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - width(value))
            parts.append(pad + value if align[i] == "r" else value + pad)
        return "  ".join(parts).rstrip()

    return "\n".join([line(list(headers)), line(["-" * w for w in widths]), *(line(r) for r in cells)])


def contacts_table(rows: Sequence[ContactRow]) -> str:
    return table(
        ["name", "address", "sent", "received", "last contact"],
        [
            [safe(r.name or ""), safe(", ".join(r.addresses)), r.sent, r.received, (r.last_contact or "")[:10]]
            for r in rows
        ],
        align="llrrl",
        empty="no contacts yet (a person becomes one once you write to them)",
    )
