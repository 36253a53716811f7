"""What a word is, for every step that counts or compares words: ``\\w`` characters with the
combining marks that belong to them.

Python's ``\\w`` matches letters and digits but not combining marks (Unicode categories Mn, Mc,
Me). Devanagari, Bengali, Tamil, Telugu, Sinhala, Tibetan and the other Brahmic scripts write
most vowels and the virama as marks, so ``\\w+`` cuts "हिन्दी" into "ह", "न", "द": a sentence
counted two or three times its words, no stopword ever matched ("में" became "म"), and
dedup tokens that dropped the vowels. A word here is a ``\\w`` character and the ``\\w``
characters and marks after it: a mark never starts a word (an emoji's variation selector, a
stray accent after a space), and a text without marks tokenises as ``\\w+`` does, token for token.

Only the marks of letters are taken: those of the blocks from Combining Diacritical Marks
(U+0300) to Latin Extended Additional (U+1E00, exclusive) and the Brahmic extensions at
U+A800-U+ABFF; the marks that combine with symbols (U+20D0-U+20FF) and the variation
selectors (U+FE00-U+FE0F) stay outside words, so "1️⃣" is the token "1" as before.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable

from .compiled import kept

_LETTER_MARK_BLOCKS = ((0x0300, 0x1DFF), (0xA800, 0xABFF))
_MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})


def mark_class(skip: tuple[tuple[int, int], ...] = ()) -> str:
    """The body of a regex class of the combining marks of `_LETTER_MARK_BLOCKS`, as ranges,
    but for those in the `skip` ranges (a caller whose tokens treat some scripts otherwise)."""
    codes = (
        code for lo, hi in _LETTER_MARK_BLOCKS for code in range(lo, hi + 1)
        if unicodedata.category(chr(code)) in _MARK_CATEGORIES and not any(a <= code <= b for a, b in skip)
    )
    return code_class(codes, lambda code: f"\\u{code:04x}")


def code_class(codes: Iterable[int], spell: Callable[[int], str]) -> str:
    """The body of a regex class holding `codes` (increasing), each run of consecutive codes as
    a range, each code written by `spell` (the character itself, or its escape): the marks' class
    here, the segmenter's classes of capital and small letters (scan.char_class)."""
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(spell(a) if a == b else f"{spell(a)}-{spell(b)}" for a, b in ranges)


MARKS = mark_class()
# A \w+ token and the marks inside it: the pattern to use wherever \w+ meant "a word".
WORD_PATTERN = rf"\w[\w{MARKS}]*"
# A run of letters (no digit, no underscore) and their marks: where [^\W\d_]+ meant "a word".
# Written as a run of letters, then each mark with the letters after it (the two classes are
# disjoint, so there is one way to match): a text without marks costs one failed class test a
# word. (`[marks]+[letters]*` repeated could split a run of n marks 2**n ways, and a pattern
# failing after it tried them all: 70 marks on one letter hung a run.)
LETTERS_PATTERN = rf"[^\W\d_]+(?:[{MARKS}][^\W\d_]*)*"
WORD = kept(WORD_PATTERN)
LETTERS = kept(LETTERS_PATTERN)


# A text that ends like a sentence: a full stop, question or exclamation mark or ellipsis of any
# script (Latin, CJK, Devanagari's danda, Arabic and Urdu), maybe inside closing quotes or
# brackets, then only spaces. A headline ends on a word. (The prose signal of rules/prose.py is
# wider on purpose: it also counts a closing quote alone, as prose ends quotations.)
SENTENCE_END = kept("[.!?\u2026\u3002\uff01\uff1f\u0964\u0965\u061f\u06d4][\"'\u00bb\u201d\u2019)\\]\u300d\u300f\uff09]*\\s*$")
# A statement's end: a full stop (Latin, CJK, Devanagari, Urdu), not after another end mark
# ("?." / "!."), closing quotes and brackets aside, then only spaces. A question or an
# exclamation is no statement (rules/neighbours.py, rules/box_lines.py).
FULL_STOP = re.compile("(?<![.!?])[.\u3002\u0964\u06d4][\"'\u00bb\u201d\u2019)\\]\u300d\u300f\uff09]*\\s*$")
# Each sentence's end inside a text: a full stop, question or exclamation mark or ellipsis (Latin
# or CJK) before a space, a closing quote or bracket, or the text's end; "3.5" and "2.400 euro"
# hold none. Japanese closes a quoted sentence inside its bracket: 「…下がりました。」と話した。 holds
# two (html/gallery.py counts an intro's sentences, html/kickers.py a kicker's). Chinese and
# Japanese write no space between sentences and no CJK mark inside a number: a CJK mark ends a
# sentence whatever follows ("始まった。蔵人たちは…" holds one), unless another CJK mark does ("！？" is one end).
SENTENCE_MARK = re.compile(r"""[。！？](?![。！？])|[.!?…](?=[\s"”»’」)]|$)""")
