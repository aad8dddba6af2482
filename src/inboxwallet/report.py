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


def metrics_table(result: dict) -> str:
    rows = [
        [tag, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}", m["support"]]
        for tag, m in result["tags"].items()
    ]
    rows.append(["macro", "", "", f"{result['macro_f1']:.3f}", result["n"]])
    return table(["tag", "precision", "recall", "F1", "support"], rows, align="lrrrr")


def render_message(record: dict, why: dict[str, list[tuple[str, float]]]) -> str:
    """One stored message for the terminal: headers, author text, tags and their reasons."""
    to = ", ".join(safe(r["address"]) for r in record.get("recipients", []) if r["kind"] in ("to", "cc"))
    sender = safe(record.get("from_name") or "")
    sender = f"{sender} <{safe(record.get('from_address') or '')}>" if sender else safe(record.get("from_address") or "")
    lines = [
        f"message {record['id']}  {record.get('date') or 'no date'}  {record['direction']}",
        f"from:    {sender}",
        f"to:      {truncate(to, 100)}",
        f"subject: {safe(record.get('subject') or '')}",
    ]
    if record.get("bulk_reason"):
        lines.append(f"bulk:    {safe(record['bulk_reason'])} (never counts)")
    text = record.get("text")
    lines.append("")
    if text is None:
        lines.append("(text not stored)")
    else:
        body = [_clean_line(line) for line in text.splitlines()[:40]]
        lines.extend("  " + line for line in body)
        if len(text.splitlines()) > 40:
            lines.append("  …")
    tags = record.get("tags", [])
    if tags:
        lines.append("")
        user = {t["tag"]: t for t in tags if t["source"] == "user"}
        for t in tags:
            if t["source"] != "model":
                continue
            mark = "+" if t["assigned"] else " "
            note = ""
            if t["tag"] in user:
                note = f"  (your label: {'yes' if user[t['tag']]['assigned'] else 'no'})"
            words = ", ".join(w for w, _ in why.get(t["tag"], []))
            because = f"  because: {safe(words)}" if words and t["assigned"] else ""
            lines.append(f" {mark} {t['tag']:<17} {t['score']:.2f}{note}{because}")
        if user and not any(t["source"] == "model" for t in tags):
            lines.append("   your labels: " + (", ".join(t for t, v in user.items() if v["assigned"]) or "none"))
    return "\n".join(lines)


def _clean_line(line: str) -> str:
    return "".join(ch if ch == "\t" or ch.isprintable() else "" for ch in _ANSI.sub("", line)).replace("\t", "    ")
