"""Normalised tokens, exact keys and shingle hashes: what every dedup pass compares.

Two spans are "the same text" when their normalised token sequences are equal: case, quote
styles, punctuation, whitespace and full-width forms of ASCII are ignored, letters and digits
are not. Unsegmented scripts (CJK, Thai, ...) are cut into single characters, so shingles over
them are character n-grams.

Hashes are xxhash (seeded, never Python's randomised `hash`), so keys are stable across runs and
processes: the persistent index depends on it.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Iterable, Iterator

import numpy as np
import xxhash

from ..scan import windows
from ..words import mark_class
from ..compiled import kept

# Scripts written without spaces: one token per character.
_UNSEGMENTED_RANGES = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_UNSEGMENTED = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _UNSEGMENTED_RANGES)
# The combining marks inside words (words.py): a Devanagari or Tamil word is one token, vowel
# signs and virama included (\w alone cut "हिन्दी" into "ह", "न", "द" and dropped its vowels).
# Those of the unsegmented scripts are not among them: each of their characters is a token.
_MARKS = mark_class(skip=_UNSEGMENTED_RANGES)
_WORD_CHAR = rf"[^\W_{_UNSEGMENTED}]"
_TOKEN = kept(rf"[{_UNSEGMENTED}]|{_WORD_CHAR}+(?:[{_MARKS}]+{_WORD_CHAR}*)*")
_UNSEGMENTED_CHAR = kept(rf"[{_UNSEGMENTED}]")
_WORD_RUN = kept(rf"[^\W_]+(?:[{_MARKS}]+[^\W_]*)*")  # `_TOKEN` on a text without unsegmented characters
_MARK = kept(rf"[{_MARKS}]")
_LETTER_RUN = re.compile(r"[^\W_]+")  # `_WORD_RUN` on a text without marks, a third faster
# `_LETTER_RUN` on a casefolded ASCII text: there \w is [a-z0-9_] (casefolding leaves no capital),
# and a class of two ranges is one bitmap test a character, not a category lookup (a third faster).
_ASCII_RUN = re.compile(r"[a-z0-9]+")
# `_ASCII_RUN` on an ASCII text casefolded, in two C passes without the pattern: each character
# that is no letter or digit becomes a space and a capital its lower case (one table look-up a
# character; the pattern tested its class on each, twice inside a token), then `split` cuts the
# runs (every other ASCII character, whitespace or not, is a space by then).
_ASCII_TOKENS = str.maketrans({chr(c): chr(c).lower() if chr(c).isalnum() else " " for c in range(128)})
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# Any character from U+0300 on: the first combining mark (U+0300) and the first unsegmented
# script (U+0E00) lie there, so a text without one is tokenised by `_LETTER_RUN` alone. A class
# of one range is tested much faster than the hundreds of ranges of `_MARKS`.
_FROM_MARKS = re.compile("[^\x00-\u02ff]")
# A character no token runs across (not a word character nor a mark, or an unsegmented one, a
# token alone): a text cut just before one tokenises, window by window, into the same tokens as a whole.
_TOKEN_BREAK = kept(rf"(?![{_MARKS}])[\W_]|[{_UNSEGMENTED}]")
WINDOW_CHARS = 1 << 20
# The full-width forms of ASCII (U+FF01-U+FF5E: "２０２７年", "ＪＲ西日本") are those characters:
# a CJK page and its reprint write a figure either way. Only there: any other compatibility form
# (superscripts, ligatures, circled digits) is kept apart, as the text keeps it.
_FULLWIDTH = re.compile("[\uff01-\uff5e]")
_FULLWIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}

_MUL = np.uint32(0x9E3779B1)
_FMIX1 = np.uint32(0x85EBCA6B)
_FMIX2 = np.uint32(0xC2B2AE35)
KEY_SEED = 0x5EED


def tokens(text: str) -> list[str]:
    """Normalised tokens of `text`: casefolded words, digits runs, single unsegmented characters."""
    return tokens_and_script(text)[0]


def tokens_and_script(text: str) -> tuple[list[str], bool]:
    """`tokens(text)`, and whether one of them is a character of an unsegmented script: the
    test that picks the pattern finds it out anyway, and a later pass need not search again."""
    if text.isascii():  # then casefolding is lowering, and leaves it ASCII
        return text.translate(_ASCII_TOKENS).split(), False
    folded = text.casefold()
    if folded.isascii():  # "ſ", "ß", the Kelvin sign fold to ASCII letters
        return _ASCII_RUN.findall(folded), False
    if _FROM_MARKS.search(folded) is None:  # most news: no mark, no CJK
        return _LETTER_RUN.findall(folded), False
    if _FULLWIDTH.search(folded) is not None:
        return tokens_and_script(folded.translate(_FULLWIDTH_TO_ASCII))
    if _UNSEGMENTED_CHAR.search(folded) is None:  # then `_TOKEN` finds what `_WORD_RUN` finds,
        if _MARK.search(folded) is None:  # and a one-branch pattern runs ~15% faster
            return _LETTER_RUN.findall(folded), False
        return _WORD_RUN.findall(folded), False
    return _TOKEN.findall(folded), True


def fold(text: str) -> str:
    """`text` casefolded, full-width forms of ASCII made ASCII: what `_TOKEN` reads tokens from."""
    folded = text.casefold()
    return folded.translate(_FULLWIDTH_TO_ASCII) if _FULLWIDTH.search(folded) is not None else folded


def token_windows(text: str, chars: int = WINDOW_CHARS) -> Iterator[list[str]]:
    """`tokens(text)` in consecutive lists, each from about `chars` characters of the text.

    A text of tens of megabytes then never has all its tokens alive at once (a list of 50 MB of
    tokens is ten million str objects, over half a gigabyte); joined, the lists are `tokens(text)`.
    """
    folded = fold(text)
    for start, stop in windows(folded, _TOKEN_BREAK, chars):
        yield _TOKEN.findall(folded, start, stop)


def exact_key(toks: Iterable[str]) -> int:
    """Signed 64-bit key of a token sequence (signed so SQLite stores it as an INTEGER)."""
    if not isinstance(toks, list):
        return windows_key([list(toks)])
    return _signed(xxhash.xxh64_intdigest(" ".join(toks).encode("utf-8"), KEY_SEED))


def exact_keys(lists: list[list[str]]) -> list[int]:
    """`exact_key` of each token list: the joins, encodings and hashes in C-level maps, without
    two Python calls a list (a segment text's pieces are keyed in batches, see `pieces._Batch`)."""
    digests = map(xxhash.xxh64_intdigest, map(str.encode, map(" ".join, lists)), repeat(KEY_SEED))
    return [value - (1 << 64) if value >= 1 << 63 else value for value in digests]


def windows_key(lists: Iterable[list[str]]) -> int:
    """`exact_key` of the tokens of consecutive lists joined."""
    state = StreamKey()
    for window in lists:
        state.update(window)
    return state.key()


class StreamKey:
    """`exact_key` fed list by list: the hash of the joined tokens, never joined all at once."""

    def __init__(self) -> None:
        self._state = xxhash.xxh64(seed=KEY_SEED)
        self._started = False

    def update(self, window: list[str]) -> None:
        if window:
            self._state.update((" " if self._started else "").encode("utf-8") + " ".join(window).encode("utf-8"))
            self._started = True

    def key(self) -> int:
        return _signed(self._state.intdigest())


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def has_unsegmented(text: str) -> bool:
    """Cheap first check: does the text contain any character of an unsegmented script?"""
    return _UNSEGMENTED_CHAR.search(text) is not None


def is_unsegmented(toks: Iterable[str]) -> bool:
    """True when most tokens are single characters of an unsegmented script (one pass: a
    generator over a huge page's tokens need not become a list first)."""
    count = single = 0
    for t in toks:
        count += 1
        if len(t) == 1 and _UNSEGMENTED_CHAR.match(t):
            single += 1
    return single * 2 > count


def looks_truncated(text: str) -> bool:
    """A teaser fragment: starts with a lowercase letter, or ends on an ellipsis.

    Used only to allow a short piece to be dropped in favour of a longer segment containing it;
    a short line that merely lacks a final period (a heading, a menu item) does not qualify.
    """
    first = _FIRST_LETTER.search(text)
    if first is not None and first.group().islower():
        return True
    return text.rstrip().rstrip("\"'»”’)] ").endswith(("…", "..."))


def token_hashes(toks: list[str]) -> np.ndarray:
    """32-bit xxhash of each token (uint32 array), the input of every shingle hash."""
    return np.fromiter(
        (xxhash.xxh32_intdigest(t.encode("utf-8")) for t in toks), dtype=np.uint32, count=len(toks)
    )


def fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer: a bijection that spreads every input bit (uint32 arrays)."""
    h = h ^ (h >> np.uint32(16))
    h = h * _FMIX1
    h = h ^ (h >> np.uint32(13))
    h = h * _FMIX2
    return h ^ (h >> np.uint32(16))


def shingle_hashes(hashes: np.ndarray, size: int) -> np.ndarray:
    """Hash of every run of `size` consecutive tokens, in order (uint32; empty when too short).

    Combines the token hashes positionally, then avalanches; `shingle_hash` is the same function
    on one shingle's bytes, which is what datasketch is given in the equivalence test.
    """
    count = len(hashes) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    # integer array arithmetic wraps around without a warning (no `np.errstate` needed: entering
    # one cost more than the arithmetic on a sentence's shingles)
    combined = hashes[:count].copy()
    for offset in range(1, size):
        combined *= _MUL
        combined += hashes[offset : offset + count]
    return fmix32(combined)


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """`np.unique(values)` (sorted distinct values) by one sort: numpy 2's `unique` finds the
    distinct values with a hash table, then sorts them, which costs 3 to 15 times as much on
    the small integer arrays of one document."""
    return distinct_of_sorted(np.sort(values))


def distinct_of_sorted(ordered: np.ndarray) -> np.ndarray:
    """The distinct values of an already sorted array, in order."""
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]


def shingle_hash(shingle: bytes) -> int:
    """The 32-bit hash of one shingle given as space-joined normalised tokens (datasketch hashfunc)."""
    parts = shingle.split(b" ")
    hashes = np.array([xxhash.xxh32_intdigest(p) for p in parts], dtype=np.uint32)
    return int(shingle_hashes(hashes, len(parts))[0])
