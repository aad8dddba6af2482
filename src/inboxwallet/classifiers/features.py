"""Feature code used inside the pipeline. Module-level functions, so skops can persist a
FunctionTransformer that names them (and only them) as trusted."""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np

MAX_CHARS = 1000  # what a message is about shows in its first lines; longer text costs time, not accuracy

# Links, addresses, phone numbers and numbers become placeholders (the fact matters, not the
# value).
_NUMBER_RULES = r"(?P<phone>\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b)|(?P<number>\b\d[\d,.:/%$-]*)"
_PLACEHOLDERS = re.compile(
    r"(?P<url>(?:https?://|www\.)\S+)|(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)|" + _NUMBER_RULES,
    re.I,
)
_TOKENS = {"url": " urltoken ", "email": " emailtoken ", "phone": " phonetoken ", "number": " 0 "}
# The number rules alone, led by a lookahead the regex engine uses to skip ahead, run about
# five times faster over a text than the whole expression.
_NUMBERS = re.compile(r"(?=[(\d])(?:" + _NUMBER_RULES + ")")


# Links and addresses hold no whitespace, so the full expression only needs the runs of
# non-space that contain "@", "://" or "www."; its address rule, tried at every word of a
# whole text, made normalising three times slower for mail with a link in it.
_LINK_HINT = re.compile(r"@|://|www\.", re.I)
_NOT_SPACE = re.compile(r"\S*")


def _placeholder(match: re.Match[str]) -> str:
    return _TOKENS[match.lastgroup or "number"]


