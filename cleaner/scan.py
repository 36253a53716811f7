"""Bounded look-around for sentence segmentation: the small cursor moves made around a
candidate boundary, and the regex builders for the segmenter's word lists; also the text
scanning the other steps share (word-safe windows of a long text, the words of an ASCII line).

Every helper reads at most `_WINDOW` characters either side of a position, which is what keeps
segmentation linear in the text however long a line is.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from .words import code_class

Span = tuple[int, int]  # [start, end) character offsets
_WINDOW = 64  # longest token a decision looks at; longer runs are junk (URLs, base64)
_CLOSERS = frozenset("»”\"’')]}")  # glued after a terminator, they belong to the sentence
_SPACED_CLOSERS = frozenset("»”")  # French typography: "signer. »"
OPENING = "«“\"'‘„([¿¡"
URL_MARKS = frozenset("/@#=&_\\|<>")
# ASCII with every character \w does not match made a space (and the rest kept, or lower-cased):
# an ASCII text's \w+ words are then its split(). Every ASCII character is a key.
_ASCII_WORDS = {c: chr(c) if chr(c).isalnum() or chr(c) == "_" else " " for c in range(128)}
_ASCII_LOWER_WORDS = {c: chr(c).lower() if chr(c).isalnum() or chr(c) == "_" else " " for c in range(128)}
_TRAILING_LETTERS = re.compile(r"[^\W\d_]+\Z")
_LEADING_LETTERS = re.compile(r"[^\W\d_]{1,64}")


def char_class(predicate) -> str:
    """The body of a regex class of the Latin, Greek and Cyrillic letters satisfying `predicate`."""
    blocks = [(0x41, 0x24F), (0x370, 0x52F), (0x1E00, 0x1EFF)]
    return code_class((c for lo, hi in blocks for c in range(lo, hi + 1) if predicate(chr(c))), chr)


def _trie(words: Iterable[str]) -> dict:
    trie: dict = {}
    for word in sorted(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _emit(node: dict) -> str:
    """A prefix-tree regex: one branch per letter keeps the engine from retrying every word."""
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def alternation(words: Iterable[str]) -> str:
    return _emit(_trie(words))

def closing_quote_seam(text: str, start: int, pos: int) -> Span | None:
    """A closing quote glued to a capital ("épouvantail »INTERVIEW").

    After a space the quote closes only when its opener is open before it: German »Zitat« opens
    with », and Swedish and Finnish ”Citat” open with ” (': ”Jag var slut”' is one sentence).
    """
    if pos - 2 < start:
        return None
    if not text[pos - 2].isspace():
        return pos, pos
    quote = text[pos - 1]
    opener = "«" if quote == "»" else "“"
    floor = max(start, pos - 4 * _WINDOW)
    return (pos, pos) if text.rfind(opener, floor, pos) > text.rfind(quote, floor, pos - 1) else None


def title_words_before(text: str, start: int, pos: int) -> int:
    """How many words precede `pos` in its sentence (bounded): a glued title has several."""
    window = text[max(start, pos - _WINDOW) : pos]
    for mark in ".!?…":
        window = window[window.rfind(mark) + 1 :]
    return len(window.split())


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def skip_closers(text: str, pos: int, end: int) -> int:
    """After a terminator: the closing quotes and brackets that belong to its sentence."""
    while pos < end:
        char = text[pos]
        if char in _CLOSERS:
            pos += 1
        elif (
            char in " \u00a0\u202f"
            and pos + 1 < end
            and text[pos + 1] in _SPACED_CLOSERS
            and (pos + 2 == end or text[pos + 2].isspace())
        ):
            pos += 2
        else:
            break
    return pos


def word_before(text: str, pos: int) -> str:
    """The token ending at `pos` (bounded), without the opening punctuation glued before it."""
    window = text[max(0, pos - _WINDOW) : pos]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1].lstrip(OPENING + "-–—")


def letters_before(text: str, pos: int) -> str:
    match = _TRAILING_LETTERS.search(text, max(0, pos - _WINDOW), pos)
    return match.group() if match else ""


def letters_after(text: str, pos: int, end: int) -> int:
    match = _LEADING_LETTERS.match(text, pos, end)
    return match.end() if match else pos


def url_like(text: str, pos: int, end: int) -> bool:
    """Whether the token around `pos` is a URL, handle, hashtag or address (no seams there)."""
    start, stop = pos, pos
    floor, ceiling = max(0, pos - _WINDOW), min(end, pos + _WINDOW)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    while stop < ceiling and not text[stop].isspace():
        stop += 1
    token = text[start:stop]
    if any(char in URL_MARKS for char in token) or "www." in token:
        return True
    tail = text[pos:stop].rstrip(".!?…»”\"’')]},;:")
    return "." in tail  # a dotted name goes on after the seam: "fr.Wikipedia.org"


def windows(text: str, breaker: re.Pattern[str], chars: int) -> Iterator[Span]:
    """Consecutive spans of about `chars` characters covering `text`, each cut where `breaker`
    matches, so that no word or token straddles two: a 50 MB line is read a window at a time
    instead of as ten million words at once."""
    start = 0
    while start < len(text):
        stop = start + chars
        if stop < len(text):
            found = breaker.search(text, stop)
            stop = found.start() if found is not None else len(text)
        yield start, stop
        start = stop


_SPACE = re.compile(r"\s")


def chunks(text: str, chars: int = 1 << 20) -> Iterator[str]:
    """`text` in pieces of about `chars` characters cut at whitespace, so that splitting or
    tokenising them gives the words of the whole, never all at once (a 50 MB line is ten
    million of them). A text no longer than `chars` is its own one piece (no copy)."""
    for start, stop in windows(text, _SPACE, chars):
        yield text[start:stop]


def ascii_words(text: str, lower: bool = False) -> list[str]:
    """The \\w+ words of an ASCII `text` (lower-cased when asked) by one translate and split,
    without the pattern: most news text is ASCII, and this runs on every line of every pass."""
    return text.translate(_ASCII_LOWER_WORDS if lower else _ASCII_WORDS).split()
