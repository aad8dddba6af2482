"""Rendering for the terminal (and later json / csv / markdown). Pure: strings in, strings out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import ContactRow
    from .wallet import AlertRow, ContactDetail, ContactFigures, Wallet

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


# -- the wallet: report, alerts, contact ------------------------------------------------------------
# Every string that comes from mail (names, addresses, subjects, alert details quoting them) goes
# through safe(). Colour only when asked (the CLI asks when standard output is a terminal).

_BARS = "▂▃▄▅▆▇█"
_STYLES = {"red": "31", "green": "32", "yellow": "33", "dim": "2", "bold": "1"}


def _safe(text: object) -> str:
    """safe(), with a shortcut for the common case: printable ASCII has no escape sequence,
    control or bidi character, so safe() would only strip it."""
    if isinstance(text, str) and text.isascii() and text.isprintable():
        return text.strip()
    return safe(text)


def _width(text: str) -> int:
    return len(text) if text.isascii() else width(text)


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit // 2 or _width(text) <= limit else truncate(text, limit)


def _paint(text: str, style: str | None, color: bool) -> str:
    if not color or not style or not text:
        return text
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m"


def sparkline(values: Sequence[float]) -> str:
    """One character per value: · nothing, ▁ below zero, ▂ to █ scaled to the largest."""
    top = max(values, default=0.0)
    scale = len(_BARS) / top if top > 0 else 0.0
    last = len(_BARS) - 1
    return "".join(
        "·" if -0.005 < v < 0.005 else "▁" if v < 0 else _BARS[min(last, int(v * scale - 1e-9))]
        for v in values
    )


def _num(value: float | None, *, signed: bool = False) -> str:
    if value is None:
        return "—"
    value = round(value, 2) + 0.0  # no "-0.00"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


def _who(name: str | None, address: str) -> str:
    return _safe(name) if name else _safe(address)


def _layout(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    align: str,
    styles: Sequence[Sequence[str | None]] = (),
    *,
    color: bool = False,
    limits: Sequence[int] = (),
) -> str:
    """An aligned table like table(), with colour applied after the padding so it stays aligned."""
    limits = list(limits) or [40] * len(headers)
    cells = [[_truncate(c, limits[i]) for i, c in enumerate(row)] for row in rows]
    sizes = [[_width(c) for c in row] for row in cells]
    widths = [max(_width(h), *(r[i] for r in sizes)) for i, h in enumerate(headers)]

    def line(values: Sequence[str], paint: Sequence[str | None] = (), size: Sequence[int] = ()) -> str:
        parts = []
        for i, value in enumerate(values):
            pad = " " * (widths[i] - (size[i] if size else _width(value)))
            style = paint[i] if i < len(paint) else None
            shown = _paint(value, style, color)
            parts.append(pad + shown if align[i] == "r" else shown + pad)
        return "  ".join(parts).rstrip()

    out = [line(headers, ["bold"] * len(headers)), line(["-" * w for w in widths])]
    out += [line(r, styles[i] if i < len(styles) else (), sizes[i]) for i, r in enumerate(cells)]
    return "\n".join(out)


def _md(text: object) -> str:
    return _safe(text).replace("|", "\\|")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _csv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([[_safe(c) if isinstance(c, str) else c for c in row] for row in rows])
    return buffer.getvalue().rstrip("\n")


def report_row_dict(row: ContactFigures) -> dict:
    """A report row for JSON: the keys are part of the interface."""
    return {
        "id": row.contact,
        "name": row.name,
        "address": row.address,
        "sent": row.sent,
        "received": row.received,
        "given": round(row.given, 2) + 0.0,
        "received_value": round(row.received_value, 2) + 0.0,
        "reciprocity": None if row.reciprocity is None else round(row.reciprocity, 2) + 0.0,
        "stage": row.stage,
        "last_contact": row.last_contact,
        "alerts": list(row.alerts),
        "trend": [round(t, 2) + 0.0 for t in row.trend],
    }


def alert_dict(alert: AlertRow) -> dict:
    """An alert for JSON: the keys are part of the interface."""
    return {
        "id": alert.id,
        "address": alert.address,
        "name": alert.name,
        "kind": alert.kind,
        "status": alert.status,
        "opened": alert.opened,
        "closed": alert.closed,
        "detail": alert.detail,
        "suggestion": alert.suggestion,
    }


def wallet_header(wallet: Wallet, *, color: bool = False) -> str:
    """The first line of the report: how full the wallet is, its weekly change, open alerts."""
    change = round(wallet.change, 2) + 0.0
    n_open = len(wallet.open_alerts)
    parts = [
        _paint(f"How full is your wallet? {_num(wallet.total)}", "bold", color),
        _paint(f"{change:+.2f} over the last 7 days", "red" if change < 0 else "green" if change > 0 else None, color),
        f"{len(wallet.rows)} contact{'s' if len(wallet.rows) != 1 else ''}",
        _paint(f"{n_open} open alert{'s' if n_open != 1 else ''}", "yellow" if n_open else None, color),
        f"as of {wallet.as_of.isoformat()}",
    ]
    return " · ".join(parts)


_REPORT_HEADERS = ["name", "address", "sent", "recv", "given", "received", "recip.", "stage", "last", "12 weeks", "alerts"]


def render_report(wallet: Wallet, rows: Sequence[ContactFigures], fmt: str = "table", *, color: bool = False) -> str:
    """The report in one of table | json | csv | markdown."""
    if fmt == "json":
        import json

        return json.dumps(
            {
                "as_of": wallet.as_of.isoformat(),
                "total_wallet": round(wallet.total, 2) + 0.0,
                "change_7_days": round(wallet.change, 2) + 0.0,
                "open_alerts": len(wallet.open_alerts),
                "contacts": [report_row_dict(r) for r in rows],
            },
            indent=2,
            ensure_ascii=False,
        )
    cells = [
        [
            _safe(r.name or ""), _safe(r.address), str(r.sent), str(r.received), _num(r.given),
            _num(r.received_value), _num(r.reciprocity, signed=True), r.stage or "",
            (r.last_contact or "")[:10], sparkline(r.trend), " ".join(r.alerts),
        ]
        for r in rows
    ]
    if fmt == "csv":
        keys = ["name", "address", "sent", "received", "given", "received_value", "reciprocity", "stage",
                "last_contact", "alerts", "trend"]
        return _csv(keys, [
            [d["name"] or "", d["address"], d["sent"], d["received"], d["given"], d["received_value"],
             "" if d["reciprocity"] is None else d["reciprocity"], d["stage"] or "", d["last_contact"] or "",
             " ".join(d["alerts"]), " ".join(f"{t:g}" for t in d["trend"])]
            for d in map(report_row_dict, rows)
        ])
    if fmt == "markdown":
        return wallet_header(wallet) + "\n\n" + _md_table(_REPORT_HEADERS, cells)
    if not rows:
        return wallet_header(wallet, color=color) + "\n\nno contacts with mail by this date"
    styles = [
        [None, "dim", None, None, "red" if round(r.given, 2) < 0 else None, None,
         None, "dim" if r.stage == "dormant" else None, None, None, "yellow"]
        for r in rows
    ]
    body = _layout(_REPORT_HEADERS, cells, "llrrrrrllll", styles, color=color, limits=[24, 36] + [40] * 9)
    return wallet_header(wallet, color=color) + "\n\n" + body


_ALERT_HEADERS = ["id", "name", "address", "kind", "status", "opened", "detail", "suggestion"]


def render_alerts(alerts: Sequence[AlertRow], fmt: str = "table", *, color: bool = False) -> str:
    """Alerts in one of table | json | csv | markdown. The table shows what to do under each."""
    if fmt == "json":
        import json

        return json.dumps([alert_dict(a) for a in alerts], indent=2, ensure_ascii=False)
    rows = [
        ["" if a.id is None else a.id, a.name or "", a.address, a.kind, a.status, a.opened or "", a.detail, a.suggestion]
        for a in alerts
    ]
    if fmt == "csv":
        return _csv(_ALERT_HEADERS, rows)
    if fmt == "markdown":
        return _md_table(_ALERT_HEADERS, rows) if alerts else "no alerts"
    if not alerts:
        return "no open alerts"
    blocks = []
    for a in alerts:
        ident = "#" + str(a.id) if a.id is not None else "#-"
        since = f"{a.status} since {a.opened}" if a.opened else a.status
        if a.closed:
            since += f", closed {a.closed}"
        who = _who(a.name, a.address)
        head = f"{ident:>5}  {_paint(a.kind, 'yellow', color)}  {who}"
        if a.name:
            head += f" <{_safe(a.address)}>"
        lines = [f"{head}  ({since})", f"       {_safe(a.detail)}"]
        if a.suggestion:
            lines.append(f"       → {_safe(a.suggestion)}")
        blocks.append("\n".join(lines))
    return "\n".join(blocks)


def _hours(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f} h" if value < 48 else f"{value / 24:.1f} days"


def _share(n: int, total: int) -> str:
    return f"{n} of {total}" + (f" ({100 * n / total:.0f}%)" if total else "")


def _stage_path(stages: Sequence[tuple[str, str]]) -> str:
    """2025-11 prospect → 2026-01 engaged → ...: the months the stage changed."""
    path, last = [], None
    for month, stage in stages:
        if stage != last:
            path.append(f"{month} {stage}")
            last = stage
    return " → ".join(path) or "no mail yet"


def contact_dict(detail: ContactDetail) -> dict:
    r = detail.replies
    return {
        "contact": report_row_dict(detail.figures),
        "addresses": list(detail.addresses),
        "replies": {
            "i_answered": r.i_answered,
            "their_messages": r.theirs,
            "they_answered": r.they_answered,
            "my_messages": r.mine,
            "my_median_hours": None if r.my_median_hours is None else round(r.my_median_hours, 1),
            "their_median_hours": None if r.their_median_hours is None else round(r.their_median_hours, 1),
            "threads_started_by_me": r.started_by_me,
            "threads_started_by_them": r.started_by_them,
        },
        "stages": [{"month": m, "stage": s} for m, s in detail.stages],
        "timeline": [
            {
                "date": e.date,
                "direction": "sent" if e.mine else "received",
                "subject": e.subject,
                "tags": list(e.tags),
                "value": round(e.value, 2) + 0.0,
            }
            for e in detail.timeline
        ],
        "alerts": [alert_dict(a) for a in detail.alerts],
    }


def render_contact(detail: ContactDetail, fmt: str = "table", *, color: bool = False) -> str:
    """One contact in depth, in one of table | json | markdown."""
    if fmt == "json":
        import json

        return json.dumps(contact_dict(detail), indent=2, ensure_ascii=False)
    f, r = detail.figures, detail.replies
    who = _who(f.name, f.address)
    md = fmt == "markdown"
    title = f"{who} <{_safe(f.address)}>" if f.name else who
    lines = [
        ("## " if md else "") + _paint(title, "bold", color and not md),
        "",
        f"stage: {f.stage or 'no mail yet'} · {_stage_path(detail.stages)}",
        f"addresses: {', '.join(_safe(a) for a in detail.addresses)}",
        f"messages: {f.sent} sent, {f.received} received · last {(f.last_contact or '—')[:10]}",
        f"given {_num(f.given)} · received {_num(f.received_value)} · reciprocity {_num(f.reciprocity, signed=True)}",
        f"12 weeks: {sparkline(f.trend)}",
        f"replies: you answered {_share(r.i_answered, r.theirs)} of their messages within the window "
        f"(median {_hours(r.my_median_hours)}); they answered {_share(r.they_answered, r.mine)} of yours "
        f"(median {_hours(r.their_median_hours)})",
        f"threads started: {r.started_by_me} by you, {r.started_by_them} by them",
        "",
    ]
    if detail.alerts:
        lines.append("### alerts" if md else _paint("alerts", "bold", color))
        for a in detail.alerts:
            ident = f"#{a.id}" if a.id is not None else "#-"
            lines.append(f"{'- ' if md else '  '}{ident} {_paint(a.kind, 'yellow', color and not md)} ({a.status}): {_safe(a.detail)}")
            lines.append(f"{'  ' if md else '    '}what to do: {_safe(a.suggestion)}")
    else:
        lines.append("no alerts: nothing to do here")
    lines += ["", "### recent mail" if md else _paint("recent mail", "bold", color)]
    timeline = [
        [e.date[:10], "you →" if e.mine else "→ you", _num(e.value, signed=True), " ".join(e.tags) or "—", _safe(e.subject)]
        for e in detail.timeline
    ]
    if md:
        lines.append(_md_table(["date", "way", "value", "tags", "subject"], timeline) if timeline else "none")
    elif timeline:
        lines.append(_layout(["date", "way", "value", "tags", "subject"], timeline, "llrll", color=color,
                             limits=[10, 5, 8, 40, 60]))
    else:
        lines.append("none")
    return "\n".join(lines)
