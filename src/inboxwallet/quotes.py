"""Cut a message body down to the author's own new text: no quoted replies, no forwarded
bodies, no signature, no legal footer. Pure string work, no I/O.

We compared quotequail and mail-parser-reply on the real mail in ../shared/corpus: both keep
Lotus Notes blocks ("Name / 10/17/2000 01:19 PM / To: ..." and "---- Forwarded by ...") that
are everywhere in corporate archives, so the rules are written here, each with a test.
"""

from __future__ import annotations

import re

# A line from which everything below is someone else's text.
_CUT_LINE = re.compile(
    r"""^\s*(?:
        -{2,}\s*Original\s+Message\s*-{2,}            # Outlook
      | -{2,}\s*Forwarded\s+message\s*-{2,}           # Gmail
      | -{4,}\s*Forwarded\s+Message\s*                # Entourage / Outlook for Mac
      | -{3,}\s*Inline\s+attachment\s+follows\s*-{3,}  # Eudora-style inline forward
      | -{3,}\s*Forwarded\s+by\b.*                    # Lotus Notes
      | Begin\s+forwarded\s+message:                  # Apple Mail
      | -{2,}\s*Weitergeleitete\s+Nachricht\s*-{2,}
      | -{2,}\s*Urspr.ngliche\s+Nachricht\s*-{2,}
      | _{20,}                                         # Outlook's rule above a quoted header
      | \*{3,}\s*(?:original|forwarded)\b.*
      | .{1,200}\s+on\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*$  # Name@ECT on 05/07/2001 10:22 AM
      | From:\s.{1,200}\s+\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}.*   # Notes: From: Name 03/12/2001 07:06 AM
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)

# "On Tue, 3 Mar 2026 at 10:12, Tom <tom@x> wrote:" (may be wrapped over two lines)
_ON_WROTE = re.compile(
    r"^\s*(?:On|Am|Le|El|Il|Op)\s.{0,250}?\b(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)\b.{0,200}:\s*$",
    re.IGNORECASE | re.DOTALL,
)
_WROTE_SHORT = re.compile(r"^\s*\S.{0,120}\b(?:wrote|writes)\s*:\s*$", re.IGNORECASE)

# Outlook/Notes header block: "From: x" followed closely by Sent:/Date:/To:/Subject:
_HEADER_FROM = re.compile(r"^\s*\*?(?:From|Von|De)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_OTHER = re.compile(
    r"^\s*\*?(?:Sent|Date|To|Subject|Cc|An|Gesendet|Betreff|Envoy.|Objet)\s*:", re.IGNORECASE
)

# Lotus Notes reply header: a name on one line, "10/17/2000 01:19 PM" on the next, then To:
_NOTES_DATE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM)?\s*$", re.I)

_SIGNATURE_START = re.compile(
    r"""^(?:
        --\s*$                                        # RFC 3676 "-- "
      | __+\s*$
      | Sent\s+from\s+my\s+\w+.*                      # mobile footers
      | Sent\s+from\s+(?:Mail|Outlook|Yahoo|Gmail)\b.*
      | Get\s+Outlook\s+for\s+\w+.*
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_DISCLAIMER = re.compile(
    r"^\s*(?:\**\s*)?(?:"
    r"this\s+(?:e-?mail|message|communication|transmission)\b.{0,80}\b(?:confidential|privileged|intended)"
    r"|confidentiality\s+notice|disclaimer\s*:|privileged\s*(?:and|&)\s*confidential"
    r"|the\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message)"
    r")",
    re.IGNORECASE,
)


# Words one of the cut rules needs somewhere in the body. A body with none of them (most
# mail) skips those rules line by line: same result, a quarter of the time.
_CUT_WORDS = ("original", "forwarded", "inline attachment", "weitergeleitete", "urspr", "_" * 20)
_WROTE_WORDS = ("wrote", "writes", "schrieb", "écrit", "escribió", "scritto", "schreef")
_DATE_TIME = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}")


def author_text(body: str) -> str:
    """The author's own new text of a plain-text body."""
    if not body:
        return ""
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    end = _find_cut(lines, text)
    kept = [line.rstrip() for line in lines[:end] if not line.lstrip().startswith(">")]
    kept = _drop_signature(kept)
    return _tidy("\n".join(kept))


def _find_cut(lines: list[str], text: str) -> int:
    """Index of the first line that starts someone else's text (or len(lines))."""
    low = text.lower()
    dated = "/" in text and _DATE_TIME.search(text) is not None
    cut_rules = dated or any(word in low for word in _CUT_WORDS)
    wrote_rules = any(word in low for word in _WROTE_WORDS)
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if cut_rules and _CUT_LINE.match(line):
            return i
        if wrote_rules:
            if _WROTE_SHORT.match(line) or _ON_WROTE.match(line):
                return i
            # "On Tue, 3 Mar 2026 at 10:12, Tom Becker <tom@example.com>\n wrote:"
            if i + 1 < n and stripped[:3].lower() == "on " and _ON_WROTE.match(line + " " + lines[i + 1].strip()):
                return i
        if _HEADER_FROM.match(line) and _header_block_follows(lines, i):
            return i
        if dated:
            if i + 1 < n and _NOTES_DATE.match(lines[i + 1]) and _header_block_follows(lines, i + 1):
                return i
            if _NOTES_DATE.match(line) and _header_block_follows(lines, i):
                return i
    return n


def _header_block_follows(lines: list[str], i: int) -> bool:
    """At least two header-looking lines (To:, Subject:, Sent: ...) within the next six."""
    found = 0
    for line in lines[i + 1 : i + 8]:
        if _HEADER_OTHER.match(line):
            found += 1
    return found >= 2 or (found >= 1 and any(line.strip().lower().startswith("to:") for line in lines[i + 1 : i + 4]))


def _drop_signature(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _SIGNATURE_START.match(line.rstrip()) or _DISCLAIMER.match(line):
            # A "--" on the very first line is not a signature, it's a dash
            if i > 0:
                return lines[:i]
    return lines


_MANY_BLANKS = re.compile(r"\n{3,}")


def _tidy(text: str) -> str:
    """At most one blank line in a row (trailing spaces went line by line in author_text)."""
    return (_MANY_BLANKS.sub("\n\n", text) if "\n\n\n" in text else text).strip()