def _link_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-free run holding "@", "://" or "www.", in order."""
    runs: list[tuple[int, int]] = []
    if "@" not in text and "://" not in text and "www." not in text.lower():
        return runs  # most mail: three scans in C instead of one by the regex engine
    for hit in _LINK_HINT.finditer(text):
        at = hit.start()
        if runs and at < runs[-1][1]:
            continue
        start = at
        while start and not text[start - 1].isspace():  # isspace: the same spaces as \s and \S
            start -= 1
        rest = _NOT_SPACE.match(text, at)
        runs.append((start, rest.end() if rest else at))
    return runs


def normalise(text: str) -> str:
    """Placeholders for links, addresses and numbers; the first MAX_CHARS characters only.
    Case is kept: the word vectoriser lowercases, the cues count shouting."""
    text = (text or "")[:MAX_CHARS]
    parts: list[str] = []
    done = 0
    for start, end in _link_runs(text):
        parts.append(_NUMBERS.sub(_placeholder, text[done:start]))
        parts.append(_PLACEHOLDERS.sub(_placeholder, text[start:end]))
        done = end
    parts.append(_NUMBERS.sub(_placeholder, text[done:]))
    return "".join(parts)


def normalise_all(texts: Iterable[str]) -> list[str]:
    return [normalise(t) for t in texts]


# Phrase cues: word sequences (a trailing * matches any word starting so). Matched by
# dictionary look-up over the words of the text, far faster than one regex per cue.
_PHRASES: dict[str, tuple[str, ...]] = {
    "apology": ("sorry", "apologise*", "apologize*", "apologies", "my fault", "my mistake", "my bad",
                "should've", "excuse the", "forgive me", "pardon the", "i messed up", "i dropped the ball",
                # "I should have checked", not "I should have it by Friday"
                "i should have checked", "i should have caught", "i should have sent", "i should have told",
                "i should have asked", "i should have called", "i should have included", "i should have copied",
                "i should have known", "i should have mentioned", "i should have looked", "i should have double",
                "i should have been", "i should have read", "i should have flagged", "i should have written",
                "we should have checked", "we should have caught", "we should have told", "i forgot", "i missed",
                "my oversight", "i overlooked", "that's on me", "that was on me", "i was wrong", "i misread"),
    "sympathy": ("sorry to hear", "condolences", "thinking of you", "hope you're holding", "hope you are holding",
                 "sorry for your loss", "so sorry about your", "get well"),
    "refusal": ("i'm afraid", "unfortunately", "can't make", "cannot make", "won't be able", "unable to", "regret that"),
    "opinion_ask": ("what do you think", "your thoughts", "your view", "your views", "your take", "your opinion",
                    "your feedback", "your input", "your comments", "how did", "how are you", "how's", "how is",
                    "does this work for", "does that work for", "anything i can", "anything we can",
                    "anything else i can", "would you like", "what would you", "let me know what you think"),
    "reflect": ("as you said", "as you mentioned", "as you pointed out", "as you noted", "as you suggested",
                "i hear you", "i understand your", "i understand that", "i understand why", "you're right",
                "good point", "you raised", "your concern*"),
    "promo": ("our new", "our latest", "introducing", "announc*", "launch*", "sign up", "regist*", "subscri*",
              "free trial", "free demo", "free webinar", "free consultation", "limited time", "discount*",
              "0 off", "special offer", "vote for", "review us", "testimonial*", "follow us", "book a call",
              "book a demo", "0 minutes", "exclusive*", "save 0", "webinar*", "proud to", "award*",
              "our services", "our team", "we help", "we offer"),
    "cta": ("click", "visit", "call me", "call us", "buy", "order now", "learn more", "don't miss",
            "join us", "reserve", "book now", "act now"),
    "giving": ("attached", "here is", "here are", "here it is", "here you go", "fyi", "heads up", "note that",
               "i'd recommend", "i'd suggest", "i recommend", "i suggest", "you might", "you may want", "you should",
               "you could", "tip", "happy to help", "happy to review", "happy to look", "i'll cover", "i'll take care",
               "i'll handle", "i'll send", "i added", "i fixed", "i updated", "i checked", "i sent", "i've attached",
               "i've added", "i've updated", "i've fixed", "the answer", "the reason"),
    "thanks": ("thanks", "thank you", "appreciate*", "congrat*", "well done", "great job", "great work",
               "nice work", "kudos", "grateful"),
    "link": ("urltoken",),
}
_EXACT: dict[str, str] = {}
_PREFIX: dict[str, str] = {}
for _cue, _phrases in _PHRASES.items():
    for _phrase in _phrases:
        (_PREFIX if _phrase.endswith("*") else _EXACT)[_phrase.rstrip("*")] = _cue
_PREFIXES = tuple(_PREFIX)
# every leading part of a multi-word phrase, so the scan stops as soon as none can match
_STARTS = frozenset(" ".join(p.split()[:k]) for p in _EXACT for k in range(1, len(p.split())))
_WORD = re.compile(r"[a-z0-9']+")
_FIRST = frozenset({"i", "me", "my", "mine", "we", "our", "us", "i'm", "i've", "i'll", "i'd", "we're", "we've", "we'll"})
_SECOND = frozenset({"you", "your", "yours", "you're", "you'll", "you've", "you'd"})
# a leading lookahead lets the regex engine skip to candidate letters
_YOU_QUESTION = re.compile(r"(?=y)\byou(?:r|'re)?\b[^.?!]{0,80}\?")
_CAPS = re.compile(r"(?=[A-Z])\b[A-Z]{4,}\b")

# Questions that serve the author's own task or plans ("can you send...", "are you free
# Sat?", "what time is the call?"), as against questions about the reader (listening).
_TASK_QUESTION = re.compile(
    r"\s*(?:(?:hi|hey|ok|so|also|and|but|pls|please)[ ,]+)?(?:[a-z]+[,:] +)?"
    r"(?:(?:can|could|would|will|shall) (?:you|we|someone|anyone|u|i|they|he|she)"
    r"|(?:are|is) (?:you|everyone|anyone|there|this|that|it)\b[^.!?\n]{0,40}"
    r"(?:available|free|around|coming|ok|okay|going|still|done|ready|possible|right)"
    r"|when (?:is|are|will|do|does|can)|where (?:is|are|do|should)|what time|which (?:room|day|date)"
    r"|who (?:is|will|has|should)|do (?:you|we) (?:have|know|need) (?:the|a|an|any|our)"
    r")"
)
_SENTENCE_END = re.compile(r"(?<=[.!?\n])")


def _task_questions(text: str) -> int:
    """Sentences that end in "?" and open like a request or a logistics question."""
    return sum(
        1 for sentence in _SENTENCE_END.split(text)
        if sentence.endswith("?") and _TASK_QUESTION.match(sentence)
    )


CUE_NAMES: tuple[str, ...] = (
    *_PHRASES, "questions", "you_questions", "task_questions", "exclamations", "caps_words",
    "first_person", "second_person", "length", "i_share", "you_share",
)


def _phrase_counts(words: list[str]) -> dict[str, int]:
    counts = dict.fromkeys(_PHRASES, 0)
    n = len(words)
    for i, word in enumerate(words):
        key = word
        j = i
        while True:
            cue = _EXACT.get(key)
            if cue:
                counts[cue] += 1
            j += 1
            if j >= n or key not in _STARTS:
                break
            key = f"{key} {words[j]}"
        if word.startswith(_PREFIXES):
            for prefix in _PREFIXES:
                if word.startswith(prefix):
                    counts[_PREFIX[prefix]] += 1
                    break
    return counts


def cue_features(texts: Iterable[str]) -> np.ndarray:
    """Counts of cues that words alone learn slowly (apology vs sympathy, questions about
    the reader, calls to action...), squashed with log1p, plus length and pronoun shares."""
    rows = []
    names = list(_PHRASES)
    for raw in texts:
        raw = raw or ""
        text = raw.lower()
        words = _WORD.findall(text)
        counts = _phrase_counts(words)
        first = second = 0
        for word in words:
            if word in _FIRST:
                first += 1
            elif word in _SECOND:
                second += 1
        questions = text.count("?")
        rows.append([
            *(counts[name] for name in names),
            questions,
            len(_YOU_QUESTION.findall(text)) if questions else 0,
            _task_questions(text) if questions else 0,
            raw.count("!"),
            len(_CAPS.findall(raw)),
            first,
            second,
            len(words),
        ])
    counts_matrix = np.asarray(rows, dtype=np.float64).reshape(-1, len(names) + 8)
    n = np.maximum(1.0, counts_matrix[:, -1])
    out = np.empty((counts_matrix.shape[0], len(CUE_NAMES)))
    out[:, :-3] = np.log1p(counts_matrix[:, :-1])  # one numpy call for the whole batch
    out[:, -3] = np.log1p(n)
    out[:, -2] = 10 * counts_matrix[:, -3] / n
    out[:, -1] = 10 * counts_matrix[:, -2] / n
    return out
